/* What the tool shows about one code: the library's row, the description in
 * the language asked for, and the stable names it prints for the library's
 * enums and flags (JSON consumers depend on them, so they are spelled once,
 * here). */
#ifndef HTTPSTATUS_CLI_RECORD_H
#define HTTPSTATUS_CLI_RECORD_H

#include "httpstatus.h"

struct record {
    http_status_info info;
    unsigned which;          /* the rows it came from, for the lists behind
                                http_status_header_at() and _alias_at() */
    const char *description; /* in the language asked for, else English */
    int expired;             /* a temporary registration whose expiry date
                                is before today (UTC) */
};

/*
 * Fills *rec with the row for code among the rows `which` selects, and the
 * description in lang (NULL: English). Returns 0 when there is no such row.
 * Today is SOURCE_DATE_EPOCH (seconds since 1970, as for reproducible
 * builds) when that holds a number, else the clock.
 */
int record_fetch(struct record *rec, int code, unsigned which, const char *lang);

/* "informational", "successful", "redirection", "client-error",
 * "server-error"; "none" for any other value. */
const char *class_slug(enum http_status_class cls);

/* "permanent", "temporary", "unused", "obsoleted", "unregistered";
 * "none" for any other value. */
const char *registration_slug(enum http_status_registration registration);

/* The names of the flags set in flags, in bit order: start with *i = 0 and
 * call until it returns NULL. */
const char *flag_at(unsigned flags, unsigned *i);

#endif
