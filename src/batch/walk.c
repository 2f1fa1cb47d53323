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
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The path made absolute without following links (realpath would fail
 * on a dangling one, and the link is what the user should see). */
static char *absolute(const char *path)
{
    if (path[0] == '/')
        return strdup(path);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return strdup(path);
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    return join(cwd, path);
}

static void problem(walk_list *l, const char *path, const char *why)
{
    walk_problem *p = realloc(l->problems, (l->nproblems + 1) * sizeof *p);
    if (!p)
        return;
    l->problems = p;
    walk_problem *q = &p[l->nproblems];
    q->path = strdup(path);
    q->abspath = absolute(path);
    q->why = strdup(why);
    if (!q->path || !q->abspath || !q->why) {
        free(q->path);
        free(q->abspath);
        free(q->why);
        return;
    }
    l->nproblems++;
}

/* Why stat(path) failed, in words: a dangling link says where it points. */
static void stat_problem(walk_list *l, const char *path, int err)
{
    char why[PATH_MAX + 64], target[PATH_MAX];
    struct stat st;
    if (err == ENOENT && lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        ssize_t n = readlink(path, target, sizeof target - 1);
        target[n > 0 ? n : 0] = 0;
        snprintf(why, sizeof why, "dangling symbolic link (to %s, which does not exist)", target);
    } else if (err == ELOOP) {
        snprintf(why, sizeof why, "symbolic link loop (%s)", strerror(err));
    } else {
        snprintf(why, sizeof why, "%s", strerror(err));
    }
    problem(l, path, why);
}

/* rel: folder of the outputs relative to outdir ("" for the top). */
static int add(walk_list *l, const char *path, const char *outdir, const char *rel)
{
    char *abs = realpath(path, NULL);
    if (!abs) {
        problem(l, path, strerror(errno));
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

/* A folder as the kernel knows it, so one reached twice (through a link)
 * is recognised whatever its path. */
typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    walk_list *l;
    const char *outdir_abs, *outdir;
    FILE *note;
    dir_id *seen;           /* folders walked: open addressing, ino 0 = empty */
    size_t nseen, capseen;
    dir_id *stack;          /* the folders being walked, outermost first */
    size_t depth, capstack;
} walker;

static size_t dir_hash(dir_id d, size_t cap)
{
    return (size_t)(((uint64_t)d.ino * 0x9E3779B97F4A7C15u) ^ (uint64_t)d.dev) & (cap - 1);
}

/* Add d to the seen set: 1 if it was new, 0 if seen already, -1 no memory. */
static int seen_add(walker *w, dir_id d)
{
    if (2 * (w->nseen + 1) > w->capseen) {
        size_t nc = w->capseen ? 2 * w->capseen : 64;
        dir_id *n = calloc(nc, sizeof *n);
        if (!n)
            return -1;
        for (size_t i = 0; i < w->capseen; i++)
            if (w->seen[i].ino)
                for (size_t h = dir_hash(w->seen[i], nc);; h = (h + 1) & (nc - 1))
                    if (!n[h].ino) {
                        n[h] = w->seen[i];
                        break;
                    }
        free(w->seen);
        w->seen = n;
        w->capseen = nc;
    }
    for (size_t h = dir_hash(d, w->capseen);; h = (h + 1) & (w->capseen - 1)) {
        if (!w->seen[h].ino) {
            w->seen[h] = d;
            w->nseen++;
            return 1;
        }
        if (w->seen[h].ino == d.ino && w->seen[h].dev == d.dev)
            return 0;
    }
}

static int on_stack(const walker *w, dir_id d)
{
    for (size_t i = 0; i < w->depth; i++)
        if (w->stack[i].ino == d.ino && w->stack[i].dev == d.dev)
            return 1;
    return 0;
}

/* Folder dir, reached as dir (st: its stat): walked unless it was already.
 * 0, or -1 when out of memory. */
static int walk_dir(walker *w, const char *dir, const struct stat *st, const char *rel);

static int walk_entries(walker *w, const char *dir, const char *rel, char **names, size_t n)
{
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char *p = join(dir, names[i]);
        struct stat st;
        if (!p) {
            rc = -1;
        } else if (stat(p, &st) != 0) {
            stat_problem(w->l, p, errno);
        } else if (S_ISDIR(st.st_mode)) {
            char *r = *rel ? join(rel, names[i]) : strdup(names[i]);
            rc = r ? walk_dir(w, p, &st, r) : -1;
            free(r);
        } else if (S_ISREG(st.st_mode) && walk_is_candidate(names[i])) {
            rc = add(w->l, p, w->outdir, rel);
        }
        free(p);
    }
    return rc;
}

/* The names in dir, sorted (runs are reproducible), hidden ones left out. */
static int list_dir(walker *w, const char *dir, char ***names, size_t *n)
{
    DIR *d = opendir(dir);
    *names = NULL;
    *n = 0;
    if (!d) {
        char why[300];
        snprintf(why, sizeof why, "cannot read the folder: %s", strerror(errno));
        problem(w->l, dir, why);
        return 0;
    }
    size_t cap = 0;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(*names, cap * sizeof *p);
            if (!p) {
                rc = -1;
                break;
            }
            *names = p;
        }
        if (!((*names)[*n] = strdup(e->d_name)))
            rc = -1;
        else
            (*n)++;
    }
    closedir(d);
    if (*n)
        qsort(*names, *n, sizeof **names, cmp_str);
    return rc;
}

static int walk_dir(walker *w, const char *dir, const struct stat *st, const char *rel)
{
    char *abs = realpath(dir, NULL);
    int ours = abs && w->outdir_abs && !strcmp(abs, w->outdir_abs);
    free(abs);
    if (ours)
        return 0;  /* never OCR our own outputs */
    dir_id id = {st->st_dev, st->st_ino};
    if (on_stack(w, id)) {
        problem(w->l, dir, "symbolic link loop: leads back to a folder above it (walked once)");
        return 0;
    }
    int fresh = seen_add(w, id);
    if (fresh <= 0) {
        if (fresh == 0 && w->note)
            fprintf(w->note, "sohoa: note: %s is a folder walked already (another link to it);"
                    " skipped\n", dir);
        return fresh;
    }
    if (w->depth == w->capstack) {
        size_t nc = w->capstack ? 2 * w->capstack : 16;
        dir_id *p = realloc(w->stack, nc * sizeof *p);
        if (!p)
            return -1;
        w->stack = p;
        w->capstack = nc;
    }
    w->stack[w->depth++] = id;
    char **names;
    size_t n;
    int rc = list_dir(w, dir, &names, &n);
    if (rc == 0)
        rc = walk_entries(w, dir, rel, names, n);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    w->depth--;
    return rc;
}

static int walk_one(walker *w, const char *arg, int depth);

static int walk_listfile(walker *w, FILE *f, int depth)
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
        rc = walk_one(w, line, depth + 1);
    }
    free(line);
    return rc;
}

static int walk_one(walker *w, const char *arg, int depth)
{
    if (depth > 8) {
        problem(w->l, arg, "list files nested too deeply");
        return 0;
    }
    if (!strcmp(arg, "-"))
        return walk_listfile(w, stdin, depth);
    if (arg[0] == '@') {
        FILE *f = fopen(arg + 1, "r");
        if (!f) {
            problem(w->l, arg + 1, strerror(errno));
            return 0;
        }
        int rc = walk_listfile(w, f, depth);
        fclose(f);
        return rc;
    }
    struct stat st;
    if (stat(arg, &st) != 0) {
        stat_problem(w->l, arg, errno);
        return 0;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(w, arg, &st, "");
    return add(w->l, arg, w->outdir, "");
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
    walker w = {.l = list, .outdir_abs = outdir_abs, .outdir = outdir, .note = note};
    int rc = 0;
    for (int i = 0; i < nargs && rc == 0; i++)
        rc = walk_one(&w, args[i], 0);
    free(w.seen);
    free(w.stack);
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
    for (size_t i = 0; i < l->nproblems; i++) {
        free(l->problems[i].path);
        free(l->problems[i].abspath);
        free(l->problems[i].why);
    }
    free(l->problems);
    memset(l, 0, sizeof *l);
}
