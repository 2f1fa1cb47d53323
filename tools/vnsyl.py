"""Vietnamese syllable helpers shared by tools/gen-syllables, train-lm, learn-channel
and eval-restore.  The letters and the tone numbering (0 none, 1 huyền, 2 hỏi,
3 ngã, 4 sắc, 5 nặng) come from tools/gen-alphabet, the generator of the C
library's table (src/repair/alphabet.c); canonical form = lowercase NFC, tone
placed in the "old" style (hòa, thủy, khỏe) by tone_index, the rule of
src/repair/tone.c (vnfix_tone_slot; tests/repair syllables-agree holds every
syllable gen-syllables writes to it)."""
import importlib.machinery
import importlib.util
import os
import unicodedata


def _alphabet():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen-alphabet")
    loader = importlib.machinery.SourceFileLoader("gen_alphabet", path)
    spec = importlib.util.spec_from_loader("gen_alphabet", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


ALPHABET = _alphabet()
SAC, NANG = 4, 5            # the tones a stop coda (p t c ch) allows
# base vowel -> the six tones, in the alphabet's numbering
TONED = ALPHABET.toned()
DECOMP = {}
for b, s in TONED.items():
    for t, ch in enumerate(s):
        DECOMP[ch] = (b, t)
BARE = {chr(cp): p for cp, (shape, tone, up, p) in ALPHABET.table().items()
        if not up and not tone and shape and chr(cp) != p}
ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
CODAS = ["ng", "nh", "ch", "c", "m", "n", "p", "t", "i", "y", "o", "u", ""]
# vowel nuclei (with their glides) found in Vietnamese; the inventory is built from these
NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
          "iê", "yê", "ia", "ya", "uô", "ua", "ươ", "ưa"]
MEDIALS = ["", "o", "u"]
STOPS = ("p", "t", "c", "ch")

def strip(s):
    """Bare letters: no tone, no vowel marks, đ -> d (case kept)."""
    out = []
    for ch in s:
        lo = ch.lower()
        b = DECOMP.get(lo, (lo, 0))[0]
        b = BARE.get(b, b)
        out.append(b.upper() if ch != lo else b)
    return "".join(out)

def split_tone(s):
    """lowercase syllable -> (untoned letters, tone 0..5)."""
    tone, out = 0, []
    for ch in s:
        if ch in DECOMP:
            b, t = DECOMP[ch]
            if t:
                tone = t
            out.append(b)
        else:
            out.append(ch)
    return "".join(out), tone

def parse(s):
    """untoned lowercase syllable -> (onset, vowels, coda) or None."""
    for on in ONSETS:
        if not s.startswith(on):
            continue
        rest = s[len(on):]
        if on == "gi" and (not rest or rest[0] not in "aăâeêoôơuưy"):
            # "gì", "gin": the i is the vowel
            continue
        if on == "qu" and not rest:
            continue
        for co in CODAS:
            if co and not rest.endswith(co):
                continue
            v = rest[:len(rest) - len(co)] if co else rest
            if v and all(c in "aăâeêiouôơưy" for c in v):
                return on, v, co
    return None

def tone_index(v, coda):
    """Index in the vowel group v that carries the tone (old style)."""
    for k in ("ơ", "ê", "ô", "â", "ă", "ư"):
        i = v.rfind(k)
        if i >= 0:
            if k == "ư" and "ơ" in v:
                continue
            return i
    if len(v) == 1:
        return 0
    if coda:
        return len(v) - 1
    if len(v) == 3:
        return 1
    return 0

def place(s, tone, style="old"):
    """untoned lowercase syllable + tone -> toned syllable."""
    if tone == 0:
        return s
    p = parse(s)
    if p is None:
        return None
    on, v, co = p
    i = tone_index(v, co)
    if style == "new" and not co and v in ("oa", "oe", "uy"):
        i = 1
    v = v[:i] + TONED[v[i]][tone] + v[i + 1:]
    return on + v + co

VALID = None

def _inventory():
    global VALID
    if VALID is None:
        VALID = set(generate())
    return VALID

def canon(s):
    """lowercase syllable in canonical (old) tone placement, or None if not one."""
    s = unicodedata.normalize("NFC", s.lower())
    u, t = split_tone(s)
    if t == 0:
        return s if s in _inventory() else None
    c = place(u, t)
    return c if c in _inventory() else None

def is_syllable(s):
    return canon(s) is not None

PUNCT = "\"'“”‘’()[]{},.;:!?…«»*-–—/\\|<>_"

def trim(w):
    return w.strip(PUNCT)

def generate():
    """All syllables the phonotactics allow, canonical form, untoned and toned."""
    out = set()
    for on in ONSETS:
        for med in MEDIALS:
            for nu in NUCLEI:
                for co in CODAS:
                    v = med + nu
                    if med and on in ("qu", "b", "p", "m", "v", "ph", "gi", "g", "gh"):
                        # labial onsets take no medial; qu already holds it
                        if not (on == "qu" and False):
                            continue
                    if med == "o" and nu not in ("a", "ă", "e"):
                        continue
                    if med == "u" and nu not in ("â", "ê", "y", "ơ", "yê", "ya", "a", "ă", "e"):
                        continue
                    if nu in ("iê", "uô", "ươ", "yê") and not co:
                        continue
                    if nu in ("ia", "ua", "ưa", "ya") and co:
                        continue
                    if nu in ("ă", "â") and not co:
                        continue
                    if co in ("i", "y", "o", "u") and len(nu) > 1 and nu not in ("uô", "ươ", "iê", "yê"):
                        continue
                    if co in ("i", "y", "o", "u"):
                        last = nu[-1]
                        if co == "i" and last in ("i", "y", "e", "ê"):
                            continue
                        if co == "y" and nu not in ("a", "â"):
                            continue
                        if co == "u" and last in ("u", "ô", "o"):
                            continue
                        if co == "o" and last not in ("a", "e"):
                            continue
                        if co in ("i", "y") and nu in ("iê", "yê"):
                            continue
                        if co == "o" and nu == "a" and med == "u":
                            continue
                    if co == "ch" and nu not in ("a", "ê", "i", "y"):
                        continue
                    if co == "nh" and nu not in ("a", "ê", "i", "y"):
                        continue
                    if nu == "y" and not (med == "u" or not on or on in ("k", "h", "l", "m", "t", "qu", "s", "v", "đ", "n", "ngh", "x", "r")):
                        continue
                    if on in ("k", "gh", "ngh") and not (v[0] in "eêiy" or (on == "k" and med)):
                        continue
                    if on in ("c", "g", "ng") and v[0] in "eêi" and not (on == "g" and False):
                        continue
                    if on == "qu" and med:
                        continue
                    if nu == "yê" and not (med == "u" or on in ("", "qu")):
                        continue
                    if nu == "iê" and (med == "u" or on == "qu"):
                        continue
                    if nu == "ya" and med != "u":
                        continue
                    if on == "gi" and nu in ("i", "iê", "ia"):
                        continue
                    s = on + v + co
                    if co not in STOPS:
                        out.add(s)
                    tones = (SAC, NANG) if co in STOPS else range(1, 6)
                    for t in tones:
                        r = place(s, t)
                        if r:
                            out.add(r)
    # "gì", "gìn", "giữ" take their i as the vowel; "gi" + coda
    for co in CODAS:
        if co in ("i", "y", "o"):
            continue
        s = "gi" + co
        if co not in STOPS:
            out.add(s)
        for t in ((SAC, NANG) if co in STOPS else range(1, 6)):
            out.add("g" + TONED["i"][t] + co)
    return sorted(out)
