/* Matching search words against a record, and how well they match. */
#ifndef HTTPSTATUS_CLI_SEARCH_H
#define HTTPSTATUS_CLI_SEARCH_H

#include <stddef.h>

#include "record.h"

/* Better matches have smaller numbers; results are listed in this order. */
enum search_rank {
    SEARCH_NONE = 0,        /* some word is nowhere in the record */
    SEARCH_TITLE = 1,       /* every word is in the phrase or the constant name */
    SEARCH_ALIAS = 2,       /* ... or in a former phrase */
    SEARCH_DESCRIPTION = 3  /* some word is only in the description */
};

/*
 * How the record matches when every word must occur, as an ASCII
 * case-insensitive substring, in its phrase, constant name, former phrases
 * or description (English, or the language asked for).
 */
enum search_rank search_rank(const struct record *rec, const char *const *words,
                             size_t count);

#endif
