/*
 * correct.h: a person's correction of one page (sohoa review). The stored
 * page record is read back, the word (or the words of a line) changed, the
 * page text changed in the same places, and the page's JSON record, ALTO,
 * hOCR and PDF parts made again by the pipeline's own writers; all of it
 * is stored with the correction and the reviewed mark in one catalogue
 * transaction. The document's files are then written again by
 * batch_rewrite_input.
 */
#ifndef SOHOA_REVIEW_CORRECT_H
#define SOHOA_REVIEW_CORRECT_H

#include <stddef.h>
#include <stdint.h>

#include "batch/catalog.h"

/* Longest text a correction may bring (a line of a page is far less). */
#define REVIEW_MAX_TEXT 4096

typedef struct {
    int word;               /* the word's index in the page record */
    int whole_line;         /* 1: the edit is of the line word belongs to */
    const char *old;        /* what the person saw (the word, or the line's words
                             * joined by single spaces): a stale view is refused */
    const char *new_text;   /* UTF-8; made NFC; a line's words split at spaces */
    const char *user;       /* who, as given with --user (may be NULL) */
} review_edit;

enum {
    REVIEW_OK = 0,
    REVIEW_ERROR = -1,      /* catalogue or memory: reason in err */
    REVIEW_NOTFOUND = -2,   /* no such page or word */
    REVIEW_CONFLICT = -3,   /* old is not what the page has now */
    REVIEW_INVALID = -4     /* new text not valid UTF-8, control characters, too long */
};

/* Apply e to page (0-based) of input id. REVIEW_* with a reason in err. */
int review_correct(catalog *cat, int64_t id, int page, const review_edit *e, char *err,
                   size_t errlen);

/* new_text as NFC, malloc'd; NULL when it is not valid UTF-8, holds a
 * control character or is longer than REVIEW_MAX_TEXT bytes. */
char *review_clean_text(const char *s);

#endif
