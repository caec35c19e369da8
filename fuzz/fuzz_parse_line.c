/*
 * libFuzzer target: http_status_parse_line() on any bytes. The first byte
 * picks the options; a line that parses must hold together, and the line
 * http_status_line() writes for its code must parse back to that code.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    http_status_parsed p;
    unsigned options = 0;
    const char *line;
    size_t len;
    char buf[300];

    if (size > 0) {
        options = data[0] & 1u ? HTTPSTATUS_PARSE_LENIENT : 0u;
        data++;
        size--;
    }
    line = (const char *)data;
    len = size;
    if (http_status_parse_line(line, len, options, &p) != HTTPSTATUS_PARSE_OK) {
        if (p.error_offset > len || p.code != 0)
            abort();
        return 0;
    }
    if (p.code < 100 || p.code > 599 || p.length > len || p.length < 12 ||
        p.reason < line || p.reason + p.reason_len > line + p.length ||
        p.major < 0 || p.major > 9 || p.minor < 0 || p.minor > 9)
        abort();
    /* Strict success implies lenient success. */
    if (!options && http_status_parse_line(line, len, HTTPSTATUS_PARSE_LENIENT, &p) !=
                        HTTPSTATUS_PARSE_OK)
        abort();
    len = http_status_line(buf, sizeof buf, p.code);
    if (len == 0 || len >= sizeof buf ||
        http_status_parse_line(buf, len, 0, &p) != HTTPSTATUS_PARSE_OK ||
        p.length != len)
        abort();
    return 0;
}
