#!/usr/bin/env python3
"""Validate `sohoa segment` output for every corpus/segment input (clean and
OCR) against docs/segment.schema.json (python3-jsonschema, Draft 2020-12)."""
import json
import os
import subprocess
import sys

import jsonschema

root = os.environ.get("SOHOA_SOURCE_ROOT", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
prog = sys.argv[1]
schema = json.load(open(os.path.join(root, "docs", "segment.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
corpus = os.path.join(root, "corpus", "segment")
inputs = [os.path.join(corpus, f) for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
for sub in sorted(os.listdir(corpus)):
    d = os.path.join(corpus, sub)
    if sub.startswith("ocr") and os.path.isdir(d):
        inputs += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
bad = 0
for path in inputs:
    out = subprocess.run([prog, "--compact", path], capture_output=True, text=True)
    if out.returncode != 0:
        print("FAIL %s: exit %d %s" % (path, out.returncode, out.stderr))
        bad += 1
        continue
    errors = sorted(v.iter_errors(json.loads(out.stdout)), key=lambda e: list(e.path))
    for e in errors[:5]:
        print("FAIL %s: %s at %s" % (os.path.relpath(path, root), e.message, "/".join(map(str, e.path))))
    bad += bool(errors)
    if not errors:
        print("ok   %s" % os.path.relpath(path, root))
print("%d of %d outputs valid" % (len(inputs) - bad, len(inputs)))
sys.exit(1 if bad else 0)
