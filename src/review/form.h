/*
 * form.h: the fields a request of sohoa review may carry, decoded from an
 * application/x-www-form-urlencoded body (or, for a GET, by libmicrohttpd
 * from the query). Hostile input by nature: only the known fields, each at
 * most once, no NUL, every escape well formed. No libmicrohttpd here, so
 * the fuzzer can take it alone (tests/fuzz).
 */
#ifndef SOHOA_REVIEW_FORM_H
#define SOHOA_REVIEW_FORM_H

#include <stddef.h>

#define FORM_N 9
/* The field names, form.v by index. */
extern const char *const form_fields[FORM_N];

typedef struct {
    char *v[FORM_N];        /* decoded, NUL-terminated; NULL when absent */
} form;

/* Parse body[0..len) into f. 0, or -1 (unknown or repeated field, a bad
 * escape, %00, a pair without '='; f left empty). */
int form_parse(const char *body, size_t len, form *f);
const char *form_get(const form *f, const char *name);
void form_free(form *f);

#endif
