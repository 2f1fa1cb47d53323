/* sohoa run: argument parsing and signals; the work is batch_run. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <leptonica/allheaders.h>

#include "archive/archive.h"
#include "batch/batch.h"
#include "batch/package.h"
#include "batch/manifest.h"
#include "batch/pagesel.h"
#include "batch/walk.h"
#include "input/libmsg.h"
#include "ocr/preprocess.h"

int cmd_run(int argc, char **argv);

static volatile sig_atomic_t interrupts;

static void on_signal(int sig)
{
    (void)sig;
    interrupts++;
}

static void usage(FILE *f)
{
    fputs("usage: sohoa run [OPTIONS] INPUT... -o OUTDIR\n"
          "       sohoa run [OPTIONS] -o OUTDIR --shard[=I]   (one shard of sohoa plan)\n"
          "OCR scanned documents (TIFF, PNG, JPEG, JPEG 2000, PDF) into NAME.txt, NAME.json\n"
          "(with metadata, sections, targets, agencies), NAME.pdf and NAME.alto.xml;\n"
          "OUTDIR/targets.csv and OUTDIR/agencies.csv for the whole batch.\n"
          "INPUT: a file, a folder (walked recursively, tree mirrored under OUTDIR),\n"
          "@LIST (one path per line) or - (paths on stdin).\n\n"
          "  -o, --output DIR     where outputs and catalog.sqlite go (required)\n"
          "  -j, --jobs N         pages OCR'd at once (default: number of cores)\n"
          "  -l, --lang L         tesseract languages (default vie; e.g. vie+eng)\n"
          "      --dpi N          resolution to assume for images (default: the file's, or inferred)\n"
          "      --pages LIST     pages to process, e.g. 1-3,5,9- (default all)\n"
          "      --force-ocr      OCR PDF pages even when they have a usable text layer\n"
          "      --timeout S      give up on a page after S seconds (default 300, 0 = never)\n"
          "      --preprocess L   image steps: orient,dropink,upscale,normalize,deskew,binarize,\n"
          "                       despeckle or none (default " PREPROCESS_DEFAULT ")\n"
          "      --render-dpi N   resolution PDF pages are rasterised at (default 300)\n"
          "      --max-pixels N   pages larger than N pixels are read downsampled to N\n"
          "                       (default 16M; e.g. 25M or 25000000)\n"
          "      --no-restore     no diacritic repair after vnfix\n"
          "      --no-layout      tesseract's reading order, received stamps and rules kept\n"
          "      --no-pdf         do not write NAME.pdf (searchable PDF/A-2b)\n"
          "      --no-pdfa        NAME.pdf as a plain PDF, not PDF/A-2b\n"
          "      --no-alto        do not write NAME.alto.xml (ALTO v4)\n"
          "      --hocr           also write NAME.hocr\n"
          "      --csv-bom        start targets.csv and agencies.csv with a byte order mark\n"
          "      --package        then an archival package per finished document\n"
          "                       (as sohoa package OUTDIR: METS, master, PDF/A, ALTO)\n"
          "      --shard[=I]      only shard I of OUTDIR/manifest.tsv, with its own\n"
          "                       catalog-shard-I.sqlite (I: SLURM_ARRAY_TASK_ID if not given;\n"
          "                       that variable set and no INPUT also means --shard)\n"
          "  -q, --quiet          print nothing on stdout (errors still go to stderr)\n"
          "      --json-log       one JSON object per event on stdout\n"
          "  -h, --help           this help\n\n"
          "Re-running the same command skips finished inputs and resumes unfinished ones.\n"
          "Exit status: 0 all done, 1 usage, 2 no input readable, 3 some inputs failed,\n"
          "4 another run is using OUTDIR, 5 disk full, 130 interrupted. See sohoa(1).\n",
          f);
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

/* "16M", "16000000": 1 to 400 million pixels. */
static int parse_pixels(const char *s, long long *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end != s && (*end == 'M' || *end == 'm'))
        v *= 1e6, end++;
    if (errno || end == s || *end || v < 1e6 || v > 400e6)
        return -1;
    *out = (long long)v;
    return 0;
}

static char *join_args(int argc, char **argv)
{
    size_t n = 1;
    for (int i = 0; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *s = malloc(n + 6);
    if (!s)
        return NULL;
    strcpy(s, "sohoa");
    for (int i = 0; i < argc; i++) {
        strcat(s, " ");
        strcat(s, argv[i]);
    }
    return s;
}

/* --package: the packages of every finished document, after the batch. A
 * document that cannot be packaged counts as a failed input. */
static int run_package(const char *outdir, int quiet, int rc)
{
    package_options po = {.outdir = outdir, .quiet = quiet};
    package_totals t;
    char err[1024] = "";
    int prc = package_batch(&po, &t, err, sizeof err);
    if (prc == 2)
        fprintf(stderr, "sohoa run: package: %s\n", err);
    return prc && rc == BATCH_EXIT_OK ? BATCH_EXIT_SOMEFAILED : rc;
}

/* What the command line asks for, beyond the batch's options. */
typedef struct {
    batch_options o;
    int quiet, jsonlog, package;
    const char *pre;        /* --preprocess */
    const char *shard;      /* --shard: "" = from SLURM_ARRAY_TASK_ID, NULL = none */
} run_args;

enum { O_DPI = 256, O_PAGES, O_FORCE, O_TIMEOUT, O_PRE, O_RENDER, O_JSONLOG, O_NORESTORE,
       O_NOPDF, O_NOPDFA, O_NOALTO, O_HOCR, O_CSVBOM, O_SHARD, O_NOLAYOUT, O_PACKAGE,
       O_MAXPIX };

/* An option with a value to check: 0, or -1 said on stderr. */
static int take_value(run_args *a, int c, const char *arg)
{
    char err[256];
    switch (c) {
    case 'j':
        if (parse_int(arg, 1, 256, &a->o.jobs) == 0)
            return 0;
        fprintf(stderr, "sohoa run: --jobs wants a number from 1 to 256\n");
        return -1;
    case O_DPI:
        if (parse_int(arg, 70, 2400, &a->o.input.dpi) == 0)
            return 0;
        fprintf(stderr, "sohoa run: --dpi wants a number from 70 to 2400\n");
        return -1;
    case O_RENDER:
        if (parse_int(arg, 70, 1200, &a->o.input.render_dpi) == 0)
            return 0;
        fprintf(stderr, "sohoa run: --render-dpi wants a number from 70 to 1200\n");
        return -1;
    case O_MAXPIX:
        if (parse_pixels(arg, &a->o.input.max_pixels) == 0)
            return 0;
        fprintf(stderr, "sohoa run: --max-pixels wants a number of pixels from 1M to 400M"
                " (e.g. 16M or 16000000)\n");
        return -1;
    case O_PAGES:
        if (pagesel_check(arg, err, sizeof err) == 0) {
            a->o.pages = arg;
            return 0;
        }
        fprintf(stderr, "sohoa run: --pages: %s\n", err);
        return -1;
    case O_TIMEOUT:
        if (parse_int(arg, 0, 86400, &a->o.ocr.timeout_s) == 0)
            return 0;
        fprintf(stderr, "sohoa run: --timeout wants seconds (0 = none)\n");
        return -1;
    default:
        return -1;
    }
}

/* The options into a; -1 to go on, else the exit code (help, usage). */
static int parse_options(int argc, char **argv, run_args *a)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},  {"jobs", required_argument, NULL, 'j'},
        {"lang", required_argument, NULL, 'l'},    {"dpi", required_argument, NULL, O_DPI},
        {"pages", required_argument, NULL, O_PAGES}, {"force-ocr", no_argument, NULL, O_FORCE},
        {"timeout", required_argument, NULL, O_TIMEOUT},
        {"preprocess", required_argument, NULL, O_PRE},
        {"render-dpi", required_argument, NULL, O_RENDER},
        {"no-restore", no_argument, NULL, O_NORESTORE}, {"no-pdf", no_argument, NULL, O_NOPDF},
        {"no-pdfa", no_argument, NULL, O_NOPDFA},  {"no-alto", no_argument, NULL, O_NOALTO},
        {"hocr", no_argument, NULL, O_HOCR},       {"csv-bom", no_argument, NULL, O_CSVBOM},
        {"shard", optional_argument, NULL, O_SHARD},
        {"no-layout", no_argument, NULL, O_NOLAYOUT},
        {"package", no_argument, NULL, O_PACKAGE},
        {"max-pixels", required_argument, NULL, O_MAXPIX},
        {"quiet", no_argument, NULL, 'q'},         {"json-log", no_argument, NULL, O_JSONLOG},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0},
    };
    batch_options *o = &a->o;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:j:l:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': o->outdir = optarg; break;
        case 'l': o->ocr.lang = optarg; break;
        case 'j': case O_DPI: case O_RENDER: case O_MAXPIX: case O_PAGES: case O_TIMEOUT:
            if (take_value(a, c, optarg) != 0)
                return BATCH_EXIT_USAGE;
            break;
        case O_FORCE: o->input.force_ocr = 1; break;
        case O_PRE: a->pre = optarg; break;
        case O_NORESTORE: o->no_restore = 1; break;
        case O_NOLAYOUT: o->ocr.no_layout = 1; break;
        case O_NOPDF: o->outputs &= ~(unsigned)ARCHIVE_PDF; break;
        case O_NOPDFA: o->pdfa = 0; break;
        case O_NOALTO: o->outputs &= ~(unsigned)ARCHIVE_ALTO; break;
        case O_HOCR: o->outputs |= ARCHIVE_HOCR; break;
        case O_PACKAGE: a->package = 1; break;
        case O_CSVBOM: o->csv_bom = 1; break;
        case O_SHARD:  /* "--shard 2" as well as "--shard=2" */
            a->shard = optarg ? optarg
                       : optind < argc && isdigit((unsigned char)argv[optind][0]) ? argv[optind++]
                       : "";
            break;
        case 'q': a->quiet = 1; break;
        case O_JSONLOG: a->jsonlog = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return BATCH_EXIT_USAGE;
        }
    }
    return -1;
}

/* What the options say together, once all are read: -1 to go on, else
 * the exit code. */
static int check_args(int argc, run_args *a)
{
    char err[256];
    if (preprocess_parse(a->pre, &a->o.ocr.preprocess, err, sizeof err)) {
        fprintf(stderr, "sohoa run: --preprocess: %s\n", err);
        return BATCH_EXIT_USAGE;
    }
    if (!a->o.outdir) {
        fprintf(stderr, "sohoa run: -o OUTDIR is required\n");
        usage(stderr);
        return BATCH_EXIT_USAGE;
    }
    if (!a->shard && optind >= argc && getenv("SLURM_ARRAY_TASK_ID"))
        a->shard = "";
    if (a->shard && optind < argc) {
        fprintf(stderr, "sohoa run: --shard takes its inputs from OUTDIR/manifest.tsv, not INPUT\n");
        return BATCH_EXIT_USAGE;
    }
    if (optind >= argc && !a->shard) {
        fprintf(stderr, "sohoa run: no INPUT given\n");
        usage(stderr);
        return BATCH_EXIT_USAGE;
    }
    a->o.mode = a->quiet ? PROGRESS_QUIET : a->jsonlog ? PROGRESS_JSON
                : isatty(STDOUT_FILENO) ? PROGRESS_TTY : PROGRESS_LOG;
    return -1;
}

/* The inputs: the shard's from the manifest (its catalogue in
 * *shard_catalog) or the walk of INPUT...; -1 to go on, else the exit code. */
static int gather_inputs(int argc, char **argv, run_args *a, walk_list *inputs,
                         char **shard_catalog)
{
    char err[256];
    memset(inputs, 0, sizeof *inputs);
    if (a->shard) {
        int src = manifest_run_shard(a->o.outdir, a->shard, inputs, shard_catalog, err,
                                     sizeof err);
        if (src != 0) {
            fprintf(stderr, "sohoa run: %s\n", err);
            walk_free(inputs);
            return src < -1 ? BATCH_EXIT_NOINPUT : BATCH_EXIT_USAGE;
        }
        a->o.catalog = *shard_catalog;
    } else if (walk_inputs(inputs, argv + optind, argc - optind, a->o.outdir,
                           a->quiet ? NULL : stderr) != 0) {
        fprintf(stderr, "sohoa run: out of memory\n");
        walk_free(inputs);
        return BATCH_EXIT_NOINPUT;
    }
    for (size_t i = 0; i < inputs->nproblems; i++)
        fprintf(stderr, "sohoa: %s: %s\n", inputs->problems[i].path, inputs->problems[i].why);
    if (inputs->n == 0 && !inputs->nproblems) {
        fprintf(stderr, "sohoa run: no input files found\n");
        walk_free(inputs);
        return BATCH_EXIT_NOINPUT;
    }
    return -1;
}

/* With the signals caught and the libraries' messages routed: the batch,
 * then --package. */
static int run_batch(int argc, char **argv, run_args *a, const walk_list *inputs)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    char *command = join_args(argc, argv);
    a->o.command = command;
    /* Library messages name the file and page (and fail a page whose image
     * did not decode) from here on. */
    libmsg_handle *lmsg = libmsg_install();
    int rc = batch_run(inputs, &a->o, &interrupts);
    libmsg_uninstall(lmsg);
    /* What could not be walked counts as failed inputs (batch_run records them). */
    if (rc == BATCH_EXIT_OK && inputs->nproblems)
        rc = BATCH_EXIT_SOMEFAILED;
    if (a->package && !a->shard && (rc == BATCH_EXIT_OK || rc == BATCH_EXIT_SOMEFAILED))
        rc = run_package(a->o.outdir, a->quiet, rc);
    free(command);
    return rc;
}

int cmd_run(int argc, char **argv)
{
    run_args a;
    memset(&a, 0, sizeof a);
    batch_options_init(&a.o);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    a.o.jobs = cores > 0 ? (int)cores : 1;
    a.pre = PREPROCESS_DEFAULT;
    int rc = parse_options(argc, argv, &a);
    if (rc < 0)
        rc = check_args(argc, &a);
    if (rc >= 0)
        return rc;

    /* Leptonica reports bad files on stderr itself; sohoa reports them once, by name. */
    setMsgSeverity(L_SEVERITY_NONE);

    walk_list inputs;
    char *shard_catalog = NULL;
    rc = gather_inputs(argc, argv, &a, &inputs, &shard_catalog);
    if (rc < 0) {
        rc = run_batch(argc, argv, &a, &inputs);
        walk_free(&inputs);
    }
    free(shard_catalog);
    return rc;
}
