/* atomicfile.c: see atomicfile.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "atomicfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

int atomic_open(atomic_file *af, const char *path)
{
    memset(af, 0, sizeof *af);
    /* A symbolic link ("out.txt -> archive/out.txt", "/dev/stdout") is
     * written through: the temporary goes beside what it points to and the
     * link stays a link. */
    struct stat ls;
    if (lstat(path, &ls) == 0 && S_ISLNK(ls.st_mode)) {
        char *real = realpath(path, NULL);
        if (real) {
            int rc = atomic_open(af, real);
            int e = errno;
            free(real);
            errno = e;
            return rc;
        }
    }
    /* "-o /dev/null", a FIFO, a terminal: renaming a file over such a
     * target would replace the device itself (it did, once, on a shared
     * machine), and there is no old content to keep whole. Write to it. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            return -1;
        }
        af->path = strdup(path);
        if (!af->path || !(af->fp = fopen(path, "wb"))) {
            int e = af->path ? errno : ENOMEM;
            free(af->path);
            memset(af, 0, sizeof *af);
            errno = e;
            return -1;
        }
        return 0;
    }
    size_t n = strlen(path);
    af->path = strdup(path);
    af->tmp = malloc(n + 16);
    if (!af->path || !af->tmp) {
        free(af->path);
        free(af->tmp);
        errno = ENOMEM;
        return -1;
    }
    /* A hidden name ending in .tmpXXXXXX: a listing of finished outputs can
     * skip leftovers of a killed run, and the next run cleans them. */
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    memcpy(af->tmp, path, dir);
    af->tmp[dir] = '.';
    strcpy(af->tmp + dir + 1, path + dir);
    strcat(af->tmp, ".tmpXXXXXX");
    int fd = mkstemp(af->tmp);
    if (fd < 0)
        goto fail;
    /* mkstemp makes 0600; outputs are ordinary files. */
    mode_t um = umask(0);
    umask(um);
    if (fchmod(fd, 0666 & ~um) < 0 || !(af->fp = fdopen(fd, "wb"))) {
        int e = errno;
        close(fd);
        unlink(af->tmp);
        errno = e;
        goto fail;
    }
    return 0;
fail:;
    int e = errno;
    free(af->path);
    free(af->tmp);
    memset(af, 0, sizeof *af);
    errno = e;
    return -1;
}

static void release(atomic_file *af)
{
    free(af->path);
    free(af->tmp);
    memset(af, 0, sizeof *af);
}

int atomic_stream_errno(FILE *fp)
{
    /* stdio keeps the error flag of a buffered write, not its errno; a
     * full disk is by far the commonest cause and the one the user can
     * act on, so it is named when the file system has no room left. */
    struct statvfs v;
    if (fstatvfs(fileno(fp), &v) == 0 && (unsigned long long)v.f_bavail * v.f_frsize < 65536)
        return ENOSPC;
    return EIO;
}

int atomic_commit(atomic_file *af)
{
    int rc = 0, e = 0;
    /* A write that failed earlier (disk full, I/O error) left a short file:
     * it must not replace the target, whatever the caller checked. */
    if (ferror(af->fp))
        rc = -1, e = atomic_stream_errno(af->fp);
    else if (fflush(af->fp) != 0 || (af->tmp && fsync(fileno(af->fp)) != 0))
        rc = -1, e = errno;
    if (fclose(af->fp) != 0 && rc == 0)
        rc = -1, e = errno;
    if (af->tmp && rc == 0 && rename(af->tmp, af->path) != 0)
        rc = -1, e = errno;
    if (af->tmp && rc != 0)
        unlink(af->tmp);
    release(af);
    errno = e;
    return rc;
}

void atomic_abort(atomic_file *af)
{
    if (af->fp) {
        fclose(af->fp);
        if (af->tmp)
            unlink(af->tmp);
    }
    release(af);
}

int atomic_write_file(const char *path, const void *data, size_t len)
{
    atomic_file af;
    if (atomic_open(&af, path) < 0)
        return -1;
    if (len && fwrite(data, 1, len, af.fp) != len) {
        int e = errno;
        atomic_abort(&af);
        errno = e;
        return -1;
    }
    return atomic_commit(&af);
}

int make_dirs(const char *path)
{
    char *p = strdup(path);
    if (!p) {
        errno = ENOMEM;
        return -1;
    }
    for (char *s = p + 1; ; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            if (mkdir(p, 0777) < 0 && errno != EEXIST) {
                int e = errno;
                free(p);
                errno = e;
                return -1;
            }
            *s = c;
            if (!c)
                break;
        }
    }
    free(p);
    return 0;
}

/* ".NAME.tmpXXXXXX" with six of mkstemp's letters: the one shape
 * atomic_open gives, so a user's own hidden files are never touched. */
static int is_leftover(const char *name)
{
    size_t n = strlen(name);
    if (n < 1 + 1 + 4 + 6 || name[0] != '.' || memcmp(name + n - 10, ".tmp", 4) != 0)
        return 0;
    for (size_t i = n - 6; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return 0;
    }
    return 1;
}

int atomic_sweep(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int removed = 0;
    size_t dn = strlen(dir);
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *p = malloc(dn + strlen(e->d_name) + 2);
        if (!p)
            break;
        sprintf(p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                int r = atomic_sweep(p);
                if (r > 0)
                    removed += r;
            } else if (S_ISREG(st.st_mode) && is_leftover(e->d_name) && unlink(p) == 0) {
                removed++;
            }
        }
        free(p);
    }
    closedir(d);
    return removed;
}
