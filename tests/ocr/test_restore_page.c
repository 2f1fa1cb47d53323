/* sohoa run's diacritic repair of one OCR'd page (ocr/restore_page.c), on a
 * page built word by word: the page text goes to vnfix_restore whole, so a
 * form feed or vertical tab inside it (a page break, a control character
 * read into the text) once hung the page for ever, as it hung
 * vnfix --restore. Now it is a blank between words and the words on both
 * sides of it are repaired and mapped back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocr/restore_page.h"
#include "../check.h"

/* A page whose text is text and whose words are its blank-separated pieces. */
static void page(page_record *r, const char *text)
{
    page_record_init(r, 0);
    r->ok = 1;
    r->text = strdup(text);
    r->text_len = strlen(text);
    char *buf = strdup(text);
    for (char *save = NULL, *w = strtok_r(buf, " \f\v\n", &save); w; w = strtok_r(NULL, " \f\v\n", &save)) {
        r->words = realloc(r->words, (r->nwords + 1) * sizeof *r->words);
        ocr_word *o = &r->words[r->nwords++];
        memset(o, 0, sizeof *o);
        o->text = strdup(w);
        o->conf = 90;
    }
    free(buf);
}

static const ocr_word *word(const page_record *r, const char *raw)
{
    for (size_t i = 0; i < r->nwords; i++)
        if (r->words[i].raw && !strcmp(r->words[i].raw, raw))
            return &r->words[i];
    return NULL;
}

int main(void)
{
    char err[512];
    vnfix_model *m = vnfix_model_open(NULL, err, sizeof err);
    if (!m) {
        fprintf(stderr, "model: %s\n", err);
        return 1;
    }
    page_record r;
    page(&r, "Ủy ban nhân dân tỉnh ban hành kế hoạch tô\fchức thực hiện.\v\nTrên cơ sơ đó\f");
    CHECK(ocr_restore_page(m, &r) == 0);
    CHECK(r.text && !strcmp(r.text, "Ủy ban nhân dân tỉnh ban hành kế hoạch tổ\fchức thực hiện.\v\nTrên cơ sở đó\f"));
    const ocr_word *to = word(&r, "tô"), *so = word(&r, "sơ");
    CHECK(to && !strcmp(to->text, "tổ"));
    CHECK(so && !strcmp(so->text, "sở"));
    CHECK(r.nrepairs == 2);
    page_record_clear(&r);
    vnfix_model_close(m);
    return check_report("restore-page");
}
