/*
 * atomicfile.h: write a file so that readers see either the old file or the
 * complete new one, never a torn one, even after a crash or kill -9.
 *
 * The data goes to a temporary file in the same folder (same filesystem, so
 * rename is atomic), is flushed with fsync, and is then renamed over the
 * target. A failed or abandoned write leaves the target untouched.
 */
#ifndef SOHOA_ATOMICFILE_H
#define SOHOA_ATOMICFILE_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
    FILE *fp;          /* write to this */
    char *path;        /* final name */
    char *tmp;         /* temporary name */
} atomic_file;

/* Open a temporary file beside path. 0 on success, else -1 with errno set.
 * A path that exists and is no regular file (a device such as /dev/null, a
 * FIFO) is written directly, never replaced; tmp is then NULL. A symbolic
 * link is written through, to what it points to. */
int atomic_open(atomic_file *af, const char *path);
/* Flush, fsync and rename into place. 0 on success, -1 with errno set (the
 * temporary is removed and the target left as it was); a write error on fp
 * at any time before (ferror) fails it with EIO, so callers need not check. */
int atomic_commit(atomic_file *af);
/* The errno to report for fp when ferror(fp): ENOSPC when its file system
 * is full, else EIO. */
int atomic_stream_errno(FILE *fp);
/* Give up: remove the temporary. */
void atomic_abort(atomic_file *af);

/* All of it in one call. */
int atomic_write_file(const char *path, const void *data, size_t len);

/* Remove what writes killed mid-way left under dir (its subfolders too,
 * symbolic links not followed): the hidden temporaries atomic_open names
 * ".NAME.tmpXXXXXX", nothing else. Only for a caller that knows no writer
 * is at work there (a run that took over a dead run's lock). Returns how
 * many were removed, or -1 with errno when dir cannot be read. */
int atomic_sweep(const char *dir);

/* Create a folder and its parents (like mkdir -p). 0 or -1 with errno. */
int make_dirs(const char *path);

#endif
