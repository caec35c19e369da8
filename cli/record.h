/* What the tool shows about one code: the library's row and the description
 * in the language asked for. */
#ifndef HTTPSTATUS_CLI_RECORD_H
#define HTTPSTATUS_CLI_RECORD_H

#include "httpstatus.h"

struct record {
    http_status_info info;
    unsigned which;          /* the rows it came from, for the lists behind
                                http_status_header_at() and _alias_at() */
    const char *description; /* in the language asked for, else English */
};

/*
 * Fills *rec with the row for code among the rows `which` selects, and the
 * description in lang (NULL: English). Returns 0 when there is no such row.
 */
int record_fetch(struct record *rec, int code, unsigned which, const char *lang);

#endif
