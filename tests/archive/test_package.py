#!/usr/bin/env python3
"""Archival packages end to end (suite ocr): `sohoa run --package` on real
scans (a Decree 30 page, a two-page TIFF) and a born-digital PDF, then:
every METS.xml valid against METS 1.12.1 offline; every file it names there
with the stated size and SHA-256 (computed here with hashlib); the inputs
untouched; the PDF's XMP fields equal to NAME.json's header; `sohoa verify`
passing, then failing on one changed byte and on a missing file and naming
them; the same with --tar; a review correction in the PREMIS history; an input
edited after the run refused."""
import csv
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET

SRC = os.environ["SOHOA_SOURCE_ROOT"]
BUILD = os.environ["SOHOA_BUILD_ROOT"]
SOHOA = os.path.join(BUILD, "src", "cli", "sohoa")
SCHEMAS = os.path.join(SRC, "tests", "archive", "schemas", "mets")
INPUTS = [("layout", "decree30.png"), ("ocr", "multi.tif"), ("ocr", "born.pdf")]
NS = {"mets": "http://www.loc.gov/METS/", "xlink": "http://www.w3.org/1999/xlink"}

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def stated_files(mets_bytes):
    """(href, size, sha256) of every file in a METS file section."""
    root = ET.fromstring(mets_bytes)
    out = []
    for f in root.iter("{%s}file" % NS["mets"]):
        loc = f.find("mets:FLocat", NS)
        out.append((loc.get("{%s}href" % NS["xlink"]), int(f.get("SIZE")), f.get("CHECKSUM")))
        check(f.get("CHECKSUMTYPE") == "SHA-256", f"{f.get('ID')}: checksum type SHA-256")
    return out


def check_package(pkg, name, inp, inp_sha):
    mets = os.path.join(pkg, "METS.xml")
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(SCHEMAS, "catalog.xml"))
    r = run(["xmllint", "--nonet", "--noout", "--schema",
             os.path.join(SCHEMAS, "mets-1-12-1.xsd"), mets], env=env)
    check(r.returncode == 0, f"{name}: METS.xml valid against mets-1-12-1.xsd {r.stderr.strip()[:300]}")
    data = open(mets, "rb").read()
    files = stated_files(data)
    hrefs = [f[0] for f in files]
    check(f"master/{os.path.basename(inp)}" in hrefs, f"{name}: the master is listed")
    check(f"{name}.txt" in hrefs and f"{name}.json" in hrefs, f"{name}: NAME.txt and NAME.json listed")
    for href, size, digest in files:
        p = os.path.join(pkg, href)
        ok = os.path.isfile(p) and os.path.getsize(p) == size and sha256(p) == digest
        check(ok, f"{name}: {href} exists with the stated size and SHA-256")
    master = os.path.join(pkg, "master", os.path.basename(inp))
    check(sha256(master) == inp_sha, f"{name}: the master is the input, byte for byte")
    root = ET.fromstring(data)
    pages = root.findall(".//mets:structMap[@TYPE='PHYSICAL']//mets:div[@TYPE='page']", NS)
    record = json.load(open(os.path.join(pkg, f"{name}.json"), encoding="utf-8"))
    check(len(pages) == len(record["pages"]), f"{name}: one physical page per page of NAME.json")
    if not name.startswith("born"):
        altos = [h for h in hrefs if h.startswith("alto/")]
        check(len(altos) == len(record["pages"]), f"{name}: one ALTO file per page")
    events = root.findall(".//{http://www.loc.gov/premis/v3}eventType")
    check(len(events) >= 3, f"{name}: PREMIS events of the processing history ({len(events)})")
    return record


def check_xmp(pdf, record, name):
    meta = run(["pdfinfo", "-meta", pdf]).stdout
    m = record["metadata"]
    if m.get("number"):
        check(f"<dc:identifier>{m['number']}</dc:identifier>" in meta, f"{name}: XMP dc:identifier = number")
    if m.get("issuer"):
        check(f"<rdf:li>{m['issuer']}</rdf:li></rdf:Seq></dc:creator>" in meta, f"{name}: XMP dc:creator = issuer")
    if m.get("date"):
        check(f"<rdf:li>{m['date']}</rdf:li></rdf:Seq></dc:date>" in meta, f"{name}: XMP dc:date = date")
    check("<pdfaid:part>2</pdfaid:part>" in meta, f"{name}: still PDF/A-2")
    info = run(["pdfinfo", pdf]).stdout
    if m.get("issuer"):
        check(re.search(r"^Author: +" + re.escape(m["issuer"]) + "$", info, re.M) is not None,
              f"{name}: /Author equals dc:creator")


def flip_byte(path, offset):
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x20]))


def main():
    tmp = tempfile.mkdtemp(prefix="sohoa-package-")
    try:
        ind, out = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        os.mkdir(ind)
        shas = {}
        for folder, f in INPUTS:
            shutil.copy(os.path.join(SRC, "corpus", folder, f), ind)
            shas[f] = sha256(os.path.join(ind, f))
        mtimes = {f: os.stat(os.path.join(ind, f)).st_mtime_ns for _, f in INPUTS}
        r = run([SOHOA, "run", "-q", "-j", "2", "--package", ind, "-o", out])
        check(r.returncode == 0, f"sohoa run --package exits 0 ({r.returncode}) {r.stderr[-400:]}")
        for _, f in INPUTS:
            name = os.path.splitext(f)[0]
            inp = os.path.join(ind, f)
            record = check_package(os.path.join(out, name + ".package"), name, inp, shas[f])
            if os.path.exists(os.path.join(out, name + ".pdf")):
                check_xmp(os.path.join(out, name + ".pdf"), record, name)
            check(sha256(inp) == shas[f] and os.stat(inp).st_mtime_ns == mtimes[f],
                  f"{name}: the input is unchanged")
        rows = list(csv.DictReader(open(os.path.join(out, "packages.csv"), encoding="utf-8")))
        check(len(rows) == 3 and all(r["status"] == "packaged" for r in rows),
              "packages.csv: one packaged row per document")
        for row in rows:
            check(sha256(os.path.join(out, row["package"], "METS.xml")) == row["mets_sha256"],
                  f"packages.csv: METS SHA-256 of {row['package']}")

        r = run([SOHOA, "verify", out])
        check(r.returncode == 0, f"sohoa verify: 0 on untouched packages ({r.returncode}) {r.stdout}")
        flip_byte(os.path.join(out, "multi.package", "multi.txt"), 3)
        os.remove(os.path.join(out, "decree30.package", "alto", "decree30.p0001.alto.xml"))
        r = run([SOHOA, "verify", "-q", out])
        check(r.returncode == 4, f"sohoa verify: 4 after a change ({r.returncode})")
        check("multi.package: multi.txt: SHA-256 differs" in r.stdout, "sohoa verify names the changed file")
        check("decree30.p0001.alto.xml: missing" in r.stdout, "sohoa verify names the missing file")

        # As one tar per document: the same tree, checked inside the tar.
        shutil.rmtree(os.path.join(out, "multi.package"))
        shutil.rmtree(os.path.join(out, "decree30.package"))
        shutil.rmtree(os.path.join(out, "born.package"))
        r = run([SOHOA, "package", "-q", "--tar", out])
        check(r.returncode == 0, f"sohoa package --tar exits 0 ({r.returncode}) {r.stderr}")
        tar = os.path.join(out, "multi.package.tar")
        with tarfile.open(tar) as t:
            names = t.getnames()
            check("multi.package/METS.xml" in names and "multi.package/master/multi.tif" in names,
                  "tar: METS.xml and the master inside multi.package/")
            files = stated_files(t.extractfile("multi.package/METS.xml").read())
            check(all(("multi.package/" + h) in names for h, _, _ in files), "tar: every METS file inside")
        r = run([SOHOA, "verify", out])
        check(r.returncode == 0, f"sohoa verify on tar packages: 0 ({r.returncode}) {r.stdout}")
        data = open(tar, "rb").read()
        at = data.rfind(b"Lu\xe1\xba\xadt") if b"Lu\xe1\xba\xadt" in data else len(data) // 2
        flip_byte(tar, at)
        r = run([SOHOA, "verify", "-q", out])
        check(r.returncode in (2, 4) and "multi.package.tar" in r.stdout,
              f"sohoa verify on a changed tar: fails and names it ({r.returncode}) {r.stdout}")

        # A word corrected in sohoa review (its row as review writes it) joins
        # the processing history as a PREMIS event with who and when.
        db = sqlite3.connect(os.path.join(out, "catalog.sqlite"))
        iid = db.execute("SELECT id FROM inputs WHERE path LIKE '%multi.tif'").fetchone()[0]
        db.execute("INSERT INTO corrections(input_id, page, kind, word, old, new, at, user)"
                   " VALUES(?, 2, 'word', 3, 'Dang', 'Đảng', '2026-12-01T10:00:00Z', 'lan')", (iid,))
        db.commit()
        db.close()

        # An input edited since the run: its package would lie, so none is made.
        with open(os.path.join(ind, "born.pdf"), "ab") as f:
            f.write(b"%edited\n")
        r = run([SOHOA, "package", "-q", out])
        check(r.returncode == 3 and "born.pdf" in r.stderr and "changed since" in r.stderr,
              f"sohoa package: 3 and names an input changed since the run ({r.returncode}) {r.stderr}")
        P = "{http://www.loc.gov/premis/v3}"
        root = ET.parse(os.path.join(out, "multi.package", "METS.xml")).getroot()
        fixes = [e for e in root.iter(P + "event") if e.findtext(P + "eventType") == "modification"]
        check(len(fixes) == 1 and '"Dang" -> "Đảng"' in fixes[0].findtext(".//" + P + "eventDetail")
              and fixes[0].findtext(P + "eventDateTime") == "2026-12-01T10:00:00Z"
              and fixes[0].findtext(".//" + P + "linkingAgentIdentifierValue") == "lan (sohoa review)",
              "METS: the review correction is a PREMIS event (what, when, who)")
        r = run([SOHOA, "verify", "/nonexistent-sohoa-folder"])
        check(r.returncode == 2, f"sohoa verify: 2 when there is nothing to check ({r.returncode})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
