/*
 * http_status_lint(): every rule of HTTPSTATUS_LINT_RULE_MAP has an input
 * that breaks it and a corrected input that keeps it (and is clean), and the
 * function's contract holds: snprintf-style counts, no read past the input,
 * and an answer for every byte sequence.
 */
#if defined(__unix__) || defined(__APPLE__)
#define _DEFAULT_SOURCE /* mmap with MAP_ANONYMOUS */
#include <sys/mman.h>
#include <unistd.h>
#define HAVE_GUARD_PAGE 1
#endif
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

#define DATE "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
#define OK200 "HTTP/1.1 200 OK\r\n" DATE
#define EMPTY "Content-Length: 0\r\n\r\n"
#define TE "Transfer-Encoding: chunked\r\n\r\n"
/* a string literal and its length, NUL bytes included */
#define BYTES(s) s, sizeof s - 1

struct lint_case {
    const char *rule;
    const char *breaks;
    size_t breaks_len;
    const char *keeps;
    size_t keeps_len;
    const char *method;
    unsigned flags;
    size_t max_head;
};

static const struct lint_case cases[] = {
    {"status-line-malformed", BYTES("HTTP/1.1 200\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 200 \r\n" DATE EMPTY), "GET", 0, 0},
    {"status-code-invalid", BYTES("HTTP/1.1 600 Bad\r\n\r\n"),
     BYTES("HTTP/1.1 500 Internal Server Error\r\n" EMPTY), "GET", 0, 0},
    {"status-code-unregistered", BYTES("HTTP/1.1 299 Fine\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 200 OK\r\n" DATE EMPTY), "GET", 0, 0},
    {"reason-phrase-differs", BYTES("HTTP/1.1 200 Okay\r\n" DATE EMPTY),
     BYTES(OK200 EMPTY), "GET", 0, 0},
    {"line-end-bare-lf", BYTES("HTTP/1.1 200 OK\n" DATE EMPTY), BYTES(OK200 EMPTY), "GET", 0, 0},
    {"field-line-malformed", BYTES(OK200 "NoColon\r\n" EMPTY),
     BYTES(OK200 "No-Colon: no\r\n" EMPTY), "GET", 0, 0},
    {"field-name-invalid", BYTES(OK200 "Bad(Name): x\r\n" EMPTY),
     BYTES(OK200 "Bad-Name: x\r\n" EMPTY), "GET", 0, 0},
    {"field-space-before-colon", BYTES(OK200 "Server : x\r\n" EMPTY),
     BYTES(OK200 "Server: x\r\n" EMPTY), "GET", 0, 0},
    {"field-obs-fold", BYTES(OK200 "Server: x\r\n y\r\n" EMPTY),
     BYTES(OK200 "Server: x y\r\n" EMPTY), "GET", 0, 0},
    {"field-value-invalid", BYTES(OK200 "Server: a\0b\r\n" EMPTY),
     BYTES(OK200 "Server: a\tb\r\n" EMPTY), "GET", 0, 0},
    {"field-value-invalid", BYTES(OK200 "Server: a\rb\r\n" EMPTY),
     BYTES(OK200 "Server: a b\r\n" EMPTY), "GET", 0, 0},
    {"head-too-large",
     BYTES(OK200 "Server: a value long enough to take the head past 128 bytes\r\n" EMPTY),
     BYTES(OK200 EMPTY), "GET", 0, 128},
    {"message-incomplete", BYTES(OK200 "Content-Length: 10\r\n\r\nhi"),
     BYTES(OK200 "Content-Length: 2\r\n\r\nhi"), "GET", 0, 0},
    {"message-incomplete", BYTES(OK200 "Content-Length: 0\r\n"), BYTES(OK200 EMPTY), "GET", 0, 0},
    {"capture-truncated", BYTES(OK200 "Content-Length: 10\r\n\r\nhi"),
     BYTES(OK200 "Content-Length: 2\r\n\r\nhi"), "GET", HTTPSTATUS_LINT_PARTIAL, 0},
    {"content-length-invalid", BYTES(OK200 "Content-Length: 1x\r\n\r\nh"),
     BYTES(OK200 "Content-Length: 1\r\n\r\nh"), "GET", 0, 0},
    {"content-length-invalid", BYTES(OK200 "Content-Length: \r\n\r\n"), BYTES(OK200 EMPTY), "GET", 0, 0},
    {"content-length-invalid", BYTES(OK200 "Content-Length: 1, 1\r\n\r\nh"),
     BYTES(OK200 "Content-Length: 1\r\n\r\nh"), "GET", 0, 0},
    {"content-length-invalid", BYTES(OK200 "Content-Length: 1\r\nContent-Length: 1\r\n\r\nh"),
     BYTES(OK200 "Content-Length: 1\r\n\r\nh"), "GET", 0, 0},
    {"content-length-conflict", BYTES(OK200 "Content-Length: 1\r\nContent-Length: 2\r\n\r\nh"),
     BYTES(OK200 "Content-Length: 1\r\n\r\nh"), "GET", 0, 0},
    {"content-length-conflict", BYTES(OK200 "Content-Length: 1, 2\r\n\r\nh"),
     BYTES(OK200 "Content-Length: 1\r\n\r\nh"), "GET", 0, 0},
    {"transfer-encoding-chunked-twice",
     BYTES(OK200 "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n0\r\n\r\n"),
     BYTES(OK200 TE "0\r\n\r\n"), "GET", 0, 0},
    {"transfer-encoding-chunked-twice",
     BYTES(OK200 "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
     BYTES(OK200 TE "0\r\n\r\n"), "GET", 0, 0},
    {"whitespace-after-start-line", BYTES("HTTP/1.1 200 OK\r\n X-Note: 1\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 200 OK\r\nX-Note: 1\r\n" DATE EMPTY), "GET", 0, 0},
    {"transfer-encoding-with-content-length",
     BYTES(OK200 "Content-Length: 7\r\n" TE "2\r\nhi\r\n0\r\n\r\n"),
     BYTES(OK200 TE "2\r\nhi\r\n0\r\n\r\n"), "GET", 0, 0},
    {"transfer-encoding-with-content-length",
     BYTES(OK200 "Transfer-Encoding: chunked\r\nContent-Length: 7\r\n\r\n2\r\nhi\r\n0\r\n\r\n"),
     BYTES(OK200 TE "2\r\nhi\r\n0\r\n\r\n"), "GET", 0, 0},
    {"transfer-encoding-not-chunked", BYTES(OK200 "Transfer-Encoding: gzip\r\n\r\nxyz"),
     BYTES(OK200 "Transfer-Encoding: gzip, chunked\r\n\r\n3\r\nxyz\r\n0\r\n\r\n"), "GET", 0, 0},
    {"transfer-encoding-http10", BYTES("HTTP/1.0 200 OK\r\n" DATE TE "0\r\n\r\n"),
     BYTES("HTTP/1.1 200 OK\r\n" DATE TE "0\r\n\r\n"), "GET", 0, 0},
    {"transfer-encoding-http10", BYTES(OK200 TE "0\r\n\r\n"),
     BYTES(OK200 "Content-Length: 0\r\n\r\n"), "GET", HTTPSTATUS_LINT_REQUEST_HTTP10, 0},
    {"chunk-size-invalid", BYTES(OK200 TE "zz\r\nhi\r\n0\r\n\r\n"),
     BYTES(OK200 TE "2\r\nhi\r\n0\r\n\r\n"), "GET", 0, 0},
    {"chunk-size-invalid", BYTES(OK200 TE "2\r\nhiX\r\n0\r\n\r\n"),
     BYTES(OK200 TE "3\r\nhiX\r\n0\r\n\r\n"), "GET", 0, 0},
    {"chunk-extension-invalid", BYTES(OK200 TE "2;=x\r\nhi\r\n0\r\n\r\n"),
     BYTES(OK200 TE "2;a=x;b=\"q\\\"\"\r\nhi\r\n0\r\n\r\n"), "GET", 0, 0},
    {"trailer-invalid", BYTES(OK200 TE "0\r\nbad trailer\r\n\r\n"),
     BYTES(OK200 TE "0\r\nX-Sum: 1\r\n\r\n"), "GET", 0, 0},
    {"trailing-bytes", BYTES(OK200 "Content-Length: 2\r\n\r\nhiXX"),
     BYTES(OK200 "Content-Length: 4\r\n\r\nhiXX"), "GET", 0, 0},
    {"interim-after-final", BYTES(OK200 EMPTY "HTTP/1.1 100 Continue\r\n\r\n"),
     BYTES("HTTP/1.1 100 Continue\r\n\r\n" OK200 EMPTY), "GET", 0, 0},
    {"interim-to-http10", BYTES("HTTP/1.1 100 Continue\r\n\r\n" OK200 EMPTY),
     BYTES(OK200 EMPTY), "GET", HTTPSTATUS_LINT_REQUEST_HTTP10, 0},
    {"field-missing", BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE "Allow: GET\r\n" EMPTY), "DELETE", 0, 0},
    {"field-missing", BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Type: text/plain\r\n"
                            "Content-Length: 2\r\n\r\nhi"),
     BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Type: text/plain\r\n"
           "Content-Range: bytes 0-1/9\r\nContent-Length: 2\r\n\r\nhi"), "GET", 0, 0},
    {"field-missing", BYTES("HTTP/1.1 201 Created\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 201 Created\r\n" DATE "Location: /items/7\r\n" EMPTY), "POST", 0, 0},
    {"field-missing", BYTES("HTTP/1.1 401 Unauthorized\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 401 Unauthorized\r\n" DATE "WWW-Authenticate: Basic realm=\"x\"\r\n" EMPTY),
     "GET", 0, 0},
    {"field-forbidden", BYTES("HTTP/1.1 204 No Content\r\n" DATE EMPTY),
     BYTES("HTTP/1.1 204 No Content\r\n" DATE "\r\n"), "GET", 0, 0},
    {"field-forbidden", BYTES("HTTP/1.1 150 Whatever\r\nContent-Length: 0\r\n\r\n" OK200 EMPTY),
     BYTES("HTTP/1.1 103 Early Hints\r\n\r\n" OK200 EMPTY), "GET", 0, 0},
    {"content-forbidden", BYTES(OK200 "Content-Length: 2\r\n\r\nhi"),
     BYTES(OK200 "Content-Length: 2\r\n\r\n"), "HEAD", 0, 0},
    {"content-forbidden", BYTES("HTTP/1.1 304 Not Modified\r\n" DATE "\r\nhi"),
     BYTES("HTTP/1.1 304 Not Modified\r\n" DATE "\r\n"), "GET", 0, 0},
    {"content-range-on-multipart",
     BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Type: multipart/byteranges; boundary=B\r\n"
           "Content-Range: bytes 0-1/9\r\n" EMPTY),
     BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Type: multipart/byteranges; boundary=B\r\n"
           EMPTY), "GET", 0, 0},
    {"allow-lists-method",
     BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE "Allow: GET, DELETE\r\n" EMPTY),
     BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE "Allow: GET, HEAD\r\n" EMPTY), "DELETE", 0, 0},
    {"date-missing", BYTES("HTTP/1.1 404 Not Found\r\n" EMPTY),
     BYTES("HTTP/1.1 404 Not Found\r\n" DATE EMPTY), "GET", 0, 0},
    {"date-invalid", BYTES("HTTP/1.1 200 OK\r\nDate: Sunday, 06-Nov-94 08:49:37 GMT\r\n" EMPTY),
     BYTES(OK200 EMPTY), "GET", 0, 0},
    {"retry-after-invalid",
     BYTES("HTTP/1.1 503 Service Unavailable\r\nRetry-After: soon\r\n" EMPTY),
     BYTES("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n" EMPTY), "GET", 0, 0},
    {"allow-invalid",
     BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE "Allow: GET;POST\r\n" EMPTY),
     BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE "Allow: GET, POST\r\n" EMPTY), "PUT", 0, 0},
    {"content-range-invalid",
     BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Range: bytes 5-1/10\r\n" EMPTY),
     BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Range: bytes 1-5/10\r\n"
           "Content-Length: 5\r\n\r\nhello"), "GET", 0, 0},
    {"content-range-invalid",
     BYTES("HTTP/1.1 416 Range Not Satisfiable\r\n" DATE "Content-Range: bytes 0-1/10\r\n" EMPTY),
     BYTES("HTTP/1.1 416 Range Not Satisfiable\r\n" DATE "Content-Range: bytes */10\r\n" EMPTY),
     "GET", 0, 0},
    {"location-invalid",
     BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /a b\r\n" EMPTY),
     BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /a%20b\r\n" EMPTY), "GET", 0, 0},
};

enum { ROOM = 32 };

/* A build without the table's rules (HTTPSTATUS_NO_RULES) finds no
 * field-missing and only the class-wide field-forbidden. */
static int needs_the_rules(const char *rule)
{
    return !HTTPSTATUS_HAS_RULES &&
           (strcmp(rule, "field-missing") == 0 || strcmp(rule, "field-forbidden") == 0);
}

static size_t lint(const char *data, size_t len, const struct lint_case *c,
                   struct http_status_finding *out)
{
    struct http_status_lint_options o;
    memset(&o, 0, sizeof o);
    o.flags = c->flags;
    o.max_head_size = c->max_head;
    return http_status_lint(data, len, c->method, &o, out, ROOM);
}

/* How many of the n findings (as many as out held) are of this rule. */
static size_t count_rule(const struct http_status_finding *f, size_t n, const char *rule)
{
    size_t i, hits = 0;
    for (i = 0; i < n && i < ROOM; i++)
        hits += strcmp(f[i].rule, rule) == 0;
    return hits;
}

static void print_findings(const struct http_status_finding *f, size_t n)
{
    size_t i;
    for (i = 0; i < n && i < ROOM; i++)
        print_error("    %s at %lu (%s)\n", f[i].rule, (unsigned long)f[i].offset, f[i].reference);
}

static void test_each_rule_broken_and_kept(void **state)
{
    size_t k;
    unsigned wrong = 0;
    (void)state;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const struct lint_case *c = &cases[k];
        struct http_status_finding f[ROOM];
        size_t n = lint(c->breaks, c->breaks_len, c, f), i;
        if (needs_the_rules(c->rule))
            continue;
        for (i = 0; i < n && i < ROOM; i++) {
            /* every finding is whole, and points into the input */
            assert_non_null(f[i].reference);
            assert_non_null(f[i].message);
            assert_non_null(http_status_severity_name(f[i].severity));
            assert_true(f[i].offset <= c->breaks_len);
        }
        if (count_rule(f, n, c->rule) == 0) {
            print_error("case %lu: %s not found; found:\n", (unsigned long)k, c->rule);
            print_findings(f, n);
            wrong++;
        }
        n = lint(c->keeps, c->keeps_len, c, f);
        if (n != 0) {
            print_error("case %lu (%s): the corrected input is not clean:\n", (unsigned long)k,
                        c->rule);
            print_findings(f, n);
            wrong++;
        }
    }
    if (wrong)
        fail_msg("%u cases went wrong", wrong);
}

/* No rule of the list goes without a case. */
static void test_every_rule_has_a_case(void **state)
{
    static const char *const ids[] = {
#define XX(name, id, level, severity, reference, message) id,
        HTTPSTATUS_LINT_RULE_MAP(XX)
#undef XX
    };
    size_t i, k;
    (void)state;
    for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
            if (strcmp(cases[k].rule, ids[i]) == 0)
                break;
        if (k == sizeof cases / sizeof cases[0])
            fail_msg("rule %s has no case", ids[i]);
    }
}

#if HTTPSTATUS_HAS_RULES
/* A finding of a rule from the table takes its level, section and field from
 * the code's row. */
static void test_findings_from_the_table(void **state)
{
    static const char r405[] = "HTTP/1.1 405 Method Not Allowed\r\n" DATE EMPTY;
    static const char r301[] = "HTTP/1.1 301 Moved Permanently\r\n" DATE EMPTY;
    static const char r100[] = "HTTP/1.1 100 Continue\r\nTransfer-Encoding: chunked\r\n\r\n"
                               OK200 EMPTY;
    struct http_status_finding f[4];
    (void)state;
    assert_int_equal(http_status_lint(r405, sizeof r405 - 1, "DELETE", NULL, f, 4), 1);
    assert_string_equal(f[0].rule, "field-missing");
    assert_string_equal(f[0].field, "Allow");
    assert_int_equal(f[0].level, HTTPSTATUS_LEVEL_MUST);
    assert_int_equal(f[0].severity, HTTPSTATUS_SEVERITY_ERROR);
    assert_string_equal(f[0].reference, "RFC 9110, Section 15.5.6");
    assert_int_equal(f[0].response, 0);

    assert_int_equal(http_status_lint(r301, sizeof r301 - 1, "GET", NULL, f, 4), 1);
    assert_string_equal(f[0].field, "Location");
    assert_int_equal(f[0].level, HTTPSTATUS_LEVEL_SHOULD);
    assert_int_equal(f[0].severity, HTTPSTATUS_SEVERITY_WARNING);

    /* an HTTP/2 status line, as curl prints it: the code is at 7 */
    {
        static const char h2[] = "HTTP/2 299 \r\ndate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n";
        assert_int_equal(http_status_lint(h2, sizeof h2 - 1, "GET", NULL, f, 4), 1);
        assert_string_equal(f[0].rule, "status-code-unregistered");
        assert_int_equal(f[0].offset, 7);
        assert_int_equal(f[0].severity, HTTPSTATUS_SEVERITY_INFO);
    }

    /* a 1xx with Transfer-Encoding: cited where the field's own section says so */
    assert_int_equal(http_status_lint(r100, sizeof r100 - 1, "GET", NULL, f, 4), 1);
    assert_string_equal(f[0].rule, "field-forbidden");
    assert_string_equal(f[0].field, "Transfer-Encoding");
    assert_string_equal(f[0].reference, "RFC 9112, Section 6.1");
    assert_int_equal(f[0].offset, strlen("HTTP/1.1 100 Continue\r\n"));
}
#endif

/* Interim responses, a 101's other protocol, curl's output and chains. */
static void test_responses_in_a_row(void **state)
{
    static const char upgrade[] = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\n\r\n\x81\x05hello";
    static const char chain[] = "HTTP/1.1 301 Moved Permanently\r\n" DATE
                                "Location: /b\r\nContent-Length: 5\r\n\r\n"
                                "HTTP/1.1 200 OK\r\n" DATE TE "hello";
    static const char h2[] = "HTTP/2 200 \r\ndate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\nhello";
    struct http_status_lint_message m[3];
    struct http_status_lint_options o;
    struct http_status_finding f[4];
    size_t count = 0;
    (void)state;
    assert_int_equal(http_status_lint(upgrade, sizeof upgrade - 1, "GET", NULL, f, 4), 0);

    /* as curl -siL prints: the redirect's content left out, chunks decoded */
    memset(&o, 0, sizeof o);
    o.flags = HTTPSTATUS_LINT_DECODED | HTTPSTATUS_LINT_SEQUENCE;
    o.messages = m;
    o.message_size = 3;
    o.message_count = &count;
    assert_int_equal(http_status_lint(chain, sizeof chain - 1, "GET", &o, f, 4), 0);
    assert_int_equal(count, 2);
    assert_int_equal(m[0].code, 301);
    assert_int_equal(m[0].content_length, 0);
    assert_int_equal(m[1].code, 200);
    assert_int_equal(m[1].offset, strstr(chain, "HTTP/1.1 200") - chain);
    assert_int_equal(m[1].content_length, 5);
    /* the same bytes read raw: the 301's content is 5 bytes of the next head,
     * and what follows is no response */
    assert_true(http_status_lint(chain, sizeof chain - 1, "GET", NULL, f, 4) >= 1);
    assert_string_equal(f[0].rule, "trailing-bytes");

    /* fewer entries than responses: the count is still all of them */
    o.message_size = 1;
    m[1].code = -1;
    assert_int_equal(http_status_lint(chain, sizeof chain - 1, "GET", &o, f, 4), 0);
    assert_int_equal(count, 2);
    assert_int_equal(m[0].code, 301);
    assert_int_equal(m[1].code, -1);
    o.message_size = 3;

    {
        static const char bad[] = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 999 Nope\r\n\r\n";
        static const char cut[] = "HTTP/1.1 200 OK\r\nDate: Sun";
        o.flags = 0;
        http_status_lint(bad, sizeof bad - 1, "GET", &o, f, 4);
        assert_int_equal(count, 2);
        assert_int_equal(m[1].code, 0);
        assert_int_equal(m[1].offset, strlen("HTTP/1.1 100 Continue\r\n\r\n"));
        http_status_lint(cut, sizeof cut - 1, "GET", &o, f, 4);
        assert_int_equal(count, 1);
        assert_int_equal(m[0].code, 200);
        assert_int_equal(m[0].content_offset, sizeof cut - 1);
        assert_int_equal(m[0].content_length, 0);
    }
    o.flags = 0;
    assert_int_equal(http_status_lint(h2, sizeof h2 - 1, "GET", &o, f, 4), 0);
    assert_int_equal(count, 1);
    assert_int_equal(m[0].major, 2);
    assert_int_equal(m[0].content_length, 5);
}

/* snprintf's contract, and bad arguments. */
static void test_counts_and_arguments(void **state)
{
    static const char bad[] = "HTTP/1.1 204 No Content\nServer : x\r\n folded\r\n"
                              "Content-Length: 1, 2\r\n\r\nX";
    struct http_status_finding all[ROOM], some[2];
    size_t n, i;
    (void)state;
    n = http_status_lint(bad, sizeof bad - 1, "GET", NULL, all, ROOM);
    assert_true(n >= 5);
    assert_int_equal(http_status_lint(bad, sizeof bad - 1, "GET", NULL, NULL, 0), n);
    assert_int_equal(http_status_lint(bad, sizeof bad - 1, "GET", NULL, NULL, 5), n);
    assert_int_equal(http_status_lint(bad, sizeof bad - 1, "GET", NULL, some, 2), n);
    for (i = 0; i < 2; i++) {
        assert_string_equal(some[i].rule, all[i].rule);
        assert_int_equal(some[i].offset, all[i].offset);
    }
    /* nothing at all is one incomplete message */
    assert_int_equal(http_status_lint(NULL, 0, NULL, NULL, all, ROOM), 1);
    assert_string_equal(all[0].rule, "message-incomplete");
    assert_int_equal(http_status_lint(NULL, 10, NULL, NULL, all, ROOM), 1);
    assert_int_equal(all[0].offset, 0);
    assert_string_equal(http_status_severity_name(HTTPSTATUS_SEVERITY_INFO), "info");
    assert_null(http_status_severity_name(HTTPSTATUS_SEVERITY_NONE));
    assert_null(http_status_severity_name((enum http_status_severity)99));
}

/* The grammar and framing details: each input with a rule that must be
 * found (1) or must not be (0). The second kind are correct forms a lazy
 * reading of the grammar would flag. */
struct detail {
    const char *input;
    size_t len;
    const char *method;
    unsigned flags;
    const char *rule;
    int present;
};

#define R200(fields) "HTTP/1.1 200 OK\r\n" DATE fields
#define R206(range) "HTTP/1.1 206 Partial Content\r\n" DATE "Content-Range: " range "\r\n" EMPTY
#define R405(allow) "HTTP/1.1 405 Method Not Allowed\r\n" DATE "Allow: " allow "\r\n" EMPTY
#define CHUNKED(body) R200(TE) body

static const struct detail details[] = {
    /* status lines */
    {BYTES("HTTP/2 999 \r\n\r\n"), "GET", 0, "status-code-invalid", 1},
    {BYTES("HTTP/2 200\r\ndate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\nhi"), "GET", 0, "status-line-malformed", 0},
    {BYTES("HTTP/3 204 \r\ndate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n"), "GET", 0, "content-forbidden", 0},
    {BYTES("HTTP/2 20"), "GET", 0, "message-incomplete", 1},
    {BYTES("HTTP/1.1 200 OK"), "GET", 0, "message-incomplete", 1},
    {BYTES("XTTP/1.1 200 OK"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/1.1 2x0 OK\r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/1.1 099 Low\r\n\r\n"), "GET", 0, "status-code-invalid", 1},
    {BYTES("HTTP/1.1 20\r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/1.1 306 \r\n" DATE EMPTY), "GET", 0, "status-code-unregistered", 1},
    {BYTES("HTTP/1.1 418 I'm a teapot\r\n" DATE EMPTY), "GET", 0, "reason-phrase-differs", 0},
    {BYTES("HTTP/1.1 499 Client Closed Request\r\n" DATE EMPTY), "GET", 0, "status-code-unregistered", 1},
    {BYTES("HTTP/1.1 200 \r\n" DATE EMPTY), "GET", 0, "reason-phrase-differs", 0},
    {BYTES("HTTP/1.1 200 O\x80K\r\n" DATE EMPTY), "GET", 0, "status-line-malformed", 0},
    /* field lines */
    {BYTES(R200(": x\r\n" EMPTY)), "GET", 0, "field-name-invalid", 1},
    {BYTES(R200("Server\t: x\r\n" EMPTY)), "GET", 0, "field-space-before-colon", 1},
    {BYTES(R200("X: a\x7f\r\n" EMPTY)), "GET", 0, "field-value-invalid", 1},
    {BYTES(R200("X: caf\xc3\xa9\r\n" EMPTY)), "GET", 0, "field-value-invalid", 0},
    {BYTES("HTTP/1.1 200 OK\r\n x\r\n" DATE EMPTY), "GET", 0, "field-obs-fold", 0},
    {BYTES(R200("X: 1\r\n")), "GET", 0, "message-incomplete", 1},
    {BYTES(R200("X: 1\r\n")), "GET", HTTPSTATUS_LINT_PARTIAL, "capture-truncated", 1},
    {BYTES(R200("X: 1")), "GET", 0, "message-incomplete", 1},
    /* Content-Length */
    {BYTES(R200("Content-Length: 99999999999999999999\r\n\r\n")), "GET", 0, "content-length-invalid", 1},
    {BYTES(R200("Content-Length: 1,\r\n\r\nh")), "GET", 0, "content-length-invalid", 1},
    {BYTES(R200("Content-Length: 1,\r\n\r\nh")), "GET", 0, "trailing-bytes", 0},
    {BYTES(R200("Content-Length: ,\r\n\r\n")), "GET", 0, "content-length-invalid", 1},
    {BYTES(R200("Content-Length: x\r\nContent-Length: 1\r\n\r\nh")), "GET", 0, "trailing-bytes", 0},
    {BYTES(R200("Content-Length: 1\r\nContent-Length: x\r\n\r\nh")), "GET", 0, "content-length-invalid", 1},
    /* Transfer-Encoding */
    {BYTES(R200("Transfer-Encoding: chunked ,\r\n\r\n0\r\n\r\n")), "GET", 0, "transfer-encoding-not-chunked", 0},
    {BYTES(R200("Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")), "GET", 0,
     "transfer-encoding-not-chunked", 0},
    {BYTES(R200("Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\nxyz")), "GET", 0,
     "transfer-encoding-not-chunked", 1},
    {BYTES(CHUNKED("hello")), "GET", HTTPSTATUS_LINT_DECODED, "chunk-size-invalid", 0},
    /* chunks */
    {BYTES(CHUNKED("A\r\n0123456789\r\n0\r\n\r\n")), "GET", 0, "chunk-size-invalid", 0},
    {BYTES(CHUNKED("a\r\n0123456789\r\n0\r\n\r\n")), "GET", 0, "chunk-size-invalid", 0},
    {BYTES(CHUNKED("11111111111111111\r\n")), "GET", 0, "chunk-size-invalid", 1},
    {BYTES(CHUNKED("2 ;a\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 0},
    {BYTES(CHUNKED("2;a \r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 0},
    {BYTES(CHUNKED("2; a=b\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 0},
    {BYTES(CHUNKED("2;a = b;c\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 0},
    {BYTES(CHUNKED("2x\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 1},
    {BYTES(CHUNKED("2;a=\"x\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 1},
    {BYTES(CHUNKED("2;a=\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 1},
    {BYTES(CHUNKED("2;\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 1},
    {BYTES(CHUNKED("2\r\nhi\n0\r\n\r\n")), "GET", 0, "line-end-bare-lf", 1},
    {BYTES(CHUNKED("2\r\nhi")), "GET", 0, "message-incomplete", 1},
    {BYTES(CHUNKED("2\r\nhi\r")), "GET", 0, "message-incomplete", 1},
    {BYTES(CHUNKED("2\r\nh")), "GET", 0, "message-incomplete", 1},
    {BYTES(CHUNKED("2\r\n")), "GET", 0, "message-incomplete", 1},
    {BYTES(CHUNKED("0\r\n")), "GET", 0, "message-incomplete", 1},
    {BYTES(CHUNKED("")), "GET", 0, "message-incomplete", 1},
    {BYTES(CHUNKED("0\r\n: x\r\n\r\n")), "GET", 0, "trailer-invalid", 1},
    {BYTES(CHUNKED("0\r\nX-T 1\r\n\r\n")), "GET", 0, "trailer-invalid", 1},
    /* Date and Retry-After */
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 UTC\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sxn, 06 Nov 1994 08:49:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Xov 1994 08:49:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 0x Nov 1994 08:49:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 503 Service Unavailable\r\nRetry-After: Sun, 06 Nov 1994 08:49:37 GMT\r\n" EMPTY),
     "GET", 0, "retry-after-invalid", 0},
    {BYTES("HTTP/1.1 503 Service Unavailable\r\nRetry-After: \r\n" EMPTY), "GET", 0, "retry-after-invalid", 1},
    {BYTES("HTTP/1.1 503 Service Unavailable\r\n" EMPTY), "GET", 0, "date-missing", 0},
    {BYTES("HTTP/1.1 200 OK\r\n" EMPTY), "GET", HTTPSTATUS_LINT_NO_CLOCK, "date-missing", 0},
    /* Allow */
    {BYTES(R405("")), "PUT", 0, "allow-invalid", 0},
    {BYTES(R405("GET , POST")), "PUT", 0, "allow-invalid", 0},
    {BYTES(R405("GET, /x")), "PUT", 0, "allow-invalid", 1},
    {BYTES(R405("GET POST")), "PUT", 0, "allow-invalid", 1},
    {BYTES(R405("GET , DELETE")), "DELETE", 0, "allow-lists-method", 1},
    {BYTES(R405("GETX, DELETEX")), "DELETE", 0, "allow-lists-method", 0},
    {BYTES(R405("GET")), NULL, 0, "allow-lists-method", 0},
    /* Content-Range */
    {BYTES(R206("bytes=0-1/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("items 0-1/5")), "GET", 0, "content-range-invalid", 0},
    {BYTES(R206("bytes 0-1/*")), "GET", 0, "content-range-invalid", 0},
    {BYTES(R206("bytes */5")), "GET", 0, "content-range-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\n" DATE "Content-Range: bytes */5\r\n" EMPTY), "GET", 0,
     "content-range-invalid", 0},
    {BYTES(R206("bytes 1-0/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-5/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-1")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes *")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes */")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes */5x")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-1/*x")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-1/5x")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("items ")), "GET", 0, "content-range-invalid", 1},
    {BYTES("HTTP/1.1 416 Range Not Satisfiable\r\n" DATE "Content-Range: items */5\r\n" EMPTY), "GET", 0,
     "content-range-invalid", 1},
    {BYTES("HTTP/1.1 416 Range Not Satisfiable\r\n" DATE EMPTY), "GET", 0, "field-missing", 1},
    /* Location */
    {BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /a%2\r\n" EMPTY), "GET", 0, "location-invalid", 1},
    {BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /a%zz\r\n" EMPTY), "GET", 0, "location-invalid", 1},
    {BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /a%2z\r\n" EMPTY), "GET", 0, "location-invalid", 1},
    {BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: http://[::1]:8080/x?q=1#f\r\n" EMPTY), "GET", 0,
     "location-invalid", 0},
    {BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /caf\xc3\xa9\r\n" EMPTY), "GET", 0,
     "location-invalid", 1},
    /* responses in a row, and where no content may be */
    {BYTES("HTTP/1.1 100 Continue\r\n\r\n"), "GET", 0, "message-incomplete", 1},
    {BYTES(R200("Content-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\n" DATE EMPTY)), "HEAD", 0, "trailing-bytes", 1},
    {BYTES("HTTP/1.1 200 Connection Established\r\n" DATE "\r\n\x16\x03\x01"), "CONNECT", 0,
     "content-forbidden", 0},
    {BYTES("HTTP/1.1 303 See Other\r\n" DATE "Location: /b\r\nContent-Length: 0\r\n\r\n"
           "HTTP/1.1 200 OK\r\n" DATE "Content-Length: 0\r\n\r\n"), "POST", HTTPSTATUS_LINT_SEQUENCE,
     "trailing-bytes", 0},
    {BYTES("HTTP/1.1 404 Not Found\r\n" DATE "Content-Length: 0\r\n\r\n"
           "HTTP/1.1 200 OK\r\n" DATE "Content-Length: 0\r\n\r\n"), "GET", HTTPSTATUS_LINT_SEQUENCE,
     "trailing-bytes", 0},
    {BYTES("HTTP/1.0 200 OK\r\n" DATE "Transfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n0\r\n\r\n"), "GET", 0,
     "transfer-encoding-with-content-length", 1},
    {BYTES("HTTP/1.1 204 No Content\r\n" DATE "\r\nX"), "GET", 0, "content-forbidden", 1},
    {BYTES(R200("X: 1\r\nY: 2\r\n" EMPTY)), "GET", 0, "head-too-large", 0},
    /* more corners */
    {BYTES("HTTP/1.1 511 Network Authentication Required\r\n" DATE "WWW-Authenticate: Basic\r\n" EMPTY),
     "GET", 0, "field-forbidden", 1},
    {BYTES("HTTP/1.1 201 Created\r\n" DATE EMPTY), "PUT", 0, "field-missing", 0},
    {BYTES("HTTP/1.1 206 Partial Content\r\n" DATE "Content-Type: application/octet-stream\r\n" EMPTY),
     "GET", 0, "field-missing", 1},
    {BYTES(CHUNKED("0\r\nXT\r\n\r\n")), "GET", 0, "trailer-invalid", 1},
    {BYTES(CHUNKED("2\r\nhi\rX0\r\n\r\n")), "GET", 0, "chunk-size-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: chunked\n\n"
           "2\nhi\n0\n\n"), "GET", 0, "line-end-bare-lf", 1},
    {BYTES(CHUNKED("2;a b\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-extension-invalid", 1},
    {BYTES("HTTP/1.1 200 Ok\r\n" DATE EMPTY), "GET", 0, "reason-phrase-differs", 1},
    {BYTES("HTTP/1.1 6\r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/1.1 6x0 X\r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/2 2000 \r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/2 20x \r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/2 \r\n\r\n"), "GET", 0, "status-line-malformed", 1},
    {BYTES("HTTP/3 2"), "GET", 0, "message-incomplete", 1},
    {BYTES("HTT"), "GET", 0, "message-incomplete", 1},
    {BYTES("HTTP/1.1 301 Moved Permanently\r\n" DATE "Location: /a\0b\r\n" EMPTY), "GET", 0,
     "location-invalid", 1},
    {BYTES(R206("bytes 0-1/")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes x-1/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0x1/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-x/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes 0-1x5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("bytes *x")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R206("(bytes 0-1/5")), "GET", 0, "content-range-invalid", 1},
    {BYTES(R405("GET,, POST")), "PUT", 0, "allow-invalid", 1},
    {BYTES(R405(", GET")), "PUT", 0, "allow-invalid", 1},
    {BYTES(R405("GET,")), "PUT", 0, "allow-invalid", 1},
    /* what a review found */
    {BYTES("HTTP/1.1 205 Reset Content\r\n" DATE "Content-Length: 5\r\n\r\nhello"), "POST", 0,
     "content-forbidden", 1},
    {BYTES("HTTP/1.1 205 Reset Content\r\n" DATE EMPTY), "POST", 0, "content-forbidden", 0},
    {BYTES("HTTP/1.1 405 Method Not Allowed\r\n" DATE "Content-Length: 0\r\n"), "DELETE", 0,
     "field-missing", 0},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 36 Nov 1994 08:49:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT+1\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\0\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 00 Nov 1994 08:49:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 28:49:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:69:37 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:61 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 1},
    {BYTES("HTTP/1.1 200 OK\r\nDate: Sat, 31 Dec 2016 23:59:60 GMT\r\n" EMPTY), "GET", 0, "date-invalid", 0},
    {BYTES("HTTP/2.0 200 OK\r\n" DATE TE "0\r\n\r\n"), "GET", 0, "transfer-encoding-http10", 0},
    {BYTES(CHUNKED("00000000000000002\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-size-invalid", 0},
    {BYTES(CHUNKED("10000000000000000\r\nhi\r\n0\r\n\r\n")), "GET", 0, "chunk-size-invalid", 1},
    {BYTES(R200("Content-Length: 18446744073709551615\r\n\r\n")), "GET", HTTPSTATUS_LINT_PARTIAL,
     "content-length-invalid", 0},
    {BYTES(R200("Content-Length: 18446744073709551616\r\n\r\n")), "GET", 0, "content-length-invalid", 1},
    {BYTES(R200("Content-Length: 1 \r\n\r\nh")), "GET", 0, "content-length-invalid", 0},
    {BYTES(R200("Content-Length: 1,2\r\n\r\nh")), "GET", 0, "content-length-conflict", 1},
    {BYTES(R200("Transfer-Encoding: gzip chunked\r\n\r\n0\r\n\r\n")), "GET", 0,
     "transfer-encoding-not-chunked", 0},
    {BYTES("HTTP/1.1 200 OK\n\n"), "GET", HTTPSTATUS_LINT_NO_CLOCK, "line-end-bare-lf", 1},
    {BYTES(R200(EMPTY "HTTP/1.1 103 Early Hints\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n")), "GET", 0,
     "message-incomplete", 0},
};

static void test_details(void **state)
{
    size_t k;
    unsigned wrong = 0;
    (void)state;
    for (k = 0; k < sizeof details / sizeof details[0]; k++) {
        const struct detail *d = &details[k];
        struct http_status_lint_options o;
        struct http_status_finding f[ROOM];
        size_t n, hits;
        memset(&o, 0, sizeof o);
        o.flags = d->flags;
        n = http_status_lint(d->input, d->len, d->method, &o, f, ROOM);
        hits = count_rule(f, n, d->rule);
        if (needs_the_rules(d->rule))
            continue;
        if ((hits > 0) != d->present) {
            print_error("detail %lu: %s %s; found:\n", (unsigned long)k, d->rule,
                        d->present ? "not found" : "found");
            print_findings(f, n);
            wrong++;
        }
    }
    if (wrong)
        fail_msg("%u details went wrong", wrong);
}

#ifdef HAVE_GUARD_PAGE
/* Every prefix of every case, placed so that the byte after it is on an
 * unreadable page: a read past the input crashes, sanitizer or not. */
static void test_no_read_past_the_input(void **state)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE), k, n;
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    (void)state;
    assert_true(map != MAP_FAILED);
    assert_int_equal(mprotect(map + page, page, PROT_NONE), 0);
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const struct lint_case *c = &cases[k];
        for (n = 0; n <= c->breaks_len && n < page; n++) {
            struct http_status_finding f[ROOM];
            char *at = map + page - n;
            memcpy(at, c->breaks, n);
            assert_int_equal(lint(at, n, c, f), lint(c->breaks, n, c, f));
        }
    }
    munmap(map, 2 * page);
}
#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_rule_broken_and_kept),
        cmocka_unit_test(test_every_rule_has_a_case),
#if HTTPSTATUS_HAS_RULES
        cmocka_unit_test(test_findings_from_the_table),
#endif
        cmocka_unit_test(test_responses_in_a_row),
        cmocka_unit_test(test_counts_and_arguments),
        cmocka_unit_test(test_details),
#ifdef HAVE_GUARD_PAGE
        cmocka_unit_test(test_no_read_past_the_input),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
