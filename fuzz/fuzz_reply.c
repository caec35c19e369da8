/*
 * libFuzzer target: http_status_reply() on any request for a response. The
 * first bytes give the code (two bytes, so invalid codes come up too), the
 * method, format, language and version; the rest is split at NUL bytes
 * into the detail, each field value, the date and extra. Whatever the
 * input:
 *   - a response is refused (0) or framed exactly: its header section ends
 *     at the first blank line, every line in it ends in CRLF and has no
 *     other CR or LF, and the content is Content-Length bytes long;
 *   - no CR or LF from a value reaches the output (a value holding one
 *     means a refusal);
 *   - the linter finds no framing or syntax error in it;
 *   - the length is the same whatever room the caller gives.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define VALUES 11

/* The rules a written response can never break, whatever the values. */
static int is_framing_rule(const char *rule)
{
    static const char *const rules[] = {
        "status-line-malformed", "line-end-bare-lf", "whitespace-after-start-line",
        "field-line-malformed", "field-name-invalid", "field-space-before-colon",
        "field-obs-fold", "field-value-invalid", "message-incomplete",
        "content-length-invalid", "content-length-conflict",
        "transfer-encoding-with-content-length", "trailing-bytes", "content-forbidden",
        "interim-to-http10", "date-invalid"};
    size_t i;
    for (i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (strcmp(rule, rules[i]) == 0)
            return 1;
    return 0;
}

static void check_framing(const char *out, size_t n, const struct http_status_reply *r)
{
    const char *head_end = NULL, *line = out, *cl;
    size_t head_len, i, content_length = 0;
    for (i = 0; i + 3 < n; i++)
        if (memcmp(out + i, "\r\n\r\n", 4) == 0) {
            head_end = out + i;
            break;
        }
    if (head_end == NULL)
        abort();
    head_len = (size_t)(head_end - out) + 4;
    /* every line of the head: CRLF at its end, no CR or LF inside */
    while (line < head_end + 2) {
        const char *eol = strstr(line, "\r\n");
        const char *p;
        if (eol == NULL || eol > head_end + 2)
            abort();
        for (p = line; p < eol; p++)
            if (*p == '\r' || *p == '\n' || *p == '\0')
                abort();
        line = eol + 2;
    }
    cl = strstr(out, "\r\nContent-Length: ");
    if (cl != NULL && cl < head_end) {
        for (cl += 18; *cl >= '0' && *cl <= '9'; cl++)
            content_length = content_length * 10 + (size_t)(*cl - '0');
    }
    if (http_status_may_have_content(r->code, r->method)) {
        if (cl == NULL || n - head_len != content_length)
            abort();
    } else if (n != head_len) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const methods[] = {"GET", "HEAD", "POST", "CONNECT", "OPTIONS",
                                          "DELETE", "get", NULL};
    static const char *const langs[] = {NULL, "ko", "en", "fr"};
    static char out[1 << 17], lint_input[(1 << 17) + 512];
    struct http_status_reply r;
    struct http_status_reply_error e;
    struct http_status_finding f[16];
    const char *values[VALUES] = {0};
    char *text;
    size_t n, i, k, at, nf;
    int has_crlf = 0;

    if (size < 5 || size > 60000)
        return 0;
    memset(&r, 0, sizeof r);
    r.code = (int)(int16_t)(uint16_t)(data[0] | data[1] << 8);
    r.method = methods[data[2] % 8];
    r.format = (enum http_status_format)(data[3] % 4); /* 3 is invalid */
    r.lang = langs[data[3] >> 2 & 3];
    r.request_http10 = data[3] >> 4 & 1;
    data += 5;
    size -= 5;

    text = malloc(size + 1);
    if (text == NULL)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    for (i = 0, at = 0; i < VALUES && at <= size; i++) {
        values[i] = text + at;
        at += strlen(text + at) + 1;
    }
    r.detail = values[0];
    r.location = values[1];
    r.allow = values[2];
    r.retry_after = values[3];
    r.www_authenticate = values[4];
    r.proxy_authenticate = values[5];
    r.upgrade = values[6];
    r.content_range = values[7];
    r.connection = values[8];
    r.date = values[9];
    r.extra = values[10];
    for (i = 1; i < 9; i++)
        if (values[i] != NULL && strpbrk(values[i], "\r\n") != NULL)
            has_crlf = 1;

    n = http_status_reply(out, sizeof out, &r, &e);
    if (http_status_reply(NULL, 0, &r, NULL) != n)
        abort();
    for (k = 0; k < 64 && k <= n; k += 7) {
        char small[64];
        if (http_status_reply(small, k, &r, NULL) != n)
            abort();
    }
    if (n == 0) {
        if (e.code == HTTPSTATUS_REPLY_OK || http_status_reply_error_name(e.code) == NULL ||
            out[0] != '\0')
            abort();
        free(text);
        return 0;
    }
    if (n >= sizeof out || e.code != HTTPSTATUS_REPLY_OK || has_crlf)
        abort();
    check_framing(out, n, &r);

    /* the linter, with the final response after an interim one */
    memcpy(lint_input, out, n);
    at = n;
    if (http_status_is_informational(r.code)) {
        struct http_status_reply ok;
        memset(&ok, 0, sizeof ok);
        ok.code = 200;
        ok.method = r.method;
        at += http_status_reply(lint_input + n, sizeof lint_input - n, &ok, NULL);
    }
    {
        struct http_status_lint_options lo = {0};
        lo.flags = HTTPSTATUS_LINT_NO_CLOCK | (r.request_http10 ? HTTPSTATUS_LINT_REQUEST_HTTP10 : 0u);
        nf = http_status_lint(lint_input, at, r.method, &lo, f, 16);
    }
    for (i = 0; i < nf && i < 16; i++)
        if (is_framing_rule(f[i].rule))
            abort();
    free(text);
    return 0;
}
