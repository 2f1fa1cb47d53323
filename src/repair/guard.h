/*
 * guard.h: the first rule of vnfix, valid Unicode text is never made worse.
 *
 * detect.c chooses the reading of a whole line that makes the most
 * Vietnamese syllables of it. That is right for a line of legacy text and
 * wrong for a line of Unicode holding a symbol that a legacy table maps to
 * a letter ("13°45’" read as TCVN3 is "13ồ45Ỗ"), a word of another
 * language, or one legacy word pasted among Unicode ones. The guard checks
 * the reading word by word and keeps every word the reading does not make
 * better Vietnamese (guard.c says how).
 */
#ifndef VNFIX_GUARD_H
#define VNFIX_GUARD_H

#include <stddef.h>
#include <stdint.h>

#include "detect.h"

/* The ASCII blanks ' ' \t \n \v \f \r that separate the guard's words, by
 * one test and a bit of a mask (six compares were most of the time of the
 * scans that split a line into words). */
static inline int vnfix_guard_blank(uint32_t c) { return c <= ' ' && ((0x100003E00ull >> c) & 1); }

/* w->best[0..w->nbest) holds the reading of line[0..len) as src (src may
 * be the text as it stands). Replace it by what the guard lets through,
 * words read alone included, and set d->src, d->fast (nothing changed)
 * and d->strong (the line proved its source by itself). prior is the
 * neighbours' source or NULL; vn_only: the line has a Vietnamese letter
 * that no misreading makes (so it is Unicode, at least in part); text_cps:
 * src is the text as it stands and the line is valid UTF-8, NFC-stable and
 * free of ƣ Ƣ (what detect.c's classify found), so w->best is the line's
 * own code points, which the guard then need not compare with the words'
 * bytes. */
int vnfix_guard(vnfix_work *w, const unsigned char *line, size_t len, vnfix_source src,
                const vnfix_source *prior, int vn_only, int text_cps, vnfix_decision *d);

/* For a line that decide() would pass to vnfix_guard read as it stands,
 * among neighbours read so (valid UTF-8, NFC-stable, no ƣ Ƣ: text_cps):
 * 1 when every word of it is proven to go out as it stands there (guard.c
 * says why), with *vietnamese what the guard would set d->vietnamese to;
 * 0 when not proven. Uses w->gtok. */
int vnfix_guard_keeps(vnfix_work *w, const unsigned char *line, size_t len, int *vietnamese);

/* Whether the word s[0..len), a syllable as it stands, reads in TCVN3 or
 * VNI (as Windows-1252) as a known syllable far commoner than itself
 * ("vô", TCVN3's "vụ"): a word its line must judge (clean.c); 0 without a
 * model. Uses w->cps. */
int vnfix_guard_suspect(vnfix_work *w, const unsigned char *s, size_t len);

/* For a line of Unicode Vietnamese that needs no work but for its suspect
 * words: 1 when the guard keeps every one of them in its line (none reads
 * far likelier in a legacy source there), so the line is kept as it is. */
int vnfix_guard_stays(vnfix_work *w, const unsigned char *s, size_t len, const vnfix_source *prior);

/* What the guard does with one word of plain ASCII, w[0..len), and its
 * VIQR reading rd[0..nrd) (NFC), in a line read as VIQR among neighbours
 * read so (for detect.c's VIQR token memo): VNFIX_GV_TAKE, it is rewritten
 * as read, unless VNFIX_GV_STOP and the next word begins with a digit or a
 * capital (vnfix_guard_viqr_stop_before); VNFIX_GV_OWN, it proves VIQR by
 * itself; VNFIX_GV_ODD, a word this does not answer for (the full path
 * must read its line). It depends on the word alone: guard.c says why.
 * Uses w->gtok. */
enum { VNFIX_GV_TAKE = 1, VNFIX_GV_OWN = 2, VNFIX_GV_STOP = 4, VNFIX_GV_ODD = 8 };
int vnfix_guard_viqr_word(vnfix_work *w, const unsigned char *word, size_t len, const uint32_t *rd, size_t nrd);

/* Whether the word that follows s[end] in the line s[0..len) (past the
 * blanks) begins with a digit or a capital: a full stop or a question
 * mark before it is punctuation ("No. 1", "Tr. 5"), not a VIQR mark. */
int vnfix_guard_viqr_stop_before(const unsigned char *s, size_t len, size_t end);

/* Map the pages of the verdict memo now, if it is allocated (for
 * vnfix_work_fed: a long input). */
void vnfix_guard_warm(vnfix_work *w);

/* Whether c is one of the symbols and punctuation of real documents
 * (° ’ ” • § © ...) that legacy tables also use for letters. */
int vnfix_guard_sign(uint32_t c);

/* The language model's cost (nats) of the runs of c[0..n) that have
 * letters beyond ASCII; w->model must be set. */
double vnfix_guard_cost(vnfix_work *w, const uint32_t *c, size_t n);

#endif
