#!/bin/sh
# Make the OCR form of headers under tests/segment/titles (ocr/ID.txt beside clean/, pdf/,
# pdflayout/) the way corpus/segment/real/make-forms.sh makes a document's: tools/typeset-doc
# sets the text as Decree 30 pages (14 pt when the number in the id is a multiple of 3, else
# 13), each kept page goes through ../shared/tools/mkscan.sh's level 1 chain (grey, turned
# 0.6 degrees, Gaussian noise, 300 dpi) and `sohoa run` with its defaults reads them; its
# NAME.txt is kept, everything else it writes is thrown away unread.
# Only the first PAGES pages are kept (default 1): these texts are headers, and the type,
# number and title stand on the first page; a page of body text more would cost OCR time
# and test nothing this test checks.
# Usage: tests/segment/titles/make-ocr.sh DIR ID...   (DIR: titles/ or titles/outside)
#   PAGES=N  pages kept;  JOBS=N  pages sohoa reads at once (default 1);  FORCE=1 remake
set -eu
renice -n 10 -p $$ >/dev/null
root=$(cd "$(dirname "$0")/../../.." && pwd)
typeset="$root/tools/typeset-doc"
sohoa=${SOHOA:-$root/build/src/cli/sohoa}
IM=/usr/bin/convert-im6.q16
dir=$1
shift
pages=${PAGES:-1}
[ -x "$sohoa" ] || { echo "make-ocr: $sohoa missing: build first" >&2; exit 1; }
mkdir -p "$dir/ocr"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for id in "$@"; do
  src="$dir/clean/$id.txt"
  [ -f "$src" ] || src="$dir/$id.txt"
  [ -f "$src" ] || { echo "make-ocr: no text for $id in $dir" >&2; exit 1; }
  if [ "${FORCE:-0}" != 1 ] && [ -s "$dir/ocr/$id.txt" ]; then
    continue
  fi
  start=$(date +%s)
  rm -rf "$tmp"/*
  n=$(echo "$id" | tr -dc 0-9)
  size=13
  [ $((${n:-1} % 3)) = 0 ] && size=14
  "$typeset" --size $size --png "$tmp/page" --dpi 300 "$src" "$tmp/$id.pdf"
  k=0
  for page in "$tmp"/page-*.png; do
    [ $k -lt "$pages" ] || break
    k=$((k + 1))
    base=$(basename "$page" .png)
    # mkscan.sh level 1, as make-forms.sh repeats it
    $IM -seed 7 "$page" -colorspace gray -background white -rotate 0.6 -attenuate 0.5 \
      +noise Gaussian -density 300 -units PixelsPerInch "$tmp/scan-$base.png"
    $IM "$tmp/scan-$base.png" +repage -compress lzw "$tmp/scan-$base.tif"
  done
  tiffcp "$tmp"/scan-page-*.tif "$tmp/$id.tif"
  "$sohoa" run -q -j "${JOBS:-1}" --no-pdf --no-alto "$tmp/$id.tif" -o "$tmp/run"
  cp "$tmp/run/$id.txt" "$dir/ocr/$id.txt"
  echo "make-ocr: $id $size pt, $k of $(ls "$tmp"/page-*.png | wc -l) pages, $(($(date +%s) - start)) s"
done
