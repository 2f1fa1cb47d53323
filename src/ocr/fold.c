/* fold.c: Vietnamese letters folded to ASCII for matching (fold.h). */
#include "ocr/fold.h"

#include <string.h>

#include "repair/alphabet.h"

/* The code point at s[*i] (n bytes in all); moves *i past it. */
static long next_cp(const char *s, size_t n, size_t *i)
{
    size_t used = 1;
    long cp = utf8_decode((const unsigned char *)s + *i, n - *i, &used);
    *i += used ? used : 1;
    return cp;
}

/* Lower-case ASCII base letter or digit of cp, '?' for another letter, 0
 * for anything else; *upper tells a capital. */
char ocr_fold_cp(long cp, int *upper)
{
    *upper = 0;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            *upper = 1;
            return (char)(cp + 32);
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
            return (char)cp;
        return 0;
    }
    /* Vietnamese letters, so that anchors such as "ĐẾN" or "Nơi nhận" match
     * whatever marks OCR gave them; ð Ð are OCR's readings of đ Đ. */
    vnfix_letter L = vnfix_letter_info((uint32_t)cp);
    if (L.vowel || cp == 0xF0 || cp == 0xD0) {
        *upper = L.upper || cp == 0xD0;
        return vnfix_fold_letter((uint32_t)cp);
    }
    /* Other Latin letters (OCR gives "ö", "Ï" on smudges); symbols and
     * punctuation (U+2000 on, × and ÷) are not letters. */
    if (cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7)
        return '?';
    return 0;
}

/* s folded: letters and digits as fold_cp, ASCII punctuation kept, other
 * symbols '~', words separated by one space. */
void ocr_fold_into(sbuf *b, const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        long cp = next_cp(s, n, &i);
        int up;
        char f = ocr_fold_cp(cp, &up);
        if (!f)
            f = cp == 0x2026 ? '.' : cp > 0x20 && cp < 0x80 ? (char)cp : '~';
        sb_putc(b, f);
        if (cp == 0x2026)
            sb_puts(b, "..");
    }
}

/* Only the letters of s, folded; *caps: every letter a capital. */
void ocr_letters_of(const char *s, char *out, size_t cap, int *caps, int *digits)
{
    size_t n = strlen(s), i = 0, k = 0;
    *caps = 1;
    *digits = 0;
    while (i < n) {
        long cp = next_cp(s, n, &i);
        int up;
        char f = ocr_fold_cp(cp, &up);
        if (f >= '0' && f <= '9')
            (*digits)++;
        else if (f) {
            if (!up)
                *caps = 0;
            if (k + 1 < cap)
                out[k++] = f;
        }
    }
    out[k] = 0;
}

int ocr_has_alnum(const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        long cp = next_cp(s, n, &i);
        int up;
        if (ocr_fold_cp(cp, &up))
            return 1;
    }
    return 0;
}
