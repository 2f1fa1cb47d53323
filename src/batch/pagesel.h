/* pagesel.h: --pages "1-3,5,9-" (1-based, inclusive, open end allowed). */
#ifndef SOHOA_BATCH_PAGESEL_H
#define SOHOA_BATCH_PAGESEL_H

#include <stddef.h>

/* 0 if spec is well-formed, else -1 with a reason in err. NULL or "all" = all. */
int pagesel_check(const char *spec, char *err, size_t errlen);
/* Is page (1-based) selected? spec must have passed pagesel_check. */
int pagesel_has(const char *spec, int page);

#endif
