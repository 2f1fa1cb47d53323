#!/usr/bin/env python3
"""Archival outputs end to end (suite ocr): real scans through the ocr
stages and tesseract into NAME.pdf (PDF/A-2b), NAME.alto.xml and NAME.hocr,
checked with poppler-utils and xmllint against the ALTO 4.4 XSD; then
`sohoa search` over the catalogue they fill, with expectations computed
here independently from NAME.txt."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

SRC = os.environ["SOHOA_SOURCE_ROOT"]
BUILD = os.environ["SOHOA_BUILD_ROOT"]
TOOL = os.path.join(BUILD, "tests", "archive", "archive-tool")
SEARCH = os.path.join(BUILD, "tests", "archive", "sohoa-search")
SCHEMAS = os.path.join(SRC, "tests", "archive", "schemas")
INPUTS = ["scan2.pdf", "multi.tif"]

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def words(s):
    return " ".join(s.split())


def input_page_sizes(path):
    """(width, height) in points of each page of the input, independently
    of sohoa: pdfinfo for PDF, pixels / resolution for images."""
    if path.endswith(".pdf"):
        out = run(["pdfinfo", "-f", "1", "-l", "999", path]).stdout
        return [(float(a), float(b)) for a, b in
                re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", out)]
    out = run(["identify", "-format", "%w %h %x %U\n", path]).stdout
    sizes = []
    for line in out.splitlines():
        w, h, x, unit = line.split()
        dpi = float(x) * (2.54 if unit == "PixelsPerCentimeter" else 1)
        sizes.append((int(w) / dpi * 72, int(h) / dpi * 72))
    return sizes


def check_pdf(pdf, txt, inp, pdfa=True):
    name = os.path.basename(pdf)
    text = open(txt, encoding="utf-8").read()
    raw = run(["pdftotext", "-raw", pdf, "-"]).stdout
    check(words(raw) == words(text), f"{name}: pdftotext -raw equals NAME.txt up to whitespace")
    lay = run(["pdftotext", pdf, "-"]).stdout
    check(sorted(lay.split()) == sorted(text.split()),
          f"{name}: pdftotext (layout order) gives the same words")
    info = run(["pdfinfo", "-f", "1", "-l", "999", pdf]).stdout
    got = [(float(a), float(b)) for a, b in
           re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)]
    want = input_page_sizes(inp)
    check(len(got) == len(want) and len(got) > 0,
          f"{name}: {len(got)} pages, input has {len(want)}")
    # One pixel at 300 dpi is 0.24 pt: rendering rounds up to a pixel.
    check(all(abs(a - c) <= 0.5 and abs(b - d) <= 0.5 for (a, b), (c, d) in zip(got, want)),
          f"{name}: page sizes {got} match the input's {want}")
    check("Encrypted:       no" in info, f"{name}: not encrypted")
    fonts = run(["pdffonts", pdf]).stdout.splitlines()[2:]
    check(len(fonts) >= 1 and all(" yes " in f.split("Identity-H", 1)[1] for f in fonts),
          f"{name}: every font embedded ({len(fonts)} fonts)")
    data = open(pdf, "rb").read()
    check(b"/Encrypt" not in data, f"{name}: no /Encrypt")
    check(re.search(rb"trailer\n<<[^>]*/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]", data) is not None,
          f"{name}: document ID")
    meta = run(["pdfinfo", "-meta", pdf]).stdout
    if pdfa:
        check(data.startswith(b"%PDF-1.7\n%") and all(c > 127 for c in data[10:14]),
              f"{name}: PDF 1.7 header with a binary comment")
        check("PDF version:     1.7" in info, f"{name}: pdfinfo says PDF 1.7")
        check("<pdfaid:part>2</pdfaid:part>" in meta and
              "<pdfaid:conformance>B</pdfaid:conformance>" in meta,
              f"{name}: XMP names PDF/A-2b")
        title = re.search(r"^Title: +(.*)$", info, re.M)
        check(title and f'<rdf:li xml:lang="x-default">{title.group(1)}</rdf:li>' in meta,
              f"{name}: dc:title matches /Title")
        check("<pdf:Producer>sohoa" in meta and "<xmp:CreateDate>" in meta,
              f"{name}: XMP producer and dates")
        check(b"/OutputIntents [" in data and b"/S /GTS_PDFA1" in data and
              b"/DestOutputProfile" in data, f"{name}: sRGB output intent GTS_PDFA1")
        check(b"/SMask" not in data and b"/Transparency" not in data,
              f"{name}: no transparency")
    else:
        check(meta.strip() == "" and b"pdfaid" not in data, f"{name}: --no-pdfa has no PDF/A claim")


def check_alto(alto):
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(SCHEMAS, "catalog.xml"))
    r = run(["xmllint", "--nonet", "--noout", "--schema",
             os.path.join(SCHEMAS, "alto-4-4.xsd"), alto], env=env)
    check(r.returncode == 0, f"{os.path.basename(alto)}: valid against alto-4-4.xsd "
          + r.stderr.strip()[-300:])
    return r


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub("[đð]", "d", s)


def marked(s):
    return s.lower().replace("ð", "đ")


def tokens(s):
    return re.findall(r"\w+", unicodedata.normalize("NFC", s))


def expected(query, pages):
    """(document, page) pairs a query must find, by the rule the index
    promises: a word typed with marks matches that spelling, without marks
    every spelling; each query word as a phrase of its tokens."""
    hits = set()
    for (doc, page), text in pages.items():
        dt = tokens(text)
        ok = True
        for qw in query.split():
            qt = tokens(qw)
            if not qt:
                continue
            forms = []
            for t in qt:
                forms.append(("m", marked(t)) if fold(t) != marked(t) else ("f", fold(t)))
            found = False
            for i in range(len(dt) - len(qt) + 1):
                if all((marked(dt[i + k]) if kind == "m" else fold(dt[i + k])) == v
                       for k, (kind, v) in enumerate(forms)):
                    found = True
                    break
            ok = ok and found
        if ok:
            hits.add((doc, page))
    return hits


def main():
    tmp = tempfile.mkdtemp(prefix="sohoa-archive-")
    pages = {}
    try:
        for name in INPUTS:
            inp = os.path.join(SRC, "corpus", "ocr", name)
            r = run([TOOL, inp, tmp])
            check(r.returncode == 0, f"archive-tool {name} " + r.stderr.strip()[-300:])
            if r.returncode:
                continue
            t = json.loads(r.stdout)["totals_ms"]
            outputs = t["pdf_parts"] + t["pdf_write"] + t["alto_parts"] + t["alto_write"] + \
                t["hocr_parts"] + t["hocr_write"] + t["fts_index"]
            print(f"     {name}: OCR {t['decode_ocr']:.0f} ms, all outputs {outputs:.1f} ms "
                  f"({100 * outputs / t['decode_ocr']:.1f} % of OCR)")
            base = os.path.join(tmp, os.path.splitext(name)[0])
            check_pdf(base + ".pdf", base + ".txt", inp)
            check_alto(base + ".alto.xml")
            r = run(["xmllint", "--nonet", "--noout", base + ".hocr"])
            check(r.returncode == 0, f"{name}: hOCR is well-formed XML")
            hocr = open(base + ".hocr", encoding="utf-8").read()
            check(hocr.count('class="ocr_page"') == len(input_page_sizes(inp)) and
                  re.search(r"bbox \d+ \d+ \d+ \d+; x_wconf \d+", hocr) is not None,
                  f"{name}: hOCR pages, word boxes and x_wconf")
            text = open(base + ".txt", encoding="utf-8").read()
            for i, pt in enumerate(text.split("\f")):
                pages[(inp, i + 1)] = pt
        # --no-pdfa: a plain PDF.
        plain = os.path.join(tmp, "plain")
        inp = os.path.join(SRC, "corpus", "ocr", "scan2.pdf")
        r = run([TOOL, "--no-pdfa", "--pages", "1", inp, plain])
        check(r.returncode == 0, "archive-tool --no-pdfa")
        if r.returncode == 0:
            data = open(os.path.join(plain, "scan2.pdf"), "rb").read()
            check(b"pdfaid" not in data and b"/OutputIntents" not in data,
                  "--no-pdfa: no XMP identification, no output intent")
        # Only the outputs asked for (PDF and ALTO, the defaults of sohoa run).
        some = os.path.join(tmp, "some")
        r = run([TOOL, "--outputs", "3", "--pages", "1", inp, some])
        check(r.returncode == 0 and os.path.exists(os.path.join(some, "scan2.pdf")) and
              os.path.exists(os.path.join(some, "scan2.alto.xml")) and
              not os.path.exists(os.path.join(some, "scan2.hocr")),
              "outputs PDF+ALTO: no hOCR written")
        # Ghostscript reads the PDF without a complaint.
        r = run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage",
                 os.path.join(tmp, "scan2.pdf")])
        check(r.returncode == 0 and r.stdout.strip() == "" and r.stderr.strip() == "",
              "ghostscript renders scan2.pdf silently " + (r.stdout + r.stderr).strip()[:200])
        # A misspelt element fails validation: the check can fail.
        alto = os.path.join(tmp, "scan2.alto.xml")
        bad = os.path.join(tmp, "bad.alto.xml")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(open(alto, encoding="utf-8").read().replace("<TextLine ", "<TextLlne ", 1))
        env = dict(os.environ, XML_CATALOG_FILES=os.path.join(SCHEMAS, "catalog.xml"))
        r = run(["xmllint", "--nonet", "--noout", "--schema",
                 os.path.join(SCHEMAS, "alto-4-4.xsd"), bad], env=env)
        check(r.returncode != 0, "a broken ALTO file fails validation")

        # Search.
        queries = ["dieu", "Điều", "điều", "DIEU 2", "uy ban nhan dan", "Ủy ban", "dat", "đất",
                   "đắt", "nhan dan", "Nhân dân", "hai hau", "Hải Hậu", "hai hâu",
                   "quy hoach su dung dat", "dang cong san", "Đảng", "xyzzy", "2030"]
        must_find = {"dieu", "Điều", "dat", "đất", "nhan dan", "uy ban nhan dan", "2030"}
        must_miss = {"đắt", "xyzzy"}
        for q in queries:
            r = run([SEARCH, "-o", tmp, "--json", "--limit", "0", q])
            want = expected(q, pages)
            try:
                got = {(h["document"], h["page"]) for h in json.loads(r.stdout)["hits"]}
            except ValueError:
                got = None
            check(got == want and r.returncode == (0 if want else 3),
                  f"search {q!r}: {len(want)} pages expected, got "
                  f"{None if got is None else len(got)} (exit {r.returncode})")
            if q in must_find:
                check(len(want) > 0, f"search {q!r} has something to find")
            if q in must_miss:
                check(len(want) == 0, f"search {q!r} has nothing to find")
        # "dieu" finds both documents, "Đ" and all.
        r = run([SEARCH, "-o", tmp, "dieu"])
        check(r.returncode == 0 and "[Điều]" in r.stdout and r.stdout.count("\n") >= 2,
              "text output marks the words as written: " + r.stdout.strip()[:200])
        r = run([SEARCH, "-o", tmp, "--limit", "1", "dieu"])
        check(r.stdout.count("\n") == 1, "--limit 1 gives one hit")
        # A catalogue written before the index existed: the first search
        # indexes it (made here with the tables of this catalogue, without
        # page_fts, which plain sqlite3 cannot even drop).
        import sqlite3
        old = os.path.join(tmp, "old")
        os.makedirs(old)
        db = sqlite3.connect(os.path.join(old, "catalog.sqlite"))
        db.execute("ATTACH ? AS cur", (os.path.join(tmp, "catalog.sqlite"),))
        db.execute("CREATE TABLE inputs AS SELECT * FROM cur.inputs")
        db.execute("CREATE TABLE pages AS SELECT * FROM cur.pages")
        db.commit()
        db.close()
        r = run([SEARCH, "-o", old, "--json", "--limit", "0", "dieu"])
        got = {(h["document"], h["page"]) for h in json.loads(r.stdout)["hits"]} \
            if r.returncode == 0 else set()
        check(got == expected("dieu", pages), "an old catalogue is indexed by the first search")
        r = run([SEARCH, "-o", os.path.join(tmp, "nowhere"), "dieu"])
        check(r.returncode == 2 and "catalog.sqlite" in r.stderr, "no catalogue: exit 2")
        r = run([SEARCH, "-o", tmp])
        check(r.returncode == 1, "no query: exit 1 (usage)")
        r = run([SEARCH, "--limit", "x", "dieu"])
        check(r.returncode == 1, "bad --limit: exit 1")
    finally:
        if failures:
            print("outputs kept in", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"archive: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
