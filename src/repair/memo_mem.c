/*
 * memo_mem.c: memory for the work area's memos.
 *
 * A memo is a hash table of zeros that is read before it is written: the
 * first look-up in a page maps the kernel's shared zero page, and the first
 * store there faults again to copy it. Mapping all the pages writable when
 * the memos are allocated (MADV_POPULATE_WRITE) took about a sixth off a
 * 27 MB clean run on a virtual machine (branch vnfast3), but every context
 * then paid for its 2.4 MB at vnfix_create: 0.6-1 ms each, and a program
 * that opens a context per cell or per line (the detection test does, under
 * the sanitizers) ran for minutes. So the pages fault in as they are used
 * until a context has been given a long input (vnfix_work_fed), and then
 * are mapped in one call.
 */
#define _DEFAULT_SOURCE 1            /* madvise */
#include "memo_mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

/* The block comes from calloc, which hands a large one over as fresh pages
 * of the kernel, known to be zero: aligned_alloc's block had to be zeroed
 * by hand, half a million instructions for the token memo at every start
 * and each of its pages touched, whether the input needed them or not.
 * calloc aligns to 16 only, so the block is over-allocated and the start
 * calloc gave is kept in the word before the aligned one, for
 * vnfix_memo_free. (Never less than calloc's 16, as the memos had.) */
void *vnfix_memo_alloc(size_t n, size_t align)
{
    if (align < 16)
        align = 16;
    if (n > (size_t)-1 - align - sizeof(void *))
        return NULL;
    unsigned char *p = calloc(1, n + align + sizeof(void *));
    if (!p)
        return NULL;
    uintptr_t a = ((uintptr_t)p + sizeof(void *) + align - 1) & ~(uintptr_t)(align - 1);
    memcpy((void *)(a - sizeof(void *)), &p, sizeof p);
    return (void *)a;
}

void vnfix_memo_free(void *p)
{
    if (p) {
        void *start;
        memcpy(&start, (unsigned char *)p - sizeof start, sizeof start);
        free(start);
    }
}

void vnfix_memo_populate(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    long page = sysconf(_SC_PAGESIZE);
    if (p && page > 0) {
        /* the whole pages inside the block (calloc's header shares the first) */
        uintptr_t a = ((uintptr_t)p + (uintptr_t)page - 1) & ~((uintptr_t)page - 1);
        uintptr_t e = ((uintptr_t)p + n) & ~((uintptr_t)page - 1);
        if (e > a)
            (void)madvise((void *)a, e - a, MADV_POPULATE_WRITE);
    }
#else
    (void)p;
    (void)n;
#endif
}
