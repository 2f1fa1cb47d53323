/*
 * trim.h: give the heap's free pages back to the system (issue 21).
 *
 * glibc keeps memory that was freed inside its arenas, so a worker's
 * resident size only grows: what tesseract freed after a page (40-60 MB
 * on a dense A3 page) stayed counted through the layout, the repair and
 * the archival outputs, and under the next page. malloc_trim(0) returns
 * every whole free page, also from the middle of the heap; it costs a walk
 * of the free lists (well under a millisecond here). Elsewhere: nothing.
 */
#ifndef SOHOA_COMMON_TRIM_H
#define SOHOA_COMMON_TRIM_H

#ifdef __GLIBC__
#include <malloc.h>
#endif

/* For a process that reads pages: blocks of 256 KB and more (images,
 * tesseract's tables) are mapped apart and unmapped when freed, so the
 * small allocations that outlive a page (its words) cannot pin them in
 * the heap. glibc's own threshold climbs to 32 MB once a large block has
 * been freed; measured on an A3 colour page, that left 36 MB free but
 * resident from recognition to the archival outputs. */
static inline void heap_setup(void)
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

static inline void heap_trim(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

#endif
