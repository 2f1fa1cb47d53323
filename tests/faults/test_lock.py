#!/usr/bin/env python3
"""Issue 21, one run per catalogue: a second `sohoa run` on a busy output
folder says who runs (PID, host, start) and exits 4 without touching the
catalogue; `sohoa status --json` calls the live run "running" and counts
the inputs not yet started as pending; `sohoa merge` on the busy folder
exits 4 the same way, merging nothing; after kill -9 it says "killed"; the
next run takes the dead run's lock over, marks what it left "running" as
interrupted, and finishes everything."""
import json, os, shutil, signal, subprocess, tempfile, time

from faultlib import SOHOA, SRC, check, done, rows, run
import mkpdf


def status(out):
    p = run(["status", "--json", out])
    return json.loads(p.stdout) if p.returncode == 0 else {}


def wait_for(cond, timeout=120):
    t = time.time()
    while time.time() - t < timeout:
        if cond():
            return True
        time.sleep(0.05)
    return False


def pages_done(db):
    try:
        return rows(db, "SELECT count(*) FROM pages WHERE status='done'")[0][0]
    except Exception:
        return 0


def not_started(db):
    """Inputs the run has not started: those it has not opened (table
    pending) and those opened but not yet marked running. Read with the
    rest of the inputs table, so that two equal readings bracket a moment
    the catalogue stood still."""
    n = rows(db, "SELECT (SELECT count(*) FROM pending) + (SELECT count(*) FROM inputs"
                 " WHERE status='pending' AND path NOT IN (SELECT path FROM pending))")[0][0]
    return n, tuple(rows(db, "SELECT status, count(*) FROM inputs GROUP BY status"))


tmp = tempfile.mkdtemp(prefix="sohoa-lock-")
try:
    a, b = mkpdf.scan_jpegs(SRC)
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    for i in range(6):
        mkpdf.write_pdf(os.path.join(inp, f"d{i}.pdf"), [a, b])
    out = os.path.join(tmp, "out")
    db = os.path.join(out, "catalog.sqlite")
    args = ["run", "-q", "-j", "1", "--no-pdf", "--no-alto", inp, "-o", out]
    first = subprocess.Popen([SOHOA] + args, stderr=subprocess.PIPE, text=True)
    check(wait_for(lambda: pages_done(db) >= 1), "the first run reads a page")

    second = run(args)
    check(second.returncode == 4, f"a second run exits 4 (got {second.returncode})")
    check("a run is in progress" in second.stderr and f"PID {first.pid} " in second.stderr,
          f"it names the run in progress: {second.stderr.strip()}")
    # sohoa merge writes the same catalogue: it waits its turn the same way.
    check(run(["plan", "-q", inp, "-o", out, "--shards", "2"]).returncode == 0, "a plan beside it")
    merge = run(["merge", "-q", out])
    check(merge.returncode == 4 and "a run is in progress" in merge.stderr and
          f"PID {first.pid} " in merge.stderr, f"merge on the busy folder exits 4 naming the run:"
          f" {merge.returncode} {merge.stderr.strip()}")
    # The live run goes on while status reads, so status is compared with
    # the catalogue's own list of unopened inputs read just before and after
    # it, until the two readings agree: the accounting is checked, not how
    # far the run has got (that depends on the machine's load).
    for _ in range(50):
        before = not_started(db)
        st = status(out)
        if not_started(db) == before:
            break
    check(st.get("last_run", {}).get("status") == "running" and
          st["last_run"].get("pid") == first.pid, f"status calls the live run running: {st.get('last_run')}")
    ins = st.get("inputs", {})
    states = ("done", "failed", "running", "interrupted", "pending")
    check(ins.get("total") == 6 and sum(ins.get(k, 0) for k in states) == 6,
          f"status accounts for each of the 6 inputs once: {ins}")
    check(ins.get("pending") == before[0] and before[0] >= 1,
          f"inputs not started yet are pending: {ins}, unopened {before}")

    first.send_signal(signal.SIGKILL)
    first.wait()
    check(first.returncode == -signal.SIGKILL, "the first run is killed")
    check(os.path.exists(db + ".lock"), "the dead run's lock file is left")
    st = status(out)
    check(st.get("last_run", {}).get("status") == "killed", f"status: a dead run is killed: {st.get('last_run')}")
    left = rows(db, "SELECT count(*) FROM inputs WHERE status='running'")[0][0]

    third = run(args)
    check(third.returncode == 0, f"the next run finishes (got {third.returncode}: {third.stderr})")
    check("taking it over" in third.stderr, "it says it takes the dead run's lock over")
    check(left == 0 or "marked interrupted" in third.stderr, "it says what it marked interrupted")
    runs = rows(db, "SELECT id, status FROM runs ORDER BY id")
    check([r[1] for r in runs] == ["interrupted", "done"], f"runs: the killed one interrupted: {runs}")
    ins = rows(db, "SELECT status, count(*) FROM inputs GROUP BY status")
    check(ins == [("done", 6)], f"every input done: {ins}")
    check(rows(db, "SELECT count(*) FROM pages WHERE status='done'")[0][0] == 12, "12 pages done")
    check(not any("database is locked" in (e or "") for (e,) in rows(db, "SELECT error FROM inputs")),
          "no input failed on a locked database")
    check(not os.path.exists(db + ".lock"), "the lock is gone after the run")
    st = status(out)
    check(st["inputs"]["pending"] == 0 and st["last_run"]["status"] == "done", "status: done, none pending")

    # Ctrl-C: what was started and not finished is interrupted, not running.
    out2 = os.path.join(tmp, "out2")
    db2 = os.path.join(out2, "catalog.sqlite")
    p = subprocess.Popen([SOHOA] + args[:-1] + [out2], stderr=subprocess.PIPE, text=True)
    check(wait_for(lambda: pages_done(db2) >= 1), "a run to interrupt reads a page")
    p.send_signal(signal.SIGINT)
    p.wait()
    check(p.returncode == 130, f"Ctrl-C exits 130 (got {p.returncode})")
    ins = dict(rows(db2, "SELECT status, count(*) FROM inputs GROUP BY status"))
    check("running" not in ins and ins.get("interrupted", 0) >= 1, f"Ctrl-C: inputs interrupted: {ins}")
    check(rows(db2, "SELECT status FROM runs")[-1][0] == "interrupted", "Ctrl-C: the run interrupted")
    st = status(out2)
    check(st["inputs"]["pending"] + st["inputs"]["interrupted"] + st["inputs"]["done"] == 6,
          f"status after Ctrl-C: {st['inputs']}")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
done()
