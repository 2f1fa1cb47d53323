/*
 * Unit tests of the learned second opinion on agencies
 * (src/segment/agency_model.c): the weights file read and scored, the
 * features of the candidates of a sentence, and a model's drop use through
 * a language directory that holds one.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "segment/segment.h"
#include "../check.h"
#include "segtest.h"

#define HEAD "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 3 tháng 11 năm 2025\nKẾ HOẠCH\n" \
             "Triển khai công tác năm 2025\n"
#define FOOT "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Nam\n"
#define BODY "I. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành triển khai " \
             "Kế hoạch này.\n"

/* A weight table: the logistic of the sum of the weights of the features
 * it knows; thresholds and comments are no features. */
static void test_scoring(void)
{
    char err[200];
    seg_amodel *m = seg_amodel_parse("# a comment\n@add\t0.9\n@drop\t0.2\nbias\t0.5\nh1=so\t1.5\ncoll\t-3\n", err,
                                     sizeof err);
    CHECK(m != NULL, "%s", err);
    if (!m)
        return;
    CHECK(fabs(seg_amodel_score(m, "bias h1=so unknown") - 1 / (1 + exp(-2.0))) < 1e-12);
    CHECK(fabs(seg_amodel_score(m, "bias coll") - 1 / (1 + exp(2.5))) < 1e-12);
    CHECK(fabs(seg_amodel_score(m, "") - 0.5) < 1e-12, "no feature known: even odds");
    CHECK(fabs(seg_amodel_score(m, "@add") - 0.5) < 1e-12, "a threshold is no weight");
    seg_amodel_free(m);
    CHECK(seg_amodel_parse("bias 0.5\n", err, sizeof err) == NULL, "a line without its tab");
    CHECK(seg_amodel_parse("bias\tx\n", err, sizeof err) == NULL, "a weight that is no number");
}

/* The line of the candidate whose as-written column is aw, or NULL. */
static const char *cand_line(const char *dump, const char *aw, char *out, size_t n)
{
    for (const char *s = dump; *s;) {
        const char *e = strchr(s, '\n');
        size_t l = e ? (size_t)(e - s) : strlen(s);
        /* columns: doc, para, a, b, name, as written, ... */
        const char *c = s;
        for (int k = 0; k < 5 && c; k++) {
            c = memchr(c, '\t', l - (size_t)(c - s));
            c = c ? c + 1 : NULL;
        }
        if (c && !strncmp(c, aw, strlen(aw)) && c[strlen(aw)] == '\t' && l < n) {
            memcpy(out, s, l);
            out[l] = 0;
            return out;
        }
        s = e ? e + 1 : s + l;
    }
    return NULL;
}

/* The features of a sentence's candidates: the slot (after "Giao", after
 * "phối hợp với"), the head, the group's marks, the section, the rules'
 * verdict. */
static void test_features(seg_ctx *ctx)
{
    const char *text = HEAD BODY FOOT;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK(f && seg_candidates(ctx, text, strlen(text), "t", f) == 0);
    if (!f)
        return;
    fclose(f);
    char line[2048];
    const char *so = cand_line(buf, "Sở Tài chính", line, sizeof line);
    CHECK(so != NULL, "%s", buf);
    if (so) {
        CHECK(!strncmp(so, "t\t", 2), "%s", so);
        CHECK(strstr(so, " b1=giao ") && strstr(so, " h1=so h2=so_tai h3=so_tai_chinh ") &&
                  strstr(so, " a1=chu a2=chu_tri ") && strstr(so, " impl") && strstr(so, " r=chủ_trì") &&
                  strstr(so, " rf=1 ") && strstr(so, " mk=arabic") && strstr(so, " upper"),
              "%s", so);
    }
    const char *g = cand_line(buf, "các sở, ban, ngành", line, sizeof line);
    CHECK(g != NULL, "%s", buf);
    if (g)
        CHECK(strstr(g, " coll ") && strstr(g, " q=cac ") && strstr(g, " comma") && strstr(g, " lower") &&
                  strstr(g, " b3=phoi_hop_voi ") && strstr(g, " afterprep") && strstr(g, " r=phối_hợp") &&
                  strstr(g, " a1=trien "),
              "%s", g);
    free(buf);
}

/* A language directory with a model: a group every mention of which it
 * scores under @drop goes; a malformed model is an error, not ignored. */
static void test_drop_use(void)
{
    const char *lang = getenv("SOHOA_LANGDIR");
    char dir[] = "/tmp/test-amodel-XXXXXX", src[4096], dst[4200];
    CHECK(lang && mkdtemp(dir));
    if (!lang)
        return;
    snprintf(src, sizeof src, "%s/agencies.tsv", lang);
    snprintf(dst, sizeof dst, "%s/agencies.tsv", dir);
    CHECK(symlink(src, dst) == 0);
    snprintf(dst, sizeof dst, "%s/agency-model.tsv", dir);
    FILE *f = fopen(dst, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("@drop\t0.5\nbias\t2\ncoll\t-5\n", f);
    fclose(f);
    char err[300];
    seg_ctx *ctx = seg_create(dir, err, sizeof err);
    CHECK(ctx != NULL, "%s", err);
    if (ctx) {
        seg_result *r = run(ctx, HEAD BODY FOOT);
        int so = 0, group = 0;
        for (size_t i = 0; i < r->n_agencies; i++) {
            so += !strcmp(r->agencies[i].name, "Sở Tài chính");
            group += r->agencies[i].collective;
        }
        CHECK(so == 1 && group == 0, "the body stays, the group goes (%d, %d)", so, group);
        seg_result_free(r);
        seg_destroy(ctx);
    }
    f = fopen(dst, "w");
    if (f) {
        fputs("bias 2\n", f);
        fclose(f);
    }
    ctx = seg_create(dir, err, sizeof err);
    CHECK(ctx == NULL && strstr(err, "agency-model.tsv"), "%s", err);
    seg_destroy(ctx);
    unlink(dst);
    snprintf(dst, sizeof dst, "%s/agencies.tsv", dir);
    unlink(dst);
    rmdir(dir);
}

int main(void)
{
    seg_ctx *ctx = test_ctx();
    test_scoring();
    test_features(ctx);
    test_drop_use();
    /* without the model the group stays: the rules alone */
    seg_result *r = run(ctx, HEAD BODY FOOT);
    int group = 0;
    for (size_t i = 0; i < r->n_agencies; i++)
        group += r->agencies[i].collective;
    CHECK(group == 1, "rules alone: one group (%d)", group);
    seg_result_free(r);
    seg_destroy(ctx);
    return check_report("agency model unit tests");
}
