"""What the OCR end-to-end tests share: a check that records failures, and
the character error rate after NFC and whitespace folding (as
../shared/tools/cer.py computes it)."""
import unicodedata

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def cer(ref, hyp):
    r, h = norm(ref), norm(hyp)
    prev = list(range(len(h) + 1))
    for i, a in enumerate(r, 1):
        cur = [i]
        for j, b in enumerate(h, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1] / max(1, len(r))
