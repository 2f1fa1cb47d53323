#!/bin/sh
# Make the PDF-layer and OCR forms of every document here (NNN.txt), dev ids first
# (split.tsv), so that the tests only read them:
#   1. tools/typeset-doc typesets NNN.txt as Decree 30 A4 pages: a born-digital PDF with a
#      text layer, and the same pages as 300 dpi PNG images; in 14 pt when the id is a
#      multiple of 3, else 13 pt (the decree allows both);
#   2. pdf/NNN.txt is `pdftotext PDF -`, pdflayout/NNN.txt is `pdftotext -layout PDF -`;
#   3. ocr/NNN.txt: each page image degraded like a light scan (the chain of
#      ../shared/tools/mkscan.sh level 1: grey, skew 0.6 degrees, Gaussian noise, 300 dpi;
#      mkscan.sh renders text itself, so its ImageMagick arguments are repeated here), the
#      pages put in one multi-page TIFF and read by the project's own `sohoa run`
#      (build/src/cli/sohoa, built by tools/setup); its NAME.txt is kept (pages separated
#      by form feeds), everything else it writes is thrown away unread.
# The whole script runs niced (the machine is shared) and `sohoa run` reads JOBS pages at
# once (default 1). Texts only are written here: no PDF or image is kept. The 66 documents
# are 436 pages; with JOBS=2 on 2 shared cores they took 80 minutes (11 s a page).
# Usage: corpus/segment/real/make-forms.sh [ID...]      (default: every document)
#   OCR=0     PDF forms only;   FORCE=1   remake an OCR text that already exists
#   JOBS=N    pages OCR'd at once by sohoa run (default 1)
set -eu
renice -n 10 -p $$ >/dev/null     # the image steps too, not only the OCR
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
typeset="$root/tools/typeset-doc"
sohoa=${SOHOA:-$root/build/src/cli/sohoa}
IM=/usr/bin/convert-im6.q16
jobs=${JOBS:-1}
ocr=${OCR:-1}
if [ "$ocr" = 1 ] && [ ! -x "$sohoa" ]; then
  echo "make-forms: $sohoa missing: run tools/setup first" >&2
  exit 1
fi
mkdir -p "$here/pdf" "$here/pdflayout" "$here/ocr"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the ids to make: those given, else dev, val, then test in split.tsv order
if [ $# -gt 0 ]; then
  ids=$*
else
  ids="$(awk -F'\t' '$2 == "dev" {print $1}' "$here/split.tsv")
$(awk -F'\t' '$2 == "val" {print $1}' "$here/split.tsv")
$(awk -F'\t' '$2 == "test" {print $1}' "$here/split.tsv")"
fi

scan_level1() {   # PNG page -> the same page through mkscan.sh's level 1 chain
  $IM -seed 7 "$1" -colorspace gray -background white -rotate 0.6 -attenuate 0.5 \
    +noise Gaussian -density 300 -units PixelsPerInch "$2"
}

ocr_pages() {     # $1 id: page images in $tmp -> ocr/ID.txt
  # each page to a one-page TIFF, joined by tiffcp: ImageMagick's policy (1 GiB of pixel
  # cache) cannot hold a long document's pages at once
  for page in "$tmp"/page-*.png; do
    scan_level1 "$page" "$tmp/scan-$(basename "$page" .png).png"
    $IM "$tmp/scan-$(basename "$page" .png).png" +repage -compress lzw \
      "$tmp/scan-$(basename "$page" .png).tif"
  done
  tiffcp "$tmp"/scan-page-*.tif "$tmp/$1.tif"
  rm -rf "$tmp/run"
  "$sohoa" run -q -j "$jobs" --no-pdf --no-alto "$tmp/$1.tif" -o "$tmp/run"
  cp "$tmp/run/$1.txt" "$here/ocr/$1.txt"
}

for id in $ids; do
  src="$here/$id.txt"
  [ -f "$src" ] || { echo "make-forms: no $src" >&2; exit 1; }
  start=$(date +%s)
  rm -f "$tmp"/page-*.png "$tmp"/scan-page-*.* "$tmp"/*.tif
  size=13
  [ $(($(expr "$id" + 0) % 3)) = 0 ] && size=14
  want_ocr=0
  if [ "$ocr" = 1 ] && { [ "${FORCE:-0}" = 1 ] || [ ! -s "$here/ocr/$id.txt" ]; }; then
    want_ocr=1
  fi
  if [ $want_ocr = 1 ]; then
    "$typeset" --size $size --png "$tmp/page" --dpi 300 "$src" "$tmp/$id.pdf"
  else
    "$typeset" --size $size "$src" "$tmp/$id.pdf"
  fi
  pdftotext "$tmp/$id.pdf" "$here/pdf/$id.txt"
  pdftotext -layout "$tmp/$id.pdf" "$here/pdflayout/$id.txt"
  pages=$(pdfinfo "$tmp/$id.pdf" | awk '/^Pages:/ {print $2}')
  [ $want_ocr = 1 ] && ocr_pages "$id"
  echo "make-forms: $id $size pt $pages pages$([ $want_ocr = 1 ] && echo ', OCR') $(($(date +%s) - start)) s"
done
