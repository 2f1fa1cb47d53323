/*
 * segtest.h: what the segmenter's C unit tests (test_segment.c,
 * test_targets.c) share: a context, and a run that stops the test when the
 * segmenter returns nothing.
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

#endif
