#!/usr/bin/env python3
"""Issue 21, bounded decoding in every image format: a 3000 x 3000 page of
text (9 million pixels) as interlaced PNG, tiled TIFF, BMP, PGM, PPM, lossy
WebP, JPEG 2000 and GIF is read downsampled below --max-pixels 1M, with its
text, never failed for its size. A GIF whose header says 8000 x 8000 (GIF
is decoded whole) is refused with a reason naming the file and the limit;
nothing is decoded for that. A tiled TIFF under the limit is read whole
(leptonica reads no tiled TIFF). The largest process of the run stays under
the per-worker goal of 200 MB."""
import os, shutil, struct, subprocess, tempfile, zlib

from faultlib import SOHOA, SRC, check, done, rows
import mkpdf

ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
         (0, 1, 1, 2)]


def read_pgm(path):
    data = open(path, "rb").read()
    magic, size, maxval, px = data.split(b"\n", 3)
    w, h = map(int, size.split())
    return w, h, px


def interlaced_png(pgm, path):
    """ImageMagick's resource policy stops it on large pages: written here."""
    w, h, px = read_pgm(pgm)
    z = zlib.compressobj(6)
    idat = []
    for xs, ys, xi, yi in ADAM7:
        for y in range(ys, h, yi):
            idat.append(z.compress(b"\0" + px[y * w:(y + 1) * w][xs::xi]))
    idat.append(z.flush())

    def chunk(t, b):
        return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 1))
                + chunk(b"IDAT", b"".join(idat)) + chunk(b"IEND", b""))


def huge_gif(path):
    """A GIF that says 8000 x 8000 and holds one 1 x 1 image."""
    gif = (b"GIF89a" + struct.pack("<HH", 8000, 8000) + b"\x80\x00\x00" + b"\x00\x00\x00\xff\xff\xff"
           + b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00" + b"\x02\x02\x44\x01\x00" + b";")
    open(path, "wb").write(gif)


tmp = tempfile.mkdtemp(prefix="sohoa-formats-")
try:
    a, _ = mkpdf.scan_jpegs(SRC)
    src = os.path.join(tmp, "sq.pdf")
    mkpdf.write_tiled_pdf(src, a[0], a[1], (2500, 2500))
    base = os.path.join(tmp, "page")
    subprocess.run(["pdftoppm", "-r", "360", "-gray", "-singlefile", src, base], check=True)
    pgm = base + ".pgm"
    inp = os.path.join(tmp, "in")
    os.mkdir(inp)
    interlaced_png(pgm, os.path.join(inp, "interlaced.png"))
    shutil.copy(pgm, os.path.join(inp, "grey.pgm"))
    conv = ["convert", pgm]
    subprocess.run(conv + ["-type", "TrueColor", os.path.join(inp, "colour.ppm")], check=True)
    subprocess.run(conv + ["-type", "TrueColor", os.path.join(inp, "colour.bmp")], check=True)
    subprocess.run(conv + ["-quality", "80", os.path.join(inp, "lossy.webp")], check=True)
    subprocess.run(conv + ["-define", "jp2:rate=0.1", os.path.join(inp, "page.jp2")], check=True)
    subprocess.run(conv + ["-colors", "16", os.path.join(inp, "page.gif")], check=True)
    strip = os.path.join(tmp, "strip.tif")
    subprocess.run(conv + ["-compress", "none", strip], check=True)
    subprocess.run(["tiffcp", "-c", "lzw", "-t", "-w", "256", "-l", "256", strip,
                    os.path.join(inp, "tiled.tif")], check=True)
    huge_gif(os.path.join(inp, "huge.gif"))
    # Under the limit, a tiled TIFF is read whole (leptonica reads none).
    crop = os.path.join(tmp, "crop.tif")
    subprocess.run(conv + ["-crop", "1000x1000+0+0", "+repage", "-compress", "none", crop], check=True)
    subprocess.run(["tiffcp", "-c", "lzw", "-t", "-w", "256", "-l", "256", crop,
                    os.path.join(inp, "small-tiled.tif")], check=True)

    out = os.path.join(tmp, "out")
    # wait4: the run's own rusage, whose maxrss is its largest process
    # (the run or a worker), not the converters' above.
    with open(os.path.join(tmp, "err"), "w+") as err:
        pr = subprocess.Popen([SOHOA, "run", "-j", "2", "--no-pdf", "--no-alto", "--max-pixels",
                               "1M", inp, "-o", out], stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(pr.pid, 0)
        pr.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    peak = ru.ru_maxrss / 1024
    print(stderr, f"largest process: peak RSS {peak:.0f} MB")
    check(pr.returncode == 3, f"exit 3: one input refused (got {pr.returncode})")
    db = os.path.join(out, "catalog.sqlite")
    got = {os.path.basename(g): (s, e, c, d) for g, s, e, c, d in rows(
        db, "SELECT i.given, p.status, p.error, p.chars,"
        " coalesce(json_extract(p.record, '$.downsampled'), 1)"
        " FROM pages p JOIN inputs i ON i.id = p.input_id")}
    for name in ["interlaced.png", "tiled.tif", "colour.bmp", "grey.pgm", "colour.ppm",
                 "lossy.webp", "page.jp2", "page.gif"]:
        s, e, c, d = got.get(name, (None, None, 0, 0))
        check(s == "done" and c > 100 and d >= 3, f"{name}: done, {c} chars, downsampled {d}x ({e})")
    s, e, c, d = got.get("small-tiled.tif", (None, None, 0, 0))
    check(s == "done" and c > 20 and d == 1, f"small-tiled.tif: done whole, {c} chars ({e})")
    s, e, c, d = got.get("huge.gif", (None, None, 0, 0))
    check(s == "failed" and "8000x8000 gif page is too large to read" in (e or ""),
          f"huge.gif refused with the reason ({e})")
    check("huge.gif: page 1: a 8000x8000 gif page is too large" in stderr,
          "stderr names the refused file")
    sanitized = "libasan" in subprocess.run(["ldd", SOHOA], capture_output=True, text=True).stdout
    if sanitized:
        print("SKIP the memory check: AddressSanitizer's shadow memory counts in RSS")
    else:
        check(peak <= 200, f"largest process {peak:.0f} MB <= 200 MB")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
done()
