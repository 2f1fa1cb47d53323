/* The run lock (see runlock.h). */
#include "batch/runlock.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct run_lock {
    int fd;
    char *path;
};

static char *lock_path(const char *catalog)
{
    size_t n = strlen(catalog) + 6;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s.lock", catalog);
    return p;
}

static void read_info(int fd, runlock_info *info)
{
    char buf[400];
    memset(info, 0, sizeof *info);
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    buf[n > 0 ? n : 0] = 0;
    if (sscanf(buf, "%ld %255s %31s", &info->pid, info->host, info->started) < 1)
        info->pid = 0;
}

static void my_host(char *host, size_t len)
{
    if (gethostname(host, len) != 0)
        snprintf(host, len, "?");
    host[len - 1] = 0;
}

/* Where the file system has no fcntl locks (some network mounts), fall
 * back to the PID: alive on this host, or on another host (cannot tell,
 * so taken as alive). */
static int holder_alive(const runlock_info *h)
{
    char host[256];
    my_host(host, sizeof host);
    if (h->pid <= 0)
        return 0;
    if (strcmp(h->host, host))
        return 1;
    return kill((pid_t)h->pid, 0) == 0 || errno == EPERM;
}

static int lock_fd(int fd, int type)
{
    struct flock fl = {.l_type = (short)type, .l_whence = SEEK_SET};
    return fcntl(fd, F_SETLK, &fl);
}

/* One attempt; AGAIN when the lock file was replaced meanwhile. */
enum { AGAIN = 2 };
static int try_acquire(run_lock *l, runlock_info *holder, int *stale, char *err, size_t errlen)
{
    l->fd = open(l->path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (l->fd < 0) {
        snprintf(err, errlen, "cannot create %s: %s", l->path, strerror(errno));
        return RUNLOCK_ERROR;
    }
    read_info(l->fd, holder);
    if (lock_fd(l->fd, F_WRLCK) != 0) {
        int e = errno;
        int nolocks = e == ENOLCK || e == EOPNOTSUPP || e == EINVAL;
        if (!nolocks || holder_alive(holder)) {
            close(l->fd);
            l->fd = -1;
            if (nolocks || e == EAGAIN || e == EACCES)
                return RUNLOCK_BUSY;
            snprintf(err, errlen, "cannot lock %s: %s", l->path, strerror(e));
            return RUNLOCK_ERROR;
        }
    }
    /* The file may have been unlinked by the run that just ended, after we
     * opened it: then our lock is on a file nobody else will look at. */
    struct stat a, b;
    if (fstat(l->fd, &a) != 0 || stat(l->path, &b) != 0 || a.st_ino != b.st_ino ||
        a.st_dev != b.st_dev) {
        close(l->fd);
        l->fd = -1;
        return AGAIN;
    }
    *stale = holder->pid > 0;
    return RUNLOCK_OK;
}

static int write_info(run_lock *l, char *err, size_t errlen)
{
    char host[256], ts[32], buf[400];
    my_host(host, sizeof host);
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
    int n = snprintf(buf, sizeof buf, "%ld %s %s\n", (long)getpid(), host, ts);
    if (ftruncate(l->fd, 0) != 0 || pwrite(l->fd, buf, (size_t)n, 0) != n || fsync(l->fd) != 0) {
        snprintf(err, errlen, "cannot write %s: %s", l->path, strerror(errno));
        return -1;
    }
    return 0;
}

int runlock_acquire(const char *catalog, run_lock **out, runlock_info *holder, int *stale,
                    char *err, size_t errlen)
{
    *out = NULL;
    *stale = 0;
    run_lock *l = calloc(1, sizeof *l);
    if (!l || !(l->path = lock_path(catalog))) {
        free(l);
        snprintf(err, errlen, "out of memory");
        return RUNLOCK_ERROR;
    }
    int rc = AGAIN;
    for (int tries = 0; rc == AGAIN && tries < 5; tries++)
        rc = try_acquire(l, holder, stale, err, errlen);
    if (rc == AGAIN) {
        snprintf(err, errlen, "%s keeps being replaced", l->path);
        rc = RUNLOCK_ERROR;
    }
    if (rc == RUNLOCK_OK && write_info(l, err, errlen) != 0)
        rc = RUNLOCK_ERROR;
    if (rc != RUNLOCK_OK) {
        if (l->fd >= 0)
            close(l->fd);
        free(l->path);
        free(l);
        return rc;
    }
    *out = l;
    return RUNLOCK_OK;
}

void runlock_release(run_lock *l)
{
    if (!l)
        return;
    /* Unlinked while still locked, so no run can lock this file after us
     * (try_acquire checks it is still the file at the path). */
    unlink(l->path);
    close(l->fd);
    free(l->path);
    free(l);
}

int runlock_probe(const char *catalog, runlock_info *holder)
{
    char *path = lock_path(catalog);
    int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
    free(path);
    memset(holder, 0, sizeof *holder);
    if (fd < 0)
        return 0;
    read_info(fd, holder);
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    int live;
    if (fcntl(fd, F_GETLK, &fl) == 0)
        live = fl.l_type != F_UNLCK;
    else
        live = holder_alive(holder);
    close(fd);
    return live;
}
