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

void *vnfix_memo_alloc(size_t n, size_t align)
{
    void *p;
    if (align <= 16) {
        p = calloc(1, n);
    } else {
        n = (n + align - 1) / align * align;
        p = aligned_alloc(align, n);
    }
    if (p && align > 16)
        memset(p, 0, n);
    return p;
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
