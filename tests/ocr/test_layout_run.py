#!/usr/bin/env python3
"""The layout stage in sohoa run, with the real tesseract, on a Decree 30
page made by tools/make-ocr-devset --layout (corpus/layout/decree30.png: a
công văn with a received stamp under the date, the "Nơi nhận" list beside
the signer; 1 bit, no resolution in the file).

Checks: the text against the reference in reading order (CER), the header
cells in the order a person reads them, the stamp taken out of the text and
kept in NAME.json with its box and role-marked words, ALTO still valid
against its schema, and that --no-layout
gives tesseract's order back (stamp in the text, higher CER); and that a
blank page beside it neither stops the batch nor aborts tesseract. Prints
both CERs so the gain is visible.
"""
import json, os, re, shutil, struct, subprocess, sys, tempfile, unicodedata, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ocrcheck import check, cer, failures, norm  # noqa: E402

SRC = os.environ.get("SOHOA_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "../.."))
BUILD = os.environ.get("SOHOA_BUILD_ROOT", os.path.join(SRC, "build"))
SOHOA = os.path.join(BUILD, "src/cli/sohoa")
PAGE = os.path.join(SRC, "corpus/layout/decree30.png")
REF = os.path.join(SRC, "corpus/layout/decree30.gt.txt")


def run(args):
    return subprocess.run([SOHOA] + args, capture_output=True, text=True)


tmp = tempfile.mkdtemp(prefix="sohoa-layout-")
try:
    ref = open(REF, encoding="utf-8").read()
    out = os.path.join(tmp, "out")
    p = run(["run", "-q", "-j", "1", "--hocr", PAGE, "-o", out])
    check(p.returncode == 0, f"run exits 0: {p.returncode} {p.stderr}")
    txt = open(os.path.join(out, "decree30.txt"), encoding="utf-8").read()
    rec = json.load(open(os.path.join(out, "decree30.json"), encoding="utf-8"))
    c = cer(ref, txt)
    print(f"CER with the layout stage: {c:.4f}")
    check(c <= 0.02, f"CER {c:.4f} <= 0.02")

    # The header cell by cell: issuer, motto, number and V/v summary, date.
    order = ["ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "CỘNG HÒA XÃ HỘI", "Độc lập", "Số: 1673",
             "sắp xếp toàn bộ", "Hà Nội, ngày 16", "Kính gửi"]
    pos = [txt.find(s) for s in order]
    check(all(x >= 0 for x in pos) and pos == sorted(pos), f"header in reading order: {pos}")
    # The footer: the whole list, then the signer's block.
    # "-Lưu" with the best_int model, "- Lưu" with the fast one
    m = re.search(r"-\s*Lưu", txt)
    n, last_item, sig = txt.find("Nơi nhận"), m.start() if m else -1, txt.rfind("CHỦ TỊCH")
    check(0 <= n < last_item < sig, f"Nơi nhận list before the signer: {n} {last_item} {sig}")

    page = rec["pages"][0]
    stamps = page.get("stamps", [])
    check(len(stamps) == 1 and stamps[0]["kind"] == "received", f"one received stamp: {stamps}")
    if stamps:
        st = stamps[0]
        check("SỞ TƯ PHÁP" in st["text"] and "9105" in st["text"], f"stamp text: {st['text']!r}")
        x0, y0, x1, y1 = st["box"]
        # make-ocr-devset drew it at 978,306-1435,554 (page pixels)
        check(x0 < 1100 and x1 > 1300 and y0 < 400 and y1 > 450, f"stamp box {st['box']}")
    check("SỞ TƯ PHÁP" not in txt and "9105" not in txt, "stamp not in NAME.txt")
    roles = [w.get("role") for w in page["words"]]
    check("stamp" in roles, "stamp words marked in the record")
    check(unicodedata.normalize("NFC", txt) == txt, "text is NFC")
    # Stamp and rule words (some without text) keep ALTO and hOCR valid.
    schemas = os.path.join(SRC, "tests/archive/schemas")
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(schemas, "catalog.xml"))
    if shutil.which("xmllint"):
        r = subprocess.run(["xmllint", "--nonet", "--noout", "--schema",
                            os.path.join(schemas, "alto-4-4.xsd"),
                            os.path.join(out, "decree30.alto.xml")],
                           capture_output=True, text=True, env=env)
        check(r.returncode == 0, "ALTO valid: " + r.stderr[-300:])
        r = subprocess.run(["xmllint", "--nonet", "--noout", os.path.join(out, "decree30.hocr")],
                           capture_output=True, text=True)
        check(r.returncode == 0, "hOCR well-formed: " + r.stderr[-300:])
    else:
        check(False, "xmllint missing (tools/packages/archive.txt installs it)")

    # --no-layout: tesseract's order, the stamp read as text.
    out2 = os.path.join(tmp, "raw")
    p = run(["run", "-q", "-j", "1", "--no-pdf", "--no-alto", "--no-layout", PAGE, "-o", out2])
    check(p.returncode == 0, f"--no-layout run exits 0: {p.stderr}")
    raw = open(os.path.join(out2, "decree30.txt"), encoding="utf-8").read()
    rec2 = json.load(open(os.path.join(out2, "decree30.json"), encoding="utf-8"))
    c2 = cer(ref, raw)
    print(f"CER with --no-layout: {c2:.4f}")
    check(c2 > c + 0.02, f"--no-layout CER {c2:.4f} above the layout stage's {c:.4f}")
    check(rec2["pages"][0]["stamps"] == [] and "9105" in raw, "--no-layout keeps the stamp in the text")
    check(rec2.get("options", {}).get("layout") is False,
          f"options record layout false: {rec2.get('options')}")

    # A blank page (nothing for tesseract to read) in a batch with a text
    # page: no abort, an empty page record, the other page read.
    blank = os.path.join(tmp, "blank.png")
    w, h = 827, 1170
    raw = b"".join(b"\x00" + b"\xff" * w for _ in range(h))
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    with open(blank, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    out3 = os.path.join(tmp, "blank-out")
    p = run(["run", "-q", "-j", "2", "--no-pdf", "--no-alto", blank, PAGE, "-o", out3])
    check(p.returncode == 0, f"blank page with a text page: exit 0, got {p.returncode}: {p.stderr[-300:]}")
    if p.returncode == 0:
        rb = json.load(open(os.path.join(out3, "blank.json"), encoding="utf-8"))
        check(rb["pages"][0]["source"] == "empty" and rb["pages"][0]["word_count"] == 0,
              f"blank page recorded as empty: {rb['pages'][0]['source']}")
        check(os.path.getsize(os.path.join(out3, "decree30.txt")) > 1000, "the text page still read")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("layout run: all checks passed")
