/*
 * sohoa: the command that runs the pipeline. Each subcommand lives in its
 * own file (cmd_*.c) and is listed in the table below.
 */
#include <stdio.h>
#include <string.h>

#include "vnfix.h"

typedef int (*command_fn)(int argc, char **argv);

int cmd_segment(int argc, char **argv);

static const struct {
    const char *name;
    command_fn fn;
    const char *summary;
} commands[] = {
    {"segment", cmd_segment, "metadata, sections, targets and agencies of a text as JSON"},
    {NULL, NULL, NULL},
};

static void usage(FILE *f)
{
    fputs("usage: sohoa COMMAND [OPTIONS] ...\n\ncommands:\n", f);
    for (int i = 0; commands[i].name; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\nsohoa COMMAND --help describes each command. See sohoa(1).\n", f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 1;
    }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
        printf("sohoa %s (libvnfix %s)\n", VNFIX_VERSION, VNFIX_VERSION);
        return 0;
    }
    for (int i = 0; commands[i].name; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "sohoa: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 1;
}
