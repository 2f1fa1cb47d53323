/*
 * clean.h: the fast path for lines that are NFC Vietnamese already (clean.c).
 */
#ifndef VNFIX_CLEAN_H
#define VNFIX_CLEAN_H

#include <stddef.h>

#include "detect.h"

/* 1 when line[0..len) is valid UTF-8 made only of ASCII, precomposed
 * Vietnamese letters and common punctuation, holds a letter no misreading
 * of Windows-1252 makes, and shows no sign of legacy bytes: the text as it
 * stands is the output (what vnfix_decide decides for it, found faster).
 * 2: the same, but for words that TCVN3 or VNI pasted into Unicode may
 * have made (vnfix_guard_suspect), which the line must judge
 * (vnfix_guard_stays). 0 when the line needs the full look, which may
 * still keep it. */
int vnfix_clean_line(vnfix_work *w, const unsigned char *line, size_t len);

#endif
