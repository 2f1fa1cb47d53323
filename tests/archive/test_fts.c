/*
 * The search index on real SQLite: words with and without marks, đ/Đ and
 * OCR's Ð, codes as written, what is not there, highlight offsets, and a
 * catalogue whose pages predate the index.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive/fts.h"
#include "../check.h"

typedef struct {
    char got[2048];     /* "doc:page;" per hit */
    char snip[4096];
} hits;

static int on_hit(void *user, const fts_hit *h)
{
    hits *r = user;
    size_t n = strlen(r->got);
    snprintf(r->got + n, sizeof r->got - n, "%s:%d;", h->document, h->page);
    n = strlen(r->snip);
    snprintf(r->snip + n, sizeof r->snip - n, "%s|", h->snippet);
    return 0;
}

static void search(sqlite3 *db, const char *q, hits *r)
{
    char err[256] = "";
    memset(r, 0, sizeof *r);
    int n = fts_search(db, q, 0, "[", "]", on_hit, r, err, sizeof err);
    CHECK(n >= 0, "search '%s' failed: %s", q, err);
}

/* Pages, one per word set; document names say what each holds. */
static const struct {
    const char *doc;
    int page;
    const char *text;
} pages[] = {
    {"dongbo.pdf", 0, "Triển khai đồng bộ các giải pháp cải cách hành chính."},
    {"donganh.pdf", 0, "Huyện Đông Anh, thành phố Hà Nội."},
    {"dongplain.pdf", 0, "Dong chu khong dau: dong."},
    {"ocr-eth.pdf", 1, "QÐ số 12 về Ðiều chỉnh quy hoạch Đà Nẵng."},
    {"nq76.pdf", 2, "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ."},
    {"upper.pdf", 0, "ĐỒNG CHÍ CHỦ TỊCH ỦY BAN NHÂN DÂN"},
};

int main(void)
{
    sqlite3 *db = NULL;
    char err[256] = "";
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 1;
    CHECK(fts_register(db, err, sizeof err) == 0, "register: %s", err);
    /* A catalogue with pages stored before the index existed. */
    sqlite3_exec(db,
                 "CREATE TABLE inputs(id INTEGER PRIMARY KEY, path TEXT, given TEXT);"
                 "CREATE TABLE pages(input_id INTEGER, page INTEGER, status TEXT, text TEXT,"
                 " PRIMARY KEY(input_id, page));",
                 NULL, NULL, NULL);
    size_t np = sizeof pages / sizeof pages[0];
    for (size_t i = 0; i < np; i++) {
        char *sql = sqlite3_mprintf("INSERT INTO inputs VALUES(%d, '/abs/%q', '%q')", (int)i + 1,
                                    pages[i].doc, pages[i].doc);
        sqlite3_exec(db, sql, NULL, NULL, NULL);
        sqlite3_free(sql);
    }
    /* The first page only in `pages` (backfilled by fts_create; the
     * catalogue numbers pages from 1), and a failed page that must not be. */
    char *sql = sqlite3_mprintf("INSERT INTO pages VALUES(1, 1, 'done', '%q')", pages[0].text);
    sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_free(sql);
    sqlite3_exec(db, "INSERT INTO pages VALUES(1, 2, 'failed', 'dong dong dong')", NULL, NULL, NULL);
    CHECK(fts_create(db, err, sizeof err) == 0, "create: %s", err);
    CHECK(fts_create(db, err, sizeof err) == 0, "create twice: %s", err);
    for (size_t i = 1; i < np; i++)
        CHECK(fts_index_page(db, (int64_t)i + 1, pages[i].page, pages[i].text, err, sizeof err) == 0,
              "index: %s", err);
    /* Indexing again replaces, never duplicates. */
    CHECK(fts_index_page(db, 2, 0, pages[1].text, err, sizeof err) == 0, "reindex: %s", err);

    static const struct {
        const char *q, *want;
    } cases[] = {
        /* Without marks: every spelling, đ included. */
        {"dong", "dongbo.pdf:1;donganh.pdf:1;dongplain.pdf:1;upper.pdf:1;"},
        {"Dong Anh", "donganh.pdf:1;"},
        {"cai cach hanh chinh", "dongbo.pdf:1;"},
        {"dieu chinh", "ocr-eth.pdf:2;"},
        {"qd", "ocr-eth.pdf:2;"},
        {"da nang", "ocr-eth.pdf:2;"},
        {"uy ban nhan dan", "upper.pdf:1;"},
        /* With marks: that spelling only (case aside). */
        {"đồng", "dongbo.pdf:1;upper.pdf:1;"},
        {"Đông", "donganh.pdf:1;"},
        {"đông anh", "donganh.pdf:1;"},
        {"Điều", "ocr-eth.pdf:2;"},
        {"QĐ", "ocr-eth.pdf:2;"},
        {"cải cách", "dongbo.pdf:1;"},
        {"cái", ""},
        /* Codes as written. */
        {"76/NQ-CP", "nq76.pdf:3;"},
        {"76/nq-cp", "nq76.pdf:3;"},
        {"77/NQ-CP", ""},
        {"NQ-CP 76", "nq76.pdf:3;"},
        /* Not there. */
        {"ngân sách", ""},
        {"xyz", ""},
        {"\"", ""},
        {"-- ,", ""},
        {"", ""},
    };
    hits r;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        search(db, cases[i].q, &r);
        /* Order among equal hits is by bm25 then rowid; compare as sets
         * by sorting is overkill here: the expected lists are in rowid
         * order, so check membership and count. */
        int want_n = 0, got_n = 0;
        for (const char *p = cases[i].want; *p; p++)
            want_n += *p == ';';
        for (const char *p = r.got; *p; p++)
            got_n += *p == ';';
        int ok = want_n == got_n;
        char item[128];
        for (const char *p = cases[i].want; ok && *p;) {
            const char *e = strchr(p, ';');
            snprintf(item, sizeof item, "%.*s", (int)(e - p + 1), p);
            ok = strstr(r.got, item) != NULL;
            p = e + 1;
        }
        CHECK(ok, "search '%s': want '%s', got '%s'", cases[i].q, cases[i].want, r.got);
    }

    /* Snippets mark the words as written. */
    search(db, "dong anh", &r);
    CHECK(strstr(r.snip, "[Đông] [Anh]") != NULL, "snippet: %s", r.snip);
    search(db, "76/NQ-CP", &r);
    CHECK(strstr(r.snip, "[76/NQ-CP]") != NULL, "snippet: %s", r.snip);
    search(db, "qd", &r);
    CHECK(strstr(r.snip, "[QÐ]") != NULL, "snippet: %s", r.snip);

    /* Best first: the page that says it twice ranks above the others. */
    search(db, "dong", &r);
    CHECK(!strncmp(r.got, "dongplain.pdf:1;", 16), "rank: %s", r.got);

    /* Limit, and forgetting an input. */
    memset(&r, 0, sizeof r);
    CHECK(fts_search(db, "dong", 2, "[", "]", on_hit, &r, err, sizeof err) == 2, "limit");
    CHECK(fts_forget_input(db, 2, err, sizeof err) == 0, "forget: %s", err);
    search(db, "Đông", &r);
    CHECK(!r.got[0], "forgotten input still found: %s", r.got);

    /* Query expressions: quoted words, quotes doubled, punctuation dropped. */
    char *e = fts_query_expr("  76/NQ-CP  \"x\" , ");
    CHECK(e && !strcmp(e, "\"76/NQ-CP\" AND \"\"\"x\"\"\""), "expr: %s", e ? e : "(null)");
    free(e);

    sqlite3_close(db);
    return check_report("fts");
}
