/*
 * tar.h: POSIX ustar archives, the few calls a package needs: write
 * folders and regular files one after another, and read the members of an
 * archive back as a stream (sohoa verify recomputes their checksums without
 * unpacking). Names up to 255 bytes (prefix + name), sizes below 8 GiB.
 */
#ifndef SOHOA_COMMON_TAR_H
#define SOHOA_COMMON_TAR_H

#include <stdio.h>

/* Append a folder entry (name without the trailing slash). 0 or -1 (errno). */
int tar_add_dir(FILE *out, const char *name, long long mtime);
/* Append the regular file at path under name. 0 or -1 (errno). */
int tar_add_file(FILE *out, const char *name, const char *path);
/* The two zero blocks that end an archive. 0 or -1. */
int tar_finish(FILE *out);

/* Called for each regular file member with its name and size; read its
 * data with tar_read (it may read less than all: the rest is skipped).
 * Return non-zero to stop. */
typedef struct tar_reader tar_reader;
typedef int (*tar_member_fn)(void *user, tar_reader *r, const char *name, long long size);
/* Read up to n bytes of the current member; 0 at its end, -1 on error. */
long tar_read(tar_reader *r, void *buf, size_t n);
/* Walk the archive in f. 0 at its end, 1 when fn stopped it, -1 when the
 * archive is damaged (a bad header checksum, a short member) with a reason
 * in err naming the byte offset. */
int tar_each(FILE *f, tar_member_fn fn, void *user, char *err, size_t errlen);

#endif
