#!/usr/bin/env python3
"""Generate the encoding tables of libvnfix (src/repair/enc_*.c); the letters
themselves come from tools/gen-alphabet (src/repair/alphabet.c).

Run from the source root: tools/gen-enc-tables.py. The output is checked in;
run this again only to change a table. Sources of the facts:
  - TCVN3 (VN3) and VISCII: glibc iconv (TCVN5712-1, VISCII = RFC 1456),
    restricted for TCVN3 to the 74 letters VN3 has (VN1 and VN3 agree on them);
  - CP1258, CP1252: the Python codecs (Unicode's CP125x.TXT mappings);
  - VNI-Windows: its structure (base letter + mark byte; single bytes for
    the i forms, ỵ, đ, ơ, ư), cross-checked against UniKey's and recode's bytes;
  - VPS: the byte list below (see VPS_DECISION);
  - VIQR: RFC 1456 mnemonics.
"""
import importlib.machinery, importlib.util, os, subprocess, sys, unicodedata

def _alphabet():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen-alphabet")
    loader = importlib.machinery.SourceFileLoader("gen_alphabet", path)
    mod = importlib.util.module_from_spec(importlib.util.spec_from_loader("gen_alphabet", loader))
    loader.exec_module(mod)
    return mod

ALPHABET = _alphabet()
VOWELS = ALPHABET.VOWELS
TONES = ALPHABET.TONE_MARKS                        # none huyền hỏi ngã sắc nặng
DIACRITIC = {"ă": "\u0306", "â": "\u0302", "ê": "\u0302", "ô": "\u0302", "ơ": "\u031b", "ư": "\u031b"}

def letter(v, t, upper=False):
    return ALPHABET.letter(VOWELS.index(v) + 1, t, upper)

# Every Vietnamese letter that is not plain ASCII: 66 vowels + đ, both cases.
LOWER = [letter(v, t) for v in VOWELS for t in range(6) if not (v in "aeiouy" and t == 0)] + ["đ"]
UPPER = [c.upper() for c in LOWER]
assert len(LOWER) == 67 and all(len(c) == 1 for c in LOWER + UPPER)
LETTERS = LOWER + UPPER

def split(ch):
    """(base letter, diacritic marks, tone mark) of a letter, diacritic first
    whatever the canonical order (NFD puts the dot below before ^)."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(m for m in d[1:] if m in TONES[1:])
    dia = "".join(m for m in d[1:] if m not in TONES[1:])
    return d[0], dia, tone

def iconv_encode(enc, ch):
    r = subprocess.run(["iconv", "-f", "UTF-8", "-t", enc], input=ch.encode(), capture_output=True)
    return r.stdout if r.returncode == 0 else None

def iconv_decode(enc, b):
    r = subprocess.run(["iconv", "-f", enc, "-t", "UTF-8"], input=bytes([b]), capture_output=True)
    return r.stdout.decode() if r.returncode == 0 else None

def cp1252(b):
    try:
        return ord(bytes([b]).decode("cp1252"))
    except UnicodeDecodeError:
        return None

# ---------------------------------------------------------------- VNI-Windows
VNI_MARKS_LOWER = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF,
                   "\u0302": 0xE2, "\u0302\u0301": 0xE1, "\u0302\u0300": 0xE0, "\u0302\u0309": 0xE5,
                   "\u0302\u0303": 0xE3, "\u0302\u0323": 0xE4, "\u0306": 0xEA, "\u0306\u0301": 0xE9,
                   "\u0306\u0300": 0xE8, "\u0306\u0309": 0xFA, "\u0306\u0303": 0xFC, "\u0306\u0323": 0xEB}
VNI_MARKS_UPPER = {"\u0301": 0xD9, "\u0300": 0xD8, "\u0309": 0xDB, "\u0303": 0xD5, "\u0323": 0xCF,
                   "\u0302": 0xC2, "\u0302\u0301": 0xC1, "\u0302\u0300": 0xC0, "\u0302\u0309": 0xC5,
                   "\u0302\u0303": 0xC3, "\u0302\u0323": 0xC4, "\u0306": 0xCA, "\u0306\u0301": 0xC9,
                   "\u0306\u0300": 0xC8, "\u0306\u0309": 0xDA, "\u0306\u0303": 0xDC, "\u0306\u0323": 0xCB}
VNI_SINGLE = {"í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE, "đ": 0xF1, "ơ": 0xF4, "ư": 0xF6,
              "Í": 0xCD, "Ì": 0xCC, "Ỉ": 0xC6, "Ĩ": 0xD3, "Ị": 0xD2, "Ỵ": 0xCE, "Đ": 0xD1, "Ơ": 0xD4, "Ư": 0xD6}

def vni_bytes(ch):
    if ch in VNI_SINGLE:
        return [VNI_SINGLE[ch]]
    base, dia, tone = split(ch)
    marks = dia + tone
    if marks.startswith("\u031b"):          # horn: ơ/ư are single bytes that take tone marks
        base, marks = unicodedata.normalize("NFC", base + "\u031b"), marks[1:]
        b = VNI_SINGLE[base]
    else:
        b = ord(base)
    table = VNI_MARKS_UPPER if ch.isupper() else VNI_MARKS_LOWER
    return [b, table[marks]] if marks else [b]

# ---------------------------------------------------------------------- VPS
# VPS_DECISION: sources disagree. We follow the layout UniKey's converter
# uses (the converter most VPS documents went through), which also agrees
# with GNU recode on every byte recode defines. Ỗ is at 0x99: only one source
# places it and none puts anything else there, so decoding 0x99 as Ỗ cannot
# misread a byte another table gives meaning to. Fourteen toned capitals
# (Ạ Ẫ Ậ Ặ Ẹ Ệ Ị Ọ Ộ Ợ Ụ Ữ Ự Ỵ) have no code in this layout (their
# lowercase forms were used in capitals fonts): encoding them is an error or
# a replacement, decoding yields the lowercase letter. Layouts that put
# capitals at C0 control positions are not followed: those bytes would turn
# control characters of ordinary files into letters.
VPS = ("ÁC1 áE1 À80 àE0 Ả81 ảE4 Ã82 ãE3 ạE5 ÂC2 âE2 Ấ83 ấC3 Ầ84 ầC0 Ẩ85 ẩC4 ẫC5 ậC6 Ă88 ăE6 Ắ8D ắA1 "
       "Ằ8E ằA2 Ẳ8F ẳA3 ẴF0 ẵA4 ặA5 ĐF1 đC7 ÉC9 éE9 ÈD7 èE8 ẺDE ẻC8 ẼFE ẽEB ẹCB ÊCA êEA Ế90 ế89 Ề93 "
       "ề8A Ể94 ể8B Ễ95 ễCD ệ8C ÍB4 íED ÌB5 ìEC ỈB7 ỉCC ĨB8 ĩEF ịCE ÓB9 óF3 ÒBC òF2 ỎBD ỏD5 ÕBE õF5 "
       "ọ86 ÔD4 ôF4 Ố96 ốD3 Ồ97 ồD2 Ổ98 ổB0 Ỗ99 ỗ87 ộB6 ƠF7 ơD6 Ớ9D ớA7 Ờ9E ờA9 Ở9F ởAA ỠA6 ỡAB ợAE "
       "ÚDA úFA ÙA8 ùF9 ỦD1 ủFB ŨAC ũDB ụF8 ƯD0 ưDC ỨAD ứD9 ỪAF ừD8 ỬB1 ửBA ữBB ựBF ÝDD ý9A ỲB2 ỳFF "
       "ỶFD ỷ9B ỸB3 ỹCF ỵ9C")
VPS_MAP = {t[0]: [int(t[1:], 16)] for t in VPS.split()}

# ---------------------------------------------------------------- emitters
def c_u16_table(name, vals):
    rows = []
    for i in range(0, 256, 8):
        rows.append("    " + ", ".join("0x%04X" % v for v in vals[i:i + 8]) + ",")
    return "static const uint16_t %s[256] = {\n%s\n};\n" % (name, "\n".join(rows))

def c_u8_table(name, vals):
    rows = []
    for i in range(0, 256, 16):
        rows.append("    " + ", ".join("%d" % v for v in vals[i:i + 16]) + ",")
    return "static const uint8_t %s[256] = {\n%s\n};\n" % (name, "\n".join(rows))

def write_codec(fname, cname, enc_id, name, kind, flags, decode, letters, why, marks=None, pairs=None, extra_encode=None):
    """letters: dict char -> list of bytes (the encoder's choice for each letter)."""
    enc = {}
    for b in range(256):                        # everything the decoder yields, reversed
        cp = decode[b]
        if cp != 0xFFFF and cp not in enc and chr(cp) not in LETTERS:
            enc[cp] = [b]
    for ch, bs in letters.items():              # letters: the table's own choice wins
        enc[ord(ch)] = bs
    for cp, bs in (extra_encode or {}).items():
        enc[cp] = bs
    for cp in list(enc):                        # ASCII is implicit
        if cp < 0x80 and enc[cp] == [cp]:
            del enc[cp]
    out = ["/* %s: generated by tools/gen-enc-tables.py; do not edit. */" % fname,
           "/*", " * " + "\n * ".join(why.strip().split("\n")), " */",
           '#include "codec.h"', ""]
    out.append(c_u16_table("dec", decode))
    if marks:
        out.append(c_u8_table("mark", marks))
        out.append("static const vnfix_pair pairs[] = {")
        for key, cp in sorted(pairs.items()):
            out.append("    {0x%06X, 0x%04X}," % (key, cp))
        out.append("};")
    out.append("static const vnfix_encpt encode[] = {")
    for cp in sorted(enc):
        bs = enc[cp] + [0] * (3 - len(enc[cp]))
        out.append("    {0x%04X, %d, {0x%02X, 0x%02X, 0x%02X}}," % (cp, len(enc[cp]), *bs))
    out.append("};")
    out.append("")
    # The direct path: a table without pairs whose every code point is NFC
    # as it stands can go from bytes to UTF-8 in one step.
    direct = kind == "VNFIX_KIND_BYTES" and not marks and all(
        cp == 0xFFFF or cp < 0x300 or 0x1E00 <= cp <= 0x1EFF or 0x2002 <= cp <= 0x20CF or 0x2100 <= cp <= 0x2125
        for cp in decode)
    if direct:
        out.append("/* Each byte as UTF-8 (length, bytes), and what it is for case recovery:")
        out.append(" * 1 capital, 2 lowercase with a tone, 4 any other letter. */")
        out.append("static const uint8_t utf8[256][4] = {")
        for b in range(256):
            cp = decode[b]
            u = list(chr(cp).encode()) if cp != 0xFFFF else []
            out.append("    {%d%s}," % (len(u), "".join(", 0x%02X" % x for x in u)))
        out.append("};")
        flags_ = []
        for b in range(256):
            cp = decode[b]
            ch = chr(cp) if cp != 0xFFFF else ""
            f = 0
            if ch and ch.isalpha():
                if ch.isupper():
                    f = 1
                elif ch in LETTERS and split(ch)[2]:
                    f = 2
                else:
                    f = 4
            flags_.append(f)
        out.append(c_u8_table("letter", flags_))
    out.append("const vnfix_codec %s = {" % cname)
    out.append("    %s, \"%s\", %s, %s, dec," % (enc_id, name, kind, flags))
    if marks:
        out.append("    mark, pairs, sizeof pairs / sizeof pairs[0],")
    else:
        out.append("    NULL, NULL, 0,")
    out.append("    encode, sizeof encode / sizeof encode[0],")
    out.append("    %s," % ("utf8, letter" if direct else "NULL, NULL"))
    out.append("};")
    with open("src/repair/" + fname, "w") as f:
        f.write("\n".join(out) + "\n")

def base_decode():
    """Bytes a legacy table gives no letter to keep their Windows-1252 meaning
    (the fonts were Windows fonts); cp1252's five holes map to nothing."""
    return [b if b < 0x80 else (cp1252(b) if cp1252(b) is not None else 0xFFFF) for b in range(256)]

def gen_vni():
    dec = base_decode()
    letters = {ch: vni_bytes(ch) for ch in LETTERS}
    marks = [0] * 256
    pairs = {}
    for ch, bs in letters.items():
        if len(bs) == 1:
            dec[bs[0]] = ord(ch)
        else:
            marks[bs[1]] = 1
            pairs[(dec[bs[0]] << 8) | bs[1]] = ord(ch)
    # single-byte letters are set before the pair keys are read
    pairs = {}
    for ch, bs in letters.items():
        if len(bs) == 2:
            pairs[(dec[bs[0]] << 8) | bs[1]] = ord(ch)
    write_codec("enc_vni.c", "vnfix_codec_vni", "VNFIX_ENC_VNI", "vni", "VNFIX_KIND_BYTES", "0", dec, letters, """
VNI-Windows: a marked vowel is its base letter followed by a mark byte
(0xC0-0xFC; capitals take the capital mark bytes), ơ ư đ and the i forms
and ỵ are single bytes. A mark byte only joins a base letter it is defined
for; anywhere else it keeps its Windows-1252 meaning (café, Müller, 50°C).
""", marks, pairs)

def gen_tcvn3():
    dec = base_decode()
    letters = {}
    for ch in LOWER + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]:
        b = iconv_encode("TCVN5712-1", ch)
        assert b and len(b) == 1 and 0xA0 < b[0] < 0xFF, ch
        letters[ch] = [b[0]]
        dec[b[0]] = ord(ch)
        assert iconv_decode("TCVN5712-1", b[0]) == ch
    assert len(letters) == 74
    assert dec[0xAD] == ord("ư")
    write_codec("enc_tcvn3.c", "vnfix_codec_tcvn3", "VNFIX_ENC_TCVN3", "tcvn3", "VNFIX_KIND_BYTES",
                "VNFIX_CODEC_NO_TONED_CAPS | VNFIX_CODEC_SHY_IS_LETTER", dec, letters, """
TCVN 5712:1993 VN3 (the ABC ".VnTime" fonts): the 67 lowercase letters and
Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xFE. Toned capitals do not exist: they were typed
with the lowercase codes in a capitals font (".VnTimeH"). Other bytes keep
their Windows-1252 meaning, unlike VN1 (0xB0-0xB4 are not combining marks).
Its ư is 0xAD, the soft hyphen of Windows-1252, which editors strip from
the mojibake: shy.c puts it back where the syllable model says.
""")

def gen_viscii():
    dec = base_decode()
    letters = {}
    for b in list(range(0x20)) + list(range(0x80, 0x100)):
        s = iconv_decode("VISCII", b)
        if s and ord(s) != b:
            dec[b] = ord(s)
    for ch in LETTERS:
        b = iconv_encode("VISCII", ch)
        assert b and len(b) == 1, ch
        letters[ch] = [b[0]]
    write_codec("enc_viscii.c", "vnfix_codec_viscii", "VNFIX_ENC_VISCII", "viscii", "VNFIX_KIND_BYTES", "0",
                dec, letters, """
VISCII (RFC 1456): every letter is one byte; six capitals (Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ) sit
at C0 control positions 0x02 0x05 0x06 0x14 0x19 0x1E, as the RFC defines.
""")

def gen_vps():
    dec = base_decode()
    for ch, bs in VPS_MAP.items():
        dec[bs[0]] = ord(ch)
    letters = dict(VPS_MAP)
    write_codec("enc_vps.c", "vnfix_codec_vps", "VNFIX_ENC_VPS", "vps", "VNFIX_KIND_BYTES",
                "VNFIX_CODEC_NO_TONED_CAPS", dec, letters, """
VPS. Sources disagree; see VPS_DECISION in tools/gen-enc-tables.py: the
UniKey layout, Ỗ at 0x99, no capitals at control positions, fourteen toned
capitals without a code (decoded as lowercase, an error to encode).
""")

def gen_cp1258():
    dec = []
    for b in range(256):
        try:
            dec.append(ord(bytes([b]).decode("cp1258")))
        except UnicodeDecodeError:
            dec.append(0xFFFF)
    tone_byte = {t: t.encode("cp1258")[0] for t in TONES[1:]}
    letters = {}
    for ch in LETTERS:
        try:
            letters[ch] = list(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        b, dia, tone = split(ch)
        base = unicodedata.normalize("NFC", b + dia)
        letters[ch] = list(base.encode("cp1258")) + [tone_byte[tone]]
    write_codec("enc_cp1258.c", "vnfix_codec_cp1258", "VNFIX_ENC_CP1258", "cp1258", "VNFIX_KIND_BYTES", "0",
                dec, letters, """
Windows-1258: precomposed letters where the code page has them, otherwise
base letter + combining tone mark (0xCC 0xEC 0xD2 0xDE 0xF2); the engine
leaves the marks as code points and NFC composes them.
""")

def gen_viqr():
    dec = list(range(256))
    for b in range(0x80, 0x100):
        dec[b] = 0xFFFF
    dia = {"\u0306": "(", "\u0302": "^", "\u031b": "+"}
    tone = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}
    marks = [0] * 256
    for c in "(^+'`?~.dD":
        marks[ord(c)] = 1
    pairs = {}
    letters = {}
    for ch in LETTERS:
        if ch in "đĐ":
            continue
        base, d_marks, t_mark = split(ch)
        rest = d_marks + t_mark
        seq, cur = base, base
        for m in rest:
            key = dia.get(m) or tone[m]
            nxt = unicodedata.normalize("NFC", unicodedata.normalize("NFD", cur) + m)
            pairs[(ord(cur) << 8) | ord(key)] = ord(nxt)
            seq += key
            cur = nxt
        letters[ch] = list(seq.encode())
    pairs[(ord("d") << 8) | ord("d")] = ord("đ")
    pairs[(ord("D") << 8) | ord("D")] = ord("Đ")
    pairs[(ord("D") << 8) | ord("d")] = ord("Đ")
    letters["đ"] = list(b"dd")
    letters["Đ"] = list(b"DD")
    write_codec("enc_viqr.c", "vnfix_codec_viqr", "VNFIX_ENC_VIQR", "viqr", "VNFIX_KIND_MNEMONIC", "0",
                dec, letters, """
VIQR (RFC 1456): a letter, then its diacritic ( ^ + and its tone ' ` ? ~ .
typed after it; dd is đ. A backslash before a mark keeps it literal.
""", marks, pairs)

def gen_cp1252():
    inv = {}
    for b in range(0x80, 0x100):
        cp = cp1252(b)
        if cp is not None:
            inv[cp] = b
    out = ["/* enc_cp1252.c: generated by tools/gen-enc-tables.py; do not edit. */",
           "/*",
           " * The inverse of Windows-1252 (and of Latin-1, whose 0x80-0x9F are the C1",
           " * controls a 'sloppy' decoder yields): how bytes of a legacy encoding that",
           " * were read as Windows-1252 or Latin-1 are recovered from the code points.",
           " */",
           '#include "codec.h"', "",
           "/* Code points above U+00FF that Windows-1252 gives to bytes 0x80-0x9F. */",
           "static const struct { uint16_t cp; uint8_t byte; } high[] = {"]
    for cp in sorted(inv):
        if cp > 0xFF:
            out.append("    {0x%04X, 0x%02X}," % (cp, inv[cp]))
    out.append("};")
    out.append("""
int vnfix_cp1252_byte(uint32_t cp)
{
    if (cp < 0x100)
        return (int)cp;               /* Latin-1 and the C1 controls */
    if ((cp > 0x192 && cp < 0x2C6) || (cp > 0x2DC && cp < 0x2013) || cp > 0x2122)
        return -1;                    /* most text, Vietnamese letters included */
    size_t lo = 0, hi = sizeof high / sizeof high[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (high[mid].cp == cp)
            return high[mid].byte;
        if (high[mid].cp < cp) lo = mid + 1; else hi = mid;
    }
    return -1;
}

uint32_t vnfix_cp1252_char(uint8_t b)
{
    static const uint16_t c1[32] = {""")
    row = []
    for b in range(0x80, 0xA0):
        cp = cp1252(b)
        row.append("0x%04X" % (cp if cp is not None else b))
    out.append("        " + ", ".join(row[:8]) + ",")
    out.append("        " + ", ".join(row[8:16]) + ",")
    out.append("        " + ", ".join(row[16:24]) + ",")
    out.append("        " + ", ".join(row[24:]) + ",")
    out.append("""    };
    return b >= 0x80 && b < 0xA0 ? c1[b - 0x80] : b;
}""")
    with open("src/repair/enc_cp1252.c", "w") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    gen_vni(); gen_tcvn3(); gen_viscii(); gen_vps(); gen_cp1258(); gen_viqr(); gen_cp1252()
    print("generated src/repair/enc_*.c", file=sys.stderr)
