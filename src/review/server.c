/* The HTTP layer of sohoa review: libmicrohttpd, token, limits, files. */
#define _DEFAULT_SOURCE     /* realpath, getrandom */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include "batch/rewrite.h"
#include "review/server.h"

#ifndef SOHOA_LANGDIR_INSTALLED
#define SOHOA_LANGDIR_INSTALLED "/usr/local/share/sohoa"
#endif
#ifndef SOHOA_REVIEW_WWW_SOURCE
#define SOHOA_REVIEW_WWW_SOURCE "src/review/www"
#endif

const char *review_find_www(void)
{
    static const char *const fixed[] = {SOHOA_LANGDIR_INSTALLED "/review",
                                        SOHOA_REVIEW_WWW_SOURCE};
    const char *env = getenv("SOHOA_REVIEW_WWW");
    const char *dirs[3] = {env, fixed[0], fixed[1]};
    for (int i = 0; i < 3; i++) {
        if (!dirs[i] || !*dirs[i])
            continue;
        char p[PATH_MAX];
        snprintf(p, sizeof p, "%s/index.html", dirs[i]);
        if (access(p, R_OK) == 0)
            return dirs[i];
    }
    return NULL;
}

/* The security headers every answer carries. The application's pages
 * load only their own script and style; API answers load nothing. */
static void add_headers(struct MHD_Response *resp, const char *mime, int api)
{
    MHD_add_response_header(resp, "Content-Type", mime);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Content-Security-Policy",
        api ? "default-src 'none'; frame-ancestors 'none'"
            : "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:;"
              " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
}

static enum MHD_Result send_reply(struct MHD_Connection *c, const reply *r, int api,
                                  const char *allow)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        r->body.len, r->body.len ? r->body.buf : (void *)"", MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    add_headers(resp, r->mime ? r->mime : "application/json; charset=utf-8", api);
    if (allow)
        MHD_add_response_header(resp, "Allow", allow);
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ok;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *msg,
                                  const char *allow)
{
    reply r = {0};
    reply_json_error(&r, status, msg);
    enum MHD_Result ok = send_reply(c, &r, 1, allow);
    sb_free(&r.body);
    return ok;
}

/* Compare without an early exit, so timing tells nothing of the token. */
static int token_ok(const review_server *s, const char *given)
{
    if (!given || strlen(given) != sizeof s->token - 1)
        return 0;
    unsigned char diff = 0;
    for (size_t i = 0; i < sizeof s->token - 1; i++)
        diff |= (unsigned char)(given[i] ^ s->token[i]);
    return diff == 0;
}

static const struct {
    const char *ext, *mime;
} mimes[] = {
    {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
    {".png", "image/png"},
};

/* The application's own files, by plain name only: letters, digits, '-',
 * '_' and one '.', so no path can be spelt; a name outside the list of
 * types is not served. The folder is the resolved www folder. */
static void static_file(const review_server *s, const char *name, reply *r)
{
    size_t n = strlen(name);
    int dots = 0, bad = n == 0 || n > 64 || name[0] == '.';
    for (size_t i = 0; i < n && !bad; i++) {
        char ch = name[i];
        dots += ch == '.';
        bad = !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                ch == '-' || ch == '_' || ch == '.');
    }
    const char *mime = NULL;
    for (size_t i = 0; !bad && dots == 1 && i < sizeof mimes / sizeof mimes[0]; i++) {
        size_t el = strlen(mimes[i].ext);
        if (n > el && !strcmp(name + n - el, mimes[i].ext))
            mime = mimes[i].mime;
    }
    char path[PATH_MAX];
    FILE *f = NULL;
    if (mime && (size_t)snprintf(path, sizeof path, "%s/%s", s->wwwdir, name) < sizeof path)
        f = fopen(path, "rb");
    if (!f) {
        reply_json_error(r, 404, "no such file");
        return;
    }
    char buf[16384];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0)
        sb_add(&r->body, buf, k);
    fclose(f);
    r->status = r->body.failed ? 500 : 200;
    r->mime = mime;
}

/* The query arguments of a GET, as libmicrohttpd decoded them. */
static void form_query(struct MHD_Connection *c, form *f)
{
    memset(f, 0, sizeof *f);
    for (int i = 0; i < FORM_N; i++) {
        const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, form_fields[i]);
        f->v[i] = v ? strdup(v) : NULL;
    }
}

/* A request between libmicrohttpd's calls: its body so far. */
typedef struct {
    sbuf body;
    int too_big;
} request;

static void request_done(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
    request *rq = *con_cls;
    if (rq) {
        sb_free(&rq->body);
        free(rq);
        *con_cls = NULL;
    }
}

/* A whole request: the route, its method, its token. */
static enum MHD_Result dispatch(review_server *s, struct MHD_Connection *c, const char *url,
                                const char *method, request *rq)
{
    int is_get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    int is_post = !strcmp(method, "POST");
    int api = api_method(url);
    if (!strncmp(url, "/api/", 5)) {
        if (!api)
            return send_error(c, 404, "no such route", NULL);
        if ((api == 1 && !is_get) || (api == 2 && !is_post))
            return send_error(c, 405, "method not allowed", api == 1 ? "GET, HEAD" : "POST");
        if (!token_ok(s, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Sohoa-Token")))
            return send_error(c, 403, "missing or wrong token", NULL);
        if (rq->too_big)
            return send_error(c, 413, "request body too large", NULL);
        form f;
        if (api == 1)
            form_query(c, &f);
        else if (form_parse(rq->body.buf ? rq->body.buf : "", rq->body.len, &f) != 0)
            return send_error(c, 400, "malformed form body", NULL);
        reply r = {0};
        if (api == 1)
            api_get(s, url, &f, &r);
        else
            api_post(s, url, &f, &r);
        form_free(&f);
        enum MHD_Result ok = send_reply(c, &r, 1, NULL);
        sb_free(&r.body);
        return ok;
    }
    if (!is_get)
        return send_error(c, 405, "method not allowed", "GET, HEAD");
    reply r = {0};
    if (!strcmp(url, "/"))
        static_file(s, "index.html", &r);
    else if (!strncmp(url, "/static/", 8))
        static_file(s, url + 8, &r);
    else
        reply_json_error(&r, 404, "not found");
    enum MHD_Result ok = send_reply(c, &r, r.status != 200, NULL);
    sb_free(&r.body);
    return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    (void)version;
    review_server *s = cls;
    request *rq = *con_cls;
    if (!rq) {
        /* First call: headers only. A declared length over the limit is
         * refused before any of the body is read. */
        rq = calloc(1, sizeof *rq);
        if (!rq)
            return MHD_NO;
        *con_cls = rq;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && strtoull(cl, NULL, 10) > REVIEW_MAX_BODY)
            return send_error(c, 413, "request body too large", NULL);
        return MHD_YES;
    }
    if (*upload_data_size) {
        if (rq->body.len + *upload_data_size > REVIEW_MAX_BODY)
            rq->too_big = 1;
        else
            sb_add(&rq->body, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return MHD_YES;
    }
    return dispatch(s, c, url, method, rq);
}

static int make_token(char out[33])
{
    unsigned char r[16];
    size_t got = 0;
    while (got < sizeof r) {
        ssize_t k = getrandom(r + got, sizeof r - got, 0);
        if (k < 0 && errno != EINTR)
            return -1;
        if (k > 0)
            got += (size_t)k;
    }
    for (size_t i = 0; i < sizeof r; i++)
        snprintf(out + 2 * i, 3, "%02x", r[i]);
    return 0;
}

/* Listen on o->bind (IPv4 or IPv6 literal): the daemon, or NULL. */
static struct MHD_Daemon *start_daemon(review_server *s)
{
    const review_options *o = s->o;
    struct sockaddr_in v4;
    struct sockaddr_in6 v6;
    memset(&v4, 0, sizeof v4);
    memset(&v6, 0, sizeof v6);
    const struct sockaddr *sa = NULL;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (inet_pton(AF_INET, o->bind, &v4.sin_addr) == 1) {
        v4.sin_family = AF_INET;
        v4.sin_port = htons((uint16_t)o->port);
        sa = (const struct sockaddr *)&v4;
    } else if (inet_pton(AF_INET6, o->bind, &v6.sin6_addr) == 1) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons((uint16_t)o->port);
        sa = (const struct sockaddr *)&v6;
        flags |= MHD_USE_IPv6;
    } else {
        fprintf(stderr, "sohoa review: --bind %s is not an IP address\n", o->bind);
        return NULL;
    }
    return MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, on_request, s,
        MHD_OPTION_SOCK_ADDR, sa,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(o->threads > 0 ? o->threads : 4),
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_NOTIFY_COMPLETED, request_done, NULL,
        MHD_OPTION_END);
}

/* The catalogue must exist already: catalog_open would make an empty one. */
static int open_catalog(review_server *s)
{
    char path[PATH_MAX], err[512];
    snprintf(path, sizeof path, "%s/catalog.sqlite", s->outdir);
    if (access(path, R_OK | W_OK) != 0) {
        fprintf(stderr, "sohoa review: no catalogue at %s/catalog.sqlite\n", s->o->outdir);
        return -1;
    }
    s->cat = catalog_open(path, err, sizeof err);
    if (!s->cat)
        fprintf(stderr, "sohoa review: catalogue: %s\n", err);
    return s->cat ? 0 : -1;
}

/* Corrections whose files were not written (a crash, a full disk) are
 * written now, before anything is shown. */
static void finish_rewrites(review_server *s)
{
    int64_t *ids = NULL;
    int n = 0;
    if (catalog_rewrites_pending(s->cat, &ids, &n) != 0)
        fprintf(stderr, "sohoa review: catalogue: %s\n", catalog_error(s->cat));
    for (int i = 0; i < n; i++) {
        char err[1024];
        if (batch_rewrite_input(s->cat, s->seg, s->outdir, ids[i], err, sizeof err) != 0)
            fprintf(stderr, "sohoa review: input %lld: its files are not written again: %s\n",
                    (long long)ids[i], err);
        else
            fprintf(stderr, "sohoa review: input %lld: files written again from its corrections\n",
                    (long long)ids[i]);
    }
    free(ids);
}

static void server_free(review_server *s)
{
    catalog_close(s->cat);
    seg_destroy(s->seg);
    free(s->wwwdir);
    free(s->outdir);
    image_cache_free(&s->images);
    pthread_mutex_destroy(&s->mu);
}

int review_serve(const review_options *o, const sigset_t *stop_signals)
{
    review_server s;
    memset(&s, 0, sizeof s);
    s.o = o;
    pthread_mutex_init(&s.mu, NULL);
    image_cache_init(&s.images);
    const char *www = o->wwwdir ? o->wwwdir : review_find_www();
    char err[512];
    int code = REVIEW_EXIT_SERVE;
    s.outdir = realpath(o->outdir, NULL);
    if (!s.outdir || open_catalog(&s) != 0) {
        if (!s.outdir)
            fprintf(stderr, "sohoa review: %s: %s\n", o->outdir, strerror(errno));
        code = REVIEW_EXIT_NOCATALOG;
    } else if (!www || !(s.wwwdir = realpath(www, NULL))) {
        fprintf(stderr, "sohoa review: the application's files (index.html) are not installed;"
                        " set SOHOA_REVIEW_WWW\n");
    } else if (!(s.seg = seg_create(NULL, err, sizeof err))) {
        fprintf(stderr, "sohoa review: segmentation: %s\n", err);
    } else if (make_token(s.token) != 0) {
        fprintf(stderr, "sohoa review: no random numbers: %s\n", strerror(errno));
    } else {
        finish_rewrites(&s);
        struct MHD_Daemon *d = start_daemon(&s);
        if (!d) {
            fprintf(stderr, "sohoa review: cannot listen on %s port %d\n", o->bind, o->port);
        } else {
            const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
            int port = di ? di->port : o->port;
            int v6 = strchr(o->bind, ':') != NULL;
            printf("sohoa review: http://%s%s%s:%d/?token=%s\n", v6 ? "[" : "", o->bind,
                   v6 ? "]" : "", port, s.token);
            fflush(stdout);
            if (strcmp(o->bind, "127.0.0.1") && strcmp(o->bind, "::1"))
                fprintf(stderr, "sohoa review: listening on %s: whoever reaches it with the"
                                " address above can change the batch (plain HTTP)\n", o->bind);
            int sig = 0;
            sigwait(stop_signals, &sig);
            MHD_stop_daemon(d);
            code = REVIEW_EXIT_OK;
        }
    }
    server_free(&s);
    return code;
}
