/* The layout stage on pages built word by word, as tesseract would hand
 * them over: boxes in pixels of a 200 dpi A4 page, line indexes as
 * tesseract's page segmentation numbers them (two cells it read as one
 * line share an index). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocr/layout.h"
#include "../check.h"

/* Width in pixels of a word: 18 px a character (code points). */
static int width_of(const char *w)
{
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return 18 * n;
}

/* Words of text from x on a line of height 40 at y; tesseract line,
 * paragraph and block numbers as given. Returns the x after the text. */
static int put(page_record *r, int line, int para, int block, int x, int y, const char *text)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    for (char *save = NULL, *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        r->words = realloc(r->words, (r->nwords + 1) * sizeof *r->words);
        ocr_word *o = &r->words[r->nwords++];
        memset(o, 0, sizeof *o);
        o->text = strdup(w);
        o->x0 = x;
        o->x1 = x + width_of(w);
        o->y0 = y;
        o->y1 = y + 40;
        o->conf = 90;
        o->line = line;
        o->para = para;
        o->block = block;
        x = o->x1 + 12;
    }
    return x;
}

/* A printed line as tesseract reports it: a word without text. */
static void rule(page_record *r, int line, int x0, int y0, int x1, int y1)
{
    r->words = realloc(r->words, (r->nwords + 1) * sizeof *r->words);
    ocr_word *o = &r->words[r->nwords++];
    memset(o, 0, sizeof *o);
    o->text = strdup("");
    o->x0 = x0;
    o->y0 = y0;
    o->x1 = x1;
    o->y1 = y1;
    o->line = line;
}

static void page(page_record *r)
{
    page_record_init(r, 0);
    r->width = 1654;
    r->height = 2339;
}

/* Row 0 of a Decree 30 header: the issuer's cell beside the motto. */
static void issuer_row(page_record *r, const char *issuer)
{
    put(r, 0, 0, 0, 200, 200, issuer);
    put(r, 0, 0, 0, 700, 200, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

/* A new page opening with the issuer's row and the motto's second line
 * (tesseract lines 0 and 1). */
static void motto_page(page_record *r, const char *issuer)
{
    page(r);
    issuer_row(r, issuer);
    put(r, 1, 0, 0, 800, 250, "Độc lập - Tự do - Hạnh phúc");
}

/* The header the stamp tests share: a ministry's two bands, tesseract
 * lines 0 and 1 (the stamp under it starts at line 2). */
static void ministry_header(page_record *r)
{
    issuer_row(r, "BỘ TƯ PHÁP");
    put(r, 1, 1, 1, 220, 280, "Số: 7/BTP-VP");
    put(r, 1, 1, 1, 780, 280, "Hà Nội, ngày 2 tháng 1 năm 2026");
}

/* A new page of a ministry's notice: its header and one body line, the
 * footer below it left to each test (tesseract lines from 3). */
static void notice_page(page_record *r)
{
    page(r);
    ministry_header(r);
    put(r, 2, 2, 2, 200, 500, "Văn phòng thông báo để các cơ quan biết, thực hiện.");
}

/* Is the page's text want, or does it hold want? */
static int text_is(const page_record *r, const char *want)
{
    return r->text && !strcmp(r->text, want);
}

static int text_holds(const page_record *r, const char *want)
{
    return r->text && strstr(r->text, want);
}

static const char *find_role(const page_record *r, const char *text, word_role *role)
{
    for (size_t i = 0; i < r->nwords; i++)
        if (!strcmp(r->words[i].text, text)) {
            *role = r->words[i].role;
            return r->words[i].text;
        }
    return NULL;
}

/* A plan of a provincial people's committee: two-cell header read as
 * merged lines, a rule under the issuer, a received stamp under the
 * number, centred title, body, and the footer with the signer beside the
 * "Nơi nhận" list. */
static void test_decree30_page(void)
{
    page_record r;
    page(&r);
    int l = 0;
    put(&r, l, 0, 0, 200, 200, "ỦY BAN NHÂN DÂN");
    put(&r, l++, 0, 0, 700, 200, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    put(&r, l, 0, 0, 230, 250, "TỈNH NINH BÌNH");
    put(&r, l++, 0, 0, 800, 250, "Độc lập - Tự do - Hạnh phúc");
    put(&r, l++, 0, 0, 260, 300, "—____—");
    put(&r, l, 1, 1, 220, 380, "Số: 12/KH-UBND");
    put(&r, l++, 1, 1, 780, 380, "Ninh Bình, ngày 5 tháng 3 năm 2026");
    put(&r, l++, 2, 2, 250, 440, "SỞ NỘI VỤ");
    put(&r, l, 2, 2, 200, 490, "ĐẾN");
    put(&r, l++, 2, 2, 330, 490, "Số:...... 45");
    put(&r, l++, 2, 2, 330, 540, "Ngày:.....12/3");
    put(&r, l++, 2, 2, 330, 590, "Chuyển:......");
    put(&r, l++, 3, 3, 760, 700, "KẾ HOẠCH");
    put(&r, l++, 3, 3, 420, 760, "Thực hiện chương trình chuyển đổi số đến năm 2030");
    put(&r, l++, 4, 4, 200, 880, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6");
    put(&r, l++, 4, 4, 200, 930, "năm 2025 và các văn bản hướng dẫn;");
    put(&r, l++, 5, 4, 200, 1000, "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm");
    put(&r, l++, 5, 4, 200, 1050, "2026 như sau.");
    put(&r, l, 6, 5, 200, 1500, "Nơi nhận:");
    put(&r, l++, 6, 5, 950, 1500, "TM. ỦY BAN NHÂN DÂN");
    put(&r, l, 6, 5, 200, 1545, "- Như Điều 3;");
    put(&r, l++, 6, 5, 1050, 1545, "KT. CHỦ TỊCH");
    put(&r, l, 6, 5, 200, 1590, "- Sở Tài chính;");
    put(&r, l++, 6, 5, 1040, 1590, "PHÓ CHỦ TỊCH");
    /* Set beside the item, a little higher: tesseract's own line. */
    put(&r, l++, 6, 5, 600, 1582, "(để t/h)");
    put(&r, l++, 6, 5, 200, 1635, "- Lưu: VT, KT.");
    put(&r, l++, 7, 6, 1040, 1800, "Nguyễn Văn An");
    size_t n = r.nwords;
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want =
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/KH-UBND\n\n"
        "Ninh Bình, ngày 5 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nThực hiện chương trình chuyển đổi số đến năm 2030\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6\n"
        "năm 2025 và các văn bản hướng dẫn;\n\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm\n2026 như sau.\n\n"
        "Nơi nhận:\n- Như Điều 3;\n- Sở Tài chính; (để t/h)\n- Lưu: VT, KT.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An";
    CHECK(text_is(&r, want), "page text:\n%s\n--- want:\n%s", r.text, want);
    CHECK(r.text_len == strlen(want), "text_len %zu", r.text_len);
    CHECK(r.nwords == n, "words kept: %zu of %zu", r.nwords, n);
    CHECK(r.nstamps == 1, "%zu stamps", r.nstamps);
    if (r.nstamps == 1) {
        CHECK(!strcmp(r.stamps[0].kind, "received"), "kind %s", r.stamps[0].kind);
        CHECK(!strcmp(r.stamps[0].text, "SỞ NỘI VỤ\nĐẾN Số:...... 45\nNgày:.....12/3\nChuyển:......"),
              "stamp text %s", r.stamps[0].text);
        CHECK(r.stamps[0].x0 == 200 && r.stamps[0].y0 == 440 && r.stamps[0].y1 == 630,
              "stamp box %d %d %d %d", r.stamps[0].x0, r.stamps[0].y0, r.stamps[0].x1,
              r.stamps[0].y1);
    }
    word_role role = WORD_TEXT;
    CHECK(find_role(&r, "—____—", &role) && role == WORD_NOISE, "rule is noise (%d)", role);
    CHECK(find_role(&r, "ĐẾN", &role) && role == WORD_STAMP, "ĐẾN is stamp (%d)", role);
    /* Text words first, in reading order, lines numbered from 0 without
     * gaps; then the stamp; then the noise. */
    int last_line = -1, last_block = -1, rank = 0, ok = 1;
    for (size_t i = 0; i < r.nwords; i++) {
        const ocr_word *w = &r.words[i];
        int rk = w->role == WORD_TEXT ? 0 : w->role == WORD_STAMP ? 1 : 2;
        ok &= rk >= rank && w->line >= last_line && w->line <= last_line + 1 &&
              w->block >= last_block;
        rank = rk;
        last_line = w->line;
        last_block = w->block;
    }
    CHECK(ok, "words not in order or indexes not running");
    CHECK(!strcmp(r.words[0].text, "ỦY") && !strcmp(r.words[4].text, "TỈNH"),
          "words reordered with the text: %s %s", r.words[0].text, r.words[4].text);
    page_record_clear(&r);
}

/* Two-column rows in the body (a table of targets) have no Decree 30
 * anchor: they keep tesseract's row order. "ĐẾN" in a title without
 * fill-in lines is not a stamp. */
static void test_table_and_title(void)
{
    page_record r;
    page(&r);
    put(&r, 0, 0, 0, 400, 200, "CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030");
    put(&r, 1, 1, 1, 200, 300, "1. Tỷ lệ hồ sơ trực tuyến toàn trình");
    put(&r, 1, 1, 1, 1200, 300, "80%");
    put(&r, 2, 1, 1, 200, 350, "2. Tỷ lệ xã có cáp quang");
    put(&r, 2, 1, 1, 1200, 350, "100%");
    put(&r, 3, 2, 1, 200, 450, "Đến năm 2030, các mục tiêu trên hoàn thành.");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want = "CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030\n\n"
                       "1. Tỷ lệ hồ sơ trực tuyến toàn trình 80%\n"
                       "2. Tỷ lệ xã có cáp quang 100%\n\n"
                       "Đến năm 2030, các mục tiêu trên hoàn thành.";
    CHECK(text_is(&r, want), "table page:\n%s", r.text);
    CHECK(r.nstamps == 0, "no stamp expected, got %zu", r.nstamps);
    page_record_clear(&r);
}

/* "Ngày ......" and "Giờ ......" one above the other make a stamp even
 * when OCR lost the "ĐẾN"; a lone form line does not. */
static void test_stamp_without_den(void)
{
    page_record r;
    page(&r);
    put(&r, 0, 0, 0, 200, 200, "Đề nghị ông bà điền đầy đủ thông tin vào phiếu này và gửi lại");
    put(&r, 1, 1, 1, 200, 260, "Họ và tên:...............");
    put(&r, 2, 2, 2, 1000, 400, "CÔNG AN TỈNH");
    put(&r, 3, 2, 2, 1000, 450, "Giờ:........");
    put(&r, 4, 2, 2, 1000, 500, "Ngày:......");
    put(&r, 5, 3, 3, 200, 700, "Phiếu này có giá trị trong ba mươi ngày kể từ ngày ký.");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(r.nstamps == 1 && !strcmp(r.stamps[0].text, "CÔNG AN TỈNH\nGiờ:........\nNgày:......"),
          "stamp: %s", r.nstamps ? r.stamps[0].text : "(none)");
    CHECK(text_holds(&r, "Họ và tên:...............") && !strstr(r.text, "CÔNG AN"),
          "text: %s", r.text);
    page_record_clear(&r);
}

/* A faint stamp whose fill-in lines OCR could not read: the "ĐẾN" inside
 * its ruled frame is enough; the number line above the frame stays. */
static void test_framed_stamp(void)
{
    page_record r;
    page(&r);
    ministry_header(&r);
    rule(&r, 2, 900, 340, 1400, 346);
    put(&r, 3, 2, 2, 960, 360, "SỞ TƯ PHÁP");
    put(&r, 4, 2, 2, 920, 420, "ĐẾN");
    put(&r, 4, 2, 2, 1100, 420, "~= 1ó0 ¬");
    put(&r, 5, 2, 2, 1100, 470, "Ngy 18-6");
    rule(&r, 6, 900, 530, 1400, 536);
    put(&r, 7, 3, 3, 200, 640, "Kính gửi: Các Bộ, cơ quan ngang Bộ.");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(r.nstamps == 1 && !strcmp(r.stamps[0].text, "SỞ TƯ PHÁP\nĐẾN ~= 1ó0 ¬\nNgy 18-6"),
          "stamp: %s", r.nstamps ? r.stamps[0].text : "(none)");
    const char *want = "BỘ TƯ PHÁP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 7/BTP-VP\n\n"
                       "Hà Nội, ngày 2 tháng 1 năm 2026\n\nKính gửi: Các Bộ, cơ quan ngang Bộ.";
    CHECK(text_is(&r, want), "text:\n%s", r.text);
    page_record_clear(&r);
}

/* A stamp put on askew whose top and bottom rules OCR lost but whose
 * sides it kept, its "ĐẾN" read letter by letter: still a stamp. */
/* The rules' boxes stop short of the frame's left corners, where the
 * "ĐẾN" is: the stamp still reaches it. */
static void test_short_rules(void)
{
    page_record r;
    page(&r);
    ministry_header(&r);
    rule(&r, 2, 990, 340, 1400, 344);
    put(&r, 3, 2, 2, 1000, 360, "SỞ TƯ PHÁP");
    put(&r, 4, 2, 2, 900, 430, "ĐẾN");
    put(&r, 4, 2, 2, 1100, 420, "xe 1ó0");
    rule(&r, 5, 995, 530, 1400, 536);
    put(&r, 6, 3, 3, 200, 640, "Kính gửi: Các Bộ, cơ quan ngang Bộ.");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(r.nstamps == 1 && !strcmp(r.stamps[0].text, "SỞ TƯ PHÁP\nĐẾN xe 1ó0"), "stamp: %s",
          r.nstamps ? r.stamps[0].text : "(none)");
    CHECK(r.text && !strstr(r.text, "ĐẾN"), "text:\n%s", r.text);
    page_record_clear(&r);
}

static void test_sided_stamp(void)
{
    page_record r;
    page(&r);
    ministry_header(&r);
    rule(&r, 2, 880, 340, 892, 560);
    rule(&r, 3, 1380, 335, 1392, 556);
    put(&r, 4, 2, 2, 960, 360, "SỞ TƯ PHÁP");
    put(&r, 5, 2, 2, 910, 430, "Đ Ề N");
    put(&r, 5, 2, 2, 1100, 420, "xe 1ó0");
    put(&r, 6, 2, 2, 1100, 470, "Ngy 18-6");
    put(&r, 7, 3, 3, 200, 640, "Kính gửi: Các Bộ, cơ quan ngang Bộ.");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(r.nstamps == 1 && !strcmp(r.stamps[0].text, "SỞ TƯ PHÁP\nĐ Ề N xe 1ó0\nNgy 18-6"),
          "stamp: %s", r.nstamps ? r.stamps[0].text : "(none)");
    CHECK(text_holds(&r, "Hà Nội, ngày 2 tháng 1 năm 2026\n\nKính gửi"), "text:\n%s",
          r.text);
    page_record_clear(&r);
}

/* Rows of smudge between the date and a decision's centred title keep the
 * header zone open; the title still starts the document's body. */
static void test_title_after_date(void)
{
    page_record r;
    motto_page(&r, "THỦ TƯỚNG CHÍNH PHỦ");
    put(&r, 2, 1, 1, 220, 330, "Số: 70/QĐ-TTg");
    put(&r, 2, 1, 1, 780, 330, "Hà Nội, ngày 2 tháng 1 năm 2026");
    put(&r, 3, 1, 1, 420, 380, "CN và");
    put(&r, 4, 1, 1, 520, 430, "I_");
    put(&r, 5, 2, 2, 730, 470, "QUYẾT ĐỊNH");
    put(&r, 6, 2, 2, 300, 520, "Về việc ban hành Kế hoạch hành động quốc gia năm 2026");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(text_holds(&r, "năm 2026\n\nQUYẾT ĐỊNH\nVề việc"), "text:\n%s", r.text);
    page_record_clear(&r);
}

/* A Party committee's document: "ĐẢNG CỘNG SẢN VIỆT NAM" heads the right
 * cell, the signer is "T/M BAN THƯỜNG VỤ". */
static void test_party_document(void)
{
    page_record r;
    page(&r);
    put(&r, 0, 0, 0, 200, 200, "TỈNH ỦY HÀ TĨNH");
    put(&r, 0, 0, 0, 800, 200, "ĐẢNG CỘNG SẢN VIỆT NAM");
    put(&r, 1, 0, 0, 300, 250, "*");
    put(&r, 2, 1, 1, 220, 300, "Số 12-NQ/TU");
    put(&r, 2, 1, 1, 780, 300, "Hà Tĩnh, ngày 5 tháng 3 năm 2026");
    put(&r, 3, 2, 2, 700, 420, "NGHỊ QUYẾT");
    put(&r, 4, 3, 3, 200, 500, "Ban Thường vụ Tỉnh ủy quyết nghị thực hiện chuyển đổi số toàn diện;");
    put(&r, 5, 4, 4, 200, 900, "Nơi nhận:");
    put(&r, 5, 4, 4, 950, 900, "T/M BAN THƯỜNG VỤ");
    put(&r, 6, 4, 4, 200, 945, "- Các huyện ủy;");
    put(&r, 6, 4, 4, 1050, 945, "BÍ THƯ");
    put(&r, 7, 4, 4, 200, 990, "- Lưu VPTU.");
    put(&r, 8, 5, 5, 1020, 1150, "Nguyễn Văn Bình");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    /* the "*" under the issuer is an ornament: no letter, not text */
    const char *want = "TỈNH ỦY HÀ TĨNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 12-NQ/TU\n\n"
                       "Hà Tĩnh, ngày 5 tháng 3 năm 2026\n\nNGHỊ QUYẾT\n\n"
                       "Ban Thường vụ Tỉnh ủy quyết nghị thực hiện chuyển đổi số toàn diện;\n\n"
                       "Nơi nhận:\n- Các huyện ủy;\n- Lưu VPTU.\n\n"
                       "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Bình";
    CHECK(text_is(&r, want), "party page:\n%s", r.text);
    page_record_clear(&r);
}

/* A body line quoting "nước Cộng hòa xã hội chủ nghĩa Việt Nam" near the
 * top (the motto itself lost to OCR) anchors no header: a title tesseract
 * cut in two and the body keep their order. */
static void test_motto_in_body(void)
{
    page_record r;
    page(&r);
    put(&r, 0, 0, 0, 300, 200, "NGHỊ QUYẾT");
    put(&r, 1, 0, 0, 200, 260, "VỀ VIỆC SẮP XẾP");
    put(&r, 2, 0, 0, 620, 262, "CÁC ĐƠN VỊ HÀNH CHÍNH");
    put(&r, 3, 1, 1, 200, 340, "Căn cứ Hiến pháp nước");
    put(&r, 4, 1, 1, 700, 342, "Cộng hòa xã hội chủ nghĩa Việt Nam;");
    put(&r, 5, 2, 1, 200, 400, "Xét đề nghị của Chính phủ tại Tờ trình số 12/TTr-CP ngày 5 tháng 6;");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want = "NGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP\nCÁC ĐƠN VỊ HÀNH CHÍNH\n\n"
                       "Căn cứ Hiến pháp nước\nCộng hòa xã hội chủ nghĩa Việt Nam;\n\n"
                       "Xét đề nghị của Chính phủ tại Tờ trình số 12/TTr-CP ngày 5 tháng 6;";
    CHECK(text_is(&r, want), "text:\n%s", r.text);
    page_record_clear(&r);
}

/* Issue 23: a footer whose signer's block has three title lines, the
 * first shorter than the others (all centred), so the longer lines start
 * left of the first: tesseract reads each list item and the title beside
 * it as one line. The list comes first, then the whole block; pen strokes
 * of the signature read as a word with letters stay in the signer's cell. */
static void test_three_title_footer(void)
{
    page_record r;
    page(&r);
    ministry_header(&r);
    put(&r, 2, 2, 2, 200, 500, "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020 của");
    put(&r, 3, 2, 2, 200, 550, "Chính phủ về công tác văn thư, Văn phòng thông báo như sau.");
    put(&r, 4, 3, 3, 200, 1500, "Nơi nhận:");
    put(&r, 4, 3, 3, 1100, 1500, "TL. CHỦ TỊCH");
    put(&r, 5, 3, 3, 200, 1545, "- Như trên;");
    put(&r, 5, 3, 3, 980, 1545, "KT. CHÁNH VĂN PHÒNG");
    put(&r, 6, 3, 3, 200, 1590, "- Các Bộ, cơ quan ngang Bộ;");
    put(&r, 6, 3, 3, 980, 1590, "PHÓ CHÁNH VĂN PHÒNG");
    put(&r, 7, 3, 3, 200, 1635, "- Lưu: VT, TH.");
    put(&r, 7, 3, 3, 1000, 1660, "Jlm");
    put(&r, 8, 4, 4, 1040, 1800, "Trần Văn Bình");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want =
        "Nơi nhận:\n- Như trên;\n- Các Bộ, cơ quan ngang Bộ;\n- Lưu: VT, TH.\n\n"
        "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nJlm\nTrần Văn Bình";
    CHECK(text_holds(&r, want), "footer:\n%s\n--- want:\n%s", r.text, want);
    page_record_clear(&r);
}

/* A signer's block of one title line beside the list, without a TM./KT.
 * line to anchor it: the first row of the list gives the cut. */
static void test_one_title_footer(void)
{
    page_record r;
    notice_page(&r);
    put(&r, 3, 3, 3, 200, 1500, "Nơi nhận:");
    put(&r, 3, 3, 3, 1060, 1500, "BỘ TRƯỞNG");
    put(&r, 4, 3, 3, 200, 1545, "- Như trên;");
    put(&r, 5, 3, 3, 200, 1590, "- Lưu: VT, TH.");
    put(&r, 6, 4, 4, 1000, 1800, "Nguyễn Thị Thu Hà");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want =
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n\nBỘ TRƯỞNG\nNguyễn Thị Thu Hà";
    CHECK(text_holds(&r, want), "footer:\n%s\n--- want:\n%s", r.text, want);
    page_record_clear(&r);
}

/* Issue 23: the number and the date written in by hand, read as junk or
 * not at all, become the gap mark and are listed for review; a number
 * read as digits (with the space a pen leaves before the slash) stays. */
static void test_fillins(void)
{
    page_record r;
    motto_page(&r, "BỘ CÔNG AN");
    put(&r, 2, 1, 1, 220, 330, "Số: 2Š ,/2026/TT-BCA");
    put(&r, 2, 1, 1, 760, 330, "Hà Nội, ngày ầ4 tháng năm 2026");
    put(&r, 3, 2, 2, 700, 450, "THÔNG TƯ");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want = "Số: [?]/2026/TT-BCA\n\nHà Nội, ngày [?] tháng [?] năm 2026";
    CHECK(text_holds(&r, want), "fill-ins:\n%s\n--- want:\n%s", r.text, want);
    CHECK(r.nreviews == 3, "%zu reviews", r.nreviews);
    if (r.nreviews == 3) {
        CHECK(!strcmp(r.reviews[0].field, "number") && !strcmp(r.reviews[0].read, "2Š ,"),
              "review 0: %s '%s'", r.reviews[0].field, r.reviews[0].read);
        CHECK(!strcmp(r.reviews[1].field, "date") && !strcmp(r.reviews[1].read, "ầ4"),
              "review 1: %s '%s'", r.reviews[1].field, r.reviews[1].read);
        CHECK(!strcmp(r.reviews[2].read, "") && r.reviews[2].x1 > r.reviews[2].x0,
              "review 2: '%s' %d-%d", r.reviews[2].read, r.reviews[2].x0, r.reviews[2].x1);
    }
    word_role role = WORD_TEXT;
    CHECK(find_role(&r, ",/2026/TT-BCA", &role) == NULL, "slash word rewritten");
    CHECK(find_role(&r, "ầ4", &role) && role == WORD_NOISE, "ầ4 is noise (%d)", role);
    page_record_clear(&r);

    motto_page(&r, "BỘ CÔNG AN");
    put(&r, 2, 1, 1, 220, 330, "Số: 37 /2026/TT-BCA");
    put(&r, 2, 1, 1, 760, 330, "Hà Nội, ngày 24 tháng 4 năm 2026");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(r.nreviews == 0 && text_holds(&r, "Số: 37 /2026/TT-BCA\n\nHà Nội, ngày 24 tháng 4"),
          "read fill-ins kept: %zu\n%s", r.nreviews, r.text);
    page_record_clear(&r);
    /* Blanks so wide that the line is cut into pieces there: nothing
     * read in the number's and the month's, junk a line of its own (the
     * pen wrote above the line) in the day's. */
    motto_page(&r, "BỘ CÔNG AN");
    put(&r, 2, 1, 1, 220, 330, "Số:");
    put(&r, 2, 1, 1, 400, 330, "/2026/TT-BCA");
    put(&r, 2, 1, 1, 760, 330, "Hà Nội, ngày");
    put(&r, 3, 1, 1, 990, 318, "TẠI");      /* the pen's, above the line */
    put(&r, 2, 1, 1, 1060, 330, "tháng");
    put(&r, 2, 1, 1, 1250, 330, "năm 2026");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    CHECK(r.nreviews == 3 &&
              text_holds(&r, "Số: [?]/2026/TT-BCA\n\nHà Nội, ngày [?] tháng [?] năm 2026"),
          "blanks marked: %zu\n%s", r.nreviews, r.text);
    CHECK(r.nreviews == 3 && !strcmp(r.reviews[1].read, "TẠI"), "day read as %s",
          r.nreviews == 3 ? r.reviews[1].read : "?");
    page_record_clear(&r);
}

/* A probe of the page's ink for ocr/fillin.c: ink only where a pen wrote,
 * between x ctx[0] and ctx[1]; counts the questions in ctx[2]. */
static int pen_between(void *ctx, int x0, int y0, int x1, int y1, double H)
{
    int *pen = ctx;
    (void)y0;
    (void)y1;
    (void)H;
    pen[2]++;
    return x0 < pen[1] && x1 > pen[0];
}

/* Issue 23: a blank left empty in print (no ink in it) reads as the
 * printed words, what was read there (a leader's dots) is noise and
 * nothing is listed; a blank with a pen's ink still gets the gap mark. */
static void test_empty_blanks(void)
{
    page_record r;
    motto_page(&r, "BỘ CÔNG AN");
    put(&r, 2, 1, 1, 220, 330, "Số:");
    put(&r, 2, 1, 1, 290, 330, ".......");
    put(&r, 2, 1, 1, 430, 330, "/2026/TT-BCA");
    put(&r, 2, 1, 1, 760, 330, "Hà Nội, ngày");
    put(&r, 3, 1, 1, 990, 318, "TẠI");      /* the pen's, above the line */
    put(&r, 2, 1, 1, 1060, 330, "tháng");
    put(&r, 2, 1, 1, 1250, 330, "năm 2026");
    int pen[3] = {985, 1040, 0};
    fillin_ink probe = {pen_between, pen};
    CHECK(ocr_layout_page_ink(&r, &probe) == 0, "layout failed");
    CHECK(r.nreviews == 1 && text_holds(&r, "Số: /2026/TT-BCA\n\nHà Nội, ngày [?] tháng năm 2026"),
          "empty blanks: %zu\n%s", r.nreviews, r.text);
    CHECK(r.nreviews == 1 && !strcmp(r.reviews[0].field, "date") &&
              !strcmp(r.reviews[0].read, "TẠI"),
          "the inked blank listed: %s", r.nreviews ? r.reviews[0].read : "-");
    CHECK(pen[2] == 3, "three blanks looked at: %d", pen[2]);
    word_role role = WORD_TEXT;
    CHECK(find_role(&r, ".......", &role) && role == WORD_NOISE, "the leader is noise (%d)", role);
    page_record_clear(&r);
    /* nothing read in the blank (the real hanoi scan); a date read as
     * digits is not looked at */
    motto_page(&r, "BỘ CÔNG AN");
    put(&r, 2, 1, 1, 220, 330, "Số:");
    put(&r, 2, 1, 1, 400, 330, "/QĐ-UBND");
    put(&r, 2, 1, 1, 760, 330, "Hà Nội, ngày 24 tháng 4 năm 2026");
    int none[3] = {0, 0, 0};
    probe.ctx = none;
    CHECK(ocr_layout_page_ink(&r, &probe) == 0, "layout failed");
    CHECK(r.nreviews == 0 && text_holds(&r, "Số: /QĐ-UBND\n\nHà Nội, ngày 24 tháng 4"),
          "empty number blank: %zu\n%s", r.nreviews, r.text);
    CHECK(none[2] == 1, "only the unread blank looked at: %d", none[2]);
    page_record_clear(&r);
}

/* A one-line issuer: the number sits right under it, its top a few
 * pixels above the bottom of the motto's second line (a skewed scan); the
 * rule under the issuer read as one long word tesseract gives no
 * confidence is noise, not text. */
static void test_number_beside_motto(void)
{
    page_record r;
    page(&r);
    put(&r, 0, 0, 0, 250, 200, "BỘ TÀI CHÍNH");
    put(&r, 0, 0, 0, 700, 200, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    put(&r, 1, 0, 0, 240, 245, "NEETtSRWEEUTBIENIRED");
    r.words[r.nwords - 1].conf = 0;
    r.words[r.nwords - 1].y1 = 260;
    put(&r, 1, 0, 0, 800, 245, "Độc lập - Tự do - Hạnh phúc");
    put(&r, 2, 1, 1, 220, 283, "Số: 16/2026/TT-BTC");
    put(&r, 3, 1, 1, 780, 330, "Hà Nội, ngày 2 tháng 1 năm 2026");
    put(&r, 4, 2, 2, 700, 450, "THÔNG TƯ");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want = "BỘ TÀI CHÍNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
                       "phúc\n\nSố: 16/2026/TT-BTC\n\nHà Nội, ngày 2 tháng 1 năm 2026\n\nTHÔNG TƯ";
    CHECK(text_is(&r, want), "header:\n%s\n--- want:\n%s", r.text, want);
    page_record_clear(&r);
}

/* The first title line lost under a seal: nothing stands beside "Nơi
 * nhận", the block's lower lines still make the signer's column. */
static void test_footer_first_title_lost(void)
{
    page_record r;
    notice_page(&r);
    put(&r, 3, 3, 3, 200, 1500, "Nơi nhận:");
    put(&r, 4, 3, 3, 200, 1545, "- Như trên;");
    put(&r, 4, 3, 3, 1040, 1545, "THỨ TRƯỞNG");
    put(&r, 5, 3, 3, 200, 1590, "- Lưu: VT, TH.");
    put(&r, 6, 4, 4, 1000, 1800, "Nguyễn Thị Thu Hà");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want = "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n\nTHỨ TRƯỞNG\nNguyễn Thị Thu Hà";
    CHECK(text_holds(&r, want), "footer:\n%s\n--- want:\n%s", r.text, want);
    page_record_clear(&r);
}

/* The block's first title, read again under a seal, comes out as a row
 * of its own a little more than half a line above "Nơi nhận" and after
 * the rest in tesseract's order: it still opens the signer's block. */
static void test_title_above_noi_nhan(void)
{
    page_record r;
    notice_page(&r);
    put(&r, 3, 3, 3, 200, 1500, "Nơi nhận:");
    put(&r, 4, 3, 3, 200, 1545, "- Như trên;");
    put(&r, 5, 3, 3, 200, 1590, "- Lưu: VT, TH.");
    put(&r, 6, 4, 4, 1060, 1545, "KT. CHỦ TỊCH");
    put(&r, 7, 4, 4, 1060, 1590, "PHÓ CHỦ TỊCH");
    put(&r, 8, 4, 4, 1000, 1800, "Trần Văn Bình");
    put(&r, 9, 4, 4, 990, 1475, "TM. ỦY BAN NHÂN DÂN");
    CHECK(ocr_layout_page(&r) == 0, "layout failed");
    const char *want = "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ "
                       "TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình";
    CHECK(text_holds(&r, want), "footer:\n%s\n--- want:\n%s", r.text, want);
    page_record_clear(&r);
}

static void test_empty(void)
{
    page_record r;
    page(&r);
    CHECK(ocr_layout_page(&r) == 0 && r.text == NULL && r.nstamps == 0, "empty page");
    page_record_clear(&r);
}

int main(void)
{
    test_decree30_page();
    test_table_and_title();
    test_stamp_without_den();
    test_framed_stamp();
    test_sided_stamp();
    test_short_rules();
    test_title_after_date();
    test_motto_in_body();
    test_party_document();
    test_three_title_footer();
    test_one_title_footer();
    test_fillins();
    test_empty_blanks();
    test_number_beside_motto();
    test_footer_first_title_lost();
    test_title_above_noi_nhan();
    test_empty();
    return check_report("layout");
}
