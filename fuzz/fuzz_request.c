/*
 * fuzz_request: arbitrary bytes as the input of a connection of
 * httpstatus-server: the request-line check, the head's end, the head's
 * parse, the routing and the writing of the answer. The sanitizers catch
 * any read outside the bytes; the checks below catch wrong answers.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char out[ANSWER_MAX];
    const char *buf = (const char *)data;
    struct request rq;
    struct answer a;
    uint32_t random = 1;
    size_t skip, end, n;
    enum request_line_state line;

    skip = request_leading_empty_lines(buf, size);
    if (skip > size)
        abort();
    buf += skip;
    size -= skip;
    line = request_line_state(buf, size);
    if (line == LINE_TOO_LONG && size < REQUEST_HEAD_MAX)
        abort();
    end = request_head_end(buf, size);
    if (end > size || (end > 0 && buf[end - 1] != '\n'))
        abort();
    if (end == 0 || line != LINE_OK)
        return 0;
    request_parse(buf, end, &rq);
    if (rq.bad)
        return 0;
    /* pointers into the head, never past it */
    if (rq.method < buf || rq.method + rq.method_len > buf + end ||
        (rq.query && (rq.query < buf || rq.query + rq.query_len > buf + end)) ||
        rq.path_len == 0)
        abort();
    memset(&a, 0, sizeof a);
    a.minor = rq.minor;
    a.method = rq.method_len == 3 && memcmp(rq.method, "GET", 3) == 0 ? "GET" : "POST";
    answer_route(&rq, 1000, &random, &a);
    if (!http_status_is_valid(a.code) || http_status_is_informational(a.code) || a.sleep_ms > 1000)
        abort();
    n = answer_write(out, sizeof out, &a, "Wed, 02 Dec 2026 12:00:00 GMT");
    if (n == 0 || n >= sizeof out || memcmp(out, "HTTP/1.1 ", 9) != 0)
        abort();
    return 0;
}
