/*
 * The fields a test gives http_status_reply(): for every code, a value for
 * each field the table makes a MUST or SHOULD, and the few a linter expects
 * under conditions the table cannot see. Shared by test_reply.c and
 * reply/dump_replies.c.
 */
#ifndef HTTPSTATUS_TEST_REPLY_FIELDS_H
#define HTTPSTATUS_TEST_REPLY_FIELDS_H

#include <stdio.h>
#include <string.h>

#include "httpstatus.h"

#define SAMPLE_DATE "Sun, 06 Nov 1994 08:49:37 GMT"

/* A value for each field, valid by its grammar. */
static const char *sample_value(enum http_status_field field)
{
    switch (field) {
    case HTTPSTATUS_FIELD_LOCATION: return "/elsewhere";
    case HTTPSTATUS_FIELD_ALLOW: return "PUT, DELETE"; /* none of the methods tried */
    case HTTPSTATUS_FIELD_RETRY_AFTER: return "120";
    case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: return "Basic realm=\"x\"";
    case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: return "Basic realm=\"x\"";
    case HTTPSTATUS_FIELD_UPGRADE: return "websocket";
    case HTTPSTATUS_FIELD_ETAG: return "\"v1\"";
    case HTTPSTATUS_FIELD_LAST_MODIFIED: return SAMPLE_DATE;
    case HTTPSTATUS_FIELD_CACHE_CONTROL: return "max-age=60";
    case HTTPSTATUS_FIELD_EXPIRES: return SAMPLE_DATE;
    case HTTPSTATUS_FIELD_VARY: return "Accept";
    case HTTPSTATUS_FIELD_CONTENT_LOCATION: return "/here";
    case HTTPSTATUS_FIELD_LINK: return "</blocker>; rel=\"blocked-by\"";
    case HTTPSTATUS_FIELD_ACCEPT_ENCODING: return "gzip";
    default: return NULL;
    }
}

/*
 * Gives r (code, format and detail set) the fields the table makes a MUST or
 * SHOULD for its code, unconditionally: in the member where there is one,
 * else as a line of extra, which is written to buf[0..size) (false when it
 * does not fit).
 */
static int give_fields(struct http_status_reply *r, char *buf, size_t size)
{
    static char range[64];
    struct http_status_header h;
    size_t used = 0;
    unsigned i;
    buf[0] = '\0';
    for (i = 0; http_status_header_at(r->code, 0, i, &h); i++) {
        const char *v = sample_value(h.field);
        const char **member = NULL;
        int n;
        if (h.conditional || v == NULL ||
            (h.level != HTTPSTATUS_LEVEL_MUST && h.level != HTTPSTATUS_LEVEL_SHOULD))
            continue;
        switch (h.field) {
        case HTTPSTATUS_FIELD_LOCATION: member = &r->location; break;
        case HTTPSTATUS_FIELD_ALLOW: member = &r->allow; break;
        case HTTPSTATUS_FIELD_RETRY_AFTER: member = &r->retry_after; break;
        case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: member = &r->www_authenticate; break;
        case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: member = &r->proxy_authenticate; break;
        case HTTPSTATUS_FIELD_UPGRADE: member = &r->upgrade; break;
        default: break;
        }
        if (member != NULL) {
            *member = v;
            continue;
        }
        n = snprintf(buf + used, size - used, "%s: %s\r\n", http_status_field_name(h.field), v);
        if (n < 0 || (size_t)n >= size - used)
            return 0;
        used += (size_t)n;
    }
    r->extra = used ? buf : NULL;
    /* RFC 9110, Section 9.3.3: a 201 SHOULD name the resource it created */
    if (r->code == 201)
        r->location = "/new";
    /* RFC 9110, Section 15.3.7.1: a single-part 206 MUST send Content-Range;
     * the body stands for the first bytes of a longer representation */
    if (r->code == 206) {
        snprintf(range, sizeof range, "bytes 0-%lu/100000",
                 (unsigned long)http_status_body_in(NULL, 0, r->code, r->format, r->detail,
                                                    r->lang) - 1ul);
        r->content_range = range;
    }
    /* RFC 9110, Section 15.5.17: a 416 to a byte-range request SHOULD give
     * the representation's length */
    if (r->code == 416)
        r->content_range = "bytes */100000";
    return 1;
}

#endif
