/*
 * sohoa: the command that runs the pipeline. Each subcommand lives in its
 * own file (cmd_*.c) and is listed in the table below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch/pageproc.h"
#include "vnfix.h"

typedef int (*command_fn)(int argc, char **argv);

int cmd_run(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_segment(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_slurm(int argc, char **argv);
int cmd_package(int argc, char **argv);
int cmd_verify(int argc, char **argv);
#ifdef SOHOA_HAVE_REVIEW
int cmd_review(int argc, char **argv);
#endif

static const struct {
    const char *name;
    command_fn fn;
    const char *summary;
} commands[] = {
    {"run", cmd_run, "OCR scanned documents into text and records (resumable batch)"},
    {"status", cmd_status, "what a batch's catalogue says: counts, failures, throughput"},
    {"segment", cmd_segment, "metadata, sections, targets and agencies of a text as JSON"},
    {"search", cmd_search, "find pages by their words, with or without diacritics"},
    {"plan", cmd_plan, "split a batch into shards balanced by pages (manifest.tsv)"},
    {"merge", cmd_merge, "fold the shard catalogues of a planned batch into catalog.sqlite"},
    {"slurm", cmd_slurm, "run a planned batch as a Slurm job array plus a merge job"},
    {"package", cmd_package, "an archival package (METS, master, PDF/A, ALTO, checksums) per document"},
    {"verify", cmd_verify, "recompute every checksum of every package and report changes"},
#ifdef SOHOA_HAVE_REVIEW
    {"review", cmd_review, "check and correct a batch's pages in the browser"},
#endif
    {NULL, NULL, NULL},
};

static void usage(FILE *f)
{
    fputs("usage: sohoa COMMAND [OPTIONS] ...\n\ncommands:\n", f);
    for (int i = 0; commands[i].name; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\nsohoa COMMAND --help describes each command. See sohoa(1).\n", f);
}

/* Tesseract's OpenMP runtime (libgomp) reads OMP_THREAD_LIMIT when it is
 * loaded, before main; with more than one thread per page it thrashes on
 * small machines (6x slower here). So the limit has to be in the
 * environment at exec: set it and run this program again, once. A value
 * the user set is respected. */
static void limit_openmp(char **argv)
{
    if (getenv("OMP_THREAD_LIMIT"))
        return;
    if (setenv("OMP_THREAD_LIMIT", "1", 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    /* Could not re-exec (no /proc): go on, slower. */
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "run"))
        limit_openmp(argv);
    /* Started by sohoa run itself (batch/pageproc.h), never by a person. */
    if (argc == 2 && !strcmp(argv[1], PAGEPROC_COMMAND))
        return pageproc_child_main(PAGEPROC_FD);
    if (argc < 2) {
        usage(stderr);
        return 1;
    }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
        printf("sohoa %s (libvnfix %s)\n", VNFIX_VERSION, VNFIX_VERSION);
        return 0;
    }
    for (int i = 0; commands[i].name; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "sohoa: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 1;
}
