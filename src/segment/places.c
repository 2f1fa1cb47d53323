/*
 * places.c: the words of the administrative units, one table; the readers
 * of a header's issuer (header.c), of a signer's name (footer.c), of a
 * body's place (bodies.c), of a run of names (chain.c) and of a group's
 * members (agencies.c) ask here, each for the units it reads. Also the
 * province's word in a gazetteer name ("tỉnh Nghệ An", "Công an tỉnh"),
 * which gazetteer.c, header.c, names.c and chain.c cut off.
 */
#include <string.h>

#include "segment/places.h"
#include "segment/seg_internal.h"

/* Folded, as OCR and the web write them without marks too; none of them
 * is read with its marks here (bodies.c does, where a unit's word folds
 * like another word: "xã" and "xa", "tỉnh" and "tình"). */
static const struct {
    const char *fold;
    unsigned unit;
} units[] = {{"tinh", SEG_TINH},     {"thanh pho", SEG_THANH_PHO}, {"huyen", SEG_HUYEN},
             {"quan", SEG_QUAN},     {"thi xa", SEG_THI_XA},       {"xa", SEG_XA},
             {"phuong", SEG_PHUONG}, {"thi tran", SEG_THI_TRAN},   {"dac khu", SEG_DAC_KHU}};

size_t seg_unit_word(const char *f, size_t n, size_t i, unsigned want, unsigned *unit)
{
    /* no unit's word is another's whole first word, so at most one stands
     * at i */
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if ((units[k].unit & want) && seg_word_at(f, n, i, units[k].fold)) {
            if (unit)
                *unit = units[k].unit;
            return strlen(units[k].fold);
        }
    return 0;
}

unsigned seg_unit_named(const char *w)
{
    unsigned u = 0;
    size_t n = strlen(w);
    return seg_unit_word(w, n, 0, SEG_UNITS, &u) == n ? u : 0;
}

size_t seg_level_word(const char *f, size_t n, size_t i)
{
    static const char *const levels[] = {"cap tinh", "cap huyen", "cap xa", NULL};
    return seg_word_in(f, n, i, levels);
}

const char *seg_province_bare(const char *canon)
{
    static const char T[] = "tỉnh ", TP[] = "thành phố ", TP2[] = "Thành phố ";
    if (!strncmp(canon, T, sizeof T - 1))
        return canon + sizeof T - 1;
    if (!strncmp(canon, TP, sizeof TP - 1) || !strncmp(canon, TP2, sizeof TP2 - 1))
        return canon + sizeof TP - 1;
    return canon;
}

size_t seg_level_named(const char *canon)
{
    size_t n = strlen(canon);
    static const char T[] = " tỉnh", TP[] = " thành phố";
    if (n > sizeof T - 1 && !strcmp(canon + n - (sizeof T - 1), T))
        return n - (sizeof T - 1);
    if (n > sizeof TP - 1 && !strcmp(canon + n - (sizeof TP - 1), TP))
        return n - (sizeof TP - 1);
    return 0;
}
