/* The shard manifest: balancing by pages, writing and reading it back,
 * rejecting malformed ones, and what a shard's run gets from it. */
#define _POSIX_C_SOURCE 200809L
#include "batch/manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static const char sha[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

static void add(manifest *m, const char *name, int pages, long size)
{
    char path[64], out[64];
    snprintf(path, sizeof path, "/data/%s.pdf", name);
    snprintf(out, sizeof out, "sub/%s", name);
    CHECK(manifest_add(m, path, path + 1, out, size, pages, sha) == 0);
}

static long spread(const manifest *m)
{
    long lo = -1, hi = 0;
    for (int s = 0; s < m->shards; s++) {
        long p = manifest_shard_pages(m, s);
        if (lo < 0 || p < lo)
            lo = p;
        if (p > hi)
            hi = p;
    }
    return hi - lo;
}

static void balance_tests(void)
{
    manifest m;
    memset(&m, 0, sizeof m);
    /* By pages, not files: one 10-page input against ten 1-page ones. */
    add(&m, "big", 10, 1000);
    for (int i = 0; i < 10; i++) {
        char n[8];
        snprintf(n, sizeof n, "p%d", i);
        add(&m, n, 1, 10);
    }
    CHECK(manifest_balance(&m, 2) == 0);
    CHECK(m.shards == 2);
    CHECK(manifest_shard_pages(&m, 0) == 10 && manifest_shard_pages(&m, 1) == 10);
    CHECK(m.e[0].shard == 0 && !strcmp(m.e[0].path, "/data/big.pdf"));
    /* Sorted by shard, walk order kept inside a shard. */
    for (size_t i = 1; i < m.n; i++) {
        CHECK(m.e[i - 1].shard <= m.e[i].shard);
        if (m.e[i - 1].shard == m.e[i].shard && i > 1)
            CHECK(strcmp(m.e[i - 1].path, m.e[i].path) < 0);
    }
    manifest_free(&m);

    /* Largest first into the lightest: 40 pages (ten 2-page, twenty 1-page
     * inputs) in 3 shards is 14/13/13, whatever the input order. */
    memset(&m, 0, sizeof m);
    for (int i = 0; i < 30; i++) {
        char n[8];
        snprintf(n, sizeof n, "f%02d", i);
        add(&m, n, i % 3 == 0 ? 2 : 1, 100 + i);
    }
    long total = 0;
    for (size_t i = 0; i < m.n; i++)
        total += m.e[i].pages;
    CHECK(total == 40);
    CHECK(manifest_balance(&m, 3) == 0);
    CHECK(manifest_shard_pages(&m, 0) == 14 && manifest_shard_pages(&m, 1) == 13 &&
          manifest_shard_pages(&m, 2) == 13);
    CHECK(spread(&m) <= 1);
    manifest_free(&m);

    /* An unreadable input (0 pages) still weighs one, so it lands somewhere
     * light; no shard is left empty when there are enough inputs. */
    memset(&m, 0, sizeof m);
    add(&m, "a", 3, 1);
    add(&m, "b", 0, -1);
    add(&m, "c", 0, -1);
    CHECK(manifest_balance(&m, 3) == 0);
    for (int s = 0; s < 3; s++) {
        int k = 0;
        for (size_t i = 0; i < m.n; i++)
            k += m.e[i].shard == s;
        CHECK(k == 1);
    }
    CHECK(manifest_balance(&m, 0) == -1);
    manifest_free(&m);
}

static int parse_text(manifest *m, const char *text, char *err, size_t errlen)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    memset(m, 0, sizeof *m);
    int rc = manifest_parse(m, f, "t.tsv", err, errlen);
    fclose(f);
    return rc;
}

static void roundtrip_tests(void)
{
    char dir[] = "/tmp/sohoa-manifest-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    manifest m;
    memset(&m, 0, sizeof m);
    CHECK(manifest_add(&m, "/data/with\ttab and\\slash.tif", "rel/with\ttab and\\slash.tif",
                       "with\ttab and\\slash", 123456789012LL, 7, sha) == 0);
    CHECK(manifest_add(&m, "/data/new\nline.png", "-", "x/new\nline", 5, 1, NULL) == 0);
    CHECK(manifest_balance(&m, 2) == 0);
    m.shards = 3;  /* shard 2 empty: still declared */
    char path[64], err[256];
    snprintf(path, sizeof path, "%s/%s", dir, MANIFEST_FILE);
    CHECK(manifest_write(&m, path, err, sizeof err) == 0);

    manifest r;
    memset(&r, 0, sizeof r);
    CHECK(manifest_load(&r, dir, err, sizeof err) == 0);
    CHECK(r.n == 2 && r.shards == 3);
    if (r.n == 2) {
        CHECK(!strcmp(r.e[0].path, "/data/with\ttab and\\slash.tif"));
        CHECK(!strcmp(r.e[0].given, "rel/with\ttab and\\slash.tif"));
        CHECK(!strcmp(r.e[0].output, "with\ttab and\\slash"));
        CHECK(r.e[0].size == 123456789012LL && r.e[0].pages == 7 && r.e[0].shard == 0);
        CHECK(!strcmp(r.e[0].sha256, sha));
        CHECK(!strcmp(r.e[1].path, "/data/new\nline.png") && r.e[1].shard == 1);
        CHECK(!strcmp(r.e[1].sha256, "-"));
    }

    /* What the run of shard 1 gets: outputs where a single run puts them. */
    walk_list l;
    memset(&l, 0, sizeof l);
    CHECK(manifest_shard_inputs(&r, 1, "/out/", &l) == 0);
    CHECK(l.n == 1);
    if (l.n == 1) {
        CHECK(!strcmp(l.items[0].outbase, "/out/x/new\nline"));
        CHECK(!strcmp(l.items[0].abspath, "/data/new\nline.png"));
        CHECK(!strcmp(l.items[0].path, "-"));
    }
    walk_free(&l);
    char *cat = NULL;
    memset(&l, 0, sizeof l);
    CHECK(manifest_run_shard(dir, "0", &l, &cat, err, sizeof err) == 0);
    CHECK(l.n == 1 && cat && strstr(cat, "/catalog-shard-0.sqlite"));
    walk_free(&l);
    free(cat);
    cat = NULL;
    CHECK(manifest_run_shard(dir, "3", &l, &cat, err, sizeof err) == -1);
    CHECK(strstr(err, "shards 0 to 2") != NULL);
    CHECK(manifest_run_shard(dir, "2", &l, &cat, err, sizeof err) == -2);  /* empty */
    free(cat);
    walk_free(&l);
    CHECK(manifest_run_shard("/nonexistent-sohoa", "0", &l, &cat, err, sizeof err) == -2);
    CHECK(strstr(err, "manifest.tsv") != NULL);
    manifest_free(&m);
    manifest_free(&r);
    unlink(path);
    rmdir(dir);

    char *c = manifest_shard_catalog("out", 12);
    CHECK(c && !strcmp(c, "out/catalog-shard-12.sqlite"));
    free(c);
}

static void parse_error_tests(void)
{
    manifest m;
    char err[256];
    const char *hdr = "shard\tpath\tsize\tpages\tsha256\toutput\tgiven\n";
    char buf[512];

    CHECK(parse_text(&m, "0\t/a\t1\t1\t-\ta\ta\n", err, sizeof err) == -1);
    CHECK(strstr(err, "t.tsv: line 1") != NULL);
    manifest_free(&m);

    snprintf(buf, sizeof buf, "%s0\t/a\t1\t1\t-\ta\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1 && strstr(err, "line 2: expected 7"));
    manifest_free(&m);

    snprintf(buf, sizeof buf, "%s0\t/a\t1\t1\t-\ta\ta\textra\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1 && strstr(err, "line 2: expected 7"));
    manifest_free(&m);

    snprintf(buf, sizeof buf, "# c\n%s0\trelative\t1\t1\t-\ta\ta\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1 && strstr(err, "line 3") &&
          strstr(err, "absolute"));
    manifest_free(&m);

    snprintf(buf, sizeof buf, "%s0\t/a\t1\tx\t-\ta\ta\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1 && strstr(err, "pages"));
    manifest_free(&m);

    snprintf(buf, sizeof buf, "%s0\t/a\t1\t1\tABCD\ta\ta\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1 && strstr(err, "sha256"));
    manifest_free(&m);

    snprintf(buf, sizeof buf, "%s0\t/a\\q\t1\t1\t-\ta\ta\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1);
    manifest_free(&m);

    snprintf(buf, sizeof buf, "# sohoa manifest shards=2\n%s2\t/a\t1\t1\t-\ta\ta\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == -1 && strstr(err, "shards=2"));
    manifest_free(&m);

    CHECK(parse_text(&m, "# only a comment\n", err, sizeof err) == -1 &&
          strstr(err, "no header"));
    manifest_free(&m);

    /* Without the count line, the shards are those named; CRLF is fine. */
    snprintf(buf, sizeof buf, "%s4\t/a\t1\t1\t-\ta\ta\r\n\n", hdr);
    CHECK(parse_text(&m, buf, err, sizeof err) == 0 && m.shards == 5 && m.n == 1);
    manifest_free(&m);
}

static void shard_arg_tests(void)
{
    int s = -1;
    char err[256];
    unsetenv("SLURM_ARRAY_TASK_ID");
    CHECK(manifest_shard_arg("7", &s, err, sizeof err) == 0 && s == 7);
    CHECK(manifest_shard_arg(NULL, &s, err, sizeof err) == -1 &&
          strstr(err, "SLURM_ARRAY_TASK_ID"));
    setenv("SLURM_ARRAY_TASK_ID", "2", 1);
    CHECK(manifest_shard_arg(NULL, &s, err, sizeof err) == 0 && s == 2);
    CHECK(manifest_shard_arg("5", &s, err, sizeof err) == 0 && s == 5);  /* the flag wins */
    setenv("SLURM_ARRAY_TASK_ID", "x1", 1);
    CHECK(manifest_shard_arg(NULL, &s, err, sizeof err) == -1 && strstr(err, "x1"));
    CHECK(manifest_shard_arg("-1", &s, err, sizeof err) == -1);
    unsetenv("SLURM_ARRAY_TASK_ID");
}

int main(void)
{
    balance_tests();
    roundtrip_tests();
    parse_error_tests();
    shard_arg_tests();
    return check_report("manifest");
}
