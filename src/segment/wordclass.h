/*
 * wordclass.h: the verb/noun lexicon lang/wordclass.tsv (tools/gen-wordclass)
 * and the one question the segmenter asks of it. Not installed.
 */
#ifndef SOHOA_SEG_WORDCLASS_H
#define SOHOA_SEG_WORDCLASS_H

#include <stddef.h>

typedef struct seg_wordclass seg_wordclass;

/* Load path; NULL with err on a malformed file or no memory. The table is
 * read-only after loading, shared by every document. */
seg_wordclass *seg_wc_load(const char *path, char *err, size_t errlen);
void seg_wc_free(seg_wordclass *wc);

/* How often the lower-case NFC word w (one or two syllables, len bytes)
 * was read as a verb and as a noun; 0 when the lexicon lacks it. */
int seg_wc_counts(const seg_wordclass *wc, const char *w, size_t len, unsigned *verb, unsigned *noun);

/* seg_wc_verb_at, the question asked of a paragraph, is in
 * seg_internal.h beside seg_para. */

#endif
