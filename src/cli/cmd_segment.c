/*
 * cmd_segment.c: `sohoa segment [FILE...]`: text in, metadata / sections /
 * targets / agencies out as JSON (and CSV, EAD_doc XML on request).
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
#include "segment/segment.h"

int cmd_segment(int argc, char **argv);

/* PDF input: the PDF text-layer reader of the input stage is plugged in
 * here when the two are linked together (it returns malloc'd UTF-8 with
 * pages separated by \f). NULL: PDFs are refused with a clear message. */
typedef int (*segment_pdf_reader)(const char *path, char **text, size_t *len, char *err, size_t errlen);
#ifdef SOHOA_SEGMENT_PDF
#include "input/input.h"
static const segment_pdf_reader pdf_reader = input_pdf_text;
#else
static const segment_pdf_reader pdf_reader = NULL;
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
          "  -h, --help             this help\n\n"
          "Exit: 0 done, 1 usage, 2 an input unreadable, 3 an output not written,\n"
          "4 gazetteer not loaded, 5 out of memory.\n", f);
}

static int read_all(FILE *fp, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b)
        return -1;
    for (;;) {
        if (n == cap) {
            char *q = realloc(b, cap * 2);
            if (!q) {
                free(b);
                return -1;
            }
            b = q;
            cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(fp)) {
        free(b);
        return -1;
    }
    *out = b;
    *len = n;
    return 0;
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

int cmd_segment(int argc, char **argv)
{
    const char *outdir = NULL, *tcsv = NULL, *acsv = NULL, *eaddir = NULL, *langdir = NULL;
    int bom = 0, compact = 0, pretty_opt = 0;
    int nfiles = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return 5;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(files);
            return 0;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) slot = &outdir;
        else if (!strcmp(a, "--targets-csv")) slot = &tcsv;
        else if (!strcmp(a, "--agencies-csv")) slot = &acsv;
        else if (!strcmp(a, "--ead")) slot = &eaddir;
        else if (!strcmp(a, "--langdir")) slot = &langdir;
        else if (!strcmp(a, "--bom")) bom = 1;
        else if (!strcmp(a, "--compact")) compact = 1;
        else if (!strcmp(a, "--pretty")) pretty_opt = 1;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "sohoa segment: unknown option '%s'\n", a);
            usage(stderr);
            free(files);
            return 1;
        } else
            files[nfiles++] = argv[i];
        if (slot) {
            if (i + 1 >= argc) {
                fprintf(stderr, "sohoa segment: %s needs an argument\n", a);
                free(files);
                return 1;
            }
            *slot = argv[++i];
        }
    }
    if (nfiles == 0)
        files[nfiles++] = "-";

    char err[512];
    seg_ctx *ctx = seg_create(langdir, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "sohoa segment: %s\n", err);
        free(files);
        return 4;
    }
    vnfix_ctx *vx = vnfix_create(NULL);
    if (!vx) {
        seg_destroy(ctx);
        free(files);
        return 5;
    }
    if (outdir && make_dirs(outdir) < 0) {
        fprintf(stderr, "sohoa segment: %s: %s\n", outdir, strerror(errno));
        vnfix_destroy(vx);
        seg_destroy(ctx);
        free(files);
        return 3;
    }
    if (eaddir && make_dirs(eaddir) < 0) {
        fprintf(stderr, "sohoa segment: %s: %s\n", eaddir, strerror(errno));
        vnfix_destroy(vx);
        seg_destroy(ctx);
        free(files);
        return 3;
    }
    atomic_file taf = {0}, aaf = {0};
    FILE *tf = NULL, *af = NULL;
    int rc = 0;
    if (tcsv && (!(tf = open_csv(tcsv, bom, &taf)) || seg_csv_targets_header(tf) < 0))
        rc = 3;
    if (!rc && acsv && (!(af = open_csv(acsv, bom, &aaf)) || seg_csv_agencies_header(af) < 0))
        rc = 3;
    /* one input on a terminal: indented; piped or several: one line each */
    int pretty = !compact && nfiles == 1 && !outdir && (pretty_opt || isatty(STDOUT_FILENO));

    for (int i = 0; i < nfiles && rc != 3 && rc != 5; i++) {
        const char *path = files[i];
        int is_stdin = !strcmp(path, "-");
        char *raw = NULL;
        size_t rawlen = 0;
        FILE *fp = is_stdin ? stdin : fopen(path, "rb");
        if (!fp) {
            fprintf(stderr, "sohoa segment: %s: %s\n", path, strerror(errno));
            rc = 2;
            continue;
        }
        int rr = read_all(fp, &raw, &rawlen);
        if (!is_stdin)
            fclose(fp);
        if (rr < 0) {
            fprintf(stderr, "sohoa segment: %s: read error\n", path);
            rc = 2;
            continue;
        }
        if (rawlen >= 5 && !memcmp(raw, "%PDF-", 5)) {
            free(raw);
            raw = NULL;
            if (!pdf_reader || pdf_reader(path, &raw, &rawlen, err, sizeof err) < 0) {
                fprintf(stderr, "sohoa segment: %s: %s\n", path,
                        pdf_reader ? err : "PDF input needs the PDF text-layer reader (use sohoa run, or give the .txt)");
                rc = 2;
                continue;
            }
        }
        char *text = NULL;
        size_t len = 0;
        int vr = vnfix_buffer(vx, raw, rawlen, &text, &len);
        free(raw);
        if (vr != VNFIX_OK) {
            fprintf(stderr, "sohoa segment: %s: vnfix: %s\n", path, vnfix_strerror(vr));
            rc = vr == VNFIX_ENOMEM ? 5 : 2;
            continue;
        }
        seg_result *res = seg_run(ctx, text, len);
        vnfix_free(text);
        if (!res) {
            fprintf(stderr, "sohoa segment: %s: out of memory\n", path);
            rc = 5;
            break;
        }
        char *name = base_name(is_stdin ? "stdin" : path);
        json_writer w;
        json_init(&w, pretty || outdir);
        seg_write_json(res, &w);
        if (!json_ok(&w) || !name) {
            rc = 5;
        } else if (outdir) {
            size_t pl = strlen(outdir) + strlen(name) + 8;
            char *out = malloc(pl);
            if (out) {
                snprintf(out, pl, "%s/%s.json", outdir, name);
                if (atomic_write_file(out, w.out.buf, w.out.len) < 0) {
                    fprintf(stderr, "sohoa segment: %s: %s\n", out, strerror(errno));
                    rc = 3;
                }
                free(out);
            }
        } else {
            fwrite(w.out.buf, 1, w.out.len, stdout);
            fputc('\n', stdout);
            if (ferror(stdout))
                rc = 3;
        }
        json_free(&w);
        if (tf && seg_csv_targets(res, name ? name : "", tf) < 0)
            rc = 3;
        if (af && seg_csv_agencies(res, name ? name : "", af) < 0)
            rc = 3;
        if (eaddir && name) {
            size_t pl = strlen(eaddir) + strlen(name) + 20;
            char *out = malloc(pl);
            atomic_file x;
            if (out) {
                snprintf(out, pl, "%s/EAD_doc_%s.xml", eaddir, name);
                if (atomic_open(&x, out) < 0 || seg_write_ead(res, x.fp) < 0 || atomic_commit(&x) < 0) {
                    fprintf(stderr, "sohoa segment: %s: %s\n", out, strerror(errno));
                    rc = 3;
                }
                free(out);
            }
        }
        free(name);
        seg_result_free(res);
    }
    /* CSV files appear only whole: abandoned when an output failed */
    if (tf) {
        if (rc == 3 || rc == 5)
            atomic_abort(&taf);
        else if (atomic_commit(&taf) < 0) {
            fprintf(stderr, "sohoa segment: %s: %s\n", tcsv, strerror(errno));
            rc = 3;
        }
    }
    if (af) {
        if (rc == 3 || rc == 5)
            atomic_abort(&aaf);
        else if (atomic_commit(&aaf) < 0) {
            fprintf(stderr, "sohoa segment: %s: %s\n", acsv, strerror(errno));
            rc = 3;
        }
    }
    if (fflush(stdout) != 0)
        rc = 3;
    vnfix_destroy(vx);
    seg_destroy(ctx);
    free(files);
    return rc;
}
