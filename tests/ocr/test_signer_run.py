#!/usr/bin/env python3
"""The signer's block under a seal (ocr/signer.c) in sohoa run, with the
real tesseract, on corpus/layout/sealed.png (issue 23): page segmentation
drops the title lines under the seal, so --no-layout has none of them and
runs the last list item into the name; the default reads the column again
as a block and gives the list, then titles, then the name."""
import os, subprocess, sys, tempfile, shutil

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ocrcheck import check, failures  # noqa: E402

SRC = os.environ.get("SOHOA_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "../.."))
BUILD = os.environ.get("SOHOA_BUILD_ROOT", os.path.join(SRC, "build"))
SOHOA = os.path.join(BUILD, "src/cli/sohoa")
PAGE = os.path.join(SRC, "corpus/layout/sealed.png")

tmp = tempfile.mkdtemp(prefix="sohoa-signer-")
try:
    texts = {}
    for name, extra in (("layout", []), ("plain", ["--no-layout"])):
        out = os.path.join(tmp, name)
        p = subprocess.run([SOHOA, "run", "-q", "-j", "1", "--no-pdf"] + extra + [PAGE, "-o", out],
                           capture_output=True, text=True)
        check(p.returncode == 0, f"{name}: run exits 0: {p.returncode} {p.stderr}")
        texts[name] = open(os.path.join(out, "sealed.txt"), encoding="utf-8").read()
    txt = texts["layout"]
    last, title, name = txt.find("- Lưu"), txt.find("CHỦ TỊCH"), txt.find("Bùi Văn Hữu Quang")
    check(0 <= last < title < name, f"list, then titles, then the name: {last} {title} {name}")
    lines = [l for l in txt.splitlines() if l.startswith("- Lưu")]
    check(lines and "Bùi" not in lines[0], f"the name not run into the list: {lines}")
    check("CHỦ TỊCH" not in texts["plain"], "without the second reading the titles are lost")
    print(txt[txt.find("Nơi nhận"):])
finally:
    shutil.rmtree(tmp, ignore_errors=True)
if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("signer run: all checks passed")
