/*
 * libFuzzer target: http_status_parse_line() on any bytes. The first byte
 * picks the options; a line that parses must hold together, every shorter
 * prefix of it must be INCOMPLETE, and the line http_status_line() writes
 * for its code must parse back to that code.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* reason-phrase = *( HTAB / SP / VCHAR / obs-text ), RFC 9112, Section 4;
 * CR and LF count here too, as the bytes that may end it. */
static int phrase_byte(unsigned char b)
{
    return b == '\t' || b == '\r' || b == '\n' || (b >= 0x20 && b != 0x7F);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    http_status_parsed p, q;
    enum http_status_parse_result r;
    unsigned options = 0;
    const char *line;
    size_t len, n;
    char buf[300];

    if (size > 0) {
        options = data[0] & (HTTPSTATUS_PARSE_LENIENT | HTTPSTATUS_PARSE_AT_END);
        data++;
        size--;
    }
    line = (const char *)data;
    len = size;
    r = http_status_parse_line(line, len, options, &p);
    if (r != HTTPSTATUS_PARSE_OK) {
        if (p.error_offset > len || p.code != 0 || http_status_parse_result_name(r) == NULL)
            abort();
        /* INCOMPLETE only without AT_END, and only at the end of the input */
        if (r == HTTPSTATUS_PARSE_INCOMPLETE &&
            ((options & HTTPSTATUS_PARSE_AT_END) || p.error_offset != len))
            abort();
        /* a bad phrase stops at a byte the grammar refuses there, or a CR
         * without its LF */
        if (r == HTTPSTATUS_PARSE_BAD_REASON && p.error_offset < len &&
            phrase_byte(data[p.error_offset]) &&
            !(data[p.error_offset] == '\r' &&
              (p.error_offset + 1 == len || data[p.error_offset + 1] != '\n')))
            abort();
        return 0;
    }
    /* the phrase holds only bytes the grammar allows, and a strict line
     * ends with CRLF right after it (or, under AT_END, with the input) */
    for (n = 0; n < p.reason_len; n++)
        if (!phrase_byte((unsigned char)p.reason[n]) || p.reason[n] == '\r' || p.reason[n] == '\n')
            abort();
    if (!(options & HTTPSTATUS_PARSE_LENIENT) &&
        !((options & HTTPSTATUS_PARSE_AT_END) && p.reason + p.reason_len == line + len &&
          p.length == len) &&
        (p.reason + p.reason_len + 2 != line + p.length || p.reason[p.reason_len] != '\r'))
        abort();
    if (p.code < 100 || p.code > 599 || p.length > len || p.length < 12 ||
        p.reason < line || p.reason + p.reason_len > line + p.length ||
        p.major < 0 || p.major > 9 || p.minor < 0 || p.minor > 9)
        abort();
    /* The socket contract: every shorter prefix is INCOMPLETE, and the line
     * alone parses the same. (Under AT_END a prefix is a line of its own.) */
    if (!(options & HTTPSTATUS_PARSE_AT_END)) {
        for (n = 0; n < p.length; n++)
            if (http_status_parse_line(line, n, options, &q) != HTTPSTATUS_PARSE_INCOMPLETE ||
                q.error_offset != n)
                abort();
        if (http_status_parse_line(line, p.length, options, &q) != HTTPSTATUS_PARSE_OK ||
            q.length != p.length || q.code != p.code || q.reason != p.reason ||
            q.reason_len != p.reason_len)
            abort();
    }
    /* Strict success implies lenient success. */
    if (!(options & HTTPSTATUS_PARSE_LENIENT) &&
        http_status_parse_line(line, len, options | HTTPSTATUS_PARSE_LENIENT, &q) !=
            HTTPSTATUS_PARSE_OK)
        abort();
    len = http_status_line(buf, sizeof buf, p.code);
    if (len == 0 || len >= sizeof buf ||
        http_status_parse_line(buf, len, 0, &p) != HTTPSTATUS_PARSE_OK ||
        p.length != len)
        abort();
    return 0;
}
