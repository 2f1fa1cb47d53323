/* The page text made from the words when there is no reading order
 * (ocr/page.h): it stands in for tesseract's own page text, which is no
 * longer computed (issue 23), so it must join words as tesseract does. */
#include <stdlib.h>
#include <string.h>

#include "ocr/page.h"
#include "../check.h"

static void add(page_record *r, const char *text, int block, int para, int line)
{
    r->words = realloc(r->words, (r->nwords + 1) * sizeof *r->words);
    ocr_word *w = &r->words[r->nwords++];
    memset(w, 0, sizeof *w);
    w->text = strdup(text);
    w->block = block;
    w->para = para;
    w->line = line;
}

static void test_empty(void)
{
    page_record r;
    page_record_init(&r, 0);
    size_t n = 99;
    char *t = page_words_text(&r, &n);
    CHECK(t && !strcmp(t, "") && n == 0);
    free(t);
    page_record_clear(&r);
}

/* Lines of a paragraph end in \n, a paragraph (or a block) in another. */
static void test_lines_and_paragraphs(void)
{
    page_record r;
    page_record_init(&r, 0);
    add(&r, "CỘNG", 0, 0, 0);
    add(&r, "HÒA", 0, 0, 0);
    add(&r, " ", 1, 1, 1);   /* the rule under the header: left out */
    add(&r, "Độc", 0, 0, 1);
    add(&r, "lập", 0, 0, 1);
    add(&r, "Điều", 0, 1, 2);
    add(&r, "1.", 0, 1, 2);
    add(&r, "Nơi", 1, 2, 3);
    add(&r, "nhận:", 1, 2, 3);
    add(&r, " ", 2, 3, 4);   /* a picture (the signature): left out */
    size_t n = 0;
    char *t = page_words_text(&r, &n);
    const char *want = "CỘNG HÒA\nĐộc lập\n\nĐiều 1.\n\nNơi nhận:\n\n";
    CHECK(t && !strcmp(t, want), "got [%s]", t ? t : "(null)");
    CHECK(n == strlen(want));
    free(t);
    page_record_clear(&r);
}

int main(void)
{
    test_empty();
    test_lines_and_paragraphs();
    return check_report("page-text");
}
