/*
 * segment.c: the segmenter's entry points: load the gazetteer, run the
 * passes in order (lines, header, re-flow, sections, targets, agencies),
 * free the result.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>

#include "segment/seg_internal.h"
#include "segment/wordclass.h"

#ifndef SOHOA_LANGDIR_INSTALLED
#define SOHOA_LANGDIR_INSTALLED "/usr/local/share/sohoa"
#endif
#ifndef SOHOA_LANGDIR_SOURCE
#define SOHOA_LANGDIR_SOURCE "lang"
#endif

struct seg_ctx {
    seg_gaz *gaz;
    seg_amodel *amodel; /* NULL: the agency rules alone */
    seg_wordclass *wc;  /* NULL: names read without word classes */
};

/* The path of the file name beside the gazetteer gaz_path, in out; 0 when
 * it does not fit (then the optional file is taken as absent). */
static int beside(const char *gaz_path, const char *name, char *out, size_t cap)
{
    const char *sl = strrchr(gaz_path, '/');
    size_t dl = sl ? (size_t)(sl - gaz_path) + 1 : 0, nl = strlen(name);
    if (dl + nl + 1 > cap)
        return 0;
    memcpy(out, gaz_path, dl);
    memcpy(out + dl, name, nl + 1);
    return 1;
}

/* The learned second opinion on agencies, agency-model.tsv beside the
 * gazetteer: optional (without it the rules decide alone), but a file that
 * is there and malformed is an error. 0, or -1 with err. */
static int load_amodel(seg_ctx *c, const char *gaz_path, char *err, size_t errlen)
{
    char path[4096];
    if (!beside(gaz_path, "agency-model.tsv", path, sizeof path))
        return 0;
    errno = 0;
    c->amodel = seg_amodel_load(path, err, errlen);
    if (!c->amodel && errno == ENOENT)
        return 0;
    return c->amodel ? 0 : -1;
}

/* The verb/noun lexicon wordclass.tsv beside the gazetteer: optional, as
 * the agency model is; malformed is an error. 0, or -1 with err. */
static int load_wordclass(seg_ctx *c, const char *gaz_path, char *err, size_t errlen)
{
    char path[4096];
    if (!beside(gaz_path, "wordclass.tsv", path, sizeof path))
        return 0;
    errno = 0;
    c->wc = seg_wc_load(path, err, errlen);
    if (!c->wc && errno == ENOENT)
        return 0;
    return c->wc ? 0 : -1;
}

seg_ctx *seg_create_from_file(const char *path, char *err, size_t errlen)
{
    seg_ctx *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    c->gaz = seg_gaz_load(path, err, errlen);
    if (!c->gaz || load_amodel(c, path, err, errlen) < 0 || load_wordclass(c, path, err, errlen) < 0) {
        seg_destroy(c);
        return NULL;
    }
    return c;
}

seg_ctx *seg_create(const char *langdir, char *err, size_t errlen)
{
    const char *dirs[3] = {langdir ? langdir : getenv("SOHOA_LANGDIR"), SOHOA_LANGDIR_INSTALLED,
                           SOHOA_LANGDIR_SOURCE};
    char path[4096];
    for (int i = 0; i < 3; i++) {
        if (!dirs[i] || !*dirs[i])
            continue;
        snprintf(path, sizeof path, "%s/agencies.tsv", dirs[i]);
        FILE *f = fopen(path, "r");
        if (!f) {
            if (langdir && i == 0)
                break;
            continue;
        }
        fclose(f);
        return seg_create_from_file(path, err, errlen);
    }
    snprintf(err, errlen, "agencies.tsv not found (set SOHOA_LANGDIR or install the language data)");
    return NULL;
}

void seg_destroy(seg_ctx *ctx)
{
    if (!ctx)
        return;
    seg_gaz_free(ctx->gaz);
    seg_amodel_free(ctx->amodel);
    seg_wc_free(ctx->wc);
    free(ctx);
}

static void free_section(seg_section *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_children; i++)
        free_section(s->children[i]);
    free(s->children);
    free(s->label);
    free(s->title);
    free(s->id);
    free(s);
}

static void agency_clear(seg_agency *a)
{
    free(a->name); free(a->successor); free(a->as_written); free(a->abbreviation); free(a->kind);
    for (size_t k = 0; k < a->n_roles; k++)
        free(a->roles[k]);
    free(a->roles);
    for (size_t k = 0; k < a->n_tasks; k++) {
        seg_task_release(&a->tasks[k]);
    }
    free(a->tasks);
}

/* Entries are dropped after they are built (an issuer named as an agency,
 * the learned model's verdict): the one place that knows what an entry
 * owns frees it. */
void seg_agency_drop(seg_result *r, size_t i)
{
    agency_clear(&r->agencies[i]);
    memmove(&r->agencies[i], &r->agencies[i + 1], (r->n_agencies - i - 1) * sizeof r->agencies[0]);
    r->n_agencies--;
}

void seg_target_clear(seg_target *t)
{
    free(t->id); free(t->area); free(t->text);
    for (size_t k = 0; k < t->n_metrics; k++) {
        free(t->metrics[k].unit);
        free(t->metrics[k].qualifier);
        free(t->metrics[k].as_written);
    }
    free(t->metrics);
    memset(t, 0, sizeof *t);
}

void seg_result_free(seg_result *r)
{
    if (!r)
        return;
    seg_metadata *m = &r->metadata;
    free(m->issuer); free(m->issuer_full); free(m->parent_body); free(m->doc_type);
    free(m->doc_type_code); free(m->number); free(m->date); free(m->place); free(m->title);
    free(m->signer); free(m->signer_title); free(m->province); free(m->province_successor);
    for (size_t i = 0; i < m->n_recipients; i++)
        free(m->recipients[i]);
    free(m->recipients);
    for (size_t i = 0; i < r->n_sections; i++)
        free_section(r->sections[i]);
    free(r->sections);
    for (size_t i = 0; i < r->n_targets; i++)
        seg_target_clear(&r->targets[i]);
    free(r->targets);
    for (size_t i = 0; i < r->n_agencies; i++)
        agency_clear(&r->agencies[i]);
    free(r->agencies);
    free(r);
}

/* The flat section list into the public tree. */
static int build_tree(seg_doc *d, seg_result *r)
{
    seg_section **all = calloc(d->nsecs + 1, sizeof *all);
    if (!all)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < d->nsecs; i++) {
        seg_sec *s = &d->secs[i];
        seg_section *o = calloc(1, sizeof *o);
        if (!o) {
            rc = -1;
            break;
        }
        all[i] = o;
        o->label = s->label; s->label = NULL;
        o->title = s->title; s->title = NULL;
        o->id = seg_strdup(s->id);
        o->level = s->level;
        o->page = s->page;
        o->start = s->start;
        o->end = s->end;
        seg_section ***list;
        size_t *count;
        if (s->parent >= 0) {
            list = &all[s->parent]->children;
            count = &all[s->parent]->n_children;
        } else {
            list = &r->sections;
            count = &r->n_sections;
        }
        seg_section **q = realloc(*list, (*count + 1) * sizeof *q);
        if (!q) {
            free_section(o);
            all[i] = NULL;
            rc = -1;
            break;
        }
        *list = q;
        (*list)[(*count)++] = o;
    }
    free(all);
    return rc;
}

/* The passes; dump: the agency model's candidates go there, and the
 * model is not used. */
static seg_result *run(const seg_ctx *ctx, const char *text, size_t len, FILE *dump, const char *doc)
{
    seg_result *r = calloc(1, sizeof *r);
    seg_doc d;
    memset(&d, 0, sizeof d);
    if (!r)
        return NULL;
    d.text = text;
    d.len = len;
    d.wc = ctx->wc;
    d.fold = malloc(len + 1);
    d.cpos = malloc((len + 1) * sizeof *d.cpos);
    if (!d.fold || !d.cpos)
        d.oom = 1;
    if (!d.oom) {
        d.nchar = seg_fold(text, len, d.fold, d.cpos);
        if (seg_split_lines(&d) < 0)
            d.oom = 1;
    }
    if (!d.oom)
        seg_header(&d, r, ctx->gaz);
    if (!d.oom)
        seg_tables(&d, ctx->gaz);
    if (!d.oom && seg_reflow(&d) < 0)
        d.oom = 1;
    if (!d.oom)
        seg_sections(&d);
    if (!d.oom)
        seg_targets(&d, r);
    if (!d.oom)
        seg_landuse(&d, r);
    if (!d.oom)
        seg_agencies(&d, r, ctx->gaz, ctx->amodel, dump, doc);
    if (!d.oom)
        seg_task_deadlines(r);
    if (!d.oom && build_tree(&d, r) < 0)
        d.oom = 1;
    for (size_t i = 0; i < d.nparas; i++)
        seg_para_free(&d.paras[i]);
    free(d.paras);
    for (size_t i = 0; i < d.nsecs; i++) {
        free(d.secs[i].label);
        free(d.secs[i].title);
        free(d.secs[i].id);
    }
    free(d.secs);
    free(d.lines);
    free(d.trows);
    free(d.fold);
    free(d.cpos);
    if (d.oom) {
        seg_result_free(r);
        return NULL;
    }
    return r;
}

seg_result *seg_run(const seg_ctx *ctx, const char *text, size_t len)
{
    return run(ctx, text, len, NULL, NULL);
}

int seg_candidates(const seg_ctx *ctx, const char *text, size_t len, const char *doc, FILE *out)
{
    seg_result *r = run(ctx, text, len, out, doc);
    seg_result_free(r);
    return r ? 0 : -1;
}
