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
 * the sanitizers) ran for minutes. The pages are left to fault in as they
 * are used; the one place the memos are allocated stays here, for a later
 * way to map them only when a long input comes.
 */
#include "memo_mem.h"

#include <stdlib.h>
#include <string.h>

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

