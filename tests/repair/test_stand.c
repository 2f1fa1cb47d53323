/*
 * detect.c's text_stands: a line it takes must get the contest's verdict
 * and confidence exactly (the source, the score, the margin, no tie), and
 * the same decoding kept. Every line here is decided twice, with the
 * shortcut and with the contest alone (w->stand_off), under several
 * neighbours' sources, and the decisions compared field by field.
 *
 *   test-repair-stand CLEAN.txt...   clean Unicode text: its lines, its
 *       words with symbols (± ≤ ‰ ...) put in, short lines of one to four
 *       words, in capitals, after list labels and tabs, and mojibake of
 *       them (which the shortcut must leave to the contest)
 */
#include "vnfix.h"
#include "detect.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

static vnfix_work on, off;
static unsigned long lines, differ;

static int same(const vnfix_decision *a, const vnfix_decision *b)
{
    return a->src.enc == b->src.enc && a->src.moji == b->src.moji && a->confidence == b->confidence &&
           a->valid == b->valid && a->invalid == b->invalid && a->vietnamese == b->vietnamese &&
           a->ambiguous == b->ambiguous && a->strong == b->strong && a->fast == b->fast &&
           a->direct == b->direct && a->bad_offset == b->bad_offset && a->lost == b->lost &&
           a->has_nul == b->has_nul && a->unrestored == b->unrestored &&
           a->guessed_offset == b->guessed_offset && a->guessed_length == b->guessed_length;
}

static void both(const char *s, size_t n)
{
    static const vnfix_source priors[] = {
        {VNFIX_ENC_UTF8, 0}, {VNFIX_ENC_TCVN3, 0}, {VNFIX_ENC_VNI, 1}, {VNFIX_ENC_TCVN3, 1},
        {VNFIX_ENC_UTF8_DOUBLE, 1}, {VNFIX_ENC_VPS, 1},
    };
    for (int p = -1; p < (int)(sizeof priors / sizeof priors[0]); p++) {
        const vnfix_source *prior = p < 0 ? NULL : &priors[p];
        vnfix_decision a, b;
        int ra = vnfix_decide(&on, (const unsigned char *)s, n, VNFIX_ENC_AUTO, prior, &a);
        int rb = vnfix_decide(&off, (const unsigned char *)s, n, VNFIX_ENC_AUTO, prior, &b);
        lines++;
        int ok = ra == rb && same(&a, &b) &&
                 (a.fast || a.direct ||
                  (on.nbest == off.nbest && !memcmp(on.best, off.best, on.nbest * sizeof *on.best)));
        if (!ok && differ++ < 10) {
            char what[160];
            snprintf(what, sizeof what, "%d/%d %.6f %d-%d%s, %zu code points against %d/%d %.6f %d-%d%s, %zu",
                     a.src.enc, a.src.moji, a.confidence, a.valid, a.invalid, a.ambiguous ? " tie" : "", on.nbest,
                     b.src.enc, b.src.moji, b.confidence, b.valid, b.invalid, b.ambiguous ? " tie" : "", off.nbest);
            CHECK(ok, "prior %d: \"%.*s\": %s", p, (int)n, s, what);
        }
        checks++;
    }
}

/* ASCII, Latin-1 and symbols read as Windows-1252 once more: the UTF-8 of
 * the UTF-8 (mojibake, which the shortcut never takes). */
static size_t moji(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { out[o++] = (char)c; continue; }
        out[o++] = (char)(0xC0 | c >> 6), out[o++] = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

static uint64_t rng = 88172645463325252ull;
static unsigned next(unsigned m)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (unsigned)(rng % m);
}

int main(int argc, char **argv)
{
    vnfix_model *model = vnfix_model_open(NULL, NULL, 0);
    if (vnfix_work_init(&on) || vnfix_work_init(&off) || vnfix_work_reserve(&on, 1 << 16) ||
        vnfix_work_reserve(&off, 1 << 16))
        return 2;
    on.model = off.model = model;
    off.stand_off = 1;
    static const char *const symbols[] = {
        "\xc2\xb1", "\xe2\x89\xa4", "\xe2\x89\xa5", "\xc2\xa3", "\xe2\x80\xb0", "\xc2\xb3", "\xe2\x86\x92",
        "\xc2\xb0", "\xc3\x97", "\xc3\xb7", "\xc2\xa7", "\xc2\xbd", "\xe2\x82\xac", "\xe2\x84\xa2",
        "\xe2\x80\xa2", "\xc2\xad", "\xc2\xa0", "(\xc2\xb1", "\xc2\xb1)", "5\xe2\x80\xb0,", "\xce\x94",
    };
    static const char *const leads[] = {"", "", "", "a) ", "\xc4\x91) ", "\t", "  ", "- ", "II. ", "b.\t"};
    /* the words of the text, to build lines of */
    size_t nw = 0, capw = 1 << 16;
    char **words = malloc(capw * sizeof *words);
    char line[8192], t[8192], m[16384];
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "r");
        if (!f) { perror(argv[a]); return 2; }
        while (fgets(line, sizeof line, f)) {
            size_t n = strlen(line);
            both(line, n);
            for (char *w = strtok(line, " \n"); w && nw < capw; w = strtok(NULL, " \n"))
                words[nw++] = strdup(w);
        }
        fclose(f);
    }
    CHECK(nw > 1000, "%zu words", nw);
    for (int k = 0; k < 60000 && nw; k++) {
        size_t n = 0;
        n += (size_t)snprintf(t + n, sizeof t - n, "%s", leads[next(10)]);
        unsigned count = 1 + next(k % 3 ? 4 : 24), sym = next(count + 1);
        for (unsigned i = 0; i < count; i++) {
            if (i == sym) n += (size_t)snprintf(t + n, sizeof t - n, "%s ", symbols[next(21)]);
            const char *w = words[next((unsigned)nw)];
            if (k % 7 == 0) {                /* in capitals (ASCII letters: enough for caps.c) */
                size_t j = 0;
                for (; w[j] && n + j < sizeof t - 1; j++) t[n + j] = (char)(w[j] >= 'a' && w[j] <= 'z' ? w[j] - 32 : w[j]);
                n += j;
                t[n++] = ' ';
            } else {
                n += (size_t)snprintf(t + n, sizeof t - n, "%s ", w);
            }
        }
        if (next(3)) n--;                    /* (a blank at the end, now and then) */
        t[n++] = '\n';
        both(t, n);
        if (k % 5 == 0) both(m, moji(t, n, m));
    }
    printf("stand: %lu decisions compared, %lu by the shortcut\n", lines, on.stood);
    CHECK(on.stood > 4000, "the shortcut took %lu lines", on.stood);
    CHECK(off.stood == 0);
    vnfix_work_free(&on);
    vnfix_work_free(&off);
    vnfix_model_close(model);
    return check_report("repair-stand");
}
