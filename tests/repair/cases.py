#!/usr/bin/env python3
"""cases.py VNFIX CASES.tsv: run vnfix on each real-world case of the table
(corpus/vnfix/cases.tsv) and compare its output and exit status."""
import re
import subprocess
import sys


def unescape(field):
    """\\xHH a byte, \\n \\t \\\\; the rest UTF-8."""
    out = bytearray()
    data = field.encode('utf-8')
    i = 0
    while i < len(data):
        if data[i:i + 1] == b'\\' and i + 1 < len(data):
            c = data[i + 1:i + 2]
            if c == b'x':
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            out += {b'n': b'\n', b't': b'\t', b'\\': b'\\'}.get(c, b'\\' + c)
            i += 2
            continue
        out.append(data[i])
        i += 1
    return bytes(out)


def main():
    vnfix, table = sys.argv[1], sys.argv[2]
    failed = total = 0
    with open(table, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            name, opts, inp, want, status, _why = line.rstrip('\n').split('\t')
            total += 1
            p = subprocess.run([vnfix] + opts.split(), input=unescape(inp), capture_output=True)
            got, exp = p.stdout, unescape(want)
            if got != exp or p.returncode != int(status):
                failed += 1
                print(f'FAIL {name}: exit {p.returncode} (want {status})\n  want {exp!r}\n  got  {got!r}')
            else:
                print(f'ok   {name}')
    print(f'cases: {total - failed}/{total} right')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
