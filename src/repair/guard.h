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

#include "detect.h"

/* w->best[0..w->nbest) holds the reading of line[0..len) as src (src may
 * be the text as it stands). Replace it by what the guard lets through,
 * words read alone included, and set d->src, d->fast (nothing changed)
 * and d->strong (the line proved its source by itself). prior is the
 * neighbours' source or NULL; vn_only: the line has a Vietnamese letter
 * that no misreading makes (so it is Unicode, at least in part). */
int vnfix_guard(vnfix_work *w, const unsigned char *line, size_t len, vnfix_source src,
                const vnfix_source *prior, int vn_only, vnfix_decision *d);

/* The language model's cost (nats) of the runs of c[0..n) that have
 * letters beyond ASCII; w->model must be set. */
double vnfix_guard_cost(const vnfix_work *w, const uint32_t *c, size_t n);

#endif
