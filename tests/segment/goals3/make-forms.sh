#!/bin/sh
# Make the PDF-layer forms of every tNN.txt here, as corpus/segment/real/make-forms.sh
# makes them (OCR=0): tools/typeset-doc sets the document as Decree 30 A4 pages (14 pt
# when the number is a multiple of 3, else 13 pt), pdf/tNN.txt is `pdftotext PDF -` and
# pdflayout/tNN.txt `pdftotext -layout PDF -`. No PDF is kept. The expected files of
# the clean texts hold for both forms (check-targets.py --form pdf|pdflayout).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$here/pdf" "$here/pdflayout"
for src in "$here"/t*.txt; do
  id=$(basename "$src" .txt)
  n=$(echo "$id" | sed 's/^t0*//')
  size=13
  [ $((n % 3)) = 0 ] && size=14
  nice "$root/tools/typeset-doc" --size $size "$src" "$tmp/$id.pdf"
  pdftotext "$tmp/$id.pdf" "$here/pdf/$id.txt"
  pdftotext -layout "$tmp/$id.pdf" "$here/pdflayout/$id.txt"
done
