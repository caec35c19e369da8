/*
 * libFuzzer target: http_status_from_reason_n() and http_status_from_name_n()
 * on any bytes. A code found must name the input back: its phrase, one of
 * its former phrases, or its constant name, ignoring ASCII case.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_ci(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y)
            return 0;
    }
    return 1;
}

static int names_it(const char *s, size_t n, const char *name)
{
    return strlen(name) == n && same_ci(name, s, n);
}

/* Whether s[0..n) is one of the code's former phrases. */
static int is_alias(const char *s, size_t n, int code)
{
    const char *alias;
    unsigned i;
    for (i = 0; (alias = http_status_alias_at(code, HTTPSTATUS_ANY, i)) != NULL; i++)
        if (names_it(s, n, alias))
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    http_status_info info;
    int code = http_status_from_reason_n(s, size, HTTPSTATUS_ANY);
    if (code != 0) {
        if (!http_status_lookup(code, HTTPSTATUS_ANY, &info))
            abort();
        if (!(info.reason && info.reason_len == size && same_ci(info.reason, s, size)) &&
            !is_alias(s, size, code))
            abort();
        if (http_status_from_reason_n(s, size, HTTPSTATUS_REGISTRY) != 0 &&
            info.registration == HTTPSTATUS_REG_UNREGISTERED)
            abort();
    }
    code = http_status_from_name_n(s, size, HTTPSTATUS_ANY);
    if (code != 0) {
        size_t n = strlen("HTTPSTATUS_");
        if (!http_status_lookup(code, HTTPSTATUS_ANY, &info))
            abort();
        if (!names_it(s, size, info.name) &&
            !(size > n && same_ci(s, "HTTPSTATUS_", n) && names_it(s + n, size - n, info.name)))
            abort();
    }
    return 0;
}
