/*
 * What the server answers, and the bytes of the answer: every response is
 * written by http_status_reply(), with the fields the table ties to its
 * code.
 *
 * SPDX-License-Identifier: MIT
 */
#include "answer.h"

#include <stdio.h>
#include <string.h>

#include "pages.h"

/* This server's value for a field the table ties to a code, or NULL for a
 * field it has none for (http_status_reply() then refuses a code that
 * needs it). */
static const char *field_value(enum http_status_field field)
{
    switch (field) {
    case HTTPSTATUS_FIELD_ALLOW: return ALLOWED_METHODS;
    case HTTPSTATUS_FIELD_WWW_AUTHENTICATE:
    case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: return "Basic realm=\"status\"";
    case HTTPSTATUS_FIELD_LOCATION: return "/status/200";
    case HTTPSTATUS_FIELD_RETRY_AFTER: return "1";
    case HTTPSTATUS_FIELD_UPGRADE: return "HTTP/3.0";
    case HTTPSTATUS_FIELD_ETAG: return "\"status\"";
    case HTTPSTATUS_FIELD_LINK: return "</>; rel=\"blocked-by\"";
    default: return NULL;
    }
}

/* Puts the value for field in its member of r, or as a line of extra. */
static void give_field(struct http_status_reply *r, enum http_status_field field, char *extra,
                       size_t size)
{
    const char *value = field_value(field);
    size_t used = strlen(extra);
    if (value == NULL)
        return;
    switch (field) {
    case HTTPSTATUS_FIELD_ALLOW: r->allow = value; break;
    case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: r->www_authenticate = value; break;
    case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: r->proxy_authenticate = value; break;
    case HTTPSTATUS_FIELD_LOCATION: r->location = value; break;
    case HTTPSTATUS_FIELD_RETRY_AFTER: r->retry_after = value; break;
    case HTTPSTATUS_FIELD_UPGRADE: r->upgrade = value; break;
    default:
        snprintf(extra + used, size - used, "%s: %s\r\n", http_status_field_name(field), value);
    }
}

size_t answer_write(char *buf, size_t size, const struct answer *a, const char *date)
{
    struct http_status_reply r;
    struct http_status_reply_error e;
    struct http_status_header h;
    char extra[512], range[64];
    unsigned i;
    size_t n;

    memset(&r, 0, sizeof r);
    r.code = a->code;
    r.request_http10 = a->minor == 0;
    r.method = a->method;
    r.format = a->format;
    r.detail = a->note;
    r.date = date;
    /* the body's format follows Accept; a code picked at random must not
     * be served again from a cache */
    snprintf(extra, sizeof extra, "Server: httpstatus-server/%s\r\nVary: Accept\r\n%s",
             HTTPSTATUS_VERSION, a->picked ? "Cache-Control: no-store\r\n" : "");

    /* Every MUST and SHOULD field that holds unconditionally; on an answer
     * to /status/{code}, which shows what the code carries, the
     * unconditional MAYs too (303's Location), and Retry-After wherever the
     * row names it. */
    for (i = 0; http_status_header_at(a->code, 0, i, &h); i++) {
        int wanted = !h.conditional && (h.level == HTTPSTATUS_LEVEL_MUST ||
                                        h.level == HTTPSTATUS_LEVEL_SHOULD ||
                                        (a->demo && h.level == HTTPSTATUS_LEVEL_MAY));
        if (a->demo && h.field == HTTPSTATUS_FIELD_RETRY_AFTER &&
            h.level >= HTTPSTATUS_LEVEL_MAY && h.level <= HTTPSTATUS_LEVEL_MUST)
            wanted = 1;
        if (wanted)
            give_field(&r, h.field, extra, sizeof extra);
    }
    if (a->retry_after)
        r.retry_after = a->retry_after;
    if (a->code == HTTPSTATUS_NO_CONTENT && a->method && strcmp(a->method, "OPTIONS") == 0)
        r.allow = ALLOWED_METHODS;
    /* A 206 is its whole body as one part; a 416 names the length of the
     * representation, the body a 200 has (RFC 9110, Section 14.4). */
    if (a->code == HTTPSTATUS_PARTIAL_CONTENT) {
        size_t len = http_status_body(NULL, 0, a->code, r.format, r.detail);
        snprintf(range, sizeof range, "bytes 0-%lu/%lu", (unsigned long)len - 1ul,
                 (unsigned long)len);
        r.content_range = range;
    } else if (a->code == HTTPSTATUS_RANGE_NOT_SATISFIABLE) {
        snprintf(range, sizeof range, "bytes */%lu",
                 (unsigned long)http_status_body(NULL, 0, HTTPSTATUS_OK, r.format, NULL));
        r.content_range = range;
    }
    r.extra = extra;
    if (a->close)
        r.connection = "close";
    else if (a->minor == 0)
        r.connection = "keep-alive";

    n = http_status_reply(buf, size, &r, &e);
    if (n == 0 || n >= size) {
        fprintf(stderr, "httpstatus-server: no response for %d: %s %s\n", a->code,
                n ? "too large" : http_status_reply_error_name(e.code),
                e.field_name ? e.field_name : "");
        return 0;
    }
    return n;
}

static uint32_t xorshift32(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x ? x : 0x2545F491u;
}

/* ?sleep=MS among the query's parameters: 0 when absent, 1 when valid, -1
 * when not digits or over max. */
static int parse_sleep(const char *q, size_t len, unsigned long max, unsigned long *ms)
{
    size_t i = 0;
    while (i < len) {
        size_t start = i, end;
        while (i < len && q[i] != '&')
            i++;
        end = i++;
        if (end - start >= 6 && memcmp(q + start, "sleep=", 6) == 0) {
            unsigned long v = 0;
            size_t j = start + 6;
            if (j == end)
                return -1;
            for (; j < end; j++) {
                if (q[j] < '0' || q[j] > '9' || v > max)
                    return -1;
                v = v * 10ul + (unsigned long)(q[j] - '0');
            }
            if (v > max)
                return -1;
            *ms = v;
            return 1;
        }
    }
    return 0;
}

/* The codes of "200", "200,201,..." into codes[]; their number, or 0 with
 * a->note set when one is not a final status code. */
static size_t parse_codes(const char *p, size_t len, int *codes, struct answer *a)
{
    size_t n = 0, i = 0;
    while (i <= len) {
        size_t start = i;
        int code = 0;
        while (i < len && p[i] >= '0' && p[i] <= '9') {
            if (i - start < 3)
                code = code * 10 + (p[i] - '0');
            i++;
        }
        if (i - start != 3 || (i < len && p[i] != ',') || n == ANSWER_CODES_MAX) {
            a->note = n == ANSWER_CODES_MAX ? "at most 16 codes in a list"
                                            : "not a status code: ask for /status/ and three "
                                              "digits, or a list such as /status/200,404";
            return 0;
        }
        if (!http_status_is_valid(code)) {
            a->note = "status codes run from 100 to 599";
            return 0;
        }
        if (http_status_is_informational(code)) {
            a->note = "a 1xx is an interim response and is never sent as the final answer; "
                      "ask for 200 to 599";
            return 0;
        }
        codes[n++] = code;
        i++; /* past the comma, or past the end */
    }
    return n;
}

void answer_route(const struct request *rq, unsigned long max_sleep_ms, uint32_t *random,
                  struct answer *a)
{
    int codes[ANSWER_CODES_MAX];
    size_t n;
    int is_options = a->method && strcmp(a->method, "OPTIONS") == 0;
    int is_get = a->method && (strcmp(a->method, "GET") == 0 || strcmp(a->method, "HEAD") == 0);

    a->format = rq->format;
    if (rq->form == FORM_ASTERISK) {
        a->code = is_options ? HTTPSTATUS_NO_CONTENT : HTTPSTATUS_BAD_REQUEST;
        a->note = is_options ? NULL : "the target * is for OPTIONS only";
        return;
    }
    if (rq->form == FORM_AUTHORITY) {
        /* CONNECT host:port: a method this server does not serve */
        a->code = a->method && strcmp(a->method, "CONNECT") == 0 ? HTTPSTATUS_METHOD_NOT_ALLOWED
                                                                  : HTTPSTATUS_BAD_REQUEST;
        a->note = a->code == HTTPSTATUS_BAD_REQUEST ? "the target host:port is for CONNECT only"
                                                     : "this server does not tunnel";
        return;
    }
    if (page_is_page(rq->path, rq->path_len)) {
        /* the pages take the same methods as /status/ */
        a->page = is_get;
        a->code = is_get ? HTTPSTATUS_OK : is_options ? HTTPSTATUS_NO_CONTENT
                                                      : HTTPSTATUS_METHOD_NOT_ALLOWED;
        a->note = is_get || is_options ? NULL : "only GET, HEAD and OPTIONS are served";
        return;
    }
    if (rq->path_len < 8 || memcmp(rq->path, "/status/", 8) != 0) {
        a->code = HTTPSTATUS_NOT_FOUND;
        a->note = "no such path; try /status/418, or / for the list of codes";
        return;
    }
    if (is_options) {
        a->code = HTTPSTATUS_NO_CONTENT;
        return;
    }
    if (!is_get) {
        a->code = HTTPSTATUS_METHOD_NOT_ALLOWED;
        a->note = "only GET, HEAD and OPTIONS are served";
        return;
    }
    n = parse_codes(rq->path + 8, rq->path_len - 8, codes, a);
    if (n == 0) {
        a->code = HTTPSTATUS_BAD_REQUEST;
        return;
    }
    if (rq->query && parse_sleep(rq->query, rq->query_len, max_sleep_ms, &a->sleep_ms) < 0) {
        a->code = HTTPSTATUS_BAD_REQUEST;
        a->note = "sleep takes a number of milliseconds up to the server's --max-sleep";
        a->sleep_ms = 0;
        return;
    }
    a->code = codes[n == 1 ? 0 : xorshift32(random) % n];
    a->picked = n > 1;
    a->demo = 1;
    /* 408 means the server has decided to close (RFC 9110, Section 15.5.9). */
    if (a->code == HTTPSTATUS_REQUEST_TIMEOUT)
        a->close = 1;
}
