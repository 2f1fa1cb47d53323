/* test_syllable_shape.c: vnfix_syllable_shape (syllable.c), the lenient
 * syllable shape the diacritic restorer places tones by. It replaced
 * restore_letters.c's own parse() (issue 22) after returning the same as it
 * for every string of up to 6 letters (1.59 billion) of a 34-letter
 * alphabet: all the onset, vowel and coda letters and a few that are none,
 * a capital, a toned vowel, f, Đ, a digit (this test at commit 9bb1882,
 * with the argument 6). The cases below are that parse()'s answers. */
#include "repair/syllable.h"

#include <stdio.h>

#include "../check.h"

static const struct {
    const uint32_t *w;     /* NUL-terminated */
    int ok;
    size_t onset, coda;
} CASES[] = {
    {U"a", 1, 0, 0},
    {U"i", 1, 0, 0},
    {U"ba", 1, 1, 0},
    {U"bang", 1, 1, 2},
    {U"ban", 1, 1, 1},
    {U"bai", 1, 1, 1},
    {U"bia", 1, 1, 0},
    {U"hoa", 1, 1, 0},
    {U"hoang", 1, 1, 2},
    {U"thuy", 1, 2, 0},
    {U"tuy", 1, 1, 0},
    {U"quy", 1, 2, 0},
    {U"qua", 1, 2, 0},
    {U"quyen", 1, 2, 1},
    {U"qu", 0, 0, 0},
    {U"q", 0, 0, 0},
    {U"gi", 1, 1, 0},
    {U"gia", 1, 2, 0},
    {U"giu", 1, 2, 0},
    {U"gin", 1, 1, 1},
    {U"gieng", 1, 2, 2},
    {U"giêng", 1, 2, 2},
    {U"ging", 1, 1, 2},
    {U"ngh", 0, 0, 0},
    {U"ngheo", 1, 3, 1},
    {U"nghiêng", 1, 3, 2},
    {U"ngươi", 1, 2, 1},
    {U"người", 0, 0, 0},
    {U"nguyên", 1, 2, 1},
    {U"khuya", 1, 2, 0},
    {U"khuyu", 1, 2, 1},
    {U"đ", 0, 0, 0},
    {U"đa", 1, 1, 0},
    {U"đang", 1, 1, 2},
    {U"đi", 1, 1, 0},
    {U"đươc", 1, 1, 1},
    {U"trương", 1, 2, 2},
    {U"uy", 1, 0, 0},
    {U"ưu", 1, 0, 1},
    {U"oai", 1, 0, 1},
    {U"oan", 1, 0, 1},
    {U"thuyên", 1, 2, 1},
    {U"hoè", 0, 0, 0},
    {U"A", 0, 0, 0},
    {U"Hoa", 0, 0, 0},
    {U"hòa", 0, 0, 0},
    {U"bk", 0, 0, 0},
    {U"kra", 0, 0, 0},
    {U"fa", 0, 0, 0},
    {U"nga", 1, 2, 0},
    {U"ng", 0, 0, 0},
    {U"nhanh", 1, 2, 2},
    {U"chanh", 1, 2, 2},
    {U"ươi", 1, 0, 1},
    {U"yêu", 1, 0, 1},
    {U"xoay", 1, 1, 1},
    {U"oong", 1, 0, 2},
    {U"x1", 0, 0, 0},
    {U"giă", 1, 2, 0},
    {U"ghe", 1, 2, 0},
    {U"1", 0, 0, 0},
};

int main(void)
{
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        size_t n = 0, on = 99, co = 99;
        while (CASES[i].w[n]) n++;
        int ok = vnfix_syllable_shape(CASES[i].w, n, &on, &co);
        CHECK(ok == CASES[i].ok && (!ok || (on == CASES[i].onset && co == CASES[i].coda)),
              "case %zu: shape %d %zu %zu, want %d %zu %zu", i, ok, on, co, CASES[i].ok,
              CASES[i].onset, CASES[i].coda);
    }
    size_t on, co;
    CHECK(!vnfix_syllable_shape(U"", 0, &on, &co));
    return check_report("syllable-shape");
}
