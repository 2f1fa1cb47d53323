#!/usr/bin/env python3
"""sohoa review over HTTP with hostile input (suite ocr: the batch is
OCR'd by the real sohoa run): every route without and with a wrong
token, wrong methods, path traversal, bodies over the limit, malformed
forms and numbers, invalid UTF-8 and control characters, a stale view,
markup as page text and as a file name (returned as JSON strings, never as
markup), and corrections of one page sent at the same time."""
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reviewlib import (HOSTILE_NAME, Server, check, doc_ids, failures, make_batch,  # noqa: E402
                       page_record)

GET_ROUTES = ["/api/batch", "/api/search?q=x", "/api/doc?id=1", "/api/page?id=1&page=1",
              "/api/image?id=1&page=1"]
POST_ROUTES = ["/api/correct", "/api/reviewed", "/api/metadata"]


def test_static(srv):
    st, h, d = srv.request("GET", "/", token=False)
    check(st == 200 and b"<!DOCTYPE html>" in d, "GET / serves the application without a token")
    csp = h.get("content-security-policy", "")
    check("script-src 'self'" in csp and "unsafe-inline" not in csp, f"CSP without inline script: {csp}")
    check(h.get("x-content-type-options") == "nosniff", "nosniff on pages")
    for f, mime in [("app.js", "text/javascript"), ("style.css", "text/css")]:
        st, h, d = srv.request("GET", "/static/" + f, token=False)
        check(st == 200 and h.get("content-type", "").startswith(mime), f"/static/{f}: {st} {mime}")


def test_traversal(srv, out):
    # Raw paths, sent as written (http.client does not normalise them).
    paths = ["/static/../catalog.sqlite", "/static/..%2fcatalog.sqlite", "/static/%2e%2e/%2e%2e/etc/passwd",
             "/../../../../etc/passwd", "/static/../../../../etc/passwd", "/static/.hidden.js",
             "/static/catalog.sqlite", "/catalog.sqlite", "/multi.txt", "/static//etc/passwd",
             "/static/index.html/../../catalog.sqlite", "/static/%00app.js",
             "/static/a\\..\\b.js", "/api/../catalog.sqlite", "/static/" + "a" * 5000 + ".js"]
    for p in paths:
        st, h, d = srv.request("GET", p, token=True)
        leak = b"SQLite format" in d or b"root:" in d
        check(st in (400, 404, 414, 431) and not leak, f"GET {p[:60]}: {st}, nothing leaked")


def test_tokens(srv):
    for p in GET_ROUTES:
        st, _, _ = srv.request("GET", p, token=False)
        check(st == 403, f"GET {p} without token: {st}")
        st, _, _ = srv.request("GET", p, token="0" * 32)
        check(st == 403, f"GET {p} with a wrong token: {st}")
        st, _, _ = srv.request("GET", p + ("&" if "?" in p else "?") + "token=" + srv.token, token=False)
        check(st == 403, f"GET {p} with the token in the query only: {st}")
    for p in POST_ROUTES:
        body = "id=1&page=1&word=0&old=x&new=y"
        st, _, _ = srv.request("POST", p, body, token=False)
        check(st == 403, f"POST {p} without token: {st}")
        off = srv.token[:-1] + ("1" if srv.token[-1] == "0" else "0")
        st, _, _ = srv.request("POST", p, body, token=off)
        check(st == 403, f"POST {p} with a token one digit off: {st}")
    st, _, _ = srv.request("GET", "/api/batch", token=srv.token + "00")
    check(st == 403, f"a longer token is refused: {st}")


def test_methods(srv):
    for p in GET_ROUTES:
        for m in ["POST", "PUT", "DELETE", "PATCH"]:
            st, h, _ = srv.request(m, p, "a=b")
            check(st == 405 and "GET" in h.get("allow", ""), f"{m} {p}: {st} Allow {h.get('allow')}")
    for p in POST_ROUTES:
        for m in ["GET", "PUT", "DELETE"]:
            st, h, _ = srv.request(m, p)
            check(st == 405 and h.get("allow") == "POST", f"{m} {p}: {st}")
    for m in ["POST", "PUT", "DELETE", "TRACE"]:
        st, _, _ = srv.request(m, "/", "x")
        check(st == 405, f"{m} /: {st}")


def test_sizes(srv):
    import http.client
    big = b"id=1&page=1&word=0&old=x&new=" + b"a" * (2 * 1024 * 1024)
    c = http.client.HTTPConnection(srv.host, srv.port, timeout=60)
    c.putrequest("POST", "/api/correct")
    c.putheader("X-Sohoa-Token", srv.token)
    c.putheader("Content-Length", str(len(big)))
    c.putheader("Content-Type", "application/x-www-form-urlencoded")
    c.endheaders()
    try:
        c.send(big)  # the server answers before the body and closes
    except (BrokenPipeError, ConnectionResetError):
        pass
    try:
        st = c.getresponse().status
    except (ConnectionError, http.client.HTTPException):
        st = "closed"
    c.close()
    check(st == 413, f"2 MB body (Content-Length): {st}")
    # The same without a declared length: chunked, refused when it passes the limit.
    c = http.client.HTTPConnection(srv.host, srv.port, timeout=60)
    c.putrequest("POST", "/api/correct")
    c.putheader("X-Sohoa-Token", srv.token)
    c.putheader("Transfer-Encoding", "chunked")
    c.putheader("Content-Type", "application/x-www-form-urlencoded")
    c.endheaders()
    chunk = b"a" * 65536
    try:
        for _ in range(8):
            c.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        c.send(b"0\r\n\r\n")
        r = c.getresponse()
        st = r.status
    except (ConnectionError, http.client.HTTPException):
        st = "closed"
    c.close()
    check(st == 413, f"512 KiB chunked body: {st}")
    st, _, _ = srv.request("GET", "/api/batch", headers={"X-Big": "b" * 200000})
    check(st in (413, 431, 400) or st >= 400, f"200 KB header: {st}")
    st, b = srv.get_json("/api/batch")
    check(st == 200, "the server still answers after the oversized requests")


def test_bad_forms(srv, ids):
    doc = ids["multi.tif"]
    rec, _ = page_record(srv, doc, 1)
    w0 = rec["words"][0]["text"]
    base = {"id": doc, "page": 1, "word": 0, "old": w0, "new": "x"}
    cases = [
        ({"id": "abc"}, 400), ({"id": "-1"}, 400), ({"id": "1e3"}, 400), ({"id": "99999999"}, 404),
        ({"page": "0"}, 400), ({"page": "99"}, 404), ({"page": "1 "}, 400), ({"word": "100000"}, 404),
        ({"word": "-1"}, 400), ({"line": "2"}, 400), ({"old": "not the word"}, 409),
        ({"new": "a" * 5000}, 400),
    ]
    for change, want in cases:
        f = dict(base, **change)
        st, b = srv.post("/api/correct", f)
        check(st == want, f"correct with {str(change)[:50]}: {st} (want {want})")
    raw = [("invalid UTF-8", "new=%FF%FE"), ("a newline", "new=a%0Ab"), ("NUL", "new=a%00b"),
           ("a bad escape", "new=%G1"), ("a truncated escape", "new=ab%4"), ("ESC", "new=%1B[31m")]
    head = urllib.parse.urlencode({"id": doc, "page": 1, "word": 0, "old": w0})
    for what, tail in raw:
        st, _, d = srv.request("POST", "/api/correct", head + "&" + tail)
        check(st == 400, f"new text with {what}: {st}")
    st, _, _ = srv.request("POST", "/api/correct", head + "&new=a&new=b")
    check(st == 400, f"a field given twice: {st}")
    st, _, _ = srv.request("POST", "/api/correct", head + "&new=a&evil=1")
    check(st == 400, f"an unknown field: {st}")
    st, _, _ = srv.request("POST", "/api/correct", "garbage-without-equals")
    check(st == 400, f"a body that is no form: {st}")
    rec2, _ = page_record(srv, doc, 1)
    check(rec2 == rec, "none of the refused requests changed the page")


def test_metadata(srv, out, ids):
    doc = ids["decree30.png"]
    st, d = srv.get_json(f"/api/doc?id={doc}")
    # "" stands for a field the segmentation did not find (OCR may lose the
    # number's slash, as the best_int model does on this page)
    number = d["document"]["segment_json"]["metadata"]["number"] or ""
    cases = [({"field": "path"}, 400), ({"field": "sha256"}, 400), ({"field": ""}, 400),
             ({"old": "not it"}, 409), ({"id": "9999"}, 404), ({"field": "date", "old": "2025-06-16",
                                                                 "new": "16/06/2025"}, 400),
             ({"new": "a\nb"}, 400)]
    for change, want in cases:
        f = dict({"id": doc, "field": "number", "old": number, "new": "x"}, **change)
        st, b = srv.post("/api/metadata", f)
        check(st == want, f"metadata with {change}: {st} (want {want})")
    evil = "<b>9/NQ</b>"
    st, b = srv.post("/api/metadata", {"id": doc, "field": "number", "old": number, "new": evil})
    check(st == 200 and b["document"]["segment_json"]["metadata"]["number"] == evil,
          f"a metadata field set to markup comes back as the string: {st}")
    js = json.load(open(os.path.join(out, "decree30.json"), encoding="utf-8"))
    check(js["metadata"]["number"] == evil, "NAME.json has it")


def test_escaping(srv, out, ids):
    doc = ids["multi.tif"]
    rec, _ = page_record(srv, doc, 2)
    i = next(k for k, w in enumerate(rec["words"]) if len(w["text"]) > 3)
    evil = "<script>alert(1)</script>"
    st, b = srv.post("/api/correct", {"id": doc, "page": 2, "word": i, "old": rec["words"][i]["text"],
                                      "new": evil})
    check(st == 200, f"a word corrected to {evil}: {st} {b if st != 200 else ''}")
    st, h, d = srv.request("GET", f"/api/page?id={doc}&page=2")
    check(h.get("content-type", "").startswith("application/json"), "page answers are JSON")
    check(h.get("x-content-type-options") == "nosniff", "with nosniff")
    check("default-src 'none'" in h.get("content-security-policy", ""), "and a CSP that runs nothing")
    p = json.loads(d)
    check(evil in p["page"]["text"] and p["page"]["record_json"]["words"][i]["text"] == evil,
          "the text comes back as the string it is")
    txt = open(os.path.join(out, "multi.txt"), encoding="utf-8").read()
    check(evil in txt, "NAME.txt has the text as written")
    alto = open(os.path.join(out, "multi.alto.xml"), encoding="utf-8").read()
    check("&lt;script&gt;alert(1)&lt;/script&gt;" in alto and "<script>" not in alto, "ALTO escapes it")
    hocr = open(os.path.join(out, "multi.hocr"), encoding="utf-8").read()
    check("&lt;script&gt;" in hocr and "<script>" not in hocr, "hOCR escapes it")
    st, b = srv.get_json("/api/batch")
    names = [d["document"] for d in b["documents"]]
    check(any(n.endswith(HOSTILE_NAME) for n in names), "a file name that is markup comes back as a string")
    st, s = srv.get_json("/api/search?q=" + urllib.parse.quote("alert"))
    check(st == 200 and any(h["page"] == 2 and "\u0001alert\u0002" in h["snippet"] for h in s["hits"]),
          f"search finds it, matches between U+0001 and U+0002: {s['hits'][:1]}")
    st, s = srv.get_json("/api/search?q=" + urllib.parse.quote('" OR 1=1 -- NEAR('))
    check(st == 200, f"an FTS query with operators is taken as words: {st}")
    return i


def test_concurrent(srv, out, ids):
    """Eight corrections of one word at once: one wins, seven see that the
    page changed (409); then eight corrections of eight different words
    of one page at once: all land."""
    doc = ids["decree30.png"]
    rec, _ = page_record(srv, doc, 1)
    text_words = [k for k, w in enumerate(rec["words"]) if not w.get("role") and w["text"].isalpha()]
    k0 = text_words[5]
    old = rec["words"][k0]["text"]
    results = []

    def one(n, word, old_text):
        st, _ = srv.post("/api/correct", {"id": doc, "page": 1, "word": word, "old": old_text,
                                          "new": f"Sohoa{n}x"})
        results.append((n, word, st))

    ts = [threading.Thread(target=one, args=(n, k0, old)) for n in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    oks = [r for r in results if r[2] == 200]
    check(len(oks) == 1 and all(r[2] == 409 for r in results if r[2] != 200),
          f"one of 8 racing corrections of a word wins, the rest get 409: {sorted(r[2] for r in results)}")
    rec, p = page_record(srv, doc, 1)
    winner = f"Sohoa{oks[0][0]}x" if oks else None
    check(rec["words"][k0]["text"] == winner, "the page has the winner's text")
    check(sum(1 for c in p["corrections"] if c["word"] == k0) == 1, "and one correction recorded")
    results.clear()
    words = text_words[10:18]
    ts = [threading.Thread(target=one, args=(100 + n, w, rec["words"][w]["text"])) for n, w in enumerate(words)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    check(all(r[2] == 200 for r in results), f"8 corrections of different words at once: {[r[2] for r in results]}")
    txt = open(os.path.join(out, "decree30.txt"), encoding="utf-8").read()
    missing = [n for n in range(100, 108) if f"Sohoa{n}x" not in txt]
    check(not missing and winner in txt, f"NAME.txt has all nine corrections (missing {missing})")
    check(not [f for f in os.listdir(out) if f.startswith(".") or "tmp" in f],
          f"no temporary files left: {os.listdir(out)}")


def test_image(srv, ids):
    doc = ids["decree30.png"]
    t0 = time.monotonic()
    st, h, d = srv.request("GET", f"/api/image?id={doc}&page=1")
    ms = (time.monotonic() - t0) * 1000
    check(st == 200 and h.get("content-type") == "image/jpeg" and d[:2] == b"\xff\xd8",
          f"preview image: {st} {h.get('content-type')}")
    print(f"preview of a {os.path.basename('decree30.png')} page: {ms:.0f} ms, {len(d)} bytes")
    st, h, full = srv.request("GET", f"/api/image?id={doc}&page=1&full=1")
    check(st == 200 and len(full) > len(d), f"full-size image: {st}, {len(full)} > {len(d)} bytes")
    for q in [f"id={doc}&page=1&full=2", f"id={doc}&page=0", "id=0&page=1", f"id={doc}&page=1&full=1;rm",
              f"id={doc}"]:
        st, _, _ = srv.request("GET", "/api/image?" + q)
        check(st == 400, f"image with {q}: {st}")
    st, _, _ = srv.request("GET", f"/api/image?id={doc}&page=7")
    check(st == 404, f"image of a page that is not there: {st}")


def main():
    tmp = tempfile.mkdtemp(prefix="sohoa-review-http-")
    srv = None
    try:
        inp, out = make_batch(tmp)
        srv = Server(out)
        ids = doc_ids(srv)
        test_static(srv)
        test_traversal(srv, out)
        test_tokens(srv)
        test_methods(srv)
        test_sizes(srv)
        test_bad_forms(srv, ids)
        test_escaping(srv, out, ids)
        test_metadata(srv, out, ids)
        test_concurrent(srv, out, ids)
        test_image(srv, ids)
        rc = srv.stop()
        check(rc == 0, f"SIGTERM stops the server with 0: {rc}")
        srv = None
    finally:
        if srv:
            srv.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"review-http: {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
