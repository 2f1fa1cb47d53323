#!/usr/bin/env python3
"""make-articles.py PHAP_DIEN_GZ: draw the articles of corpus/segment/articles.

The duty articles of the pháp điển (an article whose title says "trách nhiệm"
or "nhiệm vụ": who must do what), 300 to 5,000 characters, at most two from
one topic, drawn with a fixed seed, so that the same input always gives the
same articles. Writes NNN.txt (401 ...) and split.tsv here; within the
draw's order the articles alternate dev, val. Batch 8 is the draw's first 60
(401-460), batch 9 its next 60 (461-520), taken later the same session when
the first 60 proved a small gate; batch 10 its next 60 (521-580), drawn in
session 18 and kept from every rule designer; batch 11 its next 60 (581-640),
drawn in session 19 and kept from every rule designer; batch 12 its next 60
(641-700), drawn in session 20 and kept from every rule designer; batch 13 the last 32
(701-732: with at most two from a topic the draw holds no more), drawn in
session 22 and kept from every rule designer. Run by hand; the tests only read
what it wrote. Each batch added leaves the earlier ones as they were.
"""
import collections
import gzip
import os
import random
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
topic, arts, cur = None, [], None
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("### "):
            topic, cur = line, None
            continue
        if re.match(r"^Điều \d+[a-zđ]?\. ", line):
            cur = [topic, [line]]
            arts.append(cur)
        elif cur:
            cur[1].append(line)
duty = []
for t, lines in arts:
    # the heading of the next chapter or section ("Mục 3", "THANH TRA THUẾ")
    # is printed before that part's first article: not this article's text
    while lines and (not lines[-1].strip() or re.match(r"^(Chương|Mục|Phần|Tiểu mục) [0-9IVXLC]+", lines[-1])
                     or lines[-1] == lines[-1].upper()):
        lines.pop()
    text = "\n".join(lines) + "\n"
    if re.search(r"(?i)trách nhiệm|nhiệm vụ", lines[0]) and 300 <= len(text) <= 5000:
        duty.append((t, text))
rng = random.Random(20261206)
rng.shuffle(duty)
per_topic, chosen = collections.Counter(), []
for t, text in duty:
    if per_topic[t] < 2:
        per_topic[t] += 1
        chosen.append((t, text))
    if len(chosen) == 360:
        break
with open(os.path.join(here, "split.tsv"), "w", encoding="utf-8") as s:
    s.write("id\tsplit\tdoc_type\tchars\ttopic\tbatch\n")
    for i, (t, text) in enumerate(chosen):
        n = "%03d" % (401 + i)
        with open(os.path.join(here, n + ".txt"), "w", encoding="utf-8") as o:
            o.write(text)
        s.write("%s\t%s\tĐIỀU\t%d\t%s\t%d\n" % (n, "dev" if i % 2 == 0 else "val", len(text), t[4:], 8 if i < 60 else 9 if i < 120 else 10 if i < 180 else 11 if i < 240 else 12 if i < 300 else 13))
