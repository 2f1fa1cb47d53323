#!/bin/sh
# run-fuzz-review.sh SRCROOT BUILDDIR SECONDS: build the sohoa review form
# fuzzer with clang (ASan + UBSan) and run it for SECONDS on seed bodies.
# Skips (77) when clang, its fuzzer runtime or ICU is missing.
set -u
src=$1 build=$2 secs=${3:-20}
command -v clang >/dev/null 2>&1 || { echo "SKIP: clang not installed"; exit 77; }
pkg-config --exists icu-uc 2>/dev/null || { echo "SKIP: ICU missing"; exit 77; }
out=$build/fuzz-review
mkdir -p "$out/corpus"
bin=$out/fuzz-review-form
# shellcheck disable=SC2046
if ! clang -std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -fsanitize=fuzzer,address,undefined \
     -fno-sanitize-recover=undefined -I"$src/src" "$src/src/review/form.c" "$src/src/review/text.c" \
     "$src/src/common/sbuf.c" "$src/tests/fuzz/fuzz_review_form.c" \
     $(pkg-config --cflags --libs icu-uc) -o "$bin" 2>"$out/build.log"; then
  if grep -q "fuzzer" "$out/build.log"; then
    echo "SKIP: clang cannot link libFuzzer"; cat "$out/build.log"; exit 77
  fi
  cat "$out/build.log"; exit 1
fi
printf 'id=1&page=2&word=3&line=0&old=Quy&new=Qu%%E1%%BB%%B3' >"$out/corpus/word"
printf 'id=1&field=date&old=2025-06-16&new=2025-06-17' >"$out/corpus/meta"
printf 'q=c%%E1%%BA%%A3i+c%%C3%%A1ch&full=1' >"$out/corpus/query"
printf 'new=e%%CC%%81%%CC%%A3&old=%%3Cscript%%3E' >"$out/corpus/nfd"
cd "$out" || exit 1
ASAN_OPTIONS=detect_leaks=1 "$bin" -max_total_time="$secs" -max_len=4096 -timeout=10 \
  -print_final_stats=1 corpus >run.log 2>&1
rc=$?
grep -E '^(Done|stat::|==|SUMMARY)|ERROR|runtime error' run.log | head -30
[ $rc -eq 0 ] || { tail -40 run.log; echo "fuzzer failed ($rc); crash input saved in $out"; }
exit $rc
