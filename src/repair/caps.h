/*
 * caps.h: case recovery for encodings without toned capitals (TCVN3, VPS).
 *
 * Text typed in a capitals font (".VnTimeH") stores a toned capital with
 * the lowercase code, so "VIỆT" decodes as "VIệT". A lowercase toned letter
 * is raised only where the context says the word is in capitals: the
 * word's other letters are all capitals and there are at least two of them,
 * or the word is one capital plus toned letters on a line whose other
 * words are all in capitals (a heading). Anything else is left as decoded.
 */
#ifndef VNFIX_CAPS_H
#define VNFIX_CAPS_H

#include <stddef.h>
#include <stdint.h>

/* Returns how many words were left undecided: one capital and toned
 * lowercase ("Bé": Bộ or BỘ?) on a line that is not a heading but has
 * words that can only be capitals-font text (capitals with toned lowercase,
 * "LUËT"), so the font may run on. (Beside acronyms alone, such a word is
 * taken as the Title case it reads as.) The first max of them are listed in
 * at[] as index pairs [from, to) into cps (at may be NULL when max is 0). */
size_t vnfix_caps_recover(uint32_t *cps, size_t n, size_t (*at)[2], size_t max);

/* The counts vnfix_caps_recover decides by, for a piece of a line made of
 * whole words (detect.c's token memo), added to *k: a line's are the sums
 * over its pieces. When vnfix_caps_piecewise says so of the sums (no
 * heading, no word of capitals with a toned lowercase letter), the line's
 * recovery changes nothing and leaves no word undecided, so the pieces
 * need none. */
typedef struct { unsigned caps_words, other_words, font_words; } vnfix_caps_count;
void vnfix_caps_count_piece(const uint32_t *cps, size_t n, vnfix_caps_count *k);
int vnfix_caps_piecewise(const vnfix_caps_count *k);

#endif
