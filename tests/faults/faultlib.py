"""What the fault tests share: the sohoa binary, a check that records
failures, catalogue queries, and the test PDFs (mkpdf)."""
import os, sqlite3, subprocess, sys

SRC = os.environ.get("SOHOA_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "../.."))
BUILD = os.environ.get("SOHOA_BUILD_ROOT", os.path.join(SRC, "build"))
SOHOA = os.path.join(BUILD, "src/cli/sohoa")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    else:
        print("ok:", what)


def run(args, **kw):
    return subprocess.run([SOHOA] + args, capture_output=True, text=True, **kw)


def rows(db, sql, *a):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, a).fetchall()
    finally:
        con.close()


def done():
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all checks passed")
