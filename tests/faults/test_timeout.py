#!/usr/bin/env python3
"""Issue 21, --timeout whatever tesseract is doing: a 4000 x 4000 page of
specks in rows like tiny text keeps tesseract in layout analysis for
seconds (about 3 s here, after 1.5 s of decoding and preprocessing) and
then finds nothing to recognise, so the monitor that stops recognition
never acts: such a page was recorded done and blank. With --timeout 1 it
ends failed with the reason "timeout" naming file and page; the worker
process reading it is killed (none is left behind) and a new one reads
the next input, which is done."""
import os, random, shutil, subprocess, tempfile

from faultlib import SOHOA, SRC, check, done, rows


def speck_page(path, side=4000):
    """Rows of 3 x 5 pixel specks, 5 pixels apart: text-like lines of
    components too small to be letters. Sixteen random bands, tiled."""
    rnd = random.Random(7)
    bands = []
    for _ in range(16):
        band = [bytearray(b"\xff" * side) for _ in range(8)]
        for x in range(0, side - 3, 5):
            if rnd.random() < 0.85:
                for dy in range(1, 6):
                    for dx in range(3):
                        if rnd.random() < 0.6:
                            band[dy][x + dx] = 0
        bands.append(b"".join(band))
    data = bytearray()
    i = 0
    while len(data) < side * side:
        data += bands[i % 16]
        i += 1
    with open(path, "wb") as f:
        f.write(b"P5\n%d %d\n255\n" % (side, side) + bytes(data[:side * side]))


TAG = "SOHOA_TEST_TIMEOUT=%d" % os.getpid()


def workers_left():
    """Worker processes of this test's run still alive: they inherit its
    environment, tagged (other tests may run sohoa at the same time)."""
    n = 0
    for pid in os.listdir("/proc"):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read()
            env = open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
        except OSError:
            continue
        if b"__page-worker" in cmd and TAG.encode() in env:
            n += 1
    return n


tmp = tempfile.mkdtemp(prefix="sohoa-timeout-")
try:
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    # Walked in name order: the stuck page first, so the next input is read
    # by the worker started after the kill. A born-digital page takes
    # milliseconds, well within 1 s however loaded the machine.
    speck_page(os.path.join(inp, "a-specks.pgm"))
    shutil.copy(os.path.join(SRC, "corpus/ocr/born.pdf"), os.path.join(inp, "b-born.pdf"))
    out = os.path.join(tmp, "out")
    env = dict(os.environ)
    env[TAG.split("=")[0]] = TAG.split("=")[1]
    p = subprocess.run([SOHOA, "run", "-j", "1", "--timeout", "1", inp, "-o", out],
                       capture_output=True, text=True, env=env)
    print(p.stderr)
    check(p.returncode == 3, f"exit 3, one document failed (got {p.returncode})")
    check("a-specks.pgm" in p.stderr and "page 1: timeout" in p.stderr,
          "stderr names the file, the page and the timeout")
    db = os.path.join(out, "catalog.sqlite")
    page = rows(db, "SELECT p.status, p.error FROM pages p JOIN inputs i ON i.id = p.input_id"
                " WHERE i.given LIKE '%a-specks.pgm'")
    check(len(page) == 1 and page[0][0] == "failed" and "timeout" in (page[0][1] or ""),
          f"the page's row: failed, timeout ({page})")
    doc = rows(db, "SELECT status, error FROM inputs WHERE given LIKE '%a-specks.pgm'")
    check(doc and doc[0][0] == "failed" and "page 1: timeout" in (doc[0][1] or ""),
          f"the document's row: failed, naming the page ({doc})")
    check(not os.path.exists(os.path.join(out, "a-specks.txt")),
          "no text written for a document without a page read")
    born = rows(db, "SELECT status FROM inputs WHERE given LIKE '%b-born.pdf'")
    txt = os.path.join(out, "b-born.txt")
    check(born == [("done",)] and os.path.exists(txt) and os.path.getsize(txt) > 100,
          f"the next input is read by a new worker ({born})")
    run = rows(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1")
    check(run == [("failed",)], f"the run row closed ({run})")
    check(workers_left() == 0, "no worker process left behind")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
done()
