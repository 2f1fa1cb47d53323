#!/usr/bin/env python3
"""Issue 21, pages: a PDF page whose image cannot be decoded is failed with
poppler's reason (not a done blank page); a page whose dictionary is broken
fails alone and the pages after it keep their numbers; library messages
name the file and page; the exit code counts documents with a failed page
(3), and 2 only when nothing at all was read; a TIFF cut short names the
page it lost; poppler's errors about anything but the image (a missing
font, a broken annotation) on a scanned page are said, naming file and
page, and the page is kept."""
import os, shutil, tempfile

from faultlib import SRC, check, done, rows, run
import mkpdf

tmp = tempfile.mkdtemp(prefix="sohoa-faults-")
try:
    a, b = mkpdf.scan_jpegs(SRC)       # a: "10. Phần cứng ...", b: "Điều 2. ..."
    four = [a, b, a, b]
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    mkpdf.write_pdf(os.path.join(inp, "badimg.pdf"), four, bad_image=3)
    mkpdf.write_pdf(os.path.join(inp, "baddict.pdf"), four, bad_dict=2)
    mkpdf.write_pdf(os.path.join(inp, "badfont.pdf"), [a, b], bad_font=1)
    out = os.path.join(tmp, "out")
    p = run(["run", "-q", "-j", "2", "--no-pdf", "--no-alto", inp, "-o", out])
    print(p.stderr)
    check(p.returncode == 3, f"a document with failed pages exits 3 (got {p.returncode})")
    db = os.path.join(out, "catalog.sqlite")
    path = os.path.realpath(os.path.join(inp, "badimg.pdf"))
    pages = rows(db, "SELECT page, status, error, chars FROM pages WHERE input_id="
                 "(SELECT id FROM inputs WHERE path=?) ORDER BY page", path)
    check([r[1] for r in pages] == ["done", "done", "failed", "done"],
          f"badimg: page 3 failed, the others done: {pages}")
    check(pages[2][2] and "page 3" in pages[2][2] and "cannot be decoded" in pages[2][2]
          and "jpeg" in pages[2][2], f"badimg: page 3's reason names the page and poppler's words")
    check(all(r[3] > 50 for r in pages if r[1] == "done"), "badimg: the done pages have text")
    st = rows(db, "SELECT status, error FROM inputs WHERE path=?", path)[0]
    check(st[0] == "failed" and "page 3" in st[1], f"badimg: input failed naming page 3: {st}")
    txt = open(os.path.join(out, "badimg.txt"), encoding="utf-8").read().split("\f")
    check(len(txt) == 4 and txt[2] == "" and "Điều 2" in txt[3], "badimg.txt: 4 pages, page 3 empty")
    check("sohoa: " + os.path.join(inp, "badimg.pdf") + ": page 3: poppler: Could not find start of jpeg data"
          in p.stderr, "poppler's message names the file and page")

    path = os.path.realpath(os.path.join(inp, "baddict.pdf"))
    pages = rows(db, "SELECT page, status, error, text FROM pages WHERE input_id="
                 "(SELECT id FROM inputs WHERE path=?) ORDER BY page", path)
    check([(r[0], r[1]) for r in pages] == [(1, "done"), (2, "failed"), (3, "done"), (4, "done")],
          f"baddict: page 2 failed, 1, 3, 4 done: {[(r[0], r[1]) for r in pages]}")
    check(pages[1][2] and pages[1][2].startswith("page 2:"), f"baddict: the error names page 2: {pages[1][2]}")
    check("Phần cứng" in (pages[2][3] or "") and "Điều 2" in (pages[3][3] or ""),
          "baddict: physical pages 3 and 4 stay pages 3 and 4 (not shifted)")
    txt = open(os.path.join(out, "baddict.txt"), encoding="utf-8").read().split("\f")
    check(len(txt) == 4 and txt[1] == "" and "Phần cứng" in txt[2], "baddict.txt: page 2 empty, page 3 in place")
    check(rows(db, "SELECT status FROM runs")[-1][0] == "failed", "the run is recorded failed")
    said = [l for l in p.stderr.splitlines() if "baddict.pdf: poppler: Kid object (page 2)" in l]
    check(len(said) == 1, f"baddict: poppler's word on the file said once, not by every worker"
          f" that opens it too: {said}")

    path = os.path.realpath(os.path.join(inp, "badfont.pdf"))
    pages = rows(db, "SELECT page, status, error, text FROM pages WHERE input_id="
                 "(SELECT id FROM inputs WHERE path=?) ORDER BY page", path)
    check([r[1] for r in pages] == ["done", "done"] and "Phần cứng" in (pages[0][3] or ""),
          f"badfont: a font or annotation error keeps the scanned page: {[r[:3] for r in pages]}")
    check(rows(db, "SELECT status FROM inputs WHERE path=?", path) == [("done",)],
          "badfont: the document is done")
    name = "sohoa: " + os.path.join(inp, "badfont.pdf") + ": page 1: poppler: "
    check(name + "Unknown font tag 'F9'" in p.stderr and
          name + "Bad bounding box for annotation" in p.stderr,
          "badfont: poppler's errors are said with the file and page")

    # Nothing readable at all: still 2.
    out2 = os.path.join(tmp, "out2")
    p = run(["run", "-q", os.path.join(SRC, "corpus/ocr/truncated.png"), "-o", out2])
    check(p.returncode == 2, f"only an unreadable input: exit 2 (got {p.returncode})")
    check(": page 1: libpng: Read Error" in p.stderr and "\nlibpng error" not in "\n" + p.stderr,
          f"libpng's message is prefixed with the file and page: {p.stderr!r}")

    # A multi-page TIFF cut after its first page: the lost page is named,
    # not the file read as a one-page document.
    tif = os.path.join(tmp, "cut.tif")
    with open(os.path.join(SRC, "corpus/ocr/multi.tif"), "rb") as f:
        open(tif, "wb").write(f.read(400000))
    out3 = os.path.join(tmp, "out3")
    p = run(["run", "-q", "--no-pdf", "--no-alto", tif, "-o", out3])
    got = rows(os.path.join(out3, "catalog.sqlite"), "SELECT page, status, error FROM pages ORDER BY page")
    check(p.returncode == 3 and [r[1] for r in got] == ["done", "failed"] and
          "page 2" in got[1][2] and "truncated" in got[1][2],
          f"a TIFF cut after page 1: page 2 failed with the reason ({p.returncode}, {got})")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
done()
