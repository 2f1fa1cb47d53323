"""What the fault tests share: the sohoa binary, a check that records
failures, catalogue queries, and the test PDFs (mkpdf)."""
import atexit, glob, os, shutil, sqlite3, subprocess, sys, tempfile

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


def as_nobody():
    """How to run sohoa as another user (nobody, through setpriv) when root:
    (prefix, sohoa path), or None. The build folder may sit below a folder
    only root can enter (a clone in mktemp -d), so nobody gets its own copy
    of the program, libvnfix and the language data (the OCR model is
    Debian's there), in a folder everyone may read."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        return None
    d = tempfile.mkdtemp(prefix="sohoa-nobody-")
    atexit.register(shutil.rmtree, d, True)
    os.chmod(d, 0o755)
    shutil.copy(SOHOA, d)
    for lib in glob.glob(os.path.join(BUILD, "src", "repair", "libvnfix.so*[0-9]")):
        shutil.copy(lib, d, follow_symlinks=True)
    shutil.copytree(os.path.join(SRC, "lang"), os.path.join(d, "lang"),
                    ignore=shutil.ignore_patterns("tessdata"))
    for root, dirs, files in os.walk(d):
        for x in dirs:
            os.chmod(os.path.join(root, x), 0o755)
    os.environ["LD_LIBRARY_PATH"] = d + os.pathsep + os.environ.get("LD_LIBRARY_PATH", "")
    os.environ["SOHOA_LANGDIR"] = os.path.join(d, "lang")
    os.environ["SOHOA_TESSDATA"] = ""
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], os.path.join(d, "sohoa")
