"""Small PDFs of scanned pages, written by hand so a test can break exactly
one thing in them: a page's image data (zeroed bytes after `stream`) or a
page's dictionary (not a dictionary any more). The JPEGs come from
corpus/ocr/scan2.pdf (pdfimages -j), so nothing large is committed."""
import os, subprocess, tempfile


def scan_jpegs(src_root):
    """The two JPEG images of corpus/ocr/scan2.pdf, as bytes, with their size."""
    tmp = tempfile.mkdtemp(prefix="sohoa-jpg-")
    subprocess.run(["pdfimages", "-j", os.path.join(src_root, "corpus/ocr/scan2.pdf"),
                    os.path.join(tmp, "img")], check=True)
    out = []
    for name in sorted(os.listdir(tmp)):
        data = open(os.path.join(tmp, name), "rb").read()
        os.unlink(os.path.join(tmp, name))
        out.append(data)
    os.rmdir(tmp)
    sizes = [(1185, 362), (1355, 364)]
    return list(zip(out, sizes))


def write_pdf(path, pages, bad_image=None, bad_dict=None, bad_font=None):
    """pages: list of (jpeg bytes, (w, h)) at 300 dpi. bad_image / bad_dict:
    the 1-based page whose image stream is zeroed / whose page object is
    not a dictionary. bad_font: the page whose content shows a word in a
    font it does not have, and whose one annotation has a broken
    rectangle (errors poppler reports, about anything but the image)."""
    objs = {}
    n = len(pages)
    kids = []
    for i, (jpg, (w, h)) in enumerate(pages):
        page_id, img_id, cont_id = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        kids.append(page_id)
        pw, ph = w * 72 / 300, h * 72 / 300
        if bad_dict == i + 1:
            objs[page_id] = b"(this was page %d)" % (i + 1)
        else:
            objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]"
                             b" /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                             % (pw, ph, img_id, cont_id))
        data = jpg
        if bad_image == i + 1:
            data = b"\0" * 400 + jpg[400:]
        objs[img_id] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d"
                        b" /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode"
                        b" /Length %d >>\nstream\n" % (w, h, len(data)) + data + b"\nendstream")
        c = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        if bad_font == i + 1:
            c += b" BT /F9 12 Tf 10 10 Td (stamp) Tj ET"
            objs[page_id] = objs[page_id][:-2] + b"/Annots [<< /Type /Annot /Subtype /Text /Rect [0 0] >>] >>"
        objs[cont_id] = b"<< /Length %d >>\nstream\n" % len(c) + c + b"\nendstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Count %d /Kids [" % n +
               b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    top = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % top
    for k in range(1, top):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (top, xref)
    with open(path, "wb") as f:
        f.write(out)


def write_tiled_pdf(path, jpg, size, page_px, dpi=300, colour=False):
    """One page of page_px = (w, h) pixels at dpi, covered with the scan
    (jpg, size) drawn again and again: text everywhere, a few KB of PDF.
    colour: with a red disc the size of a seal (40 mm) near the bottom
    right and a blue pen stroke across the top, so that it renders as a
    colour page."""
    (w, h), (pw, ph) = size, page_px
    W, H = pw * 72 / dpi, ph * 72 / dpi
    iw, ih = w * 72 / 300, h * 72 / 300
    ops = []
    y = H - ih
    while y >= 0:
        x = 0.0
        while x + iw <= W:
            ops.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /Im0 Do Q" % (iw, ih, x, y))
            x += iw
        y -= ih * 1.2
    if colour:
        r, cx, cy, k = 40 / 25.4 * 36, W * 0.72, H * 0.15, 0.5523
        d = r * k
        ops.append(b"0.8 0.1 0.15 rg %.2f %.2f m" % (cx + r, cy)
                   + b" %.2f %.2f %.2f %.2f %.2f %.2f c" % (cx + r, cy + d, cx + d, cy + r, cx, cy + r)
                   + b" %.2f %.2f %.2f %.2f %.2f %.2f c" % (cx - d, cy + r, cx - r, cy + d, cx - r, cy)
                   + b" %.2f %.2f %.2f %.2f %.2f %.2f c" % (cx - r, cy - d, cx - d, cy - r, cx, cy - r)
                   + b" %.2f %.2f %.2f %.2f %.2f %.2f c f" % (cx + d, cy - r, cx + r, cy - d, cx + r, cy))
        ops.append(b"0.1 0.15 0.7 RG 2 w %.2f %.2f m %.2f %.2f l S" % (W * 0.1, H * 0.93, W * 0.8, H * 0.9))
    c = b"\n".join(ops)
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        3: (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources"
            b" << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>" % (W, H)),
        4: (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jpg))
            + jpg + b"\nendstream"),
        5: b"<< /Length %d >>\nstream\n" % len(c) + c + b"\nendstream",
    }
    out = bytearray(b"%PDF-1.4\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offs[k] for k in range(1, 6))
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    with open(path, "wb") as f:
        f.write(out)
