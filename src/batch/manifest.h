/*
 * manifest.h: OUTDIR/manifest.tsv, a batch split into shards for a
 * cluster (`sohoa plan` writes it; `sohoa run --shard`, `merge` and `slurm`
 * read it). One line per input, tab-separated, under a header line:
 *
 *   shard  path  size  pages  sha256  output  given
 *
 * path is absolute (tasks run on other machines); output is where the
 * input's outputs go relative to OUTDIR (its path relative to the folder
 * argument it was found under, as `sohoa run` mirrors it, collisions
 * already resolved), without ".txt"/".json"; given is the path as named
 * on the plan's command line (the "source" of the JSON record). Tabs,
 * newlines and backslashes in fields are written \t, \n and \\. Lines
 * starting with '#' are comments; the first says how many shards there
 * are ("# sohoa manifest shards=N ..."), since a shard may be empty.
 */
#ifndef SOHOA_BATCH_MANIFEST_H
#define SOHOA_BATCH_MANIFEST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "batch/walk.h"

#define MANIFEST_FILE "manifest.tsv"

typedef struct {
    int shard;
    char *path;             /* absolute */
    int64_t size;           /* bytes, -1 if unreadable */
    int pages;              /* 0 if the file cannot be opened */
    char sha256[65];        /* "-" if unreadable */
    char *output;           /* output base relative to OUTDIR */
    char *given;
} manifest_entry;

typedef struct {
    manifest_entry *e;
    size_t n, cap;
    int shards;
} manifest;

void manifest_free(manifest *m);
/* Append an entry (strings copied; shard 0). 0 or -1 out of memory. */
int manifest_add(manifest *m, const char *path, const char *given, const char *output,
                 int64_t size, int pages, const char *sha256);

/* Split into shards balanced by pages: largest input first (pages, then
 * size, then path), each into the shard with the fewest pages so far
 * (lowest number on ties); an input that cannot be opened weighs one page.
 * Entries end sorted by shard, keeping their order within a shard. */
int manifest_balance(manifest *m, int shards);
/* Pages in a shard. */
long manifest_shard_pages(const manifest *m, int shard);

int manifest_write(const manifest *m, const char *path, char *err, size_t errlen);
/* Parse; errors name the file and line. m must be zeroed. 0 or -1. */
int manifest_parse(manifest *m, FILE *f, const char *name, char *err, size_t errlen);
int manifest_read(manifest *m, const char *path, char *err, size_t errlen);
/* OUTDIR/manifest.tsv, read. */
int manifest_load(manifest *m, const char *outdir, char *err, size_t errlen);

/* OUTDIR/catalog-shard-I.sqlite (malloc'd): each task's own catalogue. */
char *manifest_shard_catalog(const char *outdir, int shard);
/* The inputs of one shard as the walk would have listed them for a
 * single-machine run into outdir. list must be zeroed. 0 or -1. */
int manifest_shard_inputs(const manifest *m, int shard, const char *outdir, walk_list *list);

/* The shard number of `sohoa run --shard[=I]`: value when given, else
 * SLURM_ARRAY_TASK_ID. 0, or -1 with a reason in err. */
int manifest_shard_arg(const char *value, int *shard, char *err, size_t errlen);

/* `sohoa run -o OUTDIR --shard[=I]` in one call: the shard number (as
 * manifest_shard_arg; "" = from the environment), the manifest, the shard's
 * inputs into list and its catalogue path (*catalog, malloc'd). 0; -1 for a
 * bad shard number; -2 when the manifest cannot be read or the shard is
 * empty; a reason in err. */
int manifest_run_shard(const char *outdir, const char *value, walk_list *list, char **catalog,
                       char *err, size_t errlen);

#endif
