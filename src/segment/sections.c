/*
 * sections.c: the numbered paragraphs into a tree.
 *
 * Phần > Chương > Mục > Điều > I. > 1. > 1.1. > a) > bullets. Bullets ("-",
 * "+") have no fixed rank: a bullet of a kind already open in the stack is
 * its sibling, any other bullet nests under the item before it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/seg_internal.h"

static int rank_of(const seg_para *p)
{
    switch (p->mk) {
    case MK_PHULUC: return 0; /* an annex closes everything before it */
    case MK_PHAN: return 1;
    case MK_CHUONG: return 2;
    case MK_MUC: return 3;
    case MK_DIEU: return 4;
    case MK_ROMAN: return 5;
    case MK_ARABIC: return 6 + (p->mk_depth < 3 ? p->mk_depth : 3);
    case MK_LETTER: return 10;
    case MK_DASH:
    case MK_PLUS: return 20;
    default: return 0;
    }
}

/* Heading text of a numbered paragraph: all of it when short, else up to a
 * colon near the start; NULL for a plain list item. */
static char *heading_title(const seg_para *p)
{
    size_t a = p->label_chars, n = p->nchar;
    if (a >= n)
        return NULL;
    size_t colon = 0;
    for (size_t i = a; i < n && i < a + 160; i++)
        if (p->fold[i] == ':') {
            colon = i;
            break;
        }
    size_t b;
    if (colon)
        b = colon;
    else if (n - a <= 160 && (p->caps || !strchr(".;", p->fold[n - 1]) ||
                             p->mk <= MK_ROMAN))
        b = n;
    else if (p->mk <= MK_DIEU) {
        /* "Điều 2. Quyết định này có hiệu lực..." : up to the first full stop */
        b = a;
        while (b < n && b < a + 160 && p->fold[b] != '.')
            b++;
    } else
        return NULL;
    while (b > a && strchr(" .;:,", p->fold[b - 1]))
        b--;
    int alnum = 0;
    for (size_t i = a; i < b; i++)
        if (isalnum((unsigned char)p->fold[i]))
            alnum = 1;
    if (b <= a || !alnum)
        return NULL; /* OCR specks ("] ] ,") are not a title */
    return seg_clean(p->text + p->cpos[a], p->cpos[b] - p->cpos[a]);
}

static char *id_part(const seg_sec *s)
{
    char buf[64];
    const char *l = s->label;
    switch (s->mk) {
    case MK_DASH:
    case MK_PLUS:
        snprintf(buf, sizeof buf, "%d", s->ordinal);
        break;
    case MK_PHAN:
        snprintf(buf, sizeof buf, "P%d", s->ordinal);
        break;
    case MK_PHULUC:
        snprintf(buf, sizeof buf, "PL%d", s->ordinal);
        break;
    case MK_CHUONG:
        snprintf(buf, sizeof buf, "C%d", s->ordinal);
        break;
    case MK_MUC:
        snprintf(buf, sizeof buf, "M%d", s->ordinal);
        break;
    case MK_DIEU: {
        const char *p = l;
        while (*p && !isdigit((unsigned char)*p))
            p++;
        size_t k = 0;
        char num[16];
        while (isdigit((unsigned char)p[k]) && k < sizeof num - 1) {
            num[k] = p[k];
            k++;
        }
        num[k] = 0;
        snprintf(buf, sizeof buf, "Điều %s", num);
        break;
    }
    case MK_ARABIC: {
        /* the last number of "1.2." */
        size_t n = strlen(l);
        while (n && !isdigit((unsigned char)l[n - 1]))
            n--;
        size_t s0 = n;
        while (s0 && isdigit((unsigned char)l[s0 - 1]))
            s0--;
        snprintf(buf, sizeof buf, "%.*s", (int)(n - s0), l + s0);
        break;
    }
    default: {
        size_t n = strlen(l);
        while (n && strchr(".)", l[n - 1]))
            n--;
        snprintf(buf, sizeof buf, "%.*s", (int)n, l);
    }
    }
    return seg_strdup(buf);
}

/* How many open sections stay open above the heading p: a "-" or "+" item
 * closes back to the open item of its own mark (its sibling) if a run of
 * such items holds one; any other heading closes every open section of its
 * rank or a deeper one. */
static int parent_depth(const seg_doc *d, const int *stack, int depth, const seg_para *p)
{
    int rk = rank_of(p);
    if (rk == 20) {
        for (int k = depth - 1; k >= 0 && d->secs[stack[k]].mk >= MK_DASH; k--)
            if (d->secs[stack[k]].mk == p->mk)
                return k;
        return depth;
    }
    while (depth > 0 && rank_of(&d->paras[d->secs[stack[depth - 1]].para]) >= rk)
        depth--;
    return depth;
}

/* A section ends where the next one at the same or a higher level starts,
 * the last ones with the document. */
static void set_ends(seg_doc *d)
{
    size_t doc_end = d->nparas ? d->paras[d->nparas - 1].end : 0;
    int open[64];
    int nopen = 0;
    for (size_t k = 0; k < d->nsecs; k++) {
        while (nopen > 0 && d->secs[open[nopen - 1]].level >= d->secs[k].level)
            d->secs[open[--nopen]].end = d->secs[k].start;
        if (nopen < 64)
            open[nopen++] = (int)k;
    }
    while (nopen > 0)
        d->secs[open[--nopen]].end = doc_end;
}

void seg_sections(seg_doc *d)
{
    int stack[64];
    int depth = 0;
    int last_at[64];
    for (int k = 0; k < 64; k++)
        last_at[k] = -1;
    size_t cap = 0;
    int attached = 0;
    for (size_t i = 0; i < d->nparas; i++) {
        seg_para *p = &d->paras[i];
        if (d->attach_line && !attached && p->b0 >= d->lines[d->attach_line].b0) {
            /* an attachment after the signature starts its own tree: its
             * "I." does not nest under the decision's last "Điều" */
            attached = 1;
            depth = 0;
            for (int k = 0; k < 64; k++)
                last_at[k] = -1;
        }
        if (p->mk == MK_NONE || !p->label) {
            p->section = depth ? stack[depth - 1] : -1;
            continue;
        }
        depth = parent_depth(d, stack, depth, p);
        if (depth >= 63)
            depth = 62;
        if (seg_grow(&d->secs, d->nsecs, &cap, sizeof *d->secs, 64)) {
            d->oom = 1;
            return;
        }
        seg_sec *s = &d->secs[d->nsecs];
        memset(s, 0, sizeof *s);
        s->label = seg_strdup(p->label);
        s->title = heading_title(p);
        s->mk = p->mk;
        s->para = (int)i;
        s->parent = depth ? stack[depth - 1] : -1;
        s->level = depth + 1;
        s->page = p->page;
        s->start = p->start;
        /* ordinal among siblings of the same kind */
        s->ordinal = 1;
        if (last_at[depth] >= 0 && d->secs[last_at[depth]].parent == s->parent &&
            d->secs[last_at[depth]].mk == s->mk)
            s->ordinal = d->secs[last_at[depth]].ordinal + 1;
        last_at[depth] = (int)d->nsecs;
        char *part = id_part(s);
        if (s->parent >= 0 && part) {
            sbuf b = {0};
            sb_puts(&b, d->secs[s->parent].id);
            sb_putc(&b, '.');
            sb_puts(&b, part);
            free(part);
            s->id = sb_take(&b, NULL);
        } else {
            s->id = part;
        }
        stack[depth++] = (int)d->nsecs;
        p->section = (int)d->nsecs;
        d->nsecs++;
        /* Phần/Chương with the title on the next line in capitals */
        if (!s->title && p->mk <= MK_MUC && i + 1 < d->nparas && d->paras[i + 1].caps &&
            d->paras[i + 1].mk == MK_NONE) {
            seg_para *q = &d->paras[i + 1];
            s->title = seg_strdup(q->text);
            q->section = p->section;
            q->label = NULL;
            i++;
        }
    }
    set_ends(d);
}
