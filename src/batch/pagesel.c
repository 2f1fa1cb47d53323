/* Page selection. */
#include "batch/pagesel.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse one range at *p: "a", "a-b", "a-", "-b". */
static int range(const char **p, long *lo, long *hi)
{
    const char *s = *p;
    char *end;
    *lo = 1;
    *hi = -1;  /* open */
    if (isdigit((unsigned char)*s)) {
        *lo = strtol(s, &end, 10);
        s = end;
        *hi = *lo;
    }
    if (*s == '-') {
        s++;
        *hi = -1;
        if (isdigit((unsigned char)*s)) {
            *hi = strtol(s, &end, 10);
            s = end;
        }
    } else if (s == *p) {
        return -1;
    }
    if (*s && *s != ',')
        return -1;
    *p = *s ? s + 1 : s;
    return 0;
}

int pagesel_check(const char *spec, char *err, size_t errlen)
{
    if (!spec || !strcmp(spec, "all"))
        return 0;
    const char *p = spec;
    if (!*p) {
        snprintf(err, errlen, "empty page selection");
        return -1;
    }
    while (*p) {
        long lo, hi;
        if (range(&p, &lo, &hi) != 0 || lo < 1 || (hi != -1 && hi < lo)) {
            snprintf(err, errlen, "bad page selection '%s' (want e.g. 1-3,5,9-)", spec);
            return -1;
        }
    }
    return 0;
}

int pagesel_has(const char *spec, int page)
{
    if (!spec || !strcmp(spec, "all"))
        return 1;
    const char *p = spec;
    while (*p) {
        long lo, hi;
        if (range(&p, &lo, &hi) != 0)
            return 0;
        if (page >= lo && (hi == -1 || page <= hi))
            return 1;
    }
    return 0;
}
