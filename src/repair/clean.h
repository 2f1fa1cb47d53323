/*
 * clean.h: the fast path for lines that are NFC Vietnamese already (clean.c).
 */
#ifndef VNFIX_CLEAN_H
#define VNFIX_CLEAN_H

#include <stddef.h>

#include "detect.h"

/* 1 when line[0..len) is valid UTF-8 made only of ASCII, precomposed
 * Vietnamese letters, common punctuation and symbols that classify() reads
 * as plain where they stand (± apart from letters, ≤ ≥ →), holds a letter
 * no misreading of Windows-1252 makes, and shows no sign of legacy bytes:
 * the text as it stands is the output (what vnfix_decide decides for it,
 * found faster). 2: the same, but for words that TCVN3 or VNI pasted into
 * Unicode may have made (vnfix_guard_suspect), which the line must judge
 * (vnfix_guard_stays); only on a line without such a symbol or a Latin-1
 * letter before a symbol ("chú”"), which those words were never judged
 * beside. 0 when the line needs the full look, which may still keep it. */
int vnfix_clean_line(vnfix_work *w, const unsigned char *line, size_t len);

/* vnfix_clean_line for a run of whole lines at once (faster than line by
 * line): line k is s[ends[k - 1]..ends[k]) (from 0), each ending in a
 * newline, nl of them (at most VNFIX_CLEAN_LINES_MAX); ok[k] is 1 where
 * vnfix_clean_line answers 1, VNFIX_CLEAN_NOT where it answers 0, else 0:
 * ask it (its answer 2 needs the line's own scan, which notes its suspect
 * words); *others, how many lines it does not answer 1. 0 when the
 * automaton cannot be used (another model): ask vnfix_clean_line of every
 * line. */
#define VNFIX_CLEAN_NOT 2
#define VNFIX_CLEAN_LINES_MAX 64
int vnfix_clean_lines(vnfix_work *w, const unsigned char *s, const size_t *ends, size_t nl, unsigned char *ok,
                      size_t *others);

/* For tools/gen-clean-dfa and its test: vnfix_clean_line by the token memo
 * alone; the verdict on one blank-free token (bits 1 clean, 2 a letter no
 * misreading makes, 4 suspect, 8 a symbol cleared by its place); the
 * generated automaton's verdict on it (1 and *v, or 0 when it leaves the
 * token to the memo). */
int vnfix_clean_line_memo(vnfix_work *w, const unsigned char *line, size_t len);
unsigned vnfix_clean_token(vnfix_work *w, const unsigned char *s, size_t n);
int vnfix_clean_dfa_token(const unsigned char *s, size_t n, unsigned *v);

#endif
