#!/bin/sh
# The `sohoa segment` command line: outputs, files written atomically, exit
# codes and error messages naming the file. $1 is the program (the sohoa
# segment subcommand built without the OCR libraries).
set -u
prog=$1
src=${SOHOA_SOURCE_ROOT:?}/corpus/segment
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

"$prog" --help > "$tmp/help" 2>&1; rc=$?
check "--help exits 0" '[ $rc = 0 ] && grep -q "usage: sohoa segment" "$tmp/help"'
"$prog" --bogus > /dev/null 2> "$tmp/err"; rc=$?
check "unknown option exits 1" '[ $rc = 1 ] && grep -q "unknown option" "$tmp/err"'
"$prog" "$src/seed002.txt" "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "missing input exits 2, names the file, others done" \
  '[ $rc = 2 ] && grep -q "missing.txt" "$tmp/err" && [ $(wc -l < "$tmp/out") = 1 ]'
"$prog" --candidates "$src/seed002.txt" > "$tmp/cand" 2> "$tmp/err"; rc=$?
check "--candidates: TSV lines named by the file, 8 columns, features with the verdict" \
  '[ $rc = 0 ] && [ -s "$tmp/cand" ] && awk -F"\t" "NF != 8 || \$1 != \"seed002\" || \$8 !~ /^bias .* rf=[01] / { bad = 1 } END { exit bad }" "$tmp/cand"'
"$prog" "$src/seed002.txt" "$src/seed004.txt" > "$tmp/out"; rc=$?
check "two inputs: one JSON object per line" \
  '[ $rc = 0 ] && [ $(wc -l < "$tmp/out") = 2 ] && python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$tmp/out"'
"$prog" < "$src/real_cv_3722_metro.txt" > "$tmp/one.json"; rc=$?
check "stdin: one bare object" \
  '[ $rc = 0 ] && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert set(d) >= {\"metadata\",\"sections\",\"targets\",\"agencies\"}; assert d[\"metadata\"][\"number\"] == \"3722/VPCP-CN\"" "$tmp/one.json"'
"$prog" -o "$tmp/out.d" --targets-csv "$tmp/t.csv" --agencies-csv "$tmp/a.csv" --bom --ead "$tmp/ead" \
  "$src/seed002.txt" "$src/real_cv_3722_metro.txt"; rc=$?
check "-o DIR writes NAME.json" '[ $rc = 0 ] && [ -s "$tmp/out.d/seed002.json" ] && [ -s "$tmp/out.d/real_cv_3722_metro.json" ]'
check "CSV with BOM and header" \
  'head -c 3 "$tmp/t.csv" | od -An -tx1 | grep -q "ef bb bf" && grep -q "^.*doc,id,area,text,deadline" "$tmp/t.csv" && [ $(grep -c "^seed002," "$tmp/t.csv") -ge 40 ]'
check "agencies CSV" 'grep -q "^seed002,Sở Nội vụ,,Sở Nội vụ,chủ trì" "$tmp/a.csv"'
check "EAD_doc XML" 'grep -q "<codeNotation>VPCP-CN</codeNotation>" "$tmp/ead/EAD_doc_real_cv_3722_metro.xml" && grep -q "<issuedDate>28/04/2026</issuedDate>" "$tmp/ead/EAD_doc_real_cv_3722_metro.xml"'
check "no temporary files left" '[ -z "$(find "$tmp/out.d" "$tmp/ead" -name "*.tmp*")" ]'
printf '%%PDF-1.4\n%%junk\n' > "$tmp/x.pdf"
"$prog" "$tmp/x.pdf" > /dev/null 2> "$tmp/err"; rc=$?
check "PDF without the reader: exit 2, clear message" '[ $rc = 2 ] && grep -q "x.pdf" "$tmp/err" && grep -qi "pdf" "$tmp/err"'
"$prog" --langdir "$tmp/nowhere" "$src/seed002.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "no gazetteer: exit 4" '[ $rc = 4 ] && grep -q "agencies.tsv" "$tmp/err"'
mkdir -p "$tmp/ro" && chmod 555 "$tmp/ro"
if [ "$(id -u)" != 0 ]; then
  "$prog" -o "$tmp/ro/sub" "$src/seed002.txt" > /dev/null 2> "$tmp/err"; rc=$?
  check "unwritable output: exit 3" '[ $rc = 3 ]'
fi
exit $fail
