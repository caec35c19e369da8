/*
 * From a reason phrase or a constant name back to the code.
 *
 * A linear scan of the rows: there are fewer than a hundred, the phrases are
 * compared by length first, and no index has to be kept in step with the
 * data.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <string.h>

/* Whether one of the row's former phrases is s[0..n), ignoring case. */
static int is_alias(const struct hs_row *row, const char *s, size_t n)
{
    unsigned i;
    for (i = row->alias_first; i < row[1].alias_first; i++) {
        const char *alias = httpstatus__text_at(httpstatus__aliases[i]);
        if (strlen(alias) == n && httpstatus__same_ascii_ci(alias, s, n))
            return 1;
    }
    return 0;
}

int http_status_from_reason_n(const char *phrase, size_t len, unsigned which)
{
    unsigned r;
    if (phrase == NULL || len == 0)
        return 0;
    which = httpstatus__which(which);
    /* Current phrases first, so a former phrase can never shadow one. */
    for (r = 1; r <= httpstatus__row_count; r++) {
        const struct hs_row *row = &httpstatus__rows[r];
        if (row->reason_len == len && httpstatus__row_in(row, which) &&
            httpstatus__same_ascii_ci(httpstatus__name_at(row->reason), phrase, len))
            return row->code;
    }
    for (r = 1; r <= httpstatus__row_count; r++) {
        const struct hs_row *row = &httpstatus__rows[r];
        if (row->alias_first != row[1].alias_first && httpstatus__row_in(row, which) &&
            is_alias(row, phrase, len))
            return row->code;
    }
    return 0;
}

int http_status_from_reason(const char *phrase)
{
    return phrase ? http_status_from_reason_n(phrase, strlen(phrase),
                                              HTTPSTATUS_REGISTRY)
                  : 0;
}

int http_status_from_name_n(const char *name, size_t len, unsigned which)
{
    static const char prefix[] = "HTTPSTATUS_";
    unsigned r;
    if (name == NULL)
        return 0;
    which = httpstatus__which(which);
    if (len > sizeof prefix - 1 && httpstatus__same_ascii_ci(name, prefix, sizeof prefix - 1)) {
        name += sizeof prefix - 1;
        len -= sizeof prefix - 1;
    }
    if (len == 0)
        return 0;
    for (r = 1; r <= httpstatus__row_count; r++) {
        const struct hs_row *row = &httpstatus__rows[r];
        const char *n = httpstatus__text_at(row->name);
        if (httpstatus__row_in(row, which) && strlen(n) == len &&
            httpstatus__same_ascii_ci(n, name, len))
            return row->code;
    }
    return 0;
}

int http_status_from_name(const char *name)
{
    return name ? http_status_from_name_n(name, strlen(name), HTTPSTATUS_REGISTRY)
                : 0;
}
