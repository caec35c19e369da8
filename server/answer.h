/*
 * What the server answers to a request, and the bytes of that answer.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_SERVER_ANSWER_H
#define HTTPSTATUS_SERVER_ANSWER_H

#include <stddef.h>
#include <stdint.h>

#include "request.h"

#define ANSWER_MAX 4096          /* the largest response this server writes */
#define ANSWER_CODES_MAX 16      /* codes in /status/{code},{code},... */
#define ALLOWED_METHODS "GET, HEAD, OPTIONS"

struct answer {
    int code;
    int close;            /* close the connection after this answer */
    int minor;            /* the request's HTTP/1.<minor> */
    const char *method;   /* NUL-terminated copy of the request's method, or NULL */
    const char *note;     /* a line of content explaining the answer */
    enum http_status_format format;
    int demo;             /* an answer to /status/: the code's optional fields too */
    unsigned long sleep_ms;
    const char *retry_after; /* a Retry-After value to send whatever the code */
    int page;             /* a reference page (pages.h), not a /status/ answer */
    int picked;           /* the code was picked at random from a list */
};

/* The answer to a whole, well-framed request (no rq->bad): routes
 * /status/..., OPTIONS and the rest. *random is an xorshift32 state, for
 * a list of codes. */
void answer_route(const struct request *rq, unsigned long max_sleep_ms, uint32_t *random,
                  struct answer *a);

/* Writes the response for a, with the given Date value, into buf; its
 * length, or 0 when it does not fit or the library refuses it (logged on
 * stderr). */
size_t answer_write(char *buf, size_t size, const struct answer *a, const char *date);

#endif
