/*
 * Option parsing. Options may come anywhere before "--"; everything after it
 * is an operand, so "httpstatus -- -1" asks about "-1".
 */
#define _POSIX_C_SOURCE 200809L /* isatty, fileno */

#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
#include <unistd.h>
#endif

#include "diag.h"
#include "httpstatus.h"

static void print_help(void)
{
    unsigned i;
    const char *sep = "";

    fputs("usage: httpstatus [OPTION]... CODE|CLASS|PHRASE|NAME...\n"
          "       httpstatus [OPTION]... --all\n"
          "       httpstatus [OPTION]... search WORD...\n"
          "       httpstatus lint [OPTION]... [FILE]     (httpstatus lint --help)\n"
          "       httpstatus reply [OPTION]... CODE      (httpstatus reply --help)\n"
          "\n"
          "Show what the HTTP status code table knows about codes.\n"
          "\n"
          "  CODE     a three-digit code: 404\n"
          "  CLASS    every code of a class, one a line: 4xx\n"
          "  PHRASE   a reason phrase, current or former: \"not found\"\n"
          "  NAME     a constant name: NOT_FOUND or HTTPSTATUS_NOT_FOUND\n"
          "  search   codes whose phrase, name, former phrases or description\n"
          "           contain every WORD, best match first\n"
          "\n"
          "Options:\n"
          "  --all          list every code\n"
          "  --unofficial   include codes outside the IANA registry (nginx 499, ...)\n"
          "  --json         answer in JSON\n"
          "  --lang TAG     descriptions in another language (",
          stdout);
    for (i = 0; http_status_language_at(i) != NULL; i++) {
        printf("%s%s", sep, http_status_language_at(i));
        sep = ", ";
    }
    fputs(")\n"
          "  -h, --help     show this help and exit\n"
          "  --version      show the version and exit\n"
          "\n"
          "Exit status: 0 when everything asked for was found, 1 when something\n"
          "was not, 2 on a usage error.\n",
          stdout);
}

/* Colour only helps a person at a terminal, and NO_COLOR (no-color.org)
 * turns it off whatever its value, as long as it has one. A Windows console
 * shows escape sequences only when a program asks it to, so there the
 * output stays plain. */
static int want_colour(void)
{
#ifdef _WIN32
    return 0;
#else
    const char *no_colour = getenv("NO_COLOR");
    if (no_colour != NULL && no_colour[0] != '\0')
        return 0;
    return isatty(fileno(stdout));
#endif
}

static int set_language(struct options *opt, const char *tag)
{
    struct shown shown;
    if (!http_status_has_language(tag)) {
        diag("unknown language: %s (try --help)", shown_arg(&shown, tag));
        return EXIT_USAGE;
    }
    opt->lang = tag;
    return OPTIONS_CONTINUE;
}

/*
 * Takes the option at argv[*i], and its value if it has one (advancing *i).
 * Returns OPTIONS_CONTINUE or an exit status, as options_parse() does.
 */
static int take_option(struct options *opt, int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    struct shown shown;

    if (strcmp(arg, "--json") == 0) {
        opt->json = 1;
    } else if (strcmp(arg, "--unofficial") == 0) {
        opt->unofficial = 1;
    } else if (strcmp(arg, "--all") == 0) {
        opt->all = 1;
    } else if (strncmp(arg, "--lang=", 7) == 0) {
        return set_language(opt, arg + 7);
    } else if (strcmp(arg, "--lang") == 0) {
        if (*i + 1 >= argc) {
            diag("--lang needs a language tag (try --help)");
            return EXIT_USAGE;
        }
        *i += 1;
        return set_language(opt, argv[*i]);
    } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
        print_help();
        return EXIT_ALL_FOUND;
    } else if (strcmp(arg, "--version") == 0) {
        printf("httpstatus %s\n", http_status_version());
        return EXIT_ALL_FOUND;
    } else {
        diag("unknown option: %s (try --help)", shown_arg(&shown, arg));
        return EXIT_USAGE;
    }
    return OPTIONS_CONTINUE;
}

int options_parse(int argc, char **argv, struct options *opt)
{
    int i, only_operands = 0;

    memset(opt, 0, sizeof *opt);
    /* One slot per argument is always enough; +1 keeps argc == 0 legal. */
    opt->operands = malloc(sizeof *opt->operands * ((size_t)(argc > 0 ? argc : 0) + 1));
    if (opt->operands == NULL) {
        diag("out of memory");
        return EXIT_USAGE;
    }
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int status;
        /* "-" alone is an operand, as it is for most tools. */
        if (only_operands || arg[0] != '-' || arg[1] == '\0') {
            opt->operands[opt->operand_count++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_operands = 1;
            continue;
        }
        status = take_option(opt, argc, argv, &i);
        if (status != OPTIONS_CONTINUE)
            return status;
    }
    opt->which = opt->unofficial ? HTTPSTATUS_ANY : HTTPSTATUS_REGISTRY;
    opt->colour = !opt->json && want_colour();
    return OPTIONS_CONTINUE;
}

void options_free(struct options *opt)
{
    free(opt->operands);
    opt->operands = NULL;
    opt->operand_count = 0;
}
