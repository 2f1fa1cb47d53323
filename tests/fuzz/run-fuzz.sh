#!/bin/sh
# run-fuzz.sh SRCROOT BUILDDIR SECONDS: build the libFuzzer target with clang
# (ASan + UBSan) from the library sources and run it for SECONDS on a seed
# corpus made of corpus/vnfix. Skips (77) when clang or its fuzzer runtime is
# missing.
set -u
src=$1 build=$2 secs=${3:-25}
command -v clang >/dev/null 2>&1 || { echo "SKIP: clang not installed (tools/packages/base.txt lists it)"; exit 77; }
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: pkg-config missing"; exit 77; }
out=$build/fuzz
mkdir -p "$out/corpus"
bin=$out/fuzz-vnfix
# shellcheck disable=SC2046
if ! clang -std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -fsanitize=fuzzer,address,undefined \
     -fno-sanitize-recover=undefined -I"$src/src" "$src"/src/repair/*.c "$src/tests/fuzz/fuzz_vnfix.c" \
     $(pkg-config --cflags --libs icu-uc) -o "$bin" 2>"$out/build.log"; then
  if grep -q "fuzzer" "$out/build.log"; then
    echo "SKIP: clang cannot link libFuzzer (libclang-rt-14-dev?)"; cat "$out/build.log"; exit 77
  fi
  cat "$out/build.log"; exit 1
fi
# seeds: slices of the corpus samples, with an options byte in front
i=0
for f in "$src"/corpus/vnfix/*.txt; do
  for opt in 0 2 3 17; do
    { printf "\\$(printf %03o $opt)\\003"; head -c 2000 "$f"; } >"$out/corpus/seed-$i-$opt"
  done
  i=$((i + 1))
done
cd "$out" || exit 1
ASAN_OPTIONS=detect_leaks=1 "$bin" -max_total_time="$secs" -max_len=4096 -timeout=10 \
  -print_final_stats=1 corpus >run.log 2>&1
rc=$?
grep -E '^(Done|stat::|==|SUMMARY)|ERROR|runtime error' run.log | head -30
[ $rc -eq 0 ] || { tail -40 run.log; echo "fuzzer failed ($rc); crash input saved in $out"; }
exit $rc
