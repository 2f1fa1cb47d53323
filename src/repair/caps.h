/*
 * caps.h: case recovery for encodings without toned capitals (TCVN3, VPS).
 *
 * Text typed in a capitals font (".VnTimeH") stores a toned capital with
 * the lowercase code, so "VIỆT" decodes as "VIệT". A lowercase toned letter
 * is raised only where the context says the word is in capitals: the
 * word's other letters are all capitals and there are at least two of them,
 * or the word is one capital plus toned letters on a line whose other
 * words are all in capitals (a heading); or the letter is the first of a
 * sentence, which Vietnamese writes as a capital ("ủy ban" first on a line,
 * after a list label or ". "; caps.c says where). Anything else is left as
 * decoded.
 */
#ifndef VNFIX_CAPS_H
#define VNFIX_CAPS_H

#include <stddef.h>
#include <stdint.h>

#include "codec.h"

/* Returns how many words were left undecided: one capital and toned
 * lowercase ("Bé": Bộ or BỘ?) on a line that is not a heading but has
 * words that can only be capitals-font text (capitals with toned lowercase,
 * "LUËT"), so the font may run on. (Beside acronyms alone, such a word is
 * taken as the Title case it reads as.) The first max of them are listed in
 * at[] as index pairs [from, to) into cps (at may be NULL when max is 0).
 * Then, when cps is a whole line read through the table line (NULL: a
 * piece of one, a word the guard reads alone, which begins no sentence), a
 * sentence's first word ("ủy ban ..." first on the line, after a list
 * label, after ". ") has its toned first letter raised where that table
 * has no capital for it and the letter came from its bytes (units[i] not
 * VNFIX_LITERAL; units NULL: all did; one unit per code point). */
size_t vnfix_caps_recover(uint32_t *cps, size_t n, size_t (*at)[2], size_t max, const vnfix_codec *line,
                          const uint32_t *units);

/* The capitals vnfix_caps_recover puts back at a sentence's or a name's
 * first letter, put back into out[0..nout): the UTF-8 that a path reading
 * c's bytes one code point each (engine.c's direct path, detect.c's token
 * memo, whose pieces cannot see where a sentence begins) made of s[0..len)
 * without them. 0 done (none or some); -1 when out is not that UTF-8 or
 * the line has more than 16: the general path takes the line then.
 * _cps: whether there is one in code points read through some table, all
 * from its bytes (a superset of what any table raises). */
int vnfix_caps_raise_line(const vnfix_codec *c, const unsigned char *s, size_t len, unsigned char *out, size_t nout);
int vnfix_caps_sentence_cps(const uint32_t *cps, size_t n);

/* The counts vnfix_caps_recover decides by, for a piece of a line made of
 * whole words (detect.c's token memo), added to *k: a line's are the sums
 * over its pieces. When vnfix_caps_piecewise says so of the sums (no
 * heading, no word of capitals with a toned lowercase letter), the line's
 * words of capitals need no recovery and none is undecided; whether a
 * sentence's first letter is raised the pieces cannot tell
 * (vnfix_caps_raise_line). */
typedef struct { unsigned caps_words, other_words, font_words; } vnfix_caps_count;
void vnfix_caps_count_piece(const uint32_t *cps, size_t n, vnfix_caps_count *k);
int vnfix_caps_piecewise(const vnfix_caps_count *k);

#endif
