/*
 * plan.h: the inputs of a batch into a manifest (sohoa plan): each input's
 * absolute path, size, SHA-256 and page count (opened by the input stage,
 * as the run will open it), and where a single-machine run would put its
 * outputs. Balancing into shards is manifest_balance.
 */
#ifndef SOHOA_BATCH_PLAN_H
#define SOHOA_BATCH_PLAN_H

#include <stdio.h>

#include "batch/manifest.h"
#include "batch/walk.h"

/* Add every walked input (walked with this outdir) to m. An input that
 * cannot be read or opened is kept (0 pages; its run records why) and
 * named on note; *unreadable counts them. 0, or -1 out of memory. */
int plan_inputs(manifest *m, const walk_list *inputs, const char *outdir, FILE *note,
                int *unreadable);

#endif
