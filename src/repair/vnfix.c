/*
 * vnfix.c: the public entry points of libvnfix: contexts, the streaming
 * line machine, one-shot repair, detection and encoding.
 *
 * Spans are lines. Streaming keeps at most one partial line (cut at a safe
 * boundary past LINE_CAP bytes) and a short queue of lines whose source is a
 * tie until a neighbour decides clearly (the neighbourhood prior for the
 * first lines of a file), so memory is flat in the input size.
 */
#include "vnfix.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "codec.h"
#include "detect.h"
#include "tone.h"

#define LINE_CAP (64 * 1024)          /* longest span; longer lines are cut */
#define QUEUE_LINES 32                /* lines that may wait for a neighbour */
#define QUEUE_BYTES (256 * 1024)
#define OUT_CAP (256 * 1024)           /* output is handed over in pieces about this big */

typedef struct { size_t at, len, offset; } queued;

struct vnfix_ctx {
    vnfix_options opt;
    vnfix_work work;
    unsigned char *line;              /* the partial line (up to LINE_CAP) */
    size_t nline, capline, offset;    /* its length, room and input offset */
    int have_prior;
    vnfix_source prior;
    unsigned char *qbuf;              /* queued lines, back to back */
    size_t qbytes, capq, nq;
    queued q[QUEUE_LINES];
    unsigned char *out;               /* output waiting for write */
    size_t nout, capout;
    const unsigned char *run;         /* then run[0..nrun), bytes of the caller's */
    size_t nrun;                      /* chunk that come out as they stand */
    const unsigned char *in;          /* the chunk vnfix_feed is given, in[0..nin) */
    size_t nin;
    vnfix_write_fn write;
    void *user;
    int werr;
    int collect;                      /* gather spans for vnfix_detect */
    vnfix_span_fn span_fn;            /* streaming detection: complete spans go here */
    void *span_user;
    vnfix_span *spans;
    size_t nspans, capspans;
    double confsum;                   /* of the span being built */
    size_t bnext, bwait, bmax;        /* where runs start again, the next such wait, a run's lines */
};

static const char *const enc_names[VNFIX_ENC_COUNT] = {
    "auto", "utf-8", "vni", "tcvn3", "viscii", "vps", "viqr", "cp1258", "utf-8-double",
};

static const struct { const char *alias; vnfix_encoding enc; } aliases[] = {
    {"utf8", VNFIX_ENC_UTF8}, {"vni-windows", VNFIX_ENC_VNI}, {"vni-win", VNFIX_ENC_VNI},
    {"tcvn", VNFIX_ENC_TCVN3}, {"abc", VNFIX_ENC_TCVN3}, {"tcvn5712", VNFIX_ENC_TCVN3},
    {"windows-1258", VNFIX_ENC_CP1258}, {"utf8-double", VNFIX_ENC_UTF8_DOUBLE},
};

const char *vnfix_encoding_name(vnfix_encoding enc)
{
    return (unsigned)enc < VNFIX_ENC_COUNT ? enc_names[enc] : NULL;
}

static int same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a, y = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
        if (x != y)
            return 0;
    }
    return !*a && !*b;
}

int vnfix_encoding_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < VNFIX_ENC_COUNT; i++)
        if (same_name(enc_names[i], name))
            return i;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (same_name(aliases[i].alias, name))
            return (int)aliases[i].enc;
    return -1;
}

void vnfix_options_init(vnfix_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->from = VNFIX_ENC_AUTO;
    opt->tone = VNFIX_TONE_KEEP;
}

static void collecting(vnfix_ctx *c, int on);

vnfix_ctx *vnfix_create(const vnfix_options *opt)
{
    vnfix_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (opt)
        c->opt = *opt;
    else
        vnfix_options_init(&c->opt);
    if ((unsigned)c->opt.from >= VNFIX_ENC_COUNT || (unsigned)c->opt.tone > VNFIX_TONE_NEW) {
        free(c);
        return NULL;
    }
    /* buffers grow with the longest line, up to LINE_CAP */
    if (vnfix_work_init(&c->work)) {
        vnfix_destroy(c);
        return NULL;
    }
    c->work.model = c->opt.model;
    collecting(c, 0);
    return c;
}

void vnfix_destroy(vnfix_ctx *c)
{
    if (!c)
        return;
    vnfix_work_free(&c->work);
    free(c->line);
    free(c->qbuf);
    free(c->out);
    free(c->spans);
    free(c);
}

void vnfix_free(void *p) { free(p); }

const char *vnfix_strerror(int err)
{
    switch (err) {
    case VNFIX_OK: return "success";
    case VNFIX_ENOMEM: return "out of memory";
    case VNFIX_EINVAL: return "invalid argument";
    case VNFIX_EUNMAPPABLE: return "character cannot be represented in the target encoding";
    case VNFIX_EWRITE: return "output callback failed";
    case VNFIX_EICU: return "ICU error";
    default: return "unknown error";
    }
}

/* Spans are gathered (vnfix_detect) or not. A decision's confidence is
 * read by add_span, when they are, and by learn and handle_line's anchor,
 * which, with no line waiting for a neighbour, only set the neighbours'
 * source to the line's: so while spans are not gathered, detect.c may
 * leave unscored a line of Unicode whose neighbours' source is Unicode
 * already (vnfix_work.conf_unread), which decide() decides again, scored,
 * where what it skipped is read after all. */
static void collecting(vnfix_ctx *c, int on)
{
    c->collect = on;
    c->work.conf_unread = !on;
}

static void reset(vnfix_ctx *c)
{
    c->nline = c->offset = 0;
    c->bnext = c->bwait = 0;          /* (offsets start again: so do runs) */
    c->have_prior = 0;
    c->qbytes = c->nq = 0;
    c->nout = c->nrun = 0;
    c->in = NULL, c->nin = 0;
    c->werr = 0;
    collecting(c, 0);                 /* a detection left unfinished ends here */
    c->span_fn = NULL;
}

/* ------------------------------------------------------------ output */
static int flush_out(vnfix_ctx *c)
{
    if (c->nout && c->write && !c->werr && c->write(c->user, (const char *)c->out, c->nout))
        c->werr = 1;
    c->nout = 0;
    return c->werr ? VNFIX_EWRITE : VNFIX_OK;
}

static int grow(unsigned char **p, size_t *cap, size_t need)
{
    if (need <= *cap)
        return VNFIX_OK;
    size_t n = *cap ? *cap : 4096;
    while (n < need) n *= 2;
    unsigned char *q = realloc(*p, n);
    if (!q) return VNFIX_ENOMEM;
    *p = q, *cap = n;
    return VNFIX_OK;
}

static int flush_run(vnfix_ctx *c);

/* Room for n more output bytes after what waits (flushing first when that
 * keeps it small). */
static int room(vnfix_ctx *c, size_t n)
{
    if (c->nrun && flush_run(c))
        return VNFIX_EWRITE;
    if (c->nout + n > OUT_CAP / 2 && c->nout && flush_out(c))
        return VNFIX_EWRITE;
    return grow(&c->out, &c->capout, c->nout + n);
}

static int put(vnfix_ctx *c, const unsigned char *s, size_t n)
{
    if (!c->write) return VNFIX_OK;
    int rc = room(c, n);
    if (rc) return rc;
    memcpy(c->out + c->nout, s, n);
    c->nout += n;
    return VNFIX_OK;
}

/* The run of lines output as they stand, from the caller's buffer: a long
 * one straight to the write callback (after what waits before it) rather
 * than copied. */
static int flush_run(vnfix_ctx *c)
{
    const unsigned char *s = c->run;
    size_t n = c->nrun;
    c->nrun = 0;
    if (n < OUT_CAP / 32)
        return put(c, s, n);
    if (flush_out(c))
        return VNFIX_EWRITE;
    if (c->write(c->user, (const char *)s, n))
        c->werr = 1;
    return c->werr ? VNFIX_EWRITE : VNFIX_OK;
}

/* A line s[0..len) that comes out as it stands. In the caller's chunk it
 * joins the run before it, which goes out in one piece when something else
 * must follow it or the chunk ends (vnfix_feed): a call of the write
 * callback each time a line broke the run was about 2,600 write(2) calls
 * for 27 MB of clean text, a read's 64 KB chunk cut by its seven lines of
 * the full path. The bytes and their order are the same either way. */
/* Does s continue the run of unchanged input waiting to be written, with
 * room left in it? Then passing s only grows the run. */
static int run_extends(const vnfix_ctx *c, const unsigned char *s)
{
    return c->nrun && c->run + c->nrun == s && c->nrun < OUT_CAP / 4;
}

static int pass(vnfix_ctx *c, const unsigned char *s, size_t len)
{
    if (!c->write)
        return VNFIX_OK;
    uintptr_t p = (uintptr_t)s;
    if (!c->in || p < (uintptr_t)c->in || p + len > (uintptr_t)c->in + c->nin)
        return put(c, s, len);
    if (c->nrun && !run_extends(c, s) && flush_run(c))
        return VNFIX_EWRITE;
    if (!c->nrun)
        c->run = s;
    c->nrun += len;
    return VNFIX_OK;
}

static void report(vnfix_ctx *c, size_t off, size_t len, const char *why)
{
    if (c->opt.report)
        c->opt.report(c->opt.report_user, off, len, why);
}

static int add_span(vnfix_ctx *c, size_t offset, size_t len, const vnfix_decision *d)
{
    vnfix_encoding enc = d->src.enc;
    int viet = d->vietnamese;
    if (c->nspans) {
        vnfix_span *last = &c->spans[c->nspans - 1];
        /* A line with nothing Vietnamese joins the span before it. */
        if (!viet || (last->vietnamese && last->encoding == enc && last->mojibake == d->src.moji) ||
            !last->vietnamese) {
            if (viet && !last->vietnamese) {    /* the span becomes Vietnamese */
                last->encoding = enc, last->mojibake = d->src.moji, last->vietnamese = 1;
                c->confsum = 0, last->lines = 0;
            }
            last->length = offset + len - last->offset;
            if (viet) {
                c->confsum += d->confidence;
                last->lines++;
                last->confidence = c->confsum / (double)last->lines;
            }
            return VNFIX_OK;
        }
    }
    if (c->span_fn && c->nspans) {
        /* streaming: the span before is complete */
        if (c->span_fn(c->span_user, &c->spans[c->nspans - 1]))
            return VNFIX_EWRITE;
        c->nspans = 0;
    }
    if (c->nspans == c->capspans) {
        size_t n = c->capspans ? c->capspans * 2 : 64;
        vnfix_span *p = realloc(c->spans, n * sizeof *p);
        if (!p) return VNFIX_ENOMEM;
        c->spans = p, c->capspans = n;
    }
    c->spans[c->nspans++] = (vnfix_span){offset, len, viet ? enc : VNFIX_ENC_UTF8, d->confidence, viet,
                                         viet ? d->src.moji : 0, viet ? 1 : 0};
    c->confsum = viet ? d->confidence : 0;
    return VNFIX_OK;
}

/* ------------------------------------------------------------ lines */
static int emit(vnfix_ctx *c, const unsigned char *s, size_t len, size_t offset, const vnfix_decision *d)
{
    int rc;
    if (d->fast) {
        rc = pass(c, s, len);
    } else if (d->direct) {
        rc = put(c, c->work.direct, c->work.ndirect);
    } else {
        vnfix_work *w = &c->work;
        if (d->vietnamese)
            vnfix_tone_apply(w->best, w->nbest, c->opt.tone);
        rc = VNFIX_OK;
        /* A line of clean text that takes the full path mostly comes out
         * as it stands (the contest and the guard keep it), and then joins
         * the run: it is encoded past what waits and past room for the run,
         * without flushing the run (room() would), and kept only when it
         * differs. Then the run goes out first, into the room left for it
         * or straight to the write callback (flush_run), so that what waits
         * ends at or before the line's bytes, which move down to it: the
         * line is encoded once, not again after the run. */
        size_t need = w->nbest * 4;
        if (c->write && !(rc = c->nrun ? grow(&c->out, &c->capout, c->nout + c->nrun + need) : room(c, need))) {
            size_t at = c->nout + c->nrun;
            size_t n = vnfix_cps_to_utf8(w->best, w->nbest, c->out + at);
            if (n == len && !memcmp(c->out + at, s, len))
                rc = pass(c, s, len);
            else if (!c->nrun)
                c->nout += n;
            else if (!(rc = flush_run(c))) {   /* (c->nout <= at now; grow() keeps the bytes) */
                memmove(c->out + c->nout, c->out + at, n);
                c->nout += n;
            }
        }
    }
    if (d->bad_offset != SIZE_MAX) {
        size_t end = len && s[len - 1] == '\n' ? len - 1 : len;
        report(c, offset + d->bad_offset, end > d->bad_offset ? end - d->bad_offset : 1,
               d->lost ? (d->src.moji == 2 ? "U+FFFD in mojibake: an earlier strict Windows-1258 decoder lost the byte it replaced"
                                           : "U+FFFD in mojibake: an earlier strict Windows-1252 decoder lost the byte it replaced")
               : d->src.enc == VNFIX_ENC_UTF8 ? "invalid UTF-8, passed through unchanged"
                                              : "bytes that mean nothing in the encoding found, passed through unchanged");
    }
    if (!d->fast && !d->direct)
        for (size_t k = 0; k < c->work.nbest_undec; k++)
            report(c, offset + c->work.best_undec[k][0], c->work.best_undec[k][1] - c->work.best_undec[k][0],
                   d->src.enc == VNFIX_ENC_TCVN3 ? "case of TCVN3 capitals-font text undecided"
                                                 : "case of VPS capitals-font text undecided");
    if (d->guessed_offset != SIZE_MAX)
        report(c, offset + d->guessed_offset, d->guessed_length,
               "invalid UTF-8 in a line of Unicode, read alone as legacy bytes");
    if (d->unrestored) {
        size_t end = len && s[len - 1] == '\n' ? len - 1 : len;
        report(c, offset, end ? end : 1,
               "Windows-1258 mojibake normalised to NFC: marks on this line could not be put back");
    }
    if (d->has_nul) {
        const unsigned char *z = memchr(s, 0, len);
        report(c, offset + (size_t)(z - s), 1, "NUL byte (binary data?), passed through unchanged");
    }
    if (!rc && c->collect)
        rc = add_span(c, offset, len, d);
    return rc;
}

/* The end of the bytes that may be read after s[0..len): the rest of the
 * caller's chunk or of the queued lines (clean.c reads whole eight-byte
 * words and never uses what lies past the line; bytes not yet written,
 * the partial line's spare room, are not offered). */
static const unsigned char *readable(const vnfix_ctx *c, const unsigned char *s, size_t len)
{
    uintptr_t p = (uintptr_t)s;
    if (c->in && p >= (uintptr_t)c->in && p + len <= (uintptr_t)c->in + c->nin)
        return c->in + c->nin;
    if (c->qbuf && p >= (uintptr_t)c->qbuf && p + len <= (uintptr_t)c->qbuf + c->qbytes)
        return c->qbuf + c->qbytes;
    return s + len;
}

/* scanned: vnfix_clean_line's answer on the line, or -1 (vnfix_decide_scanned) */
static int decide(vnfix_ctx *c, const unsigned char *s, size_t len, int scanned, vnfix_decision *d)
{
    c->work.readable = readable(c, s, len);
    int rc = vnfix_decide_scanned(&c->work, s, len, c->opt.from, c->have_prior ? &c->prior : NULL, scanned, d);
    if (__builtin_expect(d->valid == VNFIX_UNSCORED, 0) && rc == VNFIX_OK && (!d->fast || c->nq)) {
        /* Left unscored (collecting) and read after all: a line waits, so
         * the anchor reads the confidence; or the guard did not pass the
         * line as it stands, and the score's fields are the decision's.
         * Decided again, scored: the memos make the same decisions. */
        c->work.conf_unread = 0;
        rc = vnfix_decide_scanned(&c->work, s, len, c->opt.from, c->have_prior ? &c->prior : NULL, scanned, d);
        c->work.conf_unread = 1;
    }
    c->work.readable = NULL;
    if (rc == VNFIX_OK && (d->fast || d->direct) && c->opt.tone != VNFIX_TONE_KEEP && d->vietnamese) {
        /* the tone pass needs the code points */
        vnfix_work *w = &c->work;
        size_t n = d->fast ? len : w->ndirect;
        long k = -1;
        if (!vnfix_work_reserve(w, n + 1))      /* (may move w->direct) */
            k = vnfix_utf8_to_cps(d->fast ? s : w->direct, n, w->best, NULL);
        if (k >= 0) {
            w->nbest = (size_t)k;
            d->fast = d->direct = 0;
        }
    }
    return rc;
}

static void learn(vnfix_ctx *c, const vnfix_decision *d)
{
    if (d->vietnamese && !d->ambiguous && d->confidence >= 0.6 && (d->strong || d->fast || d->direct)) {
        c->have_prior = 1;
        c->prior = d->src;
    }
}

static int flush_queue(vnfix_ctx *c)
{
    for (size_t i = 0; i < c->nq; i++) {
        vnfix_decision d;
        const unsigned char *s = c->qbuf + c->q[i].at;
        int rc = decide(c, s, c->q[i].len, -1, &d);
        if (!rc) rc = emit(c, s, c->q[i].len, c->q[i].offset, &d);
        if (rc) return rc;
    }
    c->nq = c->qbytes = 0;
    return VNFIX_OK;
}

static int enqueue(vnfix_ctx *c, const unsigned char *s, size_t len, size_t offset)
{
    int rc = grow(&c->qbuf, &c->capq, c->qbytes + len);
    if (rc) return rc;
    memcpy(c->qbuf + c->qbytes, s, len);
    c->q[c->nq++] = (queued){c->qbytes, len, offset};
    c->qbytes += len;
    return VNFIX_OK;
}

static int handle_line(vnfix_ctx *c, const unsigned char *s, size_t len, size_t offset, int scanned)
{
    vnfix_decision d;
    int rc = decide(c, s, len, scanned, &d);
    if (rc) return rc;
    int anchor = d.vietnamese && !d.ambiguous && d.confidence >= 0.6 && (d.strong || d.fast || d.direct);
    if (c->nq == 0 && !(d.ambiguous && !c->have_prior)) {
        learn(c, &d);
        return emit(c, s, len, offset, &d);
    }
    if ((rc = enqueue(c, s, len, offset)))
        return rc;
    if (anchor) {
        learn(c, &d);       /* the queued lines follow their next neighbour */
        return flush_queue(c);
    }
    if (c->nq == QUEUE_LINES || c->qbytes >= QUEUE_BYTES)
        return flush_queue(c);
    return VNFIX_OK;
}

/* Where to cut a line longer than LINE_CAP: after the last blank in its
 * second half, else before the last ASCII byte, never inside a UTF-8
 * sequence or a VNI letter. */
static size_t safe_cut(const unsigned char *s, size_t n)
{
    for (size_t i = n; i > n / 2; i--)
        if (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\r')
            return i;
    for (size_t i = n; i > n / 2; i--)
        if (s[i - 1] < 0x80 && !((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
            return i;
    size_t i = n;                     /* binary: at least not inside UTF-8 */
    while (i > n - 4 && (s[i - 1] & 0xC0) == 0x80) i--;
    return i > n - 4 && s[i - 1] >= 0xC0 ? i - 1 : n;
}

/* Whether the streaming loop may ask clean.c about the next line itself
 * (vnfix_decide_scanned's terms), with no line waiting for a neighbour
 * (the order of outputs) and no tone pass to make (which needs the code
 * points of a Vietnamese line). */
static int scan_first(const vnfix_ctx *c)
{
    return c->nq == 0 && c->opt.from != VNFIX_ENC_VIQR && c->opt.from != VNFIX_ENC_UTF8_DOUBLE &&
           (c->opt.tone == VNFIX_TONE_KEEP || c->opt.from != VNFIX_ENC_AUTO) &&
           !(c->have_prior && c->prior.enc == VNFIX_ENC_VIQR);
}

/* Lines of the caller's chunk are scanned by clean.c in runs of up to
 * VNFIX_CLEAN_LINES_MAX lines or BATCH_BYTES (vnfix_clean_lines), which
 * answers each as vnfix_clean_line would. A run in which more than a
 * quarter of the lines need their own scan (legacy text, where each line
 * fails in its first word anyway) is scanned twice over for those: then
 * the lines are scanned one by one for a while, longer each time a run
 * fails so in a row (4 KB, doubling to 4 MB), and the next run is of 8 lines,
 * doubling while runs pass (a legacy file pays for one run of 8 each
 * time). */
#define BATCH_BYTES (16 * 1024)

/* Up to VNFIX_CLEAN_LINES_MAX whole lines from in[i..len) into ends[]
 * (their ends, from in + i) and their answers into ok[]; how many (0:
 * scan one by one). */
static size_t batch(vnfix_ctx *c, const unsigned char *in, size_t i, size_t len, size_t *ends, unsigned char *ok,
                    int *all)
{
    size_t n = 0, at = i;
    if (!c->bwait) c->bwait = 4096, c->bmax = 8;
    while (n < c->bmax && at < len && at - i < BATCH_BYTES) {
        const unsigned char *q = memchr(in + at, '\n', len - at);
        if (!q || (size_t)(q - in) + 1 - at > LINE_CAP)
            break;
        at = (size_t)(q - in) + 1;
        ends[n++] = at - i;
    }
    if (n < 2)
        return 0;
    size_t bad;                       /* (lines not answered 1) */
    if (!vnfix_clean_lines(&c->work, in + i, ends, n, ok, &bad)) {
        c->bnext = SIZE_MAX;          /* (another model: never) */
        return 0;
    }
    *all = bad == 0;
    if (4 * bad > n) {
        c->bnext = c->offset + c->bwait, c->bmax = 8;
        if (c->bwait < 4 * 1024 * 1024) c->bwait *= 2;
    } else {
        c->bwait = 4096;
        if (c->bmax < VNFIX_CLEAN_LINES_MAX) c->bmax *= 2;
    }
    return n;
}

int vnfix_feed(vnfix_ctx *c, const char *in_, size_t len, vnfix_write_fn w, void *user)
{
    if (!c || (!in_ && len))
        return VNFIX_EINVAL;
    const unsigned char *in = (const unsigned char *)in_;
    vnfix_work_fed(&c->work, len);
    c->write = w, c->user = user;
    c->in = in, c->nin = len;
    int rc = VNFIX_OK;
    size_t i = 0;
    /* A line clean.c takes is decided with no more questions (what
     * vnfix_decide finds for it): written as it stands, a line of Unicode
     * Vietnamese when the source is automatic, which makes Unicode the
     * neighbours' source. Here such lines are found by the scan alone and
     * join the run of lines output as they stand (pass): the line
     * machine's steps for each were a sixth of clean text's instructions. */
    vnfix_decision plain;
    memset(&plain, 0, sizeof plain);
    plain.src.enc = VNFIX_ENC_UTF8;
    plain.bad_offset = plain.guessed_offset = SIZE_MAX;
    plain.confidence = 1.0;
    plain.fast = 1;
    plain.vietnamese = c->opt.from == VNFIX_ENC_AUTO;
    size_t bends[VNFIX_CLEAN_LINES_MAX], bn = 0, bk = 0, bat = 0;
    unsigned char bok[VNFIX_CLEAN_LINES_MAX];
    int ball = 0;                     /* every line of the run answered 1 */
    while (i < len && !rc) {
        int first = c->nline == 0 && scan_first(c);
        if (first && bk == bn && c->offset >= c->bnext) {
            bk = 0;
            bn = batch(c, in, bat = i, len, bends, bok, &ball);
        }
        /* The next lines of a run that answered 1, up to the first that
         * did not (be), at once: the loop below would take each of them as
         * a scanned line (whole: each ends at its newline within LINE_CAP,
         * batch() saw to both; first holds for each, as nothing it asks
         * changes: no line is queued or kept, and learn() sets the source
         * Unicode, not VIQR), learn the same decision (plain) again, add no
         * span (not collecting), and grow the run by it (run_extends: each
         * line continues the run, which must be under OUT_CAP / 4 before
         * it, so before the last one, the test below). The run, the
         * offset, the neighbours' source and sus_line end as they would;
         * the bytes written and their pieces are the same. (Not only a run
         * whose lines all answered 1: nearly every run of 64 lines of the
         * pháp điển sample has one line that leaves the scan, and the
         * lines before and after it went through the loop one by one.) */
        if (bk < bn && bok[bk] == 1 && first && !c->collect && c->write && run_extends(c, in + i)) {
            size_t be = ball ? bn : bk + 1;
            while (be < bn && bok[be] == 1) be++;
            if (c->nrun + (be - 1 > bk ? bat + bends[be - 2] - i : 0) < OUT_CAP / 4) {
                size_t end = bat + bends[be - 1];
                learn(c, &plain);
                c->work.sus_line = NULL;
                c->nrun += end - i;
                c->offset += end - i;
                i = end;
                bk = be;
                continue;
            }
        }
        const unsigned char *nl;
        int known = 0;                /* the run's answer for this line: 1, VNFIX_CLEAN_NOT, 0 (ask) */
        if (bk < bn) {
            nl = in + bat + bends[bk] - 1;
            known = bok[bk++];
        } else {
            nl = memchr(in + i, '\n', len - i);
        }
        size_t end = nl ? (size_t)(nl - in) + 1 : len;
        size_t take = end - i;
        /* a whole line in the caller's buffer: no copy */
        int whole = c->nline == 0 && nl && take <= LINE_CAP, scanned = -1;
        if (whole && first) {
            if (known) {
                /* (a line the run answers 0 is not scanned again: that scan
                 * would answer 0, noting nothing) */
                scanned = known == 1 ? 1 : 0;
                c->work.sus_line = NULL;      /* (as vnfix_clean_line leaves it) */
            } else {
                c->work.readable = in + len;
                scanned = vnfix_clean_line(&c->work, in + i, take);
                c->work.readable = NULL;
            }
            if (scanned == 1) {
                learn(c, &plain);
                if (c->collect) rc = add_span(c, c->offset, take, &plain);
                /* (pass()'s common case, the run before it growing by
                 * the line, without the call and its tests: 33
                 * instructions a line) */
                if (!rc && c->write && run_extends(c, in + i))
                    c->nrun += take;
                else if (!rc)
                    rc = pass(c, in + i, take);
                c->offset += take;
                i = end;
                continue;
            }
        }
        if (whole) {
            rc = handle_line(c, in + i, take, c->offset, scanned);
            c->offset += take;
            i = end;
            continue;
        }
        size_t space = LINE_CAP - c->nline;
        if (take > space) take = space;
        if ((rc = grow(&c->line, &c->capline, c->nline + take)))
            break;
        memcpy(c->line + c->nline, in + i, take);
        c->nline += take;
        i += take;
        if (c->nline && c->line[c->nline - 1] == '\n') {
            rc = handle_line(c, c->line, c->nline, c->offset, -1);
            c->offset += c->nline;
            c->nline = 0;
        } else if (c->nline == LINE_CAP) {
            size_t cut = safe_cut(c->line, c->nline);
            rc = handle_line(c, c->line, cut, c->offset, -1);
            c->offset += cut;
            memmove(c->line, c->line + cut, c->nline - cut);
            c->nline -= cut;
        }
    }
    if (!rc && c->nrun)
        rc = flush_run(c);
    if (!rc)
        rc = flush_out(c);
    c->nrun = 0;
    c->in = NULL, c->nin = 0;         /* (the chunk is the caller's again) */
    return rc;
}

int vnfix_finish(vnfix_ctx *c, vnfix_write_fn w, void *user)
{
    if (!c)
        return VNFIX_EINVAL;
    c->write = w, c->user = user;
    int rc = VNFIX_OK;
    if (c->nline) {
        rc = handle_line(c, c->line, c->nline, c->offset, -1);
        c->offset += c->nline;
        c->nline = 0;
    }
    if (!rc) rc = flush_queue(c);
    if (!rc) rc = flush_out(c);
    reset(c);
    return rc;
}

/* ------------------------------------------------------------ one shot */
typedef struct { char *p; size_t n, cap; int oom; } growbuf;

static int grow_write(void *u, const char *b, size_t n)
{
    growbuf *g = u;
    if (g->n + n + 1 > g->cap) {
        size_t cap = (g->n + n + 1) * 2;
        char *p = realloc(g->p, cap);
        if (!p) { g->oom = 1; return 1; }
        g->p = p, g->cap = cap;
    }
    memcpy(g->p + g->n, b, n);
    g->n += n;
    return 0;
}

int vnfix_buffer(vnfix_ctx *c, const char *in, size_t len, char **out, size_t *outlen)
{
    if (!c || (!in && len) || !out || !outlen)
        return VNFIX_EINVAL;
    reset(c);
    growbuf g = {malloc(len + 64), 0, len + 64, 0};
    if (!g.p)
        return VNFIX_ENOMEM;
    int rc = vnfix_feed(c, in ? in : "", len, grow_write, &g);
    if (!rc) rc = vnfix_finish(c, grow_write, &g);
    else reset(c);
    if (rc) {
        free(g.p);
        return g.oom ? VNFIX_ENOMEM : rc;
    }
    g.p[g.n] = 0;
    *out = g.p;
    *outlen = g.n;
    return VNFIX_OK;
}

int vnfix_detect(vnfix_ctx *c, const char *in, size_t len, vnfix_span **spans, size_t *count)
{
    if (!c || (!in && len) || !spans || !count)
        return VNFIX_EINVAL;
    reset(c);
    collecting(c, 1);
    c->span_fn = NULL;
    free(c->spans);                   /* (a streaming detection's) */
    c->spans = NULL;
    c->nspans = c->capspans = 0;
    int rc = vnfix_feed(c, in ? in : "", len, NULL, NULL);
    if (!rc) rc = vnfix_finish(c, NULL, NULL);
    collecting(c, 0);
    if (rc) {
        free(c->spans);
        c->spans = NULL;
        return rc;
    }
    *spans = c->spans;
    *count = c->nspans;
    c->spans = NULL;
    c->nspans = c->capspans = 0;
    return VNFIX_OK;
}

int vnfix_detect_feed(vnfix_ctx *c, const char *in, size_t len, vnfix_span_fn fn, void *user)
{
    if (!c || (!in && len) || !fn)
        return VNFIX_EINVAL;
    if (!c->collect) {                /* the first chunk */
        reset(c);
        collecting(c, 1);
        c->nspans = 0;
    }
    c->span_fn = fn, c->span_user = user;
    int rc = vnfix_feed(c, in ? in : "", len, NULL, NULL);
    if (rc) {
        reset(c);
        collecting(c, 0), c->nspans = 0, c->span_fn = NULL;
    }
    return rc;
}

int vnfix_detect_finish(vnfix_ctx *c, vnfix_span_fn fn, void *user)
{
    if (!c || !fn)
        return VNFIX_EINVAL;
    collecting(c, 1);
    c->span_fn = fn, c->span_user = user;
    int rc = vnfix_finish(c, NULL, NULL);
    if (!rc && c->nspans && fn(user, &c->spans[c->nspans - 1]))
        rc = VNFIX_EWRITE;
    collecting(c, 0), c->nspans = 0, c->span_fn = NULL;
    return rc;
}
