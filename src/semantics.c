/*
 * Questions a client or a cache asks about a code, answered from the
 * table's flags and header rules.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <string.h>

static unsigned flags_of(int code)
{
    unsigned r = httpstatus__find_row(code, 0);
    return r ? httpstatus__rows[r].flags : 0u;
}

static int is_method(const char *method, const char *name)
{
    return method != NULL && strcmp(method, name) == 0;
}

int http_status_is_cacheable(int code)
{
    return (flags_of(code) & HTTPSTATUS_FLAG_CACHEABLE) != 0;
}

int http_status_is_retryable(int code)
{
    return (flags_of(code) & HTTPSTATUS_FLAG_RETRYABLE) != 0;
}

int http_status_retry_after_applies(int code)
{
    return http_status_is_redirection(code) ||
           http_status_header_level(code, HTTPSTATUS_FIELD_RETRY_AFTER) !=
               HTTPSTATUS_LEVEL_NONE;
}

int http_status_may_have_content(int code, const char *method)
{
    if (!http_status_is_valid(code) || http_status_is_informational(code))
        return 0;
    if (flags_of(code) & HTTPSTATUS_FLAG_CONTENT_FORBIDDEN)
        return 0;
    if (is_method(method, "HEAD"))
        return 0;
    if (is_method(method, "CONNECT") && http_status_is_successful(code))
        return 0;
    return 1;
}

const char *http_status_redirect_method(int code, const char *method)
{
    unsigned flags;
    if (method == NULL)
        return NULL;
    flags = flags_of(code);
    if (flags & HTTPSTATUS_FLAG_METHOD_PRESERVING)
        return method;
    if (flags & HTTPSTATUS_FLAG_METHOD_TO_GET)
        return is_method(method, "HEAD") ? method : "GET";
    if (flags & HTTPSTATUS_FLAG_METHOD_MAY_CHANGE)
        return is_method(method, "POST") ? "GET" : method;
    return NULL;
}
