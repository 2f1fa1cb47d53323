#!/bin/sh
# The vnfix command: options, exit codes, -i with backup, -o, --strict, --detect.
set -u
vnfix=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected '$2', got '$3'"; fail=1; else echo "ok   $1"; fi
}

printf 'Vieät Nam\n' >"$t/vni.txt"                      # VNI read as cp1252
printf 'Vi\326t Nam\n' >"$t/tcvn3.txt"                  # raw TCVN3 bytes
printf 'abc \377\000 def\n' >"$t/bin.txt"               # not text

check "filter" "Việt Nam" "$("$vnfix" <"$t/vni.txt")"
check "file args" "Việt Nam
Việt Nam" "$("$vnfix" "$t/vni.txt" "$t/tcvn3.txt")"
check "-f tcvn3" "Việt Nam" "$("$vnfix" -f tcvn3 "$t/tcvn3.txt")"
check "--from=vni" "Việt Nam" "$("$vnfix" --from=vni "$t/vni.txt")"
"$vnfix" --bogus >/dev/null 2>&1; check "unknown option exits 1" 1 $?
"$vnfix" -f klingon </dev/null >/dev/null 2>&1; check "unknown encoding exits 1" 1 $?
"$vnfix" "$t/missing" >/dev/null 2>&1; check "missing file exits 2" 2 $?
"$vnfix" --help | grep -q -- '--strict'; check "--help" 0 $?
check "--version" "vnfix" "$("$vnfix" --version | cut -d' ' -f1)"

# uninterpretable bytes: passed through, reported with file and offset, exit 0
"$vnfix" "$t/bin.txt" >"$t/bin.out" 2>"$t/err"; check "binary exits 0" 0 $?
cmp -s "$t/bin.txt" "$t/bin.out"; check "binary passed through" 0 $?
grep -q "bin.txt: byte 4:" "$t/err"; check "report names file and offset" 0 $?
"$vnfix" --strict "$t/bin.txt" >/dev/null 2>&1; check "--strict exits 3" 3 $?

# -o writes atomically; -i keeps FILE~ unless --no-backup
"$vnfix" -o "$t/out.txt" "$t/vni.txt"; check "-o" "Việt Nam" "$(cat "$t/out.txt")"
"$vnfix" "$t/vni.txt" -o "$t/out2.txt"; check "-o after the file name" "Việt Nam" "$(cat "$t/out2.txt")"
check "-- ends options" "Việt Nam" "$("$vnfix" -- "$t/vni.txt")"
cp "$t/vni.txt" "$t/a.txt"
"$vnfix" -i "$t/a.txt"; check "-i" "Việt Nam" "$(cat "$t/a.txt")"
cmp -s "$t/a.txt~" "$t/vni.txt"; check "-i backup" 0 $?
cp "$t/vni.txt" "$t/b.txt"
"$vnfix" -i --no-backup "$t/b.txt"; check "-i --no-backup" "Việt Nam:no" "$(cat "$t/b.txt"):$([ -e "$t/b.txt~" ] && echo yes || echo no)"
cp "$t/bin.txt" "$t/c.txt"
"$vnfix" -i --strict "$t/c.txt" 2>/dev/null; check "-i --strict leaves the file" "3:same" "$?:$(cmp -s "$t/c.txt" "$t/bin.txt" && echo same)"
"$vnfix" -i >/dev/null 2>&1; check "-i without files exits 1" 1 $?

# -t: to a legacy encoding; a character it cannot hold is exit 3 unless --replace
check "-t vni" "Vie$(printf '\344')t" "$(printf 'Việt\n' | "$vnfix" -t vni)"
printf 'VIỆT\n' | "$vnfix" -t tcvn3 >/dev/null 2>&1; check "-t tcvn3 toned capital exits 3" 3 $?
check "-t tcvn3 --replace" "VIỆT" "$(printf 'VIỆT\n' | "$vnfix" -t tcvn3 --replace | "$vnfix")"
check "--tone new" "hoà thuỷ khoẻ" "$(echo 'hòa thủy khỏe' | "$vnfix" --tone new)"
check "--tone old" "hòa thủy khỏe hoàng" "$(echo 'hoà thuỷ khoẻ hoàng' | "$vnfix" --tone old)"

# --detect: one line per file; --json
check "--detect" "$t/vni.txt: vni-cp1252 confidence" "$("$vnfix" --detect "$t/vni.txt" | cut -d' ' -f1-3)"
"$vnfix" --detect --json "$t/tcvn3.txt" | grep -q '"encoding":"tcvn3","mojibake":false'; check "--detect --json" 0 $?

# --restore: marks put back in stripped and English-OCR text; codes left alone
check "--restore=stripped" "Cải cách hành chính nhà nước theo Nghị quyết 76/NQ-CP" \
  "$(printf 'Cai cach hanh chinh nha nuoc theo Nghi quyet 76/NQ-CP\n' | "$vnfix" --restore=stripped)"
check "--restore (auto)" "Chính quyền điện tử của tỉnh" \
  "$(printf 'Chinh quyén dién tir cla tinh\n' | "$vnfix" --restore)"
printf 'cai cach hanh chinh\n' | "$vnfix" --restore=stripped --explain 2>"$t/explain" >/dev/null
check "--explain lines" "4" "$(wc -l <"$t/explain" | tr -d ' ')"
check "--explain fields" "<stdin>	0	cai	cải" "$(head -n 1 "$t/explain" | cut -f1-4)"
"$vnfix" --restore --model "$t/missing.lm" </dev/null >/dev/null 2>"$t/err"; check "missing model exits 2" 2 $?
grep -q "missing.lm" "$t/err"; check "missing model is named" 0 $?
"$vnfix" --explain </dev/null >/dev/null 2>&1; check "--explain without --restore exits 1" 1 $?
# --restore over a line longer than its block (no newline at all): cut at
# blanks, every word restored, nothing lost
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "cai cach "; }' >"$t/long.txt"
"$vnfix" --restore=stripped "$t/long.txt" >"$t/long.out"
check "--restore long line: words" "80000" "$(tr ' ' '\n' <"$t/long.out" | grep -c .)"
check "--restore long line: restored" "0" "$(tr ' ' '\n' <"$t/long.out" | grep -c '^cai$')"
exit $fail
