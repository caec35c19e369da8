/*
 * The command line of httpstatus, parsed once into a struct that the rest of
 * the program only reads.
 */
#ifndef HTTPSTATUS_CLI_OPTIONS_H
#define HTTPSTATUS_CLI_OPTIONS_H

#include <stddef.h>

/* The exit statuses the manual promises. */
enum exit_status {
    EXIT_ALL_FOUND = 0, /* every code or term asked for was found */
    EXIT_NOT_FOUND = 1, /* at least one was not; the others were answered */
    EXIT_USAGE = 2      /* the command line itself is wrong */
};

struct options {
    int json;              /* --json */
    int unofficial;        /* --unofficial */
    int all;               /* --all */
    int colour;            /* stdout is a terminal and NO_COLOR is unset or empty */
    const char *lang;      /* --lang; NULL means English */
    unsigned which;        /* rows to answer from: registry, or all with --unofficial */
    const char **operands; /* the arguments that are not options, in order */
    size_t operand_count;
};

/* The value options_parse() returns when the program should go on. */
#define OPTIONS_CONTINUE (-1)

/*
 * Fills *opt from argv. Returns OPTIONS_CONTINUE, or the exit status to end
 * with at once: after --help or --version (0), or after reporting a usage
 * error (EXIT_USAGE). Call options_free() in every case.
 */
int options_parse(int argc, char **argv, struct options *opt);

void options_free(struct options *opt);

#endif
