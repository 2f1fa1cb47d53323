/*
 * cmd_segment.c: `sohoa segment [FILE...]`: text in, metadata / sections /
 * targets / agencies out as JSON (and CSV, EAD_doc XML on request). The
 * options and the outputs; reading and segmenting a file is seg_file's
 * (segment/segfile.c).
 *
 * Exit codes (stable, see sohoa-segment(1)): 0 all inputs done; 1 usage;
 * 2 an input could not be read (the others are still done); 3 an output
 * could not be written; 4 the gazetteer could not be loaded; 5 out of memory.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vnfix.h"
#include "common/json.h"
#include "common/atomicfile.h"
#include "segment/segfile.h"
#include "segment/segment.h"

int cmd_segment(int argc, char **argv);

/* PDF input: the PDF text-layer reader of the input stage is plugged in
 * here when the two are linked together. NULL: PDFs are refused with a
 * clear message. */
#ifdef SOHOA_SEGMENT_PDF
#include "input/input.h"
static const seg_pdf_reader pdf_reader = input_pdf_text;
#else
static const seg_pdf_reader pdf_reader = NULL;
#endif

static void usage(FILE *f)
{
    fputs("usage: sohoa segment [OPTIONS] [FILE...]\n"
          "Read administrative documents as text (stdin when no FILE or FILE is -),\n"
          "repair them with vnfix, and print metadata, sections, targets and agencies\n"
          "as JSON: one object for one input, one object per line for several.\n\n"
          "  -o, --output DIR       write DIR/NAME.json for each input instead\n"
          "      --targets-csv FILE  write all targets to FILE (CSV)\n"
          "      --agencies-csv FILE  write all agencies to FILE (CSV)\n"
          "      --bom              start the CSV files with a UTF-8 BOM (spreadsheets)\n"
          "      --ead DIR          also write DIR/EAD_doc_NAME.xml (TT 05/2025/TT-BNV)\n"
          "      --compact          one-line JSON even on a terminal\n"
          "      --pretty           indented JSON for one input even when piped\n"
          "      --langdir DIR      where agencies.tsv is (default: $SOHOA_LANGDIR, installed)\n"
          "      --candidates       print the agency model's candidates (TSV) instead\n"
          "  -h, --help             this help\n\n"
          "Exit: 0 done, 1 usage, 2 an input unreadable, 3 an output not written,\n"
          "4 gazetteer not loaded, 5 out of memory.\n", f);
}

/* NAME for NAME.json: the file name without folders and extension. */
static char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    s = s ? s + 1 : path;
    size_t n = strlen(s);
    const char *dot = strrchr(s, '.');
    if (dot && dot != s)
        n = (size_t)(dot - s);
    char *r = malloc(n + 1);
    if (r) {
        memcpy(r, s, n);
        r[n] = 0;
    }
    return r;
}

static FILE *open_csv(const char *path, int bom, atomic_file *af)
{
    if (atomic_open(af, path) < 0) {
        fprintf(stderr, "sohoa segment: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    if (bom)
        fputs("\xEF\xBB\xBF", af->fp);
    return af->fp;
}

typedef struct {
    const char *outdir, *tcsv, *acsv, *eaddir, *langdir;
    int bom, compact, pretty_opt, candidates;
    char **files;           /* nfiles, "-" for stdin */
    int nfiles;
} seg_args;

/* The command line into a (a->files malloc'd). -1 go on, else the exit
 * code (0 after --help). */
static int parse_args(seg_args *a, int argc, char **argv)
{
    a->files = calloc((size_t)argc + 1, sizeof *a->files);
    if (!a->files)
        return 5;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        const char **slot = NULL;
        if (!strcmp(s, "-h") || !strcmp(s, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(s, "-o") || !strcmp(s, "--output")) slot = &a->outdir;
        else if (!strcmp(s, "--targets-csv")) slot = &a->tcsv;
        else if (!strcmp(s, "--agencies-csv")) slot = &a->acsv;
        else if (!strcmp(s, "--ead")) slot = &a->eaddir;
        else if (!strcmp(s, "--langdir")) slot = &a->langdir;
        else if (!strcmp(s, "--bom")) a->bom = 1;
        else if (!strcmp(s, "--compact")) a->compact = 1;
        else if (!strcmp(s, "--pretty")) a->pretty_opt = 1;
        else if (!strcmp(s, "--candidates")) a->candidates = 1;
        else if (s[0] == '-' && s[1]) {
            fprintf(stderr, "sohoa segment: unknown option '%s'\n", s);
            usage(stderr);
            return 1;
        } else
            a->files[a->nfiles++] = argv[i];
        if (slot) {
            if (i + 1 >= argc) {
                fprintf(stderr, "sohoa segment: %s needs an argument\n", s);
                return 1;
            }
            *slot = argv[++i];
        }
    }
    if (a->nfiles == 0)
        a->files[a->nfiles++] = "-";
    return -1;
}

/* What the run writes to besides stdout. */
typedef struct {
    atomic_file taf, aaf;
    FILE *tf, *af;          /* --targets-csv, --agencies-csv */
    int pretty;
} seg_outputs;

/* The output folders and the CSV files (with their header rows). 0 or 3. */
static int open_outputs(const seg_args *a, seg_outputs *out)
{
    const char *dirs[] = {a->outdir, a->eaddir};
    for (int i = 0; i < 2; i++)
        if (dirs[i] && make_dirs(dirs[i]) < 0) {
            fprintf(stderr, "sohoa segment: %s: %s\n", dirs[i], strerror(errno));
            return 3;
        }
    if (a->tcsv && (!(out->tf = open_csv(a->tcsv, a->bom, &out->taf)) ||
                    seg_csv_targets_header(out->tf) < 0))
        return 3;
    if (a->acsv && (!(out->af = open_csv(a->acsv, a->bom, &out->aaf)) ||
                    seg_csv_agencies_header(out->af) < 0))
        return 3;
    return 0;
}

/* A CSV file appears only whole: abandoned when an output failed. */
static int close_csv(FILE *f, atomic_file *af, const char *path, int rc)
{
    if (!f)
        return rc;
    if (rc == 3 || rc == 5) {
        atomic_abort(af);
        return rc;
    }
    if (atomic_commit(af) < 0) {
        fprintf(stderr, "sohoa segment: %s: %s\n", path, strerror(errno));
        return 3;
    }
    return rc;
}

/* The JSON of res: to DIR/NAME.json with -o, else to stdout. rc, or 3
 * or 5 when it could not be written. */
static int write_json(const seg_args *a, const seg_outputs *out, const seg_result *res,
                      const char *name, int rc)
{
    json_writer w;
    json_init(&w, out->pretty || a->outdir);
    seg_write_json(res, &w);
    if (!json_ok(&w) || !name) {
        rc = 5;
    } else if (a->outdir) {
        size_t pl = strlen(a->outdir) + strlen(name) + 8;
        char *path = malloc(pl);
        if (path) {
            snprintf(path, pl, "%s/%s.json", a->outdir, name);
            if (atomic_write_file(path, w.out.buf, w.out.len) < 0) {
                fprintf(stderr, "sohoa segment: %s: %s\n", path, strerror(errno));
                rc = 3;
            }
            free(path);
        }
    } else {
        fwrite(w.out.buf, 1, w.out.len, stdout);
        fputc('\n', stdout);
        if (ferror(stdout))
            rc = 3;
    }
    json_free(&w);
    return rc;
}

/* DIR/EAD_doc_NAME.xml for --ead. rc, or 3. */
static int write_ead(const char *eaddir, const seg_result *res, const char *name, int rc)
{
    size_t pl = strlen(eaddir) + strlen(name) + 20;
    char *path = malloc(pl);
    atomic_file x;
    if (path) {
        snprintf(path, pl, "%s/EAD_doc_%s.xml", eaddir, name);
        if (atomic_open(&x, path) < 0 || seg_write_ead(res, x.fp) < 0 || atomic_commit(&x) < 0) {
            fprintf(stderr, "sohoa segment: %s: %s\n", path, strerror(errno));
            rc = 3;
        }
        free(path);
    }
    return rc;
}

/* Every output of one input's result. rc, or the exit code of a failure. */
static int write_result(const seg_args *a, seg_outputs *out, const seg_result *res,
                        const char *path, int rc)
{
    char *name = base_name(!strcmp(path, "-") ? "stdin" : path);
    rc = write_json(a, out, res, name, rc);
    if (out->tf && seg_csv_targets(res, name ? name : "", out->tf) < 0)
        rc = 3;
    if (out->af && seg_csv_agencies(res, name ? name : "", out->af) < 0)
        rc = 3;
    if (a->eaddir && name)
        rc = write_ead(a->eaddir, res, name, rc);
    free(name);
    return rc;
}

int cmd_segment(int argc, char **argv)
{
    seg_args a;
    memset(&a, 0, sizeof a);
    int rc = parse_args(&a, argc, argv);
    if (rc >= 0) {
        free(a.files);
        return rc;
    }
    char err[512];
    seg_ctx *ctx = seg_create(a.langdir, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "sohoa segment: %s\n", err);
        free(a.files);
        return 4;
    }
    vnfix_ctx *vx = vnfix_create(NULL);
    seg_outputs out;
    memset(&out, 0, sizeof out);
    rc = !vx ? 5 : open_outputs(&a, &out);
    /* one input on a terminal: indented; piped or several: one line each */
    out.pretty = !a.compact && a.nfiles == 1 && !a.outdir &&
                 (a.pretty_opt || isatty(STDOUT_FILENO));

    for (int i = 0; i < a.nfiles && rc != 3 && rc != 5; i++) {
        if (a.candidates) {
            /* training data for tools/train-agency-model: no result written */
            char *name = base_name(!strcmp(a.files[i], "-") ? "stdin" : a.files[i]);
            int fr = seg_file_candidates(ctx, vx, a.files[i], name ? name : "-", stdout, err, sizeof err);
            free(name);
            if (fr != SEG_FILE_OK) {
                fprintf(stderr, "sohoa segment: %s: %s\n", a.files[i], err);
                rc = fr == SEG_FILE_NOMEM ? 5 : 2;
            }
            continue;
        }
        seg_result *res;
        int fr = seg_file(ctx, vx, pdf_reader, a.files[i], &res, err, sizeof err);
        if (fr != SEG_FILE_OK) {
            fprintf(stderr, "sohoa segment: %s: %s\n", a.files[i], err);
            rc = fr == SEG_FILE_NOMEM ? 5 : 2;
            continue;
        }
        rc = write_result(&a, &out, res, a.files[i], rc);
        seg_result_free(res);
    }
    rc = close_csv(out.tf, &out.taf, a.tcsv, rc);
    rc = close_csv(out.af, &out.aaf, a.acsv, rc);
    if (fflush(stdout) != 0)
        rc = 3;
    if (vx)
        vnfix_destroy(vx);
    seg_destroy(ctx);
    free(a.files);
    return rc;
}
