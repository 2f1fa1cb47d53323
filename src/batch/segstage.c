/* Segmentation results into the catalogue and the batch-wide CSV files. */
#include "batch/segstage.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/atomicfile.h"
#include "common/json.h"
#include "common/sbuf.h"

/* A CSV writer of the segment library into a string. */
static char *csv_rows(const seg_result *r, const char *doc, int agencies)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    int rc = agencies ? seg_csv_agencies(r, doc, f) : seg_csv_targets(r, doc, f);
    if (fclose(f) != 0 || rc != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static char *join(char **v, size_t n, const char *sep)
{
    sbuf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_puts(&b, sep);
        sb_puts(&b, v[i] ? v[i] : "");
    }
    sb_putc(&b, 0);
    return sb_take(&b, NULL);
}

int segstage_store(catalog *c, int64_t id, const seg_result *r, const char *doc, char *err,
                   size_t errlen)
{
    json_writer w;
    json_init(&w, 0);
    seg_write_json(r, &w);
    char *js = json_ok(&w) ? json_take(&w, NULL) : NULL;
    json_free(&w);
    char *tcsv = csv_rows(r, doc, 0), *acsv = csv_rows(r, doc, 1);
    catalog_target *t = calloc(r->n_targets + 1, sizeof *t);
    catalog_agency *a = calloc(r->n_agencies + 1, sizeof *a);
    char **metrics = calloc(r->n_targets + 1, sizeof *metrics);
    char **roles = calloc(r->n_agencies + 1, sizeof *roles);
    int rc = -1;
    if (!js || !tcsv || !acsv || !t || !a || !metrics || !roles) {
        snprintf(err, errlen, "segmentation: out of memory");
        goto done;
    }
    for (size_t i = 0; i < r->n_targets; i++) {
        const seg_target *s = &r->targets[i];
        char *mw[s->n_metrics + 1];
        for (size_t k = 0; k < s->n_metrics; k++)
            mw[k] = s->metrics[k].as_written;
        metrics[i] = join(mw, s->n_metrics, "; ");
        t[i] = (catalog_target){
            .id = s->id, .area = s->area, .text = s->text, .metrics = metrics[i],
            .deadline = s->deadline, .period_from = s->period_from, .period_to = s->period_to,
            .page = s->page, .start = s->start, .end = s->end,
        };
    }
    for (size_t i = 0; i < r->n_agencies; i++) {
        const seg_agency *s = &r->agencies[i];
        roles[i] = join(s->roles, s->n_roles, "; ");
        a[i] = (catalog_agency){
            .name = s->name, .successor = s->successor, .as_written = s->as_written,
            .role = s->role, .roles = roles[i], .tasks = (int)s->n_tasks, .page = s->page,
        };
    }
    catalog_segment cs = {
        .json = js, .targets_csv = tcsv, .agencies_csv = acsv,
        .targets = t, .ntargets = r->n_targets, .agencies = a, .nagencies = r->n_agencies,
    };
    rc = catalog_segment_put(c, id, &cs);
    if (rc != 0)
        snprintf(err, errlen, "catalogue: %s", catalog_error(c));
done:
    for (size_t i = 0; metrics && i < r->n_targets; i++)
        free(metrics[i]);
    for (size_t i = 0; roles && i < r->n_agencies; i++)
        free(roles[i]);
    free(metrics);
    free(roles);
    free(t);
    free(a);
    free(js);
    free(tcsv);
    free(acsv);
    return rc;
}

static void put_rows(void *user, const char *rows)
{
    fputs(rows, user);
}

static int write_one(catalog *c, const char *outdir, const char *name, int agencies, int bom,
                     char *err, size_t errlen)
{
    size_t n = strlen(outdir) + strlen(name) + 2;
    char path[n];
    snprintf(path, n, "%s/%s", outdir, name);
    atomic_file af;
    if (atomic_open(&af, path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (bom)
        fputs("\xEF\xBB\xBF", af.fp);
    int rc = agencies ? seg_csv_agencies_header(af.fp) : seg_csv_targets_header(af.fp);
    if (rc == 0 && catalog_csv_rows(c, agencies, put_rows, af.fp) != 0) {
        snprintf(err, errlen, "%s: catalogue: %s", path, catalog_error(c));
        atomic_abort(&af);
        return -1;
    }
    if (rc != 0) {
        snprintf(err, errlen, "%s: write failed", path);
        atomic_abort(&af);
        return -1;
    }
    if (atomic_commit(&af) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

int segstage_write_csv(catalog *c, const char *outdir, int bom, char *err, size_t errlen)
{
    if (write_one(c, outdir, "targets.csv", 0, bom, err, errlen) != 0)
        return -1;
    return write_one(c, outdir, "agencies.csv", 1, bom, err, errlen);
}

/* ---- metadata a person corrected (sohoa review) ----------------------- */

static const struct {
    const char *name;
    size_t off;
} meta_fields[] = {
    {"issuer", offsetof(seg_metadata, issuer)},
    {"issuer_full", offsetof(seg_metadata, issuer_full)},
    {"doc_type", offsetof(seg_metadata, doc_type)},
    {"number", offsetof(seg_metadata, number)},
    {"date", offsetof(seg_metadata, date)},
    {"place", offsetof(seg_metadata, place)},
    {"title", offsetof(seg_metadata, title)},
    {"signer", offsetof(seg_metadata, signer)},
    {"signer_title", offsetof(seg_metadata, signer_title)},
};

int segstage_meta_field(const char *name)
{
    for (size_t i = 0; name && i < sizeof meta_fields / sizeof meta_fields[0]; i++)
        if (!strcmp(meta_fields[i].name, name))
            return (int)i;
    return -1;
}

static void override(void *user, const char *field, const char *value)
{
    seg_result *r = user;
    int k = segstage_meta_field(field);
    if (k < 0)
        return;
    char **slot = (char **)((char *)&r->metadata + meta_fields[k].off);
    char *v = value && *value ? strdup(value) : NULL;
    if (value && *value && !v)
        return;  /* out of memory: the segmentation's own value stays */
    free(*slot);
    *slot = v;
}

int segstage_apply_corrections(catalog *c, int64_t id, seg_result *r)
{
    return catalog_metadata_overrides(c, id, override, r);
}

void segstage_doc_info(const seg_result *r, archive_doc_info *info)
{
    if (!r)
        return;
    info->title = r->metadata.title;
    info->creator = r->metadata.issuer;
    info->issued = r->metadata.date;
    info->identifier = r->metadata.number;
}
