#!/usr/bin/env python3
"""Issue 21, a full disk: the output folder on a small tmpfs that fills up
part-way. The run says "no space left on device" naming the file, records
the documents it could not finish as failed with that reason (none left
"running"), stops and exits 5; once space is freed, the same command
finishes them, with outputs identical to a run that never ran out of room.
Needs root (mount); skipped (exit 77) with the reason otherwise."""
import os, shutil, subprocess, sys, tempfile

from faultlib import SRC, check, done, rows, run
import mkpdf

if os.geteuid() != 0:
    print("SKIP: mounting a small tmpfs needs root")
    sys.exit(77)
tmp = tempfile.mkdtemp(prefix="sohoa-full-")
mnt = os.path.join(tmp, "mnt")
os.mkdir(mnt)
m = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mnt], capture_output=True, text=True)
if m.returncode != 0:
    print("SKIP: cannot mount a tmpfs here:", m.stderr.strip())
    shutil.rmtree(tmp)
    sys.exit(77)
try:
    a, b = mkpdf.scan_jpegs(SRC)
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    names = [f"d{i:02d}" for i in range(10)]
    for n in names:
        mkpdf.write_pdf(os.path.join(inp, n + ".pdf"), [a, b])
    args = ["-q", "-j", "2", "--no-alto", inp, "-o"]
    ref = os.path.join(tmp, "ref")
    check(run(["run"] + args + [ref]).returncode == 0, "the reference run (enough room)")
    need = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(ref) for f in fs)
    out = os.path.join(mnt, "out")
    st = os.statvfs(mnt)
    # Room for the 4 MB reserve and about a third of the batch.
    leave = 4 * 2**20 + need // 3
    with open(os.path.join(mnt, "filler"), "wb") as f:
        f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
    print(f"batch needs {need} bytes; {leave} left free")
    p = run(["run"] + args + [out])
    print(p.stderr)
    check(p.returncode == 5, f"a full disk stops the run with exit 5 (got {p.returncode})")
    check("no space left on device" in p.stderr.lower(), "the error says so")
    db = os.path.join(out, "catalog.sqlite")
    ins = rows(db, "SELECT status, error FROM inputs")
    failed = [e for s, e in ins if s == "failed"]
    check(failed and all("no space left on device" in e.lower() and out in e for e in failed),
          f"failed documents give the reason and name the file: {failed[:2]}")
    check(not [s for s, _ in ins if s not in ("done", "failed")], f"no input left running: {ins}")
    check(rows(db, "SELECT status FROM runs")[-1][0] == "failed", "the run is recorded failed")
    check(not os.path.exists(db + ".lock") and not os.path.exists(db + ".reserve"),
          "the lock and the reserve are gone")
    os.unlink(os.path.join(mnt, "filler"))
    p = run(["run"] + args + [out])
    check(p.returncode == 0, f"after space is freed the rerun finishes (got {p.returncode}: {p.stderr})")
    check(rows(db, "SELECT status, count(*) FROM inputs GROUP BY status") == [("done", 10)],
          "every document done")
    check(rows(db, "SELECT count(*) FROM pages WHERE status='done'")[0][0] == 20, "20 pages done")
    same = all(open(os.path.join(out, n + ".txt"), "rb").read() ==
               open(os.path.join(ref, n + ".txt"), "rb").read() for n in names)
    check(same, "every NAME.txt identical to the reference run's")
finally:
    subprocess.run(["umount", mnt])
    shutil.rmtree(tmp, ignore_errors=True)
done()
