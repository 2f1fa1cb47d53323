/* test_syllable_shape.c: vnfix_syllable_shape (syllable.c), the lenient
 * shape the diacritic restorer places tones by, against the parse() that
 * restore_letters.c had of its own, copied here as the reference: every
 * string of up to 4 letters of an alphabet holding all the onset, vowel
 * and coda letters and a few that are none (a capital, a toned vowel, f, a
 * digit, Đ). An argument N checks strings up to N letters instead. */ 
#include "repair/syllable.h"

#include <stdlib.h>
#include <string.h>

#include "../check.h"

/* restore_letters.c's parse(), as it was. */
static int is_vowel(uint32_t b)
{
    switch (b) {
    case U'a': case U'e': case U'i': case U'o': case U'u': case U'y':
    case U'ă': case U'â': case U'ê': case U'ô': case U'ơ': case U'ư':
        return 1;
    default:
        return 0;
    }
}

static const char *const ONSETS[] = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};
static const char *const CODAS[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", "i", "y", "o", "u", ""};

static int starts(const uint32_t *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (s[i] != (uint32_t)(unsigned char)p[i])
            return 0;
    return 1;
}

static int parse(const uint32_t *b, size_t n, size_t *on, size_t *co)
{
    size_t o0 = (n && b[0] == U'đ') ? 1 : 0;
    for (size_t i = 0; i < sizeof ONSETS / sizeof *ONSETS; i++) {
        size_t ol = o0;
        if (!o0) {
            if (!starts(b, n, ONSETS[i]))
                continue;
            ol = strlen(ONSETS[i]);
            if (!strcmp(ONSETS[i], "gi") && (ol == n || !is_vowel(b[ol])))
                continue;
            if (!strcmp(ONSETS[i], "qu") && ol == n)
                continue;
        }
        for (size_t j = 0; j < sizeof CODAS / sizeof *CODAS; j++) {
            size_t cl = strlen(CODAS[j]);
            if (ol + cl >= n || !starts(b + n - cl, cl, CODAS[j]))
                continue;
            int ok = 1;
            for (size_t k = ol; k < n - cl; k++)
                if (!is_vowel(b[k])) { ok = 0; break; }
            if (ok) {
                *on = ol;
                *co = cl;
                if (cl == 1 && b[n - 1] == U'y' && n - ol == 2 && b[ol] == U'u')
                    *co = 0;
                return 1;
            }
        }
        if (o0)
            break;
    }
    return 0;
}

static const uint32_t ALPHA[] = {
    U'a', U'ă', U'â', U'e', U'ê', U'i', U'o', U'ô', U'ơ', U'u', U'ư', U'y',
    U'b', U'c', U'd', U'đ', U'g', U'h', U'k', U'l', U'm', U'n', U'p', U'q',
    U'r', U's', U't', U'v', U'x', U'f', U'A', U'à', U'Đ', U'1',
};
#define NA (sizeof ALPHA / sizeof *ALPHA)

static long mismatches;

static void compare(const uint32_t *w, size_t n)
{
    size_t o1 = 99, c1 = 99, o2 = 99, c2 = 99;
    int r1 = parse(w, n, &o1, &c1), r2 = vnfix_syllable_shape(w, n, &o2, &c2);
    if (r1 != r2 || (r1 && (o1 != o2 || c1 != c2))) {
        if (mismatches++ < 20) {
            fprintf(stderr, "mismatch:");
            for (size_t i = 0; i < n; i++) fprintf(stderr, " U+%04X", (unsigned)w[i]);
            fprintf(stderr, ": parse %d %zu %zu, shape %d %zu %zu\n", r1, o1, c1, r2, o2, c2);
        }
    }
}

int main(int argc, char **argv)
{
    size_t len = argc > 1 ? (size_t)atoi(argv[1]) : 4;
    uint32_t w[16] = {0};
    long n_strings = 0;
    compare(w, 0);
    for (size_t n = 1; n <= len && n <= 16; n++) {
        size_t ix[16] = {0};
        for (;;) {
            for (size_t i = 0; i < n; i++) w[i] = ALPHA[ix[i]];
            compare(w, n);
            n_strings++;
            size_t k = n;
            while (k > 0 && ++ix[k - 1] == NA) ix[--k] = 0;
            if (k == 0)
                break;
        }
    }
    CHECK(mismatches == 0, "%ld of %ld strings differ", mismatches, n_strings);
    printf("%ld strings compared\n", n_strings);
    return check_report("syllable-shape");
}
