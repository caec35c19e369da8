/* Word wrapping of prose for a terminal. */
#ifndef HTTPSTATUS_CLI_WRAP_H
#define HTTPSTATUS_CLI_WRAP_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes text to f as lines of at most `width` columns, each starting with
 * `indent` spaces and ending with a newline. Lines break only at spaces (runs
 * of spaces count as one), so a character is never split; a word wider than
 * the line gets a line of its own and overflows it. Empty text writes nothing.
 */
void wrap_text(FILE *f, const char *text, size_t indent, size_t width);

#endif
