#!/usr/bin/env python3
"""Issue 21, folder walking: a dangling link, a symbolic link loop and a
folder that cannot be read are failed inputs in the catalogue with their
reason (exit 3); every real folder is walked once, so `sub/loop -> .` ends
at once and a second link to a folder does not redo its files. The
unreadable folder needs a user who cannot read it: as root the run is made
as nobody (setpriv), or that part is skipped with a reason."""
import os, shutil, subprocess, tempfile

import faultlib
from faultlib import SOHOA, SRC, check, done, rows
import mkpdf

tmp = tempfile.mkdtemp(prefix="sohoa-walk-")
try:
    os.chmod(tmp, 0o755)
    a, b = mkpdf.scan_jpegs(SRC)
    inp = os.path.join(tmp, "in")
    os.makedirs(os.path.join(inp, "sub"))
    os.makedirs(os.path.join(inp, "locked"))
    mkpdf.write_pdf(os.path.join(inp, "a.pdf"), [a])
    mkpdf.write_pdf(os.path.join(inp, "sub", "b.pdf"), [b])
    mkpdf.write_pdf(os.path.join(inp, "locked", "c.pdf"), [a])
    os.symlink(".", os.path.join(inp, "sub", "loop"))
    os.symlink("nowhere.pdf", os.path.join(inp, "dangling.pdf"))
    os.symlink("sub", os.path.join(inp, "twin"))
    os.chmod(os.path.join(inp, "locked"), 0)
    out = os.path.join(tmp, "out")
    cmd = [SOHOA, "run", "-j", "1", "--no-pdf", "--no-alto", inp, "-o", out]
    other = faultlib.as_nobody()
    as_nobody = other is not None
    if as_nobody:
        os.mkdir(out)
        os.chmod(out, 0o777)
        cmd = other[0] + [other[1]] + cmd[1:]
    elif os.geteuid() == 0:
        print("SKIP part: running as root without setpriv, the locked folder is readable")
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    print(p.stderr)
    check(p.returncode == 3, f"walk problems make exit 3 (got {p.returncode})")
    db = os.path.join(out, "catalog.sqlite")
    got = dict(rows(db, "SELECT given, status || ': ' || coalesce(error, '') FROM inputs"))
    print(got)
    dang = os.path.join(inp, "dangling.pdf")
    check(got.get(dang, "").startswith("failed: dangling symbolic link (to nowhere.pdf"),
          f"the dangling link is a failed input with its reason: {got.get(dang)}")
    loop = os.path.join(inp, "sub", "loop")
    check(got.get(loop, "").startswith("failed: symbolic link loop"),
          f"the link loop is a failed input: {got.get(loop)}")
    if as_nobody or os.geteuid() != 0:
        locked = os.path.join(inp, "locked")
        check(got.get(locked, "") == "failed: cannot read the folder: Permission denied",
              f"the unreadable folder is a failed input: {got.get(locked)}")
    check(got.get(os.path.join(inp, "a.pdf")) == "done: " and
          got.get(os.path.join(inp, "sub", "b.pdf")) == "done: ", "the real files are done")
    check(not any("twin" in k for k in got), "the second link to sub/ adds nothing")
    check(len(got) == (5 if as_nobody or os.geteuid() != 0 else 4), f"one row per input: {len(got)}")
    deep = [d for d, _, _ in os.walk(out) if d.count(os.sep) - out.count(os.sep) > 1]
    check(not deep, f"no output folder deeper than sub/: {deep}")
    check(os.path.exists(os.path.join(out, "sub", "b.txt")), "sub/b.txt written once")
    check("is a folder walked already" in p.stderr, "the second link is noted")

    # The link repaired: its failed row goes, the file it names is read.
    mkpdf.write_pdf(os.path.join(inp, "nowhere.pdf"), [b])
    os.chmod(os.path.join(inp, "nowhere.pdf"), 0o644)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    got = dict(rows(db, "SELECT given, status || ': ' || coalesce(error, '') FROM inputs"))
    check(got.get(dang) == "done: ", f"the repaired link is read: {got.get(dang)}")
    check(rows(db, "SELECT count(*) FROM inputs WHERE format='walk' AND given=?", dang)[0][0] == 0,
          "its walk failure is gone from the catalogue")
finally:
    locked = os.path.join(tmp, "in", "locked")
    if os.path.exists(locked):
        os.chmod(locked, 0o755)
    shutil.rmtree(tmp, ignore_errors=True)
done()
