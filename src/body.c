/*
 * Default bodies of responses: plain text, an HTML5 page, or JSON (an RFC
 * 9457 problem on errors), with the caller's detail escaped for each.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <stdint.h>
#include <string.h>

/* ---- Output with snprintf()'s contract ----------------------------------- */

void httpstatus__put(struct httpstatus__out *o, const char *s, size_t n)
{
    if (o->size > 0 && o->len < o->size - 1) {
        size_t room = o->size - 1 - o->len;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    /* saturated, the callers refuse it: only a detail of more than a sixth
     * of the address space gets there */
    o->len = n > SIZE_MAX - o->len ? SIZE_MAX : o->len + n;
}

void httpstatus__puts(struct httpstatus__out *o, const char *s)
{
    httpstatus__put(o, s, strlen(s));
}

size_t httpstatus__finish(struct httpstatus__out *o)
{
    if (o->size > 0)
        o->buf[o->len < o->size ? o->len : o->size - 1] = '\0';
    return o->len;
}

/* ---- Escaping ------------------------------------------------------------ */

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/*
 * The UTF-8 sequence at p[0..n): its length, with its code point in *cp;
 * or 0 when it is not valid, with the length of its maximal invalid prefix
 * (at least 1) in *bad, so that each such prefix becomes one U+FFFD, as in
 * the WHATWG decoder. Overlong forms, surrogates and code points above
 * U+10FFFF are not valid.
 */
static size_t utf8_sequence(const unsigned char *p, size_t n, uint32_t *cp, size_t *bad)
{
    unsigned char c = p[0], lo = 0x80, hi = 0xBF;
    size_t need, i;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        *cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        *cp = c & 0x0Fu;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        *cp = c & 0x07u;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        return 0;
    }
    for (i = 1; i <= need; i++) {
        if (i >= n || p[i] < lo || p[i] > hi) {
            *bad = i;
            return 0;
        }
        *cp = *cp << 6 | (p[i] & 0x3Fu);
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

/* Characters HTML does not allow in its input: controls other than tab,
 * LF, FF and CR, and noncharacters (WHATWG HTML, "Preprocessing the input
 * stream"). FF is replaced as well, since a body has no use for it. */
static int html_forbids(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
           (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
           (cp & 0xFFFEu) == 0xFFFEu;
}

/* Writes s[0..n) for the format: valid UTF-8 only, and escaped. */
static void put_escaped(struct httpstatus__out *o, const char *s, size_t n,
                        enum http_status_format format)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, run = 0; /* p[run..i) goes out as it is */
    while (i < n) {
        uint32_t cp = 0;
        size_t bad = 0, k = utf8_sequence(p + i, n - i, &cp, &bad);
        const char *with = NULL;
        char hex[7];
        if (k == 0) {
            with = REPLACEMENT;
            k = bad;
        } else if (format == HTTPSTATUS_FORMAT_HTML) {
            switch (cp) {
            case '&': with = "&amp;"; break;
            case '<': with = "&lt;"; break;
            case '>': with = "&gt;"; break;
            case '"': with = "&quot;"; break;
            case '\'': with = "&#39;"; break;
            default:
                if (html_forbids(cp))
                    with = REPLACEMENT;
            }
        } else if (format == HTTPSTATUS_FORMAT_JSON && (cp < 0x20 || cp == '"' || cp == '\\')) {
            switch (cp) {
            case '"': with = "\\\""; break;
            case '\\': with = "\\\\"; break;
            case '\n': with = "\\n"; break;
            case '\r': with = "\\r"; break;
            case '\t': with = "\\t"; break;
            default:
                memcpy(hex, "\\u00", 4);
                hex[4] = "0123456789abcdef"[cp >> 4];
                hex[5] = "0123456789abcdef"[cp & 15u];
                hex[6] = '\0';
                with = hex;
            }
        }
        if (with != NULL) {
            httpstatus__put(o, s + run, i - run);
            httpstatus__puts(o, with);
            run = i + k;
        }
        i += k;
    }
    httpstatus__put(o, s + run, n - run);
}

/* ---- Bodies -------------------------------------------------------------- */

const char *http_status_format_name(enum http_status_format format)
{
    switch (format) {
#define XX(value, name, string) case HTTPSTATUS_FORMAT_##name: return string;
    HTTPSTATUS_FORMAT_MAP(XX)
#undef XX
    }
    return NULL;
}

const char *http_status_media_type(enum http_status_format format, int code)
{
    if (!http_status_is_valid(code))
        return NULL;
    switch (format) {
    case HTTPSTATUS_FORMAT_TEXT: return "text/plain; charset=utf-8";
    case HTTPSTATUS_FORMAT_HTML: return "text/html; charset=utf-8";
    case HTTPSTATUS_FORMAT_JSON:
        return http_status_is_error(code) ? "application/problem+json" : "application/json";
    }
    return NULL;
}

/* "404 Not Found", or "299" for a code without a phrase, escaped. */
static void put_title(struct httpstatus__out *o, int code, enum http_status_format format)
{
    char digits[3];
    size_t len;
    const char *reason = httpstatus__reason(code, &len);
    digits[0] = (char)('0' + code / 100);
    digits[1] = (char)('0' + code / 10 % 10);
    digits[2] = (char)('0' + code % 10);
    httpstatus__put(o, digits, 3);
    if (len) {
        httpstatus__put(o, " ", 1);
        put_escaped(o, reason, len, format);
    }
}

void httpstatus__body(struct httpstatus__out *o, int code, enum http_status_format format,
                      const char *detail, const char *lang)
{
    const char *tag;
    const char *description = httpstatus__description_in(code, lang, &tag);
    size_t reason_len, detail_len = detail != NULL ? strlen(detail) : 0;
    const char *reason = httpstatus__reason(code, &reason_len);

    switch (format) {
    case HTTPSTATUS_FORMAT_TEXT:
        put_title(o, code, format);
        httpstatus__put(o, "\n", 1);
        if (detail_len) {
            put_escaped(o, detail, detail_len, format);
            httpstatus__put(o, "\n", 1);
        }
        if (description != NULL) {
            httpstatus__puts(o, description);
            httpstatus__put(o, "\n", 1);
        }
        break;
    case HTTPSTATUS_FORMAT_HTML:
        httpstatus__puts(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                            "<meta charset=\"utf-8\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, "
                            "initial-scale=1\">\n<title>");
        put_title(o, code, format);
        httpstatus__puts(o, "</title>\n</head>\n<body>\n<h1>");
        put_title(o, code, format);
        httpstatus__puts(o, "</h1>\n");
        if (detail_len) {
            httpstatus__puts(o, "<p>");
            put_escaped(o, detail, detail_len, format);
            httpstatus__puts(o, "</p>\n");
        }
        if (description != NULL) {
            /* a description in another language says which */
            httpstatus__puts(o, strcmp(tag, "en") == 0 ? "<p>" : "<p lang=\"");
            if (strcmp(tag, "en") != 0) {
                httpstatus__puts(o, tag);
                httpstatus__puts(o, "\">");
            }
            put_escaped(o, description, strlen(description), format);
            httpstatus__puts(o, "</p>\n");
        }
        httpstatus__puts(o, "</body>\n</html>\n");
        break;
    case HTTPSTATUS_FORMAT_JSON: {
        char status[4];
        status[0] = (char)('0' + code / 100);
        status[1] = (char)('0' + code / 10 % 10);
        status[2] = (char)('0' + code % 10);
        status[3] = '\0';
        httpstatus__puts(o, http_status_is_error(code) ? "{\"type\":\"about:blank\"," : "{");
        if (reason_len) {
            httpstatus__puts(o, "\"title\":\"");
            put_escaped(o, reason, reason_len, format);
            httpstatus__puts(o, "\",");
        }
        httpstatus__puts(o, "\"status\":");
        httpstatus__puts(o, status);
        if (detail_len) {
            httpstatus__puts(o, ",\"detail\":\"");
            put_escaped(o, detail, detail_len, format);
            httpstatus__puts(o, "\"");
        }
        httpstatus__puts(o, "}\n");
        break;
    }
    }
}

size_t http_status_body_in(char *buf, size_t size, int code, enum http_status_format format,
                           const char *detail, const char *lang)
{
    struct httpstatus__out o;
    o.buf = buf;
    o.size = buf != NULL ? size : 0;
    o.len = 0;
    if (http_status_is_valid(code) && http_status_format_name(format) != NULL)
        httpstatus__body(&o, code, format, detail, lang);
    return httpstatus__finish(&o);
}

size_t http_status_body(char *buf, size_t size, int code, enum http_status_format format,
                        const char *detail)
{
    return http_status_body_in(buf, size, code, format, detail, NULL);
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef REPLACEMENT
