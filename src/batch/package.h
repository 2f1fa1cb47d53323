/*
 * package.h: archival packages of a finished batch (sohoa package, sohoa run
 * --package) and their check (sohoa verify).
 *
 * For each document whose catalogue row is done, OUTBASE.package/ holds
 * METS.xml (archive/mets.h) and the files it lists: master/<input file>
 * (hard-linked when the output folder is on the same file system, else
 * copied; never changed), NAME.pdf, alto/NAME.pNNNN.alto.xml (one ALTO file
 * per page), NAME.txt and NAME.json, each with its size and SHA-256 in the
 * METS file section. The folder is built beside its final place and renamed
 * into it, so a package is whole or absent; with tar, OUTBASE.package.tar
 * holds the same tree, written atomically. OUTDIR/packages.csv lists them.
 */
#ifndef SOHOA_BATCH_PACKAGE_H
#define SOHOA_BATCH_PACKAGE_H

#include <stddef.h>

typedef struct {
    const char *outdir;
    int tar;            /* one OUTBASE.package.tar instead of a folder */
    int copy;           /* copy the master even where a hard link would do */
    int quiet;          /* no line per package on stderr */
} package_options;

typedef struct {
    int made, failed;   /* documents packaged, documents that could not be */
    long long files, bytes;
} package_totals;

/* Package every done document of OUTDIR's catalogue. 0 when every one was
 * packaged; 3 when some could not be (each named on stderr and in
 * packages.csv); 2 when the catalogue cannot be read or packages.csv cannot
 * be written (err says why). */
int package_batch(const package_options *o, package_totals *t, char *err, size_t errlen);

typedef struct {
    int packages;       /* packages checked */
    int files;          /* files checked */
    int bad;            /* files missing or changed */
    int unreadable;     /* packages whose METS.xml could not be read */
} verify_totals;

/* Recompute every checksum named in every package below OUTDIR (folders
 * NAME.package/ and NAME.package.tar); each missing or changed file is
 * printed on stdout as "PACKAGE: FILE: missing|size N, expected M|SHA-256
 * differs". 0 all present and unchanged, 4 some missing or changed, 2 no
 * package found or a METS.xml unreadable. */
int verify_batch(const char *outdir, int quiet, verify_totals *t, char *err, size_t errlen);

#endif
