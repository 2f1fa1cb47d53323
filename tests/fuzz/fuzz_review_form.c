/*
 * libFuzzer target over what sohoa review does to a request body before
 * anything else sees it: form_parse (urlencoded fields) and, on every
 * value, review_clean_text (NFC, no control characters). Invariants: a
 * parsed form has only known fields, values without NUL; a cleaned text is
 * valid UTF-8 without control characters and no longer than 3x its input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "review/correct.h"
#include "review/form.h"

static void check_clean(const char *in)
{
    char *out = review_clean_text(in);
    if (!out)
        return;
    size_t n = strlen(out);
    if (n > 3 * strlen(in) + 3)
        abort();
    for (size_t i = 0; i < n;) {
        size_t used;
        long cp = utf8_decode((const unsigned char *)out + i, n - i, &used);
        if (cp < 0x20 || cp == 0x7F)
            abort();
        i += used;
    }
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    form f;
    if (form_parse((const char *)data, size, &f) != 0) {
        for (int i = 0; i < FORM_N; i++)
            if (f.v[i])
                abort();  /* a refused form is left empty */
        return 0;
    }
    for (int i = 0; i < FORM_N; i++) {
        if (!f.v[i])
            continue;
        if (form_get(&f, form_fields[i]) != f.v[i])
            abort();
        check_clean(f.v[i]);
    }
    form_free(&f);
    return 0;
}
