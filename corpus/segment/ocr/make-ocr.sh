#!/bin/sh
# Regenerate the OCR texts of corpus/segment (cached here so the tests never
# run tesseract): each input is cut into pages of 48 lines, each page is
# rendered and degraded like a scan by /work/shared/tools/mkscan.sh (level 1
# for the seeds, 2 for the real letter), read with tesseract (vie, one
# thread), and the pages are joined with form feeds.
# Usage: corpus/segment/ocr/make-ocr.sh [MKSCAN]
# LEVEL=2 OUT=corpus/segment/ocr2 makes the heavier set (level 2 for all).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkscan=${1:-/work/shared/tools/mkscan.sh}
out_dir=${OUT:-$here}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in "$here"/../*.txt; do
  name=$(basename "$src" .txt)
  case $name in real_*) level=2 ;; *) level=1 ;; esac
  level=${LEVEL:-$level}
  # PDF extractions with a blank line after every line: drop the blank lines
  total=$(wc -l < "$src"); blank=$(grep -c '^[[:space:]]*$' "$src" || true)
  if [ $((blank * 10)) -gt $((total * 4)) ]; then
    grep -v '^[[:space:]]*$' "$src" > "$tmp/in.txt"
  else
    cp "$src" "$tmp/in.txt"
  fi
  rm -f "$tmp"/page.*
  split -l 48 -d -a 3 "$tmp/in.txt" "$tmp/page."
  out="$out_dir/$name.txt.tmp"
  : > "$out"
  first=1
  for page in "$tmp"/page.*; do
    sh "$mkscan" "$page" "$tmp/scan.png" "$level"
    [ $first = 1 ] || printf '\f' >> "$out"
    first=0
    tesseract "$tmp/scan.png" - -l vie 2>/dev/null >> "$out"
  done
  mv "$out" "$out_dir/$name.txt"
  echo "make-ocr: $name (level $level)"
done
