/*
 * places.c: the words of the administrative units, one table; the readers
 * of a header's issuer (header.c), of a signer's name (footer.c), of a
 * body's place (bodies.c), of a run of names (chain.c) and of a group's
 * members (agencies.c), and of a duty heading over levels (regulation.c)
 * ask here, each for the units it reads. Also the province's word in a
 * gazetteer name ("tỉnh Nghệ An", "Công an tỉnh"), which gazetteer.c,
 * header.c, names.c and chain.c cut off.
 */
#include <string.h>

#include "segment/funcwords.h"
#include "segment/places.h"
#include "segment/seg_internal.h"

/* Folded, as OCR and the web write them without marks too, and as
 * written, for the readers that need a unit's word with its marks where it
 * folds like another word ("quận" and "quan" of "cơ quan", "xã" and "xa",
 * "tỉnh" and "tình"). */
static const struct {
    const char *fold, *marked;
    unsigned unit;
} units[] = {{"tinh", "tỉnh", SEG_TINH},         {"thanh pho", "thành phố", SEG_THANH_PHO},
             {"huyen", "huyện", SEG_HUYEN},      {"quan", "quận", SEG_QUAN},
             {"thi xa", "thị xã", SEG_THI_XA},   {"xa", "xã", SEG_XA},
             {"phuong", "phường", SEG_PHUONG},   {"thi tran", "thị trấn", SEG_THI_TRAN},
             {"dac khu", "đặc khu", SEG_DAC_KHU}};

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

size_t seg_unit_marked_at(const seg_para *p, size_t i, unsigned want)
{
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if ((units[k].unit & want) && seg_word_at(p->fold, p->nchar, i, units[k].fold))
            return seg_marks_match(p, i, units[k].marked) ? strlen(units[k].fold) : 0;
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
