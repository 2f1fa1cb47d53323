/*
 * check.h: the one check of the C unit tests (issue 22).
 *
 *   CHECK(cond);                     a check
 *   CHECK(cond, "fmt", args...);     with what to say when it fails
 *
 * A failed check prints "FAIL file:line: CHECK(cond)", then ": " and the
 * message when one is given, on stderr, and counts in `failures`; the
 * test's main returns non-zero when failures != 0 (check_report). `checks`
 * counts the checks made. The message is printf's, checked as such by the
 * compiler.
 */
#ifndef SOHOA_TESTS_CHECK_H
#define SOHOA_TESTS_CHECK_H

#include <stdarg.h>
#include <stdio.h>

static int failures, checks;

static inline int check_failed(const char *file, int line, const char *cond)
{
    fprintf(stderr, "FAIL %s:%d: CHECK(%s)\n", file, line, cond);
    return ++failures;
}

__attribute__((format(printf, 4, 5)))
static inline int check_failed_msg(const char *file, int line, const char *cond, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "FAIL %s:%d: CHECK(%s): ", file, line, cond);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return ++failures;
}

/* The test's last words: "NAME: N of M checks passed" and its exit
 * status (non-zero when a check failed). */
static inline int check_report(const char *name)
{
    printf("%s: %d of %d checks passed\n", name, checks - failures, checks);
    return failures != 0;
}

#define CHECK_ONE_(cond)                                                                           \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond))                                                                               \
            check_failed(__FILE__, __LINE__, #cond);                                               \
    } while (0)
#define CHECK_MSG_(cond, ...)                                                                      \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond))                                                                               \
            check_failed_msg(__FILE__, __LINE__, #cond, __VA_ARGS__);                              \
    } while (0)
/* The condition alone or with a message of up to 15 arguments. */
#define CHECK_PICK_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17,     \
                    name, ...)                                                                     \
    name
#define CHECK(...)                                                                                 \
    CHECK_PICK_(__VA_ARGS__, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_,            \
                CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, \
                CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_MSG_, CHECK_ONE_, _)(__VA_ARGS__)

#endif
