/* The JSON writer and atomic file writes. */
#include "common/atomicfile.h"
#include "common/json.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static void json_tests(void)
{
    json_writer w;
    json_init(&w, 0);
    json_begin_object(&w);
    json_key(&w, "s"); json_string(&w, "a\"b\\c\n\x01 \xc4\x91 \xff");
    json_key(&w, "n"); json_number(&w, 2.5);
    json_key(&w, "i"); json_int(&w, -1200);
    json_key(&w, "z"); json_string(&w, NULL);
    json_key(&w, "a"); json_begin_array(&w); json_int(&w, 1); json_bool(&w, 0);
    json_begin_object(&w); json_end_object(&w); json_end_array(&w);
    json_key(&w, "x"); json_number(&w, 0.1);
    json_key(&w, "h"); json_number(&w, 100);
    json_key(&w, "m"); json_number(&w, -1200.0);
    json_end_object(&w);
    CHECK(json_ok(&w));
    const char *want = "{\"s\":\"a\\\"b\\\\c\\n\\u0001 \xc4\x91 \xef\xbf\xbd\",\"n\":2.5,\"i\":-1200,"
                       "\"z\":null,\"a\":[1,false,{}],\"x\":0.1,\"h\":100,\"m\":-1200}";
    if (strcmp(w.out.buf, want)) {
        fprintf(stderr, "got  %s\nwant %s\n", w.out.buf, want);
        failures++;
    }
    json_free(&w);

    json_init(&w, 1);
    json_begin_array(&w); json_int(&w, 1); json_begin_array(&w); json_end_array(&w); json_end_array(&w);
    CHECK(json_ok(&w) && !strcmp(w.out.buf, "[\n  1,\n  []\n]"));
    json_free(&w);
}

static void atomic_tests(void)
{
    char dir[] = "/tmp/sohoa-test-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[512], sub[256];
    snprintf(sub, sizeof sub, "%s/a/b/c", dir);
    CHECK(make_dirs(sub) == 0);
    CHECK(make_dirs(sub) == 0);
    snprintf(path, sizeof path, "%s/out.txt", sub);
    CHECK(atomic_write_file(path, "old", 3) == 0);
    /* An abandoned write leaves the old file and no temporary behind. */
    atomic_file af;
    CHECK(atomic_open(&af, path) == 0);
    fputs("half", af.fp);
    atomic_abort(&af);
    FILE *f = fopen(path, "r");
    char buf[16] = {0};
    CHECK(f && fread(buf, 1, sizeof buf - 1, f) == 3 && !strcmp(buf, "old"));
    if (f) fclose(f);
    /* A stream error before the commit (as a full disk gives) fails it. */
    CHECK(atomic_open(&af, path) == 0);
    fputs("torn", af.fp);
    char c;
    CHECK(fread(&c, 1, 1, af.fp) == 0);   /* reading a write-only stream sets its error flag */
    CHECK(ferror(af.fp) != 0);
    CHECK(atomic_commit(&af) == -1);
    f = fopen(path, "r");
    memset(buf, 0, sizeof buf);
    CHECK(f && fread(buf, 1, sizeof buf - 1, f) == 3 && !strcmp(buf, "old"));
    if (f) fclose(f);
    CHECK(atomic_write_file(path, "new!", 4) == 0);
    f = fopen(path, "r");
    memset(buf, 0, sizeof buf);
    CHECK(f && fread(buf, 1, sizeof buf - 1, f) == 4 && !strcmp(buf, "new!"));
    if (f) fclose(f);
    DIR *d = opendir(sub);
    int entries = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        if (e->d_name[0] != '.' || strlen(e->d_name) > 2) entries++;
    if (d) closedir(d);
    CHECK(entries == 1);
    CHECK(atomic_write_file("/nonexistent-dir/x", "x", 1) == -1);
    /* A FIFO (like /dev/null, no regular file) is written, not replaced
     * by a file renamed over it; held open for reading here so the write
     * neither blocks nor needs another process. */
    char fifo[512];
    snprintf(fifo, sizeof fifo, "%s/pipe", dir);
    CHECK(mkfifo(fifo, 0600) == 0);
    int rd = open(fifo, O_RDWR | O_NONBLOCK);
    CHECK(rd >= 0);
    CHECK(atomic_write_file(fifo, "sent", 4) == 0);
    struct stat fs;
    CHECK(stat(fifo, &fs) == 0 && S_ISFIFO(fs.st_mode));
    char got[8] = {0};
    CHECK(rd >= 0 && read(rd, got, sizeof got) == 4 && !memcmp(got, "sent", 4));
    if (rd >= 0)
        close(rd);
    unlink(fifo);
    CHECK(atomic_write_file(dir, "x", 1) == -1);
    /* Through a symbolic link: the link stays, what it points to changes. */
    char link[512];
    snprintf(link, sizeof link, "%s/link.txt", dir);
    CHECK(symlink(path, link) == 0);
    CHECK(atomic_write_file(link, "via", 3) == 0);
    struct stat ls;
    CHECK(lstat(link, &ls) == 0 && S_ISLNK(ls.st_mode));
    f = fopen(path, "r");
    memset(buf, 0, sizeof buf);
    CHECK(f && fread(buf, 1, sizeof buf - 1, f) == 3 && !strcmp(buf, "via"));
    if (f) fclose(f);
    unlink(link);
    /* What a killed write leaves (an open temporary, never committed) is
     * swept, here and below; a user's own hidden or .tmp files are not. */
    atomic_file left;
    CHECK(atomic_open(&left, path) == 0);
    fputs("killed here", left.fp);
    fflush(left.fp);
    char leftover[512], keep1[512], keep2[512], keep3[512];
    snprintf(leftover, sizeof leftover, "%s/.doc.json.tmpAb3xZ9", dir);
    snprintf(keep1, sizeof keep1, "%s/.notes.tmp", dir);
    snprintf(keep2, sizeof keep2, "%s/doc.tmpAb3xZ9", dir);
    snprintf(keep3, sizeof keep3, "%s/.doc.tmpAb3-Z9", dir);
    CHECK(atomic_write_file(leftover, "x", 1) == 0);
    CHECK(atomic_write_file(keep1, "k", 1) == 0);
    CHECK(atomic_write_file(keep2, "k", 1) == 0);
    CHECK(atomic_write_file(keep3, "k", 1) == 0);
    CHECK(atomic_sweep(dir) == 2);
    CHECK(access(left.tmp, F_OK) != 0 && access(leftover, F_OK) != 0);
    CHECK(access(keep1, F_OK) == 0 && access(keep2, F_OK) == 0 && access(keep3, F_OK) == 0);
    CHECK(access(path, F_OK) == 0);
    CHECK(atomic_sweep(dir) == 0);
    CHECK(atomic_sweep("/nonexistent-dir") == -1);
    fclose(left.fp);
    free(left.path);
    free(left.tmp);
    unlink(keep1);
    unlink(keep2);
    unlink(keep3);
    unlink(path);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
}

int main(void)
{
    json_tests();
    atomic_tests();
    return check_report("common");
}
