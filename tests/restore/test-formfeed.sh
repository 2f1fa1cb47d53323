#!/bin/sh
# vnfix --restore on line 64 of corpus/segment/ocr/seed002.txt cut to its first
# five words: a form feed (a page break) then correct Vietnamese, which must
# come out byte for byte. The restorer once spun on the form feed for ever
# (its tokenizer skipped blanks and ended words by two tests that disagreed
# on it). A fixed build answers in a few milliseconds; the `timeout` is
# generous (20 s), only there so that a build with the bug fails instead of
# hanging the suite, and the test checks the bytes, not the time. The
# library's own counts (every word on both sides read) are in test_restore.c.
set -u
vnfix=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
printf '\fb\341\272\243o t\303\255nh k\341\273\213p th\341\273\235i, h\341\273\243p\n' >"$t/in.txt"
timeout 20 "$vnfix" -q --restore "$t/in.txt" >"$t/out.txt"
rc=$?
if [ $rc -ne 0 ]; then echo "FAIL vnfix --restore exited $rc (124: did not finish)"; exit 1; fi
if ! cmp -s "$t/in.txt" "$t/out.txt"; then echo "FAIL output differs:"; od -c "$t/out.txt" | head; exit 1; fi
printf '\vcai cach\fhanh\vchinh\f\n' >"$t/s.txt"
timeout 20 "$vnfix" -q --restore=stripped "$t/s.txt" >"$t/s.out" || { echo "FAIL stripped exited $?"; exit 1; }
want=$(printf '\vcải cách\fhành\vchính\f')
[ "$(cat "$t/s.out")" = "$want" ] || { echo "FAIL stripped: got '$(cat "$t/s.out")'"; exit 1; }
echo "ok   form feed and vertical tab are blanks to the restorer"
