/*
 * "httpstatus reply": the whole response http_status_reply() writes for a
 * code, on standard output, for shell tests and nc-based mock servers.
 */
#include "reply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

#include "diag.h"
#include "httpstatus.h"
#include "operand.h"
#include "options.h"

#define EXIT_REFUSED 1

static void reply_usage(FILE *f)
{
    fputs("usage: httpstatus reply [OPTION]... CODE\n"
          "Writes a complete HTTP/1.1 response for CODE to standard output: status\n"
          "line, Date, the fields given, Content-Type, Content-Length and the default\n"
          "body. It refuses a response that would break a MUST of RFC 9110 for the\n"
          "code (a 405 without Allow, ...) and says which field is missing.\n"
          "\n"
          "  --format F         text (default), html or json (RFC 9457 on errors)\n"
          "  --method M         the request's method: HEAD gets no content\n"
          "  --header 'N: V'    a field to send (repeatable); Allow, Location,\n"
          "                     WWW-Authenticate, Upgrade, ... supply what the code needs\n"
          "  --detail TEXT      a line about this response, in the body\n"
          "  --lang TAG         the description's language (en, ko)\n"
          "  --date D           now (default), none, or an IMF-fixdate\n"
          "  --http10           the request was HTTP/1.0: no 1xx may answer it\n"
          "  -h, --help         show this help\n"
          "\n"
          "Exit status: 0 when the response was written, 1 when it was refused,\n"
          "2 on a usage error.\n",
          f);
}

#define MAX_HEADERS 256

struct reply_options {
    struct http_status_reply r;
    char *extra;      /* malloc'd field lines of --header that go to extra */
    size_t extra_len;
    char *values[MAX_HEADERS]; /* malloc'd values of --header */
    size_t value_count;
    char date[32];
};

static int parse_format(const char *s, enum http_status_format *out)
{
#define XX(value, name, string)                                                \
    if (strcmp(s, string) == 0) {                                              \
        *out = HTTPSTATUS_FORMAT_##name;                                       \
        return 1;                                                              \
    }
    HTTPSTATUS_FORMAT_MAP(XX)
#undef XX
    return 0;
}

static int same_name(const char *a, size_t n, const char *b)
{
    size_t i;
    if (strlen(b) != n)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

/* Files "Name: value" under its member of struct http_status_reply, or
 * appends it to extra, where the library checks it. 1 when done, 0 on a
 * usage error, -1 for a value the library would refuse. */
static int add_header(struct reply_options *o, const char *arg)
{
    static const struct {
        const char *name;
        size_t member;
    } members[] = {
#define M(name, member) {name, offsetof(struct http_status_reply, member)}
        M("Location", location),
        M("Allow", allow),
        M("Retry-After", retry_after),
        M("WWW-Authenticate", www_authenticate),
        M("Proxy-Authenticate", proxy_authenticate),
        M("Upgrade", upgrade),
        M("Content-Range", content_range),
        M("Connection", connection),
        M("Date", date),
#undef M
    };
    struct shown shown;
    const char *colon = strchr(arg, ':');
    size_t name_len, value_len, i, need;
    char *bigger, *value;
    if (colon == NULL || colon == arg) {
        diag("--header needs 'Name: value', but got %s", shown_arg(&shown, arg));
        return 0;
    }
    if (strpbrk(arg, "\r\n") != NULL) {
        /* one --header is one field line; the library would see two */
        diag("refused: --header %s: a field value holds CR or LF (value-invalid, "
             "RFC 9110, Section 5.5)", shown_arg(&shown, arg));
        return -1;
    }
    name_len = (size_t)(colon - arg);
    /* the field value without the whitespace around it (RFC 9110, 5.5) */
    colon++;
    while (*colon == ' ' || *colon == '\t')
        colon++;
    value_len = strlen(colon);
    while (value_len > 0 && (colon[value_len - 1] == ' ' || colon[value_len - 1] == '\t'))
        value_len--;
    if (o->value_count == MAX_HEADERS) {
        diag("more than %d --header options", MAX_HEADERS);
        return 0;
    }
    value = o->values[o->value_count] = malloc(value_len + 1);
    if (value == NULL) {
        diag("out of memory");
        return 0;
    }
    o->value_count++;
    memcpy(value, colon, value_len);
    value[value_len] = '\0';
    for (i = 0; i < sizeof members / sizeof members[0]; i++) {
        if (same_name(arg, name_len, members[i].name)) {
            const char **slot = (const char **)(void *)((char *)&o->r + members[i].member);
            if (*slot != NULL) {
                diag("%s is given twice", members[i].name);
                return 0;
            }
            *slot = value;
            return 1;
        }
    }
    /* "Name: value" and CRLF, as the library wants each line of extra */
    need = o->extra_len + name_len + 2 + value_len + 3;
    bigger = realloc(o->extra, need);
    if (bigger == NULL) {
        diag("out of memory");
        return 0;
    }
    o->extra = bigger;
    memcpy(o->extra + o->extra_len, arg, name_len);
    o->extra_len += name_len;
    o->extra_len += (size_t)sprintf(o->extra + o->extra_len, ": %s\r\n", value);
    o->r.extra = o->extra;
    return 1;
}

/* argv[0] is "reply". Returns -1 to go on, else the exit status. */
static int parse(int argc, char **argv, struct reply_options *o)
{
    struct shown shown;
    const char *code = NULL, *date = "now";
    int i, operands_only = 0, date_given = 0;
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (operands_only || arg[0] != '-') {
            if (code != NULL) {
                diag("reply takes one code, but got %s too", shown_arg(&shown, arg));
                return EXIT_USAGE;
            }
            code = arg;
        } else if (strcmp(arg, "--") == 0) {
            operands_only = 1;
        } else if (strcmp(arg, "--http10") == 0) {
            o->r.request_http10 = 1;
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            reply_usage(stdout);
            return EXIT_ALL_FOUND;
        } else if (strcmp(arg, "--format") == 0 || strcmp(arg, "--method") == 0 ||
                   strcmp(arg, "--header") == 0 || strcmp(arg, "--detail") == 0 ||
                   strcmp(arg, "--lang") == 0 || strcmp(arg, "--date") == 0) {
            if (value == NULL) {
                diag("%s needs a value", arg);
                return EXIT_USAGE;
            }
            i++;
            if (strcmp(arg, "--format") == 0) {
                if (!parse_format(value, &o->r.format)) {
                    diag("no such format: %s (text, html or json)", shown_arg(&shown, value));
                    return EXIT_USAGE;
                }
            } else if (strcmp(arg, "--method") == 0) {
                o->r.method = value;
            } else if (strcmp(arg, "--header") == 0) {
                int added = add_header(o, value);
                if (added <= 0)
                    return added < 0 ? EXIT_REFUSED : EXIT_USAGE;
            } else if (strcmp(arg, "--detail") == 0) {
                o->r.detail = value;
            } else if (strcmp(arg, "--lang") == 0) {
                if (!http_status_has_language(value)) {
                    diag("no descriptions in %s", shown_arg(&shown, value));
                    return EXIT_USAGE;
                }
                o->r.lang = value;
            } else {
                date = value;
                date_given = 1;
            }
        } else {
            diag("unknown reply option %s (try httpstatus reply --help)", shown_arg(&shown, arg));
            return EXIT_USAGE;
        }
    }
    if (code == NULL) {
        diag("reply needs a status code (try httpstatus reply --help)");
        return EXIT_USAGE;
    }
    o->r.code = operand_classify(code, HTTPSTATUS_ANY).value;
    if (operand_classify(code, HTTPSTATUS_ANY).kind != OPERAND_CODE) {
        diag("not a status code: %s (codes are 100 to 599)", shown_arg(&shown, code));
        return EXIT_USAGE;
    }
    if (o->r.date != NULL && date_given) {
        diag("the date is given twice, by --date and --header 'Date: ...'");
        return EXIT_USAGE;
    }
    if (o->r.date == NULL && strcmp(date, "now") == 0) {
        http_status_date(o->date, sizeof o->date, (long long)time(NULL));
        o->r.date = o->date;
    } else if (o->r.date == NULL && strcmp(date, "none") != 0) {
        o->r.date = date; /* the library checks it is an IMF-fixdate */
    }
    return -1;
}

static int refused(const struct http_status_reply *r, const struct http_status_reply_error *e)
{
    static const struct {
        const char *id, *message;
    } errors[] = {
#define XX(value, name, id, section, message) {id, message},
        HTTPSTATUS_REPLY_ERROR_MAP(XX)
#undef XX
    };
    const char *message = "", *id = http_status_reply_error_name(e->code);
    struct shown shown;
    size_t i;
    for (i = 0; i < sizeof errors / sizeof errors[0]; i++)
        if (strcmp(errors[i].id, id) == 0)
            message = errors[i].message;
    if (e->code == HTTPSTATUS_REPLY_FIELD_MISSING)
        diag("refused: %d needs %s (%s); give it with --header '%s: ...'", r->code,
             e->field_name, e->reference ? e->reference : "", e->field_name);
    else if (e->code == HTTPSTATUS_REPLY_RANGE_MISMATCH)
        diag("refused: the body is %lu bytes, so a 206 needs 'Content-Range: bytes "
             "0-%lu/LENGTH' or another range of that size (range-mismatch, %s)",
             (unsigned long)http_status_body_in(NULL, 0, r->code, r->format, r->detail, r->lang),
             (unsigned long)http_status_body_in(NULL, 0, r->code, r->format, r->detail, r->lang) -
                 1ul,
             e->reference);
    else if (e->field_name != NULL)
        diag("refused: %s: %s (%s%s%s)", e->field_name, message, id,
             e->reference ? ", " : "", e->reference ? e->reference : "");
    else if (r->extra != NULL && e->offset < strlen(r->extra) &&
             (e->code == HTTPSTATUS_REPLY_VALUE_INVALID || e->code == HTTPSTATUS_REPLY_FIELD_RESERVED))
    {
        /* the --header it came from: the line, without its CRLF */
        char line[SHOWN_LIMIT + 1];
        const char *end = strstr(r->extra + e->offset, "\r\n");
        size_t n = (size_t)(end - (r->extra + e->offset));
        if (n > SHOWN_LIMIT)
            n = SHOWN_LIMIT;
        memcpy(line, r->extra + e->offset, n);
        line[n] = '\0';
        diag("refused: --header '%s': %s (%s%s%s)", shown_arg(&shown, line), message, id,
             e->reference ? ", " : "", e->reference ? e->reference : "");
    }
    else
        diag("refused: %s (%s%s%s)", message, id, e->reference ? ", " : "",
             e->reference ? e->reference : "");
    return EXIT_REFUSED;
}

int reply_main(int argc, char **argv)
{
    struct reply_options o;
    struct http_status_reply_error e;
    size_t n;
    char *buf;
    int status;

    memset(&o, 0, sizeof o);
    status = parse(argc, argv, &o);
    if (status < 0) {
        n = http_status_reply(NULL, 0, &o.r, &e);
        buf = n ? malloc(n + 1) : NULL;
        if (n == 0) {
            status = refused(&o.r, &e);
        } else if (buf == NULL) {
            diag("out of memory");
            status = EXIT_USAGE;
        } else {
            http_status_reply(buf, n + 1, &o.r, NULL);
#ifdef _WIN32
            (void)_setmode(_fileno(stdout), _O_BINARY);
#endif
            fwrite(buf, 1, n, stdout);
            status = EXIT_ALL_FOUND;
        }
        free(buf);
    }
    free(o.extra);
    while (o.value_count > 0)
        free(o.values[--o.value_count]);
    return status;
}
