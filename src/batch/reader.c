/* Opening a catalogue for reading (catalog.h): kept apart from catalog.c
 * so the readers (status, search) link without the writer's stages. */
#include "batch/catalog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

/* A path as an SQLite URI path: the characters URIs give a meaning to
 * are escaped. */
static void uri_path(const char *path, char *buf, size_t len)
{
    size_t k = snprintf(buf, len, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p && k + 4 < len; p++)
        k += *p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f
                 ? (size_t)snprintf(buf + k, len - k, "%%%02X", *p)
                 : (buf[k] = (char)*p, buf[k + 1] = 0, 1);
    snprintf(buf + k, len - k, "?immutable=1");
}

static int readable(sqlite3 *db)
{
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) == SQLITE_OK;
}

int catalog_open_reader(const char *path, sqlite3 **db)
{
    *db = NULL;
    if (sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK && readable(*db))
        return 0;
    sqlite3_close(*db);
    *db = NULL;
    /* A catalogue still in WAL mode (a killed run, an older sohoa) on
     * read-only media: immutable, so SQLite neither locks nor needs -shm;
     * what the log held beyond the last checkpoint is not seen. */
    size_t len = 3 * strlen(path) + 32;
    char *uri = malloc(len);
    if (!uri)
        return -1;
    uri_path(path, uri, len);
    int rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    free(uri);
    if (rc == SQLITE_OK && readable(*db))
        return 0;
    return -1;
}
