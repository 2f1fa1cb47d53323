/* Input walking: files, folders, list files; output names and collisions. */
/* realpath is XSI. */
#define _XOPEN_SOURCE 700
#include "batch/walk.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static const char *const exts[] = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg",
                                   ".jp2", ".j2k", ".jpf", ".jpx", ".pnm", ".pbm",
                                   ".pgm", ".ppm", ".bmp", ".gif", ".webp"};

int walk_is_candidate(const char *name)
{
    if (name[0] == '.')
        return 0;
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 0;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (!strcasecmp(dot, exts[i]))
            return 1;
    return 0;
}

static char *join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int slash = la && a[la - 1] != '/';
    char *s = malloc(la + lb + 2);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    if (slash)
        s[la++] = '/';
    memcpy(s + la, b, lb + 1);
    return s;
}

static void problem(walk_list *l, const char *fmt, const char *arg, const char *why)
{
    char buf[PATH_MAX + 256];
    snprintf(buf, sizeof buf, fmt, arg, why);
    char **p = realloc(l->problems, (l->nproblems + 1) * sizeof *p);
    if (!p)
        return;
    l->problems = p;
    p[l->nproblems++] = strdup(buf);
}

/* rel: folder of the outputs relative to outdir ("" for the top). */
static int add(walk_list *l, const char *path, const char *outdir, const char *rel)
{
    char *abs = realpath(path, NULL);
    if (!abs) {
        problem(l, "%s: %s", path, strerror(errno));
        return 0;
    }
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 64;
        walk_item *p = realloc(l->items, nc * sizeof *p);
        if (!p) {
            free(abs);
            return -1;
        }
        l->items = p;
        l->cap = nc;
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *name = strdup(base);
    char *dir = *rel ? join(outdir, rel) : strdup(outdir);
    if (!name || !dir) {
        free(name);
        free(dir);
        free(abs);
        return -1;
    }
    char *dot = strrchr(name, '.');
    if (dot && dot != name)
        *dot = 0;
    walk_item *it = &l->items[l->n];
    it->path = strdup(path);
    it->abspath = abs;
    it->outbase = join(dir, name);
    it->collided = 0;
    free(name);
    free(dir);
    if (!it->path || !it->outbase) {
        free(it->path);
        free(it->outbase);
        free(abs);
        return -1;
    }
    l->n++;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk_dir(walk_list *l, const char *dir, const char *outdir_abs, const char *outdir,
                    const char *rel)
{
    char *abs = realpath(dir, NULL);
    if (abs && outdir_abs && !strcmp(abs, outdir_abs)) {
        free(abs);
        return 0;  /* never OCR our own outputs */
    }
    free(abs);
    DIR *d = opendir(dir);
    if (!d) {
        problem(l, "%s: %s", dir, strerror(errno));
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) {
                rc = -1;
                break;
            }
            names = p;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = -1;
            break;
        }
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++) {
        char *p = join(dir, names[i]);
        struct stat st;
        if (!p) {
            rc = -1;
        } else if (stat(p, &st) != 0) {
            problem(l, "%s: %s", p, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            char *r = *rel ? join(rel, names[i]) : strdup(names[i]);
            rc = r ? walk_dir(l, p, outdir_abs, outdir, r) : -1;
            free(r);
        } else if (S_ISREG(st.st_mode) && walk_is_candidate(names[i])) {
            rc = add(l, p, outdir, rel);
        }
        free(p);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

static int walk_one(walk_list *l, const char *arg, const char *outdir_abs, const char *outdir,
                    int depth);

static int walk_listfile(walk_list *l, FILE *f, const char *outdir_abs, const char *outdir,
                         int depth)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (rc == 0 && (n = getline(&line, &cap, f)) > 0) {
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (!n || line[0] == '#')
            continue;
        rc = walk_one(l, line, outdir_abs, outdir, depth + 1);
    }
    free(line);
    return rc;
}

static int walk_one(walk_list *l, const char *arg, const char *outdir_abs, const char *outdir,
                    int depth)
{
    if (depth > 8) {
        problem(l, "%s: %s", arg, "list files nested too deeply");
        return 0;
    }
    if (!strcmp(arg, "-"))
        return walk_listfile(l, stdin, outdir_abs, outdir, depth);
    if (arg[0] == '@') {
        FILE *f = fopen(arg + 1, "r");
        if (!f) {
            problem(l, "%s: %s", arg + 1, strerror(errno));
            return 0;
        }
        int rc = walk_listfile(l, f, outdir_abs, outdir, depth);
        fclose(f);
        return rc;
    }
    struct stat st;
    if (stat(arg, &st) != 0) {
        problem(l, "%s: %s", arg, strerror(errno));
        return 0;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(l, arg, outdir_abs, outdir, "");
    return add(l, arg, outdir, "");
}

static int cmp_abspath(const void *a, const void *b)
{
    const walk_item *x = *(walk_item *const *)a, *y = *(walk_item *const *)b;
    int c = strcmp(x->abspath, y->abspath);
    return c ? c : (x < y ? -1 : x > y);
}

/* A file named twice (directly and through its folder, say) is done once. */
static int drop_duplicates(walk_list *l)
{
    if (l->n < 2)
        return 0;
    walk_item **v = malloc(l->n * sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < l->n; i++)
        v[i] = &l->items[i];
    qsort(v, l->n, sizeof *v, cmp_abspath);
    for (size_t i = 1; i < l->n; i++)
        if (!strcmp(v[i]->abspath, v[i - 1]->abspath)) {
            free(v[i]->path);
            v[i]->path = NULL;  /* the first occurrence stays */
        }
    free(v);
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (l->items[i].path) {
            l->items[k++] = l->items[i];
        } else {
            free(l->items[i].abspath);
            free(l->items[i].outbase);
        }
    }
    l->n = k;
    return 0;
}

static int cmp_outbase(const void *a, const void *b)
{
    const walk_item *x = *(walk_item *const *)a, *y = *(walk_item *const *)b;
    return strcmp(x->outbase, y->outbase);
}

/* Inputs sharing an output base keep their extension; any still sharing
 * one (A/x.png and B/x.png from two folder arguments) are numbered. */
static int resolve_collisions(walk_list *l, FILE *note)
{
    if (l->n < 2)
        return 0;
    walk_item **v = malloc(l->n * sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < l->n; i++)
        v[i] = &l->items[i];
    qsort(v, l->n, sizeof *v, cmp_outbase);
    for (size_t i = 0; i + 1 < l->n; i++)
        if (!strcmp(v[i]->outbase, v[i + 1]->outbase))
            v[i]->collided = v[i + 1]->collided = 1;
    int rc = 0;
    for (size_t i = 0; i < l->n && rc == 0; i++) {
        walk_item *it = &l->items[i];
        if (!it->collided)
            continue;
        const char *base = strrchr(it->path, '/');
        base = base ? base + 1 : it->path;
        const char *ext = strrchr(base, '.');
        if (!ext || ext == base)
            continue;
        size_t lo = strlen(it->outbase), le = strlen(ext);
        char *p = realloc(it->outbase, lo + le + 1);
        if (!p) {
            rc = -1;
            break;
        }
        memcpy(p + lo, ext, le + 1);
        it->outbase = p;
    }
    if (rc == 0)
        qsort(v, l->n, sizeof *v, cmp_outbase);
    for (size_t i = 0; i < l->n && rc == 0;) {
        size_t j = i + 1;
        while (j < l->n && !strcmp(v[j]->outbase, v[i]->outbase))
            j++;
        for (size_t m = i + 1; m < j; m++) {
            size_t lo = strlen(v[m]->outbase);
            char *p = realloc(v[m]->outbase, lo + 24);
            if (!p) {
                rc = -1;
                break;
            }
            snprintf(p + lo, 24, "-%zu", m - i + 1);
            v[m]->outbase = p;
            v[m]->collided = 1;
        }
        i = j;
    }
    free(v);
    for (size_t i = 0; i < l->n && rc == 0 && note; i++)
        if (l->items[i].collided)
            fprintf(note, "sohoa: note: %s shares its name with another input; its outputs are %s.txt and %s.json\n",
                    l->items[i].path, l->items[i].outbase, l->items[i].outbase);
    return rc;
}

int walk_inputs(walk_list *list, char *const *args, int nargs, const char *outdir, FILE *note)
{
    char *outdir_abs = realpath(outdir, NULL);
    int rc = 0;
    for (int i = 0; i < nargs && rc == 0; i++)
        rc = walk_one(list, args[i], outdir_abs, outdir, 0);
    free(outdir_abs);
    if (rc == 0)
        rc = drop_duplicates(list);
    if (rc == 0)
        rc = resolve_collisions(list, note);
    return rc;
}

void walk_free(walk_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->items[i].path);
        free(l->items[i].abspath);
        free(l->items[i].outbase);
    }
    free(l->items);
    for (size_t i = 0; i < l->nproblems; i++)
        free(l->problems[i]);
    free(l->problems);
    memset(l, 0, sizeof *l);
}
