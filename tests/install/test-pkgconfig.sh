#!/bin/sh
# meson install into a temporary prefix, then compile and run a program that
# finds libvnfix only through `pkg-config --cflags --libs vnfix`.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meson install -C "$SOHOA_BUILD_ROOT" --destdir "$tmp/root" --quiet >/dev/null
prefix=$(meson introspect "$SOHOA_BUILD_ROOT" --buildoptions |
  python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$tmp/root$prefix"
pcdir=$(dirname "$(find "$root" -name vnfix.pc | head -n 1)")
test -n "$pcdir" || { echo "vnfix.pc not installed"; exit 1; }
test -f "$root/share/man/man1/vnfix.1" || { echo "vnfix.1 not installed"; exit 1; }
test -x "$root/bin/vnfix" || { echo "vnfix not installed"; exit 1; }
cat > "$tmp/use.c" <<'C'
#include <vnfix.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    vnfix_ctx *c = vnfix_create(NULL);
    char *out; size_t n;
    const char *in = "n\xc6\xa3\xe1\xbb\x9b" "c";  /* PDF artifact for "nuoc" */
    if (!c || vnfix_buffer(c, in, strlen(in), &out, &n)) return 1;
    int ok = n == 7 && !memcmp(out, "n\xc6\xb0\xe1\xbb\x9b" "c", 7);
    puts(out);
    vnfix_free(out);
    vnfix_destroy(c);
    if (argc > 1) {   /* the installed language model restores stripped text */
        char err[512];
        vnfix_model *m = vnfix_model_open(argv[1], err, sizeof err);
        if (!m) { fprintf(stderr, "%s\n", err); return 1; }
        vnfix_restore_options o;
        vnfix_restore_options_init(&o);
        o.mode = VNFIX_RESTORE_STRIPPED;
        if (vnfix_restore(m, "cai cach", 8, &o, &out, &n, NULL, NULL)) return 1;
        puts(out);
        ok = ok && !strcmp(out, "c\xe1\xba\xa3i c\xc3\xa1" "ch");
        vnfix_free(out);
        vnfix_model_close(m);
    }
    return !ok;
}
C
export PKG_CONFIG_PATH="$pcdir"
export PKG_CONFIG_SYSROOT_DIR="$tmp/root"
# Shared library, found at run time through LD_LIBRARY_PATH.
cc -std=c11 -Wall -Werror -o "$tmp/use" "$tmp/use.c" $(pkg-config --cflags --libs vnfix)
model="$root/share/sohoa/vi-syllable.lm"
test -f "$model" || { echo "vi-syllable.lm not installed"; exit 1; }
LD_LIBRARY_PATH="$(dirname "$(find "$root" -name 'libvnfix.so' | head -n 1)")" "$tmp/use" "$model"
# Static library: the same flags, with libvnfix taken from its archive.
libs=$(pkg-config --static --libs vnfix | sed 's/-lvnfix/-Wl,-Bstatic -lvnfix -Wl,-Bdynamic/')
# shellcheck disable=SC2086
cc -std=c11 -Wall -Werror -o "$tmp/use-static" "$tmp/use.c" $(pkg-config --cflags vnfix) $libs
if ldd "$tmp/use-static" | grep -q libvnfix; then echo "use-static links libvnfix.so"; exit 1; fi
"$tmp/use-static" "$model"
# sohoa review's application files, installed beside the language data.
if [ -x "$SOHOA_BUILD_ROOT/src/cli/sohoa" ] && "$SOHOA_BUILD_ROOT/src/cli/sohoa" --help | grep -q '^  review'; then
  for f in index.html app.js style.css; do
    test -f "$root/share/sohoa/review/$f" || { echo "share/sohoa/review/$f not installed"; exit 1; }
  done
fi
echo "install: ok"
