/*
 * funcwords.h: the segmenter's function words, one list each (funcwords.c).
 * Not installed.
 *
 * Words are matched whole on a paragraph's folded text; where folding
 * makes two words one ("phải" and "phái", "sẽ" and "sẻ"), the word is
 * then read with its marks, in any case ("PHẢI" in a heading in capitals
 * is "phải"), through seg_marks_match.
 */
#ifndef SOHOA_SEG_FUNCWORDS_H
#define SOHOA_SEG_FUNCWORDS_H

#include <stddef.h>

#include "segment/seg_internal.h"

/* A word of a class, folded, and where its folded form is also another
 * word, the written forms it means, read with their marks in any case
 * ("để", not "đề"; "từ" or "tự"); a list ends with a NULL fold. */
typedef struct {
    const char *fold, *text, *text2;
} seg_class_word;

/* The longest word of list at i of p: its length, or 0. */
size_t seg_class_word_at(const seg_para *p, size_t i, const seg_class_word *list);

/* Does the word at character i of p read as text (lower case, with its
 * marks) whatever its case: "SỞ" and "Sở" as "sở", not "Số"? */
int seg_marks_match(const seg_para *p, size_t i, const char *text);

/* Does the character at i of p (i < p->nchar) open with a capital, as a
 * name written in full does? */
int seg_capital_at(const seg_para *p, size_t i);

/* A modal or aspect word at i, folded ("phải", "cần", "sẽ", "đã",
 * "đang"): its length in characters, or 0; *written says whether the text
 * writes it with the word's marks, in any case ("phải", "PHẢI", not
 * "phái"; "sẽ", not "sẻ" of "chia sẻ"); *modal whether it is a modal of
 * duty ("phải", "cần") rather than one of tense or aspect. Either pointer
 * may be NULL. */
size_t seg_modal_at(const seg_para *p, size_t i, int *written, int *modal);

/* A modal or aspect word at i written with its marks (seg_modal_at's
 * *written): its length, or 0. */
size_t seg_written_modal_at(const seg_para *p, size_t i);

/* A formula of duty at i ("có trách nhiệm", "chịu trách nhiệm"), and
 * with must the modal "phải" too (read with its marks): its length, or 0. */
size_t seg_duty_at(const seg_para *p, size_t i, int must);

/* Where a class's bodies stand, said of the class itself at i: "tại" or
 * "ở" and a level or side that is no name ("ở trung ương", "tại địa
 * phương", "ở nước ngoài"), or "trong và ngoài nước" (at home and
 * abroad). A complement of the class noun, not the adjunct these words
 * open elsewhere ("trong thời hạn", "ở mức"). Read with their marks; its
 * length, or 0. */
size_t seg_located_at(const seg_para *p, size_t i);

/* A word of leading at i: "chủ trì", "đầu mối", "làm đầu mối", "là đầu
 * mối" (a body that is the focal point leads: ANNOTATING.md, fifth rule
 * set). Its length, or 0. */
size_t seg_lead_word_at(const seg_para *p, size_t i);

/* The passive of assigning a role at i, "được giao" or "được phân công"
 * (with their marks) before "chủ trì", "phối hợp" or "làm đầu mối": after
 * a body's name it says of the body what "Giao X chủ trì ..." does, and
 * leaves the role to the word after it. Not a formula of duty: after a
 * class's noun it is a relative clause naming the class ("tổ chức, cá nhân
 * được giao chủ trì nhiệm vụ", "các đơn vị được giao thực hiện"), so only
 * a reader that has found a subject steps over it. Its length, or 0. */
size_t seg_assigned_role_at(const seg_para *p, size_t i);

/* A word at i that opens a predicate and nothing else: a modal of duty,
 * a formula of duty ("có trách nhiệm") or an adverb of duty and manner
 * Vietnamese puts before a subject's verb ("chủ động", "khẩn trương",
 * "tiếp tục", "tập trung"). Its length, or 0. */
size_t seg_predicate_opens(const seg_para *p, size_t i);

/* A word at i that opens a predicate with no verb of its own reading:
 * one of seg_predicate_opens, or a modal or aspect word written with its
 * marks ("đã", "sẽ", "đang", not "đăng" of "đăng ký"). The one test of
 * "a predicate opens here" that the readers of a body's name (bodies.c,
 * generic.c) share; each adds what its own reading needs (a verb, the
 * verbs a body acts by, "có quyền") and says why. Its length, or 0. */
size_t seg_predicate_word_at(const seg_para *p, size_t i);

/* An adverb of manner or time at i that may stand before a verb or after
 * it ("tích cực", "kịp thời", "thường xuyên", "định kỳ"): its length, or
 * 0. */
size_t seg_manner_at(const seg_para *p, size_t i);

/* A word at i that may stand before a subject's verb and leaves the verb,
 * and so the role it gives, as it is: one that opens a predicate, or an
 * adverb of manner or time. Its length, or 0. */
size_t seg_preverbal_at(const seg_para *p, size_t i);

/* The folded words of seg_predicate_opens and seg_manner_at but for the
 * modals, before any reading of the sentence ("tập trung" also before
 * "vào"): its length, or 0. For a reader whose list takes words of every
 * class, as the words that end a body's name (bodies.c). */
size_t seg_preverbal_word(const seg_para *p, size_t i);

/* A function word at i: a determiner, preposition, conjunction or the
 * copula ("các", "của", "tại", "theo", "hoặc", "là"), read with its marks
 * where it has one written form ("để", not "đề"): its length, or 0. */
size_t seg_function_word_at(const seg_para *p, size_t i);

#endif
