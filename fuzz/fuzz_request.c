/*
 * fuzz_request: arbitrary bytes as the input of a connection of
 * httpstatus-server: the request-line check, the head's end, the head's
 * parse, the routing, and the writing of the answer or of the page. The sanitizers catch
 * any read outside the bytes; the checks below catch wrong answers.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "pages.h"
#include "request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char out[ANSWER_MAX];
    const char *buf = (const char *)data;
    struct request rq;
    struct answer a;
    uint32_t random = 1;
    char *head;
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
    /* the head alone, in a block of its own size, so that the sanitizer
     * sees any read past its end */
    head = malloc(end);
    if (head == NULL)
        return 0;
    memcpy(head, buf, end);
    buf = head;
    request_parse(buf, end, &rq);
    if (rq.bad) {
        free(head);
        return 0;
    }
    /* pointers into the head, never past it */
    if (rq.method < buf || rq.method + rq.method_len > buf + end ||
        (rq.query && (rq.query < buf || rq.query + rq.query_len > buf + end)) ||
        rq.path_len == 0)
        abort();
    memset(&a, 0, sizeof a);
    a.minor = rq.minor;
    a.method = rq.method_len == 3 && memcmp(rq.method, "GET", 3) == 0 ? "GET" : "POST";
    a.format = rq.format;
    answer_route(&rq, 1000, &random, &a);
    if (!http_status_is_valid(a.code) || http_status_is_informational(a.code) || a.sleep_ms > 1000)
        abort();
    if (a.page) {
        /* the page, with the request's own query and language: nothing the
         * request says may reach the page unescaped */
        static char page[PAGE_MAX];
        size_t len, i;
        int status = page_write(page, sizeof page, &len, rq.path, rq.path_len, rq.query,
                                rq.query_len, rq.lang);
        if ((status != 200 && status != 404) || len == 0 || len > sizeof page)
            abort();
        for (i = 0; i + 7 < len; i++)
            if (memcmp(page + i, "<script", 7) == 0 && memcmp(page + i, "<script>(function", 17) != 0)
                abort();
        free(head);
        return 0;
    }
    n = answer_write(out, sizeof out, &a, "Wed, 02 Dec 2026 12:00:00 GMT");
    if (n == 0 || n >= sizeof out || memcmp(out, "HTTP/1.1 ", 9) != 0)
        abort();
    free(head);
    return 0;
}
