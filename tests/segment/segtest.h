/*
 * segtest.h: what the segmenter's C unit tests (test_segment.c,
 * test_targets.c, test_items.c, test_task_text.c) share: a context, a run
 * that stops the test when the segmenter returns nothing, and the look-ups
 * the made-up cases check an output with.
 */
#ifndef SOHOA_TESTS_SEGTEST_H
#define SOHOA_TESTS_SEGTEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment/segment.h"

static seg_ctx *test_ctx(void)
{
    char err[256];
    seg_ctx *ctx = seg_create(NULL, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "seg_create: %s\n", err);
        exit(1);
    }
    return ctx;
}

static seg_result *run(seg_ctx *ctx, const char *text)
{
    seg_result *r = seg_run(ctx, text, strlen(text));
    if (!r) {
        fprintf(stderr, "seg_run returned NULL\n");
        exit(1);
    }
    return r;
}

static inline int streq(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

/* The agency the segmenter names so, or NULL. */
static inline const seg_agency *find(const seg_result *r, const char *name)
{
    for (size_t i = 0; i < r->n_agencies; i++)
        if (streq(r->agencies[i].name, name))
            return &r->agencies[i];
    return NULL;
}

/* a's task whose text opens with s, or NULL. */
static inline const seg_task *task_opening(const seg_agency *a, const char *s)
{
    for (size_t i = 0; a && i < a->n_tasks; i++)
        if (a->tasks[i].text && !strncmp(a->tasks[i].text, s, strlen(s)))
            return &a->tasks[i];
    return NULL;
}

/* The verdict on one made-up case: why it failed ("" when it held), and
 * whether it is marked left (not read yet: printed, not failed). Returns 1
 * when the case fails the test. */
static inline int case_verdict(const char *what, int left, const char *why)
{
    if (*why && left)
        printf("left: %s: %s\n", what, why);
    else if (*why) {
        printf("FAIL: %s: %s\n", what, why);
        return 1;
    } else if (left)
        printf("now read (clear `left`): %s\n", what);
    return 0;
}

#endif
