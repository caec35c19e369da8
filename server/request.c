/*
 * Reading an HTTP/1.1 request head; see request.h.
 *
 * SPDX-License-Identifier: MIT
 */
#include "request.h"

#include <string.h>

static int is_tchar(unsigned char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

int request_equals_nocase(const char *s, size_t len, const char *lit)
{
    size_t i;
    if (strlen(lit) != len)
        return 0;
    for (i = 0; i < len; i++)
        if (lower((unsigned char)s[i]) != lower((unsigned char)lit[i]))
            return 0;
    return 1;
}

size_t request_leading_empty_lines(const char *buf, size_t len)
{
    size_t i = 0;
    for (;;) {
        if (i < len && buf[i] == '\n')
            i++;
        else if (i + 1 < len && buf[i] == '\r' && buf[i + 1] == '\n')
            i += 2;
        else
            return i;
    }
}

/* The length of the line at buf without its line end, and in *next where
 * the next line starts; -1 (as (size_t)-1) when there is no line end. */
static size_t line_at(const char *buf, size_t len, size_t *next)
{
    const char *nl = memchr(buf, '\n', len);
    size_t n;
    if (nl == NULL)
        return (size_t)-1;
    n = (size_t)(nl - buf);
    *next = n + 1;
    return n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
}

/* request-line = method SP request-target SP HTTP-version. Fills the
 * method, the raw target and the version; 0 when the line is not one. */
static int split_request_line(const char *line, size_t n, struct request *rq, const char **target,
                              size_t *target_len)
{
    size_t i, j, v;
    for (i = 0; i < n && is_tchar((unsigned char)line[i]); i++)
        ;
    if (i == 0 || i >= n || line[i] != ' ')
        return 0;
    for (j = i + 1; j < n && (unsigned char)line[j] > 0x20 && (unsigned char)line[j] < 0x7F; j++)
        ;
    if (j == i + 1 || j >= n || line[j] != ' ')
        return 0; /* also a line with no version: HTTP/0.9 */
    v = j + 1;
    if (n - v != 8 || memcmp(line + v, "HTTP/", 5) != 0 || line[v + 5] < '0' ||
        line[v + 5] > '9' || line[v + 6] != '.' || line[v + 7] < '0' || line[v + 7] > '9')
        return 0;
    rq->method = line;
    rq->method_len = i;
    rq->major = line[v + 5] - '0';
    rq->minor = line[v + 7] - '0';
    *target = line + i + 1;
    *target_len = j - (i + 1);
    return 1;
}

enum request_line_state request_line_state(const char *buf, size_t len)
{
    struct request rq;
    const char *target;
    size_t next, target_len, scan = len < REQUEST_HEAD_MAX ? len : REQUEST_HEAD_MAX;
    size_t n = line_at(buf, scan, &next);
    if (n == (size_t)-1)
        return len >= REQUEST_HEAD_MAX ? LINE_TOO_LONG : LINE_INCOMPLETE;
    return split_request_line(buf, n, &rq, &target, &target_len) ? LINE_OK : LINE_BAD;
}

size_t request_head_end(const char *buf, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        if (buf[i] != '\n')
            continue;
        if (i + 1 < len && buf[i + 1] == '\n')
            return i + 2;
        if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

/* The target's form, path and query (RFC 9112, Section 3.2); 0 when it has
 * none of the four forms. */
static int split_target(const char *t, size_t n, struct request *rq)
{
    const char *q;
    if (n == 1 && t[0] == '*') {
        rq->form = FORM_ASTERISK;
        rq->path = t;
        rq->path_len = 1;
        return 1;
    }
    if (t[0] == '/') {
        rq->form = FORM_ORIGIN;
    } else {
        /* absolute-form: scheme "://" authority path-abempty [ "?" query ] */
        size_t i;
        for (i = 0; i < n && (is_alpha((unsigned char)t[i]) ||
                              (i > 0 && ((t[i] >= '0' && t[i] <= '9') || t[i] == '+' ||
                                         t[i] == '-' || t[i] == '.')));
             i++)
            ;
        if (i > 0 && n - i >= 3 && memcmp(t + i, "://", 3) == 0) {
            rq->form = FORM_ABSOLUTE;
            for (i += 3; i < n && t[i] != '/' && t[i] != '?'; i++)
                ;
            t += i;
            n -= i;
        } else if (memchr(t, ':', n) != NULL && memchr(t, '/', n) == NULL &&
                   memchr(t, '?', n) == NULL) {
            rq->form = FORM_AUTHORITY; /* host:port */
            rq->path = t;
            rq->path_len = n;
            return 1;
        } else {
            return 0;
        }
    }
    q = memchr(t, '?', n);
    rq->path = t;
    rq->path_len = q ? (size_t)(q - t) : n;
    if (q) {
        rq->query = q + 1;
        rq->query_len = n - (size_t)(q + 1 - t);
    }
    if (rq->path_len == 0) { /* "http://host" and "http://host?x" name "/" */
        rq->path = "/";
        rq->path_len = 1;
    }
    return 1;
}

/* The next element of a comma-separated list in v[*at..len), without OWS;
 * its length, 0 for an empty element; *at moves past it. */
static size_t list_element(const char *v, size_t len, size_t *at, const char **start)
{
    size_t i = *at, end;
    while (i < len && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
        i++;
    *start = v + i;
    while (i < len && v[i] != ',')
        i++;
    end = i;
    while (end > (size_t)(*start - v) && (v[end - 1] == ' ' || v[end - 1] == '\t'))
        end--;
    *at = i;
    return end - (size_t)(*start - v);
}

static void parse_connection(struct request *rq, const char *v, size_t len)
{
    size_t at = 0;
    const char *e;
    while (at < len) {
        size_t n = list_element(v, len, &at, &e);
        if (request_equals_nocase(e, n, "close"))
            rq->close = 1;
        else if (request_equals_nocase(e, n, "keep-alive"))
            rq->keep_alive = 1;
    }
}

/* Content-Length = 1*DIGIT; another field line must repeat the value. */
static void parse_content_length(struct request *rq, const char *v, size_t len)
{
    unsigned long value = 0;
    int too_big = 0;
    size_t i;
    if (len == 0) {
        rq->bad = "an empty Content-Length";
        return;
    }
    for (i = 0; i < len; i++) {
        if (v[i] < '0' || v[i] > '9') {
            rq->bad = "Content-Length is not a number";
            return;
        }
        if (value > REQUEST_BODY_MAX)
            too_big = 1;
        else
            value = value * 10ul + (unsigned long)(v[i] - '0');
    }
    too_big |= value > REQUEST_BODY_MAX;
    if (rq->content_length_seen &&
        (too_big != rq->content_length_too_big || value != rq->content_length)) {
        rq->bad = "two different Content-Length values";
        return;
    }
    rq->content_length_seen = 1;
    rq->content_length = value;
    rq->content_length_too_big = too_big;
}

/* q=0 and q=0.000 refuse a media range (RFC 9110, Section 12.4.2); the
 * weight in thousandths, 1000 when there is none. */
static unsigned weight_of(const char *params, size_t len)
{
    size_t i;
    for (i = 0; i + 2 <= len; i++) {
        if ((params[i] == 'q' || params[i] == 'Q') && params[i + 1] == '=' &&
            (i == 0 || params[i - 1] == ';' || params[i - 1] == ' ' || params[i - 1] == '\t')) {
            unsigned w = 0, scale = 1000;
            size_t j = i + 2;
            if (j < len && params[j] == '1')
                return 1000;
            for (j += 2; j < len && j <= i + 6 && params[j] >= '0' && params[j] <= '9'; j++)
                w += (unsigned)(params[j] - '0') * (scale /= 10);
            return w;
        }
    }
    return 1000;
}

/* Accept: the format of the supported media range with the highest
 * weight, the earliest among equals; text when nothing matches. */
static void parse_accept(struct request *rq, const char *v, size_t len)
{
    static const struct {
        const char *range;
        enum http_status_format format;
    } known[] = {
        {"application/json", HTTPSTATUS_FORMAT_JSON},
        {"application/problem+json", HTTPSTATUS_FORMAT_JSON},
        {"text/html", HTTPSTATUS_FORMAT_HTML},
        {"text/plain", HTTPSTATUS_FORMAT_TEXT},
        /* a wildcard takes the default its range allows, at its weight */
        {"application/*", HTTPSTATUS_FORMAT_JSON},
        {"text/*", HTTPSTATUS_FORMAT_TEXT},
        {"*/*", HTTPSTATUS_FORMAT_TEXT},
    };
    size_t at = 0, k;
    unsigned best = 0;
    const char *e, *semi;
    while (at < len) {
        size_t n = list_element(v, len, &at, &e), type_len;
        semi = memchr(e, ';', n);
        type_len = semi ? (size_t)(semi - e) : n;
        while (type_len > 0 && (e[type_len - 1] == ' ' || e[type_len - 1] == '\t'))
            type_len--;
        for (k = 0; k < sizeof known / sizeof known[0]; k++) {
            unsigned w;
            if (!request_equals_nocase(e, type_len, known[k].range))
                continue;
            /* the parameters run from after the ';' to the element's end */
            w = semi ? weight_of(semi + 1, n - (size_t)(semi - e) - 1) : 1000;
            if (w > best) {
                best = w;
                rq->format = known[k].format;
            }
        }
    }
}

/* Accept-Language: "ko" when a Korean tag outweighs every English one and
 * the wildcard (RFC 9110, Section 12.5.4), the earliest among equals. */
static void parse_accept_language(struct request *rq, const char *v, size_t len)
{
    size_t at = 0;
    unsigned best = 0;
    const char *e;
    while (at < len) {
        size_t n = list_element(v, len, &at, &e), tag_len;
        const char *semi = memchr(e, ';', n);
        unsigned w;
        tag_len = semi ? (size_t)(semi - e) : n;
        while (tag_len > 0 && (e[tag_len - 1] == ' ' || e[tag_len - 1] == '\t'))
            tag_len--;
        w = semi ? weight_of(semi + 1, n - (size_t)(semi - e) - 1) : 1000;
        if (w <= best || tag_len == 0)
            continue;
        if (tag_len >= 2 && lower((unsigned char)e[0]) == 'k' && lower((unsigned char)e[1]) == 'o' &&
            (tag_len == 2 || e[2] == '-')) {
            best = w;
            rq->lang = "ko";
        } else if ((tag_len == 1 && e[0] == '*') ||
                   (tag_len >= 2 && lower((unsigned char)e[0]) == 'e' &&
                    lower((unsigned char)e[1]) == 'n' && (tag_len == 2 || e[2] == '-'))) {
            best = w;
            rq->lang = NULL;
        }
    }
}

void request_parse(const char *buf, size_t len, struct request *rq)
{
    const char *target, *line;
    size_t n, next, target_len, i, j;

    memset(rq, 0, sizeof *rq);
    rq->minor = 1;
    rq->format = HTTPSTATUS_FORMAT_TEXT;
    n = line_at(buf, len, &next);
    if (n == (size_t)-1 || !split_request_line(buf, n, rq, &target, &target_len)) {
        rq->bad = "malformed request line";
        return;
    }
    if (!split_target(target, target_len, rq)) {
        rq->bad = "the request target is none of the forms of RFC 9112, Section 3.2";
        return;
    }

    /* field-line = field-name ":" OWS field-value OWS */
    for (line = buf + next; line < buf + len; line += next) {
        const char *value;
        size_t name_len, value_len;
        n = line_at(line, (size_t)(buf + len - line), &next);
        if (n == 0 || n == (size_t)-1)
            break; /* the empty line that ends the head */
        for (i = 0; i < n && is_tchar((unsigned char)line[i]); i++)
            ;
        if (i == 0 || i >= n || line[i] != ':') {
            rq->bad = "malformed header field"; /* obs-fold and "Name :" too */
            return;
        }
        name_len = i;
        for (j = i + 1; j < n; j++) {
            unsigned char c = (unsigned char)line[j];
            if (c != '\t' && (c < 0x20 || c == 0x7F)) {
                rq->bad = "a control character in a header field";
                return;
            }
        }
        value = line + i + 1;
        value_len = n - (i + 1);
        while (value_len > 0 && (*value == ' ' || *value == '\t'))
            value++, value_len--;
        while (value_len > 0 && (value[value_len - 1] == ' ' || value[value_len - 1] == '\t'))
            value_len--;

        if (request_equals_nocase(line, name_len, "Host"))
            rq->host_count++;
        else if (request_equals_nocase(line, name_len, "Connection"))
            parse_connection(rq, value, value_len);
        else if (request_equals_nocase(line, name_len, "Content-Length"))
            parse_content_length(rq, value, value_len);
        else if (request_equals_nocase(line, name_len, "Transfer-Encoding"))
            rq->transfer_encoding = 1;
        else if (request_equals_nocase(line, name_len, "Accept"))
            parse_accept(rq, value, value_len);
        else if (request_equals_nocase(line, name_len, "Accept-Language"))
            parse_accept_language(rq, value, value_len);
        else if (request_equals_nocase(line, name_len, "Expect")) {
            if (request_equals_nocase(value, value_len, "100-continue"))
                rq->expect_continue = 1;
            else
                rq->expect_other = 1;
        }
        if (rq->bad)
            return;
    }
}
