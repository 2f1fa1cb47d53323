/*
 * memo_mem.h: memory for the work area's memos (memo_mem.c).
 */
#ifndef VNFIX_MEMO_MEM_H
#define VNFIX_MEMO_MEM_H

#include <stddef.h>

/* n zeroed bytes aligned to align (a power of two); NULL when out of
 * memory. vnfix_memo_free frees them (not free()). */
void *vnfix_memo_alloc(size_t n, size_t align);
void vnfix_memo_free(void *p);
/* Map the whole pages of p[0, n) writable now, where the system can (a
 * hint: nothing changes in what they hold). */
void vnfix_memo_populate(void *p, size_t n);

#endif
