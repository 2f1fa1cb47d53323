/*
 * agencies_internal.h: what the files that read agencies share (agencies.c,
 * names.c, chain.c, regulation.c, assign.c, addressees.c, headings.c). Not
 * installed. Each section below lists what one file gives the others; its
 * comments are at the definitions.
 */
#ifndef SOHOA_AGENCIES_INTERNAL_H
#define SOHOA_AGENCIES_INTERNAL_H

#include "segment/seg_internal.h"

/* A body named at a place in a paragraph, before it is gathered into an
 * agency (ag_find_or_add). */
typedef struct {
    const seg_gaz_entry *e;  /* NULL: named by grammar (bodies.c) */
    char *name;           /* canonical, with the province when one follows */
    char *successor;
    size_t a, b;          /* characters in the paragraph */
    int collective;
    /* the paragraph a and b count in, when not the one being read (the
     * addressee lines a Công điện's numbered item refers back to) */
    const seg_para *src;
    int keep_name;        /* named by what the list says, not as written */
} hit;

/* What every reader works with: the result it fills, the document, the
 * gazetteer. */
typedef struct {
    seg_result *r;
    seg_doc *d;
    const seg_gaz *g;
    /* short names the document defines for a body ("Quỹ nhà ở quốc gia
     * (sau đây gọi là Quỹ)"): folded short name and the body's name */
    int n_alias;
    char *alias_fold[8], *alias_name[8];
    /* where a body's full name stands before the bracket that defines its
     * abbreviation ("Ban Quản lý dự án ... (Ban QLDA)"): that mention is
     * read to the bracket; alias_para NULL for a "sau đây gọi là" name */
    const seg_para *alias_para[8];
    size_t alias_a[8], alias_b[8];
    char *alias_text[8]; /* the abbreviation as written, its capitals */
    /* the learned second opinion (agency_model.c): its weights, or where
     * to write the candidates instead of using them (doc names them) */
    const seg_amodel *model;
    FILE *dump;
    const char *doc;
    /* paragraphs inside a model form the document prints (forms.c): no
     * body is given anything there; NULL: none known */
    const unsigned char *in_form;
    /* the paragraph a regulation's text starts at (seg_regulation_from),
     * d->nparas when the document holds none: asked of every item */
    size_t reg_from;
} actx;

/* ---- agencies.c ---- */
int ag_same_name(const char *a, const char *b);
seg_agency *ag_find_or_add(actx *c, hit *h, const seg_para *p);
void ag_add_role(seg_agency *a, const char *role);
void ag_task_deadline(const seg_para *p, seg_task *t);
void ag_add_task(actx *c, seg_agency *a, const seg_para *p, const char *role);
void ag_assign(actx *c, hit *h, const seg_para *p, const char *role, int task);
/* Does name stand for the issuer of r's document, or its head? */
int ag_is_issuer(const seg_result *r, const char *name);
/* Is the body h names above the issuer of r's document (ANNOTATING.md,
 * eighth rule set: a document cannot set its superiors' duties)? */
int ag_above_issuer(const seg_result *r, const hit *h);

/* ---- sane.c ---- */
/* Is h's name, read in p, one a reader would write? 0: no body (a word
 * printed twice, an anaphor, a name cut inside a word); 1, its name (and
 * span) cut back to the noun phrase when the clause ran into it. */
int ag_sane_name(const seg_para *p, hit *h);

/* ---- names.c ---- */
/* h (all else cleared) as the body p names in [a, b), as written with its
 * abbreviations written out (seg_body_name), collective or not: 1 when
 * named, else 0. */
int ag_written_hit(const seg_para *p, size_t a, size_t b, int collective, hit *h);
size_t ag_after_title(const actx *c, const seg_para *p, size_t i);
/* At i a title of a unit noun and "trưởng" before that noun's body ("Đội
 * trưởng Đội Kiểm tra ...", "Viện trưởng Viện kiểm sát"): where the body's
 * name begins (*hl its head's length), or 0. */
size_t ag_compound_title(const seg_para *p, size_t i, size_t *hl);
int ag_match_at(const actx *c, const seg_para *p, size_t i, const char *prefix, int fuzzy, hit *h);
/* Read the short names the document defines for bodies into c; free them. */
void ag_read_aliases(actx *c);
void ag_free_aliases(actx *c);

/* ---- chain.c ---- */
/* h named as the body base (the gazetteer's "... tỉnh" / "... thành phố")
 * of the province pe, and its successor; 0 when base names no such level. */
int ag_province_body(const char *base, const seg_gaz_entry *pe, hit *h);
int ag_province_list(const actx *c, const seg_para *p, hit *g, hit *out, int max, size_t *end);
/* After a head's title at a ("Giám đốc các Sở: ..."), where "các" and its
 * list begin; else 0. */
size_t ag_office_before_list(const char *f, size_t n, size_t a);
/* A bracket at j closing with a word of role (chain.c): the role, or NULL. */
const char *ag_paren_role(const seg_para *p, size_t j, size_t *rw);
/* How ag_province_names reads a list (its comment in chain.c says). */
enum { PROV_WORDS = 1, PROV_NAMED = 2 };
int ag_province_names(const actx *c, const seg_para *p, size_t *jp, hit *hs, int max, int how, size_t *end,
                      int *closed);
/* After h, "X cấp tỉnh, cấp xã" names a second body, X cấp xã (into out;
 * h cut to the upper level when it held both): 1 and its end, or 0. */
int ag_second_level(const seg_para *p, hit *h, hit *out, int max, size_t *end);
int ag_chain(const actx *c, const seg_para *p, size_t i, hit *hits, int max, size_t *end);
/* Are the words of the folded a those of the folded b in order, b holding
 * more, both opening with the same head (a body named short)? */
int ag_words_within(const char *a, const char *b);
/* The folded name of a class (a collective named without a list's comma),
 * "các" aside: allocated, or NULL (agencies.c). */
char *ag_class_fold(const seg_agency *a);
void ag_free_hits(hit *h, int n);

/* ---- regulation.c ---- */
size_t ag_duty_of(const seg_para *p, size_t i);
void ag_duty_subjects(actx *c, const seg_para *p, size_t a0);
void ag_closing_formula(actx *c, const seg_para *p, size_t a0);
void ag_known_class_cases(actx *c);
size_t ag_quoted_clause(const seg_para *p, size_t a);
void ag_quoted_article_duties(actx *c, const seg_para *p, hit *hs, int k);
int ag_then_at(const seg_para *p, size_t i);
int ag_reg_clause(const seg_doc *d, size_t i);
int ag_duty_heading_whole(const seg_para *hp, size_t a, hit *hs, int k, size_t *endp);
int ag_duty_heading_list(const actx *c, const seg_para *hp, size_t a, hit *hs, int k, int max, size_t *endp);
int ag_duty_umbrella(actx *c, size_t from, size_t to, const hit *hs, int k);
size_t ag_duty_nouns(const seg_para *p, size_t i);
int ag_rights_clause(const seg_para *p);
int ag_rights_title(const seg_para *p);
int ag_officer_class(const actx *c, const seg_para *hp, size_t a, hit *hs, size_t *end);
/* A duty heading naming its bodies by their heads, as the closing formula
 * does ("Trách nhiệm của Bộ trưởng, Thủ trưởng cơ quan ngang bộ"): the
 * groups they lead in hs, their count, or 0 (regulation.c). */
int ag_duty_heads(const actx *c, const seg_para *hp, size_t a, hit *hs, int max, size_t *end);
/* A bracket at i (after blanks) in which a regulation defines the name it
 * will use ("(sau đây gọi là Ủy ban nhân dân cấp tỉnh)", "(gọi chung là
 * ...)"): the position after its ")", or 0 (chain.c). */
size_t ag_definition_end(const seg_para *p, size_t i);
/* A duty lead-in over items that a condition or a time fronts ("Trường
 * hợp ..., X phải:"): its subject's names in hs, their count, or 0
 * (headings.c). */
int ag_fronted_lead(actx *c, const seg_para *hp, size_t a, hit *hs, int max, size_t *end);
/* Do most items right under heading p open with an act (headings.c)? */
int ag_items_open_acts(const seg_doc *d, const seg_para *p);
int ag_opens_act(const seg_para *w);
/* Does w's act open at b (the words put before a verb skipped): a verb
 * the lexicon reads, "Chủ trì", "Phối hợp"? */
int ag_act_at(const seg_para *w, size_t b);
/* Do the folded words f[0..e) end with the words w (assign.c)? */
int ag_ends_with_word(const char *f, size_t e, const char *w);
/* Where the last sentence of p's folded text f[0, n) opens (assign.c). */
size_t ag_last_sentence(const seg_para *p, size_t n);
int ag_opens_asked_act(const seg_para *w);
int ag_points_back(const seg_para *p, size_t j);
/* A group h named in p by a reference to the scope article ("các cơ quan,
 * tổ chức, cá nhân quy định tại Điều 2"): the bodies that article names
 * are given p as a task with role instead; whether there were any
 * (regulation.c). */
int ag_scope_reference(actx *c, const hit *h, const seg_para *p, const char *role);
/* Does h, read in p, name such a group? The scope article's paragraphs
 * in [*from, *to) when so. */
int ag_scope_named(const actx *c, const hit *h, const seg_para *p, size_t *from, size_t *to);
/* Does character a of p stand inside the wording an amending clause takes
 * out or puts in ("Thay thế cụm từ “A” bằng cụm từ “B”")? */
int ag_in_amended_wording(const seg_para *p, size_t a);
/* The bodies of the wording put in, when it is a clause with their verb. */
void ag_amended_duties(actx *c, const seg_para *p);
int ag_functions_subject(const actx *c, const seg_para *hp, hit *hs, size_t *end);
/* "1. Doanh nghiệp cung ứng dịch vụ bưu chính công ích:" in an article of
 * duties: a clause that is only a class of bodies heads the duties under
 * it (regulation.c). Its class in *h, the class's end in *end. */
int ag_class_heading(const actx *c, const seg_para *hp, hit *h, size_t *end);

/* ---- assign.c ---- */
const char *ag_partner_role(const seg_para *p, size_t j);
int ag_mutual_partners(const seg_para *p, size_t a0, const hit *hs, int k, size_t j);
size_t ag_preverbal(const seg_para *p, size_t j);
size_t ag_own_verb(const seg_para *p, size_t a);
int ag_later_lead(const seg_para *p, size_t from);
void ag_inline_roles(actx *c, const seg_para *p, int in_impl, int in_reg);
void ag_lead_in_items(actx *c, size_t i);
/* Does item t name who does it ("2. Sở Y tế tổ chức ...", "- Sở Tài chính:")? */
/* Does a predicate's verb open at j: a word in small letters that is no
 * particle, preposition or noun of place (assign.c's test after a subject)? */
int ag_lower_verb(const seg_para *p, size_t j);
int ag_own_subject(actx *c, const seg_para *t);
/* Does any item after paragraph i (under it when it heads a section)
 * name its own subject? Then a lead-in over them is an umbrella, whose
 * body the items are not given to. */
int ag_items_own_subjects(actx *c, size_t i);
/* Where p's task text begins after a body's name and colon heading it
 * ("+ Sở Xây dựng: hướng dẫn ..."); p->label_chars when none does. */
size_t ag_name_label_end(const actx *c, const seg_para *p);
void ag_label_targets(const actx *c);
/* Does item t name its own doer, none of them the agency ag? */
int ag_item_of_other(actx *c, const seg_para *t, const seg_agency *ag);
/* Does item t ask bodies of its own after a clause it opens with ("...,
 * nếu có khó khăn, vướng mắc, đề nghị các sở, ngành ... phản ánh ...")? */
int ag_asks_own(actx *c, const seg_para *t);
/* Is the request at character i of p ("đề nghị", "yêu cầu") the issuer's
 * own: opening its clause, after a conjunction that draws it ("nên",
 * "trân trọng"), or after the issuer's name or its head's as the clause's
 * subject ("Sở Tài chính đề nghị ...")? (addressees.c) */
int ag_issuer_asks(const actx *c, const seg_para *p, size_t i);
/* Is the request at i of p a letter's closing formula, a few words that
 * ask only to see it done ("đề nghị Quý cơ quan, đơn vị quan tâm, phối hợp
 * thực hiện./.")? (addressees.c) */
int ag_closing_request(const actx *c, const seg_para *p, size_t i);
/* Is the request at i of p a letter's last, naming bodies and asking only
 * to see it done ("yêu cầu các cơ quan, đơn vị ... nghiêm túc triển khai
 * thực hiện./."), after paragraphs that asked? (addressees.c) */
int ag_closing_to_named(const actx *c, const seg_para *p, size_t i);
/* Where the task of a letter's request after the issuer's own clause and a
 * semicolon starts (addressees.c). */
size_t ag_request_clause(const actx *c, const seg_para *p, size_t s, size_t at);
/* Is the body named name one of a letter's addressees, written in its
 * "Kính gửi:" lines ("Đồng chí Giám đốc Công an tỉnh." names Công an tỉnh)?
 * (addressees.c) */
int ag_is_addressee(const actx *c, const char *name);

/* ---- addressees.c ---- */
int ag_member_range(const seg_para *p, size_t i);
int ag_addressed_members(const actx *c, hit *g, hit *out, int max);
int ag_communes_listed(const seg_para *p, size_t n, hit *hs, int max, size_t *end, int clause);
void ag_commune_hits(const seg_para *p, const char *head, const size_t *from, const size_t *to, int k, hit *hs);
void ag_addressees(actx *c);
void ag_closing_addressee(actx *c);
void ag_covered_addressees(actx *c);

/* ---- headings.c ---- */
const char *ag_task_role(const seg_para *p);
void ag_give_item(actx *c, seg_agency *ag, const seg_para *t, const char *tr, int roles);
size_t ag_role_lead(actx *c, size_t q, size_t to, const char **role, hit *hs, int max, int *np);
void ag_give_partners(actx *c, const seg_para *p, size_t from, size_t to, hit *hs, int np);
void ag_task_block_line(actx *c, size_t i);
void ag_task_bracket(actx *c, size_t i);
void ag_role_clauses(actx *c, size_t i);
void ag_table_row(actx *c, const seg_trow *row);
/* procedures.c: a procedure's internal steps flattened one cell per line,
 * and the lists of procedures a decision publishes */
void ag_step_rows(actx *c);
void ag_procedure_lists(actx *c);
int ag_impl_title(const char *title, int article);
int ag_in_scope_article(const seg_doc *d, const seg_para *p);
int ag_heads_items(const seg_doc *d, const seg_para *p);
/* Does p, its names ending at end, lead in the duties listed under it
 * ("Sở Tư pháp có trách nhiệm:", "Trung tâm ... thực hiện nhiệm vụ, quyền
 * hạn ..., cụ thể như sau:")? The subject is shared with the items. */
int ag_duty_lead(const seg_para *p, size_t end);
const char *ag_headed_role(const seg_doc *d, const seg_para *hp, size_t end);
/* Does lead-in p (its first n characters) direct, "X chỉ đạo Y:": an
 * order passed on, its items acts however their first word reads (assign.c) */
int ag_lead_directs(const seg_para *p, size_t n);
int ag_led_with_partners(actx *c, const seg_para *p, size_t end, hit *hs, int max);
int ag_partners_lead(actx *c, const seg_para *p, size_t end);
void ag_heading_bodies(actx *cp, const int *impl);

/* ---- forms.c ---- */
/* One flag per paragraph of d: inside a model form (a sample decision or
 * report with its number left blank). NULL when out of memory. */
unsigned char *ag_form_paras(const seg_doc *d);

/* ---- agency_model.c ---- */
/* What a candidate's features say besides its words: the rules' roles
 * ("thực_hiện+phối_hợp", "" none), where its name was read ("gaz",
 * "name", "body"), the gazetteer's kind, and its paragraph's place. */
typedef struct {
    const char *roles, *src, *gkind;
    int collective, impl, noi_nhan;
    const char *doc_type; /* folded */
} am_cand;
/* The features of span [a, b) of p, appended to o. */
void seg_amodel_features(const seg_doc *d, const seg_para *p, size_t a, size_t b, const am_cand *k, sbuf *o);
/* Every candidate of the document: written to c->dump, or scored with
 * c->model (a body added, a group dropped). impl: the implementation part's
 * sections. */
void ag_model(actx *c, const int *impl);

/* ---- unlabelled.c ---- */
/* Marks as "-" items the paragraphs of a letter's list whose labels were
 * lost, under the issuer's lead-in that asks for them ("... đề nghị X
 * thực hiện các nội dung sau:" over "Rà soát ...", "Tổ chức ..."): the
 * indices marked, *count of them, for ag_unmark_unlabelled. */
size_t *ag_mark_unlabelled(actx *c, size_t *count);
/* Gives the marked paragraphs back their state and frees the list. */
void ag_unmark_unlabelled(seg_doc *d, size_t *marked, size_t count);

#endif
