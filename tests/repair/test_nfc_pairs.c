/*
 * nfc.c's table of (base, tone mark) pairs, filled at start partly by
 * unorm2_composePair (bases without a decomposition), is what ICU's full
 * normalisation of each pair says: the composed character, 1 where NFC
 * leaves the pair as it is, 0 where it does anything else.
 */
#include "nfc.h"

#include <stdint.h>

#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "../check.h"

int main(void)
{
    static const uint16_t marks[VNFIX_NFC_MARKS] = {0x300, 0x301, 0x303, 0x309, 0x323};
    static vnfix_nfc_ctx c;
    CHECK(vnfix_nfc_init(&c) == 0);
    for (uint32_t b = 0; b < VNFIX_NFC_BASES; b++)
        for (int m = 0; m < VNFIX_NFC_MARKS; m++) {
            UChar in[2] = {(UChar)b, marks[m]}, out[8];
            UErrorCode st = U_ZERO_ERROR;
            int32_t n = unorm2_normalize(c.nfc, in, 2, out, 8, &st);
            uint16_t want = 0;
            if (n == 1 && out[0] > 1 && !U16_IS_SURROGATE(out[0]))
                want = out[0];
            else if (n == 2 && out[0] == in[0] && out[1] == in[1])
                want = 1;
            CHECK(!U_FAILURE(st) && c.pair[b][m] == want, "U+%04X U+%04X: table %04X, ICU %04X", (unsigned)b,
                  (unsigned)marks[m], (unsigned)c.pair[b][m], (unsigned)want);
        }
    vnfix_nfc_free(&c);
    return check_report("repair-nfc-pairs");
}
