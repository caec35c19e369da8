/* "httpstatus lint": responses checked with http_status_lint(). */
#ifndef HTTPSTATUS_CLI_LINT_H
#define HTTPSTATUS_CLI_LINT_H

/* Runs the subcommand; argv[0] is "lint". Returns the exit status: 0 when
 * nothing at or above the minimum severity was found, 1 when something
 * was, 2 on a usage error or unreadable input. */
int lint_main(int argc, char **argv);

#endif
