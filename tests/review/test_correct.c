/*
 * Corrections on a synthetic page in a real catalogue, no OCR (suite unit,
 * so it also runs under valgrind and the sanitizers): the page record read
 * back from its JSON writes the same JSON; a word and a line corrected
 * change the text in place, keep what OCR read, record the correction and
 * the reviewed mark, reindex the page and remake its parts (the PDF part
 * keeps its image bytes); a stale, invalid or unknown edit changes
 * nothing; OCR never overwrites a reviewed page, and forgetting an input
 * keeps it.
 */
#include <leptonica/allheaders.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive/archive.h"
#include "archive/pdfpart.h"
#include "batch/catalog.h"
#include "common/json.h"
#include "output/record.h"
#include "review/correct.h"
#include "../check.h"

static void add_word(page_record *p, const char *text, const char *raw, int x, int line,
                     word_role role, float conf)
{
    p->words = realloc(p->words, (p->nwords + 1) * sizeof *p->words);
    ocr_word *w = &p->words[p->nwords++];
    memset(w, 0, sizeof *w);
    w->text = strdup(text);
    w->raw = raw ? strdup(raw) : NULL;
    w->x0 = x;
    w->x1 = x + 40;
    w->y0 = 10 + 30 * line;
    w->y1 = w->y0 + 20;
    w->conf = conf;
    w->line = line;
    w->para = line;
    w->role = role;
}

/* "Điều một hai\n\nba bốn" and a stamp word; a vnfix repair, symbol
 * choices on "hai", a stamp. */
static void make_page(page_record *p)
{
    page_record_init(p, 0);
    p->ok = 1;
    p->width = 300;
    p->height = 120;
    p->dpi = 300;
    p->skew = 0.37;
    p->mean_conf = 88.5f;
    add_word(p, "Điều", NULL, 10, 0, WORD_TEXT, 95);
    add_word(p, "một", "mot", 60, 0, WORD_TEXT, 41.5f);
    add_word(p, "hai", NULL, 110, 0, WORD_TEXT, 90);
    add_word(p, "ba", NULL, 10, 1, WORD_TEXT, 80);
    add_word(p, "bốn", NULL, 60, 1, WORD_TEXT, 70);
    add_word(p, "ĐẾN", NULL, 200, 2, WORD_STAMP, 60);
    ocr_word *w = &p->words[2];
    w->nsymbols = 1;
    w->symbols = calloc(1, sizeof *w->symbols);
    w->symbols[0].text = strdup("h");
    w->symbols[0].conf = 90;
    w->symbols[0].nchoices = 2;
    w->symbols[0].choices = calloc(2, sizeof(ocr_choice));
    w->symbols[0].choices[0] = (ocr_choice){strdup("h"), 90};
    w->symbols[0].choices[1] = (ocr_choice){strdup("b"), 9.5f};
    p->repairs = calloc(1, sizeof *p->repairs);
    p->repairs[0] = (ocr_repair){strdup("vnfix"), 1, strdup("mot"), strdup("một")};
    p->nrepairs = 1;
    p->stamps = calloc(1, sizeof *p->stamps);
    p->stamps[0] = (page_stamp){strdup("received"), strdup("ĐẾN"), 190, 60, 260, 100};
    p->nstamps = 1;
    p->text = strdup("Điều một hai\n\nba bốn");
    p->text_len = strlen(p->text);
}

static char *record_json(const page_record *p)
{
    json_writer w;
    json_init(&w, 0);
    page_json(&w, p);
    return json_take(&w, NULL);
}

static int count_row(void *user, const char *obj, size_t len)
{
    (void)obj;
    (void)len;
    (*(int *)user)++;
    return 0;
}

static int count_hit(void *user, const fts_hit *h)
{
    (void)h;
    (*(int *)user)++;
    return 0;
}

static char *stored_text(catalog *c, int64_t id)
{
    const char *t = NULL, *j = NULL;
    return catalog_page_get(c, id, 0, &t, &j) == 0 && t ? strdup(t) : NULL;
}

/* The PDF part's image bytes, copied. */
static unsigned char *pdf_image(catalog *c, int64_t id, size_t *n)
{
    const char *data;
    size_t len;
    pdf_part h;
    const unsigned char *img, *content;
    if (catalog_part_get(c, id, 0, "pdf", &data, &len) != 0 || !data ||
        pdfpart_unpack(data, len, &h, &img, &content) != 0)
        return NULL;
    unsigned char *copy = malloc(h.img_len);
    memcpy(copy, img, h.img_len);
    *n = h.img_len;
    return copy;
}

static void store_page(catalog *c, int64_t id)
{
    page_record p;
    make_page(&p);
    PIX *pix = pixCreate(300, 120, 1);
    pixRasterop(pix, 10, 10, 200, 20, PIX_SET, NULL, 0, 0);
    archive_parts parts;
    char err[256];
    CHECK(archive_make_parts(&p, pix, NULL, &parts, err, sizeof err) == 0, "parts: %s", err);
    char *json = record_json(&p);
    CHECK(catalog_page_put(c, id, &p, json, &parts, 0) == 0, "page stored");
    free(json);
    archive_parts_free(&parts);
    pixDestroy(&pix);
    page_record_clear(&p);
}

static void test_roundtrip(catalog *c, int64_t id)
{
    page_record p, q;
    make_page(&p);
    char *want = record_json(&p);
    CHECK(catalog_page_record(c, id, 0, &q) == 0, "record read back");
    char *got = record_json(&q);
    CHECK(!strcmp(want, got), "the record read back writes the same JSON:\n%s\n%s", want, got);
    CHECK(q.text && !strcmp(q.text, p.text), "and has the text");
    free(want);
    free(got);
    page_record_clear(&p);
    page_record_clear(&q);
}

static int edit(catalog *c, int64_t id, int page, int word, int line, const char *old,
                const char *new_text)
{
    review_edit e = {word, line, old, new_text, "tester"};
    char err[256];
    return review_correct(c, id, page, &e, err, sizeof err);
}

static void test_word(catalog *c, int64_t id)
{
    size_t n0 = 0, n1 = 0;
    unsigned char *img0 = pdf_image(c, id, &n0);
    CHECK(edit(c, id, 0, 1, 0, "một", "MỘT") == REVIEW_OK, "a word corrected");
    char *t = stored_text(c, id);
    CHECK(t && !strcmp(t, "Điều MỘT hai\n\nba bốn"), "text changed in place: %s", t);
    free(t);
    page_record q;
    CHECK(catalog_page_record(c, id, 0, &q) == 0, "record");
    CHECK(!strcmp(q.words[1].text, "MỘT") && !strcmp(q.words[1].raw, "mot") && q.words[1].conf == 100,
          "the word, what OCR read, certain: %s %s %.1f", q.words[1].text, q.words[1].raw,
          q.words[1].conf);
    CHECK(q.nrepairs == 2 && !strcmp(q.repairs[1].stage, "review") && q.repairs[1].word == 1 &&
              !strcmp(q.repairs[1].from, "một"), "a review repair");
    page_record_clear(&q);
    int n = 0;
    catalog_list(c, CATALOG_LIST_CORRECTIONS, id, 0, count_row, &n);
    CHECK(n == 1, "one correction recorded: %d", n);
    CHECK(catalog_page_is_reviewed(c, id, 0) == 1, "the page is reviewed");
    int hits = 0;
    char err[256];
    catalog_search(c, "MỘT", 10, "[", "]", count_hit, &hits, err, sizeof err);
    CHECK(hits == 1, "the index has the new word: %d", hits);
    unsigned char *img1 = pdf_image(c, id, &n1);
    CHECK(img0 && img1 && n0 == n1 && !memcmp(img0, img1, n0), "the PDF part keeps its image bytes");
    free(img0);
    free(img1);
}

static void test_refused(catalog *c, int64_t id)
{
    page_record q;
    catalog_page_record(c, id, 0, &q);
    char *before = record_json(&q);
    page_record_clear(&q);
    CHECK(edit(c, id, 0, 1, 0, "một", "x") == REVIEW_CONFLICT, "a stale view is refused");
    CHECK(edit(c, id, 0, 1, 0, "MỘT", "a\nb") == REVIEW_INVALID, "a newline is refused");
    CHECK(edit(c, id, 0, 1, 0, "MỘT", "\xff") == REVIEW_INVALID, "invalid UTF-8 is refused");
    CHECK(edit(c, id, 0, 99, 0, "MỘT", "x") == REVIEW_NOTFOUND, "an unknown word");
    CHECK(edit(c, id, 3, 0, 0, "Điều", "x") == REVIEW_NOTFOUND, "an unknown page");
    CHECK(edit(c, id + 7, 0, 0, 0, "Điều", "x") == REVIEW_NOTFOUND, "an unknown input");
    catalog_page_record(c, id, 0, &q);
    char *after = record_json(&q);
    page_record_clear(&q);
    CHECK(!strcmp(before, after), "none of them changed the page");
    free(before);
    free(after);
}

static void test_lines(catalog *c, int64_t id)
{
    /* Fewer pieces than words: the word left over goes, with its space. */
    CHECK(edit(c, id, 0, 4, 1, "ba bốn", "babốn") == REVIEW_OK, "a line of two words made one");
    char *t = stored_text(c, id);
    CHECK(t && !strcmp(t, "Điều MỘT hai\n\nbabốn"), "text: %s", t);
    free(t);
    /* More pieces than words: the last word takes the rest; NFD made NFC. */
    CHECK(edit(c, id, 0, 0, 1, "Điều MỘT hai", "Điều  một hai be\xcc\x82\xcc\x81n ") == REVIEW_OK,
          "a line with a word more");
    t = stored_text(c, id);
    CHECK(t && !strcmp(t, "Điều một hai bến\n\nbabốn"), "text: %s", t);
    free(t);
}

static void test_rerun(catalog *c, int64_t id)
{
    char *before = stored_text(c, id);
    store_page(c, id);  /* what OCR would store again */
    char *after = stored_text(c, id);
    CHECK(before && after && !strcmp(before, after), "OCR does not overwrite a reviewed page");
    CHECK(catalog_input_forget(c, id, "sha-2", "{\"other\":1}") == 0, "input forgotten");
    free(after);
    after = stored_text(c, id);
    CHECK(after && !strcmp(before, after), "forgetting the input keeps its reviewed page");
    int hits = 0;
    char err[256];
    catalog_search(c, "ben", 10, "[", "]", count_hit, &hits, err, sizeof err);
    CHECK(hits == 1, "and its index entry: %d", hits);
    free(before);
    free(after);
}

static void test_clean(void)
{
    char *s = review_clean_text("Vie\xcc\xa3\xcc\x82t");  /* e + dot below + circumflex */
    CHECK(s && !strcmp(s, "Việt"), "NFC: %s", s ? s : "(null)");
    free(s);
    char big[REVIEW_MAX_TEXT + 2];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = 0;
    CHECK(!review_clean_text(big), "too long");
    CHECK(!review_clean_text("a\tb") && !review_clean_text("\xc2\x85") && !review_clean_text("\xe2\x80\xa8"),
          "tab, C1 control and line separator refused");
}

int main(void)
{
    char dir[] = "/tmp/sohoa-correct-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/catalog.sqlite", dir);
    catalog *c = catalog_open(path, err, sizeof err);
    CHECK(c, "catalogue: %s", err);
    if (!c)
        return 1;
    int64_t id = 0;
    CHECK(catalog_input_lookup(c, "/scans/a.png", "sha-1", "{}", &id) == CAT_NEW, "input");
    store_page(c, id);
    test_roundtrip(c, id);
    test_word(c, id);
    test_refused(c, id);
    test_lines(c, id);
    test_rerun(c, id);
    test_clean();
    catalog_close(c);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        failures++;
    printf("review-correct: %d failures\n", failures);
    return failures ? 1 : 0;
}
