/*
 * libFuzzer target: http_status_lint() on any bytes. The first byte picks
 * the options and the method; the rest is the response side of an
 * exchange. The input is copied to a buffer of its exact size, so that
 * AddressSanitizer sees any read past it. The count must not depend on how
 * much room the caller gave, and every finding must be whole.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const methods[] = {"GET", "HEAD", "POST", "CONNECT", "DELETE",
                                          "OPTIONS", "PUT", NULL};
    struct http_status_finding f[8];
    struct http_status_lint_message m[4];
    struct http_status_lint_options o;
    size_t all, some, count = 0, i;
    const char *method;
    char *copy;

    if (size < 1)
        return 0;
    memset(&o, 0, sizeof o);
    o.flags = data[0] & 31u;
    o.max_head_size = (data[0] & 32u) ? 64 : 0;
    method = methods[(data[0] >> 6) % 8];
    data++;
    size--;
    copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);

    all = http_status_lint(copy, size, method, &o, NULL, 0);
    o.messages = m;
    o.message_size = 4;
    o.message_count = &count;
    some = http_status_lint(copy, size, method, &o, f, 8);
    if (all != some || (all == 0 && count == 0))
        abort();
    for (i = 0; i < all && i < 8; i++)
        if (f[i].rule == NULL || f[i].reference == NULL || f[i].message == NULL ||
            f[i].offset > size || http_status_severity_name(f[i].severity) == NULL)
            abort();
    for (i = 0; i < count && i < 4; i++)
        if (m[i].offset > size || m[i].content_offset + m[i].content_length > size)
            abort();
    free(copy);
    return 0;
}
