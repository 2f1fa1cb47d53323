#!/usr/bin/env python3
"""stripped-accuracy.py VNRESTORE TEXT FLOOR: strip every mark from TEXT (a clean
document the model never saw: seed 004), restore it with vnrestore --mode=stripped,
print the syllable accuracy and fail if it is below FLOOR."""
import os, subprocess, sys, unicodedata

root = os.environ.get("SOHOA_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(root, "tools"))
import vnsyl  # noqa: E402

def syllables(text):
    out = []
    for w in text.split():
        w = vnsyl.trim(w)
        if w and any(c.isalpha() for c in w):
            lo = unicodedata.normalize("NFC", w.lower())
            out.append(vnsyl.canon(lo) or lo)
    return out

vnr, path, floor = sys.argv[1], sys.argv[2], float(sys.argv[3])
truth = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
bare = vnsyl.strip(truth)
r = subprocess.run([vnr, "--mode=stripped", "--stats"], input=bare.encode("utf-8"),
                   capture_output=True, check=True)
hyp = r.stdout.decode("utf-8")
t, h = syllables(truth), syllables(hyp)
if len(t) != len(h):
    print("token count differs: %d vs %d" % (len(t), len(h)))
    sys.exit(1)
ok = sum(1 for x, y in zip(t, h) if x == y)
acc = ok / len(t)
print("stripped %s: %d syllables, accuracy %.4f (floor %.3f); %s" %
      (os.path.basename(path), len(t), acc, floor, r.stderr.decode().strip()))
sys.exit(0 if acc >= floor else 1)
