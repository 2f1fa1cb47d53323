/*
 * forms.c: the model forms a document prints inside itself.
 *
 * A decision that publishes procedures, a circular or a plan often
 * attaches the forms its procedures use: a sample decision, report or
 * submission, laid out by Decree 30 as a document of its own (issuer,
 * the Quốc hiệu, "Số: ..../QĐ-...", the date, a title, articles, "Nơi
 * nhận:" and a signature) but with its number, date and names left blank
 * to be filled in. Its articles ("Điều 2. Ủy ban nhân dân các tỉnh ...
 * (tên) ... có trách nhiệm:") give no one a task: ANNOTATING.md, eighth
 * rule set, "model forms, templates, sample decisions ... give no
 * agencies". A real document quoted or attached in full prints its number.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"

static int opens_with(const seg_para *p, const char *w)
{
    return seg_word_at(p->fold, p->nchar, skip_sp(p->fold, p->nchar, 0), w);
}

static int has_words(const seg_para *p, const char *w)
{
    for (size_t q = 0; q < p->nchar; q++)
        if ((q == 0 || !isalnum((unsigned char)p->fold[q - 1])) && seg_word_at(p->fold, p->nchar, q, w))
            return 1;
    return 0;
}

/* Does p hold a "Số:" whose number is blank ("Số: ……. /QĐ-BNNMT", "Số:
 * /TTr-TTTV", "Số: ....", "Số:"): no digit between the colon and the
 * slash or the paragraph's end? */
static int blank_number(const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    for (size_t q = 0; q + 3 <= n; q++) {
        if ((q > 0 && isalnum((unsigned char)f[q - 1])) || strncmp(f + q, "so", 2))
            continue;
        size_t k = skip_sp(f, n, q + 2);
        if (k >= n || f[k] != ':')
            continue;
        for (k++; k < n && f[k] != '/'; k++)
            if (isdigit((unsigned char)f[k]))
                return 0;
            else if (isalpha((unsigned char)f[k]))
                break; /* "Số: ... ngày": a word, read no further */
        return 1;
    }
    return 0;
}

/* Is the issuer of the form whose motto is paragraph i left as Decree
 * 30's placeholder ("TÊN CƠ QUAN, TỔ CHỨC" above or beside the motto)?
 * Only a template names its issuer so. */
static int placeholder_issuer(const seg_doc *d, size_t i)
{
    size_t from = i >= 4 ? i - 4 : 0;
    for (size_t k = from; k <= i; k++)
        if (!d->paras[k].in_header && d->paras[k].caps && opens_with(&d->paras[k], "ten co quan"))
            return 1; /* in capitals, as the issuer box prints it; not "ghi tên cơ quan" */
    return 0;
}

/* Is paragraph i the Quốc hiệu of a form: the motto outside the
 * document's own header, a blank number beside it or a placeholder for
 * its issuer above it? */
static int form_motto(const seg_doc *d, size_t i)
{
    const seg_para *p = &d->paras[i];
    /* the motto may share its paragraph with the form's issuer lines,
     * which re-flow joins with it as capitals */
    if (p->in_header || !has_words(p, "cong hoa xa hoi chu nghia viet nam"))
        return 0;
    size_t from = i >= 4 ? i - 4 : 0, to = i + 6 < d->nparas ? i + 6 : d->nparas;
    for (size_t k = from; k < to; k++)
        if (!d->paras[k].in_header && blank_number(&d->paras[k]))
            return 1;
    return placeholder_issuer(d, i);
}

/* After its "Nơi nhận:", a form goes on with its recipients, its "Lưu"
 * line, the signer's title in capitals, "(Ký tên, đóng dấu)" and a short
 * name line; the first other paragraph is the document's again. */
static int signature_part(const seg_para *p)
{
    size_t a = skip_sp(p->fold, p->nchar, 0);
    if (a >= p->nchar)
        return 1;
    char c = p->fold[a];
    return c == '-' || c == '+' || c == '.' || c == '(' || !isalnum((unsigned char)c) || p->caps ||
           opens_with(p, "luu") || (p->mk == MK_NONE && p->nchar <= 40);
}

unsigned char *ag_form_paras(const seg_doc *d)
{
    unsigned char *in = calloc(d->nparas + 1, 1);
    if (!in)
        return NULL;
    for (size_t i = 0; i < d->nparas; i++) {
        if (!form_motto(d, i))
            continue;
        /* the form's issuer lines in capitals above its motto */
        size_t a = i;
        while (a > 0 && i - a < 4 && d->paras[a - 1].caps && !d->paras[a - 1].in_header)
            a--;
        /* and the short line naming it above them, "Phụ lục 01", "Mẫu số 02" */
        if (a > 0 && !d->paras[a - 1].in_header && d->paras[a - 1].nchar <= 24 &&
            (opens_with(&d->paras[a - 1], "phu luc") || opens_with(&d->paras[a - 1], "mau")))
            a--;
        size_t e = i + 1, cap = i + 150 < d->nparas ? i + 150 : d->nparas;
        while (e < cap && !form_motto(d, e) && !opens_with(&d->paras[e], "noi nhan"))
            e++;
        if (e < cap && opens_with(&d->paras[e], "noi nhan"))
            for (e++; e < d->nparas && signature_part(&d->paras[e]) && !form_motto(d, e); e++)
                ;
        else if (e >= cap && placeholder_issuer(d, i)) {
            /* a template with no "Nơi nhận" of its own (a grading sheet, a
             * declaration): it runs to the next form, an annex heading in
             * capitals, or the end */
            for (e = i + 1; e < d->nparas && !form_motto(d, e) && d->paras[e].mk != MK_PHULUC; e++)
                ;
        } else if (e >= cap)
            e = i + 1; /* no end block of its own within reach: its motto only */
        for (size_t k = a; k < e; k++)
            in[k] = 1;
        i = e - 1;
    }
    return in;
}
