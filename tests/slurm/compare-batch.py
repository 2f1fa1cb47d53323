#!/usr/bin/env python3
"""Do two batch output folders hold the same results? Used by the suite
`slurm` test to compare a merged Slurm run with a single-machine run.

usage: compare-batch.py SINGLE_OUTDIR MERGED_OUTDIR

Compares catalog.sqlite (inputs by path, pages by path and page number;
every column except row ids, run ids and timings, and output paths taken
relative to their OUTDIR) and every NAME.txt / NAME.json under the two
folders (texts byte for byte; JSON with its timing fields removed), and
the batch-wide targets.csv and agencies.csv (same rows in any order). Prints
what it compared; exits 1 on the first kind of difference, listing them.
"""
import json
import os
import sqlite3
import sys

SKIP = {"id", "input_id", "run_id", "started", "finished", "seconds"}
TIMING_KEYS = {"seconds", "timings"}


def rows(outdir, table):
    db = sqlite3.connect(os.path.join(outdir, "catalog.sqlite"))
    db.row_factory = sqlite3.Row
    if table == "inputs":
        q = "SELECT * FROM inputs"
    else:
        q = f"SELECT i.path AS input_path, t.* FROM {table} t JOIN inputs i ON i.id = t.input_id"
    out = {}
    for r in db.execute(q):
        d = {k: r[k] for k in r.keys() if k not in SKIP}
        for k in ("out_txt", "out_json"):
            if d.get(k):
                d[k] = os.path.relpath(d[k], outdir)
        if d.get("record"):
            d["record"] = strip(json.loads(d["record"]))
        key = (d["path"],) if table == "inputs" else (d["input_path"], d["page"])
        out[key] = d
    db.close()
    return out


def strip(v):
    if isinstance(v, dict):
        return {k: strip(x) for k, x in v.items() if k not in TIMING_KEYS}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v


def files(outdir):
    found = {}
    for root, dirs, names in os.walk(outdir):
        dirs[:] = [d for d in dirs if d != "slurm"]
        for n in names:
            if n.endswith((".txt", ".json")):
                p = os.path.join(root, n)
                found[os.path.relpath(p, outdir)] = p
    return found


def main():
    a, b = sys.argv[1], sys.argv[2]
    problems = []
    for table in ("inputs", "pages"):
        ra, rb = rows(a, table), rows(b, table)
        if ra.keys() != rb.keys():
            problems.append(f"{table}: rows differ: only single {sorted(ra.keys() - rb.keys())},"
                            f" only merged {sorted(rb.keys() - ra.keys())}")
        for k in sorted(ra.keys() & rb.keys()):
            if ra[k] != rb[k]:
                cols = [c for c in ra[k] if ra[k].get(c) != rb[k].get(c)]
                problems.append(f"{table} {k}: columns differ: {cols}")
        print(f"catalogue {table}: {len(ra)} rows single, {len(rb)} merged")
    fa, fb = files(a), files(b)
    if fa.keys() != fb.keys():
        problems.append(f"output files differ: only single {sorted(fa.keys() - fb.keys())},"
                        f" only merged {sorted(fb.keys() - fa.keys())}")
    for rel in sorted(fa.keys() & fb.keys()):
        with open(fa[rel], "rb") as x, open(fb[rel], "rb") as y:
            da, db = x.read(), y.read()
        if rel.endswith(".json"):
            same = strip(json.loads(da)) == strip(json.loads(db))
        else:
            same = da == db
        if not same:
            problems.append(f"{rel}: differs")
    print(f"output files: {len(fa)} single, {len(fb)} merged")
    # The batch-wide CSVs: the same rows (their order follows catalogue ids,
    # which a merge renumbers).
    for name in ("targets.csv", "agencies.csv"):
        pa, pb = os.path.join(a, name), os.path.join(b, name)
        if not (os.path.exists(pa) and os.path.exists(pb)):
            problems.append(f"{name}: missing in {'single' if not os.path.exists(pa) else 'merged'}")
            continue
        with open(pa, encoding="utf-8") as x, open(pb, encoding="utf-8") as y:
            la, lb = x.read().splitlines(), y.read().splitlines()
        if la[:1] != lb[:1] or sorted(la[1:]) != sorted(lb[1:]):
            problems.append(f"{name}: rows differ")
        print(f"{name}: {len(la) - 1} rows single, {len(lb) - 1} merged")
    for p in problems:
        print("DIFF:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
