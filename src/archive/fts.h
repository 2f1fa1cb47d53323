/*
 * fts.h: the catalogue's full-text index of page text (SQLite FTS5).
 *
 * Vietnamese is looked up both ways: typed without marks ("cai cach",
 * "dong") a word matches every marked spelling ("cải cách", "đồng",
 * "Đông"); typed with marks ("đồng") it matches only that spelling (case
 * aside). unicode61's remove_diacritics 2 folds the tone and vowel marks but
 * not đ/Đ (no Unicode decomposition), so the index uses its own tokenizer,
 * "sohoa": it wraps unicode61, folds đ/Đ (and Ð/ð, which OCR emits for Đ)
 * to d, and stores each marked word twice at one position, folded and as
 * written (lower case). Offsets stay those of the original text, so
 * highlight()/snippet() mark the words as written. Numbers and codes are
 * split at punctuation and matched as a phrase: "76/NQ-CP" finds 76/NQ-CP.
 *
 * Every connection that touches the table must call fts_register first
 * (the sqlite3 shell cannot read it; the text is also in pages.text).
 */
#ifndef SOHOA_ARCHIVE_FTS_H
#define SOHOA_ARCHIVE_FTS_H

#include <stddef.h>
#include <stdint.h>

struct sqlite3;

/* Register the "sohoa" tokenizer on db. 0 or -1 (reason in err). */
int fts_register(struct sqlite3 *db, char *err, size_t errlen);
/* Create the index table (page_fts) if missing, and index any page of the
 * catalogue's pages table not yet in it (a catalogue from before the
 * index existed). 0 or -1. */
int fts_create(struct sqlite3 *db, char *err, size_t errlen);
/* (Re)index the text of page (0-based) of input id. 0 or -1. Call inside
 * the transaction that stores the page so both land together. */
int fts_index_page(struct sqlite3 *db, int64_t input_id, int page, const char *text,
                   char *err, size_t errlen);
/* Drop every page of input id from the index (the input is redone). */
int fts_forget_input(struct sqlite3 *db, int64_t input_id, char *err, size_t errlen);

typedef struct {
    int64_t input_id;
    const char *document;   /* the input's path as given (as stored in inputs) */
    int page;               /* 1-based */
    const char *snippet;    /* the text around the match, matches between mark_open/close */
    double score;           /* bm25: lower is better */
} fts_hit;

/* Called per hit, best first; strings valid during the call. Return 0 to go
 * on, non-zero to stop. */
typedef int (*fts_hit_fn)(void *user, const fts_hit *h);

/* Search: every whitespace-separated word of query must occur (each word is
 * matched as a phrase of its tokens, so codes keep their order). Returns
 * the number of hits passed to fn (at most limit; limit <= 0: no limit),
 * 0 when nothing matches or the query has no searchable word, -1 on a
 * database error (reason in err). */
int fts_search(struct sqlite3 *db, const char *query, int limit, const char *mark_open,
               const char *mark_close, fts_hit_fn fn, void *user, char *err, size_t errlen);

/* The FTS5 query fts_search runs for query (malloc'd; NULL when no word). */
char *fts_query_expr(const char *query);

#endif
