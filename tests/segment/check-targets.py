#!/usr/bin/env python3
"""Targets of made-up documents against what a reader lists (tests/segment/norms).

Why: the real dev documents were tuned until the program's false targets vanished from
them, while held-out documents kept many: norms of a regulation, routine duties, budgets,
past results, headings, programme names, dates of effect, a task's bare time line. Each
mNN.txt is a made-up document written to hold such passages in the forms real documents
use (a plan, a report of results, a regulation's articles, a decision's articles, an annex
table flattened one cell per line, a Thông báo's conclusions), with goals beside them so
that a rule dropping everything fails; mNN.expected.json lists the targets a reader would
(ANNOTATING.md), written before the program was run on them.

Targets match one to one as tools/eval-segment matches them (the expected span against the
start of a found text, 0.8 similarity after folding). A missed or extra target fails;
deadlines are printed when they differ and counted, not failed.

tests/segment/goals (--dir goals, test segment-goals) holds the converse: gNN.txt, made-up
documents holding goals in every form the definition admits (goals after "Phấn đấu", counts
and shares under a dated lead-in, an indicator table flattened one cell per line, dated tasks
opening with their agency or with "Giao", time lines of their own, periods, goals a PDF broke
over two lines, a horizon with a vision), with near misses beside them; their expected files
too were written and committed before the program read them.

tests/segment/goals3 (--dir goals3, test segment-goals3) holds quantified goals and their near
misses, with the same documents as a PDF's text layer gives them (goals3/pdf, goals3/pdflayout,
made by goals3/make-forms.sh): --form pdf reads FORM/ID.txt against the same expected files, and
--floor F passes when F1 reaches F (a set that is designed on fails on any miss otherwise).

Usage: check-targets.py PROGRAM [--dir norms|goals|goals3] [--form pdf|pdflayout] [--floor F] [--verbose]
"""
import json
import os
import subprocess
import sys

from evalsegment import EVAL  # tools/eval-segment: match as it matches

span_score = EVAL.span_score


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    prog, verbose = sys.argv[1], "--verbose" in sys.argv[2:]
    sub = sys.argv[sys.argv.index("--dir") + 1] if "--dir" in sys.argv[2:-1] else "norms"
    form = sys.argv[sys.argv.index("--form") + 1] if "--form" in sys.argv[2:-1] else None
    floor = float(sys.argv[sys.argv.index("--floor") + 1]) if "--floor" in sys.argv[2:-1] else None
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), sub)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("SOHOA_LANGDIR", os.path.join(root, "lang"))
    tp = fp = fn = dl_bad = 0
    for name in sorted(os.listdir(here)):
        if not name.endswith(".expected.json"):
            continue
        ident = name[: -len(".expected.json")]
        want = json.load(open(os.path.join(here, name), encoding="utf-8"))["targets"]
        src = os.path.join(here, form, ident + ".txt") if form else os.path.join(here, ident + ".txt")
        p = subprocess.run([prog, "--compact", src], capture_output=True, text=True)
        if p.returncode != 0:
            print("FAIL %s: exit %d %s" % (ident, p.returncode, p.stderr.strip()))
            fn += len(want)
            continue
        got = json.loads(p.stdout)["targets"]
        used, lines = set(), []
        for t in want:
            best, bi = 0.0, -1
            for i, g in enumerate(got):
                if i not in used:
                    s = span_score(t["text"], g.get("text") or "")
                    if s > best:
                        best, bi = s, i
            if best >= 0.8:
                used.add(bi)
                tp += 1
                if got[bi].get("deadline") != t.get("deadline"):
                    dl_bad += 1
                    lines.append("  deadline %s, expected %s: %s" % (got[bi].get("deadline"), t.get("deadline"), t["text"][:70]))
            else:
                fn += 1
                lines.append("  missed: [%s] %s" % (t.get("deadline"), t["text"][:80]))
        for i, g in enumerate(got):
            if i not in used:
                fp += 1
                lines.append("  extra: [%s] %s" % (g.get("deadline"), (g.get("text") or "")[:80]))
        bad = any(not l.startswith("  deadline") for l in lines)
        if bad or verbose or lines:
            print("%s %s" % ("FAIL" if bad else "ok  ", ident))
            for l in lines:
                print(l)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print("targets: %d found right, %d missed, %d extra (F1 %.3f); %d deadlines differ" % (tp, fn, fp, f1, dl_bad))
    if floor is not None:
        sys.exit(0 if f1 >= floor else 1)
    sys.exit(1 if fn or fp else 0)


if __name__ == "__main__":
    main()
