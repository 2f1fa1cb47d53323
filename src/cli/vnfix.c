/*
 * vnfix: a Unix filter that repairs legacy-encoded and mojibake Vietnamese.
 * Argument parsing, file handling, messages and exit codes; the work is
 * libvnfix's. See docs/vnfix.1 for the options and exit codes.
 */
#include "vnfix.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/atomicfile.h"
#include "common/json.h"

enum { EXIT_DONE = 0, EXIT_USAGE = 1, EXIT_IO = 2, EXIT_UNINTERPRETABLE = 3 };
#define MAX_REPORTS 20   /* per file; the rest are counted */

static void usage(FILE *f)
{
    fputs("usage: vnfix [OPTIONS] [FILE...]\n"
          "Repair legacy-encoded and mojibake Vietnamese into Unicode NFC.\n"
          "Reads FILEs (or standard input, also as '-') and writes standard output.\n\n"
          "  -o, --output FILE   write to FILE (replaced atomically) instead\n"
          "  -i, --in-place      replace each FILE atomically, keeping FILE~ as a backup\n"
          "      --no-backup     with -i, keep no backup\n"
          "  -f, --from ENC      source encoding (default auto: detected per line)\n"
          "  -t, --to ENC        target encoding (default utf-8)\n"
          "      --replace[=C]   with -t, write C (default ?) for characters the target\n"
          "                      cannot hold instead of failing; toned capitals that\n"
          "                      tcvn3/vps lack take their lowercase code\n"
          "      --tone POLICY   keep (default), old (hòa, thủy) or new (hoà, thuỷ)\n"
          "      --restore[=MODE]\n"
          "                      then put back diacritics that OCR garbled or that are\n"
          "                      missing: ocr, stripped, or auto (the default MODE:\n"
          "                      decided from the text)\n"
          "      --explain       with --restore, list each change on stderr\n"
          "      --model FILE    with --restore, the language model (default: found in\n"
          "                      $SOHOA_LANGDIR or the installed data)\n"
          "      --detect        print per file the encoding found, its confidence and\n"
          "                      span counts instead of converting\n"
          "      --json          with --detect, one JSON object per line\n"
          "      --strict        exit 3 if anything could not be interpreted\n"
          "  -q, --quiet         no messages about uninterpretable bytes\n"
          "  -h, --help          show this help\n"
          "  -V, --version       show the version\n\n"
          "ENC: auto utf-8 vni tcvn3 viscii vps viqr cp1258 utf-8-double\n"
          "Exit status: 0 done (uninterpretable bytes passed through and reported),\n"
          "1 usage, 2 a file could not be read or written, 3 under --strict something\n"
          "could not be interpreted, or a character could not be written in the\n"
          "target encoding.\n", f);
}

typedef struct {
    const char *name;        /* file being processed, for messages */
    size_t reports;
    int quiet;
} reporter;

static void on_report(void *user, size_t offset, size_t length, const char *reason)
{
    reporter *r = user;
    (void)length;
    if (!r->quiet && r->reports < MAX_REPORTS)
        fprintf(stderr, "vnfix: %s: byte %zu: %s\n", r->name, offset, reason);
    r->reports++;
}

/* Where repaired text goes: a FILE, re-encoded when -t names a legacy target. */
typedef struct {
    FILE *fp;
    vnfix_encoding to;
    int replace;
    size_t written;          /* UTF-8 bytes handed over so far */
    int unmappable;          /* set when a character could not be encoded */
    size_t bad_at;
    int io_error;
} sink;

/* A piece of 32 KB or more goes to write(2) itself, after what stdio holds:
 * through stdout's 4 KB buffer a 64 KB piece (libvnfix hands over a chunk's
 * run of unchanged lines at once) cost three calls of the kernel, the
 * buffer filled, the whole blocks and the rest, and copied two of them. */
static int put_bytes(FILE *fp, const char *buf, size_t len)
{
    if (len < 32 * 1024)
        return fwrite(buf, 1, len, fp) == len ? 0 : -1;
    if (fflush(fp))
        return -1;
    while (len) {
        ssize_t k = write(fileno(fp), buf, len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)     /* through stdio, which says so again and marks the stream */
            return fwrite(buf, 1, len, fp) == len ? 0 : -1;
        buf += k, len -= (size_t)k;
    }
    return 0;
}

static int sink_write(void *user, const char *buf, size_t len)
{
    sink *s = user;
    if (s->to == VNFIX_ENC_UTF8) {
        if (put_bytes(s->fp, buf, len)) { s->io_error = 1; return 1; }
        s->written += len;
        return 0;
    }
    char *o;
    size_t n, at = 0;
    int rc = vnfix_encode(s->to, buf, len, &o, &n, s->replace, &at);
    if (rc) {
        s->unmappable = 1;
        s->bad_at = s->written + at;
        return 1;
    }
    int bad = fwrite(o, 1, n, s->fp) != n;
    vnfix_free(o);
    s->written += len;
    if (bad) s->io_error = 1;
    return bad;
}

/* --restore: libvnfix's streaming restorer between the repair and the sink. */
typedef struct {
    vnfix_restorer *rs;         /* NULL: no restoration */
    const char *name;           /* for --explain */
    sink *next;
} restorer;

static void on_explain(void *user, const vnfix_change *c)
{
    restorer *r = user;
    fprintf(stderr, "%s\t%zu\t%s\t%s\t%.2f\n", r->name, c->offset, c->from, c->to, c->score);
}

static int restore_write(void *user, const char *buf, size_t len)
{
    restorer *r = user;
    if (!r->rs)
        return sink_write(r->next, buf, len);
    return vnfix_restorer_feed(r->rs, buf, len, sink_write, r->next) != VNFIX_OK;
}

/* Repair one input stream into sink (through the restorer). Returns an exit
 * status. */
static int convert(vnfix_ctx *ctx, FILE *in, const char *name, restorer *rs)
{
    static char buf[(1 << 16) + (1 << 12)];
    sink *out = rs->next;
    size_t n, kept = 0;
    int rc = VNFIX_OK;
    rs->name = name;
    vnfix_restorer_reset(rs->rs);
    /* Whole lines are fed, the last one's start kept for the next read: a
     * line cut between two chunks is one more piece of output (libvnfix
     * writes it apart from the run of unchanged lines after it), and so one
     * more write(2) a chunk. (A read of whole 4 KB blocks goes to read(2)
     * alone; stdio reads the rest of any other count into its buffer, a
     * second call.) */
    for (;;) {
        size_t room = sizeof buf - kept, want = room >= (1 << 13) ? room & ~(size_t)0xFFF : room;
        if (rc != VNFIX_OK || !(n = fread(buf + kept, 1, want, in)))
            break;
        n += kept;
        size_t whole = n;
        while (whole > 0 && buf[whole - 1] != '\n') whole--;
        if (!whole)
            whole = n;                          /* a line longer than buf */
        rc = vnfix_feed(ctx, buf, whole, restore_write, rs);
        kept = n - whole;
        memmove(buf, buf + whole, kept);
    }
    if (rc == VNFIX_OK && kept)
        rc = vnfix_feed(ctx, buf, kept, restore_write, rs);
    if (rc == VNFIX_OK && ferror(in)) {
        fprintf(stderr, "vnfix: %s: %s\n", name, strerror(errno));
        vnfix_finish(ctx, restore_write, rs);
        return EXIT_IO;
    }
    if (rc == VNFIX_OK)
        rc = vnfix_finish(ctx, restore_write, rs);
    if (rc == VNFIX_OK && rs->rs && vnfix_restorer_finish(rs->rs, sink_write, out))
        rc = out->unmappable || out->io_error ? VNFIX_EWRITE : VNFIX_ENOMEM;
    else
        vnfix_finish(ctx, NULL, NULL);          /* reset the context */
    if (out->unmappable) {
        fprintf(stderr, "vnfix: %s: output byte %zu: %s (%s); use --replace\n", name, out->bad_at,
                vnfix_strerror(VNFIX_EUNMAPPABLE), vnfix_encoding_name(out->to));
        return EXIT_UNINTERPRETABLE;
    }
    if (out->io_error || rc) {
        fprintf(stderr, "vnfix: %s: %s\n", name, out->io_error ? strerror(errno) : vnfix_strerror(rc));
        return EXIT_IO;
    }
    return EXIT_DONE;
}

static const char *source_name(vnfix_encoding e, int moji, char *buf, size_t n)
{
    snprintf(buf, n, "%s%s", vnfix_encoding_name(e), moji == 2 ? "-cp1258" : moji ? "-cp1252" : "");
    return buf;
}

/* --detect: lines per source over the spans of one input. */
typedef struct {
    size_t lines[VNFIX_ENC_COUNT][3], count, viet;   /* [encoding][mojibake form] */
    double conf[VNFIX_ENC_COUNT][3];
} tally;

static int count_span(void *user, const vnfix_span *sp)
{
    tally *t = user;
    t->count++;
    if (sp->vietnamese) {
        t->lines[sp->encoding][sp->mojibake] += sp->lines;
        t->conf[sp->encoding][sp->mojibake] += sp->confidence * (double)sp->lines;
        t->viet++;
    }
    return 0;
}

/* --detect for one input, streamed through the library's span detection
 * (memory does not grow with the file). */
static int detect(vnfix_ctx *ctx, FILE *in, const char *name, int json)
{
    tally t;
    memset(&t, 0, sizeof t);
    char buf[1 << 16];
    size_t k;
    int rc = VNFIX_OK;
    while (!rc && (k = fread(buf, 1, sizeof buf, in)) > 0)
        rc = vnfix_detect_feed(ctx, buf, k, count_span, &t);
    if (!rc && ferror(in)) {
        int e = errno;
        vnfix_finish(ctx, NULL, NULL);          /* reset the context */
        fprintf(stderr, "vnfix: %s: %s\n", name, strerror(e ? e : EIO));
        return EXIT_IO;
    }
    if (!rc)
        rc = vnfix_detect_finish(ctx, count_span, &t);
    if (rc) {
        fprintf(stderr, "vnfix: %s: %s\n", name, vnfix_strerror(rc));
        return EXIT_IO;
    }
    /* the main source is the one with the most lines */
    size_t (*lines)[3] = t.lines, count = t.count, viet = t.viet;
    double (*conf)[3] = t.conf;
    int be = -1, bm = 0;
    for (int e = 0; e < VNFIX_ENC_COUNT; e++)
        for (int m = 0; m < 3; m++)
            if (lines[e][m] && (be < 0 || lines[e][m] > lines[be][bm])) be = e, bm = m;
    double c = be >= 0 ? conf[be][bm] / (double)lines[be][bm] : 0.0;
    char nb[64];
    if (json) {
        json_writer w;
        json_init(&w, 0);
        json_begin_object(&w);
        json_key(&w, "file"); json_string(&w, name);
        json_key(&w, "encoding"); json_string(&w, be >= 0 ? vnfix_encoding_name((vnfix_encoding)be) : "none");
        json_key(&w, "mojibake"); json_bool(&w, bm != 0);
        json_key(&w, "confidence"); json_number(&w, c);
        json_key(&w, "spans"); json_int(&w, (int64_t)count);
        json_key(&w, "vietnamese_spans"); json_int(&w, (int64_t)viet);
        json_key(&w, "lines"); json_begin_object(&w);
        for (int e = 0; e < VNFIX_ENC_COUNT; e++)
            for (int m = 0; m < 3; m++)
                if (lines[e][m]) { json_key(&w, source_name((vnfix_encoding)e, m, nb, sizeof nb)); json_int(&w, (int64_t)lines[e][m]); }
        json_end_object(&w);
        json_end_object(&w);
        if (json_ok(&w)) printf("%.*s\n", (int)w.out.len, w.out.buf);
        json_free(&w);
    } else {
        printf("%s: %s confidence %.2f spans %zu vietnamese %zu", name,
               be >= 0 ? source_name((vnfix_encoding)be, bm, nb, sizeof nb) : "none", c, count, viet);
        for (int e = 0; e < VNFIX_ENC_COUNT; e++)
            for (int m = 0; m < 3; m++)
                if (lines[e][m]) printf(" %s=%zu", source_name((vnfix_encoding)e, m, nb, sizeof nb), lines[e][m]);
        putchar('\n');
    }
    return EXIT_DONE;
}

static int worse(int a, int b)
{
    /* I/O failures outrank the rest; usage cannot happen here */
    if (a == EXIT_IO || b == EXIT_IO) return EXIT_IO;
    return a > b ? a : b;
}

/* -i: FILE -> FILE~ (unless --no-backup), repaired text replaces FILE atomically. */
static int in_place(vnfix_ctx *ctx, const char *path, restorer *rs, int backup, int strict, reporter *rep)
{
    FILE *in = fopen(path, "rb");
    if (!in) {
        fprintf(stderr, "vnfix: %s: %s\n", path, strerror(errno));
        return EXIT_IO;
    }
    struct stat st;
    int have_mode = fstat(fileno(in), &st) == 0;
    atomic_file af;
    if (atomic_open(&af, path)) {
        fprintf(stderr, "vnfix: %s: %s\n", path, strerror(errno));
        fclose(in);
        return EXIT_IO;
    }
    sink s = *rs->next, *orig = rs->next;
    s.fp = af.fp;
    rs->next = &s;
    int status = convert(ctx, in, path, rs);
    rs->next = orig;
    fclose(in);
    if (strict && rep->reports && status == EXIT_DONE)
        status = EXIT_UNINTERPRETABLE;
    if (status != EXIT_DONE) {
        atomic_abort(&af);
        return status;
    }
    if (have_mode)
        fchmod(fileno(af.fp), st.st_mode & 07777);
    if (backup) {
        size_t n = strlen(path);
        char *bak = malloc(n + 2);
        if (!bak) { atomic_abort(&af); return EXIT_IO; }
        memcpy(bak, path, n);
        memcpy(bak + n, "~", 2);
        unlink(bak);
        if (link(path, bak)) {
            fprintf(stderr, "vnfix: %s: cannot keep a backup: %s\n", bak, strerror(errno));
            free(bak);
            atomic_abort(&af);
            return EXIT_IO;
        }
        free(bak);
    }
    if (atomic_commit(&af)) {
        fprintf(stderr, "vnfix: %s: %s\n", path, strerror(errno));
        return EXIT_IO;
    }
    return EXIT_DONE;
}

static int parse_enc(const char *opt, const char *v, int allow_auto)
{
    int e = v ? vnfix_encoding_from_name(v) : -1;
    if (e < 0 || (!allow_auto && e == VNFIX_ENC_AUTO)) {
        fprintf(stderr, "vnfix: %s: unknown encoding '%s'\n", opt, v ? v : "");
        return -1;
    }
    return e;
}

/* What the command line asks for. */
typedef struct {
    vnfix_options opt;
    vnfix_restore_options ropt;
    vnfix_encoding to;
    const char *output, *model_path;
    int inplace, backup, do_detect, json, strict, quiet, replace, restore, explain;
    char **files;
    int nfiles;
} config;

/* Read the options into c. Options may come after file names too (vnfix
 * big.txt -o out.txt): the file names are gathered in order at the front
 * of argv, over arguments already read; "--" ends the options. Returns -1
 * to go on, else the exit status (--help, --version, a usage error). */
static int parse_args(int argc, char **argv, config *c)
{
    c->files = argv + 1;
    for (int first = 1; first < argc; first++) {
        const char *a = argv[first];
        const char *val = NULL;
        if (a[0] != '-' || !a[1]) { c->files[c->nfiles++] = argv[first]; continue; }
        if (!strcmp(a, "--")) {
            while (++first < argc) c->files[c->nfiles++] = argv[first];
            break;
        }
        /* options with a value: -x V, -xV, --long V, --long=V */
        const char *eq = strchr(a, '=');
        size_t alen = eq && a[1] == '-' ? (size_t)(eq - a) : strlen(a);
#define IS(s) (strlen(s) == alen && !strncmp(a, s, alen))
#define VALUE() (val = eq && a[1] == '-' ? eq + 1 : (a[1] != '-' && a[2]) ? a + 2 : (first + 1 < argc ? argv[++first] : NULL))
        if (IS("-h") || IS("--help")) { usage(stdout); return EXIT_DONE; }
        else if (IS("-V") || IS("--version")) { printf("vnfix %s\n", VNFIX_VERSION); return EXIT_DONE; }
        else if (IS("-i") || IS("--in-place")) c->inplace = 1;
        else if (IS("--no-backup")) c->backup = 0;
        else if (IS("--detect")) c->do_detect = 1;
        else if (IS("--json")) c->json = 1;
        else if (IS("--strict")) c->strict = 1;
        else if (IS("-q") || IS("--quiet")) c->quiet = 1;
        else if (IS("--replace")) c->replace = eq ? (unsigned char)eq[1] : VNFIX_REPLACE_FOLD;
        else if (IS("--explain")) c->explain = 1;
        else if (IS("--restore")) {
            c->restore = 1;
            if (!eq || !strcmp(eq + 1, "auto")) c->ropt.mode = VNFIX_RESTORE_AUTO;
            else if (!strcmp(eq + 1, "ocr")) c->ropt.mode = VNFIX_RESTORE_OCR;
            else if (!strcmp(eq + 1, "stripped")) c->ropt.mode = VNFIX_RESTORE_STRIPPED;
            else { fprintf(stderr, "vnfix: --restore: expected ocr, stripped or auto\n"); return EXIT_USAGE; }
        } else if (IS("--model")) {
            if (!VALUE()) { fprintf(stderr, "vnfix: %s needs a file name\n", a); return EXIT_USAGE; }
            c->model_path = val;
        }
        else if (!strncmp(a, "-o", 2) || IS("--output")) {
            if (!VALUE()) { fprintf(stderr, "vnfix: %s needs a file name\n", a); return EXIT_USAGE; }
            c->output = val;
        } else if (!strncmp(a, "-f", 2) || IS("--from")) {
            int e = parse_enc(a, VALUE(), 1);
            if (e < 0) return EXIT_USAGE;
            c->opt.from = (vnfix_encoding)e;
        } else if (!strncmp(a, "-t", 2) || IS("--to")) {
            int e = parse_enc(a, VALUE(), 0);
            if (e < 0) return EXIT_USAGE;
            c->to = (vnfix_encoding)e;
        } else if (IS("--tone")) {
            VALUE();
            if (val && !strcmp(val, "keep")) c->opt.tone = VNFIX_TONE_KEEP;
            else if (val && !strcmp(val, "old")) c->opt.tone = VNFIX_TONE_OLD;
            else if (val && !strcmp(val, "new")) c->opt.tone = VNFIX_TONE_NEW;
            else { fprintf(stderr, "vnfix: --tone: expected keep, old or new\n"); return EXIT_USAGE; }
        } else {
            fprintf(stderr, "vnfix: unknown option '%s'\n", a);
            usage(stderr);
            return EXIT_USAGE;
        }
#undef IS
#undef VALUE
    }
    return -1;
}

/* Options that do not go together: the exit status, or -1. */
static int check_args(const config *c)
{
    const char *why = NULL;
    if (c->inplace && (c->output || c->nfiles == 0 || c->do_detect))
        why = "-i needs FILEs and excludes -o and --detect";
    else if (c->json && !c->do_detect)
        why = "--json goes with --detect";
    else if (!c->backup && !c->inplace)
        why = "--no-backup goes with -i";
    else if ((c->explain || c->model_path) && !c->restore)
        why = "--explain and --model go with --restore";
    else if (c->restore && c->do_detect)
        why = "--restore does not go with --detect";
    else if (c->to == VNFIX_ENC_UTF8_DOUBLE)
        why = "--to utf-8-double: vnfix does not make mojibake";
    if (!why)
        return -1;
    fprintf(stderr, "vnfix: %s\n", why);
    return EXIT_USAGE;
}

/* Each input in turn into out (or in place); the worst exit status. */
static int run_files(const config *c, vnfix_ctx *ctx, restorer *rs, reporter *rep, sink *out)
{
    int status = EXIT_DONE;
    size_t total_reports = 0;
    for (int i = 0; i < (c->nfiles ? c->nfiles : 1); i++) {
        const char *path = c->nfiles ? c->files[i] : "-";
        int from_stdin = !strcmp(path, "-");
        rep->name = from_stdin ? "<stdin>" : path;
        rep->reports = 0;
        int st;
        if (c->inplace) {
            st = in_place(ctx, path, rs, c->backup, c->strict, rep);
        } else {
            FILE *f = from_stdin ? stdin : fopen(path, "rb");
            if (!f) {
                fprintf(stderr, "vnfix: %s: %s\n", path, strerror(errno));
                status = worse(status, EXIT_IO);
                continue;
            }
            st = c->do_detect ? detect(ctx, f, rep->name, c->json) : convert(ctx, f, rep->name, rs);
            if (f != stdin) fclose(f);
        }
        if (rep->reports > MAX_REPORTS && !c->quiet)
            fprintf(stderr, "vnfix: %s: %zu more uninterpretable spans not shown\n", rep->name, rep->reports - MAX_REPORTS);
        total_reports += rep->reports;
        status = worse(status, st);
        if (st == EXIT_UNINTERPRETABLE && out->unmappable)
            break;
    }
    if (c->strict && total_reports && status == EXIT_DONE)
        status = EXIT_UNINTERPRETABLE;
    return status;
}

/* The restorer for --restore, NULL without: marks added in the tone style
 * asked for (keep lets them follow the document). */
static vnfix_restorer *make_restorer(const config *c, const vnfix_model *model, restorer *rs)
{
    vnfix_restore_options ro = c->ropt;
    ro.tone = c->opt.tone == VNFIX_TONE_OLD ? VNFIX_RESTORE_TONE_OLD
            : c->opt.tone == VNFIX_TONE_NEW ? VNFIX_RESTORE_TONE_NEW : VNFIX_RESTORE_TONE_DOCUMENT;
    if (c->explain) {
        ro.explain = on_explain;
        ro.explain_user = rs;
    }
    return c->restore ? vnfix_restorer_create(model, &ro) : NULL;
}

int main(int argc, char **argv)
{
    config c = {0};
    vnfix_options_init(&c.opt);
    vnfix_restore_options_init(&c.ropt);
    c.to = VNFIX_ENC_UTF8;
    c.backup = 1;
    int status = parse_args(argc, argv, &c);
    if (status < 0) status = check_args(&c);
    if (status >= 0) return status;

    /* The language model also serves the repair (the likelier of two
     * readings that are both Vietnamese); without --restore it is optional. */
    char err[512];
    vnfix_model *model = vnfix_model_open(c.model_path, err, sizeof err);
    if (!model && c.restore) {
        fprintf(stderr, "vnfix: %s\n", err);
        return EXIT_IO;
    }
    reporter rep = {"<stdin>", 0, c.quiet};
    c.opt.report = on_report;
    c.opt.report_user = &rep;
    c.opt.model = model;
    sink out = {stdout, c.to, c.replace, 0, 0, 0, 0};
    restorer rs = {NULL, NULL, &out};
    vnfix_ctx *ctx = vnfix_create(&c.opt);
    rs.rs = make_restorer(&c, model, &rs);
    if (!ctx || (c.restore && !rs.rs)) {
        fputs("vnfix: out of memory\n", stderr);
        vnfix_restorer_destroy(rs.rs);
        vnfix_destroy(ctx);
        vnfix_model_close(model);
        return EXIT_IO;
    }
    atomic_file af;
    int have_af = 0;
    if (c.output && !c.do_detect) {
        if (atomic_open(&af, c.output)) {
            fprintf(stderr, "vnfix: %s: %s\n", c.output, strerror(errno));
            vnfix_restorer_destroy(rs.rs);
            vnfix_destroy(ctx);
            vnfix_model_close(model);
            return EXIT_IO;
        }
        have_af = 1;
        out.fp = af.fp;
    }
    status = run_files(&c, ctx, &rs, &rep, &out);
    if (have_af) {
        if (status == EXIT_DONE) {
            if (atomic_commit(&af)) {
                fprintf(stderr, "vnfix: %s: %s\n", c.output, strerror(errno));
                status = EXIT_IO;
            }
        } else {
            atomic_abort(&af);
        }
    } else if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "vnfix: <stdout>: %s\n", strerror(errno));
        status = EXIT_IO;
    }
    vnfix_restorer_destroy(rs.rs);
    vnfix_model_close(model);
    vnfix_destroy(ctx);
    return status;
}
