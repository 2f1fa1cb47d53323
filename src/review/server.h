/*
 * server.h: what the HTTP layer (server.c) and the routes (api.c) share.
 * Private to src/review.
 */
#ifndef SOHOA_REVIEW_SERVER_H
#define SOHOA_REVIEW_SERVER_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "batch/catalog.h"
#include "common/sbuf.h"
#include "review/form.h"
#include "review/image.h"
#include "review/review.h"
#include "segment/segment.h"

struct MHD_Connection;

typedef struct {
    const review_options *o;
    char token[33];             /* 32 hex digits from getrandom */
    char *wwwdir;               /* realpath of the application's files */
    char *outdir;               /* realpath of OUTDIR */
    pthread_mutex_t mu;         /* one request at a time uses cat and seg */
    catalog *cat;
    seg_ctx *seg;
    image_cache images;         /* rendered pages, its own lock */
} review_server;

/* A route's answer: status, body, type. */
typedef struct {
    int status;
    const char *mime;
    sbuf body;
} reply;


/* GET /api/... routes and POST /api/... routes; q: the query arguments
 * (GET) or the decoded urlencoded body (POST). */
void api_get(review_server *s, const char *url, const form *q, reply *r);
void api_post(review_server *s, const char *url, const form *q, reply *r);
/* Is url a GET (1) or POST (2) API route, or none (0)? */
int api_method(const char *url);

void reply_json_error(reply *r, int status, const char *msg);

#endif
