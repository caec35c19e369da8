/*
 * libFuzzer target: http_status_check() on any response description. The
 * bytes give the code (two bytes, so invalid codes come up too), the
 * content flag and options, the method, and newline-separated field names.
 * The count must not depend on how much room the caller gave.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FIELDS 32

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const methods[] = {"GET", "HEAD", "POST", "PUT", "CONNECT",
                                          "DELETE", "OPTIONS", NULL};
    struct http_status_violation v[4];
    struct http_status_response r = {0};
    http_status_info info;
    const char *fields[MAX_FIELDS];
    char *names;
    size_t nfields = 0, i, all, some;
    int code, content;
    unsigned options;
    const char *method;

    if (size < 4)
        return 0;
    code = (int)(int16_t)(uint16_t)(data[0] | data[1] << 8);
    content = data[2] & 1;
    options = (unsigned)(data[2] >> 1) & 3u;
    method = methods[data[3] % 8];
    data += 4;
    size -= 4;

    names = malloc(size + 1);
    if (!names)
        return 0;
    memcpy(names, data, size);
    names[size] = '\0';
    for (i = 0; i <= size && nfields < MAX_FIELDS; i++) {
        char *start = names + i;
        while (i < size && names[i] != '\n')
            i++;
        names[i] = '\0';
        fields[nfields++] = start;
    }

    r.code = code;
    r.method = method;
    r.fields = fields;
    r.field_count = nfields;
    r.has_content = content;
    all = http_status_check(&r, options, NULL, 0);
    some = http_status_check(&r, options, v, 4);
    /* at most one report per rule of the row, plus content and CONNECT's two */
    if (all != some ||
        all > (http_status_lookup(code, 0, &info) ? info.header_count : 1u) + 3u)
        abort();
    for (i = 0; i < all && i < 4; i++)
        if (v[i].reference == NULL || v[i].rule == HTTPSTATUS_RULE_NONE)
            abort();
    free(names);
    return 0;
}
