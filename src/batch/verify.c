/*
 * verify.c: sohoa verify, the check an archive runs years later: does every
 * file a package's METS.xml names still exist with the size and SHA-256 it
 * states? METS.xml is read with libxml2 (no network, no entities), so a
 * package written or re-serialised by other tools is read the same way.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "batch/package.h"
#include "common/sbuf.h"
#include "common/sha256.h"
#include "common/tar.h"

#define METS_NS "http://www.loc.gov/METS/"
#define XLINK_NS "http://www.w3.org/1999/xlink"

/* A file as METS.xml states it, and what was found. */
typedef struct {
    char *href;
    long long size;         /* -1: not stated */
    char sha256[65];        /* "" when the checksum is not SHA-256 */
    int seen;               /* tar: the member was there */
    long long got_size;
    char got_sha256[65];
} stated;

typedef struct {
    stated *f;
    size_t n;
} stated_list;

static void stated_free(stated_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->f[i].href);
    free(l->f);
    l->f = NULL;
    l->n = 0;
}

static int is_mets(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && !strcmp((const char *)n->ns->href, METS_NS) &&
           !strcmp((const char *)n->name, name);
}

static void add_stated(stated_list *l, const xmlNode *file)
{
    xmlChar *size = xmlGetProp(file, (const xmlChar *)"SIZE");
    xmlChar *sum = xmlGetProp(file, (const xmlChar *)"CHECKSUM");
    xmlChar *type = xmlGetProp(file, (const xmlChar *)"CHECKSUMTYPE");
    for (const xmlNode *c = file->children; c; c = c->next) {
        if (!is_mets(c, "FLocat"))
            continue;
        xmlChar *href = xmlGetNsProp(c, (const xmlChar *)"href", (const xmlChar *)XLINK_NS);
        stated *t = href ? realloc(l->f, (l->n + 1) * sizeof *t) : NULL;
        if (t) {
            l->f = t;
            stated *s = &t[l->n++];
            memset(s, 0, sizeof *s);
            s->href = strdup((const char *)href);
            s->size = size ? strtoll((const char *)size, NULL, 10) : -1;
            if (sum && type && !strcmp((const char *)type, "SHA-256"))
                snprintf(s->sha256, sizeof s->sha256, "%s", (const char *)sum);
        }
        xmlFree(href);
    }
    xmlFree(size);
    xmlFree(sum);
    xmlFree(type);
}

static void walk_files(stated_list *l, const xmlNode *n)
{
    for (; n; n = n->next) {
        if (is_mets(n, "file"))
            add_stated(l, n);
        walk_files(l, n->children);
    }
}

/* The files METS.xml (len bytes at xml) states. 0, or -1 when it is not
 * well-formed METS. */
static int read_mets(const char *xml, size_t len, stated_list *l)
{
    xmlDoc *doc = xmlReadMemory(xml, (int)len, "METS.xml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || !is_mets(root, "mets")) {
        xmlFreeDoc(doc);
        return -1;
    }
    walk_files(l, root->children);
    xmlFreeDoc(doc);
    return 0;
}

/* A path that stays inside the package: no absolute path, no "..". */
static int safe_href(const char *h)
{
    if (!h[0] || h[0] == '/')
        return 0;
    for (const char *p = h; *p;) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 2 && !strncmp(p, "..", 2))
            return 0;
        p += n + (e != NULL);
    }
    return 1;
}

/* Compare what was found with what was stated; print each difference. */
static int report(const char *pkg, const stated *s, int found, verify_totals *t)
{
    t->files++;
    const char *why = NULL;
    char buf[128];
    if (!safe_href(s->href))
        why = "path leaves the package";
    else if (!found)
        why = "missing";
    else if (s->size >= 0 && s->got_size != s->size) {
        snprintf(buf, sizeof buf, "size %lld, expected %lld", s->got_size, s->size);
        why = buf;
    } else if (!s->sha256[0])
        why = "no SHA-256 stated";
    else if (strcasecmp(s->sha256, s->got_sha256))
        why = "SHA-256 differs";
    if (!why)
        return 0;
    t->bad++;
    printf("%s: %s: %s\n", pkg, s->href, why);
    return 1;
}

static void verify_dir(const char *dir, int quiet, verify_totals *t)
{
    char path[8192];
    snprintf(path, sizeof path, "%s/METS.xml", dir);
    size_t len;
    char *xml = sb_read_file(path, &len);
    stated_list l = {0};
    t->packages++;
    if (!xml || read_mets(xml, len, &l) != 0) {
        printf("%s: METS.xml: %s\n", dir, xml ? "not METS" : strerror(errno));
        t->unreadable++;
        free(xml);
        return;
    }
    free(xml);
    int bad = 0;
    for (size_t i = 0; i < l.n; i++) {
        stated *s = &l.f[i];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, s->href);
        int found = safe_href(s->href) && stat(path, &st) == 0 && S_ISREG(st.st_mode);
        if (found) {
            s->got_size = (long long)st.st_size;
            if (sha256_file(path, s->got_sha256) != 0)
                found = 0;
        }
        bad += report(dir, s, found, t);
    }
    if (!bad && !quiet)
        printf("%s: ok, %zu files\n", dir, l.n);
    stated_free(&l);
}

/* ---- a package as one tar file ---------------------------------------- */

typedef struct {
    char *name;
    long long size;
    char sha256[65];
} member;

typedef struct {
    member *m;
    size_t n;
    char *mets;             /* METS.xml's bytes */
    size_t mets_len;
} tar_walk;

static int hash_member(void *user, tar_reader *r, const char *name, long long size)
{
    tar_walk *w = user;
    member *t = realloc(w->m, (w->n + 1) * sizeof *t);
    if (!t)
        return 1;
    w->m = t;
    member *m = &t[w->n++];
    m->name = strdup(name);
    m->size = size;
    const char *slash = strchr(name, '/');
    int is_mets = slash && !strcmp(slash + 1, "METS.xml") && !w->mets;
    sbuf keep = {0};
    sha256_ctx c;
    sha256_init(&c);
    char buf[65536];
    long n;
    while ((n = tar_read(r, buf, sizeof buf)) > 0) {
        sha256_update(&c, buf, (size_t)n);
        if (is_mets)
            sb_add(&keep, buf, (size_t)n);
    }
    unsigned char d[32];
    sha256_final(&c, d);
    sha256_hex(d, m->sha256);
    if (is_mets)
        w->mets = sb_take(&keep, &w->mets_len);
    return n < 0;
}

static void verify_tar(const char *path, int quiet, verify_totals *t)
{
    FILE *f = fopen(path, "rb");
    tar_walk w = {0};
    char err[256] = "";
    t->packages++;
    if (!f || tar_each(f, hash_member, &w, err, sizeof err) != 0 || !w.mets) {
        printf("%s: %s\n", path, !f ? strerror(errno) : err[0] ? err : "no METS.xml inside");
        t->unreadable++;
    } else {
        stated_list l = {0};
        if (read_mets(w.mets, w.mets_len, &l) != 0) {
            printf("%s: METS.xml: not METS\n", path);
            t->unreadable++;
        }
        /* Members are named PACKAGE/href; PACKAGE is the folder of METS.xml. */
        int bad = 0;
        for (size_t i = 0; i < l.n; i++) {
            stated *s = &l.f[i];
            int found = 0;
            for (size_t k = 0; k < w.n && !found; k++) {
                const char *slash = strchr(w.m[k].name, '/');
                if (slash && !strcmp(slash + 1, s->href)) {
                    found = 1;
                    s->got_size = w.m[k].size;
                    memcpy(s->got_sha256, w.m[k].sha256, sizeof s->got_sha256);
                }
            }
            bad += report(path, s, found, t);
        }
        if (!bad && !quiet && l.n)
            printf("%s: ok, %zu files\n", path, l.n);
        stated_free(&l);
    }
    if (f)
        fclose(f);
    for (size_t k = 0; k < w.n; k++)
        free(w.m[k].name);
    free(w.m);
    free(w.mets);
}

/* ---- the batch -------------------------------------------------------- */

typedef struct {
    char **paths;
    size_t n;
    int failed;
} found_list;

static void add_found(found_list *l, const char *path)
{
    char **t = realloc(l->paths, (l->n + 1) * sizeof *t);
    if (!t || !(t[l->n] = strdup(path))) {
        l->failed = 1;
        if (t)
            l->paths = t;
        return;
    }
    l->paths = t;
    l->n++;
}

/* Packages below dir: folders NAME.package (not entered) and files
 * NAME.package.tar. Symbolic links are not followed, so a loop ends. */
static int find_packages(const char *dir, found_list *l)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char path[8192];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (lstat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode) && str_ends_with(e->d_name, ".package"))
            add_found(l, path);
        else if (S_ISDIR(st.st_mode))
            rc = find_packages(path, l);
        else if (S_ISREG(st.st_mode) && str_ends_with(e->d_name, ".package.tar"))
            add_found(l, path);
    }
    closedir(d);
    return rc || l->failed ? -1 : 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int verify_batch(const char *outdir, int quiet, verify_totals *t, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    found_list l = {0};
    int rc = find_packages(outdir, &l);
    if (rc != 0) {
        snprintf(err, errlen, "%s: %s", outdir, strerror(errno));
        rc = 2;
    } else if (l.n == 0) {
        snprintf(err, errlen, "%s: no package found (run sohoa package first)", outdir);
        rc = 2;
    } else {
        qsort(l.paths, l.n, sizeof *l.paths, by_name);
        for (size_t i = 0; i < l.n; i++) {
            if (str_ends_with(l.paths[i], ".tar"))
                verify_tar(l.paths[i], quiet, t);
            else
                verify_dir(l.paths[i], quiet, t);
        }
        rc = t->unreadable ? 2 : t->bad ? 4 : 0;
    }
    for (size_t i = 0; i < l.n; i++)
        free(l.paths[i]);
    free(l.paths);
    return rc;
}
