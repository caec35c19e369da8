/*
 * Reading an HTTP/1.1 request head (RFC 9112, Sections 2 to 6) from the
 * bytes a connection has buffered. Pure functions over the caller's bytes:
 * no I/O, no allocation, so that a fuzzer can drive them.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_SERVER_REQUEST_H
#define HTTPSTATUS_SERVER_REQUEST_H

#include <stddef.h>

#include "httpstatus.h"

#define REQUEST_HEAD_MAX 8192          /* a request head must fit in this */
#define REQUEST_BODY_MAX (1024ul * 1024ul) /* larger bodies get a 413 */

/* RFC 9112, Section 3.2. */
enum request_form {
    FORM_ORIGIN,    /* /path?query */
    FORM_ABSOLUTE,  /* scheme://authority/path?query */
    FORM_AUTHORITY, /* host:port, for CONNECT */
    FORM_ASTERISK   /* *, for OPTIONS */
};

/* What the first line of buffered input says, as soon as it is whole. */
enum request_line_state {
    LINE_INCOMPLETE, /* no line end yet, and still room for one */
    LINE_OK,
    LINE_BAD,        /* not method SP target SP HTTP-version: 400 */
    LINE_TOO_LONG    /* no line end within REQUEST_HEAD_MAX bytes: 414 */
};

struct request {
    const char *bad;     /* why the head is malformed (a 400), or NULL */
    int major, minor;
    const char *method;  /* not NUL-terminated; method_len bytes */
    size_t method_len;
    enum request_form form;
    const char *path;    /* the path the target names; "/" for an empty one */
    size_t path_len;
    const char *query;   /* after '?', or NULL */
    size_t query_len;
    int host_count;
    int close, keep_alive;   /* Connection: close / keep-alive */
    int transfer_encoding;
    int content_length_seen, content_length_too_big;
    unsigned long content_length;
    int expect_continue, expect_other;
    enum http_status_format format;  /* from Accept */
    const char *lang;    /* "ko" when Accept-Language prefers Korean, else NULL */
};

/* How many empty lines (CRLF or LF) start buf; RFC 9112, Section 2.2 lets
 * a server ignore them before a request line. */
size_t request_leading_empty_lines(const char *buf, size_t len);

/* The state of the request line at the start of buf[0..len). */
enum request_line_state request_line_state(const char *buf, size_t len);

/* Where the head that starts buf ends (after its empty line), or 0 when
 * the empty line has not arrived. */
size_t request_head_end(const char *buf, size_t len);

/* Reads the head buf[0..len), which request_head_end() found whole, into
 * rq; rq->bad says why when it is malformed. Pointers point into buf. */
void request_parse(const char *buf, size_t len, struct request *rq);

/* Whether the len bytes at s equal lit, letters in any case. */
int request_equals_nocase(const char *s, size_t len, const char *lit);

#endif
