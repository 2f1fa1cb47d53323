/* cliopt.c: argument parsing shared by sohoa subcommands (cliopt.h). */
#include "cli/cliopt.h"

#include <getopt.h>

const char *cli_quiet_outdir(int argc, char **argv, void (*usage)(FILE *), int usage_exit,
                             int *quiet, int *exit_code)
{
    static const struct option longopts[] = {
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    int c;
    *quiet = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'q': *quiet = 1; break;
        case 'h': usage(stdout); *exit_code = 0; return NULL;
        default: usage(stderr); *exit_code = usage_exit; return NULL;
        }
    }
    if (optind != argc - 1) {
        usage(stderr);
        *exit_code = usage_exit;
        return NULL;
    }
    return argv[optind];
}
