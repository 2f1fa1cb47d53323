/*
 * layout.h: the reading order of an OCR'd page, and what on it is not text.
 *
 * Tesseract's page segmentation reads the two-column parts of a Decree 30
 * document row by row: "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM" comes out as one line, and the "Nơi nhận:" list interleaves with the
 * signer's block. A person reads the header cell by cell, band by band
 * (issuer, then motto; number (and a công văn's "V/v ..." summary), then
 * place and date) and the footer column by column (the list, then the
 * signer). The receiving office's stamp (the dấu ĐẾN every incoming
 * document carries: receiving body, "ĐẾN", fill-in lines "Số: ....",
 * "Ngày: ....", "Giờ: ....", "Chuyển: ....") is not the document's text,
 * and printed rules read as "__—" are not text at all.
 *
 * ocr_layout_page works on the words and their boxes only (the pieces are
 * made in ocr/lines.c, stamps and rules found in ocr/stamp.c):
 *  1. lines are cut where words are further apart than 1.5 line heights
 *     (the gap between two cells);
 *  2. cut pieces without a letter or digit become WORD_NOISE;
 *  3. a word "ĐẾN" in capitals with a dot-leader fill-in line ("Giờ:....",
 *     "Ngày:....") close by, or two such lines one above the other, marks a
 *     received stamp: the words around them become WORD_STAMP and the stamp
 *     is listed in rec->stamps;
 *  4. the header (anchored on the national motto in the top third of the
 *     page) and the footer (anchored on "Nơi nhận" or a signer prefix TM.,
 *     KT., TL., TUQ.) are read cell by cell, split at the gap between the
 *     cells; everything else keeps tesseract's order, so tables and body
 *     text are never reordered.
 * The words are put in the new order (text words first, then stamp, then
 * noise words), their block/para/line indexes renumbered, and the page
 * text rebuilt from the text words. `sohoa run --no-layout` skips it.
 *
 * Measured with tools/ocr-vs-tesseract (mean CER, sohoa run / --no-layout /
 * plain tesseract): development pages of tools/make-ocr-devset --layout
 * (d300-d323: received stamps, công văn headers, footers) .0257 / .0951 /
 * .0999, better on all 24 pages (.0318 before stamps were also found by
 * upright frame sides, askew rules, rules stopping short of the corners
 * and a "ĐẾN" read letter by letter; 12 of the 16 stamps are found, none
 * where there is none); make-ocr-devset d00-d15 (header, no
 * stamp or footer) .0142 / .0220 / .0246, never worse on a page. The
 * stamp's frame margin (sides only) was chosen on d300-d323: .0322
 * against .0341 with a margin all round. On those 24 pages the segmenter
 * finds the signer on 20 (8 with --no-layout) and the signer's title on
 * 23 (10). The five real scans of ../shared/eval/real (measured, never
 * tuned on): .0586 / .1242 / .1157 (unchanged by the askew-stamp rules).
 *
 * Issue 23 (tools/make-ocr-devset --signed: hand-filled number and date,
 * signer's blocks of 1-3 title lines, signature, red seal, colour and
 * grey, mkscan levels 1-3; dev d400-d417, rules chosen there only): mean
 * CER .0352 before; the signer's column edge from every footer row .0324
 * (one page changed: the others had lost their titles under the seal);
 * the block re-read under a seal (ocr/signer.c) with the number-band and
 * rule-as-word rules .0210, never worse on a page; with dropink .0182;
 * the block's first title above "Nơi nhận" opening the footer .0181.
 * The fill-in gaps (ocr/fillin.c) are about even on CER by design. A
 * gap only where the blank holds ink (ocr/blank.h; make-ocr-devset
 * --signed --blank, dev d420-d431: blanks empty, over dots, or by pen)
 * .0198 -> .0154, the 8 pages with empty blanks better, the 4 pen pages
 * unchanged with all their review entries.
 */
#ifndef SOHOA_OCR_LAYOUT_H
#define SOHOA_OCR_LAYOUT_H

#include "ocr/fillin.h"
#include "ocr/page.h"

/* Reorder rec->words, set their roles, fill rec->stamps and replace
 * rec->text with the text words in reading order (lines separated by \n,
 * cells and paragraphs by a blank line). 0, or -1 when out of memory
 * (rec is then unchanged). */
int ocr_layout_page(page_record *rec);

/* The same, with a probe of the page's ink (ocr/fillin.h; NULL: none),
 * by which a header's number or date blank left empty in print reads as
 * its printed words rather than the gap mark. */
int ocr_layout_page_ink(page_record *rec, const fillin_ink *ink);

#endif
