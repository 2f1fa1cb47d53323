/* sohoa package and sohoa verify: argument parsing and the summary; the
 * work is package_batch and verify_batch (batch/package.h). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "batch/package.h"
#include "cli/cliopt.h"

int cmd_package(int argc, char **argv);
int cmd_verify(int argc, char **argv);

static void package_usage(FILE *f)
{
    fputs("usage: sohoa package [OPTIONS] OUTDIR\n"
          "One archival package per finished document of the batch in OUTDIR: NAME.package/\n"
          "holds METS.xml (METS 1.12.1: files with size and SHA-256, pages, the document's\n"
          "structure, Dublin Core and TT 05/2025 EAD_doc metadata, PREMIS processing history)\n"
          "and the files it lists: master/ (the input, hard-linked or copied, never changed),\n"
          "NAME.pdf, alto/ (one ALTO file per page), NAME.txt, NAME.json.\n"
          "OUTDIR/packages.csv lists the packages.\n\n"
          "      --tar      one file NAME.package.tar per document instead of a folder\n"
          "      --copy     copy the master even where a hard link would do\n"
          "  -q, --quiet    no line per package\n"
          "  -h, --help     this help\n\n"
          "Exit status: 0 every finished document packaged, 1 usage, 2 no catalogue in\n"
          "OUTDIR or packages.csv not written, 3 some documents could not be packaged\n"
          "(named on standard error and in packages.csv). See sohoa(1).\n",
          f);
}

int cmd_package(int argc, char **argv)
{
    enum { O_TAR = 256, O_COPY };
    static const struct option longopts[] = {
        {"tar", no_argument, NULL, O_TAR}, {"copy", no_argument, NULL, O_COPY},
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    package_options o = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case O_TAR: o.tar = 1; break;
        case O_COPY: o.copy = 1; break;
        case 'q': o.quiet = 1; break;
        case 'h': package_usage(stdout); return 0;
        default: package_usage(stderr); return 1;
        }
    }
    if (optind != argc - 1) {
        package_usage(stderr);
        return 1;
    }
    o.outdir = argv[optind];
    package_totals t;
    char err[1024] = "";
    int rc = package_batch(&o, &t, err, sizeof err);
    if (rc == 2)
        fprintf(stderr, "sohoa package: %s\n", err);
    else if (!o.quiet)
        fprintf(stderr, "sohoa package: %d packaged (%lld files, %lld bytes), %d failed; see %s/packages.csv\n",
                t.made, t.files, t.bytes, t.failed, o.outdir);
    return rc;
}

static void verify_usage(FILE *f)
{
    fputs("usage: sohoa verify [OPTIONS] OUTDIR\n"
          "Recompute the size and SHA-256 of every file named in every package below OUTDIR\n"
          "(NAME.package/METS.xml and NAME.package.tar). Each missing or changed file is\n"
          "printed as PACKAGE: FILE: REASON.\n\n"
          "  -q, --quiet    print only the problems\n"
          "  -h, --help     this help\n\n"
          "Exit status: 0 every file present and unchanged, 1 usage, 2 no package found\n"
          "or a METS.xml unreadable, 4 some files missing or changed. See sohoa(1).\n",
          f);
}

int cmd_verify(int argc, char **argv)
{
    int quiet, rc;
    const char *outdir = cli_quiet_outdir(argc, argv, verify_usage, 1, &quiet, &rc);
    if (!outdir)
        return rc;
    verify_totals t;
    char err[1024] = "";
    rc = verify_batch(outdir, quiet, &t, err, sizeof err);
    if (err[0])
        fprintf(stderr, "sohoa verify: %s\n", err);
    else if (!quiet || rc)
        fprintf(stderr, "sohoa verify: %d packages, %d files checked, %d missing or changed%s\n",
                t.packages, t.files, t.bad, t.unreadable ? ", some METS.xml unreadable" : "");
    return rc;
}
