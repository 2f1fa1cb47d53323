/*
 * targets_internal.h: what deadlines.c (the years and dates a paragraph
 * states) gives targets.c (whether a paragraph is a target, and what it
 * sets). Not installed; the comments are at the definitions.
 */
#ifndef SOHOA_TARGETS_INTERNAL_H
#define SOHOA_TARGETS_INTERNAL_H

#include "segment/seg_internal.h"

/* ---- deadlines.c ---- */
int tg_year_at(const char *f, size_t n, size_t i, int *y);
int tg_named_year_at(const char *f, size_t n, size_t i, int *y);
int tg_year_list_end(const char *f, size_t n, size_t i, size_t *e);
size_t tg_word_ending(const char *f, size_t e, const char *const *words);
int tg_programme_name(const char *f, size_t yi);
int tg_season_year(const char *f, size_t n);
void tg_dates_in(const char *f, size_t n, const int *dd, int *deadline, int *pfrom, int *pto);
int tg_goal_year(const char *f, size_t n, int doc_year);
int tg_year_of_goal(const seg_para *p, size_t from, int doc_year);

#endif
