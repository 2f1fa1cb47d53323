/*
 * output.c: a segmentation result as JSON (docs/segment.schema.json), as
 * TT 05/2025/TT-BNV EAD_doc fields (JSON object or XML), and as CSV rows.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/seg_internal.h"

static void key_str(json_writer *w, const char *k, const char *v)
{
    json_key(w, k);
    json_string(w, v);
}

static void key_int0(json_writer *w, const char *k, int v)
{
    json_key(w, k);
    if (v)
        json_int(w, v);
    else
        json_null(w);
}

static void write_section(json_writer *w, const seg_section *s)
{
    json_begin_object(w);
    key_str(w, "label", s->label);
    key_str(w, "title", s->title);
    key_str(w, "id", s->id);
    json_key(w, "level"); json_int(w, s->level);
    json_key(w, "page"); json_int(w, s->page);
    json_key(w, "start"); json_int(w, (int64_t)s->start);
    json_key(w, "end"); json_int(w, (int64_t)s->end);
    json_key(w, "children");
    json_begin_array(w);
    for (size_t i = 0; i < s->n_children; i++)
        write_section(w, s->children[i]);
    json_end_array(w);
    json_end_object(w);
}

/* "04/CTr-UBND" -> number "04", notation "CTr-UBND" */
static void split_number(const char *num, char *no, size_t nol, const char *(*notation))
{
    no[0] = 0;
    *notation = NULL;
    if (!num)
        return;
    const char *slash = strchr(num, '/');
    if (!slash) {
        *notation = num;
        return;
    }
    size_t k = (size_t)(slash - num);
    if (k >= nol)
        k = nol - 1;
    memcpy(no, num, k);
    no[k] = 0;
    *notation = slash[1] ? slash + 1 : NULL;
}

void seg_write_archival(const seg_result *r, json_writer *w)
{
    const seg_metadata *m = &r->metadata;
    char no[32], date[16];
    const char *notation;
    split_number(m->number, no, sizeof no, &notation);
    json_begin_object(w);
    key_str(w, "typeName", m->doc_type ? seg_ead_type_code(m->doc_type) : NULL);
    key_str(w, "codeNumber", no[0] ? no : NULL);
    key_str(w, "codeNotation", notation);
    if (m->date && strlen(m->date) == 10) {
        snprintf(date, sizeof date, "%.2s/%.2s/%.4s", m->date + 8, m->date + 5, m->date);
        key_str(w, "issuedDate", date);
    } else {
        key_str(w, "issuedDate", NULL);
    }
    key_str(w, "organName", m->issuer_full);
    key_str(w, "subject", m->title);
    key_str(w, "inforSign", NULL);
    json_key(w, "numberOfPage"); json_int(w, m->pages);
    key_str(w, "language", "01");
    json_end_object(w);
}

void seg_write_json(const seg_result *r, json_writer *w)
{
    json_begin_object(w);
    seg_write_fields(r, w);
    json_end_object(w);
}

static void write_metadata(json_writer *w, const seg_metadata *m)
{
    json_begin_object(w);
    key_str(w, "issuer", m->issuer);
    key_str(w, "issuer_full", m->issuer_full);
    key_str(w, "parent_body", m->parent_body);
    key_str(w, "doc_type", m->doc_type);
    key_str(w, "doc_type_code", m->doc_type_code);
    key_str(w, "number", m->number);
    key_str(w, "date", m->date);
    key_str(w, "place", m->place);
    key_str(w, "title", m->title);
    key_str(w, "signer", m->signer);
    key_str(w, "signer_title", m->signer_title);
    key_str(w, "province", m->province);
    key_str(w, "province_successor", m->province_successor);
    json_key(w, "recipients");
    json_begin_array(w);
    for (size_t i = 0; i < m->n_recipients; i++)
        json_string(w, m->recipients[i]);
    json_end_array(w);
    json_key(w, "pages"); json_int(w, m->pages);
    json_end_object(w);
}

static void write_metric(json_writer *w, const seg_metric *mt)
{
    json_begin_object(w);
    json_key(w, "value");
    /* whole numbers as integers: json_number's shortest form of 100 is 1e+02 */
    if (mt->value == (double)(int64_t)mt->value && fabs(mt->value) < 1e15)
        json_int(w, (int64_t)mt->value);
    else
        json_number(w, mt->value);
    key_str(w, "unit", mt->unit);
    key_str(w, "qualifier", mt->qualifier);
    key_str(w, "as_written", mt->as_written);
    json_end_object(w);
}

static void write_target(json_writer *w, const seg_target *t)
{
    json_begin_object(w);
    key_str(w, "id", t->id);
    key_str(w, "area", t->area);
    key_str(w, "text", t->text);
    key_int0(w, "deadline", t->deadline);
    json_key(w, "period");
    if (t->period_from) {
        json_begin_array(w);
        json_int(w, t->period_from);
        json_int(w, t->period_to);
        json_end_array(w);
    } else {
        json_null(w);
    }
    json_key(w, "metrics");
    json_begin_array(w);
    for (size_t k = 0; k < t->n_metrics; k++)
        write_metric(w, &t->metrics[k]);
    json_end_array(w);
    json_key(w, "page"); json_int(w, t->page);
    json_key(w, "start"); json_int(w, (int64_t)t->start);
    json_key(w, "end"); json_int(w, (int64_t)t->end);
    json_end_object(w);
}

static void write_task(json_writer *w, const seg_task *t)
{
    json_begin_object(w);
    key_str(w, "text", t->text);
    key_str(w, "section", t->section);
    key_str(w, "role", t->role);
    json_key(w, "deadline");
    if (t->deadline)
        json_int(w, t->deadline);
    else
        json_null(w);
    key_str(w, "deadline_text", t->deadline_text);
    json_key(w, "page"); json_int(w, t->page);
    json_key(w, "start"); json_int(w, (int64_t)t->start);
    json_key(w, "end"); json_int(w, (int64_t)t->end);
    json_end_object(w);
}

static void write_agency(json_writer *w, const seg_agency *a)
{
    json_begin_object(w);
    key_str(w, "name", a->name);
    key_str(w, "successor", a->successor);
    key_str(w, "as_written", a->as_written);
    key_str(w, "role", a->role);
    json_key(w, "roles");
    json_begin_array(w);
    for (size_t k = 0; k < a->n_roles; k++)
        json_string(w, a->roles[k]);
    json_end_array(w);
    key_str(w, "abbreviation", a->abbreviation);
    key_str(w, "kind", a->kind);
    json_key(w, "valid_at_date");
    if (a->valid_at_date < 0)
        json_null(w);
    else
        json_bool(w, a->valid_at_date);
    json_key(w, "collective");
    json_bool(w, a->collective);
    json_key(w, "linked");
    json_bool(w, a->linked);
    json_key(w, "tasks");
    json_begin_array(w);
    for (size_t k = 0; k < a->n_tasks; k++)
        write_task(w, &a->tasks[k]);
    json_end_array(w);
    json_key(w, "page"); json_int(w, a->page);
    json_end_object(w);
}

void seg_write_fields(const seg_result *r, json_writer *w)
{
    json_key(w, "metadata");
    write_metadata(w, &r->metadata);

    json_key(w, "sections");
    json_begin_array(w);
    for (size_t i = 0; i < r->n_sections; i++)
        write_section(w, r->sections[i]);
    json_end_array(w);

    json_key(w, "targets");
    json_begin_array(w);
    for (size_t i = 0; i < r->n_targets; i++)
        write_target(w, &r->targets[i]);
    json_end_array(w);

    json_key(w, "agencies");
    json_begin_array(w);
    for (size_t i = 0; i < r->n_agencies; i++)
        write_agency(w, &r->agencies[i]);
    json_end_array(w);

    json_key(w, "archival");
    seg_write_archival(r, w);
}

static void xml_text(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

static void xml_el(FILE *f, const char *name, const char *v)
{
    fprintf(f, "  <%s>", name);
    xml_text(f, v);
    fprintf(f, "</%s>\n", name);
}

int seg_write_ead(const seg_result *r, FILE *f)
{
    const seg_metadata *m = &r->metadata;
    char no[32], date[16] = "", pages[16];
    const char *notation;
    split_number(m->number, no, sizeof no, &notation);
    if (m->date && strlen(m->date) == 10)
        snprintf(date, sizeof date, "%.2s/%.2s/%.4s", m->date + 8, m->date + 5, m->date);
    snprintf(pages, sizeof pages, "%d", m->pages);
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<simpledc>\n", f);
    xml_el(f, "typeName", m->doc_type ? seg_ead_type_code(m->doc_type) : "");
    xml_el(f, "codeNumber", no);
    xml_el(f, "codeNotation", notation ? notation : "");
    xml_el(f, "issuedDate", date);
    xml_el(f, "organName", m->issuer_full ? m->issuer_full : "");
    xml_el(f, "subject", m->title ? m->title : "");
    xml_el(f, "language", "01");
    xml_el(f, "numberOfPage", pages);
    xml_el(f, "inforSign", "");
    xml_el(f, "confidenceLevel", "02");
    fputs("</simpledc>\n", f);
    return ferror(f) ? -1 : 0;
}

static void csv_field(FILE *f, const char *s, int last)
{
    if (s) {
        int quote = strpbrk(s, ",\"\n\r") != NULL;
        if (quote)
            fputc('"', f);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', f);
            fputc(*s, f);
        }
        if (quote)
            fputc('"', f);
    }
    fputs(last ? "\r\n" : ",", f);
}

/* A whole number as a field; with none, 0 leaves it empty (no deadline,
 * no period). */
static void csv_number(FILE *f, long long v, int none, int last)
{
    char num[32];
    snprintf(num, sizeof num, "%lld", v);
    csv_field(f, none && !v ? NULL : num, last);
}

int seg_csv_targets_header(FILE *f)
{
    fputs("doc,id,area,text,deadline,period_from,period_to,metrics,page,start,end\r\n", f);
    return ferror(f) ? -1 : 0;
}

int seg_csv_targets(const seg_result *r, const char *doc, FILE *f)
{
    for (size_t i = 0; i < r->n_targets; i++) {
        const seg_target *t = &r->targets[i];
        csv_field(f, doc, 0);
        csv_field(f, t->id, 0);
        csv_field(f, t->area, 0);
        csv_field(f, t->text, 0);
        csv_number(f, t->deadline, 1, 0);
        csv_number(f, t->period_from, 1, 0);
        csv_number(f, t->period_to, 1, 0);
        sbuf b = {0};
        for (size_t k = 0; k < t->n_metrics; k++) {
            if (k)
                sb_puts(&b, "; ");
            sb_puts(&b, t->metrics[k].as_written ? t->metrics[k].as_written : "");
        }
        char *ms = sb_take(&b, NULL);
        csv_field(f, ms, 0);
        free(ms);
        csv_number(f, t->page, 0, 0);
        csv_number(f, (long long)t->start, 0, 0);
        csv_number(f, (long long)t->end, 0, 1);
    }
    return ferror(f) ? -1 : 0;
}

int seg_csv_agencies_header(FILE *f)
{
    fputs("doc,name,successor,as_written,role,roles,tasks,page\r\n", f);
    return ferror(f) ? -1 : 0;
}

int seg_csv_agencies(const seg_result *r, const char *doc, FILE *f)
{
    for (size_t i = 0; i < r->n_agencies; i++) {
        const seg_agency *a = &r->agencies[i];
        csv_field(f, doc, 0);
        csv_field(f, a->name, 0);
        csv_field(f, a->successor, 0);
        csv_field(f, a->as_written, 0);
        csv_field(f, a->role, 0);
        sbuf b = {0};
        for (size_t k = 0; k < a->n_roles; k++) {
            if (k)
                sb_puts(&b, "; ");
            sb_puts(&b, a->roles[k]);
        }
        char *rs = sb_take(&b, NULL);
        csv_field(f, rs, 0);
        free(rs);
        csv_number(f, (long long)a->n_tasks, 0, 0);
        csv_number(f, a->page, 0, 1);
    }
    return ferror(f) ? -1 : 0;
}
