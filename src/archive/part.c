/* part.c: writing a document from its page parts. */
#include "archive/part.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common/atomicfile.h"

int archive_write_parts(const char *path, const char *head, const char *tail, int npages,
                        archive_part_fn get, void *user, char *err, size_t errlen)
{
    atomic_file af;
    if (atomic_open(&af, path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    fputs(head, af.fp);
    for (int i = 0; i < npages; i++) {
        const char *data = NULL;
        size_t len = 0;
        if (get(user, i, &data, &len) != 0) {
            snprintf(err, errlen, "%s: page %d is missing", path, i + 1);
            atomic_abort(&af);
            return -1;
        }
        if (data)
            fwrite(data, 1, len, af.fp);
    }
    fputs(tail, af.fp);
    if (atomic_commit(&af) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

const char *archive_iso_time(const archive_doc_info *info, char *buf, size_t len)
{
    time_t t = info && info->created ? (time_t)info->created : time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}
