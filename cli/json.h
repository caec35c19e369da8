/* Records as JSON objects, for scripts. */
#ifndef HTTPSTATUS_CLI_JSON_H
#define HTTPSTATUS_CLI_JSON_H

#include <stdio.h>

#include "record.h"

/* s as a JSON string literal, or null when s is NULL. */
void json_string(FILE *f, const char *s);

/*
 * One object, on one line, without a newline: code, reason, class, status,
 * expires, origin, reference, name, aliases, description, headers, flags.
 * These names are an interface; the manual lists them.
 */
void json_record(FILE *f, const struct record *rec);

#endif
