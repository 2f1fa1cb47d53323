/*
 * seg_internal.h: what the parts of the segmenter share. Not installed.
 *
 * Matching is done on a "folded" copy of the text: one ASCII byte per code
 * point (lower case, marks dropped, đ -> d, dashes -> '-', other symbols ->
 * '~'), so index i of the folded copy is character i of the text. That keeps
 * offsets exact and makes headings that lost their marks to OCR
 * ("MUC TIEU") match like the real ones.
 */
#ifndef SOHOA_SEG_INTERNAL_H
#define SOHOA_SEG_INTERNAL_H

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdint.h>

#include "segment/segment.h"

#include "common/sbuf.h"

char *seg_strndup(const char *s, size_t n);
char *seg_strdup(const char *s);
/* Room for one more element in the array *arrp (a T ** for T elements of
 * size sz, n of them used, room for *cap): when full, room for twice as
 * many (first when none). 0, or -1 out of memory with nothing changed. */
int seg_grow(void *arrp, size_t n, size_t *cap, size_t sz, size_t first);

/* ---- UTF-8 and folding (seg_text.c) ---- */
/* Decode one code point at s[*i] (advances *i); invalid bytes give U+FFFD. */
uint32_t seg_utf8_next(const char *s, size_t len, size_t *i);
/* Fold text into out (one byte per code point) and fill cpos (byte offset of
 * each code point, plus cpos[n] = len). Returns the number of code points. */
size_t seg_fold(const char *s, size_t len, char *out, size_t *cpos);
char fold_cp(uint32_t cp);
/* The first position from i on in f[0..n) that is not a space. */
size_t skip_sp(const char *f, size_t n, size_t i);
/* Whether the word (or words) w stands whole at i in folded f[0..n): no
 * letter or digit joined to it on either side. */
int seg_word_at(const char *f, size_t n, size_t i, const char *w);
/* The first word (or words) of the NULL-ended list standing whole at i in
 * folded f[0..n): its length, or 0. */
size_t seg_word_in(const char *f, size_t n, size_t i, const char *const *list);
int cp_is_upper(uint32_t cp);
/* The lower case of a capital cp_is_upper knows; cp itself otherwise. */
uint32_t cp_to_lower(uint32_t cp);
int cp_is_lower(uint32_t cp);
/* Folded string of a NUL-terminated UTF-8 string (malloc). */
char *seg_fold_str(const char *s);
/* Trimmed copy of s[0..n) with inner runs of spaces made one. */
char *seg_clean(const char *s, size_t n);
/* Edit distance of a and b, stopping early above max (returns max + 1). */
int seg_edit_distance(const char *a, size_t na, const char *b, size_t nb, int max);
/* Best approximate occurrence of pat in s (Sellers): end index and distance. */
int seg_fuzzy_find(const char *s, size_t ns, const char *pat, int max, size_t *start, size_t *end);

/* ---- lines and paragraphs (reflow.c) ---- */
typedef enum {
    MK_NONE = 0, MK_PHULUC, MK_PHAN, MK_CHUONG, MK_MUC, MK_DIEU, MK_ROMAN, MK_ARABIC,
    MK_LETTER, MK_DASH, MK_PLUS
} marker_kind;

typedef struct {
    size_t b0, b1;         /* byte span in the document, trimmed */
    size_t c0, c1;         /* the same in characters */
    int page;
    int blank_before;
    int dropped;           /* page number, running header, URL; SEG_TABLE_CELL */
} seg_line;

/* dropped: a cell of a task table other than the task itself, and a line
 * of such a cell wrapped from the line above (tables.c) */
enum { SEG_TABLE_CELL = 4, SEG_TABLE_WRAP = 5 };

/* One row of a task table flattened one cell per line: line indices, -1
 * for a column the table lacks. */
typedef struct {
    long task, lead, help, time;
} seg_trow;

typedef struct {
    char *text;            /* re-flowed UTF-8 */
    char *fold;            /* folded, one byte per code point of text */
    size_t *cpos;          /* byte offset in text of each code point */
    size_t nchar;
    size_t start, end;     /* character offsets in the document */
    size_t b0, b1;         /* byte span in the document */
    int page;
    int caps;              /* all letters upper case */
    marker_kind mk;
    int mk_depth;          /* arabic "1.2." has depth 1 */
    char *label;           /* normalised label */
    size_t label_chars;    /* characters of text the label takes (with spaces) */
    int section;           /* index into doc->secs of its own section or the enclosing one, -1 */
    int in_header;         /* part of the header block or signature block */
    const struct seg_wordclass *wc; /* the document's verb/noun lexicon, NULL: none */
} seg_para;

/* Frees the strings a task owns (its text, section, role and deadline's
 * wording), as an agency's free and every place that drops a task do. */
static inline void seg_task_release(seg_task *t)
{
    free(t->text);
    free(t->section);
    free(t->role);
    free(t->deadline_text);
}

/* The length of p's folded text without its trailing blanks: where a
 * closing colon or full stop is looked for. */
static inline size_t seg_trimmed(const seg_para *p)
{
    size_t n = p->nchar;
    while (n > 0 && p->fold[n - 1] == ' ')
        n--;
    return n;
}

/* Does a sentence end at k of the folded text f: a full stop, a blank and
 * a letter (not "1.000", nor "Điều 5." before a number)? The caller keeps
 * k + 2 inside the text. */
static inline int seg_sentence_stop(const char *f, size_t k)
{
    return f[k] == '.' && f[k + 1] == ' ' && isalpha((unsigned char)f[k + 2]);
}

/* Is p one sentence closed by a colon, its label aside (a lead-in: "Sở Y
 * tế có trách nhiệm:", not "... quản lý. Trong đó:", whose first sentence
 * says something of its own)? Its length without trailing blanks, or 0. */
static inline size_t seg_colon_sentence(const seg_para *p)
{
    size_t n = seg_trimmed(p);
    if (n < 2 || p->fold[n - 1] != ':')
        return 0;
    for (size_t k = p->label_chars; k + 2 < n; k++)
        if (seg_sentence_stop(p->fold, k))
            return 0;
    return n;
}

/* Does item u stand under p, of a lower rank ("a)" under "1.", "+" under
 * "-", "1.1." under "1.", any item under an unlabelled line)? The markers'
 * order in the enum is their rank. */
static inline int seg_lower_rank(const seg_para *p, const seg_para *u)
{
    if (u->mk == MK_NONE)
        return 0;
    if (p->mk == MK_NONE)
        return 1;
    if (u->mk == MK_ARABIC && p->mk == MK_ARABIC)
        return u->mk_depth > p->mk_depth;
    return u->mk > p->mk;
}
/* Are p and u items of one rank (both "a)", both "1.1.")? */
static inline int seg_same_rank(const seg_para *p, const seg_para *u)
{
    return p->mk == u->mk && (p->mk != MK_ARABIC || p->mk_depth == u->mk_depth);
}

/* A word at character i of p (two syllables if lang/wordclass.tsv has
 * them, else one) that the lexicon reads as a verb four times in five: its
 * length in characters, or 0; always 0 without a lexicon (wordclass.c). */
size_t seg_wc_verb_at(const seg_para *p, size_t i);
/* The lexicon's word at i, two syllables first: its length in characters
 * (0 when the lexicon lacks it), *verb whether it is read as a verb four
 * times in five, *vcomp whether such a verb takes a verb after it a third
 * of the times ("tiến hành kiểm tra", "bảo đảm thực hiện"). */
size_t seg_wc_word_at(const seg_para *p, size_t i, int *verb, int *vcomp);
/* The word at i when the lexicon reads it as a noun four times in five
 * (its class N: "chức năng", "dự án"), its length; else 0. */
size_t seg_wc_noun_at(const seg_para *p, size_t i);
/* The word at i when the lexicon reads it as a verb at least a third of
 * the times ("quyết định", "báo cáo": verb or noun), its length; else 0. */
size_t seg_wc_verbal_at(const seg_para *p, size_t i);
/* A word the lexicon has read as a verb at least once at i: its length, or 0. */
size_t seg_wc_verb_ever_at(const seg_para *p, size_t i);

typedef struct {
    char *label, *title, *id;
    int level, page, parent;
    size_t start, end;
    marker_kind mk;
    int para;              /* paragraph that opens it */
    int ordinal;           /* 1-based among siblings of the same kind */
} seg_sec;

typedef struct seg_gaz seg_gaz;

typedef struct {
    const char *text; size_t len;
    char *fold; size_t *cpos; size_t nchar;
    seg_line *lines; size_t nlines;
    seg_para *paras; size_t nparas;
    seg_sec *secs; size_t nsecs;
    size_t body_first, body_last;   /* paragraph range of the body [first, last) */
    int year, month, day;           /* document date, 0 when unknown */
    int pages;
    size_t attach_line;             /* first line of an attachment after the signature, 0 none */
    size_t addr_first, addr_end;    /* the "Kính gửi:" lines [first, end), none when equal */
    seg_trow *trows; size_t ntrows; /* task tables' rows (tables.c) */
    const struct seg_wordclass *wc; /* lang/wordclass.tsv, NULL: none; each paragraph points to it */
    int oom;
} seg_doc;

size_t seg_char_at(const seg_doc *d, size_t byte);
int seg_split_lines(seg_doc *d);
int seg_reflow(seg_doc *d);
/* Is the folded line f[0, n) a page's number ("12", "- 12 -", "Trang 12")? */
int seg_page_number(const char *f, size_t n);
void seg_para_free(seg_para *p);

/* A "Căn cứ ..." (legal basis) paragraph, OCR-tolerant ("Can ctr"). */
int seg_is_can_cu(const seg_para *p);

/* ---- the passes ---- */
/* Task tables flattened one cell per line (Nhiệm vụ | Chủ trì | Phối hợp |
 * Thời gian): rows into d->trows, cells other than the task dropped. */
void seg_tables(seg_doc *d, const seg_gaz *g);
/* The paragraph holding line k, or -1. */
long seg_para_of_line(const seg_doc *d, size_t k);
/* The latest year a table cell (line k, -1 none) states, or 0. */
int seg_cell_year(const seg_doc *d, long k);
/* A line as a paragraph of its own (for reading names in a cell). */
int seg_line_para(const seg_doc *d, size_t k, seg_para *p);
void seg_header(seg_doc *d, seg_result *r, const seg_gaz *g);
void seg_sections(seg_doc *d);
/* EAD_doc typeName code (TT 05/2025) of a document type name. */
const char *seg_ead_type_code(const char *doc_type);
/* Is doc_type one that orders work in every point (a notice of
 * conclusions, a directive, a telegram), where a plan or a decision may
 * also set goals and rules? */
int seg_type_orders_work(const char *doc_type);
void seg_targets(seg_doc *d, seg_result *r);
/* A land-use plan's indicator tables: each row with a planned value is a
 * target due the plan's year (landuse.c). */
void seg_landuse(seg_doc *d, seg_result *r);
/* The latest year folded text states as a deadline ("đến năm 2025",
 * "trước ngày 10/5/2026"), else the end of the span its own work takes
 * ("trong giai đoạn 2026 - 2028"; not a period naming a budget or a
 * programme), else 0. */
int seg_deadline_in(const char *f, size_t n);
/* The latest year a time line f[a, b) gives as an end, not a start ("Từ
 * tháng 11/2025 đến khi ..." gives 0). */
int seg_end_year(const char *f, size_t a, size_t b);
/* A task's deadline while agencies are read: a task that starts in a later
 * sentence of its item, whose own sentences state no date while the earlier
 * sentence states its own, takes none from its paragraph either. */
#define SEG_UNDATED (-1)
/* Tasks with no date of their own take their paragraph's target deadline
 * (a SEG_UNDATED one none). */
void seg_task_deadlines(seg_result *r);
/* m: the learned second opinion (NULL: rules only); dump: write its
 * candidates there instead (doc names them). */
void seg_agencies(seg_doc *d, seg_result *r, const seg_gaz *g, const seg_amodel *m, FILE *dump, const char *doc);

/* ---- goals and norms (norms.c) ---- */
/* Is the number at character a of p (its unit [ua, ub), the clause read
 * from character from) a norm a regulation lays down (a time limit, rate,
 * fee, budget, condition) rather than a result to reach? regulation: the
 * paragraph stands in a regulation's text, where a number is a norm unless
 * a goal word says otherwise. */
int seg_metric_is_norm(const seg_para *p, size_t from, size_t a, size_t ua, size_t ub, int regulation);
/* The first paragraph of d that is a regulation's text (d->nparas: none):
 * the whole of a Thông tư, Nghị định, Quy chế, Quy định or of a document
 * whose title issues one, else from an article "Phạm vi điều chỉnh". */
size_t seg_regulation_from(const seg_doc *d, const char *doc_type, const char *title);
/* The first paragraph whose numbers are norms for the targets: the
 * regulation's start, or 0 for a letter answering a query ("Trả lời Công
 * văn số ...", "... nhận được công văn số ...") and for a legal normative
 * text, numbered with its year ("45/2025/QĐ-UBND"; a decision's own
 * articles before an attachment excepted). */
size_t seg_norms_from(const seg_doc *d, const char *doc_type, const char *title, const char *number);

/* ---- bodies named by grammar (bodies.c) ---- */
/* A body named at word start i of p by a head noun and its complement
 * ("Sở Văn hóa và Thể thao"), or a collective ("các sở, ban, ngành"):
 * the end in characters, or 0; *collective says which. */
size_t seg_body_at(const seg_para *p, size_t i, int *collective);
/* p's text [a, b) with abbreviations written out ("UBND" -> "Ủy ban nhân dân"). */
char *seg_body_name(const seg_para *p, size_t a, size_t b);
/* A subject at word start i named by a common noun and its work, HEAD +
 * [verb + object]* before the predicate's verb ("đơn vị tiếp nhận hồ sơ"
 * before "chuyển ..."): the name's end, or 0. Needs the word classes. */
size_t seg_work_subject_at(const seg_para *p, size_t i);
/* A class of bodies named by its function after a clause that puts the
 * subject after it (a condition, "thì", a step's label): "cơ quan" or
 * "đơn vị", the verb of its work and that verb's object, before the
 * predicate's verb ("đơn vị tiếp nhận hồ sơ" before "chuyển ngay ...").
 * The name's end, or 0. Needs the word classes. */
size_t seg_function_class_at(const seg_para *p, size_t i);
/* The end of a generic noun phrase at word start i that names a class
 * of bodies in lower case (generic.c): a head noun ("cơ quan", "đơn vị",
 * "doanh nghiệp", "cơ sở", ...), the heads coordinated with it, and the
 * modifiers Vietnamese puts after a noun, up to the clause's predicate,
 * a preposition that opens an adjunct, or punctuation; 0 when no head
 * stands at i. Needs the word classes for the verbs. */
size_t seg_generic_np_end(const seg_para *p, size_t i);
/* The head noun of such a phrase at i ("cơ quan", "cơ sở", ...): its length, or 0. */
size_t seg_generic_head_at(const seg_para *p, size_t i);
/* A noun at i that may be coordinated after a comma with a class's noun
 * modifier ("bưu chính" in "doanh nghiệp viễn thông, bưu chính"): no head,
 * member noun, person, level, verb or function word; its length, or 0. */
size_t seg_generic_modifier_at(const seg_para *p, size_t i);
/* The end of a member's name read from i in a list under plural heads
 * ("Điện lực Việt Nam" after "các tập đoàn:"), or i. */
size_t seg_member_end(const seg_para *p, size_t i);
/* A group's member nouns in lower case right after an office, without
 * "các" ("Thủ trưởng sở, ban, ngành thành phố"): their end, or 0. */
size_t seg_office_group_at(const seg_para *p, size_t i);
/* A verb in lower case at q (a word the name readers stop at that is no
 * function word nor member noun): "hướng dẫn", "tổ chức" after a list. */
int seg_verb_at(const seg_para *p, size_t q);
/* The body an office's title governs, its head in capitals and the rest
 * in lower case ("Giám đốc Trung tâm an ninh hàng không quốc gia"): its
 * end, or 0. */
size_t seg_titled_body_at(const seg_para *p, size_t i);
/* The name of a body at i whose head noun, hl characters long, is known
 * from elsewhere (a compound title "Đội trưởng" before "Đội Kiểm tra ..."):
 * the end of head and complement, or 0 when no complement follows. */
size_t seg_headed_body_at(const seg_para *p, size_t i, size_t hl);
/* A head noun written with its capital at i ("Công an", "Bảo hiểm xã hội"):
 * its length in characters, or 0. *branch says whether it names a branch
 * of state service with no complement ("Công an", "Thanh tra"). */
size_t seg_head_at(const seg_para *p, size_t i, int *branch);
/* A body in a list of names written with its head in capitals and the
 * rest in lower case ("..., Văn phòng đăng ký đất đai, ..."): its end, or 0. */
size_t seg_listed_body_at(const seg_para *p, size_t i);
/* The rest of a name read short at b, in a list that holds names only
 * (a closing formula's officers): the words up to the item's end before
 * lim. A comma followed by lower case goes on inside the name ("Vụ Chính
 * sách thuế, phí và lệ phí,"), by a capital only where the items stand
 * apart by semicolons, sep ';' ("Cục Quản lý Y, Dược cổ truyền;"). Its
 * end, or 0 when a head noun, "các", a member noun or "và" before one
 * begins another body. */
size_t seg_name_rest(const seg_para *p, size_t b, size_t lim, char sep);

/* ---- task lines (tasklines.c) ---- */
/* A line saying who does a task or by when ("- Đơn vị chủ trì: Sở Nội
 * vụ.", "c) Thời gian thực hiện: Quý IV/2025", "Hoàn thành trong năm
 * 2025."): its kind, 0 for none; *after is where its value begins. */
enum { SEG_LBL_LEAD = 1, SEG_LBL_HELP, SEG_LBL_DOER, SEG_LBL_TIME, SEG_LBL_OTHER };
int seg_task_label(const seg_para *p, size_t *after);
/* A task's lines joined on one line, each label after a semicolon ("Cơ
 * quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính; thời gian: năm
 * 2027"): the semicolon at or after from that opens the next label (its
 * kind in *kind, its value's start in *after), or p->nchar. */
size_t seg_label_clause(const seg_para *p, size_t from, int *kind, size_t *after);
/* The bracket that closes p's text, a stop or semicolon after it allowed
 * ("... của tỉnh (Cơ quan chủ trì: Sở X; phối hợp: Y; thời gian: Quý
 * II/2026).", "... (Sở Tư pháp chủ trì, các sở phối hợp)."): the index
 * of its first character inside, its closing bracket's in *close; 0 when
 * the text closes with none, or the bracket opens the text. */
size_t seg_closing_bracket(const seg_para *p, size_t *close);
/* The task label a closing bracket opens with ("(Cơ quan chủ trì: ..."):
 * its kind, 0 for none; *after is where its value begins. */
int seg_bracket_label(const seg_para *p, size_t *after);
/* The task such lines belong to: the paragraph above them that is not one. */
size_t seg_task_of(const seg_doc *d, size_t i);
/* The same, but in a published procedure the procedure's name above its
 * first part ("Trình tự thực hiện"). */
size_t seg_task_or_procedure(const seg_doc *d, size_t i);
/* The tasks the lines at paragraph i belong to, at most max into out:
 * seg_task_of's paragraph, or the heading over the task's description
 * fields ("1. Tuyên truyền ..." over "- Nội dung:", "- Thời lượng: ..."),
 * or every item of the list a caption heads ("a) Nhiệm vụ:" over "- ...",
 * "- ..."). Returns how many (1 at least). */
size_t seg_tasks_of(const seg_doc *d, size_t i, size_t *out, size_t max);
/* Whether paragraph i is the value of a body label above it whose colon
 * ends its line ("- Cơ quan trực tiếp thực hiện:" / "Sở Tư pháp"). */
int seg_label_value(const seg_doc *d, size_t i);

/* ---- gazetteer (gazetteer.c) ---- */
typedef struct {
    char *id, *kind, *canonical, *abbrev, *successor;
    char *valid_from, *valid_to;   /* "YYYY-MM-DD" or NULL */
    char *province;                /* for kind province: successor province */
    char *fold;                    /* canonical folded (seg_fold_str), made once at load */
} seg_gaz_entry;

seg_gaz *seg_gaz_load(const char *path, char *err, size_t errlen);
void seg_gaz_free(seg_gaz *g);
/* Longest gazetteer name starting at folded position f[i] (a word start).
 * Returns the entry or NULL; *mlen is the matched length in characters. */
const seg_gaz_entry *seg_gaz_match(const seg_gaz *g, const char *f, size_t n, size_t i, size_t *mlen);
/* Approximate match of a whole short string (an agency heading). */
const seg_gaz_entry *seg_gaz_fuzzy(const seg_gaz *g, const char *f, size_t n, size_t *mlen);
/* Approximate match of a long name form starting at word start f[i] (OCR). */
const seg_gaz_entry *seg_gaz_fuzzy_at(const seg_gaz *g, const char *f, size_t n, size_t i, size_t *mlen);

/* Free result entry i of r->agencies and close the gap. */
void seg_agency_drop(seg_result *r, size_t i);
/* Free what target t owns (text, id, area, metrics) and zero it. */
void seg_target_clear(seg_target *t);
/* Append t to r->targets (capacity *cap, grown by doubling); on failure t
 * is cleared and -1 returned. */
int seg_push_target(seg_result *r, size_t *cap, seg_target *t);

/* "2021-03-30" compared with y/m/d: -1 before, 0 same, 1 after. */
int seg_date_cmp(const char *iso, int y, int m, int d);

#endif
