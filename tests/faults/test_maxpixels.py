#!/usr/bin/env python3
"""Issue 21, page size: a 10000 x 10000 page (100 million pixels) in each
of the formats scanners write -- 1-bit G4 TIFF, grey JPEG, grey PNG, and a
PDF rendered at 1200 dpi -- is read downsampled below --max-pixels (4M
here, to keep the test short), never failed for its size; its record says
by how much; and the run's peak memory stays bounded (two workers)."""
import json, os, resource, shutil, subprocess, tempfile

from faultlib import SOHOA, SRC, check, done, rows
import mkpdf

tmp = tempfile.mkdtemp(prefix="sohoa-pixels-")
try:
    a, b = mkpdf.scan_jpegs(SRC)
    src = os.path.join(tmp, "sq.pdf")
    # 2500 x 2500 pixels at 300 dpi of text; rendered at 1200 dpi: 10000 x 10000.
    mkpdf.write_tiled_pdf(src, a[0], a[1], (2500, 2500))
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    gs = ["gs", "-q", "-r1200", "-dNOPAUSE", "-dBATCH"]
    subprocess.run(gs + ["-sDEVICE=tiffg4", "-o", os.path.join(inp, "g4.tif"), src], check=True)
    subprocess.run(gs + ["-sDEVICE=jpeggray", "-o", os.path.join(inp, "grey.jpg"), src], check=True)
    subprocess.run(["pdftoppm", "-r", "1200", "-gray", "-png", "-singlefile", src,
                    os.path.join(inp, "grey")], check=True)
    shutil.copy(src, os.path.join(inp, "page.pdf"))
    out = os.path.join(tmp, "out")
    p = subprocess.run([SOHOA, "run", "-q", "-j", "2", "--no-pdf", "--no-alto", "--max-pixels", "4M",
                        "--render-dpi", "1200", inp, "-o", out], capture_output=True, text=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(p.stderr, f"peak RSS {peak:.0f} MB")
    check(p.returncode == 0, f"every page read (got {p.returncode})")
    db = os.path.join(out, "catalog.sqlite")
    for given, status, rec in rows(db, "SELECT i.given, p.status, p.record FROM pages p JOIN inputs i"
                                   " ON i.id=p.input_id ORDER BY i.given"):
        r = json.loads(rec)
        name = os.path.basename(given)
        check(status == "done" and r["chars"] > 100, f"{name}: done with text ({r['chars']} chars)")
        check(r.get("downsampled", 1) >= 5, f"{name}: read downsampled ({r.get('downsampled')}x)")
    sanitized = "libasan" in subprocess.run(["ldd", SOHOA], capture_output=True, text=True).stdout
    if sanitized:
        print("SKIP the memory check: AddressSanitizer's shadow memory and quarantine count in RSS")
    else:
        check(peak <= 400, f"peak RSS of the run {peak:.0f} MB <= 2 x 200 MB")
    bad = subprocess.run([SOHOA, "run", "--max-pixels", "12", inp, "-o", out], capture_output=True, text=True)
    check(bad.returncode == 1 and "--max-pixels" in bad.stderr, "a limit below 1M is a usage error")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
done()
