/*
 * bodies.c: bodies named by grammar, for those the gazetteer lacks.
 *
 * A Vietnamese body's name is a head noun ("Sở", "Ban", "Công an", "Tổng
 * Công ty", "Đài") and a complement written with capitals at the start of
 * each word of its proper part ("Sở Văn hóa và Thể thao", "Ban Kinh tế -
 * Ngân sách HĐND tỉnh", "Công an thành phố Hà Nội"). The complement ends at a
 * verb or function word in lower case ("Sở Tài chính chủ trì"), at a new
 * head noun, or at punctuation. A group named as such ("các sở, ban,
 * ngành", "các cơ quan, đơn vị có liên quan") is a collective.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/funcwords.h"
#include "segment/places.h"
#include "segment/seg_internal.h"

/* Head nouns, folded; longer ones first where one begins another. */
static const char *const heads[] = {
    "uy ban nhan dan", "hoi dong nhan dan", "uy ban mat tran to quoc", "uy ban mttq", "mat tran to quoc",
    "bo tu lenh", "bo chi huy", "bo doi bien phong", "tong cong ty", "cong ty", "tap doan", "trung tam",
    "lien hiep", "lien doan", "van phong", "chi cuc", "tong cuc", "cuc", "kho bac", "benh vien",
    "ngan hang", "dai su quan", "tong lanh su quan", "lanh su quan", "doan dai bieu quoc hoi", "doan dbqh", "thanh doan", "tinh doan",
    "thanh uy", "tinh uy", "dang uy", "cong an", "vien kiem sat nhan dan", "toa an nhan dan", "vien kiem sat",
    "toa an", "thanh tra", "quan khu", "quan chung", "binh chung", "uy ban", "hoi dong", "hop tac xa", "doan",
    "hoc vien", "thong tan xa", "ubnd", "hdnd", "ban", "bo", "so", "dai", "bao hiem xa hoi", "bao", "hoi", "vien",
    "truong", "phong", "cong", "lien minh", "hiep hoi", "quy", "hat", "chi nhanh", "thue", "vu", NULL};

/* Lower-case words that end a complement: verbs, and the words of
 * funcwords.c's classes (function words, modal and aspect words, the
 * words before a verb), which stop_len asks there. */
static const char *const stops[] = {
    "chu tri", "phoi hop", "thuc hien", "tham muu", "co", "chiu", "trien khai", "to chuc", "huong dan",
    "theo doi", "bao cao", "xay dung", "ra soat", "kiem tra", "can cu", "de xuat", "de nghi", "duoc", "bao dam", "dam bao",
    "chi dao", "don doc", "cung cap", "tiep nhan", "quan ly", "tuyen truyen", "lap", "nghien cuu", "ban hanh",
    "trinh", "tang cuong", "tham dinh", "phu trach", "tong hop", "thong bao", "bo tri", "kiem soat", "giam sat",
    "xu ly", "dieu chinh", "cap nhat", "ket noi", "van hanh", "su dung", "gui", "phan cong", "yeu cau",
    "lien quan", "day manh", "nang cao", "hoan thanh", "ho tro", "bao ve", "khac phuc", "khoi phuc",
    "san sang", "van dong", "ung ho", "tien hanh", "quy dinh", "xem xet", "giai quyet",
    "tiep thu", "chinh ly", "hoan thien", "danh gia", "phat hien", "ngan chan", "dau tranh", "lam ro",
    "tham gia", "chuan bi", "gop y", "bo sung", "phan anh", "nghiem tuc", "quyet liet", "khan cap", "sau sat",
    "chat che", "pho bien", "quan triet", "quyet dinh", "ap dung", "giup", "quan tam", NULL};

/* Nouns a collective is made of, after "các" or between its commas, but
 * for the units (places.c), which are members too (member_noun). */
static const char *const members[] = {
    "so", "ban", "nganh", "bo", "co quan", "don vi", "dia phuong", "to chuc", "ca nhan", "doanh nghiep",
    "phong", "doan the", "luc luong", "chu rung", "co so", "truong",
    "nha thau", "chu dau tu", "to dai bieu", "hoi", "hiep hoi",
    "quan khu", "chi nhanh", "trung tam", "cuc", "vu", "bao chi", "co quan bao chi", "ngan hang",
    "to chuc tin dung", "hop tac xa", "vien", "dai", "bao", "trai giam", "trai tam giam", "nha tam giu", "don",
    "nha dau tu", "nha cung cap", "cong dong", NULL};

typedef struct {
    const seg_para *p;
    const char *f;
    size_t n;
    /* the words read are the object of "chỉ đạo" (directed_object) */
    int directed;
} rd;

static int is_w(char c) { return isalnum((unsigned char)c); }

static size_t sp(const rd *r, size_t i)
{
    while (i < r->n && r->f[i] == ' ')
        i++;
    return i;
}

/* Length of word list entry w at i (whole words), or 0. */
static size_t at(const rd *r, size_t i, const char *w)
{
    size_t l = strlen(w);
    if (i + l > r->n || memcmp(r->f + i, w, l) || (i > 0 && is_w(r->f[i - 1])) ||
        (i + l < r->n && is_w(r->f[i + l])))
        return 0;
    return l;
}

static size_t any(const rd *r, size_t i, const char *const *list) { return seg_word_in(r->f, r->n, i, list); }

/* A place or level that closes a body's name ("tỉnh", "cấp xã", "quốc
 * gia", "trung ương"; "cấp trên", a level named from the one speaking:
 * "cơ quan quản lý cấp trên"): its length, or 0. Not "quận", whose
 * folded word is also "quản" and "quân", nor "thị trấn", which this
 * reader has never held: unit_at reads both where a level's units run. */
static size_t place_at(const rd *r, size_t i)
{
    static const char *const others[] = {"quoc gia", "trung uong", "cap tren", NULL};
    size_t l = seg_unit_word(r->f, r->n, i, SEG_UNITS & ~(SEG_QUAN | SEG_THI_TRAN), NULL);
    if (!l)
        l = seg_level_word(r->f, r->n, i);
    return l ? l : any(r, i, others);
}

/* A member noun at i, folded, a unit's word among them: its length, or 0
 * ("quân khu" before "quận", which member_at reads with its marks). */
static size_t member_noun(const rd *r, size_t i)
{
    size_t m = any(r, i, members);
    if (!m && r->directed)
        m = at(r, i, "benh vien");
    return m ? m : seg_unit_word(r->f, r->n, i, SEG_UNITS, NULL);
}

static size_t word_end(const rd *r, size_t i)
{
    while (i < r->n && is_w(r->f[i]))
        i++;
    return i;
}

/* Where the word before position x opens (the blanks before x skipped):
 * its start, or where the blanks end when no word stands there. */
static size_t word_before(const rd *r, size_t x)
{
    while (x > 0 && r->f[x - 1] == ' ')
        x--;
    while (x > 0 && is_w(r->f[x - 1]))
        x--;
    return x;
}

static uint32_t cp_at(const rd *r, size_t i)
{
    size_t b = r->p->cpos[i];
    return seg_utf8_next(r->p->text, r->p->cpos[r->n], &b);
}

static int cap_at(const rd *r, size_t i) { return i < r->n && is_w(r->f[i]) && (cp_is_upper(cp_at(r, i)) || isdigit((unsigned char)r->f[i])); }

/* A capitalised word that is not the head of another body, nor a common
 * noun in apposition ("Sở Tài chính - Cơ quan thường trực ..."). */
static int name_word(const rd *r, size_t i)
{
    static const char *const titles[] = {"pho", "truong ban", "chu tich", "giam doc", "thu truong", "co quan",
                                         "don vi", NULL};
    return cap_at(r, i) && !(any(r, i, heads) && !at(r, i, "cong")) && !any(r, i, titles);
}

/* Length of the stop word at i, the longest, or 0: a verb of stops or
 * a word of funcwords.c's classes, folded. */
static size_t stop_len(const rd *r, size_t i)
{
    size_t l = 0, m;
    for (int k = 0; stops[k]; k++)
        if ((m = at(r, i, stops[k])) > l)
            l = m;
    if ((m = seg_function_word_at(r->p, i)) > l)
        l = m;
    if ((m = seg_modal_at(r->p, i, NULL, NULL)) > l)
        l = m;
    if ((m = seg_preverbal_word(r->p, i)) > l)
        l = m;
    return l;
}

/* A stop word at i, read with its marks where folding makes two words
 * one. The function words come so read from funcwords.c ("tại" (at) ends a
 * name, "tai" of "thiên tai" (disaster) does not; "do" (by), not "đỏ" of
 * "Hội Chữ thập đỏ"; "khi", not "khí" of "Dầu khí"; "về", not "vệ" of "Quỹ
 * Bảo vệ môi trường"). */
static int stop_at(const rd *r, size_t i)
{
    /* "có" (has), not "cơ" of "cơ sở", read in any case; "từ" (from), not
     * the adverb "tự" that funcwords.c also lets end a noun phrase: a
     * name goes on over it here */
    static const struct { const char *fold, *text; } marked[] = {{"tu", "từ"}, {"co", "có"}};
    if (!stop_len(r, i))
        return 0;
    for (size_t k = 0; k < sizeof marked / sizeof marked[0]; k++)
        if (at(r, i, marked[k].fold))
            return seg_marks_match(r->p, i, marked[k].text);
    if (at(r, i, "giup")) /* "giúp" (help: "... giúp Thủ trưởng"), not the second syllable of "Trợ giúp pháp lý" */
        return !(i >= 4 && at(r, i - 4, "tro"));
    if (at(r, i, "lap")) /* "lập" (draw up), not the second syllable of "công lập" (public), "dân lập", "độc lập" */
        return !((i >= 5 && at(r, i - 5, "cong")) || (i >= 4 && (at(r, i - 4, "dan") || at(r, i - 4, "doc"))));
    /* the modal and aspect words, read with their marks (funcwords.c) */
    int written;
    size_t ml = seg_modal_at(r->p, i, &written, NULL);
    if (ml && stop_len(r, i) == ml) /* "căn cứ" is its own stop */
        return written;
    return 1;
}

/* A member noun at i, read with its marks where folding makes two words
 * one: "quận" (a district), not "quản" of "quản lý" nor "quân" of "quân
 * đội"; "đài" (a station), not "đại biểu"; "viện", not "viên"; "báo", not
 * "bảo"; "phường", not "phương thức"; "sở", not "số liệu"; "xã", not "xa";
 * "bộ", not "bổ sung". Its length, or 0. */
static size_t member_at(const rd *r, size_t i)
{
    static const struct { const char *fold, *text; } marked[] = {
        {"quan", "quận"}, {"dai", "đài"}, {"vien", "viện"}, {"bao", "báo"}, {"phuong", "phường"},
        {"so", "sở"}, {"xa", "xã"}, {"bo", "bộ"}, {"vu", "vụ"}, {"tinh", "tỉnh"}, {"huyen", "huyện"},
        {"phong", "phòng"}, {"ban", "ban"}, {"cuc", "cục"}, {"hoi", "hội"},
        {"truong", "trường"}, {"don", "đồn"}};
    /* compounds whose first noun is a member's but which name things: "các
     * trường hợp" (cases), "cơ sở dữ liệu" (a database), "cơ sở hạ tầng" */
    static const char *const things[] = {"truong hop", "bao cao", "co so du lieu", "co so ha tang", "co so vat chat",
                                         "co so phap ly", "co so khoa hoc", "co so thuc tien", NULL};
    if (any(r, i, things))
        return 0;
    /* "các Thuế tỉnh, thành phố": since 2025 the provincial tax offices,
     * "Thuế" with its capital and a place after it ("các thuế" are taxes) */
    size_t tl = at(r, i, "thue");
    if (tl && cap_at(r, i) && place_at(r, sp(r, i + tl)))
        return tl;
    size_t m = member_noun(r, i);
    for (size_t k = 0; m && k < sizeof marked / sizeof marked[0]; k++)
        if (m == strlen(marked[k].fold) && at(r, i, marked[k].fold) && !seg_marks_match(r->p, i, marked[k].text))
            return 0; /* in any case: "CÁC SỞ, BAN, NGÀNH" */
    return m;
}

/* A function word at q (funcwords.c) whose syllable opens no longer
 * verb: "hướng" (towards), not "hướng dẫn"; "theo", not "theo dõi"; "để",
 * not "đề xuất". Its length, or 0. */
static size_t function_word_at(const rd *r, size_t q)
{
    size_t fl = seg_function_word_at(r->p, q);
    return fl && stop_len(r, q) > fl ? 0 : fl;
}

/* A verb at q: a stop word that is no function word, no member noun ("và
 * tổ chức" joins a member) and in lower case. */
static int verb_at(const rd *r, size_t q)
{
    if (!(q < r->n && is_w(r->f[q]) && !cap_at(r, q) && stop_at(r, q) && !member_at(r, q)))
        return 0;
    /* "liên quan" (related) qualifies a noun ("có liên quan"), it is no
     * clause's first verb */
    return !function_word_at(r, q) && !at(r, q, "lien quan");
}

/* Is "và" at s followed by a verb, so that the lower-case words before it
 * are a verb phrase too? "và" joins like with like: "các doanh nghiệp đăng
 * ký và thực hiện ..." coordinates two verbs, so "đăng ký" is the clause's
 * first verb, not the class's modifier. */
static int verb_after_and(const rd *r, size_t s)
{
    size_t l = at(r, s, "va");
    return l && verb_at(r, sp(r, s + l));
}

int seg_verb_at(const seg_para *p, size_t q)
{
    rd r = {p, p->fold, p->nchar, 0};
    return verb_at(&r, q);
}

/* The lower-case word of two syllables at i, its syllables' lengths in
 * *l1 and *l2: 1, or 0 (a capital, a stop word or a member noun there). */
static int two_syllables(const rd *r, size_t i, size_t *l1, size_t *l2)
{
    if (i >= r->n || !is_w(r->f[i]) || cap_at(r, i) || stop_at(r, i) || member_at(r, i) || place_at(r, i))
        return 0;
    size_t e1 = word_end(r, i);
    if (e1 >= r->n || r->f[e1] != ' ' || !is_w(r->f[e1 + 1]) || cap_at(r, e1 + 1) || stop_at(r, e1 + 1) ||
        place_at(r, e1 + 1))
        return 0; /* levels and places ("cấp huyện, cấp tỉnh") are two bodies' */
    *l1 = e1 - i;
    *l2 = word_end(r, e1 + 1) - (e1 + 1);
    return 1;
}

/* At the comma j: "phòng cháy, chữa cháy" or "phòng, chống", the paired
 * field Vietnamese names a body's work by, goes on past the comma; so does
 * any pair of two-syllable words sharing a syllable, as Vietnamese pairs
 * two acts on one object or one act on two ("cứu nạn, cứu hộ", "tạm giữ,
 * tạm giam", "khám bệnh, chữa bệnh"). Where the pair's second word ends,
 * or 0. */
static size_t paired_field(const rd *r, size_t j)
{
    size_t q = sp(r, j + 1);
    int before = (j >= 10 && at(r, j - 10, "phong chay")) || (j >= 5 && at(r, j - 5, "phong"));
    /* "Báo và Phát thanh, Truyền hình Cần Thơ": the merged press body */
    if (j >= 10 && at(r, j - 10, "phat thanh") && at(r, q, "truyen hinh"))
        return q;
    size_t l = before ? at(r, q, "chua chay") : 0;
    if (l)
        return q + l;
    if (before && at(r, q, "chong"))
        return q; /* "phòng, chống" + its object: the name's run goes on */
    /* the word before the comma: two syllables */
    size_t b = j, a1, a2, b1, b2;
    while (b > 0 && r->f[b - 1] == ' ')
        b--;
    size_t w2 = word_before(r, b);
    if (w2 < 2 || r->f[w2 - 1] != ' ' || !is_w(r->f[w2 - 2]))
        return 0;
    size_t w1 = word_before(r, w2);
    if (!two_syllables(r, w1, &a1, &a2) || !two_syllables(r, q, &b1, &b2) || w1 + a1 + 1 + a2 != b)
        return 0;
    int first = a1 == b1 && !memcmp(r->f + w1, r->f + q, a1);
    int second = a2 == b2 && !memcmp(r->f + w2, r->f + q + b1 + 1, a2);
    return first != second ? q + b1 + 1 + b2 : 0;
}

/* At the comma j inside a name: one to three lower-case syllables (no
 * stop word, member noun or "các") and then "và" before a capitalised
 * word that heads no body: a coordination of the name's own nouns closed
 * by "và" ("sự cố, thiên tai và Tìm kiếm Cứu nạn"), not a list of bodies
 * ("Sở Tài chính, nhà trường và Công an xã"). Where "và" stands, or 0. */
static size_t lower_then_and_name(const rd *r, size_t j)
{
    size_t s = sp(r, j + 1);
    for (int w = 0; w < 4 && s < r->n; w++) {
        size_t l = at(r, s, "va");
        if (l && w > 0)
            return name_word(r, sp(r, s + l)) ? s : 0;
        if (w == 3 || !is_w(r->f[s]) || cap_at(r, s) || stop_at(r, s) || member_at(r, s) || at(r, s, "cac"))
            return 0;
        s = sp(r, word_end(r, s));
    }
    return 0;
}

/* "và" before the head of another body ("Đài Truyền hình Việt Nam và Sở Y
 * tế") joins two bodies, it does not go on inside one name ("Sở Văn hóa
 * và Thể thao"). The heads are read with their marks, since folding makes
 * "Quy hoạch" a "Quỹ" and "Bảo hiểm" a "Báo". The people's councils and
 * committees are left out: "Văn phòng Đoàn ĐBQH và HĐND tỉnh" is one office
 * serving both. */
static int new_body_after_and(const rd *r, size_t j)
{
    static const char *const marked[] = {
        "Sở ", "Bộ ", "Đài ", "Báo ", "Ban ", "Cục ", "Chi cục ", "Tổng cục ", "Viện ", "Học viện ", "Trường ",
        "Hội ", "Công an ", "Trung tâm ", "Tổng công ty ", "Tổng Công ty ", "Công ty ", "Tập đoàn ",
        "Ngân hàng ", "Văn phòng ", "Kho bạc ", "Bệnh viện ", "Thông tấn xã ", "Liên đoàn ", "Liên minh ",
        "Quỹ ", "Thanh tra ", "Tòa án ", "Toà án ", "Hạt ", "Trạm ", "Bộ Tư lệnh ", "Bộ Chỉ huy ", "Bảo hiểm xã hội ",
        "Hợp tác xã ",
        NULL};
    size_t l = at(r, j, "va");
    if (!l)
        return 0;
    size_t q = sp(r, j + l);
    if (q >= r->n)
        return 0;
    const char *t = r->p->text + r->p->cpos[q];
    size_t room = r->p->cpos[r->n] - r->p->cpos[q];
    for (int k = 0; marked[k]; k++) {
        size_t ml = strlen(marked[k]);
        if (ml <= room && !strncmp(t, marked[k], ml))
            return 1;
    }
    return 0;
}

/* A head at i that begins a body of its own rank, not a part of the name
 * before it ("Sở Công Thương" after "Sở Khoa học và Công nghệ"); read
 * with its capitals. "Bộ" after a ministry's unit is its ministry, read
 * after the name ("Cục Pháp chế Bộ Quốc phòng"). */
static int peer_head(const rd *r, size_t i)
{
    static const char *const peers[] = {"Sở ", "Bộ ", "Cục ", "Chi cục ", "Tổng cục ", NULL};
    const char *t = r->p->text + r->p->cpos[i];
    size_t room = r->p->cpos[r->n] - r->p->cpos[i];
    for (int k = 0; peers[k]; k++) {
        size_t l = strlen(peers[k]);
        if (l >= room || strncmp(t, peers[k], l))
            continue;
        size_t q = i;
        for (const char *w = peers[k]; *w; w++)
            if (*w == ' ')
                q = sp(r, word_end(r, q));
        return cap_at(r, q); /* a name follows: "Bộ đội Biên phòng" is no ministry */
    }
    return 0;
}

/* "và" before a capital at i: read where the name's words are, to join
 * another part of it ("Văn hóa và Thể thao") or end before another body
 * ("Cục Thú y và Cục Bảo vệ thực vật"); before a lower-case word it is
 * inside a field ("chữa cháy và cứu nạn"). */
static int and_name(const rd *r, size_t i)
{
    size_t l = at(r, i, "va");
    return l && cap_at(r, sp(r, i + l));
}

/* "và các" and a member noun at i: another group joins the list ("Hội
 * Công chứng viên và các cơ quan, tổ chức có liên quan"), so the name
 * before it ends there, its lower-case words kept. */
static int and_group(const rd *r, size_t i)
{
    size_t l = at(r, i, "va"), q;
    return l && (q = sp(r, i + l), at(r, q, "cac")) && member_at(r, sp(r, q + 3));
}

/* The kinds of act a text cites by name with their capital ("về Kế
 * hoạch số 12/KH-UBND"): no field a body is named by. */
static const char *const acts[] = {"ke hoach", "quyet dinh", "nghi quyet", "nghi dinh", "thong tu", "chi thi",
                                   "chuong trinh", "de an", "cong van", "luat", "phap lenh", "chien luoc",
                                   "van ban", "thong bao", "huong dan", "quy dinh", "quy che", NULL};

/* After a verb that follows a head ("Hội đồng thẩm định"), does the
 * phrase close at q, so the verb names the body's work rather than opening
 * its predicate? It does before punctuation, the body's owner
 * ("của", "thuộc", "do" its founder), and before a predicate of its own: a
 * modal, a formula of duty, the passive "được". Not before another verb:
 * the lexicon counts adverbs before a verb as verbs ("Quỹ trực tiếp chi").
 * Before its own object ("Hội đồng đánh giá hồ sơ") or an adjunct of manner
 * or place ("Hội đồng làm việc theo nguyên tắc", "tại") the verb is the
 * predicate. */
static int verb_closes(const rd *r, size_t q)
{
    /* not before a capital: that is the verb's object ("Hội đồng nhân dân
     * ban hành Nghị quyết") */
    if (q >= r->n || strchr(",;:.()", r->f[q]))
        return 1;
    if (at(r, q, "cua") || at(r, q, "thuoc") || (at(r, q, "do") && seg_marks_match(r->p, q, "do")) ||
        (at(r, q, "duoc") && seg_marks_match(r->p, q, "được")))
        return 1;
    return seg_predicate_word_at(r->p, q) != 0;
}

/* After a body's name, at q, "các" and the places it stands in ("các
 * địa phương", "các tỉnh, thành phố", "các cấp"): the same body in each,
 * so a class. The end, or 0. */
static size_t each_place_end(const rd *r, size_t q)
{
    static const char *const each[] = {"dia phuong", "tinh, thanh pho", "tinh", "cap", NULL};
    size_t l = at(r, q, "cac"), m;
    if (!l || !(m = any(r, sp(r, q + l), each)))
        return 0;
    size_t e = sp(r, q + l) + m;
    /* "các tỉnh" before a province's name is a list of provinces */
    return e < r->n && cap_at(r, sp(r, e)) ? 0 : e;
}

static int in_compound(const rd *r, size_t i);
static size_t complement(const rd *r, size_t i);

/* A short lower-case run from j closed by a kind of place or a level
 * ("... dự án đầu tư xây dựng tỉnh Quảng Trị", "Trung tâm Dịch vụ tổng hợp
 * xã"): Vietnamese ends a body's name with its place, so up to three
 * syllables before it are the name's, not its predicate. Not a function
 * word, a modal, "và" or "các" (another body, a list); of
 * the verbs that end names only those that also name a kind of work
 * ("xây dựng", "tổng hợp"), since a verb taking a body as its object
 * ("chỉ đạo xã ...", "hướng dẫn xã, phường") is the predicate. The place
 * is followed by its proper name or by no further place (a list of places
 * is an object). Where the place begins, or 0. */
static size_t run_to_place(const rd *r, size_t j)
{
    static const char *const kinds[] = {"xay dung", "tong hop", NULL};
    size_t s = j, l;
    for (int w = 0; w < 3 && s < r->n; w++) {
        if (!is_w(r->f[s]) || cap_at(r, s) || at(r, s, "va") || at(r, s, "cac") ||
            seg_function_word_at(r->p, s) || seg_modal_at(r->p, s, NULL, NULL) || seg_preverbal_word(r->p, s))
            return 0;
        size_t k = any(r, s, kinds);
        if (!k && stop_at(r, s))
            return 0;
        s = sp(r, k ? s + k : word_end(r, s));
        /* the kind of place read with its marks: "phường", not "phương án" */
        if (s < r->n && (l = place_at(r, s)) &&
            (seg_unit_marked_at(r->p, s, SEG_UNITS) == l || seg_level_word(r->f, r->n, s) == l)) {
            size_t q = sp(r, s + l);
            if (q < r->n && r->f[q] == ',' && place_at(r, sp(r, q + 1)))
                return 0;
            return s;
        }
    }
    return 0;
}

/* Is the word of l characters at q more than one syllable? */
static int multi_word(const rd *r, size_t q, size_t l) { return memchr(r->f + q, ' ', l) != NULL; }

/* ", Bộ Công an" after a unit's name: the ministry it belongs to, set
 * after it in apposition; not one of a list ("..., Bộ Công an, Bộ Y tế").
 * The end of the ministry's name, or 0. */
static size_t owner_ministry(const rd *r, size_t q)
{
    if (q + 4 >= r->n || strncmp(r->p->text + r->p->cpos[q], "Bộ ", strlen("Bộ ")) || !cap_at(r, sp(r, q + 3)))
        return 0;
    /* the ministry's own name, "Công an", "Tài chính" in sentence case */
    size_t e = complement(r, q + 2), k = sp(r, e);
    if (e == q + 2)
        return 0;
    if (k < r->n && (r->f[k] == ',' || at(r, k, "va")))
        return 0;
    return e;
}

/* A place word in a field's run, read with its marks: "tỉnh", not "tình"
 * of "tình hình" (the situation) nor "tính"; "xã", not "xa" (far); "xã
 * hội" (society) is a field, no commune. */
static int field_place(const rd *r, size_t q)
{
    static const struct { const char *fold, *text; } marked[] = {
        {"tinh", "tỉnh"}, {"xa", "xã"}, {"huyen", "huyện"}, {"phuong", "phường"}};
    if (!place_at(r, q) || at(r, q, "xa hoi"))
        return 0;
    for (size_t k = 0; k < sizeof marked / sizeof marked[0]; k++)
        if (at(r, q, marked[k].fold))
            return seg_marks_match(r->p, q, marked[k].text);
    return 1;
}

/* After a head, lower-case words naming the body's field or work in a
 * noun phrase: "Cổng thông tin điện tử Nghệ An", "Trung tâm kiểm soát
 * bệnh tật tỉnh", "Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ
 * Công an". A verb stands in it only first, as a modifier with its object
 * after it ("kiểm soát bệnh tật"); "về" only between its words. Such a run
 * may as well be the predicate and its object ("Sở Tài chính tổng hợp báo
 * cáo"), so it is a name only where what closes a body's name closes it:
 * a proper name that heads no body and cites no act, a place word, or a
 * comma before the ministry it belongs to. After the head itself (at_head)
 * the head's last syllable must not make a word with the first one ("Ban
 * hành Kế hoạch"). The run's end, where the closer begins, or 0. */
static size_t field_run(const rd *r, size_t j, int at_head)
{
    if (!r->p->wc || j >= r->n || !is_w(r->f[j]) || cap_at(r, j))
        return 0;
    if (at_head) {
        size_t k = j;
        while (k > 0 && r->f[k - 1] == ' ')
            k--;
        size_t h = k;
        while (h > 0 && is_w(r->f[h - 1]))
            h--;
        int v, vc;
        if (seg_wc_word_at(r->p, h, &v, &vc) > k - h)
            return 0;
        /* the head read with its marks: "Ban", not "Bản đồ"; "Trường",
         * not "Trưởng thuế" (a post) */
        if ((at(r, h, "ban") && !seg_marks_match(r->p, h, "ban")) ||
            (at(r, h, "truong") && !seg_marks_match(r->p, h, "trường")))
            return 0;
    }
    size_t s = j, last = j;
    int run = 0, nouns = 0;
    while (s < r->n && is_w(r->f[s]) && !cap_at(r, s) && run < 10) {
        size_t l;
        if (field_place(r, s) || at(r, s, "va") || at(r, s, "cac"))
            break;
        if ((l = at(r, s, "ve")) && seg_marks_match(r->p, s, "về")) {
            size_t q = sp(r, s + l);
            if (!nouns || q >= r->n || !is_w(r->f[q]) || cap_at(r, q) || stop_at(r, q))
                return 0;
            s = q;
            continue;
        }
        int verb = 0, vc = 0;
        size_t wl = seg_wc_word_at(r->p, s, &verb, &vc);
        if (run == 0 && verb && wl && multi_word(r, s, wl) && !seg_duty_at(r->p, s, 1) &&
            !seg_predicate_opens(r->p, s) && !function_word_at(r, s) && !seg_preverbal_word(r->p, s) &&
            !seg_modal_at(r->p, s, NULL, NULL)) {
            /* the work the body is named by: a verb of two syllables */
            s = sp(r, s + wl);
            last = s;
            run++;
            continue;
        }
        if (stop_at(r, s) && !in_compound(r, s))
            break;
        size_t e = word_end(r, s);
        if (wl && !verb)
            e = s + wl;
        last = e;
        s = sp(r, e);
        run++;
        nouns++;
    }
    if (!nouns)
        return 0;
    while (last > 0 && r->f[last - 1] == ' ')
        last--;
    size_t c = sp(r, last);
    if (c >= r->n)
        return 0;
    if (cap_at(r, c) && !isdigit((unsigned char)r->f[c])) /* "tỷ lệ 1:50.000" closes nothing */
        return name_word(r, c) && !any(r, c, heads) && !any(r, c, acts) ? last : 0;
    if (field_place(r, c))
        return last;
    if (r->f[c] == ',' && owner_ministry(r, sp(r, c + 1)))
        return last;
    return 0;
}

/* The complement after a head ending at i: the end of the name, or i. */
/* "cấp" at j right after a proper name's capitals: the verb (issue) that
 * opens the predicate with its object in lower case ("Tổng cục Thuế cấp
 * mã số thuế", "Cục Quản lý Dược cấp giấy phép"), or the noun (a level)
 * said with the level it names ("cấp tỉnh", read as a place before this,
 * "cấp bộ", "cấp cơ sở", "cấp có thẩm quyền"). Not where it makes one
 * word with the syllable before it: a grade ("Trường Trung cấp nghề",
 * "cao cấp", "sơ cấp"), or a word the lexicon reads ("phân cấp"). */
static int issue_verb_at(const rd *r, size_t j)
{
    static const char *const levels[] = {"bo", "so", "nganh", "co so", "uy", "duoi", "vung", "dia phuong",
                                         "co tham quyen", "quan", "do", "hoc", NULL};
    size_t l = at(r, j, "cap");
    if (!l || !seg_marks_match(r->p, j, "cấp"))
        return 0;
    size_t q = sp(r, j + l);
    if (q >= r->n || !is_w(r->f[q]) || cap_at(r, q) || any(r, q, levels) || place_at(r, q))
        return 0;
    size_t k = j;
    while (k > 0 && r->f[k - 1] == ' ')
        k--;
    while (k > 0 && is_w(r->f[k - 1]))
        k--;
    static const struct { const char *fold, *text; } grades[] = {{"trung", "trung"}, {"cao", "cao"}, {"so", "sơ"}};
    for (size_t g = 0; g < sizeof grades / sizeof grades[0]; g++)
        if (at(r, k, grades[g].fold) && sp(r, k + strlen(grades[g].fold)) == j &&
            seg_marks_match(r->p, k, grades[g].text))
            return 0;
    int v, vc;
    return seg_wc_word_at(r->p, k, &v, &vc) <= j - k;
}

/* Is the place place_at read at q, before the lower-case word at j, a
 * place indeed, one that closes a name? A unit's word written with its
 * marks ("tỉnh", not "tình" of "tình nguyện"), and not "xã" of "xã hội"
 * (society) or of "hợp tác xã" (a cooperative), which are nouns of the
 * name's field ("Quỹ hợp tác xã địa phương"). */
static int closing_place(const rd *r, size_t q, size_t j)
{
    if (seg_unit_word(r->f, r->n, q, SEG_UNITS, NULL) && !seg_unit_marked_at(r->p, q, SEG_UNITS))
        return 0;
    if (at(r, q, "xa") && (at(r, j, "hoi") || (q >= 8 && at(r, q - 8, "hop tac"))))
        return 0;
    return 1;
}

/* A steering or command board's field in lower case from j, up to the
 * place or level that closes the board's name: "Ban Chỉ huy phòng, chống
 * thiên tai và tìm kiếm cứu nạn xã", "Ban Chỉ đạo phát triển khoa học,
 * công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố". A board is
 * named by all it steers, its commas and "và" inside the name; the place
 * tells where the name ends. No verb of a predicate, "các" or other
 * punctuation on the way ("Ban Chỉ đạo chỉ đạo các xã ..."), only the
 * "chống" of "phòng, chống". Where the place begins, or 0. */
static size_t steering_field(const rd *r, size_t j)
{
    size_t s = j;
    for (int w = 0; w < 18 && s < r->n; w++) {
        if (field_place(r, s))
            return w > 0 ? s : 0;
        if (r->f[s] == ',') {
            s = sp(r, s + 1);
            continue;
        }
        /* "phòng" (prevent) of "phòng, chống", "phòng cháy", not a member */
        if (!is_w(r->f[s]) || cap_at(r, s) || at(r, s, "cac") || (member_at(r, s) && !at(r, s, "phong")))
            return 0;
        int pair = at(r, s, "chong") && s >= 2 && r->f[s - 2] == ',';
        if (!pair && !at(r, s, "va") && stop_at(r, s))
            return 0;
        s = sp(r, word_end(r, s));
    }
    return 0;
}

/* After caps capitalised syllables in a row, at the lower-case word j:
 * has a proper name closed the body's name? Vietnamese capitalises only
 * the first syllable of a name's descriptive part ("Cao đẳng", "Quản lý
 * thị trường") but every syllable of a proper name ("Hà Tĩnh", "Đà Nẵng",
 * "Nghệ An"), and a body's name ends with such a name, its place: a
 * lower-case word after two capitals is the predicate ("Trường Cao đẳng Y
 * tế Hà Tĩnh đào tạo ...", "Báo và Phát thanh, Truyền hình Đà Nẵng mở
 * ..."), unless it closes a word the lexicon knows with the capital before
 * it ("Vùng Cảnh sát biển", "Khu Công nghệ cao"). */
static int proper_name_closed(const rd *r, size_t j, int caps)
{
    if (caps < 2 || !r->p->wc || j >= r->n || !is_w(r->f[j]) || cap_at(r, j) || at(r, j, "va"))
        return 0;
    size_t k = j;
    while (k > 0 && r->f[k - 1] == ' ')
        k--;
    if (k == j)
        return 0;
    while (k > 0 && is_w(r->f[k - 1]))
        k--;
    /* a name in capitals ("CÔNG TY ... BẾN TRE") tells nothing by them */
    if (k + 1 < j && is_w(r->f[k + 1]) && cp_is_upper(cp_at(r, k + 1)))
        return 0;
    int v, vc;
    /* the lower-case word a verb of the lexicon's, neither a word with the
     * capital before it nor a head ("Bộ Công an" + its predicate) */
    return seg_wc_verb_at(r->p, j) && seg_wc_word_at(r->p, k, &v, &vc) <= j - k && !any(r, k, heads);
}

static size_t complement(const rd *r, size_t i)
{
    size_t end = i, j = sp(r, i);
    int words = 0, caps_run = 0, placed = 0, steering = 0, after_place = 0, named_place = 0;
    /* after "phòng, chống" whose "phòng" follows the name's capitals
     * ("Phòng Cảnh sát phòng, chống tội phạm về môi trường"): the pair's
     * object, and its field after "về", are the name's, as the field
     * after a capital is */
    int pair_object = 0;
    size_t place_pos = 0;
    while (j < r->n && words < 16) {
        size_t l;
        int was_place = after_place; /* the word before was a place */
        after_place = 0;
        /* a place (and its name) ends a body's name: "và" and a head after
         * it begin another body ("... thuộc Ủy ban nhân dân tỉnh và Ủy ban
         * nhân dân các xã"), where before it a head may be a part of one
         * name ("Văn phòng Đoàn ĐBQH và HĐND tỉnh") */
        if (placed && (l = at(r, j, "va")) &&
            ((any(r, sp(r, j + l), heads) && cap_at(r, sp(r, j + l))) || new_body_after_and(r, j)))
            break; /* also a unit read with its marks: "... xã và Trạm Y tế xã" */
        placed = placed && cap_at(r, j);
        if (((l = at(r, j, "chi dao")) || (l = at(r, j, "chi huy"))) && j >= 4 && at(r, j - 4, "ban")) {
            /* "Ban chỉ đạo phòng thủ dân sự quốc gia", "Ban chỉ huy phòng
             * cháy, chữa cháy rừng": a steering or command board, "chỉ
             * đạo", "chỉ huy" its noun (often in lower case), not the verb */
            steering = 1;
            j = end = j + l;
            words++;
            j = sp(r, j);
            continue;
        }
        if (steering && words > 0 && (l = at(r, j, "ve")) && seg_marks_match(r->p, j, "về") &&
            name_word(r, sp(r, j + l)) && !any(r, sp(r, j + l), acts)) {
            /* "Ban Chỉ đạo Nhà nước về Du lịch": a board is named by the
             * field it steers, "về" and the field's capital; "về Kế
             * hoạch số ..." cites an act */
            j = sp(r, j + l);
            continue;
        }
        if (steering && words == 1 && (l = steering_field(r, j))) {
            j = l; /* the place that closes the board's name is read next */
            continue;
        }
        if (words == 0 && (l = at(r, j, "cac")) && cap_at(r, sp(r, j + l))) {
            j = sp(r, j + l); /* "Liên hiệp các Hội Khoa học và Kỹ thuật" */
            continue;
        }
        if (cap_at(r, j)) {
            if (words > 0 && peer_head(r, j))
                break; /* "Sở Khoa học và Công nghệ Sở Công Thương": two bodies */
            j = end = word_end(r, j);
            caps_run++;
            words++;
            j = sp(r, j);
            /* a kind of place is followed by the place's proper name, its
             * capitals or number ("xã Tân Lập", "phường 3"): the name
             * still closes the body's, so the first lower-case word after
             * it is the predicate ("... xã Tân Thành làm chủ đầu tư,") */
            after_place = was_place && named_place;
            continue;
        }
        if (caps_run >= 2 && (l = at(r, j, "tai")) && seg_marks_match(r->p, j, "tại") && j >= 9 &&
            at(r, word_before(r, word_before(r, j)), "viet nam") && name_word(r, sp(r, j + l))) {
            /* Vietnam's bodies abroad are named with the country they sit
             * in: "Đại sứ quán Việt Nam tại Hàn Quốc", "Ban Quản lý lao
             * động Việt Nam tại Hàn Quốc"; elsewhere "tại" is the place of
             * the work, no part of a name */
            j = sp(r, j + l);
            continue;
        }
        int prev_caps_run = caps_run;
        caps_run = 0;
        if (words == 0 && r->p->wc && (l = seg_wc_verb_at(r->p, j)) && memchr(r->f + j, ' ', l) &&
            seg_function_word_at(r->p, j) < l && seg_preverbal_word(r->p, j) < l && verb_closes(r, sp(r, j + l)) &&
            (sp(r, j + l) >= r->n || r->f[sp(r, j + l)] != ':')) {
            /* a head's own verb in lower case: "Hội đồng thẩm định," names
             * the body by its work (wordclass.tsv says the word is a verb;
             * what follows says it is not the predicate). Two syllables
             * only: one after a head is a compound's half ("Đoàn thể",
             * "Hội đồng thi") or the copula "là"; a function word or an
             * adverb before a verb only as long as the word ("tập trung"), so
             * "tư vấn" is no "từ". Not before a colon: a verb there
             * introduces what it says or decides ("Hội đồng kết luận:
             * ...", "Sở Y tế đề nghị: ...") */
            end = j + l;
            break;
        } else if ((l = place_at(r, j))) {
            place_pos = j;
            /* a kind of place has a proper name after it; a level
             * ("trung ương", "quốc gia", "cấp tỉnh") has none, and capitals
             * after it go on with the body's own name ("Ủy ban trung ương
             * Mặt trận Tổ quốc Việt Nam") */
            named_place = seg_unit_word(r->f, r->n, j, SEG_UNITS, NULL) != 0;
            j = end = j + l;
            placed = 1;
            size_t m;
            if (j < r->n && r->f[j] == '/' && (m = place_at(r, j + 1)))
                j = end = j + 1 + m; /* "Phòng Văn hóa - Xã hội xã/phường": either unit's */
            words++;
            j = sp(r, j);
            after_place = 1;
            continue;
        } else if (words > 0 && r->f[j] == ',' && paired_field(r, j)) {
            /* "phòng cháy, chữa cháy", "phòng, chống": one field of the name
             * ("Ban Chỉ huy phòng cháy, chữa cháy rừng"); a pair sharing a
             * syllable is read whole, and "và" may join it to one more
             * field of two syllables ("... tạm giữ, tạm giam và thi hành")
             * or to the next pair ("phòng cháy, chữa cháy và cứu nạn, cứu
             * hộ") */
            size_t pe = paired_field(r, j), a1, a2;
            int vb = 0, vc = 0;
            if (pe > sp(r, j + 1)) {
                j = end = pe;
                size_t v = sp(r, j), vl = at(r, v, "va"), w = sp(r, v + vl);
                if (vl && two_syllables(r, w, &a1, &a2)) {
                    size_t we = w + a1 + 1 + a2, after = sp(r, we);
                    if (after >= r->n || strchr(",;.:)", r->f[after]) || stop_at(r, after))
                        j = end = we;
                } else if (v < r->n && is_w(r->f[v]) && !cap_at(r, v) && !stop_at(r, v) && !member_at(r, v) &&
                           r->p->wc && seg_wc_word_at(r->p, v, &vb, &vc) <= word_end(r, v) - v) {
                    /* the pair's one object, a word of one syllable: "phòng
                     * cháy, chữa cháy rừng" (not "công" of "công trình") */
                    size_t we = word_end(r, v), after = sp(r, we);
                    if (after >= r->n || strchr(",;.:)", r->f[after]) || stop_at(r, after) || place_at(r, after) ||
                        (r->p->wc && seg_wc_verb_at(r->p, after)))
                        j = end = we;
                }
                words++;
                j = sp(r, j);
                continue;
            }
            size_t w = j >= 5 ? j - 5 : 0;
            while (w > 0 && r->f[w - 1] == ' ')
                w--;
            /* the capital may open the word before: "Cảnh sát" */
            size_t ws = word_before(r, w), w0 = word_before(r, ws);
            pair_object = j >= 5 && at(r, j - 5, "phong") && ws < w && (cap_at(r, ws) || (w0 < ws && cap_at(r, w0)));
            j = sp(r, j + 1);
            if (pair_object) /* "chống", a stop word alone, is the pair's */
                j = sp(r, j + strlen("chong"));
            continue;
        } else if (words > 0 && (r->f[j] == '-' || r->f[j] == '/') && name_word(r, sp(r, j + 1))) {
            /* "Ban Kinh tế - Ngân sách"; a slash between one body's two
             * names, the former and the merged ("Chi cục Bảo vệ thực
             * vật/Trồng trọt và Bảo vệ thực vật"); before a head it joins
             * two bodies (name_word) */
            after_place = was_place && named_place && r->f[j] == '-'; /* "thành phố Phan Rang - Tháp Chàm" */
            j = sp(r, j + 1);
            continue;
        } else if (words > 0 && r->f[j] == ',' && (l = lower_then_and_name(r, j))) {
            /* "Ủy ban Ứng phó sự cố, thiên tai và Tìm kiếm Cứu nạn": the
             * objects of the name's work coordinated up to its "và" */
            j = l;
            continue;
        } else if (words > 0 && at(r, j, "va") && new_body_after_and(r, j)) {
            /* "Phòng Cảnh sát giao thông và Công an các xã", "Công ty Điện
             * lực Nghệ An và Công ty Cổ phần ...": name_word lets "Công"
             * through for "Công Thương", "Công nghệ", but "Công an", "Công
             * ty" after "và" head a body of their own */
            break;
        } else if (words > 0 && (at(r, j, "va") || r->f[j] == ',') && name_word(r, sp(r, j + (r->f[j] == ',' ? 1 : 2)))) {
            /* "Văn hóa, Thể thao và Du lịch": a comma goes on only into a "và" */
            size_t q = sp(r, j + (r->f[j] == ',' ? 1 : 2));
            if (r->f[j] == ',') {
                size_t s = q;
                int ok = 0;
                for (int w = 0; w < 5 && s < r->n && r->f[s] != ',' && r->f[s] != ';'; w++) {
                    s = sp(r, word_end(r, s));
                    if (at(r, s, "va") && name_word(r, sp(r, s + 2)))
                        ok = 1;
                }
                if (!ok)
                    break;
            }
            j = q;
            continue;
        } else if (words > 0 && (l = at(r, j, "va")) && at(r, sp(r, j + l), "cac") &&
                   name_word(r, sp(r, sp(r, j + l) + 3))) {
            /* "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp
             * Quảng Ngãi": the places a board manages, of one name */
            j = sp(r, sp(r, j + l) + 3);
            continue;
        } else if (new_body_after_and(r, j)) {
            break;
        } else if (words > 0 && (l = at(r, j, "va")) && cap_at(r, sp(r, j + l))) {
            j = sp(r, j + l); /* "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Viện Kiến trúc và Quy hoạch" */
            continue;
        } else if ((words == 0 || stop_at(r, j)) && (l = field_run(r, j, words == 0))) {
            j = end = l;
            size_t c = sp(r, l), o;
            if (c < r->n && r->f[c] == ',' && (o = owner_ministry(r, sp(r, c + 1)))) {
                end = o; /* the unit's ministry ends its name */
                break;
            }
        } else if (words > 0 && prev_caps_run >= 1 && issue_verb_at(r, j)) {
            break; /* "Cục Hàng không Việt Nam cấp giấy phép": the predicate */
        } else if (was_place && is_w(r->f[j]) && !cap_at(r, j) && !stop_at(r, j) && closing_place(r, place_pos, j)) {
            /* "và" before another kind of place ends the name too: "xã Hòa
             * An và xã Hòa Bình" are two places under one head, two bodies
             * (chain.c reads the second) */
            /* Vietnamese closes a body's name with its place or level
             * ("Văn phòng Đăng ký đất đai tỉnh", "Trung tâm Trợ giúp pháp lý
             * tỉnh"): lower-case words after it are the predicate, even one
             * the lexicon lacks ("... tỉnh đo đạc ranh giới"), not the name */
            break;
        } else if (words > 0 && !placed && (l = run_to_place(r, j))) {
            /* "Trung tâm Dịch vụ tổng hợp xã": the place closes the name */
            j = l;
            while (l > 0 && r->f[l - 1] == ' ')
                l--;
            end = l;
            words++;
            continue;
        } else if (words > 0 && is_w(r->f[j]) && !cap_at(r, j) && !stop_at(r, j)) {
            /* lower-case words of a compound ("Tài chính", "Phục vụ hành chính
             * công"): kept when the name goes on or ends after at most four.
             * Nouns restrict the head without limit in Vietnamese ("Ban Đại
             * diện cha mẹ học sinh", "Phòng Tổng hợp nghiệp vụ dự toán"), so
             * a longer run goes on while the lexicon reads none of its words
             * as a verb (a verb in it may open the predicate and its object,
             * "Sở Công Thương đẩy nhanh tiến độ") */
            size_t s = j;
            if (proper_name_closed(r, j, prev_caps_run) && !steering && !pair_object)
                break;
            /* only right after the name's first capitals: after a place
             * or a lower-case run, a name has closed ("Trung tâm Chuyển
             * đổi số Thành phố" + its predicate) */
            int run = 0, has_and = 0, verbal = !r->p->wc || words != prev_caps_run;
            /* "Cục Thú y và Cục Bảo vệ thực vật": "và" before another
             * body's head ends the run */
            while (s < r->n && is_w(r->f[s]) && !cap_at(r, s) && !stop_at(r, s) && !place_at(r, s) &&
                   !and_name(r, s) && !and_group(r, s) && run < (verbal ? 5 : 8)) {
                has_and = has_and || at(r, s, "va");
                /* the syllable that closes the capital's word ("Phát
                 * triển", "Tổng hợp") is the name's, whatever it reads alone */
                size_t k = s;
                int v, vc;
                while (k > 0 && r->f[k - 1] == ' ')
                    k--;
                while (k > 0 && is_w(r->f[k - 1]))
                    k--;
                int closes_word = run == 0 && prev_caps_run >= 1 && seg_wc_word_at(r->p, k, &v, &vc) > s - k;
                verbal = verbal || (!closes_word && seg_wc_verb_at(r->p, s));
                s = sp(r, word_end(r, s));
                run++;
            }
            /* "và" is read at the loop's head: "Văn hóa và Thể thao" goes on,
             * "Cục Thú y và Cục Bảo vệ thực vật" are two */
            int goes_on = s >= r->n || strchr(",;:.()-", r->f[s]) || cap_at(r, s) || place_at(r, s) ||
                          (r->f[s] == '/' && name_word(r, sp(r, s + 1))) || and_group(r, s) ||
                          and_name(r, s) || (stop_at(r, s) && run <= 4 && prev_caps_run >= 1 && !has_and) ||
                          /* a board's field before its places: "Ban Chỉ đạo phát
                           * triển du lịch các địa phương" */
                          (steering && run <= 4 && !has_and && each_place_end(r, s));
            /* a long run of nouns ends the name where the predicate's
             * verb or punctuation begins, not before a capital (another name
             * may follow a predicate the lexicon lacks) nor a function word
             * ("... tập hợp danh sách các đối tượng": an object's "các") */
            if (pair_object && run <= 4 && !has_and) {
                /* the pair's object and its field after "về", up to the
                 * predicate: "... tội phạm về môi trường kiểm tra" */
                size_t vl = at(r, s, "ve") && seg_marks_match(r->p, s, "về") ? strlen("ve") : 0, t = sp(r, s + vl);
                int fw = 0;
                /* a noun the lexicon knows is no stop word folded like it:
                 * "môi trường", not "mọi" */
                while (vl && fw < 3 && t < r->n && is_w(r->f[t]) && !cap_at(r, t) &&
                       (!stop_at(r, t) || (r->p->wc && multi_word(r, t, seg_wc_noun_at(r->p, t)))) &&
                       !(fw == 0 && member_at(r, t)) && !place_at(r, t) && !at(r, t, "va") &&
                       !(fw > 0 && r->p->wc && multi_word(r, t, seg_wc_verb_at(r->p, t)))) {
                    t = sp(r, word_end(r, t));
                    fw++;
                }
                if (fw && (t >= r->n || strchr(",;:.()", r->f[t]) || stop_at(r, t) || cap_at(r, t) ||
                           place_at(r, t) || verb_at(r, t)))
                    s = t;
                goes_on = goes_on || s >= r->n || stop_at(r, s) || verb_at(r, s);
                pair_object = 0;
            }
            int nouns_close = run > 4 && !verbal && !has_and &&
                              (s >= r->n || strchr(",;:.()", r->f[s]) || place_at(r, s) || verb_at(r, s));
            /* fields coordinated by "và" up to a pair sharing a syllable
             * ("Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng"): the
             * comma is the pair's, inside the name */
            int and_pair = has_and && run <= 6 && s < r->n && r->f[s] == ',' && paired_field(r, s);
            if ((run <= 4 && goes_on) || nouns_close || and_pair) {
                j = s;
                while (j > 0 && r->f[j - 1] == ' ')
                    j--;
                end = j;
            } else {
                /* only the second syllable of a compound ("Tài chính"), not
                 * a verb after a name ("Việt Nam đẩy nhanh") */
                if (prev_caps_run == 1)
                    end = word_end(r, j);
                break;
            }
        } else {
            break;
        }
        words++;
        j = sp(r, j);
    }
    return end;
}

/* Is the word at i in a compound that modifies a noun though one of its
 * syllables folds like a function word: "nhà ở" (housing: "Quỹ nhà ở địa
 * phương"), "tại chỗ" (on-site: "các đơn vị, lực lượng tại chỗ")? */
static int in_compound(const rd *r, size_t i)
{
    /* and "viện nghiên cứu" (a research institute), whose "nghiên cứu"
     * names the kind of institute, not a verb after it */
    static const struct { const char *fold, *text; } c[] = {
        {"nha o", "nhà ở"}, {"tai cho", "tại chỗ"}, {"vien nghien", "viện nghiên"}};
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        /* the word at i is the compound's first syllable or its second */
        size_t second = strchr(c[k].fold, ' ') - c[k].fold + 1;
        for (size_t back = 0; back <= second; back += second) {
            size_t a = i - back;
            if (i >= back && at(r, a, c[k].fold) &&
                !strncmp(r->p->text + r->p->cpos[a], c[k].text, strlen(c[k].text)))
                return 1;
        }
    }
    return 0;
}

/* "Cơ quan chủ trì ...", "các cơ quan phối hợp": bodies named by the part
 * they take in a task. The role word at q belongs to the name where the
 * name, with the work it leads, is a numbered heading's whole line ("3. Cơ
 * quan chủ trì giải quyết thủ tục đầu tư dự án", the tasks under it), and
 * for a group (group set) where the clause's duty follows it ("các cơ quan
 * phối hợp có trách nhiệm ..."); one "cơ quan chủ trì" before a duty is a
 * step of a procedure, no body of its own. Elsewhere it is the verb ("các
 * cơ quan phối hợp thực hiện"), and before a colon a label ("Cơ quan phối
 * hợp: Sở ..."). The name's end, or 0. */
static size_t role_named(const rd *r, size_t q, int group)
{
    size_t l = at(r, q, "chu tri");
    if (!l && !at(r, q, "phoi hop voi"))
        l = at(r, q, "phoi hop");
    if (!l)
        return 0;
    size_t e = q + l, s = sp(r, e);
    if (group && seg_duty_at(r->p, s, 1))
        return e;
    if (r->p->label_chars == 0)
        return 0;
    size_t k = s, end = e;
    for (int w = 0; k < r->n && is_w(r->f[k]) && !cap_at(r, k) && w < 8; w++) {
        end = word_end(r, k);
        k = sp(r, end);
    }
    return k >= r->n ? end : 0;
}

static int head_written(const rd *r, size_t i, size_t h);

/* A collective from "các" at i ("các cơ quan, đơn vị có liên quan"). */
static size_t members_from(const rd *r, size_t j);

static size_t function_at(const rd *r, size_t i);
static size_t owner_end(const rd *r, size_t q);
static size_t object_end(const rd *r, size_t s);

static size_t collective_at(const rd *r, size_t i)
{
    size_t l = at(r, i, "cac");
    if (!l)
        return 0;
    /* "các cơ quan quản lý khoa học và công nghệ": the plural of a class
     * named by its function reads as the class does */
    size_t j = sp(r, i + l), h = any(r, j, heads);
    /* "các Phòng Thanh tra thuế", "các Chi cục Thuế khu vực": a head in
     * capitals and a name after it, every body of that named kind, named
     * as one of them is; not a list whose heads the text leaves out after
     * the first ("các Sở Tài chính, Xây dựng", "các Bộ Công an và Quốc
     * phòng") or writes them ("các Sở Y tế, Sở Tài chính"), which the
     * lists' reader takes */
    if (h && cap_at(r, j) && head_written(r, j, h) && cap_at(r, sp(r, j + h)) && !peer_head(r, sp(r, j + h))) {
        size_t e = complement(r, j + h), q = sp(r, e), u = q < r->n ? sp(r, q + (r->f[q] == ',' ? 1 : 0)) : q;
        if (q < r->n && r->f[q] == ',' && cap_at(r, u))
            return 0; /* a list of named bodies: "các Sở Y tế, Sở Tài chính" */
        if (at(r, q, "va") && cap_at(r, sp(r, q + 2)))
            return 0;
        if (e > sp(r, j + h)) {
            /* its owner after "thuộc" restricts the kind: "các Phòng Kiểm
             * tra thuế thuộc văn phòng Cục Thuế" */
            size_t o = owner_end(r, sp(r, e));
            return o > e ? o : e;
        }
    }
    /* "các Ủy ban của Quốc hội": a head in capitals and its owner after
     * "của", every body of that kind the owner has */
    size_t c;
    if (h && cap_at(r, j) && head_written(r, j, h) && (c = at(r, sp(r, j + h), "cua")) &&
        cap_at(r, sp(r, sp(r, j + h) + c))) {
        size_t o = object_end(r, sp(r, sp(r, j + h) + c));
        if (o)
            return o;
    }
    size_t m = members_from(r, j), f = function_at(r, j);
    return f > m ? f : m;
}

/* The reference to an act or its part from i: "Điều 2", "khoản 1 Điều
 * 5", "Nghị quyết này", "Nghị định số 10/2022/NĐ-CP": words with
 * capitals, numbers (with "/", "-", "." inside) and the words that name a
 * part of an act; its end, or 0 when it names none. */
static size_t legal_ref_end(const rd *r, size_t i)
{
    static const char *const parts[] = {"dieu", "khoan", "diem", "muc", "chuong", "phu luc", "so", "nay", NULL};
    size_t j = i, end = 0;
    int named = 0;
    for (int words = 0; j < r->n && words < 10; words++) {
        size_t l;
        if (cap_at(r, j)) {
            size_t e = word_end(r, j);
            while (e + 1 < r->n && strchr("/-.", r->f[e]) && is_w(r->f[e + 1]))
                e = word_end(r, e + 1); /* "10/2022/NĐ-CP" */
            size_t q = sp(r, e);
            if (!isdigit((unsigned char)r->f[j]) && q < r->n && is_w(r->f[q]) && !cap_at(r, q) && !stop_at(r, q) &&
                !any(r, q, parts))
                e = word_end(r, q); /* the act's name, its second syllable in lower case: "Nghị quyết" */
            j = end = e;
            named = 1;
        } else if ((l = any(r, j, parts))) {
            j = end = j + l;
        } else {
            break;
        }
        j = sp(r, j);
    }
    return named ? end : 0;
}

/* After "và" and a member noun ending at j, a comma and another member:
 * "và" joined two lists, each a group ("các cơ quan, đơn vị và tổ chức,
 * cá nhân có liên quan"), since a list puts its "và" before its last
 * member only. */
static int list_after_and(const rd *r, size_t j)
{
    size_t q = sp(r, j);
    return q < r->n && r->f[q] == ',' && !cap_at(r, sp(r, q + 1)) && member_at(r, sp(r, q + 1));
}

/* A body's whole name or a group at s, the object of "thuộc" or "của"
 * ("Ủy ban nhân dân cấp xã", "các sở, ban, ngành thành phố"; a name
 * without a head read from its first word, "Chính phủ"): its end, or 0. */
static size_t object_end(const rd *r, size_t s)
{
    /* a generic noun in apposition before the name, "thuộc cơ quan Bộ
     * Công an" (the body the Ministry is): the name says whose */
    size_t g = at(r, s, "co quan");
    if (!g)
        g = at(r, s, "don vi");
    if (!g)
        g = at(r, s, "van phong"); /* "thuộc văn phòng Cục Thuế": its central office, in lower case */
    if (g && !cap_at(r, s) && any(r, sp(r, s + g), heads) && cap_at(r, sp(r, s + g)) &&
        head_written(r, sp(r, s + g), any(r, sp(r, s + g), heads)))
        s = sp(r, s + g);
    size_t h = any(r, s, heads);
    size_t e = h && cap_at(r, s) ? complement(r, s + h) : cap_at(r, s) ? complement(r, s) : 0;
    if (!e && at(r, s, "cac"))
        e = collective_at(r, s);
    return e;
}

/* The post-modifier saying whose the bodies are, from "thuộc" or "trực
 * thuộc" at q: its end, or 0. Its object is a body or a group ("thuộc Ủy
 * ban nhân dân cấp xã", "trực thuộc các sở, ban, ngành thành phố"; a name
 * without a head read from its first word, "thuộc Chính phủ"), a level or
 * place, the one a province's unit names its owner by ("các Sở, ban, ngành
 * thuộc tỉnh"), or the scope of an authority ("thuộc phạm vi quản lý",
 * "thuộc quyền quản lý của Bộ"). Two prepositions coordinated over one
 * object share it: "thuộc, trực thuộc Ủy ban nhân dân tỉnh". */
static size_t owner_end(const rd *r, size_t q)
{
    size_t l = at(r, q, "truc thuoc");
    if (!l)
        l = at(r, q, "thuoc");
    if (!l)
        return 0;
    size_t s = sp(r, q + l), m;
    if (l == strlen("thuoc") && s < r->n && r->f[s] == ',' && at(r, sp(r, s + 1), "truc thuoc"))
        return owner_end(r, sp(r, s + 1));
    size_t e = object_end(r, s);
    if (!e && (m = place_at(r, s)) && !(s + m < r->n && r->f[s + m] == '/'))
        e = complement(r, s); /* "thuộc tỉnh", "thuộc thành phố Hà Nội" */
    static const char *const scopes[] = {"pham vi quan ly", "quyen quan ly", "su quan ly", NULL};
    if (!e && (m = any(r, s, scopes))) {
        e = s + m;
        size_t c = sp(r, e), cl = at(r, c, "cua"), o = cl ? sp(r, c + cl) : c, h;
        if (cl && (h = any(r, o, heads)) && cap_at(r, o) && (m = complement(r, o + h)) > o + h)
            e = m; /* "... của Bộ Tư pháp" */
    }
    return e;
}

/* Is the member noun of length m at i a class noun, a member of a group,
 * and not the head of a named body? In lower case it is; with a capital,
 * as the plural of offices is often written ("các Cục, Vụ", "các Vụ, Cục,
 * đơn vị có liên quan"), when no name follows it: "Sở Tài chính" after a
 * comma is a body of its own. */
static int class_noun(const rd *r, size_t i, size_t m)
{
    return !cap_at(r, i) || !cap_at(r, sp(r, i + m));
}

/* "các cơ quan, đơn vị được xin ý kiến có trách nhiệm ...": a passive
 * clause after the members, "được" and a verb with no agent, restricts
 * the group (which of them: those asked, those assigned), and belongs
 * to its name where the sentence shows its verb is not the predicate's:
 * a formula of duty or a word that opens a predicate follows it, at once
 * or after the clause's adjunct and a comma ("được xin ý kiến về nội
 * dung ..., có trách nhiệm"), or nothing follows, a heading naming the
 * group. "được" and a verb run to a full stop is the predicate itself, a
 * permission ("các doanh nghiệp được hưởng ưu đãi."). From q, after the
 * members: the clause's end, or 0. */
static size_t passive_clause(const rd *r, size_t q)
{
    size_t l = at(r, q, "duoc");
    if (!l || !seg_marks_match(r->p, q, "được"))
        return 0;
    size_t t = sp(r, q + l), end = 0;
    for (int w = 0; w < 6 && t < r->n && is_w(r->f[t]) && !cap_at(r, t); w++) {
        if (function_word_at(r, t) || seg_predicate_word_at(r->p, t) || at(r, t, "va") ||
            (at(r, t, "co") && stop_at(r, t)))
            break;
        end = word_end(r, t);
        t = sp(r, end);
    }
    if (!end)
        return 0;
    if (t >= r->n || seg_predicate_opens(r->p, t) || (t < r->n && r->f[t] == ':' && sp(r, t + 1) >= r->n))
        return end;
    /* the verb's object may coordinate the words of a field ("được giao
     * kinh phí thực hiện nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo
     * có trách nhiệm ..."): longer, and a comma or "và" before lower-case
     * words that are no member noun goes on with it, when a word that
     * opens the predicate closes it */
    if (t < r->n && (r->f[t] == ',' || at(r, t, "va") || (is_w(r->f[t]) && !function_word_at(r, t)))) {
        size_t k = t, last = end;
        int joined = 0; /* after a comma or "và", where another member would open */
        for (int w = 0; k < r->n && w < 16; w++) {
            if (r->f[k] == ',' || at(r, k, "va")) {
                k = sp(r, k + (r->f[k] == ',' ? 1 : 2));
                joined = 1;
            } else if (last > end && seg_predicate_opens(r->p, k)) {
                return last;
            } else if (!is_w(r->f[k]) || cap_at(r, k) || (joined && member_at(r, k)) || at(r, k, "cac") ||
                       seg_written_modal_at(r->p, k)) {
                return 0;
            } else {
                k = sp(r, last = word_end(r, k));
                joined = 0;
            }
        }
        return 0;
    }
    /* the clause's adjunct ("về nội dung ...", "trong Kế hoạch") up to a
     * comma and the predicate after it */
    if (!function_word_at(r, t))
        return 0;
    for (size_t k = t; k < r->n && !strchr(".;:()", r->f[k]); k++)
        if (r->f[k] == ',') {
            size_t v = sp(r, k + 1);
            return v < r->n && seg_predicate_opens(r->p, v) ? end : 0;
        }
    return 0;
}

static size_t relative_clause(const rd *r, size_t e);
static int adjunct_at(const rd *r, size_t q);
static int person_at(const rd *r, size_t i);

/* An adverb Vietnamese puts between a subject and its verb, read with its
 * marks: "chỉ", "cũng", "vẫn", "đều", "không", "chưa", "còn". */
static int adverb_word(const rd *r, size_t q)
{
    static const struct { const char *fold, *text; } adv[] = {
        {"chi", "chỉ"}, {"cung", "cũng"}, {"van", "vẫn"}, {"deu", "đều"}, {"khong", "không"}, {"chua", "chưa"},
        {"con", "còn"}};
    for (size_t k = 0; k < sizeof adv / sizeof adv[0]; k++)
        if (at(r, q, adv[k].fold) && seg_marks_match(r->p, q, adv[k].text))
            return 1;
    return 0;
}

/* May the modifier at q name the work the bodies do ("sản xuất", "chế
 * biến"), not what they are: a word the lexicon reads as a verb a third
 * of the times, or no noun of two syllables it knows ("chế biến" it
 * lacks; "y tế" is a noun)? */
static int work_modifier(const rd *r, size_t q)
{
    if (!r->p->wc)
        return 0;
    return seg_wc_verbal_at(r->p, q) || !multi_word(r, q, seg_wc_noun_at(r->p, q));
}

/* After the comma that follows a member's modifier (first: its
 * syllables), a second modifier of the same head at q, as Vietnamese
 * coordinates a noun's modifiers under one head: one or two lower-case
 * syllables after a modifier of one or two ("các đơn vị quân đội, công
 * an", "trường đại học, cao đẳng"), or up to four after any, when they are
 * a noun after a noun modifier ("doanh nghiệp viễn thông, bưu chính") or,
 * after the work the bodies do (work: the first modifier may open with a
 * verb), another verb of work ("cơ sở sản xuất giống, nuôi trồng thủy
 * sản", "cơ sở khám bệnh, chữa bệnh tư nhân"); no member, place, stop
 * verb nor function word, and a verb the lexicon knows after their first
 * word is the predicate's; followed by the group's verb, by its relative
 * clause, or by the end of the clause. Its end, or 0: a list of
 * modifiers is a noun phrase's, a clause after the comma has its verb
 * first. */
static size_t second_modifier(const rd *r, size_t q, int first, int work)
{
    if (q >= r->n || !is_w(r->f[q]) || cap_at(r, q))
        return 0;
    int coordinated = r->p->wc && ((work && seg_wc_verbal_at(r->p, q)) || seg_generic_modifier_at(r->p, q));
    int most = coordinated ? 4 : first <= 2 ? 2 : 0;
    size_t s = q, ends[4];
    int run = 0;
    while (s < r->n && is_w(r->f[s]) && !cap_at(r, s) && run < most) {
        if (member_at(r, s) || place_at(r, s) || stop_at(r, s) || adjunct_at(r, s) || at(r, s, "va") ||
            at(r, s, "cac") || at(r, s, "khac") || at(r, s, "lien quan") || seg_predicate_opens(r->p, s))
            break;
        /* a verb the lexicon knows after the modifier's first word opens
         * the predicate: "doanh nghiệp điện lực, cấp nước ưu tiên ...", as
         * an adverb before it does: "... chữa bệnh chỉ cần ..." */
        if (coordinated && run > 0 && (multi_word(r, s, seg_wc_verb_at(r->p, s)) || adverb_word(r, s)))
            break;
        /* persons are the work's object, whose own clause may follow
         * ("điều dưỡng người có công"): left to the reading without them */
        if (coordinated && (at(r, s, "nguoi") || person_at(r, s)))
            break;
        ends[run++] = word_end(r, s);
        s = sp(r, ends[run - 1]);
    }
    /* the longer modifier first: "công an" before "công"; a lone
     * syllable after a long modifier is more often half a word ("ký gửi")
     * than a modifier of its own */
    for (int k = run - 1; k >= (first > 2); k--) {
        size_t t = sp(r, ends[k]);
        int lexical = coordinated && k > 0 && multi_word(r, t, seg_wc_verb_at(r->p, t));
        int verb = t < r->n && is_w(r->f[t]) && !cap_at(r, t) && (stop_at(r, t) || lexical) &&
                   !function_word_at(r, t) && !at(r, t, "va");
        if (verb || t >= r->n || strchr(";:.", r->f[t]))
            return ends[k];
        size_t c = relative_clause(r, ends[k]);
        if (c > ends[k])
            return c;
    }
    return 0;
}

/* A member noun naming persons, not organisations: "cá nhân", "cộng
 * đồng" (a community). */
static int person_at(const rd *r, size_t i) { return at(r, i, "ca nhan") || at(r, i, "cong dong"); }

static int predicate_after(const rd *r, size_t e);
static size_t power_clause(const rd *r, size_t e);

/* "các cơ quan, tổ chức có thẩm quyền": after the members at q, "có thẩm
 * quyền" (competent) names the class, as after "cơ quan" alone
 * (function_at), with the power that follows it when the predicate comes
 * after the power (power_clause): "cơ quan, đơn vị có thẩm quyền giải
 * quyết hồ sơ phải thông báo". It is the name's where the clause ends
 * after it or its predicate follows; "có thẩm quyền" run to an object is
 * the predicate itself. Its end, or 0. */
static size_t competent_end(const rd *r, size_t q)
{
    size_t l = at(r, q, "co tham quyen");
    if (!l || !seg_marks_match(r->p, q, "có"))
        return 0;
    size_t e = q + l, pc = power_clause(r, e), t;
    if (pc)
        return pc;
    t = sp(r, e);
    return t >= r->n || strchr(",;.)", r->f[t]) || predicate_after(r, e) || seg_duty_at(r->p, t, 1) ? e : 0;
}

/* At the comma q after a level that closes a group ("cấp huyện"), the
 * units of that rank coordinated after it, as Vietnamese lists the kinds
 * of unit a level holds ("cấp huyện, thị xã"): one unit's word in lower
 * case, read with its marks, that the clause's end, a verb or "và"
 * follows. Its end, or 0. */
static size_t level_units(const rd *r, size_t q)
{
    size_t u = sp(r, q + 1), ul = u < r->n && !cap_at(r, u) ? seg_unit_marked_at(r->p, u, SEG_UNITS) : 0;
    if (!ul)
        return 0;
    size_t t = sp(r, u + ul);
    return t >= r->n || strchr(";:.)", r->f[t]) || stop_at(r, t) || at(r, t, "va") ? u + ul : 0;
}

/* Where a class's bodies stand (funcwords.c): "các cơ quan, tổ chức tại
 * địa phương", "các cơ quan đại diện ở nước ngoài", "tổ chức, cá nhân
 * trong và ngoài nước". Right after the members it restricts the class, as "trên
 * địa bàn" does. Its length, or 0. */
static size_t located_at(const rd *r, size_t q)
{
    return seg_located_at(r->p, q);
}

/* After "(có) liên quan" at e, "đến việc" and what is done says which
 * matter the bodies concern: "các đơn vị hành chính liên quan đến việc
 * thực hiện sắp xếp". A nominalised clause ("việc" and its verb), it runs
 * to the clause's punctuation, "và", a formula of duty or a word that
 * opens a predicate, within eight words; running on past them it may hold
 * the predicate's verb, so nothing is taken. Its end, or 0. */
static size_t concerning(const rd *r, size_t e)
{
    size_t t = sp(r, e), l = at(r, t, "den viec");
    if (!l || !seg_marks_match(r->p, t, "đến"))
        return 0;
    size_t k = sp(r, t + l), end = 0;
    for (int w = 0; w < 8; w++) {
        if (k >= r->n || strchr(",;:.()", r->f[k]) || at(r, k, "va") || seg_duty_at(r->p, k, 1) ||
            seg_predicate_word_at(r->p, k))
            return end;
        if (!is_w(r->f[k]) || cap_at(r, k))
            return 0;
        end = word_end(r, k);
        k = sp(r, end);
    }
    return 0;
}

/* A level of schooling ("đại học", "sau đại học", "cao đẳng", "trung
 * học phổ thông"): its length, or 0. Schools and training bodies are
 * named by the levels they teach, and Vietnamese lists several levels
 * under the one head ("các trường cao đẳng, trung cấp", "cơ sở đào tạo
 * đại học, sau đại học"). */
static size_t school_level_at(const rd *r, size_t q)
{
    static const char *const levels[] = {"sau dai hoc", "dai hoc", "cao dang", "trung cap", "mam non", "tieu hoc",
                                         "trung hoc co so", "trung hoc pho thong", "pho thong", NULL};
    return q < r->n && !cap_at(r, q) ? any(r, q, levels) : 0;
}

/* The members' modifiers ran from starts[0] to e; where their last words
 * are a level of schooling and a comma follows, the levels coordinated
 * after it under the same head, as the comma lists them: "các cơ sở giáo
 * dục mầm non, phổ thông", "trường trung học cơ sở, trung học phổ thông".
 * A comma before anything else (a clause, "sau khi ...") ends the group
 * there. The last level's end, or 0. */
static size_t school_levels(const rd *r, const size_t *starts, int run, size_t e)
{
    int ends_level = 0;
    for (int k = 0; k < run && !ends_level; k++)
        ends_level = starts[k] + school_level_at(r, starts[k]) == e;
    size_t end = 0, l;
    while (ends_level && e < r->n && r->f[e] == ',' && (l = school_level_at(r, sp(r, e + 1))))
        e = end = sp(r, e + 1) + l;
    return end;
}

/* The member nouns of a group from j, after its "các" or an office
 * ("Thủ trưởng sở, ban, ngành thành phố"): their end, or 0. */
static size_t members_from(const rd *r, size_t j)
{
    size_t l, end = 0;
    size_t m = member_at(r, j);
    if (!m)
        return 0;
    /* not a list of named bodies ("các Sở: Tài chính, Xây dựng") */
    static const char *const named[] = {"so", "bo", "hoi", "hiep hoi", "truong", "vien", "ngan hang", "dai",
                                        "bao", "trung tam", "cuc", "ban", NULL};
    if (j + m < r->n && r->f[j + m] == ':' && any(r, j, named) == m)
        return 0;
    int named_first = any(r, j, named) == m;
    /* "các Bộ trưởng", "các Cục trưởng": a member noun and "trưởng" make
     * the title of the body's head, persons; the office reading names
     * their bodies (names.c) */
    size_t t = sp(r, j + m);
    if (at(r, t, "truong") && seg_marks_match(r->p, t, "trưởng"))
        return 0;
    /* "vụ" in lower case opening a group is an event ("các vụ việc", "các
     * vụ án", "các vụ cháy") unless a list or "thuộc" follows ("các vụ,
     * cục", "các vụ thuộc Bộ") */
    if (m == 2 && at(r, j, "vu") && !cap_at(r, j)) {
        size_t q = sp(r, j + m);
        if (q < r->n && is_w(r->f[q]) && !at(r, q, "va") && !at(r, q, "thuoc") && !at(r, q, "truc thuoc") &&
            !at(r, q, "cua") && !at(r, q, "lien quan") && !at(r, q, "co lien quan"))
            return 0;
    }
    /* "các ngành, lĩnh vực": "ngành" beside "lĩnh vực" (a field) is a
     * sector of the economy, the pair names fields, no bodies */
    if (at(r, j, "nganh")) {
        size_t q = sp(r, j + m);
        if (q < r->n && (r->f[q] == ',' || r->f[q] == '/'))
            q = sp(r, q + 1);
        else if (at(r, q, "va"))
            q = sp(r, q + 2);
        if (at(r, q, "linh vuc") || (at(r, q, "nghe") && seg_marks_match(r->p, q, "nghề")))
            return 0; /* "các ngành, nghề cấm đầu tư kinh doanh": trades */
    }
    /* a group of persons only ("các cá nhân") is no body (ANNOTATING.md,
     * fifth rule set); one member that is an organisation makes it one */
    int org = !person_at(r, j);
    j = end = j + m;
    /* "có liên quan" closes the list of members: "các đơn vị liên quan tổ
     * chức ..." goes on with its verb, not with "tổ chức" the noun */
    int closed = 0, after_member = 0, was_member = 1, placed = 0, last_place = 0, qualified = 0, owned = 0;
    /* modified: the last step read the members' own lower-case modifiers
     * ("các cơ quan nhà nước"), after which "có thẩm quyền" is still the
     * class's (competent_end) */
    int modified = 0, was_modified = 0, was_located = 0;
    for (int words = 0; words < 14; words++) {
        size_t q = sp(r, j);
        after_member = was_member;
        was_member = 0;
        modified = was_modified;
        was_modified = 0;
        /* after where the members are, a passive clause still says which
         * of them: "cơ quan, đơn vị ở địa phương được giao quản lý ..." */
        int after_located = was_located;
        was_located = 0;
        /* "thuộc X" after "có liên quan" still says whose: "các đơn vị có
         * liên quan thuộc Bộ Giáo dục và Đào tạo" */
        int whose = (at(r, q, "thuoc") || at(r, q, "truc thuoc")) && cap_at(r, sp(r, q + (at(r, q, "thuoc") ? 5 : 10)));
        if (closed && !place_at(r, q) && !at(r, q, "cua") && !at(r, q, "tren dia ban") && !(whose && !owned) &&
            !at(r, q, "quy dinh tai"))
            break;
        if (placed && q < r->n && r->f[q] == ',') {
            size_t u = level_units(r, q);
            if (u)
                end = u;
            break; /* "các sở, ban, ngành cấp tỉnh, cơ quan ngành dọc": its level closes a group */
        }
        int after_place = last_place;
        last_place = 0;
        /* "tổ chức" without its comma is the noun where a comma and
         * another member follow it, as no verb's object does: "các cơ
         * quan, đơn vị tổ chức, cá nhân có liên quan" */
        size_t oc = at(r, q, "to chuc") ? sp(r, q + strlen("to chuc")) : 0;
        int org_listed = oc && after_member && oc < r->n && r->f[oc] == ',' && !cap_at(r, sp(r, oc + 1)) &&
                         member_at(r, sp(r, oc + 1));
        if (!cap_at(r, q) && !after_place && (!at(r, q, "to chuc") || org_listed) && (m = member_at(r, q))) {
            /* not right after a place: "... trên địa bàn thành phố tổ chức" is its
             * verb; nor "tổ chức" without a comma: "các sở, ngành và địa phương
             * tổ chức ..." */
            org = org || !person_at(r, q);
            j = end = q + m; /* "các cơ quan đơn vị" without its comma */
            was_member = 1;
            last_place = place_at(r, j - m) != 0; /* "thành phố" is a member and a place */
        } else if (q < r->n && r->f[q] == ',' && (m = member_at(r, sp(r, q + 1))) && class_noun(r, sp(r, q + 1), m)) {
            org = org || !person_at(r, sp(r, q + 1));
            j = end = sp(r, q + 1) + m;
            was_member = 1;
            last_place = place_at(r, j - m) != 0; /* "thành phố" is a member and a place */
        } else if ((l = at(r, q, "va")) && !cap_at(r, sp(r, q + l)) && (m = member_at(r, sp(r, q + l))) &&
                   !qualified && !list_after_and(r, sp(r, q + l) + m)) {
            /* "và" before a capital joins another body: "Các bộ, ngành và Ban Chỉ đạo ..." */
            org = org || !person_at(r, sp(r, q + l));
            j = end = sp(r, q + l) + m;
            was_member = 1;
            last_place = place_at(r, j - m) != 0; /* "thành phố" is a member and a place */
        } else if ((l = at(r, q, "co lien quan")) || (l = at(r, q, "lien quan")) || (l = at(r, q, "ngang bo")) ||
                   (l = at(r, q, "chinh tri - xa hoi")) || (l = at(r, q, "chinh tri xa hoi")) ||
                   (l = at(r, q, "chuyen mon")) || (l = place_at(r, q)) || (l = at(r, q, "tren dia ban")) ||
                   (l = at(r, q, "tai dia ban")) || (l = located_at(r, q))) {
            /* "tại địa bàn" as "trên địa bàn": "các lực lượng vũ trang đóng
             * quân tại địa bàn" */
            closed = closed || at(r, q, "co lien quan") || at(r, q, "lien quan");
            placed = at(r, q, "cap tinh") || at(r, q, "cap xa") || at(r, q, "cap huyen");
            /* a place or level after the members qualifies them all: "và"
             * after it joins another group ("các sở, ban, ngành, đoàn thể
             * thành phố và đơn vị có liên quan") */
            /* "trung ương và địa phương" pairs two levels of one group */
            int located = located_at(r, q) != 0;
            was_located = located;
            qualified = (place_at(r, q) && !at(r, q, "trung uong")) || at(r, q, "tren dia ban") ||
                        at(r, q, "tai dia ban") || located;
            last_place = place_at(r, q) || at(r, q, "tren dia ban") || at(r, q, "tai dia ban") || located;
            j = end = q + l;
            size_t cv = at(r, q, "co lien quan") || at(r, q, "lien quan") ? concerning(r, j) : 0;
            if (cv)
                j = end = cv; /* "liên quan đến việc thực hiện sắp xếp" */
        } else if ((l = at(r, q, "cua")) &&
                   ((m = place_at(r, sp(r, q + l))) || (m = at(r, sp(r, q + l), "dia phuong")))) {
            /* "các cơ quan chuyên môn của tỉnh", "... chức năng của địa
             * phương": the owner closes the phrase, so "và nhà đầu tư" after
             * it is another group */
            j = end = sp(r, q + l) + m;
            closed = 1;
        } else if ((after_member || modified) && words > 0 && (l = competent_end(r, q))) {
            /* "các cơ quan, tổ chức có thẩm quyền" (competent_end); so after
             * the noun modifiers of the class: "các cơ quan quản lý nhà nước
             * có thẩm quyền" (a competence qualifies the whole class noun,
             * as "có liên quan" does) */
            j = end = l;
            closed = 1;
        } else if (after_member && (l = role_named(r, q, 1))) {
            j = end = l; /* "các cơ quan phối hợp có trách nhiệm ..." */
            closed = 1;
        } else if ((after_member || after_located) && ((l = at(r, q, "duoc giao")) || (l = at(r, q, "duoc phan cong"))) &&
                   ((m = at(r, sp(r, q + l), "chu tri")) || (m = at(r, sp(r, q + l), "nhiem vu")))) {
            /* a class named by the duty it was given, the subject of its
             * own duty: "các cơ quan, đơn vị được giao chủ trì có trách
             * nhiệm", "cơ quan, tổ chức, đơn vị được giao nhiệm vụ chủ động
             * triển khai"; the name ends with the duty's noun */
            j = end = sp(r, q + l) + m;
            closed = 1;
        } else if ((after_member || after_located) && (l = passive_clause(r, q))) {
            j = end = l; /* "các cơ quan, đơn vị được xin ý kiến" */
            closed = 1;
        } else if ((l = at(r, q, "truc thuoc trung uong"))) {
            j = end = q + l; /* "các tỉnh, thành phố trực thuộc trung ương": closed, "và tổ chức ..." is another */
            closed = 1;
        } else if ((l = at(r, q, "truc thuoc")) || (l = at(r, q, "thuoc")) || (l = at(r, q, "cua"))) {
            size_t e = owner_end(r, q);
            if (!e && at(r, q, "cua"))
                e = object_end(r, sp(r, q + l)); /* "của" a body or a group, as "thuộc" */
            if (!e)
                break;
            j = end = e;
            closed = owned = 1; /* "các đơn vị thuộc Ngân hàng Nhà nước, tổ chức tín dụng": a new item */
        } else if ((l = at(r, q, "quy dinh tai")) && (m = legal_ref_end(r, sp(r, q + l)))) {
            /* "(được) quy định tại X" defines the class by the act that
             * names it: "các cơ sở giáo dục quy định tại Nghị quyết chịu
             * trách nhiệm", "các cơ quan, tổ chức quy định tại Điều 2" */
            j = end = m;
            closed = 1;
        } else if (cap_at(r, q) && !any(r, q, heads)) {
            j = end = word_end(r, q); /* "Thành phố", a place's name */
            qualified = 1;
        } else if (after_member && is_w(r->f[q]) && !cap_at(r, q) && (!stop_at(r, q) || in_compound(r, q))) {
            /* "các cơ quan truyền thông", "các đơn vị, lực lượng chức
             * năng": a few lower-case words after the last member that end
             * where the group does (punctuation or its verb's "chủ trì") */
            size_t s = q, starts[8], verb_s = 0, nl = 0;
            int run = 0, public = 0, verb_run = 0, nominal = 1, noun2 = 0;
            /* "và" joins another name, "khác" (other) says which, not what */
            while (s < r->n && is_w(r->f[s]) && !cap_at(r, s) && (!stop_at(r, s) || in_compound(r, s)) &&
                   !at(r, s, "va") && !at(r, s, "khac") && run < 6) {
                size_t vl = r->p->wc ? seg_wc_verb_at(r->p, s) : 0;
                /* after one noun of two syllables ("lực lượng chức năng",
                 * "cơ quan chức năng") a verb of one syllable opens the
                 * predicate too: "các sở, ngành, lực lượng chức năng tăng
                 * thời lượng ...", where a longer run of modifiers could
                 * hold a one-syllable verb of their own */
                if (!verb_s && run > 0 && nominal && nl == 0 && vl && (multi_word(r, s, vl) || (noun2 && run == 2))) {
                    verb_s = s; /* the first verb after noun modifiers (noun_modifiers_end) */
                    verb_run = run;
                }
                /* nouns only: words the lexicon reads as nouns, or lacks
                 * ("viễn thông"); a word read both ways ("hợp tác") may be
                 * the clause's verb already. nl: what is left of a word
                 * of two syllables, its second syllable no word of its own */
                if (nl == 0) {
                    size_t wl = r->p->wc ? seg_wc_word_at(r->p, s, &(int){0}, &(int){0}) : 0;
                    nominal = nominal && !vl && (!wl || seg_wc_noun_at(r->p, s));
                    nl = wl > word_end(r, s) - s ? wl : 0;
                    noun2 = run == 0 && nominal && wl && multi_word(r, s, wl);
                } else {
                    nl = 0;
                }
                /* "công lập" (public), the last qualifier of a class: "các
                 * Cơ sở cai nghiện ma túy công lập hoạt động ..." */
                public = at(r, s, "lap") != 0;
                starts[run] = s;
                run += !public;
                s = sp(r, word_end(r, s));
                if (public)
                    break;
            }
            /* "khác" (other) closes the qualifiers it follows and is the
             * group's: "tổ chức hành chính khác thuộc Ủy ban nhân dân ..." */
            size_t other = at(r, s, "khac") && seg_marks_match(r->p, s, "khác") ? strlen("khac") : 0;
            /* "và" before another group ends it too: "các cơ quan thông tấn
             * báo chí và hệ thống thông tin cơ sở" */
            int ends = s >= r->n || strchr(",;:.()", r->f[s]) || stop_len(r, s) || place_at(r, s) ||
                       at(r, s, "va") || public || other;
            int read = run > 0 && !(words > 0 && run > 2) && ends && run <= 5;
            if (!read && verb_s && verb_run <= (words > 0 ? 2 : 5)) {
                /* noun_modifiers_end: the run read to no end of the group,
                 * but nouns modify a class noun and a verb does not, so
                 * where a verb the lexicon knows follows nouns only, the
                 * predicate opens: "các cơ quan, đơn vị chức năng xác
                 * định chỉ tiêu ..." is the group "các cơ quan, đơn vị
                 * chức năng" and its verb */
                s = verb_s;
                run = verb_run;
                /* unless a formula of duty closes the clause further on:
                 * then the verb was a relative clause's, of the last noun
                 * ("Các chủ đầu tư dự án đầu tư ứng dụng công nghệ thông
                 * tin có trách nhiệm"), and the group runs to the formula */
                for (size_t k = sp(r, word_end(r, verb_s)), w = 0;
                     k < r->n && is_w(r->f[k]) && !cap_at(r, k) && !at(r, k, "va") && w < 10; w++) {
                    if (seg_duty_at(r->p, k, 1)) {
                        s = k;
                        break;
                    }
                    k = sp(r, word_end(r, k));
                }
                other = 0;
                public = 0;
                read = 1;
                closed = 1; /* nor is the verb's syllable a member ("sở hữu" no "sở") */
            }
            if (!read)
                break; /* "các Cơ sở cai nghiện ma túy công lập" */
            /* "các doanh nghiệp đăng ký và thực hiện ...": the two
             * syllables before "và" and a verb are a verb, the group's
             * own clause (verb_after_and) */
            if (verb_after_and(r, s)) {
                if (run <= 2)
                    break;
                s = starts[run - 2];
            }
            j = s;
            while (j > 0 && r->f[j - 1] == ' ')
                j--;
            if (other && !verb_after_and(r, s))
                j = s + other;
            end = j;
            was_modified = !other && !public;
            /* a member with a qualifier of its own names a class, and the
             * comma after it another: "các cơ sở giáo dục công lập, tổ chức
             * và cá nhân liên quan" are two groups */
            if (run >= 3 && j < r->n && r->f[j] == ',')
                closed = 1;
            /* the run ends with a level: "các cơ sở truyền thanh cấp huyện,
             * thị xã" */
            size_t lu = run >= 2 && j < r->n && r->f[j] == ',' && place_at(r, starts[run - 2]) ? level_units(r, j) : 0;
            if (lu) {
                j = end = lu;
                break;
            }
            /* a comma between two modifiers of the one member noun: "các
             * đơn vị quân đội, công an đóng trên địa bàn", "các doanh
             * nghiệp lớn, chủ lực tăng cường ...": the word after it is no
             * member, no verb and no place, and the group's verb or its
             * clause follows it, so it qualifies the same head */
            size_t sl = !other ? school_levels(r, starts, run, j) : 0;
            if (sl) {
                /* whose schools, "công lập" or "tư thục", qualifies all the
                 * levels; a place may still follow ("... trung cấp trên địa
                 * bàn tỉnh"), another item after a comma may not */
                size_t o = sp(r, sl), ol = at(r, o, "cong lap") ? strlen("cong lap") : at(r, o, "tu thuc");
                j = end = ol ? o + ol : sl;
                closed = 1;
                continue;
            }
            size_t v = run <= 2 && !other && j < r->n && r->f[j] == ','
                           ? second_modifier(r, sp(r, j + 1), run, work_modifier(r, starts[0]))
                           : 0;
            if (v) {
                j = end = v;
                closed = 1;
            }
        } else {
            break;
        }
    }
    /* "các Bộ, cơ quan: Tài chính, Xây dựng, ...": heads of named bodies,
     * a class noun beside them, and the names after the colon; a list of
     * bodies (chain.c), not a group */
    size_t q = sp(r, end);
    if (named_first && q < r->n && r->f[q] == ':' && cap_at(r, sp(r, q + 1)) && !stop_at(r, sp(r, q + 1)))
        return 0; /* not a label's colon before its sentence: "Các sở, ngành: Là các đơn vị ..." */
    return org ? end : 0;
}

/* A field of work in lower case after a function ("địa chất, khoáng sản",
 * "khí tượng thủy văn", "đất đai cấp xã"): its end, or i. A comma goes on
 * into the next word of the field, not into another body ("cơ quan tài
 * chính, cơ quan xây dựng"). */
static size_t field_at(const rd *r, size_t i)
{
    size_t end = i, j = sp(r, i);
    for (int words = 0; words < 7 && j < r->n; words++) {
        size_t l;
        if ((l = place_at(r, j))) {
            end = j + l;
            break; /* "cấp xã" closes it */
        }
        if (r->f[j] == ',' && words > 0) {
            size_t q = sp(r, j + 1);
            if (q >= r->n || !is_w(r->f[q]) || cap_at(r, q) || stop_at(r, q) || at(r, q, "co quan") ||
                member_noun(r, q))
                break;
            j = q;
        }
        if (!is_w(r->f[j]) || cap_at(r, j) || stop_at(r, j) || at(r, j, "phai") || at(r, j, "va"))
            break;
        end = word_end(r, j);
        j = sp(r, end);
    }
    return end;
}

/* Does the predicate's verb, or a word that opens a predicate
 * (funcwords.c), follow at e? Right after a power ("có thẩm quyền quyết
 * định") any verb is the predicate's: the power's verb took its place in
 * the name, so what comes next is no modifier of it. */
static int predicate_after(const rd *r, size_t e)
{
    size_t t = sp(r, e);
    /* a verb whose first syllable is a member noun is the verb: "ban hành" */
    int verb = verb_at(r, t) || (t < r->n && !cap_at(r, t) && stop_at(r, t) && stop_len(r, t) > member_at(r, t) &&
                                 !function_word_at(r, t) && !at(r, t, "lien quan"));
    return t < r->n && (verb || seg_predicate_word_at(r->p, t));
}

/* After a power's object, at e, the predicate of the class: a verb a
 * body acts by with its subject before it ("đề xuất", "quyết định",
 * "xem xét"), a formula of duty or a modal. Not any verb: one after a
 * noun may modify it ("quyết định tỷ lệ hoàn thành nhiệm vụ": the rate
 * of completion, the object of "quyết định"). */
static const char *const acts_by[] = {"de xuat", "quyet dinh", "xem xet", "chu tri", "phoi hop", "thuc hien",
                                      "bao cao", "tham muu", "thong bao", "tra loi", "ban hanh", "huong dan",
                                      "chiu", "ra quyet dinh", "ket luan", NULL};

/* The words that open a predicate are funcwords.c's, as for
 * predicate_after; the verbs are acts_by, not predicate_after's any verb,
 * for the reason above, and a capital is a name the object goes on into. */
static int acting_after(const rd *r, size_t e)
{
    size_t t = sp(r, e);
    return t < r->n && !cap_at(r, t) && (any(r, t, acts_by) || seg_predicate_word_at(r->p, t));
}

/* "cơ quan có thẩm quyền công nhận xem xét ...": Vietnamese says which
 * power by the verb after "thẩm quyền" (the power to recognise, to
 * settle, to decide), a restrictive clause of the class's name, when the
 * predicate's own verb or a word that opens a predicate follows it; one
 * verb run to punctuation or a preposition is the predicate itself
 * ("cơ quan có thẩm quyền xử lý theo quy định"). The powers are those a
 * regulation gives (ANNOTATING.md, sixth rule set: "quyết định", "quản
 * lý", "cấp", "phê duyệt"), two joined by a comma as one ("quản lý, sử
 * dụng"). From e, after "có thẩm quyền": the name's new end, or 0. */
static size_t power_clause(const rd *r, size_t e)
{
    static const char *const powers[] = {"cong nhan", "giai quyet", "quyet dinh", "quan ly", "phe duyet", "cap",
                                         "xu ly", "cho phep", "thu hoi", "tham dinh", "su dung", NULL};
    size_t q = sp(r, e), l = any(r, q, powers);
    if (!l || cap_at(r, q) || place_at(r, q))
        return 0; /* "cấp trên", "cấp tỉnh" are levels, not the power "cấp" */
    size_t end = q + l, c = sp(r, end), v;
    if (c < r->n && r->f[c] == ',' && (l = any(r, v = sp(r, c + 1), powers)) && !cap_at(r, v))
        end = v + l;
    if (predicate_after(r, end))
        return end;
    /* the power's object, a few lower-case nouns up to the verb a body
     * acts by ("giải quyết khiếu nại | ra quyết định"), when that
     * verb follows it ("cấp có thẩm quyền xử lý kỷ luật đề xuất ...", "cơ
     * quan có thẩm quyền cấp giấy phép quyết định ..."), or the act that
     * gives that power between them ("... xử lý kỷ luật quy định tại Điều
     * 22 ... quyết định"); before a preposition or punctuation the verb and its object
     * are the predicate ("cơ quan có thẩm quyền xử lý vi phạm theo quy
     * định") */
    size_t o = sp(r, end), oe = 0, re;
    for (int w = 0; w < 4 && o < r->n && is_w(r->f[o]) && !cap_at(r, o) && !stop_at(r, o) && !place_at(r, o) &&
                    !at(r, o, "va") && !member_at(r, o) && !any(r, o, acts_by);
         w++) {
        oe = word_end(r, o);
        o = sp(r, oe);
    }
    if (!oe)
        return 0;
    size_t ql = at(r, o, "quy dinh tai");
    if (ql && (re = legal_ref_end(r, sp(r, o + ql))) && acting_after(r, re))
        return oe; /* the act cited says where the power is given, it is no part of the name */
    return acting_after(r, oe) ? oe : 0;
}

/* A body a regulation names by its function, not by a proper name
 * (ANNOTATING.md: "cơ quan quản lý nhà nước về du lịch", "cơ quan có thẩm
 * quyền", "cơ quan thuế", "cơ quan chủ trì soạn thảo"): a class of bodies,
 * so a collective. Its end, or 0. */
static size_t function_at(const rd *r, size_t i)
{
    size_t l = at(r, i, "co quan");
    if (!l)
        return 0;
    size_t j = sp(r, i + l), m, e;
    static const char *const with_field[] = {"quan ly nha nuoc ve", "co chuc nang quan ly", "chu tri soan thao",
                                             "du bao", NULL};
    static const char *const sectors[] = {"thue", "hai quan", "tai chinh", "xay dung", "thong tan bao chi",
                                          "bao chi", "thong ke", "co tham quyen", "chuc nang", "truyen thong",
                                          NULL};
    if ((m = role_named(r, j, 0)))
        return m;
    /* "cơ quan thực hiện chức năng quản lý nhà nước về đê điều ở địa
     * phương", "... trong lĩnh vực thủy sản": the formula by which the law
     * names whichever body holds a state function, so its field and where
     * it holds it (a level closing the field, or "ở địa phương") are all
     * the class's name */
    size_t fn = at(r, j, "thuc hien chuc nang"), k0 = fn ? sp(r, j + fn) : j, sl, v, vl;
    if (fn && (sl = at(r, k0, "quan ly nha nuoc"))) {
        v = sp(r, k0 + sl);
        vl = at(r, v, "ve") && seg_marks_match(r->p, v, "về") ? strlen("ve") : at(r, v, "trong linh vuc");
        if (vl && (e = field_at(r, v + vl)) > v + vl) {
            size_t lo = located_at(r, sp(r, e));
            return lo ? sp(r, e) + lo : e;
        }
    }
    for (int k = 0; with_field[k]; k++)
        if ((m = at(r, j, with_field[k]))) {
            e = field_at(r, j + m);
            return e > j + m || !strcmp(with_field[k], "chu tri soan thao") ? (e > j + m ? e : j + m) : 0;
        }
    if ((m = any(r, j, sectors))) {
        e = j + m;
        size_t q = sp(r, e), pl = place_at(r, q);
        /* "- Cơ quan có thẩm quyền quyết định: UBND tỉnh.": a procedure's
         * label, whose value after the colon is the body */
        size_t k = pl ? sp(r, q + pl) : q;
        for (int w = 0; w < 4 && k < r->n && is_w(r->f[k]) && !cap_at(r, k); w++)
            k = sp(r, word_end(r, k));
        if (k < r->n && r->f[k] == ':')
            return 0;
        if (!pl && at(r, j, "co tham quyen") == m && (k = power_clause(r, e)))
            return k;
        return pl ? q + pl : e; /* "cơ quan có thẩm quyền cấp tỉnh" */
    }
    /* a body named by the work it does and its object, the way a
     * regulation names a class: "cơ quan quản lý tạm giữ, tạm giam", "cơ
     * quan giải quyết thủ tục hành chính", "cơ quan tiếp nhận hồ sơ", "cơ
     * quan thi hành án hình sự"; the object is needed ("cơ quan quản lý"
     * alone says nothing) */
    static const char *const works[] = {"quan ly", "giai quyet", "tiep nhan", "thi hanh an", "dieu tra",
                                        "tham dinh", "to tung", NULL};
    if ((m = any(r, j, works))) {
        e = field_at(r, j + m);
        if (e <= j + m)
            return 0;
        /* an object of a few words ("thủ tục hành chính", "thi hành án
         * hình sự"); a longer run holds the clause's own verb ("cơ quan
         * quản lý thuế ấn định số tiền thuế") */
        int words = 0;
        for (size_t k = j + m; k < e; k++)
            words += r->f[k] == ' ' && is_w(r->f[k + 1]);
        if (words > 5)
            return 0;
        /* the body it belongs to, with its capitals: "cơ quan thi hành án
         * hình sự Công an cấp tỉnh", "... Bộ Công an" */
        size_t q = sp(r, e), h = any(r, q, heads), ce;
        /* a competence after the work's object qualifies the class as
         * after a bare "cơ quan": "cơ quan quản lý nhà nước có thẩm
         * quyền" (competent_end) */
        if ((ce = competent_end(r, q)))
            return ce;
        /* "các cấp" (at every level) closes the class's name, with the
         * force it is found in: "cơ quan thi hành án hình sự các cấp
         * trong Công an nhân dân" */
        if (at(r, q, "cac cap")) {
            e = q + strlen("cac cap");
            size_t t = sp(r, e), tl = at(r, t, "trong");
            if (tl && cap_at(r, sp(r, t + tl))) {
                size_t c = complement(r, t + tl);
                if (c > sp(r, t + tl))
                    e = c;
            }
            return e;
        }
        if (h && cap_at(r, q)) {
            size_t c = complement(r, q + h);
            return c > q + h ? c : e;
        }
        /* the object ends where the clause goes on: punctuation, "và",
         * or a word of duty; a stop word that folds like another ("đổi
         * mới", "chương trình") leaves it open, so no name */
        static const char *const go[] = {"co", "thuc hien", "chu tri", "phoi hop", "va", "duoc", "giup", NULL};
        if (q < r->n && r->f[q] == ':' && sp(r, q + 1) < r->n)
            return 0; /* "Cơ quan giải quyết thủ tục hành chính: UBND cấp xã": a label */
        return q >= r->n || strchr(",;:.()", r->f[q]) || seg_duty_at(r->p, q, 1) || any(r, q, go) ||
                       place_at(r, q)
                   ? e
                   : 0;
    }
    /* "Cơ quan An ninh điều tra", "Cơ quan Cảnh sát điều tra": the
     * proper name of a kind of body found at every level */
    if (cap_at(r, j) && !any(r, j, heads) && !place_at(r, j) && !at(r, j, "nha nuoc")) {
        e = complement(r, j);
        return e > j ? e : 0;
    }
    if ((m = at(r, j, "chuyen mon"))) {
        /* "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh"; with its
         * field, "cơ quan chuyên môn về y tế thuộc ..." */
        e = j + m;
        size_t v = sp(r, e), fe;
        if (at(r, v, "ve") && stop_at(r, v) && (fe = field_at(r, v + 2)) > v + 2)
            e = fe;
        size_t q = sp(r, e), t = at(r, q, "cua"), c = owner_end(r, q);
        if (t) {
            size_t s = sp(r, q + t), h = any(r, s, heads);
            c = h && cap_at(r, s) ? complement(r, s + h) : 0;
            c = c > s + h ? c : 0;
        }
        /* the first of the kinds a province's act lists, whose owner after
         * the last is all of theirs: "Cơ quan chuyên môn, tổ chức hành chính
         * khác thuộc Ủy ban nhân dân tỉnh" */
        if (!c && q < r->n && r->f[q] == ',' && member_at(r, sp(r, q + 1)) && !cap_at(r, sp(r, q + 1)))
            c = members_from(r, i);
        return c > e ? c : e;
    }
    return 0;
}

/* "xã, phường, đặc khu" after "UBND": the units, two or more. */
static size_t unit_list_at(const rd *r, size_t i)
{
    size_t l = place_at(r, i), end = 0;
    int k = 0;
    while (l) {
        end = i + l;
        k++;
        size_t q = sp(r, end);
        if (q < r->n && (r->f[q] == ',' || r->f[q] == '/')) /* "xã, phường", "xã/phường" */
            q = sp(r, q + 1);
        else if (at(r, q, "va"))
            q = sp(r, q + 2);
        else
            break;
        /* a unit in lower case: "phường", not the name "Phường 5" */
        l = !cap_at(r, q) ? place_at(r, q) : 0;
        i = q;
    }
    return k >= 2 ? end : 0;
}

/* "Ủy ban nhân dân các xã, phường, doanh nghiệp viễn thông": a people's
 * committee (or police) of a level is named by places, so a member noun
 * that is no place ends its group, which collective_at read to c from
 * the "các" at j: the end of its last place, or c. */
static size_t unit_at(const rd *r, size_t q)
{
    size_t l = place_at(r, q);
    if (!l && !(l = seg_unit_word(r->f, r->n, q, SEG_THI_TRAN, NULL)) && at(r, q, "quan"))
        l = member_at(r, q); /* "quận", not "quản" */
    return l;
}

static size_t units_end(const rd *r, size_t j, size_t c)
{
    size_t q = sp(r, j + 3), l = unit_at(r, q), last = 0;
    while (l && q + l <= c) {
        last = q + l;
        q = sp(r, last);
        if (q < r->n && (r->f[q] == ',' || r->f[q] == '/'))
            q = sp(r, q + 1);
        else if (at(r, q, "va"))
            q = sp(r, q + 2);
        else
            return c; /* a modifier after the places: "... trên địa bàn" */
        if (q >= c)
            return c;
        l = unit_at(r, q);
        if (!l && member_at(r, q))
            return last; /* another member: a group of its own */
    }
    return c;
}

/* The nouns of a restriction by "có" end at e, before a word that is no
 * plain noun; a verb there may still be the noun's own modifier ("các xã
 * có đất thu hồi", "có rừng phòng hộ", "có dự án đầu tư công": land that
 * is taken back, forest that protects). Where a word of leading ("chủ
 * trì"), "phối hợp với" or a formula of duty stands a few lower-case
 * words on, that is the clause's predicate, and the words before it can
 * only restrict the units. The end of those words, or e. */
static size_t restriction_led(const rd *r, size_t e)
{
    size_t k = sp(r, e);
    for (int words = 0; words < 3 && k < r->n && is_w(r->f[k]) && !cap_at(r, k); words++) {
        if (stop_at(r, k) || seg_function_word_at(r->p, k) || at(r, k, "va") || at(r, k, "cac") ||
            seg_lead_word_at(r->p, k) || seg_duty_at(r->p, k, 1) || at(r, k, "phoi hop"))
            break;
        size_t w = word_end(r, k), t = sp(r, w);
        if (t < r->n && (seg_lead_word_at(r->p, t) || seg_duty_at(r->p, t, 1) ||
                         (at(r, t, "phoi hop") && at(r, sp(r, t + strlen("phoi hop")), "voi"))))
            return w;
        k = t;
    }
    return e;
}

/* After a group of units ("Ủy ban nhân dân các xã, phường"), at c, what
 * restricts the units before the clause's verb: a lower-case qualifier
 * of the places ("các xã ven biển", "các xã miền núi") or a clause of
 * "có" and a noun ("các xã, phường có dự án", "các xã có trụ sở cũ").
 * Vietnamese restricts a noun after it with no relative word, and the
 * clause's verb after the restriction says where the subject ends: the
 * words are the group's only where a verb, a formula of duty or the
 * sentence's punctuation follows them. "có" before a document or a measure
 * ("có văn bản", "có ý kiến", "có kế hoạch") is the predicate itself, to
 * write or to give one. The new end, or c. */
static size_t units_restricted(const rd *r, size_t c)
{
    static const char *const papers[] = {"van ban", "y kien", "ke hoach", "bao cao", "phuong an", "cong van",
                                         "to trinh", "thong bao", "giai phap", "bien phap", "de xuat",
                                         "kien nghi", "trach nhiem", "tham quyen", "quyen", "nhiem vu", NULL};
    size_t q = sp(r, c), w = q, e = c;
    int has = at(r, q, "co") && seg_marks_match(r->p, q, "có");
    if (has) {
        w = sp(r, q + strlen("co"));
        if (any(r, w, papers))
            return c;
    }
    int words = 0;
    for (size_t k = w; words < (has ? 4 : 2) && k < r->n && is_w(r->f[k]) && !cap_at(r, k); words++) {
        /* nouns only, read as the lexicon's words ("trụ sở", not "sở"): a
         * verb, a stop word, a member noun or a place opens the predicate
         * or another group */
        int v = 0, vc = 0;
        size_t wl = r->p->wc ? seg_wc_word_at(r->p, k, &v, &vc) : 0;
        if (stop_at(r, k) || seg_function_word_at(r->p, k) || at(r, k, "va") || at(r, k, "cac") || v ||
            (wl <= word_end(r, k) - k && (member_at(r, k) || place_at(r, k))))
            break;
        e = wl > word_end(r, k) - k ? k + wl : word_end(r, k);
        k = sp(r, e);
    }
    if (!words)
        return c;
    if (has)
        e = restriction_led(r, e);
    size_t t = sp(r, e);
    int closes = t >= r->n || strchr(",;:.", r->f[t]) || seg_duty_at(r->p, t, 1) || seg_predicate_opens(r->p, t) ||
                 (t < r->n && !cap_at(r, t) && (verb_at(r, t) || (r->p->wc && seg_wc_verb_at(r->p, t))));
    return closes ? e : c;
}

/* A class of bodies named without "các" by its noun and what it does or
 * where it stands ("lực lượng chức năng", "hệ thống thông tin cơ sở",
 * "chính quyền địa phương", "doanh nghiệp kinh doanh bảo hiểm"): a
 * collective; with a proper name after it, one body ("Lực lượng Hải
 * quan", "lực lượng Công an thành phố"). Its end, or 0; a bare "lực
 * lượng" or "hệ thống" is a resource, not a body.
 *
 * The head nouns are those that name actors without being office words:
 * forces and systems, authorities, enterprises and their roles in a project
 * ("nhà đầu tư", "chủ đầu tư", "nhà thầu", "nhà cung cấp dịch vụ ..."), and
 * with their capital, the Front and
 * the state funds ("Mặt trận cơ sở", "Quỹ nhà ở địa phương"), whose lower
 * case forms are other words ("trên mặt trận kinh tế", "quỹ đất" a stock of
 * land). A post of a force ("đồn") takes a proper name: "đồn Công an". The
 * caller reads names only where a verb asks for a body (assign.c), which
 * is what makes these nouns bodies there and plain words elsewhere. */
static size_t class_at(const rd *r, size_t i, int *collective)
{
    static const char *const nouns[] = {"luc luong", "he thong", "chinh quyen", "doanh nghiep", "nha cung cap",
                                        NULL};
    /* a project's parties are named by a proper name when at all ("chủ
     * đầu tư Dự án ...", "nhà thầu Công ty ..."): lower-case words after
     * them are the clause's verb ("chủ đầu tư nộp ...") */
    static const char *const parties[] = {"nha dau tu", "chu dau tu", "nha thau", NULL};
    static const struct { const char *text, *fold; } capital[] = {{"Mặt trận ", "mat tran"}, {"Quỹ ", "quy"}};
    size_t l = any(r, i, nouns);
    const char *tx = r->p->text + r->p->cpos[i];
    /* the capital says a name only inside a sentence: "Quỹ đất ..." opening
     * one is the land reserve */
    size_t b = i;
    while (b > 0 && r->f[b - 1] == ' ')
        b--;
    int inside = b > r->p->label_chars && !strchr(".:;", r->f[b - 1]);
    for (size_t k = 0; !l && k < sizeof capital / sizeof capital[0]; k++)
        if (!strncmp(tx, capital[k].text, strlen(capital[k].text)) && (inside || strcmp(capital[k].fold, "quy")))
            l = at(r, i, capital[k].fold);
    /* a longer head is read as such: "Mặt trận Tổ quốc" */
    if (l && any(r, i, heads) > l)
        return 0;
    size_t pl = any(r, i, parties);
    if (pl && cap_at(r, sp(r, i + pl)) && !place_at(r, sp(r, i + pl))) {
        size_t e = complement(r, i + pl);
        *collective = 0;
        return e > i + pl ? e : 0;
    }
    if (!l && at(r, i, "don") && seg_marks_match(r->p, i, "đồn")) {
        /* "đồn Công an", "Đồn Biên phòng Cửa khẩu ...": a post named */
        size_t j = sp(r, word_end(r, i));
        size_t e = cap_at(r, j) ? complement(r, word_end(r, i)) : 0;
        *collective = 0;
        return e > j ? e : 0;
    }
    /* "Hệ thống thông tin ..." opening a sentence is a thing, not a body */
    if (!l || (at(r, i, "he thong") && cap_at(r, i)))
        return 0;
    size_t j = sp(r, i + l);
    if (cap_at(r, j) && !any(r, j, heads) && !place_at(r, j) && !at(r, j, "nha nuoc")) {
        size_t e = complement(r, i + l);
        *collective = 0;
        return e > i + l ? e : 0;
    }
    /* a few lower-case words up to punctuation or a verb: "lực lượng chức
     * năng", "chính quyền địa phương", "doanh nghiệp kinh doanh bảo hiểm" */
    size_t q = j, e = i + l, starts[5];
    int run = 0;
    /* "trực tiếp" (directly) opens the verb: "Quỹ trực tiếp quản lý" */
    int pronoun = 0, placed = 0;
    while (q < r->n && is_w(r->f[q]) && !cap_at(r, q) && (!stop_at(r, q) || in_compound(r, q)) &&
           !at(r, q, "va") && !at(r, q, "truc tiep") && run < 5) {
        /* a personal pronoun is no modifier of a class but a verb's object:
         * "lực lượng cưỡng chế đưa họ ra khỏi ...": the syllable before it
         * is that verb */
        if ((at(r, q, "ho") && seg_marks_match(r->p, q, "họ")) ||
            (at(r, q, "chung") && seg_marks_match(r->p, q, "chúng"))) {
            pronoun = 1;
            break;
        }
        starts[run] = q;
        q = word_end(r, q);
        run++;
        if (place_at(r, q - 1) || (q >= 6 && at(r, q - 6, "phuong"))) {
            placed = 1;
            break;
        }
        q = sp(r, q);
    }
    /* "lực lượng chức năng điều tra các vụ ...": a determiner opens the
     * object of a verb, so the two syllables before it are that verb, not
     * the name's ("các cấp", at every level, is the name's) */
    size_t d = sp(r, q);
    int verb = run >= 3 && (at(r, d, "cac") || at(r, d, "nhung")) && !at(r, d, "cac cap");
    /* "doanh nghiệp viễn thông đăng ký và thực hiện ...": "và" and a verb
     * make the two syllables before it a verb too; with no more before
     * them the class has no modifier */
    if (pronoun && run >= 1) {
        run--;
        q = run ? starts[run] : j;
        pronoun = run > 0; /* what is left before the verb ends the name */
    }
    if (run >= 1 && verb_after_and(r, d)) {
        if (run <= 2)
            run = 0;
        else
            verb = 1;
    }
    if (verb) {
        run -= 2;
        q = starts[run];
    }
    while (q > j && r->f[q - 1] == ' ')
        q--;
    size_t t = sp(r, q);
    int ends = verb || pronoun || t >= r->n || strchr(",;:.()", r->f[t]) || stop_at(r, t) || at(r, t, "va");
    *collective = 1;
    if (run >= 1 && run <= 4 && ends)
        e = q;
    /* a modifier coordinated after the comma shares the head, as in a
     * group after "các": "doanh nghiệp viễn thông, bưu chính ưu tiên ..." */
    size_t v = run >= 1 && run <= 4 && !verb && !pronoun && t < r->n && r->f[t] == ','
                   ? second_modifier(r, sp(r, t + 1), 5, work_modifier(r, starts[0]))
                   : 0;
    if (v)
        e = v;
    /* "các" right after the name writes whose the class is without "của",
     * as "Ủy ban nhân dân các tỉnh" does: "lực lượng chức năng các cấp" (at
     * every level), "chính quyền địa phương các xã biên giới" (a place's
     * authority, of each unit of the group): one class, the group's units
     * its owners */
    if (run >= 1 && run <= 4 && !verb && !pronoun && !v && e == q && at(r, t, "cac")) {
        size_t g = at(r, t, "cac cap") ? t + strlen("cac cap")
                   : placed            ? members_from(r, sp(r, t + strlen("cac")))
                                       : 0;
        if (g)
            e = g;
    }
    return e > i + l || at(r, i, "doanh nghiep") ? e : 0;
}

/* A word that opens an adjunct or the predicate, not a clause's verb: a
 * function word, an adverb of manner, a modal or aspect word written as
 * one ("đã", not "đăng" of "đăng ký"), or one of these. */
static int adjunct_at(const rd *r, size_t q)
{
    static const char *const adjunct[] = {"can cu", "tuy", "dong thoi", "ngay", "thi", "chu tri", "phoi hop",
                                          "tren co so", NULL};
    return function_word_at(r, q) || seg_manner_at(r->p, q) || seg_written_modal_at(r->p, q) || any(r, q, adjunct);
}

/* "các doanh nghiệp sử dụng nhiều lao động thực hiện ...", "các cơ quan
 * giải quyết TTHC phối hợp với ...": a clause of what the bodies do, its
 * verb one of capacity and its object, restricts the class when the
 * predicate's own verb of taking part follows the object (a second main
 * verb after the object is the predicate's, the first one's clause the
 * subject's). The object is a few words, an abbreviation among them, but
 * no noun that takes a verb as its complement ("công tác tuyên truyền",
 * "việc triển khai"), where the verb after it is the object's. From q,
 * the word after the members: the clause's end, or 0. */
static size_t capacity_clause(const rd *r, size_t q)
{
    static const char *const capacity[] = {"thuc hien", "giai quyet", "cung cap", "su dung", "quan ly",
                                           "tiep nhan", NULL};
    static const char *const predicate[] = {"phoi hop", "chu tri", "thuc hien", "trien khai", "tang cuong", NULL};
    static const char *const nominal[] = {"cong tac", "viec", "hoat dong", "nhiem vu", "cong viec", "ke hoach",
                                          "che do", "phuong an", "giai phap", NULL};
    size_t v = any(r, q, capacity);
    if (!v || cap_at(r, q))
        return 0;
    size_t t = sp(r, q + v), end = 0;
    for (int w = 0; w < 6 && t < r->n && is_w(r->f[t]); w++) {
        if (w > 0 && any(r, t, predicate) && !cap_at(r, t))
            break;
        if (any(r, t, nominal) || at(r, t, "va") || (!cap_at(r, t) && stop_at(r, t)))
            return 0;
        end = word_end(r, t);
        t = sp(r, end);
    }
    if (!end || t >= r->n || !any(r, t, predicate) || cap_at(r, t))
        return 0;
    /* "thực hiện ... thực hiện": one verb twice is no clause and predicate */
    if (any(r, t, predicate) == v && !strncmp(r->f + t, r->f + q, v))
        return 0;
    return end;
}

/* A group's relative clause. Vietnamese restricts a class of bodies by a
 * clause after its noun, with no relative word: "các doanh nghiệp cung
 * cấp dịch vụ viễn thông tập trung ...", "cơ quan, đơn vị tiếp nhận tố
 * cáo phải chuyển ...", "các đơn vị quân đội đóng ở trong và gần khu vực
 * bổ sung ...". Its verb looks like the predicate's, but the sentence
 * shows which is which: a word that only opens a predicate
 * (seg_predicate_opens) after a verb and its object means the words before
 * it are the subject's, the group's restriction; so does a place where
 * the members stand ("trên địa bàn", "khu vực") followed by the
 * predicate's verb or by the next member of a list of subjects. A clause
 * that runs to punctuation or "và" is the predicate itself ("các sở,
 * ngành tổ chức tuyên truyền."). From e, the group's end: its new end, or
 * e. */
static size_t relative_clause(const rd *r, size_t e)
{
    static const char *const preps[] = {"tren", "tai", "o", NULL};
    static const char *const locus[] = {"dia ban", "khu vuc", NULL};
    size_t q = sp(r, e);
    /* "cũng", "cùng" (also, together) open the predicate; "cung cấp" is a verb */
    int also = at(r, q, "cung") && (seg_marks_match(r->p, q, "cũng") || seg_marks_match(r->p, q, "cùng"));
    /* so does a negation right after the group ("cơ quan có thẩm quyền
     * không phải thẩm định"); after a verb it may be its manner ("thực
     * hiện không đúng"), so it opens nothing there */
    also = also || at(r, q, "khong") || (at(r, q, "chua") && seg_marks_match(r->p, q, "chưa"));
    /* the clause's place may open it, its verb read with the members
     * ("các đơn vị quân đội đóng" + "ở trong và gần khu vực") */
    int prep = q < r->n && any(r, q, preps) && stop_at(r, q);
    if (q >= r->n || !is_w(r->f[q]) || cap_at(r, q) || (adjunct_at(r, q) && !prep) || at(r, q, "va") || also ||
        seg_predicate_opens(r->p, q))
        return e;
    size_t cap = capacity_clause(r, q);
    if (cap)
        return cap;
    size_t last = e;
    for (int w = 0; q < r->n && w < 10; w++) {
        size_t l;
        /* a regulation's duty formula follows classes it names by their
         * members, which readers key a group by (ANNOTATING.md, "Same group
         * or another"): "các cơ quan, đơn vị thực hiện ... có trách nhiệm"
         * stays "các cơ quan, đơn vị" (on val the longer name split a group) */
        if (w > 0 && seg_duty_at(r->p, q, 0))
            return e;
        if (w > 0 && (l = seg_predicate_opens(r->p, q)))
            return last; /* "... tiếp nhận tố cáo | phải chuyển" */
        if (prep && (l = any(r, q, locus))) {
            size_t t = q + l, pl, v = sp(r, t);
            if ((pl = place_at(r, v)))
                t = v + pl; /* "trên địa bàn tỉnh" */
            v = sp(r, t);
            /* the predicate's verb follows, or the next subject of a list */
            int verb = v < r->n && !cap_at(r, v) && (seg_predicate_opens(r->p, v) || at(r, v, "dong thoi") ||
                                                      (stop_at(r, v) && !adjunct_at(r, v) && !member_at(r, v)));
            int next = v < r->n && r->f[v] == ',' &&
                       (at(r, sp(r, v + 1), "cac") || member_at(r, sp(r, v + 1)) || cap_at(r, sp(r, v + 1)) ||
                        at(r, sp(r, v + 1), "dong thoi"));
            return verb || next ? t : e;
        }
        if (!is_w(r->f[q]) || cap_at(r, q) || (at(r, q, "va") && !prep))
            return e;
        /* a place after a verb without object ("đóng quân trên địa bàn");
         * after an object it is the place of a task ("bảo đảm an toàn điện
         * tại khu vực") */
        prep = prep || (w > 0 && w <= 2 && any(r, q, preps) && stop_at(r, q));
        last = word_end(r, q);
        q = sp(r, last);
    }
    return e;
}

/* Is the head h long at i written as that head, not a word folding
 * like it? */
static int head_written(const rd *r, size_t i, size_t h)
{
    /* short heads that fold like other words, read with their marks in
     * any case: "Sở" / "SỞ", not "Số Thẻ" (a card's number); "Bộ", not
     * "Bổ sung"; "Đài", not "Đại"; "Báo", not "Bảo"; "Viện", not "Viên";
     * "Cổng" (a portal), not "CÔNG TRÌNH" nor "CỘNG HÒA";
     * and "Phòng" before a verb of prevention ("PHÒNG NGỪA THAM NHŨNG" is
     * a heading in capitals, no office) */
    static const struct { const char *fold, *text; } marked[] = {
        {"so", "sở"}, {"bo", "bộ"}, {"dai", "đài"}, {"bao", "báo"}, {"vien", "viện"}, {"hoi", "hội"},
        {"cuc", "cục"}, {"phong", "phòng"}, {"cong", "cổng"}, {"vu", "vụ"}};
    /* "Vụ" (a ministry's department), not "Vũ" (a name) */
    for (size_t k = 0; k < sizeof marked / sizeof marked[0]; k++)
        if (h == strlen(marked[k].fold) && at(r, i, marked[k].fold) && !seg_marks_match(r->p, i, marked[k].text))
            return 0;
    static const char *const prevent[] = {"ngua", "chong", "chay", "tranh", NULL};
    if (at(r, i, "phong") && any(r, sp(r, i + h), prevent))
        return 0;
    /* heads that fold like other words: "Quỹ" (a fund), not "Quý IV" (a
     * quarter) nor "Quý cơ quan"; "Hạt" (a ranger station) */
    if ((at(r, i, "quy") && strncmp(r->p->text + r->p->cpos[i], "Quỹ", strlen("Quỹ"))) ||
        (at(r, i, "hat") && strncmp(r->p->text + r->p->cpos[i], "Hạt", strlen("Hạt"))) ||
        (at(r, i, "doan") && strncmp(r->p->text + r->p->cpos[i], "Đoàn", strlen("Đoàn"))))
        return 0; /* "Đoàn" (a delegation), not "Đoạn" (a section) */
    return 1;
}

/* The units of a force or a service named by their rank and a proper
 * name: "Đội Cảnh sát giao thông", "Trạm Y tế xã", "Đồn Biên phòng ...",
 * "Hải đội 2", "Trung đoàn 102", "Lữ đoàn Công binh 229". Their nouns
 * fold like common words ("đổi", "đôi", "trăm", "đơn", "Đối ngoại"), so
 * they are read with their marks, with a capital, and only before a name
 * in capitals or a number ("Đội ngũ cán bộ" is staff): kept out of the
 * heads' list, whose words also stop a name. The head's length at i, or 0. */
static int abbreviation_at(const rd *r, size_t q);

static size_t force_unit(const rd *r, size_t i)
{
    static const struct { const char *fold, *text; } units[] = {
        {"hai doi", "Hải đội"}, {"hai doan", "Hải đoàn"}, {"trung doan", "Trung đoàn"}, {"lu doan", "Lữ đoàn"},
        {"su doan", "Sư đoàn"}, {"tieu doan", "Tiểu đoàn"}, {"doi", "Đội"}, {"tram", "Trạm"}, {"don", "Đồn"}};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t l = at(r, i, units[k].fold);
        size_t q = sp(r, i + l);
        /* a number or a word in title case; an abbreviation after the
         * noun names a kind of installation ("Trạm BTS", a base station) */
        if (l && !strncmp(r->p->text + r->p->cpos[i], units[k].text, strlen(units[k].text)))
            return cap_at(r, q) && q > i + l && (isdigit((unsigned char)r->f[q]) || !abbreviation_at(r, q)) ? l : 0;
    }
    return 0;
}

/* Is the group at i the object of "chỉ đạo" ("chỉ đạo các bệnh viện
 * tuyến huyện rà soát ...")? What a body directs is a body (ANNOTATING.md),
 * so there a plural of hospitals is a group as "các trường" is. Read so
 * everywhere it lowered a held-out batch of duty articles: elsewhere "các
 * bệnh viện" is as often where care is given ("khám bệnh tại các bệnh
 * viện") or a list's member the readers did not count. Not "Ban Chỉ đạo",
 * a body's name. */
static int directed_object(const rd *r, size_t i)
{
    size_t b = i;
    while (b > 0 && r->f[b - 1] == ' ')
        b--;
    if (!at(r, i, "cac") || b < 7 || !at(r, b - 7, "chi dao"))
        return 0;
    size_t w = b - 7;
    while (w > 0 && r->f[w - 1] == ' ')
        w--;
    return !(w >= 3 && at(r, w - 3, "ban") && cap_at(r, w - 3));
}

size_t seg_body_at(const seg_para *p, size_t i, int *collective)
{
    rd r = {p, p->fold, p->nchar, 0};
    *collective = 0;
    if (i >= r.n || (i > 0 && is_w(r.f[i - 1])))
        return 0;
    rd d = r;
    d.directed = directed_object(&r, i);
    size_t e = collective_at(&d, i);
    if (!e && at(&r, i, "he thong"))
        e = collective_at(&r, sp(&r, i + strlen("he thong"))); /* "hệ thống các cơ quan báo chí": the whole class */
    if (!e)
        e = function_at(&r, i);
    if (e) {
        *collective = 1;
        return relative_clause(&r, e);
    }
    /* a list of member nouns opening an item, or the object of a verb
     * that gives a role, is a group without "các"; opening an item, where
     * the item gives it a duty: the subject of a duty formula or a
     * word that opens a predicate ("Doanh nghiệp, tổ chức có trách nhiệm
     * ..."), or a heading whose colon the tasks follow ("14. Doanh nghiệp,
     * cộng đồng, tổ chức, cá nhân: Quan tâm ..."); elsewhere such a list
     * is a scope's item or a form's label ("Cơ quan, tổ chức, đơn vị công
     * tác:"). "Tổ chức" opening an item is its verb; "Xã, phường" name
     * places, whose bodies are their committees */
    size_t b0 = i;
    while (b0 > 0 && r.f[b0 - 1] == ' ')
        b0--;
    int opens = i == sp(&r, p->label_chars);
    /* the object of a verb that gives a role (ANNOTATING.md: after "phối
     * hợp với", the object of "giao", "chỉ đạo", "đề nghị", "khuyến
     * khích"): the members are the group whatever follows them ("phối hợp
     * với cơ quan, tổ chức có liên quan trong việc ..."); after "hướng
     * dẫn" they are guided, no role. A sentence's first words are not
     * read so (on val that lowered the agencies' figure) */
    static const char *const givers[] = {"phoi hop voi", "phoi hop", "giao", "chi dao", "de nghi", "khuyen khich",
                                         NULL};
    int object = 0;
    for (int k = 0; givers[k] && !object; k++) {
        size_t gl = strlen(givers[k]);
        object = b0 >= gl && at(&r, b0 - gl, givers[k]) && !cap_at(&r, i);
    }
    /* "Bộ, cơ quan ngang Bộ[, cơ quan thuộc Chính phủ]": the formula
     * central acts name every ministry with, "Bộ" alone, its capital the
     * formula's and no name after it: a group as "các bộ, ..." is */
    size_t bc = at(&r, i, "bo") ? sp(&r, i + 2) : r.n;
    int ministries = bc < r.n && r.f[bc] == ',' && at(&r, sp(&r, bc + 1), "co quan ngang bo");
    /* the main clause after a fronted clause of circumstance ("Trong quá
     * trình thực hiện, nếu có vướng mắc, cơ quan, tổ chức, cá nhân phản
     * ánh ..."), of condition ("Trường hợp có khó khăn, vướng mắc, cơ
     * quan, tổ chức kịp thời phản ánh ...", "Trong trường hợp cần thiết,
     * Bộ, cơ quan ngang Bộ ... quy định ...", the ministries' formula after
     * "thì" too: "Khi ... thì Bộ, cơ quan ngang Bộ, ... báo cáo ...", not
     * a bare group there, which is the case's own class, the one the
     * article's title names, as often as a subject: read so it lowered
     * val's tasks 0.676 -> 0.675) or of what a rule adds to
     * ("Ngoài ..., cơ quan, đơn vị, địa phương chủ động ..."): the item
     * opens with one, and the word before the comma is no member noun, as
     * the rest of a list would have ("các sở, ban, ngành"); the group's
     * verb follows it, one the lexicon knows too ("..., cơ quan, đơn vị thu
     * hồi tài khoản ...") */
    static const char *const clauses[] = {"trong qua trinh", "neu", "khi", "sau khi", "tren co so",
                                          "trong truong hop", "truong hop", "ngoai", NULL};
    size_t a0 = sp(&r, p->label_chars);
    int fronted = 0;
    if (!opens && !object && b0 > 0 && r.f[b0 - 1] == ',' && (!cap_at(&r, i) || ministries)) {
        /* the last word before the comma, of one or two syllables ("tổ
         * chức", "cá nhân") */
        size_t w = word_before(&r, b0 - 1), w1 = word_before(&r, w);
        int listed = member_at(&r, w) || at(&r, w1, "ca nhan") || (member_at(&r, w1) && sp(&r, w1 + member_at(&r, w1)) >= b0 - 1);
        fronted = a0 < w1 && any(&r, a0, clauses) && !listed &&
                  (!at(&r, a0, "ngoai") || seg_marks_match(p, a0, "ngoài"));
    } else if (!opens && !object && b0 >= 3 && at(&r, b0 - 3, "thi") && seg_marks_match(p, b0 - 3, "thì") &&
               ministries) {
        fronted = a0 < b0 - 3 && any(&r, a0, clauses) && (!at(&r, a0, "ngoai") || seg_marks_match(p, a0, "ngoài"));
    }
    size_t m0 = (opens || object || fronted) && !at(&r, i, "to chuc") && !place_at(&r, i) ? member_at(&r, i) : 0;
    size_t c0 = sp(&r, i + m0);
    if (m0 && c0 < r.n && r.f[c0] == ',' && (m0 = member_at(&r, sp(&r, c0 + 1))) &&
        class_noun(&r, sp(&r, c0 + 1), m0) && (e = members_from(&r, i))) {
        e = relative_clause(&r, e);
        size_t t = sp(&r, e), u = t < r.n ? sp(&r, t + 1) : r.n;
        /* the colon's tasks are words (a form's label has dots after it);
         * a comma before a name or another group makes the list the first
         * subjects of a clause ("Bộ, cơ quan ngang bộ, Ủy ban nhân dân các
         * cấp ... chịu trách nhiệm") */
        int words = u < r.n && is_w(r.f[u]);
        int next = t < r.n && r.f[t] == ',' && words && (cap_at(&r, u) || at(&r, u, "cac"));
        /* after a fronted clause, or the ministries' formula, "và" and a
         * name go on with the subjects ("Bộ, cơ quan ngang Bộ, cơ quan
         * thuộc Chính phủ và Ủy ban nhân dân cấp tỉnh quy định ...") */
        size_t va = at(&r, t, "va");
        next = next || ((fronted || ministries) && va && cap_at(&r, sp(&r, t + va)));
        /* the formula's members are its three classes: a name after its
         * "và" is a body of its own ("... cơ quan thuộc Chính phủ và Ủy ban
         * nhân dân cấp tỉnh"), which the chain reads next */
        for (size_t q = i; ministries && q + 3 < e; q++)
            if (r.f[q] == ' ' && at(&r, q + 1, "va") && cap_at(&r, sp(&r, q + 3))) {
                e = q;
                while (e > i && r.f[e - 1] == ' ')
                    e--;
                t = sp(&r, e);
                next = 1;
                break;
            }
        int verb = verb_at(&r, t) || seg_manner_at(p, t) || (fronted && !cap_at(&r, t) && seg_wc_verb_at(p, t));
        if (object || (t < r.n && ((r.f[t] == ':' && words) || next || seg_predicate_opens(p, t) ||
                                   ((fronted || (opens && ministries)) && verb)))) {
            *collective = 1;
            return e;
        }
    }
    if ((e = class_at(&r, i, collective)))
        return *collective ? relative_clause(&r, e) : e;
    /* the object of "chỉ đạo" without "các": a member noun and the word
     * that says which of them ("chỉ đạo đơn vị chuyên môn theo dõi ...",
     * "chỉ đạo đơn vị liên quan hoàn thành ..."). What a body directs is a
     * body (ANNOTATING.md, fourth rule set), so the class is a group; a
     * noun without such a word is as often a thing directed; the classes
     * class_at reads ("lực lượng chức năng trên địa bàn tỉnh") are read there;
     * a place or "địa phương" after the word closes it ("chỉ đạo lực lượng
     * chức năng địa phương ra quân ...") */
    static const char *const which[] = {"co lien quan", "lien quan", "chuyen mon", "truc thuoc", "chuc nang",
                                        "nghiep vu", "cap duoi", NULL};
    size_t dm, dq;
    if (b0 >= 7 && at(&r, b0 - 7, "chi dao") && !cap_at(&r, i) && (dm = member_at(&r, i)) &&
        (dq = any(&r, sp(&r, i + dm), which))) {
        *collective = 1;
        size_t e = sp(&r, i + dm) + dq, q = sp(&r, e), m = place_at(&r, q);
        if (!m)
            m = at(&r, q, "dia phuong");
        return m ? q + m : e;
    }
    /* "Ủy ban nhân dân các xã, phường": a body's name over a group */
    size_t h = any(&r, i, heads);
    if (!h && (h = force_unit(&r, i)))
        return complement(&r, i + h);
    if (!h || !cp_is_upper(cp_at(&r, i)))
        return 0;
    int local = at(&r, i, "ubnd") || at(&r, i, "uy ban nhan dan") || at(&r, i, "hdnd") ||
                at(&r, i, "hoi dong nhan dan") || at(&r, i, "cong an"); /* "Công an xã, phường, đặc khu" */
    size_t c = local ? collective_at(&r, sp(&r, i + h)) : 0;
    if (c)
        c = units_end(&r, sp(&r, i + h), c);
    if (!c && local)
        c = unit_list_at(&r, sp(&r, i + h));
    /* "Ủy ban nhân dân các cấp": the committee at every level, the class
     * of its bodies, as "cơ quan Công an các cấp" is the police's */
    size_t lv;
    if (!c && local && (lv = at(&r, sp(&r, i + h), "cac cap")))
        c = sp(&r, i + h) + lv;
    if (c) {
        *collective = 1;
        return local ? units_restricted(&r, c) : c;
    }
    size_t from = i + h;
    if (at(&r, i, "hoi") && at(&r, sp(&r, from), "lien hiep"))
        from = sp(&r, from) + strlen("lien hiep"); /* "Hội Liên hiệp Phụ nữ": one name */
    size_t hh;
    if (at(&r, i, "chi nhanh") && (hh = any(&r, sp(&r, from), heads)) && cap_at(&r, sp(&r, from)))
        from = sp(&r, from) + hh; /* "Chi nhánh Ngân hàng Chính sách xã hội": a branch of a body */
    if (!head_written(&r, i, h))
        return 0;
    /* "Viện trưởng", "Cục trưởng", "Tổ trưởng": the head noun and
     * "trưởng" are a title, the person heading such a body; the body is
     * the name after it (names.c), not "Viện trưởng Viện kiểm sát" */
    size_t tr = sp(&r, i + h);
    if (at(&r, tr, "truong") && seg_marks_match(p, tr, "trưởng"))
        return 0;
    if (at(&r, i, "thue") && !place_at(&r, sp(&r, from)))
        return 0; /* "Thuế tỉnh Đắk Lắk" is a body, "Thuế thu nhập" a tax */
    size_t va = at(&r, sp(&r, from), "va");
    if (at(&r, i, "bao") && va && name_word(&r, sp(&r, sp(&r, from) + va)))
        from = sp(&r, from) + va; /* "Báo và Phát thanh, Truyền hình Cần Thơ": one body */
    size_t ql = at(&r, sp(&r, from), "quan ly");
    if (at(&r, i, "ban") && ql && cap_at(&r, sp(&r, sp(&r, from) + ql)))
        from = sp(&r, from) + ql; /* "Ban quản lý Khu kinh tế": a management board */
    else if (at(&r, i, "ban") && ql) {
        /* "Ban Quản lý các khu công nghệ cao và khu công nghiệp": a board
         * is named by what it manages, in lower case too, "và" joining
         * two kinds of it ("và các ..." begins another group) */
        size_t q = sp(&r, sp(&r, from) + ql), o = q, m;
        if ((m = at(&r, q, "cac")))
            q = sp(&r, q + m);
        /* what it manages is a noun phrase: a verb there is the clause's
         * predicate ("Ban Quản lý trả lời bằng văn bản"), "cấp" too where
         * no level follows it ("Ban Quản lý cấp hoặc không cấp giấy
         * phép"; the noun "cấp" is said with its level, "cấp tỉnh") */
        int verb = 0, vcomp = 0;
        int predicate = (seg_wc_word_at(p, q, &verb, &vcomp) && verb) || (at(&r, q, "cap") && !place_at(&r, q));
        size_t fe = !cap_at(&r, q) && !stop_at(&r, q) && !predicate ? field_at(&r, q) : q;
        /* "dự án đầu tư xây dựng (các) công trình giao thông": "đầu tư xây
         * dựng" is one noun, the kind of project, and the works it builds
         * name what the board manages, to their place or "và" */
        size_t xv = sp(&r, fe), xl = at(&r, xv, "xay dung");
        int leveled = 0;
        if (fe >= q + 6 && xl && !memcmp(r.f + fe - 6, "dau tu", 6) && (fe == q + 6 || r.f[fe - 7] == ' ')) {
            size_t w = sp(&r, xv + xl), cl = at(&r, w, "cac"), w2 = cl ? sp(&r, w + cl) : w;
            size_t ct = at(&r, w2, "cong trinh"), m;
            if (ct && (m = field_at(&r, sp(&r, w2 + ct))) > sp(&r, w2 + ct)) {
                fe = m;
                for (size_t j = sp(&r, w2 + ct), pl; j < m; j = sp(&r, word_end(&r, j)))
                    if ((pl = place_at(&r, j))) {
                        fe = j + pl; /* "... giao thông tỉnh làm chủ đầu tư": its level closes it */
                        leveled = 1;
                        break;
                    }
            } else if (ct) {
                fe = w2 + ct;
            }
        }
        while (fe > q) {
            size_t v = sp(&r, fe), vl = at(&r, v, "va"), w = sp(&r, v + vl);
            size_t more = vl && !at(&r, w, "cac") && !cap_at(&r, w) && !stop_at(&r, w) ? field_at(&r, w) : w;
            if (more <= w)
                break;
            fe = more;
        }
        size_t pl;
        if (fe > q && (pl = run_to_place(&r, sp(&r, fe))))
            fe = pl; /* "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Trị": its place closes it */
        if (leveled && !cap_at(&r, sp(&r, fe)))
            return fe;
        if (fe > q && o > from) {
            e = complement(&r, fe);
            return e > fe ? e : fe;
        }
    }
    e = complement(&r, from);
    size_t ml;
    if (e > from && ((ml = at(&r, i, "dai su quan")) || (ml = at(&r, i, "tong lanh su quan")) ||
                     (ml = at(&r, i, "lanh su quan")))) {
        /* a diplomatic mission is named by the state it represents and
         * where it sits: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh
         * sự quán Việt Nam tại Thượng Hải"; "tại" and the capitalised
         * place are the name's */
        size_t t = sp(&r, e), tl = at(&r, t, "tai");
        if (tl && seg_marks_match(p, t, "tại") && cap_at(&r, sp(&r, t + tl)))
            for (size_t q = sp(&r, t + tl); q < r.n && cap_at(&r, q); q = sp(&r, e))
                e = word_end(&r, q);
    }
    size_t pe;
    if (e > from && (pe = each_place_end(&r, sp(&r, e)))) {
        /* "Ban Chỉ đạo phát triển du lịch các địa phương": the body of
         * each locality, a class */
        *collective = 1;
        return pe;
    }
    if (e > from && (at(&r, i, "cuc") || at(&r, i, "vu") || at(&r, i, "tong cuc") || at(&r, i, "van phong") ||
                     at(&r, i, "thanh tra"))) {
        /* "Cục Pháp chế Bộ Quốc phòng": a ministry's unit with its ministry */
        size_t b = sp(&r, e), l = at(&r, b, "bo");
        if (l && cp_is_upper(cp_at(&r, b))) {
            size_t m = complement(&r, b + l);
            if (m > b + l)
                e = m;
        }
    }
    if (e == from && ((at(&r, i, "thanh doan") && seg_marks_match(p, i, "thành đoàn")) ||
                      (at(&r, i, "tinh doan") && seg_marks_match(p, i, "tỉnh đoàn"))))
        return from; /* the city's or province's youth union: its head alone is its whole name */
    return e > from ? e : 0;
}

/* ---- a subject named by its noun and its work ----
 *
 * A regulation names a council or team by the work it is formed for, a
 * common noun and a verb with no relative word ("Tổ thẩm định lập biên
 * bản", "Hội đồng thẩm định đánh giá ...", "Đoàn công tác liên ngành
 * kiểm tra ..."), and the level that holds a power by "cấp có thẩm
 * quyền". Such a subject reads HEAD + modifiers + PREDICATE: nouns, a
 * passive verb ("được thành lập") or a verb right before another verb
 * restrict the head, and the first verb after them is the predicate. The
 * word classes are wordclass.tsv's (a verb four times in five; then_verb
 * says which verbs take a verb after them), with the verbs the name
 * readers stop at (stops). */

/* The word at q for this reading, 0 at punctuation: a word of two
 * syllables the lexicon knows, a verb of stops, else one syllable; *verb
 * whether it is a verb, never a function word, a member noun or a
 * capital, but "tổ chức" before a verb ("Đoàn thẩm định tổ chức thẩm
 * định"). A verb of one syllable counts only where sure says a word ended
 * before it (after the head, a word of two syllables, "được"): after
 * another lone syllable it may be a compound's half ("công lập", "xét
 * duyệt" when the lexicon lacks the compound). */
static size_t work_word(const rd *r, size_t q, int sure, int *verb)
{
    *verb = 0;
    if (q >= r->n || !is_w(r->f[q]))
        return 0;
    int v = 0, vc = 0;
    size_t l = seg_wc_word_at(r->p, q, &v, &vc), sl = verb_at(r, q) ? stop_len(r, q) : 0;
    if (sl >= l && sl)
        l = sl, v = 1;
    if (!l)
        l = word_end(r, q) - q;
    int multi = memchr(r->f + q, ' ', l) != NULL;
    size_t tc = at(r, q, "to chuc");
    if (tc && !cap_at(r, q)) {
        int nv;
        if (work_word(r, sp(r, q + tc), 1, &nv) && nv)
            l = tc, v = 1; /* "tổ chức thẩm định": the verb */
    } else if (v && (cap_at(r, q) || function_word_at(r, q) || member_at(r, q) ||
                     (stop_len(r, q) >= l && !stop_at(r, q)) || (!multi && !sure)))
        v = 0;
    *verb = v;
    return l;
}

/* The head nouns of such a subject: a council or team formed for its work
 * ("hội đồng", "tổ", "đoàn"), and the level "cấp" that holds a power
 * ("cấp có thẩm quyền"). Not "cơ quan", "đơn vị": read so, val's readers
 * did not list those bodies (agencies F1 0.747 -> 0.738), so the readings
 * the rules above give them stand. Not a person ("cá nhân", "người"):
 * ANNOTATING.md gives persons no role. Its length at i, or 0. */
static size_t work_head(const rd *r, size_t i)
{
    size_t l;
    if ((l = at(r, i, "hoi dong")))
        return seg_marks_match(r->p, i, "hội đồng") ? l : 0;
    /* "tổ" (a team), not "tổ chức"; "đoàn" (a delegation), not "đoạn" */
    if ((l = at(r, i, "to")) && seg_marks_match(r->p, i, "tổ") && !at(r, sp(r, i + l), "chuc"))
        return l;
    if ((l = at(r, i, "doan")) && seg_marks_match(r->p, i, "đoàn"))
        return l;
    if ((l = at(r, i, "cap")) && seg_marks_match(r->p, i, "cấp") && at(r, sp(r, i + l), "co tham quyen"))
        return l;
    return 0;
}

/* The level a council or team is formed at, which closes its name:
 * "Hội đồng cấp Bộ", "Hội đồng xét tặng cấp cơ sở", "Hội đồng thẩm định
 * trung ương". "cấp" read with its marks and followed by a level's noun;
 * "trung ương" alone. Its length at q, or 0. */
static size_t council_level(const rd *r, size_t q)
{
    static const char *const levels[] = {"bo", "nganh", "tinh", "huyen", "xa", "co so", "trung uong", NULL};
    size_t l, m;
    if ((l = at(r, q, "cap")) && seg_marks_match(r->p, q, "cấp") && (m = any(r, sp(r, q + l), levels)))
        return sp(r, q + l) + m - q;
    return at(r, q, "trung uong");
}

size_t seg_work_subject_at(const seg_para *p, size_t i)
{
    rd r = {p, p->fold, p->nchar, 0};
    size_t h;
    if (!p->wc || i >= r.n || (i > 0 && is_w(r.f[i - 1])) || !(h = work_head(&r, i)))
        return 0;
    size_t end = i + h, j = sp(&r, end), l;
    /* complete: the noun phrase could end here, so a verb is the
     * predicate */
    int complete = 0, sure = 1, v;
    for (int w = 0; w < 8 && j < r.n && is_w(r.f[j]); w++) {
        if ((l = at(&r, j, "giup viec")) && cap_at(&r, sp(&r, j + l))) {
            /* "Tổ thư ký giúp việc Hội đồng cấp Bộ", "Tổ giúp việc Ban Chỉ
             * đạo": a team named by the body it serves, whose name ends
             * the team's */
            size_t b = sp(&r, j + l), e = seg_work_subject_at(p, b);
            int coll = 0;
            size_t be = seg_body_at(p, b, &coll);
            if (be > e)
                e = be;
            if (!e)
                return 0;
            end = e;
            complete = sure = 1;
            j = sp(&r, end);
            continue;
        }
        /* "có" after the noun phrase is its predicate ("có quyền ...");
         * only "có thẩm quyền" names a class (below) */
        if ((seg_predicate_word_at(p, j) || (at(&r, j, "co") && seg_marks_match(p, j, "có") &&
                                       !at(&r, j, "co tham quyen"))))
            return complete ? end : 0; /* "Hội đồng có văn bản", "Tổ phải ...": no name */
        if ((l = council_level(&r, j))) {
            /* the level closes the name: the next word is the predicate */
            end = j + l;
            complete = sure = 1;
        } else if (at(&r, j, "duoc") && seg_marks_match(p, j, "được")) {
            size_t q = sp(&r, j + 4);
            l = work_word(&r, q, 1, &v);
            if (complete || !v)
                return 0; /* "... được quy định": passive predicate, no name */
            end = q + l; /* "được thành lập": the next verb is the predicate */
            complete = sure = 1;
        } else if ((l = at(&r, j, "co tham quyen"))) {
            /* which power, read as power_clause reads it for "cơ quan" */
            size_t pc = power_clause(&r, j + l);
            return pc ? pc : j + l;
        } else if ((l = work_word(&r, j, sure, &v)) && v) {
            if (complete)
                return end; /* the predicate */
            /* right after the head, a verb names the body's work when a
             * verb or a predicate's word follows it at once ("Hội đồng
             * thẩm định đánh giá"); with its object it is the predicate
             * ("Hội đồng đánh giá hồ sơ ..."; val's readers did not list
             * names read with an object), and so is a verb that takes a
             * verb after it ("Hội đồng tiến hành bỏ phiếu", "bảo đảm xét
             * đúng"), as is a procedure's role ("Tổ chủ trì": whichever
             * leads) */
            int vc = 0, qv;
            seg_wc_word_at(p, j, &qv, &vc);
            size_t q = sp(&r, j + l);
            work_word(&r, q, multi_word(&r, j, l), &qv);
            if (vc || at(&r, j, "to chuc") || !(qv || seg_predicate_word_at(p, q) || council_level(&r, q)) || at(&r, j, "chu tri") ||
                at(&r, j, "phoi hop") || at(&r, j, "thuc hien"))
                return 0;
            end = j + l;
            complete = 1;
            sure = multi_word(&r, j, l);
        } else if (!l || cap_at(&r, j) || function_word_at(&r, j) || at(&r, j, "va")) {
            return 0;
        } else {
            end = j + l; /* a noun or an adjective: "công tác liên ngành" */
            complete = 1;
            sure = multi_word(&r, j, l);
        }
        j = sp(&r, end);
    }
    return 0;
}

/* Does the word after a one-syllable verb ending at q close it, so that
 * the verb stands alone ("chuyển ngay", "trả cho", "trả kết quả"), not as
 * a compound's half the lexicon lacks ("đổi mới sáng tạo", "đăng kiểm")?
 * Punctuation, a function word, "ngay", a capital, a determiner or a word
 * of two syllables the lexicon knows close it. */
static int verb_closed(const rd *r, size_t q)
{
    size_t w = sp(r, q);
    if (w >= r->n || !is_w(r->f[w]))
        return 1;
    if (at(r, w, "moi") && !seg_marks_match(r->p, w, "mọi"))
        return 0; /* "mới" (new) of "đổi mới", not the determiner "mọi" */
    if (cap_at(r, w) || function_word_at(r, w) || at(r, w, "ngay") || at(r, w, "cac") || at(r, w, "nhung"))
        return 1;
    int v, vc;
    size_t l = seg_wc_word_at(r->p, w, &v, &vc);
    return l && multi_word(r, w, l);
}

/* Is the word at q all capitals, an abbreviation ("TTHC")? A word in
 * title case opens a proper name whose lower-case syllables go on
 * ("Giấy chứng nhận", "Hệ thống ..."), so no verb right after it is
 * read as the predicate. */
static int abbreviation_at(const rd *r, size_t q)
{
    size_t e = word_end(r, q), k = q;
    while (k < e && (cp_is_upper(cp_at(r, k)) || isdigit((unsigned char)r->f[k])))
        k++;
    return e > q + 1 && k == e;
}

size_t seg_function_class_at(const seg_para *p, size_t i)
{
    rd r = {p, p->fold, p->nchar, 0};
    if (!p->wc || i >= r.n || (i > 0 && is_w(r.f[i - 1])))
        return 0;
    size_t h = at(&r, i, "co quan");
    if (h && !seg_marks_match(p, i, "cơ quan"))
        h = 0;
    if (!h && (h = at(&r, i, "don vi")) && !seg_marks_match(p, i, "đơn vị"))
        h = 0;
    if (!h)
        return 0;
    /* the work: a verb right after the head ("tiếp nhận", "quản lý",
     * "giải quyết"), not a procedure's role ("Cơ quan chủ trì", "Cơ quan
     * thực hiện"), nor a verb that takes a verb after it, which is the
     * predicate ("đơn vị tiến hành kiểm tra"), nor "có" or "được" */
    size_t j = sp(&r, i + h);
    int v = 0, vc = 0, lv;
    size_t l = work_word(&r, j, 1, &v);
    seg_wc_word_at(p, j, &lv, &vc);
    if (!l || !v || vc || !multi_word(&r, j, l) || at(&r, j, "chu tri") || at(&r, j, "phoi hop") ||
        at(&r, j, "thuc hien") || at(&r, j, "to chuc") || seg_predicate_word_at(p, j))
        return 0;
    size_t end = j + l;
    int object = 0, sure = 1, title = 0;
    for (int w = 0; w < 12; w++) {
        j = sp(&r, end);
        if (j >= r.n || !is_w(r.f[j]) || seg_predicate_word_at(p, j))
            return 0; /* no predicate's verb of its own: the rules of duty read "phải", "có trách nhiệm" */
        if (at(&r, j, "cua")) {
            /* "cơ quan quản lý cấp trên của đơn vị cung cấp dịch vụ ...":
             * the owner is a class named by its work too, whose verb is its
             * own, not the predicate */
            size_t k = sp(&r, j + 3), hl = at(&r, k, "co quan") ? at(&r, k, "co quan") : at(&r, k, "don vi");
            size_t wv = sp(&r, k + hl);
            if (!hl || !(l = work_word(&r, wv, 1, &v)) || !v)
                return 0;
            end = wv + l;
            object = title = 0;
            sure = 1;
            continue;
        }
        int moi = at(&r, j, "moi") && !seg_marks_match(p, j, "mọi"); /* "mới" of "đổi mới" */
        if ((function_word_at(&r, j) && !moi) || at(&r, j, "va") || at(&r, j, "hoac") || at(&r, j, "co") ||
            at(&r, j, "duoc"))
            return 0;
        int cap = cap_at(&r, j), abbr = cap && abbreviation_at(&r, j);
        if ((l = at(&r, j, "cap tren"))) {
            /* the level above, a noun ("cơ quan quản lý cấp trên") */
            end = j + l;
            object = sure = 1;
            title = 0;
            continue;
        }
        l = cap ? word_end(&r, j) - j : work_word(&r, j, sure, &v);
        if (!l)
            return 0;
        if (!cap && object && !title) {
            /* the predicate's verb after the work's object: a verb the
             * lexicon knows (a stop word it lacks, "đổi mới" of "đổi mới
             * sáng tạo", may be a noun's; "ban hành" is no "Ban"), of two
             * syllables, or of one that stands alone after a word that
             * surely ended ("hồ sơ chuyển ngay"; "sáng tạo" the lexicon
             * lacks is no "sáng" + "tạo") */
            int known = 0;
            size_t kl = seg_wc_word_at(p, j, &known, &vc);
            if (known && (kl == l || multi_word(&r, j, kl)) && (multi_word(&r, j, kl) || (sure && verb_closed(&r, j + kl))))
                return end;
            /* a word read as verb or noun before a verb that completes it
             * is the predicate ("... quyết định phê duyệt") */
            size_t bl = seg_wc_verbal_at(p, j), nx = sp(&r, j + bl);
            int nv = 0;
            if (!known && bl && multi_word(&r, j, bl) && seg_wc_word_at(p, nx, &nv, &vc) && nv)
                return end;
        }
        /* a verb before the object continues the work ("quản lý, vận
         * hành" read as one); anything else is the work's object */
        if (cap || !v || object)
            object = 1;
        title = cap && !abbr ? 1 : cap ? 0 : title;
        sure = multi_word(&r, j, l) || abbr;
        end = j + l;
    }
    return 0;
}

size_t seg_office_group_at(const seg_para *p, size_t i)
{
    rd r = {p, p->fold, p->nchar, 0};
    size_t l = at(&r, i, "co quan");
    /* "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": the
     * Government's formula, read as such (agencies.c) */
    if ((l && (at(&r, sp(&r, i + l), "ngang bo") || at(&r, sp(&r, i + l), "thuoc chinh phu"))) ||
        cap_at(&r, i) || at(&r, i, "to chuc"))
        return 0; /* "tổ chức" after an office is its verb ("Cục trưởng tổ chức xét ...") */
    size_t e = members_from(&r, i), q = sp(&r, e);
    /* it ends where a clause goes on: punctuation, a verb, "và"; not inside
     * a name ("đơn vị Cảnh sát cơ động") */
    int ends = q >= r.n || strchr(",;:.()", r.f[q]) || stop_at(&r, q) || at(&r, q, "va");
    return e && ends ? e : 0;
}

size_t seg_titled_body_at(const seg_para *p, size_t i)
{
    /* after an office's title the title governs one noun phrase: "Giám
     * đốc Trung tâm an ninh hàng không quốc gia," is the Trung tâm, its
     * head in capitals and the rest in lower case, up to the comma or
     * semicolon that ends the item */
    rd r = {p, p->fold, p->nchar, 0};
    size_t h = any(&r, i, heads);
    if (!h || !cap_at(&r, i))
        return 0;
    size_t s = sp(&r, i + h), end = 0;
    int run = 0;
    while (s < r.n && is_w(r.f[s]) && !cap_at(&r, s) && !at(&r, s, "va") && run < 8) {
        /* "hằng" (every) ends it, "hàng" of "hàng không" (aviation) does not */
        int hang = at(&r, s, "hang") && !seg_marks_match(p, s, "hằng");
        if (stop_at(&r, s) && !hang)
            break;
        end = word_end(&r, s);
        s = sp(&r, end);
        run++;
    }
    /* one syllable is a compound's second half ("Hội đồng" of "Chủ tịch
     * Hội đồng", the short name of a body named before), not a complement */
    if (run < 2 || run >= 8)
        return 0;
    /* the item ends at its comma or semicolon, or the sentence's end: a
     * word the run stops at may belong to the name ("Chủ tịch Hội đồng
     * thẩm định" is no "Hội đồng" with a verb) */
    int ends = s >= r.n || r.f[s] == ',' || r.f[s] == ';' || r.f[s] == '.';
    return ends ? end : 0;
}

size_t seg_head_at(const seg_para *p, size_t i, int *branch)
{
    /* the services the state runs at every level under one name, which a
     * class noun before them makes a body without a place: "lực lượng
     * Công an", "cơ quan Thanh tra", "lực lượng Bộ đội Biên phòng" */
    static const char *const branches[] = {"cong an", "thanh tra", "bo doi bien phong", NULL};
    rd r = {p, p->fold, p->nchar, 0};
    size_t h = cap_at(&r, i) ? any(&r, i, heads) : 0;
    if (h && !head_written(&r, i, h))
        h = 0;
    *branch = h && any(&r, i, branches) == h;
    return h;
}

size_t seg_listed_body_at(const seg_para *p, size_t i)
{
    /* in a list of names ("phối hợp Văn phòng đăng ký đất đai, Chi nhánh
     * ...") a body may be written with its head in capitals and the rest
     * in lower case; the list's comma, or the verb after its last item,
     * ends it. Only heads that are no common word of their own ("Bộ
     * phận", "Ban hành", "Sở dĩ" are) */
    static const char *const long_heads[] = {"van phong", "trung tam", "chi nhanh", "chi cuc", "tong cuc",
                                             "benh vien", "ngan hang", "kho bac", "hoc vien", NULL};
    rd r = {p, p->fold, p->nchar, 0};
    size_t h = cap_at(&r, i) ? any(&r, i, long_heads) : 0, q, l;
    /* "Chi nhánh Văn phòng đăng ký đất đai": a branch of such a body */
    if (h && at(&r, i, "chi nhanh") && cap_at(&r, (q = sp(&r, i + h))) && (l = any(&r, q, long_heads)))
        h = q + l - i;
    if (!h)
        return 0;
    size_t b = i;
    while (b > 0 && r.f[b - 1] == ' ')
        b--;
    int listed = (b > 0 && (r.f[b - 1] == ',' || r.f[b - 1] == ';')) || (b >= 3 && at(&r, b - 3, "voi")) ||
                 (b >= 8 && at(&r, b - 8, "phoi hop"));
    if (!listed)
        return 0;
    size_t s = sp(&r, i + h), end = 0;
    int run = 0;
    while (s < r.n && is_w(r.f[s]) && !cap_at(&r, s) && !stop_at(&r, s) && !at(&r, s, "va") &&
           !place_at(&r, s) && run < 6) {
        end = word_end(&r, s);
        s = sp(&r, end);
        run++;
    }
    if (run < 2 || run >= 6)
        return 0;
    int ends = s >= r.n || r.f[s] == ',' || r.f[s] == ';' || r.f[s] == '.' || stop_at(&r, s);
    return ends ? end : 0;
}

size_t seg_name_rest(const seg_para *p, size_t b, size_t lim, char sep)
{
    rd r = {p, p->fold, lim < p->nchar ? lim : p->nchar, 0};
    size_t j = sp(&r, b), end = b;
    for (int steps = 0; j < r.n; steps++) {
        if (steps >= 12)
            return 0; /* words and commas: no item of a list is longer */
        if (r.f[j] == '.' || r.f[j] == ';')
            break;
        if (r.f[j] == ',') {
            /* "Y, Dược cổ truyền", "Chính sách thuế, phí và lệ phí": a part
             * of one name, in capitals where the items stand apart by
             * semicolons, in lower case either way; an item begins at a
             * capital, "các" or a member noun ("tổ chức, cá nhân") */
            size_t q = sp(&r, j + 1);
            int lower = q < r.n && is_w(r.f[q]) && !cap_at(&r, q) && !at(&r, q, "cac") && !member_at(&r, q);
            if (!lower && !(sep == ';' && name_word(&r, q))) {
                if (sep == ',')
                    break;
                return 0;
            }
            j = q;
            continue;
        }
        if (r.f[j] == '-' && name_word(&r, sp(&r, j + 1))) {
            j = sp(&r, j + 1);
            continue;
        }
        if (!is_w(r.f[j]) || at(&r, j, "cac") || (cap_at(&r, j) && !name_word(&r, j)))
            return 0; /* another body, a group, or something not a name */
        size_t l = at(&r, j, "va"), v = sp(&r, j + l);
        if (l && ((!name_word(&r, v) && cap_at(&r, v)) || at(&r, v, "cac") || member_at(&r, v)))
            return 0; /* "và Cục ...", "và các ...": two bodies */
        j = end = word_end(&r, j);
        j = sp(&r, j);
    }
    /* an item of a comma list ends at the comma before the next, or
     * where the list does; a formula's last item at the formula */
    return j >= r.n || r.f[j] == ',' || r.f[j] == ';' ? end : 0;
}

size_t seg_headed_body_at(const seg_para *p, size_t i, size_t hl)
{
    rd r = {p, p->fold, p->nchar, 0};
    if (!cap_at(&r, i) || i + hl > r.n)
        return 0;
    size_t e = complement(&r, i + hl);
    return e > i + hl ? e : 0;
}

size_t seg_member_end(const seg_para *p, size_t i)
{
    /* capitalised words, "-" between two parts ("Bưu chính - Viễn thông"),
     * and lower-case words of a compound: several only when a capital or
     * "-" follows ("Dầu khí Việt Nam"), one at the member's end ("Nông
     * dân,"); a verb ends it ("MobiFone huy động ...") */
    rd r = {p, p->fold, p->nchar, 0};
    size_t j = sp(&r, i), end = i;
    for (int words = 0; j < r.n && words < 16; words++) {
        if (cap_at(&r, j)) {
            j = end = word_end(&r, j);
        } else if (end > i && r.f[j] == '-' && cap_at(&r, sp(&r, j + 1))) {
            j = j + 1;
        } else if (end > i && is_w(r.f[j])) {
            size_t s = j;
            int run = 0;
            while (s < r.n && is_w(r.f[s]) && !cap_at(&r, s) && !stop_at(&r, s) && !at(&r, s, "va") && run < 4) {
                s = sp(&r, word_end(&r, s));
                run++;
            }
            int capital = s < r.n && (cap_at(&r, s) || r.f[s] == '-');
            int closed = s >= r.n || strchr(",;.)", r.f[s]) || at(&r, s, "va");
            if (run == 0 || !(capital || (closed && run == 1)))
                break;
            j = end = s;
            while (end > i && r.f[end - 1] == ' ')
                end--;
        } else {
            break;
        }
        j = sp(&r, j);
    }
    return end;
}

char *seg_body_name(const seg_para *p, size_t a, size_t b)
{
    static const struct { const char *from, *to; } ab[] = {
        {"UBND", "Ủy ban nhân dân"}, {"HĐND", "Hội đồng nhân dân"}, {"MTTQ", "Mặt trận Tổ quốc"},
        {"ĐBQH", "đại biểu Quốc hội"}, {"TP.", "thành phố"}, {"UB", "Ủy ban"}};
    /* an enterprise keeps its legal form as printed: "Công ty TNHH MTV ..."
     * (ANNOTATING.md, fourth rule set) */
    sbuf s = {0};
    const char *t = p->text + p->cpos[a], *e = p->text + p->cpos[b];
    while (t < e) {
        size_t k;
        for (k = 0; k < sizeof ab / sizeof ab[0]; k++) {
            size_t l = strlen(ab[k].from);
            if ((size_t)(e - t) >= l && !memcmp(t, ab[k].from, l) &&
                (t == p->text || !isalnum((unsigned char)t[-1])) &&
                (t + l == e || !isalnum((unsigned char)t[l]))) {
                sb_puts(&s, ab[k].to);
                t += l;
                break;
            }
        }
        if (k == sizeof ab / sizeof ab[0])
            sb_putc(&s, *t++);
    }
    char *raw = sb_take(&s, NULL);
    char *clean = raw ? seg_clean(raw, strlen(raw)) : NULL;
    free(raw);
    /* a slash joins two names of one body however the text spaces it
     * ("Bảo vệ thực vật/ Trồng trọt ..."): one name, written without blanks */
    if (clean) {
        size_t k = 0;
        for (size_t i = 0; clean[i]; i++)
            if (!(clean[i] == ' ' && ((k && clean[k - 1] == '/') || clean[i + 1] == '/')))
                clean[k++] = clean[i];
        clean[k] = 0;
    }
    return clean;
}
