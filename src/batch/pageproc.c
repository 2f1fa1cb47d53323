/* The page worker processes of sohoa run, both ends (pageproc.h). */
#include "batch/pageproc.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <leptonica/allheaders.h>

#include "common/json.h"
#include "common/trim.h"
#include "input/libmsg.h"
#include "output/record.h"
#include "vnfix.h"

/* The worker's end of the socket, the same in every worker. */
#define CHILD_FD PAGEPROC_FD
/* No part, string or word list of one page comes near this: a length
 * above it means the stream is corrupt. */
#define WIRE_MAX ((uint64_t)1 << 31)
#define WIRE_NULL UINT64_MAX

/* Both ends are the same program: plain structs cross the socket. */
typedef struct {
    input_options input;
    unsigned preprocess;
    int timeout_s, no_layout, restore;
    long long max_pixels;
    char lang[256];
} wire_config;

typedef struct {
    int32_t index, ok, source, width, height, dpi, dpi_from, file_dpi, rotation;
    float rotation_conf, mean_conf;
    double scale, reduced, skew, skew_conf, t_decode, t_preprocess, t_ocr, t_repair;
    uint64_t nwords;
} wire_page;

struct pageproc {
    pageproc_config cfg;
    char lang[256];
    pid_t pid;              /* 0: none running */
    int fd;
};

/* ---- byte streams ------------------------------------------------------ */

static int write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t k = send(fd, p, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static int write_str(int fd, const char *s, size_t n)
{
    uint64_t len = s ? n : WIRE_NULL;
    return write_all(fd, &len, sizeof len) || (s && write_all(fd, s, n)) ? -1 : 0;
}

/* The parent reads against a deadline (ms on CLOCK_MONOTONIC, 0 = none)
 * and the cancel flag; the worker with neither. Returns 0 or a PAGEPROC_*
 * status (PAGEPROC_DIED: end of stream or error). */
typedef struct {
    int fd;
    double deadline;
    const volatile int *cancel;
} reader;

static double mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int read_all(reader *r, void *buf, size_t n)
{
    char *p = buf;
    while (n) {
        if (r->deadline > 0 || r->cancel) {
            /* Short waits, so a Ctrl-C is heard within a quarter second. */
            int wait = 250;
            if (r->deadline > 0) {
                double left = r->deadline - mono_ms();
                if (left <= 0)
                    return PAGEPROC_TIMEOUT;
                if (left < wait)
                    wait = (int)left + 1;
            }
            struct pollfd pf = {.fd = r->fd, .events = POLLIN};
            int k = poll(&pf, 1, wait);
            if (r->cancel && *r->cancel)
                return PAGEPROC_CANCELLED;
            if (k < 0 && errno != EINTR)
                return PAGEPROC_DIED;
            if (k <= 0)
                continue;
        }
        ssize_t k = read(r->fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return PAGEPROC_DIED;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/* A string sent by write_str into *s (malloc'd, NUL-terminated; NULL when
 * NULL was sent), its length in *n when n is given. */
static int read_str(reader *r, char **s, size_t *n)
{
    uint64_t len;
    *s = NULL;
    int rc = read_all(r, &len, sizeof len);
    if (rc || len == WIRE_NULL)
        return rc;
    if (len > WIRE_MAX || !(*s = malloc((size_t)len + 1)))
        return PAGEPROC_DIED;
    if ((rc = read_all(r, *s, (size_t)len)) != 0) {
        free(*s);
        *s = NULL;
        return rc;
    }
    (*s)[len] = 0;
    if (n)
        *n = (size_t)len;
    return 0;
}

/* ---- the page on the wire ---------------------------------------------- */

static int send_page(int fd, const page_record *rec, const char *json, size_t jlen,
                     const archive_parts *parts)
{
    wire_page h = {
        .index = rec->index, .ok = rec->ok, .source = (int32_t)rec->source,
        .width = rec->width, .height = rec->height, .dpi = rec->dpi,
        .dpi_from = (int32_t)rec->dpi_from, .file_dpi = rec->file_dpi, .rotation = rec->rotation,
        .rotation_conf = rec->rotation_conf, .mean_conf = rec->mean_conf, .scale = rec->scale,
        .reduced = rec->reduced, .skew = rec->skew, .skew_conf = rec->skew_conf,
        .t_decode = rec->t_decode, .t_preprocess = rec->t_preprocess, .t_ocr = rec->t_ocr,
        .t_repair = rec->t_repair, .nwords = rec->nwords,
    };
    if (write_all(fd, &h, sizeof h))
        return -1;
    for (size_t i = 0; i < rec->nwords; i++)
        if (write_all(fd, &rec->words[i].conf, sizeof rec->words[i].conf))
            return -1;
    if (write_str(fd, rec->error, rec->error ? strlen(rec->error) : 0) ||
        write_str(fd, rec->text, rec->text_len) || write_str(fd, json, jlen))
        return -1;
    for (int k = 0; k < ARCHIVE_NPARTS; k++)
        if (write_str(fd, parts->data[k], parts->len[k]))
            return -1;
    return 0;
}

static int recv_page(reader *r, page_record *rec, archive_parts *parts, char **json)
{
    wire_page h;
    int rc = read_all(r, &h, sizeof h);
    if (rc)
        return rc;
    if (h.nwords > WIRE_MAX / sizeof(float))
        return PAGEPROC_DIED;
    rec->index = h.index;
    rec->ok = h.ok;
    rec->source = (page_source)h.source;
    rec->width = h.width;
    rec->height = h.height;
    rec->dpi = h.dpi;
    rec->dpi_from = (dpi_origin)h.dpi_from;
    rec->file_dpi = h.file_dpi;
    rec->rotation = h.rotation;
    rec->rotation_conf = h.rotation_conf;
    rec->mean_conf = h.mean_conf;
    rec->scale = h.scale;
    rec->reduced = h.reduced;
    rec->skew = h.skew;
    rec->skew_conf = h.skew_conf;
    rec->t_decode = h.t_decode;
    rec->t_preprocess = h.t_preprocess;
    rec->t_ocr = h.t_ocr;
    rec->t_repair = h.t_repair;
    /* Only the confidences: the catalogue counts the low ones. */
    if (h.nwords && !(rec->words = calloc((size_t)h.nwords, sizeof *rec->words)))
        return PAGEPROC_DIED;
    rec->nwords = (size_t)h.nwords;
    for (size_t i = 0; i < rec->nwords; i++)
        if ((rc = read_all(r, &rec->words[i].conf, sizeof rec->words[i].conf)) != 0)
            return rc;
    if ((rc = read_str(r, &rec->error, NULL)) || (rc = read_str(r, &rec->text, &rec->text_len)) ||
        (rc = read_str(r, json, NULL)))
        return rc;
    for (int k = 0; k < ARCHIVE_NPARTS; k++)
        if ((rc = read_str(r, &parts->data[k], &parts->len[k])) != 0)
            return rc;
    return 0;
}

/* ---- the parent's end -------------------------------------------------- */

/* Between fork and exec only async-signal-safe calls: the parent has
 * threads. */
static void exec_worker(int fd, pid_t parent)
{
#ifdef __linux__
    /* Killed with the run (kill -9 included), not left reading a page. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    if (getppid() != parent)
        _exit(127);
    /* dup2 leaves the copy open across exec; the socket itself is
     * close-on-exec. */
    if (fd == CHILD_FD ? fcntl(fd, F_SETFD, 0) != 0 : dup2(fd, CHILD_FD) != CHILD_FD)
        _exit(127);
    /* Ctrl-C and SIGTERM are the run's to decide (its first Ctrl-C lets
     * the pages in flight finish); losing the run ends the worker. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sa.sa_handler = SIG_DFL;
    sigaction(SIGPIPE, &sa, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    char *argv[] = {"sohoa", PAGEPROC_COMMAND, NULL};
    execv("/proc/self/exe", argv);
    _exit(127);
}

/* The worker's status as words for a page's reason. */
static void describe_exit(int status, char *err, size_t errlen)
{
    if (WIFSIGNALED(status))
        snprintf(err, errlen, "the worker process reading it died (signal %d, %s%s)",
                 WTERMSIG(status), strsignal(WTERMSIG(status)),
                 WTERMSIG(status) == SIGKILL ? "; out of memory?" : "");
    else if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        snprintf(err, errlen, "cannot start a worker process (/proc/self/exe)");
    else
        snprintf(err, errlen, "the worker process reading it ended (status %d)",
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

static void reap(pageproc *p, int kill_it, char *err, size_t errlen)
{
    if (!p->pid)
        return;
    if (kill_it)
        kill(p->pid, SIGKILL);
    close(p->fd);
    int status = 0;
    while (waitpid(p->pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (err)
        describe_exit(status, err, errlen);
    p->pid = 0;
    p->fd = -1;
}

static int spawn(pageproc *p, char *err, size_t errlen)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        snprintf(err, errlen, "cannot start a worker process: %s", strerror(errno));
        return -1;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0)
        exec_worker(sv[1], parent);
    close(sv[1]);
    if (pid < 0) {
        close(sv[0]);
        snprintf(err, errlen, "cannot start a worker process: %s", strerror(errno));
        return -1;
    }
    p->pid = pid;
    p->fd = sv[0];
    wire_config wc = {
        .input = p->cfg.input, .preprocess = p->cfg.ocr.preprocess,
        .timeout_s = p->cfg.ocr.timeout_s, .no_layout = p->cfg.ocr.no_layout,
        .restore = p->cfg.restore, .max_pixels = p->cfg.ocr.max_pixels,
    };
    snprintf(wc.lang, sizeof wc.lang, "%s", p->lang);
    /* The worker answers once its engine is ready: NULL, or why not. */
    reader r = {p->fd, 0, NULL};
    char *why = NULL;
    if (write_all(p->fd, &wc, sizeof wc) == 0 && read_str(&r, &why, NULL) == 0 && !why)
        return 0;
    if (why)
        snprintf(err, errlen, "%s", why);
    reap(p, 1, why ? NULL : err, errlen);
    free(why);
    return -1;
}

pageproc *pageproc_start(const pageproc_config *cfg, char *err, size_t errlen)
{
    pageproc *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    p->cfg = *cfg;
    snprintf(p->lang, sizeof p->lang, "%s", cfg->ocr.lang ? cfg->ocr.lang : "vie");
    p->cfg.ocr.lang = p->lang;
    p->fd = -1;
    if (spawn(p, err, errlen) != 0) {
        free(p);
        return NULL;
    }
    return p;
}

void pageproc_stop(pageproc *p)
{
    if (!p)
        return;
    /* Idle: it reads the end of the stream and exits. */
    reap(p, 0, NULL, 0);
    free(p);
}

int pageproc_page(pageproc *p, const char *path, const char *label, int index, int timeout_s,
                  const volatile int *cancel, page_record *rec, archive_parts *parts, char **json,
                  char *err, size_t errlen)
{
    *json = NULL;
    if (!p->pid && spawn(p, err, errlen) != 0)
        return PAGEPROC_DIED;
    reader r = {p->fd, timeout_s > 0 ? mono_ms() + timeout_s * 1000.0 : 0, cancel};
    int32_t ix = index;
    int rc = write_all(p->fd, &ix, sizeof ix) || write_str(p->fd, path, strlen(path)) ||
             write_str(p->fd, label, strlen(label)) ? PAGEPROC_DIED : 0;
    if (!rc)
        rc = recv_page(&r, rec, parts, json);
    if (rc) {
        /* Whatever it was doing (layout analysis, a decoder): stopped, and
         * all it held goes with it. */
        reap(p, 1, rc == PAGEPROC_DIED ? err : NULL, errlen);
        archive_parts_free(parts);
        free(*json);
        *json = NULL;
        /* Nothing of a page half received is kept. */
        page_record_clear(rec);
        page_record_init(rec, index);
    }
    return rc;
}

/* ---- the worker's end -------------------------------------------------- */

/* One page, as the threads of earlier versions read it. */
static void read_page(ocr_worker *w, input_doc *doc, const char *open_err, int index,
                      const input_options *io, page_record *rec, archive_parts *parts)
{
    static const volatile int never = 0;
    char err[512];
    input_page pg;
    if (!doc) {
        page_record_set_error(rec, "page %d: %s", index + 1, open_err);
    } else if (input_load_page(doc, index, io, &pg, err, sizeof err) != 0) {
        page_record_set_error(rec, "%s", err);
    } else {
        ocr_process_page(w, &pg, &never, rec);
        /* The page's share of NAME.pdf/.alto.xml/.hocr, made while its
         * image is here, for every output whatever the options. */
        PIX *image = pg.pix && pixGetData(pg.pix) ? pg.pix : NULL;  /* NULL: lost (pixhold.h) */
        if (archive_make_parts(rec, image, NULL, parts, err, sizeof err) != 0)
            page_record_set_error(rec, "page %d: archival outputs: %s", index + 1, err);
        input_page_clear(&pg);
    }
}

/* The engine as the config asks, or the reason it cannot be had. */
static ocr_worker *child_init(const wire_config *wc, vnfix_model **model, char *err,
                              size_t errlen)
{
    ocr_options oo = {
        .lang = wc->lang, .preprocess = wc->preprocess, .timeout_s = wc->timeout_s,
        .no_layout = wc->no_layout, .max_pixels = wc->max_pixels,
    };
    *model = NULL;
    if (wc->restore) {
        char why[512];
        *model = vnfix_model_open(NULL, why, sizeof why);
        if (!*model) {
            snprintf(err, errlen, "diacritic repair: %s (--no-restore runs without it)", why);
            return NULL;
        }
        oo.restore = *model;
    }
    ocr_worker *w = ocr_worker_create(&oo, err, errlen);
    if (!w) {
        vnfix_model_close(*model);
        *model = NULL;
    }
    return w;
}

int pageproc_child_main(int fd)
{
    heap_setup();
    reader r = {fd, 0, NULL};
    wire_config wc;
    if (read_all(&r, &wc, sizeof wc) != 0)
        return 1;
    wc.lang[sizeof wc.lang - 1] = 0;
    char err[1024] = "";
    vnfix_model *model = NULL;
    ocr_worker *w = child_init(&wc, &model, err, sizeof err);
    if (write_str(fd, w ? NULL : err, strlen(err)) != 0 || !w) {
        ocr_worker_destroy(w);
        vnfix_model_close(model);
        return 1;
    }
    libmsg_handle *lmsg = libmsg_install();
    input_doc *doc = NULL;
    char *docpath = NULL, *open_err = NULL;
    int rc = 0;
    for (;;) {
        int32_t index;
        char *path = NULL, *label = NULL;
        if (read_all(&r, &index, sizeof index) != 0)
            break;  /* the run is done with this worker */
        if (read_str(&r, &path, NULL) || read_str(&r, &label, NULL) || !path || !label) {
            free(path);
            free(label);
            rc = 1;
            break;
        }
        if (!docpath || strcmp(docpath, path)) {
            /* Pages come document by document: one open file is enough. */
            input_close(doc);
            free(docpath);
            free(open_err);
            open_err = NULL;
            docpath = path;
            path = NULL;
            /* The run opened it first and said what the libraries had
             * to say about the whole file. */
            doc = input_reopen_named(docpath, label, err, sizeof err);
            if (!doc)
                open_err = strdup(err);
        }
        page_record rec;
        archive_parts parts;
        memset(&parts, 0, sizeof parts);
        page_record_init(&rec, index);
        read_page(w, doc, open_err ? open_err : "cannot open", index, &wc.input, &rec, &parts);
        json_writer jw;
        json_init(&jw, 0);
        page_json(&jw, &rec);
        int sent = json_ok(&jw) ? send_page(fd, &rec, jw.out.buf, jw.out.len, &parts)
                                : send_page(fd, &rec, NULL, 0, &parts);
        json_free(&jw);
        page_record_clear(&rec);
        archive_parts_free(&parts);
        free(path);
        free(label);
        heap_trim();  /* the page's memory, before the next page */
        if (sent != 0) {
            rc = 1;
            break;
        }
    }
    input_close(doc);
    free(docpath);
    free(open_err);
    libmsg_uninstall(lmsg);
    ocr_worker_destroy(w);
    vnfix_model_close(model);
    return rc;
}
