#!/usr/bin/env python3
"""Issue 21, read-only media: a finished run leaves catalog.sqlite as one
file (log checkpointed, rollback-journal mode, no -wal or -shm), and
`sohoa status` and `sohoa search` read it from a folder nobody may write
to; so does a catalogue still in WAL mode (a killed run, an older sohoa).
Read-only is a folder and file without write permission, read by a user
who is not their owner (as root: nobody, through setpriv)."""
import json, os, shutil, sqlite3, stat, subprocess, tempfile

from faultlib import SOHOA, SRC, as_nobody, check, done, rows, run
import mkpdf

tmp = tempfile.mkdtemp(prefix="sohoa-ro-")
other = as_nobody()


def reader(args):
    cmd = other[0] + [other[1]] if other else [SOHOA]
    return subprocess.run(cmd + args, capture_output=True, text=True)


def freeze(d):
    for f in os.listdir(d):
        os.chmod(os.path.join(d, f), 0o444)
    os.chmod(d, 0o555)


try:
    os.chmod(tmp, 0o755)
    a, b = mkpdf.scan_jpegs(SRC)
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    mkpdf.write_pdf(os.path.join(inp, "doc.pdf"), [a, b])
    out = os.path.join(tmp, "out")
    p = run(["run", "-q", "-j", "1", "--no-pdf", "--no-alto", inp, "-o", out])
    check(p.returncode == 0, f"the run finishes (got {p.returncode}: {p.stderr})")
    db = os.path.join(out, "catalog.sqlite")
    check(not os.path.exists(db + "-wal") and not os.path.exists(db + "-shm"),
          "no -wal or -shm left after the run")
    check(rows(db, "PRAGMA journal_mode")[0][0] == "delete", "the catalogue is back in rollback-journal mode")

    # A copy left in WAL mode, as a killed run or an older sohoa leaves it.
    wal = os.path.join(tmp, "wal")
    shutil.copytree(out, wal)
    con = sqlite3.connect(os.path.join(wal, "catalog.sqlite"))
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    for d in (out, wal):
        freeze(d)
        st = reader(["status", "--json", d])
        check(st.returncode == 0, f"{os.path.basename(d)}: status reads read-only media ({st.stderr.strip()})")
        if st.returncode == 0:
            j = json.loads(st.stdout)
            check(j["inputs"]["done"] == 1 and j["pages"]["done"] == 2, f"status counts: {j['inputs']}")
        s = reader(["search", "-o", d, "Phần cứng"])
        check(s.returncode == 0 and "doc" in s.stdout, f"{os.path.basename(d)}: search reads it ({s.stderr.strip()})")
        check(not os.path.exists(os.path.join(d, "catalog.sqlite-shm")), "nothing written next to it")
finally:
    for d in ("out", "wal"):
        if os.path.exists(os.path.join(tmp, d)):
            os.chmod(os.path.join(tmp, d), 0o755)
    shutil.rmtree(tmp, ignore_errors=True)
done()
