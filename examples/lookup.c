/*
 * lookup: prints what httpstatus knows about the codes named on the command
 * line, registry and unofficial rows alike.
 *
 *     ./build/examples/lookup 404 499
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "httpstatus.h"

static void print_flags(unsigned flags)
{
    unsigned i;
    const char *sep = "";
    for (i = 0; i < 32u; i++) {
        const char *name = http_status_flag_name(flags & (1u << i));
        if (name != NULL) {
            printf("%s%s", sep, name);
            sep = ", ";
        }
    }
    printf("%s\n", *sep ? "" : "none");
}

static int show(int code)
{
    http_status_info info;
    struct http_status_header h;
    const char *alias;
    unsigned i;
    if (!http_status_lookup(code, HTTPSTATUS_ANY, &info)) {
        const char *cls = http_status_class_name(http_status_class(code));
        printf("%d: no such code%s%s%s\n", code, cls ? " (class " : "",
               cls ? cls : "", cls ? ")" : "");
        return 1;
    }
    printf("%d %s\n", info.code, info.reason ? info.reason : "(no reason phrase)");
    printf("  constant:     HTTPSTATUS_%s\n", info.name);
    printf("  class:        %s\n", http_status_class_name(info.cls));
    printf("  registration: %s", http_status_registration_name(info.registration));
    if (info.expires)
        printf(", expires %s", info.expires);
    printf(" (%s)\n", info.origin);
    printf("  reference:    %s\n", info.reference);
    for (i = 0; (alias = http_status_alias_at(code, HTTPSTATUS_ANY, i)) != NULL; i++)
        printf("  also called:  %s\n", alias);
    printf("  flags:        ");
    print_flags(info.flags);
    for (i = 0; http_status_header_at(code, HTTPSTATUS_ANY, i, &h); i++)
        printf("  header:       %s %s%s\n", http_status_field_name(h.field),
               http_status_level_name(h.level),
               h.conditional ? " (when its condition holds)" : "");
    if (info.description) /* NULL in a build without descriptions */
        printf("  %s\n", info.description);
    return 0;
}

int main(int argc, char **argv)
{
    int i, status = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: lookup CODE...\n");
        return 2;
    }
    for (i = 1; i < argc; i++) {
        char *end;
        long v;
        errno = 0;
        v = strtol(argv[i], &end, 10);
        if (end == argv[i] || *end != '\0' || errno != 0 || v < INT_MIN ||
            v > INT_MAX) {
            fprintf(stderr, "lookup: not a number: %s\n", argv[i]);
            return 2;
        }
        status |= show((int)v);
    }
    return status;
}
