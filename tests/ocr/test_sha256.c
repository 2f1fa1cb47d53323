/* SHA-256 against the FIPS 180-4 / NIST example vectors. */
#include <stdio.h>
#include <string.h>

#include "common/sha256.h"
#include "../check.h"

static void check(const char *msg, size_t repeat, const char *want)
{
    sha256_ctx c;
    sha256_init(&c);
    for (size_t i = 0; i < repeat; i++)
        sha256_update(&c, msg, strlen(msg));
    unsigned char d[32];
    char hex[65];
    sha256_final(&c, d);
    sha256_hex(d, hex);
    CHECK(!strcmp(hex, want), "sha256(\"%.20s\" x%zu) = %s, want %s", msg, repeat, hex, want);
}

int main(void)
{
    check("", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check("abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    check("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
          1, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    check("a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* Split updates at every offset across a block boundary. */
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    for (size_t cut = 0; cut <= strlen(m); cut++) {
        sha256_ctx c;
        sha256_init(&c);
        sha256_update(&c, m, cut);
        sha256_update(&c, m + cut, strlen(m) - cut);
        unsigned char d[32];
        char hex[65];
        sha256_final(&c, d);
        sha256_hex(d, hex);
        CHECK(!strcmp(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
              "split at %zu", cut);
    }
    return check_report("sha256");
}
