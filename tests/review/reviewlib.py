"""What the sohoa review tests share: a batch OCR'd by the real sohoa run
on corpus samples (one of them under a file name that is markup), the
review server started on a free port, and raw HTTP requests to it."""
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

SRC = os.environ.get("SOHOA_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "../.."))
BUILD = os.environ.get("SOHOA_BUILD_ROOT", os.path.join(SRC, "build"))
SOHOA = os.path.join(BUILD, "src/cli/sohoa")
# A file name is markup too: the batch view must show it as text.
HOSTILE_NAME = "<img src=x onerror=alert(2)>.png"

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def sohoa(*args, **kw):
    return subprocess.run([SOHOA] + list(args), capture_output=True, text=True, **kw)


TARGET_TEXT = ("Điều 1. Mục tiêu cụ thể\n"
               "1. Đến năm 2030, tối thiểu 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n"
               "2. Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện.")


def make_batch(tmp, with_target=False):
    """OCR three documents into tmp/out (about 5 s): a two-page TIFF, the
    Decree 30 page with a stamp, and a small PNG under a hostile name; with
    with_target a fourth, target.png, typeset here with pango-view: a
    quantified target and an agency whatever the segmenter's finer rules."""
    inp = os.path.join(tmp, "in")
    os.makedirs(inp)
    if with_target:
        subprocess.run(["pango-view", "--font=Liberation Serif 14", "--dpi=300", "--margin=150", "-q",
                        "-o", os.path.join(inp, "target.png"), "--text", TARGET_TEXT], check=True)
    shutil.copy(os.path.join(SRC, "corpus/ocr/multi.tif"), inp)
    shutil.copy(os.path.join(SRC, "corpus/layout/decree30.png"), inp)
    shutil.copy(os.path.join(SRC, "corpus/ocr/nodpi.png"), os.path.join(inp, HOSTILE_NAME))
    out = os.path.join(tmp, "out")
    p = sohoa("run", "-q", "-j", "1", "--hocr", inp, "-o", out)
    if p.returncode != 0:
        print(p.stdout, p.stderr)
        sys.exit("sohoa run failed: cannot test review")
    return inp, out


class Server:
    """sohoa review OUTDIR on a free port; stop() ends it (SIGTERM)."""

    def __init__(self, out, *extra):
        # Its standard error goes to a file, shown when it ends badly (the
        # sanitizers report there).
        self.err = tempfile.TemporaryFile(mode="w+")
        self.p = subprocess.Popen([SOHOA, "review", out, "--port", "0", "--user", "tester"]
                                  + list(extra), stdout=subprocess.PIPE, stderr=self.err, text=True)
        line = self.p.stdout.readline()
        m = re.search(r"http://([\d.]+):(\d+)/\?token=([0-9a-f]{32})", line)
        if not m:
            self.p.kill()
            self.p.wait()
            self.err.seek(0)
            sys.exit("sohoa review printed no address: " + line + self.err.read())
        self.host, self.port, self.token = m.group(1), int(m.group(2)), m.group(3)
        self.url = f"http://{self.host}:{self.port}/?token={self.token}"

    def request(self, method, path, body=None, headers=None, token=True):
        c = http.client.HTTPConnection(self.host, self.port, timeout=60)
        h = dict(headers or {})
        if token is True:
            h["X-Sohoa-Token"] = self.token
        elif token:
            h["X-Sohoa-Token"] = token
        if body is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        hdrs = {k.lower(): v for k, v in r.getheaders()}
        c.close()
        return r.status, hdrs, data

    def get_json(self, path):
        st, h, d = self.request("GET", path)
        return st, (json.loads(d) if h.get("content-type", "").startswith("application/json") else None)

    def post(self, path, fields, token=True):
        st, h, d = self.request("POST", path, urllib.parse.urlencode(fields), token=token)
        return st, json.loads(d) if d else None

    def stop(self):
        self.p.terminate()
        try:
            rc = self.p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
            rc = -1
        self.err.seek(0)
        err = self.err.read()
        if rc != 0 or "runtime error" in err or "Sanitizer" in err:
            print("sohoa review said:\n" + err[-4000:])
            rc = rc or 1
        self.p.stdout.close()
        self.err.close()
        return rc


def doc_ids(srv):
    st, b = srv.get_json("/api/batch")
    return {os.path.basename(d["document"]): d["id"] for d in b["documents"]}


def page_record(srv, doc, page):
    st, p = srv.get_json(f"/api/page?id={doc}&page={page}")
    return p["page"]["record_json"], p
