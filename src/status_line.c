/*
 * Writing and reading status lines (RFC 9112, Section 4).
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <string.h>

/* Longest line: "HTTP/1.1 " + 3 digits + " " + a phrase of at most 255
 * bytes (the generator's limit) + CRLF. */
#define LINE_MAX_ (9 + 3 + 1 + 255 + 2)

enum form { FORM_HTTP11, FORM_HTTP10, FORM_TEXT };

/*
 * The general case: builds the line for any code, then copies what fits to
 * buf. The callers below handle the common case (a code with a phrase and a
 * buffer that holds its line) with a single copy of the stored line.
 */
static size_t compose(char *buf, size_t size, int code, enum form form)
{
    char local[LINE_MAX_ + 1];
    size_t reason_len, total, at = 0;
    const char *reason;
    unsigned c = (unsigned)code;

    if (buf == NULL)
        size = 0;
    if (c - 100u >= 500u) {
        if (size > 0)
            buf[0] = '\0';
        return 0;
    }
    reason = httpstatus__reason(code, &reason_len);
    if (form != FORM_TEXT) {
        /* the first 9 bytes of the line; its NUL comes at the end */
        memcpy(local, form == FORM_HTTP10 ? "HTTP/1.0 " : "HTTP/1.1 ", 9); /* NOLINT(bugprone-not-null-terminated-result) */
        at = 9;
    }
    local[at++] = (char)('0' + c / 100u);
    local[at++] = (char)('0' + c / 10u % 10u);
    local[at++] = (char)('0' + c % 10u);
    local[at++] = ' ';
    if (reason_len)
        memcpy(local + at, reason, reason_len);
    at += reason_len;
    if (form != FORM_TEXT) {
        local[at++] = '\r';
        local[at++] = '\n';
    }
    total = at;
    if (size > 0) {
        size_t n = total < size ? total : size - 1;
        memcpy(buf, local, n);
        buf[n] = '\0';
    }
    return total;
}

/*
 * The common case: a code with a phrase, whose whole line the table keeps,
 * and a buffer that holds the part asked for (the line less `skip` bytes at
 * the front and `cut` at the end). Copies that part and a NUL, sets *len,
 * and returns 1; returns 0 when compose() has to do it.
 */
static int copy_stored(char *buf, size_t size, int code, size_t skip, size_t cut,
                       size_t *len)
{
    unsigned c = (unsigned)code;
    uint32_t at;
    size_t n;
    if (c >= 600u || (at = httpstatus__line_at[c]) == 0 || buf == NULL)
        return 0;
    n = (size_t)(at >> 16) - skip - cut;
    if (size <= n)
        return 0;
    memcpy(buf, httpstatus__lines + (at & 0xFFFFu) + skip, n);
    buf[n] = '\0';
    *len = n;
    return 1;
}

size_t http_status_line(char *buf, size_t size, int code)
{
    size_t len;
    if (copy_stored(buf, size, code, 0, 0, &len))
        return len;
    return compose(buf, size, code, FORM_HTTP11);
}

size_t http_status_line_version(char *buf, size_t size, int code, int minor)
{
    size_t len;
    if (minor == 1)
        return http_status_line(buf, size, code);
    if (minor != 0)
        return compose(buf, size, -1, FORM_HTTP10);
    if (copy_stored(buf, size, code, 0, 0, &len)) {
        buf[7] = '0'; /* "HTTP/1.1" -> "HTTP/1.0" */
        return len;
    }
    return compose(buf, size, code, FORM_HTTP10);
}

/* Without "HTTP/1.1 " (9 bytes) and the CRLF (2). */
size_t http_status_text(char *buf, size_t size, int code)
{
    size_t len;
    if (copy_stored(buf, size, code, 9, 2, &len))
        return len;
    return compose(buf, size, code, FORM_TEXT);
}

/* ---- Reading -------------------------------------------------------------- */

static int is_digit(unsigned char ch)
{
    return ch >= '0' && ch <= '9';
}

static enum http_status_parse_result fail(http_status_parsed *out,
                                          enum http_status_parse_result why,
                                          size_t at)
{
    memset(out, 0, sizeof *out);
    out->error_offset = at;
    return why;
}

enum http_status_parse_result http_status_parse_line(const char *data,
                                                     size_t len,
                                                     unsigned options,
                                                     http_status_parsed *out)
{
    static const char name[] = "HTTP/";
    const unsigned char *d = (const unsigned char *)data;
    int lenient = (options & HTTPSTATUS_PARSE_LENIENT) != 0;
    size_t i, start;
    int code;

    if (out == NULL)
        return HTTPSTATUS_PARSE_BAD_ARGUMENT;
    if (data == NULL && len > 0)
        return fail(out, HTTPSTATUS_PARSE_BAD_ARGUMENT, 0);

    /* HTTP-version = "HTTP/" DIGIT "." DIGIT */
    for (i = 0; i < 5; i++)
        if (i >= len || d[i] != (unsigned char)name[i])
            return fail(out, HTTPSTATUS_PARSE_BAD_VERSION, i);
    if (len <= 5 || !is_digit(d[5]))
        return fail(out, HTTPSTATUS_PARSE_BAD_VERSION, 5);
    if (len <= 6 || d[6] != '.')
        return fail(out, HTTPSTATUS_PARSE_BAD_VERSION, 6);
    if (len <= 7 || !is_digit(d[7]))
        return fail(out, HTTPSTATUS_PARSE_BAD_VERSION, 7);
    if (len <= 8 || d[8] != ' ')
        return fail(out, len > 8 && is_digit(d[8]) ? HTTPSTATUS_PARSE_BAD_VERSION
                                                   : HTTPSTATUS_PARSE_MISSING_SPACE,
                    8);

    /* status-code = 3DIGIT, 100..599 */
    for (i = 9; i < 12; i++)
        if (i >= len || !is_digit(d[i]))
            return fail(out, HTTPSTATUS_PARSE_BAD_CODE, i);
    code = (d[9] - '0') * 100 + (d[10] - '0') * 10 + (d[11] - '0');
    if (code < 100 || code > 599)
        return fail(out, HTTPSTATUS_PARSE_BAD_CODE, 9);

    /* SP, or in lenient mode the end of the line right after the code */
    i = 12;
    if (i < len && d[i] == ' ') {
        i++;
    } else if (i < len && is_digit(d[i])) {
        return fail(out, HTTPSTATUS_PARSE_BAD_CODE, i);
    } else if (!lenient || !(i == len || d[i] == '\r' || d[i] == '\n')) {
        return fail(out, HTTPSTATUS_PARSE_MISSING_SPACE, i);
    }

    /* reason-phrase = *( HTAB / SP / VCHAR / obs-text ), up to CRLF or end */
    start = i;
    for (; i < len; i++) {
        unsigned char ch = d[i];
        if (ch == '\t' || (ch >= 0x20 && ch != 0x7F))
            continue;
        if (ch == '\r') {
            if (i + 1 == len)
                return fail(out, HTTPSTATUS_PARSE_BAD_LINE_END, i + 1);
            if (d[i + 1] != '\n')
                return fail(out, HTTPSTATUS_PARSE_BAD_REASON, i);
            out->length = i + 2;
            break;
        }
        if (ch == '\n') {
            if (!lenient)
                return fail(out, HTTPSTATUS_PARSE_BAD_LINE_END, i);
            out->length = i + 1;
            break;
        }
        return fail(out, HTTPSTATUS_PARSE_BAD_REASON, i);
    }
    if (i == len)
        out->length = len;
    out->major = d[5] - '0';
    out->minor = d[7] - '0';
    out->code = code;
    out->reason = data + start;
    out->reason_len = i - start;
    out->error_offset = 0;
    return HTTPSTATUS_PARSE_OK;
}
