/* sohoa plan: hashing and page-counting the inputs for the manifest. */
#include "batch/plan.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include "common/sha256.h"
#include "input/input.h"

/* walk made outbase by joining outdir and the relative part. */
static const char *relative_output(const char *outbase, const char *outdir)
{
    size_t n = strlen(outdir);
    if (strncmp(outbase, outdir, n))
        return outbase;
    outbase += n;
    while (*outbase == '/')
        outbase++;
    return outbase;
}

int plan_inputs(manifest *m, const walk_list *inputs, const char *outdir, FILE *note,
                int *unreadable)
{
    for (size_t i = 0; i < inputs->n; i++) {
        const walk_item *it = &inputs->items[i];
        struct stat st;
        int64_t size = stat(it->abspath, &st) == 0 ? (int64_t)st.st_size : -1;
        char sha[65] = "-";
        int pages = 0;
        char err[512] = "";
        if (sha256_file(it->abspath, sha) != 0) {
            snprintf(err, sizeof err, "cannot read: %s", strerror(errno));
            strcpy(sha, "-");
        } else {
            input_doc *d = input_open(it->abspath, err, sizeof err);
            if (d) {
                pages = input_page_count(d);
                input_close(d);
            }
        }
        if (err[0]) {
            ++*unreadable;
            if (note)
                fprintf(note, "sohoa plan: %s: %s (kept with 0 pages; its run will record the failure)\n",
                        it->path, err);
        }
        if (manifest_add(m, it->abspath, it->path, relative_output(it->outbase, outdir), size,
                         pages, sha) != 0)
            return -1;
    }
    return 0;
}
