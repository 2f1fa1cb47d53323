/*
 * detect.c's vnfix_word_id, the model's word ids through a memo of the
 * work area (guard.c asks it for a suspect word's neighbours), against the
 * model's own look-up: every syllable of the inventory in lower case and
 * capitalised, digits, words longer than the memo keeps, words that are
 * no syllable, asked in turns so that entries are replaced and asked for
 * again.
 *
 *   test-word-id SYLLABLES.txt
 */
#include "vnfix.h"
#include "codec.h"
#include "detect.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

typedef struct { uint32_t cp[16]; size_t n; } word;

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SYLLABLES.txt\n", argv[0]);
        return 2;
    }
    vnfix_model *model = vnfix_model_open(NULL, NULL, 0);
    CHECK(model != NULL, "no language model");
    if (!model) return check_report("word-id");
    vnfix_work w;
    if (vnfix_work_init(&w)) return 2;
    w.model = model;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 2; }
    size_t nw = 0, cap = 1 << 18;
    word *ws = malloc(cap * sizeof *ws);
    char line[256];
    while (fgets(line, sizeof line, f) && nw + 4 < cap) {
        if (line[0] == '#') continue;
        size_t len = strcspn(line, "\t\n");
        long n = vnfix_utf8_to_cps((const unsigned char *)line, len, ws[nw].cp, NULL);
        if (n <= 0 || n > 8) continue;
        ws[nw].n = (size_t)n;
        ws[nw + 1] = ws[nw];              /* capitalised (ASCII first letters) */
        if (ws[nw + 1].cp[0] >= 'a' && ws[nw + 1].cp[0] <= 'z') ws[nw + 1].cp[0] -= 32;
        ws[nw + 2] = ws[nw];              /* no syllable: a letter more */
        ws[nw + 2].cp[ws[nw + 2].n++] = 'q';
        nw += 3;
    }
    fclose(f);
    static const char *const extra[] = {"2026", "12", "nghiêngnghiêng", "Thànhphố", "HĐND", "x"};
    for (size_t k = 0; k < sizeof extra / sizeof extra[0]; k++) {
        long n = vnfix_utf8_to_cps((const unsigned char *)extra[k], strlen(extra[k]), ws[nw].cp, NULL);
        ws[nw++].n = (size_t)n;
    }
    CHECK(nw > 50000, "%zu words", nw);
    size_t known = 0, wrong = 0;
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; i < nw; i++) {
            /* (round 1 goes backwards: entries pushed out come back) */
            const word *x = &ws[round == 1 ? nw - 1 - i : i];
            uint32_t want = vnfix_model_word_id(model, x->cp, x->n), got = vnfix_word_id(&w, x->cp, x->n);
            known += round == 0 && want != vnfix_model_word_id(model, NULL, 0) &&
                     want != vnfix_model_word_id(model, (const uint32_t[]){'q', 'q', 'q', 'q', 'q', 'q'}, 6);
            if (got != want && wrong++ < 5)
                CHECK(got == want, "word %zu (%zu code points): %u, the model %u", i, x->n, got, want);
            checks++;
        }
    CHECK(known > 5000, "%zu words the model knows", known);
    printf("word-id: %zu words, %zu the model knows\n", nw, known);
    free(ws);
    vnfix_work_free(&w);
    vnfix_model_close(model);
    return check_report("word-id");
}
