/*
 * clean.c's generated automaton (src/repair/clean_dfa.h, tools/gen-clean-dfa)
 * against the token verdict it stands in for (judge(), by the memo): it
 * may leave a token to the memo, but a verdict it gives is the memo's.
 *
 *   test-clean-dfa SYLLABLES.txt   the test: every syllable in lower,
 *       capitalised and upper case, alone and between punctuation, must get
 *       judge()'s verdict from the automaton whenever judge() clears it
 *       without suspicion, and never another; so must random and
 *       adversarial tokens whenever the automaton decides them; and lines
 *       of them get vnfix_clean_line's answer with and without it.
 *   test-clean-dfa --verdicts      for the generator: the model's
 *       fingerprint, then judge()'s verdict on each line of stdin.
 */
#include "vnfix.h"
#include "clean.h"
#include "detect.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "../check.h"
#include "clean_dfa.h"

static uint64_t fingerprint(const vnfix_model *m) { return m ? vnfix_model_words_fp(m) : 0; }

static int verdicts(vnfix_work *w)
{
    char line[4096];
    printf("fp 0x%016llx\n", (unsigned long long)fingerprint(w->model));
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strcspn(line, "\n");
        printf("%u\n", vnfix_clean_token(w, (const unsigned char *)line, n));
    }
    return 0;
}

static int shown;

/* The automaton's verdict on s[0..n), if it gives one, is judge()'s; with
 * want_decided, it must give one, unless judge() suspects the token (4) or
 * cleared a symbol in it by its place (8: "chú”", "± 5"), which its line
 * must know and the automaton cannot tell: those are the memo's. */
static void agree(vnfix_work *w, const char *s, size_t n, int want_decided)
{
    unsigned v = 0, j = vnfix_clean_token(w, (const unsigned char *)s, n);
    int d = vnfix_clean_dfa_token((const unsigned char *)s, n, &v);
    int ok = d ? v == j : !want_decided || !(j & 1) || (j & 4) || (j & 8);
    checks++;
    if (!ok) {
        failures++;
        if (shown++ < 20)
            fprintf(stderr, "FAIL \"%.*s\": automaton %d (%u), memo %u\n", (int)n, s, d, v, j);
    }
}

/* lower (as the inventory writes it), capitalised, upper: by ICU's
 * simple case map, code point by code point, as the generator's
 * str.upper() does for these letters */
static size_t recase(const char *in, char *out, size_t cap, int how)
{
    size_t n = strlen(in), o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t m = vnfix_utf8_seq((const unsigned char *)in + i, n - i, &cp);
        if (!m) return 0;
        if (how == 2 || (how == 1 && i == 0)) cp = (uint32_t)u_toupper((UChar32)cp);
        if (o + 4 >= cap) return 0;
        if (cp < 0x80) out[o++] = (char)cp;
        else if (cp < 0x800) out[o++] = (char)(0xC0 | cp >> 6), out[o++] = (char)(0x80 | (cp & 0x3F));
        else {
            out[o++] = (char)(0xE0 | cp >> 12), out[o++] = (char)(0x80 | (cp >> 6 & 0x3F));
            out[o++] = (char)(0x80 | (cp & 0x3F));
        }
        i += m;
    }
    out[o] = 0;
    return o;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

/* pieces of adversarial tokens: what the automaton's states tell apart */
static const char *const pieces[] = {
    "a", "e", "o", "y", "u", "i", "A", "E", "O", "Y", "n", "g", "h", "t", "q", "Q", "d", "D", "x",
    "\xc3\xa0", "\xc3\xa1", "\xc3\xa2", "\xc3\xa3", "\xc3\xa8", "\xc3\xa9", "\xc3\xaa", "\xc3\xac",
    "\xc3\xb2", "\xc3\xb3", "\xc3\xb4", "\xc3\xb5", "\xc3\xb9", "\xc3\xba", "\xc3\xbd", "\xc3\x80",
    "\xc3\x81", "\xc3\x82", "\xc3\x94", "\xc3\x8a", "\xc3\x90", "\xc3\xb0", "\xc3\xa4", "\xc3\xbf",
    "\xc4\x91", "\xc4\x90", "\xc4\x83", "\xc4\x82", "\xc6\xb0", "\xc6\xaf", "\xc6\xa1", "\xc6\xa0",
    "\xc4\xa9", "\xc5\xa9", "\xc4\xa8", "\xc5\xa8", "\xc5\x93", "\xc6\x92",
    "\xe1\xba\xa1", "\xe1\xbb\x87", "\xe1\xbb\x91", "\xe1\xbb\xb9", "\xe1\xbb\xba", "\xe1\xba\x9f",
    "\xe1\xbb\x9d", "\xe1\xbb\xa9", "\xe1\xba\xbf", "\xe1\xbb\x99", "\xe1\xba\xad",
    "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\xa6", "\xe2\x80\x93", "\xe2\x80\x99", "\xe2\x80\xa2",
    "\xe2\x84\xa2", "\xc2\xa0", "\xc2\xb0", "\xc2\xb1", "\xc2\xbb",
    ",", ".", ";", ":", "(", ")", "-", "/", "\"", "'", "0", "1", "9", "%", "\t", "\r", "\n", "\x01",
    "\x7f", "\x80", "\xbf", "\xc3", "\xe1", "\xe2\x80", "\xe1\xbb", "\xf0\x9f\x98\x80", "\xff",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

typedef struct { char **w; size_t n, cap; } list;

static void add(list *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 4096;
        l->w = realloc(l->w, l->cap * sizeof *l->w);
        if (!l->w) exit(2);
    }
    l->w[l->n] = strdup(s);
    if (!l->w[l->n]) exit(2);
    l->n++;
}

static size_t random_token(const list *words, char *t, size_t cap)
{
    size_t n = 0, parts = 1 + rnd(5);
    for (size_t k = 0; k < parts; k++) {
        const char *p = rnd(3) ? pieces[rnd(NPIECES)] : words->w[rnd((uint32_t)words->n)];
        size_t m = strlen(p);
        if (n + m + 1 > cap) break;
        memcpy(t + n, p, m);
        n += m;
    }
    t[n] = 0;
    return n;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SYLLABLES.txt | --verdicts\n", argv[0]);
        return 2;
    }
    vnfix_model *model = vnfix_model_open(NULL, NULL, 0);
    vnfix_work w;
    if (vnfix_work_init(&w) || vnfix_work_reserve(&w, 1 << 16)) return 2;
    w.model = model;
    if (!strcmp(argv[1], "--verdicts"))
        return verdicts(&w);

    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 2; }
    CHECK(model && fingerprint(model) == VNFIX_CDFA_FP,
          "the model is not the one clean_dfa.h was made with: run tools/gen-clean-dfa");
    list words = {0};
    char line[512], cased[256], t[512];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        line[strcspn(line, "\t\n")] = 0;
        for (int how = 0; how < 3; how++) {
            size_t n = recase(line, cased, sizeof cased, how);
            add(&words, cased);
            agree(&w, cased, n, 1);
            /* between punctuation: (word), "word"… word, word. */
            static const char *const around[][2] = {
                {"(", "),"}, {"\xe2\x80\x9c", "\xe2\x80\x9d"}, {"", "\xe2\x80\xa6"}, {"", "\xc2\xb0"},
                {"", "."}, {"1/", "-"}, {"\xc2\xa0", ""},
            };
            for (size_t k = 0; k < sizeof around / sizeof around[0]; k++) {
                int m = snprintf(t, sizeof t, "%s%s%s", around[k][0], cased, around[k][1]);
                agree(&w, t, (size_t)m, 1);
            }
        }
    }
    fclose(f);
    CHECK(words.n > 60000, "%zu words", words.n);
    printf("clean-dfa: %zu words; %d checks so far\n", words.n, checks);

    /* adversarial tokens, under the model and without one */
    for (int pass = 0; pass < 2; pass++) {
        w.model = pass ? NULL : model;
        for (int k = 0; k < 1000000; k++) {
            size_t n = random_token(&words, t, sizeof t);
            if (!memchr(t, ' ', n)) agree(&w, t, n, 0);
        }
    }
    w.model = model;

    /* lines: the same answer with the automaton and by the memo alone */
    char ln[4096];
    for (int k = 0; k < 200000; k++) {
        size_t n = 0, toks = 1 + rnd(k % 2 ? 60 : 8);
        for (size_t j = 0; j < toks && n + 300 < sizeof ln; j++) {
            if (j) ln[n++] = ' ';
            if (rnd(4) == 0) n += random_token(&words, ln + n, 200);
            else {
                const char *p = words.w[rnd((uint32_t)words.n)];
                size_t m = strlen(p);
                memcpy(ln + n, p, m);
                n += m;
            }
        }
        int a = vnfix_clean_line(&w, (const unsigned char *)ln, n);
        int b = vnfix_clean_line_memo(&w, (const unsigned char *)ln, n);
        CHECK(a == b, "line \"%.*s\": %d with the automaton, %d without", (int)n, ln, a, b);
    }

    /* symbols classify() reads as plain where they stand (made up):
     * taken; glued to a letter, where they are signs, or with the one
     * difference (an ă ơ ư classify() signs), left to the full path */
    static const struct { const char *line; int want; } symbols[] = {
        {"Nhiệt độ 25 ± 2 °C.\n", 1},
        {"Giá trị ≤ 5 và ≥ 3.\n", 1},
        {"Tỷ lệ 5‰ mỗi năm\n", 1},
        {"Ông ấy gọi “chú”.\n", 1},
        {"Độ lệch ±á nhỏ\n", 0},
        {"Độ lệch a± nhỏ\n", 0},
        {"5 ÷ 3 người\n", 0},
        {"TRƯỜNG HỌC ± 5\n", 0},
    };
    for (size_t k = 0; k < sizeof symbols / sizeof symbols[0]; k++) {
        const char *ln1 = symbols[k].line;
        int a = vnfix_clean_line(&w, (const unsigned char *)ln1, strlen(ln1));
        int b = vnfix_clean_line_memo(&w, (const unsigned char *)ln1, strlen(ln1));
        CHECK(a == symbols[k].want && b == a, "line \"%s\": %d with the automaton, %d without, not %d", ln1, a, b,
              symbols[k].want);
    }

    /* runs of whole lines at once (vnfix_clean_lines): 1 exactly where
     * the line's own scan answers 1; lines of words, made-up tokens, the
     * symbols' lines, empty lines, CR LF, a token cut by the newline */
    static unsigned char run[64 * 700];
    size_t ends[VNFIX_CLEAN_LINES_MAX];
    unsigned char ok[VNFIX_CLEAN_LINES_MAX];
    int runs_checked = 0, ones = 0;
    for (int k = 0; k < 20000; k++) {
        size_t nl = 2 + rnd(VNFIX_CLEAN_LINES_MAX - 1), n = 0;
        for (size_t j = 0; j < nl; j++) {
            uint32_t kind = rnd(16);
            if (kind == 0) {
                const char *p = symbols[rnd(sizeof symbols / sizeof symbols[0])].line;
                memcpy(run + n, p, strlen(p));
                n += strlen(p);
            } else if (kind == 1) {
                run[n++] = '\n';
            } else {
                size_t toks = 1 + rnd(kind < 8 ? 40 : 6), start = n;
                for (size_t t2 = 0; t2 < toks && n - start + 300 < 600; t2++) {
                    if (t2) run[n++] = ' ';
                    if (rnd(kind == 2 ? 2 : 12) == 0) n += random_token(&words, (char *)run + n, 200);
                    else {
                        const char *p = words.w[rnd((uint32_t)words.n)];
                        memcpy(run + n, p, strlen(p));
                        n += strlen(p);
                    }
                }
                /* (a newline made up inside a token ends the line there) */
                for (size_t i = start; i < n; i++)
                    if (run[i] == '\n') run[i] = '.';
                if (kind == 3) run[n++] = '\r';
                if (kind == 4 && n > start + 1) n--;     /* a word cut short before its newline */
                run[n++] = '\n';
            }
            ends[j] = n;
        }
        size_t others = SIZE_MAX, not_one = 0;
        CHECK(vnfix_clean_lines(&w, run, ends, nl, ok, &others) == 1, "run %d not scanned", k);
        for (size_t j = 0, a = 0; j < nl; a = ends[j++]) {
            /* the run's answer: 1, VNFIX_CLEAN_NOT where the line's own
             * scan answers 0, 0 (ask) where it answers 2 */
            int alone = vnfix_clean_line(&w, run + a, ends[j] - a), one = alone == 1;
            int want = alone == 1 ? 1 : alone == 0 ? VNFIX_CLEAN_NOT : 0;
            runs_checked++, ones += one, not_one += !one;
            CHECK(ok[j] == want, "run %d, line %zu \"%.*s\": %d in the run, %d alone", k, j,
                  (int)(ends[j] - a - 1), (const char *)run + a, ok[j], alone);
        }
        CHECK(others == not_one, "run %d: %zu lines not 1, counted %zu", k, not_one, others);
    }
    printf("clean-dfa: %d lines in runs, %d of them 1\n", runs_checked, ones);
    CHECK(ones > runs_checked / 10 && ones < runs_checked - runs_checked / 10, "%d of %d lines 1", ones,
          runs_checked);
    w.model = NULL;
    size_t others;
    CHECK(vnfix_clean_lines(&w, run, ends, 2, ok, &others) == 1, "no model: the automaton is used");
    w.model = model;

    for (size_t i = 0; i < words.n; i++) free(words.w[i]);
    free(words.w);
    vnfix_work_free(&w);
    vnfix_model_close(model);
    return check_report("clean-dfa");
}
