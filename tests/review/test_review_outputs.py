#!/usr/bin/env python3
"""A correction made in sohoa review reaches every output (suite ocr):
NAME.txt, the PDF's text layer (pdftotext; the page image unchanged),
ALTO (still valid against the 4.4 schema), hOCR, NAME.json (the word, what
OCR read, a "review" repair) and `sohoa search`; a line edit; NFC; the
reviewed mark and `sohoa status`; --export; a rerun of `sohoa run` that
redoes the batch keeps the reviewed page; the exit codes."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reviewlib import SRC, Server, check, doc_ids, failures, make_batch, page_record, sohoa  # noqa: E402

SCHEMAS = os.path.join(SRC, "tests", "archive", "schemas")
NEW = "Sohoakiemtra"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def words(s):
    return " ".join(s.split())


def read(path):
    return open(path, encoding="utf-8").read()


def alto_valid(path):
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(SCHEMAS, "catalog.xml"))
    r = run(["xmllint", "--nonet", "--noout", "--schema", os.path.join(SCHEMAS, "alto-4-4.xsd"), path],
            env=env)
    return r.returncode == 0, r.stderr[-300:]


def correct_word(srv, out, doc):
    rec, _ = page_record(srv, doc, 1)
    i = next(k for k, w in enumerate(rec["words"]) if w["text"] == "duyệt")
    images_before = run(["pdfimages", "-list", os.path.join(out, "multi.pdf")]).stdout
    txt_before = read(os.path.join(out, "multi.txt"))
    st, p = srv.post("/api/correct", {"id": doc, "page": 1, "word": i, "old": "duyệt", "new": NEW})
    check(st == 200 and p["page"]["reviewed"], f"the correction is taken and the page marked reviewed: {st}")
    txt = read(os.path.join(out, "multi.txt"))
    check(NEW in txt and txt.count("duyệt") == txt_before.count("duyệt") - 1,
          "NAME.txt: the word replaced, once")
    check(txt.replace(NEW, "duyệt") == txt_before, "NAME.txt: nothing else changed")
    pdf = os.path.join(out, "multi.pdf")
    raw = run(["pdftotext", "-raw", pdf, "-"]).stdout
    check(NEW in raw and words(raw) == words(txt), "pdftotext of NAME.pdf: the new word, the same text as NAME.txt")
    check(run(["pdfimages", "-list", pdf]).stdout == images_before, "NAME.pdf: the page images unchanged")
    info = run(["pdfinfo", pdf]).stdout
    check("\nPages:           2\n" in info, "NAME.pdf: still two pages")
    alto = os.path.join(out, "multi.alto.xml")
    check(f'CONTENT="{NEW}"' in read(alto), "ALTO: the new word")
    ok, err = alto_valid(alto)
    check(ok, "ALTO: still valid against alto-4-4.xsd " + err)
    check(NEW in read(os.path.join(out, "multi.hocr")), "hOCR: the new word")
    js = json.load(open(os.path.join(out, "multi.json"), encoding="utf-8"))
    w = js["pages"][0]["words"][i]
    check(w["text"] == NEW and w["raw"] == "duyệt" and w["conf"] == 100,
          f"NAME.json: the word, what OCR read, certain now: {w}")
    check({"stage": "review", "word": i, "from": "duyệt", "to": NEW} in js["pages"][0]["repairs"],
          "NAME.json: a review repair")
    r = sohoa("search", "-o", out, "--json", NEW.lower())
    hits = json.loads(r.stdout)["hits"] if r.returncode == 0 else []
    check(len(hits) == 1 and hits[0]["page"] == 1 and hits[0]["document"].endswith("multi.tif"),
          f"sohoa search finds the new word: {r.returncode} {hits}")
    r = sohoa("search", "-o", out, "--json", "duyet", NEW)
    check(r.returncode == 3, f"and no page has both the old and the new word any more: {r.returncode}")
    return i


def correct_line(srv, out, doc):
    rec, _ = page_record(srv, doc, 2)
    w0 = rec["words"][0]
    line = [w["text"] for w in rec["words"] if w["block"] == w0["block"] and w["line"] == w0["line"]]
    new = ["Dòng"] + line[1:-1] + ["sửa", "xong"]
    # NFD in, NFC stored.
    st, p = srv.post("/api/correct", {"id": doc, "page": 2, "word": 0, "line": 1, "old": " ".join(line),
                                      "new": unicodedata.normalize("NFD", " ".join(new))})
    check(st == 200, f"a line corrected: {st} {p}")
    txt = read(os.path.join(out, "multi.txt"))
    check(" ".join(new) in txt, f"NAME.txt has the corrected line in NFC: {' '.join(new)!r}")
    rec2, page = page_record(srv, doc, 2)
    check(len(rec2["words"]) == len(rec["words"]), "the line's words keep their boxes (none added or lost)")
    check(page["corrections"][-1]["kind"] == "line" and page["corrections"][-1]["user"] == "tester",
          f"recorded as a line correction by tester: {page['corrections'][-1]}")


def status_and_export(srv, out, tmp, ids):
    st, p = srv.post("/api/reviewed", {"id": ids["decree30.png"], "page": 1})
    check(st == 200 and p["page"]["reviewed_by"] == "tester", f"a page marked reviewed as it is: {st}")
    r = sohoa("status", "--json", out)
    pages = json.loads(r.stdout)["pages"]
    check(pages["reviewed"] == 3 and pages["corrections"] == 2, f"sohoa status counts them: {pages}")
    r = sohoa("status", out)
    check("3 reviewed (2 corrections)" in r.stdout, "and says so in text: " + r.stdout.splitlines()[2])
    path = os.path.join(tmp, "corrections.jsonl")
    r = sohoa("review", out, "--export", path)
    lines = [json.loads(x) for x in open(path, encoding="utf-8")] if r.returncode == 0 else []
    check(r.returncode == 0 and len(lines) == 2, f"--export: {r.returncode}, {len(lines)} lines")
    keys = {"document", "sha256", "page", "kind", "word", "old", "new", "at", "user"}
    check(all(keys <= set(x) for x in lines) and lines[0]["new"] == NEW and lines[0]["old"] == "duyệt",
          f"each line says where, what, when and who: {lines[:1]}")
    r = sohoa("review", out, "--export", os.path.join(tmp, "no", "such", "dir", "c.jsonl"))
    check(r.returncode == 4, f"--export into a missing folder: exit {r.returncode}")
    r = sohoa("review", os.path.join(tmp, "nothing"), "--export", "-")
    check(r.returncode == 2, f"no catalogue: exit {r.returncode}")
    r = sohoa("review", out, "--port", "x")
    check(r.returncode == 1, f"a bad port: exit {r.returncode}")
    r = sohoa("review", out, "--bind", "127.0.0.1", "--port", str(srv.port))
    check(r.returncode == 3, f"a port in use: exit {r.returncode}")
    r = sohoa("review", out, "--bind", "localhost; rm -rf /")
    check(r.returncode == 3, f"--bind that is not an address: exit {r.returncode}")


def correct_metadata(srv, out, doc):
    st, d = srv.get_json(f"/api/doc?id={doc}")
    m = d["document"]["segment_json"]["metadata"]
    st, d = srv.post("/api/metadata", {"id": doc, "field": "number", "old": m["number"] or "",
                                       "new": "1673/UBTVQH15-KT"})
    check(st == 200, f"a metadata field corrected: {st}")
    st, d = srv.post("/api/metadata", {"id": doc, "field": "title", "old": m["title"] or "",
                                       "new": "Về việc sắp xếp đơn vị hành chính cấp xã"})
    js = json.load(open(os.path.join(out, "decree30.json"), encoding="utf-8"))
    check(js["metadata"]["number"] == "1673/UBTVQH15-KT" and js["archival"]["codeNotation"] == "UBTVQH15-KT",
          f"NAME.json metadata and archival block follow: {js['metadata']['number']} {js['archival']}")
    check(js["archival"]["subject"] == "Về việc sắp xếp đơn vị hành chính cấp xã", "the title too")


def pending_rewrite(srv, out, doc):
    """Files that cannot be written: the correction is kept in the catalogue
    (500 said), and the next start of sohoa review writes them."""
    txt = os.path.join(out, "multi.txt")
    os.remove(txt)
    os.mkdir(txt)  # rename() over a folder fails
    rec, _ = page_record(srv, doc, 2)
    i = len(rec["words"]) - 1
    st, b = srv.post("/api/correct", {"id": doc, "page": 2, "word": i, "old": rec["words"][i]["text"],
                                      "new": "Cuốicùng"})
    check(st == 500 and "multi.txt" in (b or {}).get("error", ""), f"files not writable: 500 saying why: {st} {b}")
    rec2, _ = page_record(srv, doc, 2)
    check(rec2["words"][i]["text"] == "Cuốicùng", "the catalogue has the correction")
    rc = srv.stop()
    os.rmdir(txt)
    srv2 = Server(out)
    ok = os.path.isfile(txt) and "Cuốicùng" in read(txt)
    check(ok, "the next start writes the document again")
    check(srv2.stop() == 0, "and stops with 0")
    return rc


def rerun_keeps(inp, out, tmp):
    """--no-layout changes the outputs' options: sohoa run redoes every page
    but the reviewed ones."""
    r = sohoa("run", "-q", "-j", "1", "--hocr", "--no-layout", inp, "-o", out)
    check(r.returncode == 0, f"rerun with other options: exit {r.returncode} {r.stderr[-300:]}")
    txt = read(os.path.join(out, "multi.txt"))
    check(NEW in txt and "sửa xong" in txt, "the reviewed pages keep their corrections in NAME.txt")
    raw = run(["pdftotext", "-raw", os.path.join(out, "multi.pdf"), "-"]).stdout
    check(NEW in raw, "and in NAME.pdf")
    r = sohoa("search", "-o", out, NEW.lower())
    check(r.returncode == 0, "and in the index")
    r = sohoa("status", "--json", out)
    check(json.loads(r.stdout)["pages"]["reviewed"] == 3, "still three reviewed pages")
    js = json.load(open(os.path.join(out, "decree30.json"), encoding="utf-8"))
    check(js["metadata"]["number"] == "1673/UBTVQH15-KT", "a corrected metadata field survives the rerun")


def image_without_input(inp, out, tmp):
    """An input moved away: the scan comes from NAME.pdf, the same pixels in
    the same frame (compared with ImageMagick's RMSE)."""
    def fetch(tag):
        srv = Server(out)
        ids = doc_ids(srv)
        got = {}
        for name in ("multi.tif", "decree30.png"):
            st, h, d = srv.request("GET", f"/api/image?id={ids[name]}&page=1&full=1")
            path = os.path.join(tmp, f"{name}.{tag}.jpg")
            open(path, "wb").write(d)
            got[name] = (st, path)
        srv.stop()
        return got
    a = fetch("input")
    os.rename(inp, inp + ".away")
    try:
        b = fetch("pdf")
    finally:
        os.rename(inp + ".away", inp)
    for name in a:
        check(a[name][0] == 200 and b[name][0] == 200, f"{name}: a scan with and without the input")
        r = run(["compare", "-metric", "RMSE", a[name][1], b[name][1], "null:"])
        size = [run(["identify", "-format", "%w %h", p[1]]).stdout.split() for p in (a[name], b[name])]
        rmse = float(r.stderr.split("(")[1].rstrip(")")) if "(" in r.stderr else 1
        check(all(abs(int(x) - int(y)) <= 1 for x, y in zip(*size)) and rmse < 0.05,
              f"{name}: from NAME.pdf the same frame {size} and pixels (RMSE {rmse:.3f})")


def main():
    tmp = tempfile.mkdtemp(prefix="sohoa-review-out-")
    srv = None
    try:
        inp, out = make_batch(tmp)
        srv = Server(out)
        ids = doc_ids(srv)
        correct_word(srv, out, ids["multi.tif"])
        correct_line(srv, out, ids["multi.tif"])
        status_and_export(srv, out, tmp, ids)
        correct_metadata(srv, out, ids["decree30.png"])
        rc = pending_rewrite(srv, out, ids["multi.tif"])
        check(rc == 0, f"SIGTERM stops the server with 0: {rc}")
        srv = None
        rerun_keeps(inp, out, tmp)
        image_without_input(inp, out, tmp)
    finally:
        if srv:
            srv.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"review-outputs: {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
