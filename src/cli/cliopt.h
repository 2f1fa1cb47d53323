/*
 * cliopt.h: the argument parsing that several sohoa subcommands share.
 */
#ifndef SOHOA_CLI_CLIOPT_H
#define SOHOA_CLI_CLIOPT_H

#include <stdio.h>

/* The arguments of a command taking only -q/--quiet, -h/--help and one
 * OUTDIR: the OUTDIR, or NULL with *exit_code set (0 after the help,
 * usage_exit after a usage error, the usage then printed on stderr). */
const char *cli_quiet_outdir(int argc, char **argv, void (*usage)(FILE *), int usage_exit,
                             int *quiet, int *exit_code);

#endif
