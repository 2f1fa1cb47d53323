/*
 * Every Vietnamese letter (67 lowercase, 67 capitals, đ/Đ included), alone
 * and in words, through every legacy encoding and every mojibake form and
 * back; letters an encoding cannot hold must fail to encode (with the right
 * offset) or be replaced as asked.
 */
#include "vnfix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

/* The letters, built from vowels x tones so the list cannot miss one. */
static const char *const vowels[12] = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
static const char *const all_lower[67] = {
    "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â", "ầ", "ẩ", "ẫ", "ấ", "ậ",
    "è", "ẻ", "ẽ", "é", "ẹ", "ê", "ề", "ể", "ễ", "ế", "ệ", "ì", "ỉ", "ĩ", "í", "ị",
    "ò", "ỏ", "õ", "ó", "ọ", "ô", "ồ", "ổ", "ỗ", "ố", "ộ", "ơ", "ờ", "ở", "ỡ", "ớ", "ợ",
    "ù", "ủ", "ũ", "ú", "ụ", "ư", "ừ", "ử", "ữ", "ứ", "ự", "ỳ", "ỷ", "ỹ", "ý", "ỵ", "đ",
};
static const char *const all_upper[67] = {
    "À", "Ả", "Ã", "Á", "Ạ", "Ă", "Ằ", "Ẳ", "Ẵ", "Ắ", "Ặ", "Â", "Ầ", "Ẩ", "Ẫ", "Ấ", "Ậ",
    "È", "Ẻ", "Ẽ", "É", "Ẹ", "Ê", "Ề", "Ể", "Ễ", "Ế", "Ệ", "Ì", "Ỉ", "Ĩ", "Í", "Ị",
    "Ò", "Ỏ", "Õ", "Ó", "Ọ", "Ô", "Ồ", "Ổ", "Ỗ", "Ố", "Ộ", "Ơ", "Ờ", "Ở", "Ỡ", "Ớ", "Ợ",
    "Ù", "Ủ", "Ũ", "Ú", "Ụ", "Ư", "Ừ", "Ử", "Ữ", "Ứ", "Ự", "Ỳ", "Ỷ", "Ỹ", "Ý", "Ỵ", "Đ",
};

/* Which capitals an encoding has no code for. */
static int lacks(vnfix_encoding e, const char *letter, int upper)
{
    if (!upper)
        return 0;
    if (e == VNFIX_ENC_TCVN3)      /* VN3: only Ă Â Ê Ô Ơ Ư Đ */
        return strcmp(letter, "Ă") && strcmp(letter, "Â") && strcmp(letter, "Ê") && strcmp(letter, "Ô") &&
               strcmp(letter, "Ơ") && strcmp(letter, "Ư") && strcmp(letter, "Đ");
    if (e == VNFIX_ENC_VPS) {      /* the fourteen without a code (see enc_vps.c) */
        static const char *const none[] = {"Ạ", "Ẫ", "Ậ", "Ặ", "Ẹ", "Ệ", "Ị", "Ọ", "Ộ", "Ợ", "Ụ", "Ữ", "Ự", "Ỵ"};
        for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
            if (!strcmp(letter, none[i])) return 1;
    }
    return 0;
}

static char *repair(vnfix_encoding from, const char *in, size_t len, size_t *n)
{
    vnfix_options o;
    vnfix_options_init(&o);
    o.from = from;
    vnfix_ctx *c = vnfix_create(&o);
    char *out = NULL;
    if (!c || vnfix_buffer(c, in, len, &out, n) != VNFIX_OK)
        out = NULL;
    vnfix_destroy(c);
    return out;
}

static void round_trip(vnfix_encoding e, vnfix_form form, const char *text, vnfix_encoding decode_as)
{
    char *enc = NULL, *back = NULL;
    size_t n = 0, m = 0, at = 0;
    int rc = vnfix_encode_form(e, form, text, strlen(text), &enc, &n, 0, &at);
    CHECK(rc == VNFIX_OK, "%s form %d: cannot encode '%s': %s", vnfix_encoding_name(e), form, text, vnfix_strerror(rc));
    if (rc == VNFIX_OK) {
        back = repair(decode_as, enc, n, &m);
        CHECK(back && m == strlen(text) && !memcmp(back, text, m), "%s form %d (read as %s): '%s' came back as '%.*s'",
              vnfix_encoding_name(e), form, vnfix_encoding_name(decode_as), text, (int)m, back ? back : "");
    }
    vnfix_free(enc);
    vnfix_free(back);
}

static const vnfix_encoding legacy[] = {
    VNFIX_ENC_VNI, VNFIX_ENC_TCVN3, VNFIX_ENC_VISCII, VNFIX_ENC_VPS, VNFIX_ENC_CP1258, VNFIX_ENC_VIQR,
};

int main(void)
{
    (void)vowels;
    size_t held = 0, refused = 0;
    for (size_t k = 0; k < sizeof legacy / sizeof legacy[0]; k++) {
        vnfix_encoding e = legacy[k];
        int nforms = e == VNFIX_ENC_VIQR ? 1 : 3;     /* VIQR is ASCII: no mojibake form */
        for (int up = 0; up < 2; up++)
            for (int i = 0; i < 67; i++) {
                const char *L = up ? all_upper[i] : all_lower[i];
                if (lacks(e, L, up)) {
                    /* the encoder's error, at the letter's offset, or its replacement */
                    char text[64], *o = NULL;
                    size_t n, at = 99;
                    snprintf(text, sizeof text, "ab %s", L);
                    int rc = vnfix_encode(e, text, strlen(text), &o, &n, 0, &at);
                    CHECK(rc == VNFIX_EUNMAPPABLE && at == 3, "%s: '%s' should not encode (rc %d at %zu)",
                          vnfix_encoding_name(e), L, rc, at);
                    vnfix_free(o);
                    rc = vnfix_encode(e, text, strlen(text), &o, &n, '?', &at);
                    CHECK(rc == VNFIX_OK && n == 4 && !memcmp(o, "ab ?", 4), "%s: '%s' not replaced", vnfix_encoding_name(e), L);
                    vnfix_free(o);
                    /* folded to the lowercase code, it decodes to the lowercase letter */
                    rc = vnfix_encode(e, L, strlen(L), &o, &n, VNFIX_REPLACE_FOLD, &at);
                    char *b = rc == VNFIX_OK ? repair(e, o, n, &n) : NULL;
                    CHECK(b && !strcmp(b, all_lower[i]), "%s: '%s' folded should read back as '%s', got '%s'",
                          vnfix_encoding_name(e), L, all_lower[i], b ? b : "(error)");
                    vnfix_free(o);
                    vnfix_free(b);
                    refused++;
                    continue;
                }
                held++;
                char word[64], sentence[128];
                /* alone, inside a word, and in a sentence among other text */
                snprintf(word, sizeof word, "%s%s%s", up ? "X" : "x", L, up ? "N" : "n");
                snprintf(sentence, sizeof sentence, "Chữ \"%s\" ở đây: %s, 76/NQ-CP.", L, word);
                for (int f = 0; f < nforms; f++) {
                    round_trip(e, (vnfix_form)f, L, e);
                    round_trip(e, (vnfix_form)f, word, e);
                    round_trip(e, (vnfix_form)f, sentence, e);
                }
            }
    }
    /* utf-8-double, both ways a program could have read the UTF-8 bytes */
    for (int up = 0; up < 2; up++)
        for (int i = 0; i < 67; i++) {
            const char *L = up ? all_upper[i] : all_lower[i];
            round_trip(VNFIX_ENC_UTF8_DOUBLE, VNFIX_FORM_CP1252, L, VNFIX_ENC_UTF8_DOUBLE);
            round_trip(VNFIX_ENC_UTF8_DOUBLE, VNFIX_FORM_LATIN1, L, VNFIX_ENC_UTF8_DOUBLE);
        }

    /* Whole sentences through automatic detection, every encoding and form. */
    const char *text = "Tiếng Việt có dấu: Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước.";
    for (size_t k = 0; k + 1 < sizeof legacy / sizeof legacy[0]; k++)
        for (int f = 0; f < 3; f++)
            round_trip(legacy[k], (vnfix_form)f, text, VNFIX_ENC_AUTO);
    round_trip(VNFIX_ENC_UTF8_DOUBLE, VNFIX_FORM_CP1252, text, VNFIX_ENC_AUTO);

    /* Capitals-font TCVN3: a heading typed in .VnTimeH gets its case back,
     * ordinary text is left alone. */
    {
        char *o, *b;
        size_t n;
        const char *h = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        CHECK(vnfix_encode(VNFIX_ENC_TCVN3, h, strlen(h), &o, &n, VNFIX_REPLACE_FOLD, NULL) == VNFIX_OK, "fold");
        b = repair(VNFIX_ENC_AUTO, o, n, &n);
        CHECK(b && !strcmp(b, h), "caps font heading: got '%s'", b ? b : "");
        vnfix_free(o), vnfix_free(b);
        const char *t = "Đà Nẵng và Hà Nội";
        CHECK(vnfix_encode(VNFIX_ENC_TCVN3, t, strlen(t), &o, &n, 0, NULL) == VNFIX_OK, "tcvn3");
        b = repair(VNFIX_ENC_AUTO, o, n, &n);
        CHECK(b && !strcmp(b, t), "tcvn3 title case: got '%s'", b ? b : "");
        vnfix_free(o), vnfix_free(b);
    }
    /* The VPS decision (enc_vps.c): Ỗ is 0x99; the fourteen capitals
     * without a code are refused (checked above with lacks()). */
    {
        size_t n;
        char *b = repair(VNFIX_ENC_VPS, "\x99", 1, &n);
        CHECK(b && !strcmp(b, "Ỗ"), "vps 0x99 should be Ỗ, got '%s'", b ? b : "");
        vnfix_free(b);
    }
    /* VNI: a mark byte after a letter it does not belong to keeps its
     * Windows-1252 meaning. */
    {
        size_t n;
        char *b = repair(VNFIX_ENC_VNI, "caf\xe9 M\xfcller 50\xb0" "C, Vie\xe4t", 23, &n);
        CHECK(b && !strcmp(b, "café Müller 50°C, Việt"), "vni marks: got '%s'", b ? b : "");
        vnfix_free(b);
    }
    /* VIQR: escaped marks stay, dd is đ */
    {
        size_t n;
        const char *v = "Vie^.t Nam, dda^'t nu+o+'c. Ha\\.";
        char *b = repair(VNFIX_ENC_VIQR, v, strlen(v), &n);
        CHECK(b && !strcmp(b, "Việt Nam, đất nước. Ha."), "viqr: got '%s'", b ? b : "");
        vnfix_free(b);
        b = repair(VNFIX_ENC_AUTO, v, strlen(v), &n);
        CHECK(b && !strcmp(b, "Việt Nam, đất nước. Ha."), "viqr detected: got '%s'", b ? b : "");
        vnfix_free(b);
        const char *en = "Is it (a) or (b)? C++ and x^2 + y^2.";
        b = repair(VNFIX_ENC_AUTO, en, strlen(en), &n);
        CHECK(b && !strcmp(b, en), "not viqr: got '%s'", b ? b : "");
        vnfix_free(b);
    }
    /* VIQR lines among lines of VIQR, read word by word through the token
     * memo (detect.c's read_viqr) once VIQR is the neighbours' source, the
     * repeated ones from the memo: a full stop before a number or a capital
     * stays ("Tr. 5", "Ha. Noi"), an address, a URL and English stay, an
     * escaped mark stays, a tab separates words, a word longer than the
     * memo holds is read alone, a word read alone would be taken ("do." is
     * "dọ" here: the guard's word, as before the memo). */
    {
        const char *v =
            "Vie^.t Nam dda^'t nu+o+'c tu+o+i dde.p.\n"
            "Ho^.i nghi. ngu+o+`i lao ddo^.ng: xem Tr. 5 va` No. 1 nhe^'.\n"
            "Lie^n he^. j.doe@uni.edu.au hoa(.c www.vnu.edu.vn, ngu+o+`i ddu+o+.c gia(.p.\n"
            "Quye^'t ddi.nh chi'nh-thu+'c-kho^ng-gia?i-tri` co' hie^.u lu+.c tu+` nga`y ky'.\n"
            "Chu' y' (Tra^`n Va(n A). Ha. Noi.\n"
            "Gia' 5 USD. Ba?n quye^`n \\? tho^i, 10^3 la` so^'.\n"
            "a'\tba`\tca? nu+o+'c\n"
            "Nha` nu+o+'c ddo^.c la^.p tu+. do.\n"
            "Is it (a) or (b)? C++ and x^2.\n"
            "ddi ddu+o+`ng, it's he.\n";
        const char *want =
            "Việt Nam đất nước tươi đẹp.\n"
            "Hội nghị người lao động: xem Tr. 5 và No. 1 nhế.\n"
            "Liên hệ j.doe@uni.edu.au hoặc www.vnu.edu.vn, người được giặp.\n"
            "Quyết định chính-thức-không-giải-trì có hiệu lực từ ngày ký.\n"
            "Chú ý (Trần Văn A). Ha. Noi.\n"
            "Giá 5 USD. Bản quyền \\? thôi, 10^3 là số.\n"
            "á\tbà\tcả nước\n"
            "Nhà nước độc lập tự dọ\n"
            "Is it (a) or (b)? C++ and x^2.\n"
            "đi đường, it's hẹ\n";
        size_t nv = strlen(v), nw = strlen(want), n;
        char *v2 = malloc(2 * nv + 1), *want2 = malloc(2 * nw + 1);
        if (v2 && want2) {
            memcpy(v2, v, nv), memcpy(v2 + nv, v, nv + 1);
            memcpy(want2, want, nw), memcpy(want2 + nw, want, nw + 1);
            char *b = repair(VNFIX_ENC_AUTO, v2, 2 * nv, &n);
            CHECK(b && !strcmp(b, want2), "viqr lines, token memo: got '%s'", b ? b : "");
            vnfix_free(b);
        }
        free(v2), free(want2);
    }
    /* TCVN3 mojibake whose soft hyphens (its ư) an editor stripped: the ư
     * comes back where the syllable model requires it, and only there
     * ("ngời" is a syllable too, so "người" cannot be told from it). */
    {
        const char *t = "Níc vµ trêng häc ®îc x©y dùng, th¬ng m¹i theo híng ngêi d©n, nh c) t.";
        size_t n;
        char *b = repair(VNFIX_ENC_AUTO, t, strlen(t), &n);
        CHECK(b && !strcmp(b, "Nước và trường học được xây dựng, thương mại theo hướng ngời dân, như c) t."),
              "stripped soft hyphens: got '%s'", b ? b : "");
        vnfix_free(b);
    }
    printf("round trips: %d checks, %zu letter/encoding pairs held, %zu refused as the tables say; %s\n",
           checks, held, refused, failures ? "FAIL" : "ok");
    return failures != 0;
}
