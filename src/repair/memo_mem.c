/*
 * memo_mem.c: memory for the work area's memos, mapped when allocated.
 *
 * A memo is a hash table of zeros that is read before it is written: the
 * first look-up in a page maps the kernel's shared zero page, and the first
 * store there faults again to copy it (and flushes the TLB entry). On a
 * virtual machine each fault is a trip to the hypervisor, several
 * microseconds; a run over clean text took about 1,100 of them, a sixth of
 * its time. Asking the kernel to map the pages writable at once
 * (MADV_POPULATE_WRITE, Linux 5.14) takes one call and no faults. The
 * memos are a few MB, the same for every input: memory stays flat. Where
 * the call is missing or fails, the pages fault in as before.
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
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    long page = sysconf(_SC_PAGESIZE);
    if (p && page > 0) {
        /* the whole pages inside the block (calloc's header shares the first) */
        uintptr_t a = ((uintptr_t)p + (uintptr_t)page - 1) & ~((uintptr_t)page - 1);
        uintptr_t e = ((uintptr_t)p + n) & ~((uintptr_t)page - 1);
        if (e > a)
            (void)madvise((void *)a, e - a, MADV_POPULATE_WRITE);
    }
#endif
    if (p && align > 16)
        memset(p, 0, n);
    return p;
}
