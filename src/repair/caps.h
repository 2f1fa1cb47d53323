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

/* Returns how many words were left undecided (mixed case that may or may
 * not be capitals-font text). */
size_t vnfix_caps_recover(uint32_t *cps, size_t n);

#endif
