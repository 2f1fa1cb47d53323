/* The public API of libvnfix: contexts, one-shot and streaming calls. */
#include "vnfix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static void expect_buffer(vnfix_ctx *c, const char *in, const char *want)
{
    char *out = NULL;
    size_t n = 0;
    int rc = vnfix_buffer(c, in, strlen(in), &out, &n);
    CHECK(rc == VNFIX_OK);
    if (rc == VNFIX_OK && (n != strlen(want) || memcmp(out, want, n))) {
        fprintf(stderr, "in   '%s'\nwant '%s'\ngot  '%.*s'\n", in, want, (int)n, out);
        failures++;
    }
    vnfix_free(out);
}

struct sink { char buf[4096]; size_t n; };
static int to_sink(void *u, const char *b, size_t len)
{
    struct sink *s = u;
    if (s->n + len > sizeof s->buf) return 1;
    memcpy(s->buf + s->n, b, len);
    s->n += len;
    return 0;
}

int main(void)
{
    vnfix_ctx *c = vnfix_create(NULL);
    CHECK(c != NULL);
    /* NFD in, NFC out; marks in either order compose. */
    expect_buffer(c, "Vie\xcc\xa3\xcc\x82t", "Vi\xe1\xbb\x87t");
    expect_buffer(c, "Vie\xcc\x82\xcc\xa3t", "Vi\xe1\xbb\x87t");
    /* PDF artifact: U+01A3 for u-horn. */
    expect_buffer(c, "n\xc6\xa3\xe1\xbb\x9b" "c", "n\xc6\xb0\xe1\xbb\x9b" "c");
    /* Plain ASCII is untouched, codes included. */
    expect_buffer(c, "76/NQ-CP, 2021-2030 -- \"ok\"", "76/NQ-CP, 2021-2030 -- \"ok\"");
    expect_buffer(c, "", "");

    /* Streaming with a character split across every possible boundary. */
    const char *in = "Vi\xe1\xbb\x87t Nam\nh\xc3\xb2" "a\n";
    for (size_t cut = 0; cut <= strlen(in); cut++) {
        struct sink s = {{0}, 0};
        CHECK(vnfix_feed(c, in, cut, to_sink, &s) == VNFIX_OK);
        CHECK(vnfix_feed(c, in + cut, strlen(in) - cut, to_sink, &s) == VNFIX_OK);
        CHECK(vnfix_finish(c, to_sink, &s) == VNFIX_OK);
        CHECK(s.n == strlen(in) && !memcmp(s.buf, in, s.n));
    }

    CHECK(vnfix_encoding_from_name("VNI") == VNFIX_ENC_VNI);
    CHECK(vnfix_encoding_from_name("utf-8-double") == VNFIX_ENC_UTF8_DOUBLE);
    CHECK(vnfix_encoding_from_name("klingon") == -1);
    CHECK(!strcmp(vnfix_encoding_name(VNFIX_ENC_TCVN3), "tcvn3"));
    CHECK(vnfix_buffer(c, NULL, 3, NULL, NULL) == VNFIX_EINVAL);
    vnfix_destroy(c);
    printf("%s\n", failures ? "FAIL" : "ok");
    return failures != 0;
}
