/* The text a person typed, made like every other text here (see correct.h). */
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "common/sbuf.h"
#include "review/correct.h"

char *review_clean_text(const char *s)
{
    size_t n = strlen(s);
    if (n > REVIEW_MAX_TEXT)
        return NULL;
    for (size_t i = 0; i < n;) {
        size_t used;
        long cp = utf8_decode((const unsigned char *)s + i, n - i, &used);
        if (cp < 0 || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 ||
            cp == 0x2029)
            return NULL;
        i += used;
    }
    /* Through UTF-16 for ICU's normaliser: NFC like every other text here. */
    UErrorCode ec = U_ZERO_ERROR;
    int32_t ulen = 0;
    UChar *u = malloc((n + 1) * sizeof *u), *v = malloc((2 * n + 2) * sizeof *v);
    char *out = malloc(4 * n + 4);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&ec);
    u_strFromUTF8(u, (int32_t)n + 1, &ulen, s, (int32_t)n, &ec);
    int32_t vlen = U_SUCCESS(ec) && u && v ? unorm2_normalize(nfc, u, ulen, v, 2 * (int32_t)n + 2,
                                                              &ec) : 0;
    int32_t olen = 0;
    if (U_SUCCESS(ec) && out)
        u_strToUTF8(out, 4 * (int32_t)n + 4, &olen, v, vlen, &ec);
    free(u);
    free(v);
    if (U_FAILURE(ec) || !out) {
        free(out);
        return NULL;
    }
    out[olen] = 0;
    return out;
}
