#!/usr/bin/env python3
"""The soak of issue 21: a batch of many small pages run to the end through
several kill -9 at random moments and one full-disk episode, then compared
with the same batch run without interruption.

  soak.py [--docs N] [--kills K] [--seed S] [--jobs J] [--work DIR]

Inputs: N PDFs of 1 to 4 pages (2.5 N pages) made from corpus/ocr/scan2.pdf's
images. The interrupted batch writes to a small tmpfs when run as root (the
full-disk episode fills it, the run must stop with exit 5, then room is
given back); otherwise to a plain folder, the episode skipped with a reason.
At the end: every input and page done, one row per page, no lock, reserve
or temporary file left, every NAME.txt byte-identical to the uninterrupted
run's and every NAME.json identical once timings are left out."""
import argparse, json, os, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from faultlib import SOHOA, SRC, check, done, rows  # noqa: E402
import mkpdf  # noqa: E402


def make_inputs(inp, ndocs):
    a, b = mkpdf.scan_jpegs(SRC)
    os.makedirs(inp)
    total = 0
    for i in range(ndocs):
        n = 1 + i % 4
        mkpdf.write_pdf(os.path.join(inp, f"doc{i:04d}.pdf"), [(a, b)[(i + k) % 2] for k in range(n)])
        total += n
    return total


def pages_done(db):
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM pages WHERE status='done'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def kill_at_random(cmd, db, rng, most):
    """Start cmd, let it read at least one new page, kill -9 it at a random
    moment within `most` seconds. Returns True when it ended by itself."""
    before = max(0, pages_done(db))
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.time()
    while p.poll() is None and pages_done(db) <= before and time.time() - t < 120:
        time.sleep(0.05)
    time.sleep(rng.uniform(0, most))
    if p.poll() is not None:
        return True
    p.send_signal(signal.SIGKILL)
    p.wait()
    return False


def full_disk_episode(cmd, mnt, need):
    """Leave the run about a third of what is left to write, plus the
    reserve: it must stop with exit 5, naming the full device."""
    st = os.statvfs(mnt)
    leave = 4 * 2**20 + max(need, 2**20) // 3
    filler = os.path.join(mnt, "filler")
    with open(filler, "wb") as f:
        f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
    p = subprocess.run(cmd, capture_output=True, text=True)
    os.unlink(filler)
    check(p.returncode in (5, 0), f"full disk: the run stops with exit 5 (got {p.returncode})")
    if p.returncode == 5:
        check("no space left on device" in p.stderr, "full disk: the error says so")
    return p.returncode


def normal_json(path):
    """NAME.json without what differs from run to run: times."""
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "seconds" and not k.startswith("t_")
                    and k != "timings"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return strip(json.load(open(path, encoding="utf-8")))


def compare(out, ref, ndocs, npages):
    db = os.path.join(out, "catalog.sqlite")
    check(rows(db, "SELECT status, count(*) FROM inputs GROUP BY status") == [("done", ndocs)],
          f"all {ndocs} inputs done")
    check(rows(db, "SELECT status, count(*) FROM pages GROUP BY status") == [("done", npages)],
          f"all {npages} pages done, one row each")
    left = [f for d, _, fs in os.walk(out) for f in fs
            if f.endswith((".lock", ".reserve")) or ".tmp" in f]
    check(not left, f"no lock, reserve or temporary file left: {left[:3]}")
    txt = js = 0
    for i in range(ndocs):
        n = f"doc{i:04d}"
        txt += open(os.path.join(out, n + ".txt"), "rb").read() == open(os.path.join(ref, n + ".txt"), "rb").read()
        js += normal_json(os.path.join(out, n + ".json")) == normal_json(os.path.join(ref, n + ".json"))
    check(txt == ndocs, f"NAME.txt byte-identical to the uninterrupted run: {txt}/{ndocs}")
    check(js == ndocs, f"NAME.json identical but for timings: {js}/{ndocs}")
    runs = [s for (s,) in rows(db, "SELECT status FROM runs ORDER BY id")]
    check(runs[-1] == "done" and "running" not in runs, f"runs: the last done, none left running: {runs}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    work = a.work or tempfile.mkdtemp(prefix="sohoa-soak-")
    mnt = None
    try:
        inp = os.path.join(work, "in")
        npages = make_inputs(inp, a.docs)
        t0 = time.time()
        base = [SOHOA, "run", "-q", "-j", str(a.jobs), "--no-alto", inp, "-o"]
        ref = os.path.join(work, "ref")
        check(subprocess.run(base + [ref], capture_output=True).returncode == 0, "the uninterrupted run")
        secs = time.time() - t0
        need = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(ref) for f in fs)
        print(f"soak: {a.docs} inputs, {npages} pages; uninterrupted: {secs:.0f} s, {need >> 20} MB")
        out = os.path.join(work, "out")
        if os.geteuid() == 0:
            mnt = os.path.join(work, "mnt")
            os.mkdir(mnt)
            size = need * 2 + 16 * 2**20
            if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mnt]).returncode:
                mnt = None
            else:
                out = os.path.join(mnt, "out")
        if not mnt:
            print("soak: SKIP the full-disk episode: mounting a small tmpfs needs root")
        cmd = base + [out]
        db = os.path.join(out, "catalog.sqlite")
        most = max(1.0, secs / (a.kills + 2))
        kills = 0
        for k in range(a.kills):
            if kill_at_random(cmd, db, rng, most):
                break
            kills += 1
            print(f"soak: kill -9 #{kills} at {pages_done(db)} pages done")
            if k == 0 and mnt:
                rc = full_disk_episode(cmd, mnt, need)
                print(f"soak: full disk: exit {rc}, {pages_done(db)} pages done")
        p = subprocess.run(cmd, capture_output=True, text=True)
        check(p.returncode == 0, f"the last run finishes (exit {p.returncode}: {p.stderr[-300:]})")
        check(kills >= min(a.kills, 1), f"{kills} kill -9 during the soak")
        compare(out, ref, a.docs, npages)
        print(f"soak: {time.time() - t0:.0f} s in all")
    finally:
        if mnt:
            subprocess.run(["umount", mnt])
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)
    done()


if __name__ == "__main__":
    main()
