/*
 * "httpstatus lint": http_status_lint() on what `curl -si` printed, or on
 * raw bytes (--raw), with one line per finding or JSON per response.
 */
#include "lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

#include "diag.h"
#include "httpstatus.h"
#include "json.h"
#include "options.h"

/* Larger input is refused rather than read without bound. */
#define INPUT_LIMIT (64u * 1024u * 1024u)
#define MAX_IGNORED 64

struct lint_options {
    const char *method;
    const char *path;          /* NULL or "-": standard input */
    int json;
    enum http_status_severity min_severity;
    const char *ignored[MAX_IGNORED];
    size_t ignored_count;
    unsigned flags;
};

static void lint_usage(FILE *f)
{
    fputs("usage: httpstatus lint [OPTION]... [FILE]\n"
          "Checks HTTP responses, as `curl -si URL` (or -siL) prints them, against\n"
          "RFC 9110 and RFC 9112 and the rules of each status code. Reads FILE, or\n"
          "standard input when FILE is absent or -.\n"
          "\n"
          "  --method M            the request's method (default GET)\n"
          "  --json                one JSON object per response\n"
          "  --min-severity S      info, warning (default) or error: report from S up\n"
          "  --ignore RULE         leave out this rule (repeatable)\n"
          "  --raw                 the input is the raw bytes of one exchange, chunked\n"
          "                        framing included (default: curl's output)\n"
          "  --http10              the request was HTTP/1.0\n"
          "  --no-clock            the server has no clock (no Date required)\n"
          "  --partial             the capture may stop early\n"
          "  -h, --help            show this help\n"
          "\n"
          "Exit status: 0 when nothing at or above the minimum severity was found,\n"
          "1 when something was, 2 on a usage error or unreadable input.\n",
          f);
}

static int rule_exists(const char *id)
{
    static const char *const ids[] = {
#define XX(name, rule, level, severity, reference, message) rule,
        HTTPSTATUS_LINT_RULE_MAP(XX)
#undef XX
    };
    size_t i;
    for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (strcmp(ids[i], id) == 0)
            return 1;
    return 0;
}

static int parse_severity(const char *s, enum http_status_severity *out)
{
#define XX(value, name, string)                                                \
    if (strcmp(s, string) == 0) {                                              \
        *out = HTTPSTATUS_SEVERITY_##name;                                     \
        return 1;                                                              \
    }
    HTTPSTATUS_SEVERITY_MAP(XX)
#undef XX
    return 0;
}

/* argv[0] is "lint". */
static int parse(int argc, char **argv, struct lint_options *o)
{
    struct shown shown;
    int i, operands_only = 0;
    memset(o, 0, sizeof *o);
    o->method = "GET";
    o->min_severity = HTTPSTATUS_SEVERITY_WARNING;
    o->flags = HTTPSTATUS_LINT_DECODED | HTTPSTATUS_LINT_SEQUENCE;
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (operands_only || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if (o->path != NULL) {
                diag("lint reads one file, but got %s too", shown_arg(&shown, arg));
                return EXIT_USAGE;
            }
            o->path = arg;
        } else if (strcmp(arg, "--") == 0) {
            operands_only = 1;
        } else if (strcmp(arg, "--json") == 0) {
            o->json = 1;
        } else if (strcmp(arg, "--raw") == 0) {
            o->flags &= ~(HTTPSTATUS_LINT_DECODED | HTTPSTATUS_LINT_SEQUENCE);
        } else if (strcmp(arg, "--http10") == 0) {
            o->flags |= HTTPSTATUS_LINT_REQUEST_HTTP10;
        } else if (strcmp(arg, "--no-clock") == 0) {
            o->flags |= HTTPSTATUS_LINT_NO_CLOCK;
        } else if (strcmp(arg, "--partial") == 0) {
            o->flags |= HTTPSTATUS_LINT_PARTIAL;
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            lint_usage(stdout);
            return EXIT_ALL_FOUND + 100;
        } else if (strcmp(arg, "--method") == 0 || strcmp(arg, "--min-severity") == 0 ||
                   strcmp(arg, "--ignore") == 0) {
            if (value == NULL || value[0] == '\0') {
                diag("%s needs a value", arg);
                return EXIT_USAGE;
            }
            i++;
            if (strcmp(arg, "--method") == 0) {
                o->method = value;
            } else if (strcmp(arg, "--min-severity") == 0) {
                if (!parse_severity(value, &o->min_severity)) {
                    diag("no such severity: %s (info, warning or error)", shown_arg(&shown, value));
                    return EXIT_USAGE;
                }
            } else if (!rule_exists(value)) {
                diag("no such rule: %s (see httpstatus(1), LINT RULES)", shown_arg(&shown, value));
                return EXIT_USAGE;
            } else if (o->ignored_count == MAX_IGNORED) {
                diag("more than %d --ignore options", MAX_IGNORED);
                return EXIT_USAGE;
            } else {
                o->ignored[o->ignored_count++] = value;
            }
        } else {
            diag("unknown lint option %s (try httpstatus lint --help)", shown_arg(&shown, arg));
            return EXIT_USAGE;
        }
    }
    return -1;
}

/* The whole input in *data (malloc'd); 0 on failure, reported. */
static int read_input(const char *path, char **data, size_t *len)
{
    struct shown shown;
    FILE *f = stdin;
    size_t size = 0, cap = 65536;
    char *buf;
    if (path != NULL && strcmp(path, "-") != 0) {
        f = fopen(path, "rb");
        if (f == NULL) {
            diag("cannot open %s", shown_arg(&shown, path));
            return 0;
        }
    } else {
#ifdef _WIN32
        (void)_setmode(_fileno(stdin), _O_BINARY);
#endif
    }
    buf = malloc(cap);
    while (buf != NULL) {
        size_t n = fread(buf + size, 1, cap - size, f);
        size += n;
        if (n == 0)
            break;
        if (size == cap) {
            char *bigger = cap >= INPUT_LIMIT ? NULL : realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                diag("the input is larger than %u MiB", INPUT_LIMIT / (1024u * 1024u));
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    if (buf != NULL && ferror(f)) {
        diag("cannot read %s", path ? shown_arg(&shown, path) : "standard input");
        free(buf);
        buf = NULL;
    } else if (buf == NULL && size == 0 && cap == 65536) {
        diag("out of memory");
    }
    if (f != stdin)
        fclose(f);
    *data = buf;
    *len = size;
    return buf != NULL;
}

static int shown_finding(const struct lint_options *o, const struct http_status_finding *f)
{
    size_t i;
    if (f->severity < o->min_severity)
        return 0;
    for (i = 0; i < o->ignored_count; i++)
        if (strcmp(o->ignored[i], f->rule) == 0)
            return 0;
    return 1;
}

static void print_text(const struct lint_options *o, const struct http_status_finding *f,
                       size_t count, const struct http_status_lint_message *m,
                       size_t messages)
{
    size_t i, by[4] = {0, 0, 0, 0};
    for (i = 0; i < count; i++) {
        const char *level = http_status_level_name(f[i].level);
        if (!shown_finding(o, &f[i]))
            continue;
        by[f[i].severity]++;
        printf("%s: %s: response %u", http_status_severity_name(f[i].severity), f[i].rule,
               f[i].response);
        if (f[i].response < messages && m[f[i].response].code != 0)
            printf(" (%d)", m[f[i].response].code);
        printf(", byte %lu: ", (unsigned long)f[i].offset);
        if (f[i].field != NULL)
            printf("%s: ", f[i].field);
        printf("%s [%s%s%s]\n", f[i].message, level ? level : "", level ? ", " : "",
               f[i].reference);
    }
    printf("%lu response%s: %lu error%s, %lu warning%s, %lu info\n", (unsigned long)messages,
           messages == 1 ? "" : "s", (unsigned long)by[HTTPSTATUS_SEVERITY_ERROR],
           by[HTTPSTATUS_SEVERITY_ERROR] == 1 ? "" : "s",
           (unsigned long)by[HTTPSTATUS_SEVERITY_WARNING],
           by[HTTPSTATUS_SEVERITY_WARNING] == 1 ? "" : "s",
           (unsigned long)by[HTTPSTATUS_SEVERITY_INFO]);
}

static void print_json(const struct lint_options *o, const struct http_status_finding *f,
                       size_t count, const struct http_status_lint_message *m,
                       size_t messages)
{
    size_t r, i;
    fputc('[', stdout);
    /* a response whose status line cannot be read still gets its object */
    if (messages == 0 && count > 0)
        messages = 1;
    for (r = 0; r < messages; r++) {
        int first = 1;
        printf("%s{\"index\":%lu,\"status\":", r ? "," : "", (unsigned long)r);
        if (m[r].code != 0)
            printf("%d", m[r].code);
        else
            fputs("null", stdout);
        fputs(",\"findings\":[", stdout);
        for (i = 0; i < count; i++) {
            const char *level = http_status_level_name(f[i].level);
            if (f[i].response != r || !shown_finding(o, &f[i]))
                continue;
            printf("%s{\"rule\":", first ? "" : ",");
            json_string(stdout, f[i].rule);
            fputs(",\"level\":", stdout);
            json_string(stdout, level);
            fputs(",\"severity\":", stdout);
            json_string(stdout, http_status_severity_name(f[i].severity));
            fputs(",\"field\":", stdout);
            json_string(stdout, f[i].field);
            printf(",\"offset\":%lu,\"reference\":", (unsigned long)f[i].offset);
            json_string(stdout, f[i].reference);
            fputs(",\"message\":", stdout);
            json_string(stdout, f[i].message);
            fputc('}', stdout);
            first = 0;
        }
        fputs("]}", stdout);
    }
    fputs("]\n", stdout);
}

int lint_main(int argc, char **argv)
{
    struct lint_options o;
    struct http_status_lint_options lo;
    struct http_status_finding *findings = NULL;
    struct http_status_lint_message *messages = NULL;
    size_t len, count, message_count = 0, i;
    char *data;
    int status = parse(argc, argv, &o);

    if (status == EXIT_ALL_FOUND + 100)
        return EXIT_ALL_FOUND;
    if (status >= 0)
        return status;
    if (!read_input(o.path, &data, &len))
        return EXIT_USAGE;

    memset(&lo, 0, sizeof lo);
    lo.flags = o.flags;
    lo.message_count = &message_count;
    count = http_status_lint(data, len, o.method, &lo, NULL, 0);
    findings = malloc((count ? count : 1) * sizeof *findings);
    messages = malloc((message_count ? message_count : 1) * sizeof *messages);
    if (findings == NULL || messages == NULL) {
        diag("out of memory");
        status = EXIT_USAGE;
    } else {
        memset(messages, 0, (message_count ? message_count : 1) * sizeof *messages);
        lo.messages = messages;
        lo.message_size = message_count;
        count = http_status_lint(data, len, o.method, &lo, findings, count);
        if (o.json)
            print_json(&o, findings, count, messages, message_count);
        else
            print_text(&o, findings, count, messages, message_count);
        status = EXIT_ALL_FOUND;
        for (i = 0; i < count; i++)
            if (shown_finding(&o, &findings[i]))
                status = EXIT_NOT_FOUND;
    }
    free(findings);
    free(messages);
    free(data);
    return status;
}
