/*
 * decree30.h: the anchor words of a Decree 30 page (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I), in folded form (lower-case ASCII, marks dropped: see
 * vnfix_fold_letter), for the OCR layout stage (ocr/layout.c, ocr/stamp.c)
 * and the segmenter (segment/header.c) alike, so both find the header and
 * the signer's block by the same words.
 */
#ifndef SOHOA_COMMON_DECREE30_H
#define SOHOA_COMMON_DECREE30_H

#include <stddef.h>
#include <string.h>

/* Quốc hiệu and Tiêu ngữ, the national motto over the header's right
 * column; a Party committee's documents carry "ĐẢNG CỘNG SẢN VIỆT NAM" in
 * its place. The Tiêu ngữ is also met with its dashes lost. */
#define D30_QUOC_HIEU "cong hoa xa hoi chu nghia viet nam"
#define D30_TIEU_NGU "doc lap - tu do - hanh phuc"
#define D30_TIEU_NGU_NODASH "doc lap tu do hanh phuc"
#define D30_PARTY_MOTTO "dang cong san viet nam"
/* The Youth Union's documents carry "ĐOÀN TNCS HỒ CHÍ MINH" there (the
 * Union's rules on its documents: the name in full under its abbreviation). */
#define D30_YOUTH_MOTTO "doan tncs ho chi minh"

/* Words that open a cell of the motto when OCR cut its lines into pieces. */
static const char *const d30_motto_words[] = {"cong hoa", "chu nghia", "doc lap", "hanh phuc",
                                              "dang cong san", NULL};

/* Has the folded text f a word of the motto? */
static inline int d30_has_motto_word(const char *f)
{
    for (int m = 0; d30_motto_words[m]; m++)
        if (strstr(f, d30_motto_words[m]))
            return 1;
    return 0;
}

/* "Nơi nhận", the recipient list that opens the footer. */
#define D30_NOI_NHAN "noi nhan"

/* How the signer acts for a body or a superior (Điều 12): TM. (thay mặt),
 * KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền), and the
 * Party's T/M; "tm " and "kt " are TM. and KT. with the period lost by OCR.
 * The length of the prefix f starts with, or 0. */
static inline size_t d30_signer_prefix(const char *f)
{
    static const char *const pre[] = {"tm.", "kt.", "tl.", "tuq.", "q. ", "t/m ", "tm ", "kt ", NULL};
    for (int k = 0; pre[k]; k++)
        if (!strncmp(f, pre[k], strlen(pre[k])))
            return strlen(pre[k]);
    return 0;
}

#endif
