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

/* Whether the '|'-separated list holds an entry equal to s[0..n). */
static int in_list(const char *list, const char *s, size_t n)
{
    while (list != NULL) {
        const char *bar = strchr(list, '|');
        size_t len = bar ? (size_t)(bar - list) : strlen(list);
        if (len == n && httpstatus__same_ascii_ci(list, s, n))
            return 1;
        list = bar ? bar + 1 : NULL;
    }
    return 0;
}

int http_status_from_reason_n(const char *phrase, size_t len, unsigned which)
{
    unsigned r;
    if (phrase == NULL || len == 0)
        return 0;
    /* Current phrases first, so a former phrase can never shadow one. */
    for (r = 1; r <= httpstatus__row_count; r++) {
        const struct hs_row *row = &httpstatus__rows[r];
        if (row->reason_len == len && httpstatus__row_in(row, which) &&
            httpstatus__same_ascii_ci(httpstatus__name_at(row->reason), phrase, len))
            return row->code;
    }
    for (r = 1; r <= httpstatus__row_count; r++) {
        const struct hs_row *row = &httpstatus__rows[r];
        if (row->aliases && httpstatus__row_in(row, which) &&
            in_list(httpstatus__text_at(row->aliases), phrase, len))
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
