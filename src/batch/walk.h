/*
 * walk.h: the command line's INPUT... into a list of input files, each with
 * where its outputs go. A file argument's outputs go straight into OUTDIR;
 * a folder is walked recursively (sorted, so runs are reproducible) and
 * its tree mirrored under OUTDIR; @LIST reads one path per line from a
 * file, "-" from stdin. When two inputs would share NAME in one output
 * folder (a.png, a.pdf) both keep their extension (a.png.txt).
 */
#ifndef SOHOA_BATCH_WALK_H
#define SOHOA_BATCH_WALK_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
    char *path;         /* as found (relative to the working folder or absolute) */
    char *abspath;      /* canonical absolute path: the catalogue key */
    char *outbase;      /* OUTDIR/rel/NAME: add ".txt", ".json" */
    int collided;       /* NAME kept its extension */
} walk_item;

/* What could not be walked: an argument naming nothing, a dangling link,
 * a symbolic link loop, a folder that cannot be read. Each is a failed
 * input of the run, recorded in the catalogue with its reason. */
typedef struct {
    char *path;         /* as found */
    char *abspath;      /* absolute, the link itself not followed: the catalogue key */
    char *why;
} walk_problem;

typedef struct {
    walk_item *items;
    size_t n, cap;
    walk_problem *problems;
    size_t nproblems;
} walk_list;

/* Walk args into list (which must be zeroed). outdir is excluded from
 * folder walks. Each real folder (device and inode) is walked once, so a
 * link back to a folder above ends there (a problem: a link loop) and a
 * second link to a folder walked already is noted and skipped. Collisions
 * and skipped folders are announced on note (may be NULL).
 * Returns 0, or -1 when out of memory. */
int walk_inputs(walk_list *list, char *const *args, int nargs, const char *outdir, FILE *note);
void walk_free(walk_list *list);

/* Is the file name one the folder walk picks up (by extension)? */
int walk_is_candidate(const char *name);

#endif
