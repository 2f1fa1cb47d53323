/*
 * runlock.h: one `sohoa run` per catalogue. Two runs writing one catalogue
 * fail each other's pages ("database is locked") and leave rows "running";
 * so a run holds CATALOGUE.lock (an fcntl write lock, which the kernel drops
 * when the process dies, however it dies) and writes in it who it is: PID,
 * host, start time. A second run reads that and stops; a lock file nobody
 * holds any more is a dead run's and is taken over.
 */
#ifndef SOHOA_BATCH_RUNLOCK_H
#define SOHOA_BATCH_RUNLOCK_H

#include <stddef.h>

typedef struct {
    long pid;
    char host[256];
    char started[32];       /* ISO 8601 UTC */
} runlock_info;

typedef struct run_lock run_lock;

enum { RUNLOCK_OK = 0, RUNLOCK_BUSY = 1, RUNLOCK_ERROR = -1 };

/* Take the lock of catalogue path. RUNLOCK_BUSY: *holder says who has it.
 * RUNLOCK_OK: *l is ours, and *stale is set when a dead run's lock file
 * was found (its owner in *holder). RUNLOCK_ERROR: reason in err. */
int runlock_acquire(const char *catalog, run_lock **l, runlock_info *holder, int *stale,
                    char *err, size_t errlen);
void runlock_release(run_lock *l);

/* Is a live run holding catalogue path's lock? 1 (who in *holder) or 0;
 * opens nothing for writing, so it works on read-only media. */
int runlock_probe(const char *catalog, runlock_info *holder);

#endif
