/*
 * The smallest use of the library: reason phrases and classes only. Linked
 * for bare-metal arm-none-eabi with --gc-sections and this function as the
 * entry point, the image holds exactly what these two lookups need, so its
 * size is the library's footprint for a firmware that only writes status
 * lines (.ci/run builds it and checks the README's figure).
 */
#include "httpstatus.h"

int footprint_probe(int code);

int footprint_probe(int code)
{
    const char *reason = http_status_reason(code);
    return (reason ? reason[0] : 0) + (int)http_status_class(code);
}
