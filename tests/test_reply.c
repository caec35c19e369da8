/*
 * http_status_body(), http_status_date() and http_status_reply(): every
 * response they write for every code, method and format frames exactly and
 * keeps the table's rules and the linter's; what they refuse is what RFC
 * 9110 makes a MUST (written out by hand here, not read from the library);
 * and no byte of a value or a detail escapes its place.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "httpstatus.h"
#include "reply_fields.h"

#define DATE SAMPLE_DATE

/*
 * After a writer with snprintf()'s contract filled cut (all 'x' before) with
 * room for size bytes and returned got: got is the whole length n, cut holds
 * a prefix of full and its NUL, and nothing was written at cut[size].
 */
static void check_cut(const char *full, size_t n, const char *cut, size_t size, size_t got)
{
    assert_int_equal(got, n);
    if (size > 0) {
        size_t k = size - 1 < n ? size - 1 : n;
        assert_memory_equal(cut, full, k);
        assert_int_equal(cut[k], '\0');
    }
    if (size <= n)
        assert_int_equal(cut[size], 'x');
}

/* ---- http_status_date ---------------------------------------------------- */

/* The C library's formatting of the same instant, in the C locale; 0 when
 * the C library cannot (Windows' gmtime stops at 1970). */
static int libc_date(char *out, size_t size, long long seconds)
{
    time_t t = (time_t)seconds;
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL)
        return 0;
    assert_int_equal(strftime(out, size, "%a, %d %b %Y %H:%M:%S GMT", &tm), 29);
    return 1;
}

static void test_date_matches_libc(void **state)
{
    static const long long instants[] = {
        0, 1, -1, 59, 60, 86399, 86400, 784111777, 951782400 /* 2000-02-29 */,
        951868800, 4107542400LL /* 2100-03-01 */, 4107456000LL, 1709164800 /* 2024-02-29 */,
        -2203891200LL /* 1900-02-28 */, -2208988800LL /* 1900-01-01 */, 2147483647LL,
        2147483648LL, 253402300799LL /* 9999-12-31 23:59:59 */,
        -30610224000LL /* 1000-01-01, the first year strftime pads to four digits */,
        13569465600LL /* 2400-01-01 */, 13574563200LL /* 2400-02-29 */,
        978220800LL /* 2000-12-31, the last day of a 400-year cycle */, 978307199LL,
        13601087999LL /* 2400-12-31 23:59:59 */};
    char mine[40], theirs[40];
    size_t i;
    long long t;
    (void)state;
    for (i = 0; i < sizeof instants / sizeof instants[0]; i++) {
        if (sizeof(time_t) < 8 && (instants[i] > 2147483647LL || instants[i] < -2147483647LL))
            continue;
        assert_int_equal(http_status_date(mine, sizeof mine, instants[i]), 29);
        if (libc_date(theirs, sizeof theirs, instants[i]))
            assert_string_equal(mine, theirs);
    }
    /* every day of four centuries around now, at an odd second */
    if (sizeof(time_t) >= 8) {
        for (t = -4102444800LL; t < 8520000000LL; t += 86400 + 3607) {
            http_status_date(mine, sizeof mine, t);
            if (libc_date(theirs, sizeof theirs, t))
                assert_string_equal(mine, theirs);
        }
    }
}

static void test_date_contract(void **state)
{
    char buf[40], full[40];
    size_t size;
    (void)state;
    assert_int_equal(http_status_date(full, sizeof full, 784111777), 29);
    assert_string_equal(full, DATE);
    for (size = 0; size <= 31; size++) {
        memset(buf, 'x', sizeof buf);
        check_cut(full, 29, buf, size, http_status_date(buf, size, 784111777));
    }
    assert_int_equal(http_status_date(NULL, 100, 0), 29);
    /* before 1970, written out for C libraries that cannot go there */
    http_status_date(buf, sizeof buf, -2208988800LL);
    assert_string_equal(buf, "Mon, 01 Jan 1900 00:00:00 GMT");
    http_status_date(buf, sizeof buf, -1);
    assert_string_equal(buf, "Wed, 31 Dec 1969 23:59:59 GMT");
    /* the first and last instants of four-digit years */
    http_status_date(buf, sizeof buf, -62135596800LL);
    assert_string_equal(buf, "Mon, 01 Jan 0001 00:00:00 GMT");
    http_status_date(buf, sizeof buf, 253402300799LL);
    assert_string_equal(buf, "Fri, 31 Dec 9999 23:59:59 GMT");
    memset(buf, 'x', sizeof buf);
    assert_int_equal(http_status_date(buf, sizeof buf, 253402300800LL), 0);
    assert_string_equal(buf, "");
    assert_int_equal(http_status_date(buf, sizeof buf, -62135596801LL), 0);
    assert_int_equal(http_status_date(buf, sizeof buf, -9223372036854775807LL - 1), 0);
    assert_int_equal(http_status_date(buf, sizeof buf, 9223372036854775807LL), 0);
}

/* ---- http_status_body ---------------------------------------------------- */

static const char *body_of(int code, enum http_status_format format, const char *detail,
                           const char *lang)
{
    static char buf[8192];
    size_t n = http_status_body_in(buf, sizeof buf, code, format, detail, lang);
    assert_true(n < sizeof buf);
    assert_int_equal(strlen(buf), n);
    return buf;
}

static void test_body_shapes(void **state)
{
    const char *b;
    (void)state;
    b = body_of(404, HTTPSTATUS_FORMAT_TEXT, "no user 42", NULL);
    assert_memory_equal(b, "404 Not Found\nno user 42\n", 25);
    assert_string_equal(body_of(299, HTTPSTATUS_FORMAT_TEXT, NULL, NULL), "299\n");
    assert_string_equal(body_of(299, HTTPSTATUS_FORMAT_TEXT, "", NULL), "299\n");
    assert_string_equal(body_of(404, HTTPSTATUS_FORMAT_JSON, NULL, NULL),
                        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}\n");
    assert_string_equal(body_of(499, HTTPSTATUS_FORMAT_JSON, "x", NULL),
                        "{\"type\":\"about:blank\",\"status\":499,\"detail\":\"x\"}\n");
    assert_string_equal(body_of(200, HTTPSTATUS_FORMAT_JSON, NULL, NULL),
                        "{\"title\":\"OK\",\"status\":200}\n");
    b = body_of(418, HTTPSTATUS_FORMAT_HTML, NULL, NULL);
    assert_non_null(strstr(b, "<title>418</title>"));
    assert_non_null(strstr(b, "<h1>418</h1>"));
    b = body_of(503, HTTPSTATUS_FORMAT_HTML, NULL, NULL);
    assert_memory_equal(b, "<!DOCTYPE html>\n<html lang=\"en\">", 32);
    assert_non_null(strstr(b, "<title>503 Service Unavailable</title>"));
    assert_string_equal(http_status_media_type(HTTPSTATUS_FORMAT_JSON, 503),
                        "application/problem+json");
    assert_string_equal(http_status_media_type(HTTPSTATUS_FORMAT_JSON, 399), "application/json");
    assert_string_equal(http_status_media_type(HTTPSTATUS_FORMAT_HTML, 100),
                        "text/html; charset=utf-8");
    assert_string_equal(http_status_media_type(HTTPSTATUS_FORMAT_TEXT, 599),
                        "text/plain; charset=utf-8");
    assert_null(http_status_media_type(HTTPSTATUS_FORMAT_TEXT, 600));
    assert_null(http_status_media_type((enum http_status_format)3, 200));
    assert_string_equal(http_status_format_name(HTTPSTATUS_FORMAT_JSON), "json");
    assert_null(http_status_format_name((enum http_status_format)-1));
#if HTTPSTATUS_HAS_DESCRIPTIONS
    /* the description follows, in the language asked for */
    b = body_of(404, HTTPSTATUS_FORMAT_TEXT, NULL, NULL);
    assert_memory_equal(b + 14, http_status_description(404), strlen(b) - 15);
    assert_string_equal(b + strlen(b) - 1, "\n");
    b = body_of(404, HTTPSTATUS_FORMAT_HTML, NULL, "ko-KR");
    assert_non_null(strstr(b, "<p lang=\"ko\">"));
    assert_non_null(strstr(b, http_status_description_in(404, 0, "ko")));
    assert_non_null(strstr(b, "<title>404 Not Found</title>"));
    b = body_of(404, HTTPSTATUS_FORMAT_HTML, NULL, "fr");
    assert_null(strstr(b, "lang=\"ko\""));
    assert_non_null(strstr(b, "<p>The origin server"));
    b = body_of(404, HTTPSTATUS_FORMAT_TEXT, NULL, "ko");
    assert_non_null(strstr(b, http_status_description_in(404, 0, "ko")));
    /* JSON is the same in every language */
    assert_string_equal(body_of(404, HTTPSTATUS_FORMAT_JSON, "d", "ko"),
                        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        "\"detail\":\"d\"}\n");
#endif
}

static void test_body_bad_arguments(void **state)
{
    char buf[16];
    int codes[] = {-1, 0, 99, 600, 1000, -404};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        memset(buf, 'x', sizeof buf);
        assert_int_equal(http_status_body(buf, sizeof buf, codes[i], HTTPSTATUS_FORMAT_HTML, "d"), 0);
        assert_string_equal(buf, "");
    }
    memset(buf, 'x', sizeof buf);
    assert_int_equal(http_status_body(buf, sizeof buf, 200, (enum http_status_format)7, "d"), 0);
    assert_string_equal(buf, "");
    assert_true(http_status_body(NULL, 0, 200, HTTPSTATUS_FORMAT_HTML, NULL) > 100);
    assert_int_equal(http_status_body(NULL, 50, 200, HTTPSTATUS_FORMAT_TEXT, NULL),
                     http_status_body(buf, sizeof buf, 200, HTTPSTATUS_FORMAT_TEXT, NULL));
}

/* Every size cuts the body to a NUL-terminated prefix of it, and the
 * result stays the whole length. */
static void test_body_truncates_like_snprintf(void **state)
{
    char full[4096], cut[4096];
    enum http_status_format f;
    size_t n, size;
    (void)state;
    for (f = HTTPSTATUS_FORMAT_TEXT; f <= HTTPSTATUS_FORMAT_JSON; f++) {
        n = http_status_body(full, sizeof full, 405, f, "a\xe2\x82<\"");
        assert_true(n > 0 && n < sizeof full);
        for (size = 0; size <= n + 1; size++) {
            memset(cut, 'x', sizeof cut);
            check_cut(full, n, cut, size, http_status_body(cut, size, 405, f, "a\xe2\x82<\""));
        }
    }
}

/* The detail as each format writes it: the expected text written out. */
struct escape_case {
    const char *detail;
    const char *text, *html, *json;
};

static const struct escape_case escapes[] = {
    {"plain", "plain", "plain", "plain"},
    {"<a href='x'>&\"</a>", "<a href='x'>&\"</a>",
     "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;", "<a href='x'>&\\\"</a>"},
    {"back\\slash/", "back\\slash/", "back\\slash/", "back\\\\slash/"},
    {"tab\tnl\ncr\r", "tab\tnl\ncr\r", "tab\tnl\ncr\r", "tab\\tnl\\ncr\\r"},
    {"\x01\x1f\x7f", "\x01\x1f\x7f", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "\\u0001\\u001f\x7f"},
    {"\x0c", "\x0c", "\xEF\xBF\xBD", "\\u000c"},
    /* valid UTF-8 goes through: 사, U+20AC, U+1F600, U+2028 */
    {"\xEC\x82\xAC\xE2\x82\xAC\xF0\x9F\x98\x80\xE2\x80\xA8",
     "\xEC\x82\xAC\xE2\x82\xAC\xF0\x9F\x98\x80\xE2\x80\xA8",
     "\xEC\x82\xAC\xE2\x82\xAC\xF0\x9F\x98\x80\xE2\x80\xA8",
     "\xEC\x82\xAC\xE2\x82\xAC\xF0\x9F\x98\x80\xE2\x80\xA8"},
    /* one U+FFFD per maximal invalid subpart: a lone continuation byte,
     * an overlong form (two), a surrogate (three), above U+10FFFF (four),
     * a sequence cut short (one), bytes that never start one */
    {"\x80", "\xEF\xBF\xBD", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
    {"\xC0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"\xE2\x82x", "\xEF\xBF\xBDx", "\xEF\xBF\xBDx", "\xEF\xBF\xBDx"},
    {"\xE0\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"\xE0\xA0\x80", "\xE0\xA0\x80", "\xE0\xA0\x80", "\xE0\xA0\x80"},
    {"\xF0\x9F\x98", "\xEF\xBF\xBD", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
    {"\xF5\xFF", "\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD"},
    /* characters HTML does not allow: a C1 control, noncharacters */
    {"\xC2\x85\xEF\xB7\x90\xEF\xBF\xBE\xF4\x8F\xBF\xBF", "\xC2\x85\xEF\xB7\x90\xEF\xBF\xBE\xF4\x8F\xBF\xBF",
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xC2\x85\xEF\xB7\x90\xEF\xBF\xBE\xF4\x8F\xBF\xBF"},
};

static void test_body_escapes_detail(void **state)
{
    size_t i;
    char want[512];
    (void)state;
    for (i = 0; i < sizeof escapes / sizeof escapes[0]; i++) {
        const struct escape_case *c = &escapes[i];
        snprintf(want, sizeof want, "405 Method Not Allowed\n%s\n", c->text);
        assert_memory_equal(body_of(405, HTTPSTATUS_FORMAT_TEXT, c->detail, NULL), want,
                            strlen(want));
        snprintf(want, sizeof want, "</h1>\n<p>%s</p>\n", c->html);
        assert_non_null(strstr(body_of(405, HTTPSTATUS_FORMAT_HTML, c->detail, NULL), want));
        snprintf(want, sizeof want, "\"status\":405,\"detail\":\"%s\"}\n", c->json);
        assert_non_null(strstr(body_of(405, HTTPSTATUS_FORMAT_JSON, c->detail, NULL), want));
    }
}

/* ---- http_status_reply: what it refuses ---------------------------------- */

/*
 * The codes whose response MUST carry a field, unconditionally, and the
 * field, each with the section whose sentence says so.
 */
static const struct {
    int code;
    enum http_status_field field;
    const char *section;
} required[] = {
    {101, HTTPSTATUS_FIELD_UPGRADE, "RFC 9110, Section 15.2.2"},
    {206, HTTPSTATUS_FIELD_CONTENT_RANGE, "RFC 9110, Section 15.3.7.1, for a single part"},
    {226, HTTPSTATUS_FIELD_ETAG, "RFC 3229, Section 10.4.1"},
    {401, HTTPSTATUS_FIELD_WWW_AUTHENTICATE, "RFC 9110, Section 15.5.2"},
    {405, HTTPSTATUS_FIELD_ALLOW, "RFC 9110, Section 15.5.6"},
    {407, HTTPSTATUS_FIELD_PROXY_AUTHENTICATE, "RFC 9110, Section 15.5.8"},
    {426, HTTPSTATUS_FIELD_UPGRADE, "RFC 9110, Section 15.5.22"},
};

static enum http_status_field required_field(int code)
{
    size_t i;
    for (i = 0; i < sizeof required / sizeof required[0]; i++)
        if (required[i].code == code)
            return required[i].field;
    return HTTPSTATUS_FIELD_NONE;
}

#if HTTPSTATUS_HAS_RULES
/* Gives the value of every field a code needs, in the member or in extra. */
static void give_required(struct http_status_reply *r)
{
    switch (required_field(r->code)) {
    case HTTPSTATUS_FIELD_UPGRADE: r->upgrade = "websocket"; break;
    case HTTPSTATUS_FIELD_CONTENT_RANGE: {
        /* the body is the first bytes of a representation of 100000 */
        static char range[64];
        snprintf(range, sizeof range, "bytes 0-%lu/100000",
                 (unsigned long)http_status_body(NULL, 0, r->code, r->format, r->detail) - 1ul);
        r->content_range = range;
        break;
    }
    case HTTPSTATUS_FIELD_ETAG: r->extra = "ETag: \"v1\"\r\nIM: vcdiff\r\n"; break;
    case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: r->www_authenticate = "Basic realm=\"x\""; break;
    case HTTPSTATUS_FIELD_ALLOW: r->allow = "PUT, DELETE"; break;
    case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: r->proxy_authenticate = "Basic realm=\"x\""; break;
    default: break;
    }
}
#endif

static void test_reply_refuses_missing_fields(void **state)
{
    struct http_status_reply r;
    struct http_status_reply_error e;
    char buf[4096];
    int code;
    (void)state;
    for (code = 100; code <= 599; code++) {
        enum http_status_field need = required_field(code);
        size_t n;
        memset(&r, 0, sizeof r);
        r.code = code;
        memset(buf, 'x', sizeof buf);
        n = http_status_reply(buf, sizeof buf, &r, &e);
#if HTTPSTATUS_HAS_RULES
        if (need != HTTPSTATUS_FIELD_NONE) {
            if (n != 0)
                fail_msg("%d was written without %s", code, http_status_field_name(need));
            assert_string_equal(buf, "");
            assert_int_equal(e.code, HTTPSTATUS_REPLY_FIELD_MISSING);
            assert_int_equal(e.field, need);
            assert_string_equal(e.field_name, http_status_field_name(need));
            assert_non_null(e.reference);
            assert_string_equal(http_status_reply_error_name(e.code), "field-missing");
            give_required(&r);
            n = http_status_reply(buf, sizeof buf, &r, &e);
        }
#else
        (void)need; /* without rules nothing is refused */
#endif
        if (n == 0)
            fail_msg("%d refused: %s", code, http_status_reply_error_name(e.code));
        assert_int_equal(e.code, HTTPSTATUS_REPLY_OK);
        assert_null(e.field_name);
        assert_null(e.reference);
    }
}

struct refusal {
    const char *what;
    size_t member;          /* offsetof the string member set, or 0 for extra */
    const char *value;
    enum http_status_reply_error_code error;
    enum http_status_field field;
    size_t offset;
};

#define AT(m) offsetof(struct http_status_reply, m)
static const struct refusal refusals[] = {
    {"CR in Location", AT(location), "/a\rSet-Cookie: x=1", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_LOCATION, 0},
    {"LF in Allow", AT(allow), "GET\nX: y", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_ALLOW, 0},
    {"CRLF in Retry-After", AT(retry_after), "5\r\n\r\n<html>", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_RETRY_AFTER, 0},
    {"a control byte", AT(www_authenticate), "Basic\x01", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_WWW_AUTHENTICATE, 0},
    {"DEL", AT(proxy_authenticate), "Basic\x7f", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_PROXY_AUTHENTICATE, 0},
    {"ESC in Upgrade", AT(upgrade), "h2c\x1b", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_UPGRADE, 0},
    {"LF in Content-Range", AT(content_range), "bytes */5\n", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_CONTENT_RANGE, 0},
    {"CR in Connection", AT(connection), "close\r", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_NONE, 0},
    {"a date in another format", AT(date), "Sunday, 06-Nov-94 08:49:37 GMT",
     HTTPSTATUS_REPLY_DATE_INVALID, HTTPSTATUS_FIELD_DATE, 0},
    {"a date with CRLF", AT(date), DATE "\r\nX: y", HTTPSTATUS_REPLY_DATE_INVALID,
     HTTPSTATUS_FIELD_DATE, 0},
    {"extra without CRLF", 0, "Server: x", HTTPSTATUS_REPLY_EXTRA_INVALID, HTTPSTATUS_FIELD_NONE, 0},
    {"extra with a bare LF", 0, "Server: x\r\nVia: y\n", HTTPSTATUS_REPLY_EXTRA_INVALID,
     HTTPSTATUS_FIELD_NONE, 11},
    {"extra with a bare CR", 0, "Server: x\ry\r\n", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_NONE, 0},
    {"extra with a bare LF in a value", 0, "Location: /x\nSet-Cookie: a=1\r\n",
     HTTPSTATUS_REPLY_VALUE_INVALID, HTTPSTATUS_FIELD_LOCATION, 0},
    {"extra with a blank line", 0, "Server: x\r\n\r\n<p>", HTTPSTATUS_REPLY_EXTRA_INVALID,
     HTTPSTATUS_FIELD_NONE, 11},
    {"extra without a colon", 0, "Server\r\n", HTTPSTATUS_REPLY_EXTRA_INVALID,
     HTTPSTATUS_FIELD_NONE, 0},
    {"extra with space before the colon", 0, "Server : x\r\n", HTTPSTATUS_REPLY_EXTRA_INVALID,
     HTTPSTATUS_FIELD_NONE, 0},
    {"extra folded", 0, "Server: x\r\n y\r\n", HTTPSTATUS_REPLY_EXTRA_INVALID,
     HTTPSTATUS_FIELD_NONE, 11},
    {"a control byte in extra", 0, "Server: x\x01\r\n", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_NONE, 0},
    {"Content-Length in extra", 0, "content-length: 0\r\n", HTTPSTATUS_REPLY_FIELD_RESERVED,
     HTTPSTATUS_FIELD_CONTENT_LENGTH, 0},
    {"Transfer-Encoding in extra", 0, "X: 1\r\nTRANSFER-ENCODING: chunked\r\n",
     HTTPSTATUS_REPLY_FIELD_RESERVED, HTTPSTATUS_FIELD_TRANSFER_ENCODING, 6},
    {"Content-Type in extra", 0, "Content-Type: text/html\r\n", HTTPSTATUS_REPLY_FIELD_RESERVED,
     HTTPSTATUS_FIELD_CONTENT_TYPE, 0},
    {"Date in extra", 0, "Date: " DATE "\r\n", HTTPSTATUS_REPLY_FIELD_RESERVED,
     HTTPSTATUS_FIELD_DATE, 0},
    {"Connection in extra", 0, "Connection: close\r\n", HTTPSTATUS_REPLY_FIELD_RESERVED,
     HTTPSTATUS_FIELD_NONE, 0},
    {"Allow in extra", 0, "Allow: GET\r\n", HTTPSTATUS_REPLY_FIELD_RESERVED,
     HTTPSTATUS_FIELD_ALLOW, 0},
    {"Upgrade in extra", 0, "X: 1\r\nupgrade: h2c\r\n", HTTPSTATUS_REPLY_FIELD_RESERVED,
     HTTPSTATUS_FIELD_UPGRADE, 6},
    {"Content-Range in extra", 0, "Content-Range: bytes */1\r\n",
     HTTPSTATUS_REPLY_FIELD_RESERVED, HTTPSTATUS_FIELD_CONTENT_RANGE, 0},
    {"an empty Upgrade", AT(upgrade), "", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_UPGRADE, 0},
    {"an empty WWW-Authenticate", AT(www_authenticate), "", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_WWW_AUTHENTICATE, 0},
    {"an empty Retry-After", AT(retry_after), "", HTTPSTATUS_REPLY_VALUE_INVALID,
     HTTPSTATUS_FIELD_RETRY_AFTER, 0},
    {"ETag twice in extra", 0, "ETag: \"a\"\r\netag: \"b\"\r\n", HTTPSTATUS_REPLY_FIELD_TWICE,
     HTTPSTATUS_FIELD_ETAG, 11},
};

static void test_reply_refuses_injection(void **state)
{
    char buf[4096];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
        const struct refusal *c = &refusals[i];
        struct http_status_reply r;
        struct http_status_reply_error e;
        memset(&r, 0, sizeof r);
        r.code = 405;
        r.allow = "GET";
        if (c->member != 0)
            memcpy((char *)&r + c->member, &c->value, sizeof c->value);
        else
            r.extra = c->value;
        memset(buf, 'x', sizeof buf);
        if (http_status_reply(buf, sizeof buf, &r, &e) != 0)
            fail_msg("%s was written", c->what);
        assert_string_equal(buf, "");
        if (e.code != c->error || e.field != c->field || e.offset != c->offset)
            fail_msg("%s: %s field %d at %lu", c->what, http_status_reply_error_name(e.code),
                     (int)e.field, (unsigned long)e.offset);
        assert_non_null(http_status_reply_error_name(e.code));
        if (c->field != HTTPSTATUS_FIELD_NONE)
            assert_string_equal(e.field_name, http_status_field_name(c->field));
        else if (strstr(c->what, "Connection") != NULL)
            assert_string_equal(e.field_name, "Connection");
        else
            assert_null(e.field_name);
        /* the same without the bad member or extra is written */
        if (c->member != 0) {
            const char *none = NULL;
            memcpy((char *)&r + c->member, &none, sizeof none);
        } else {
            r.extra = NULL;
        }
        if (r.allow == NULL)
            r.allow = "GET";
        assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    }
}

static void test_reply_other_refusals(void **state)
{
    struct http_status_reply r;
    struct http_status_reply_error e;
    char buf[256];
    int codes[] = {-1, 0, 99, 600, 2147483647};
    size_t i;
    (void)state;
    assert_int_equal(http_status_reply(buf, sizeof buf, NULL, &e), 0);
    assert_int_equal(e.code, HTTPSTATUS_REPLY_CODE_INVALID);
    assert_string_equal(e.reference, "RFC 9110, Section 15");
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        memset(&r, 0, sizeof r);
        r.code = codes[i];
        assert_int_equal(http_status_reply(buf, sizeof buf, &r, &e), 0);
        assert_int_equal(e.code, HTTPSTATUS_REPLY_CODE_INVALID);
    }
    memset(&r, 0, sizeof r);
    r.code = 200;
    r.format = (enum http_status_format)3;
    assert_int_equal(http_status_reply(buf, sizeof buf, &r, &e), 0);
    assert_int_equal(e.code, HTTPSTATUS_REPLY_FORMAT_INVALID);
    assert_null(e.reference);
    r.format = HTTPSTATUS_FORMAT_TEXT;
    r.code = 103;
    r.request_http10 = 1;
    assert_int_equal(http_status_reply(buf, sizeof buf, &r, NULL), 0);
    assert_int_equal(http_status_reply(buf, sizeof buf, &r, &e), 0);
    assert_int_equal(e.code, HTTPSTATUS_REPLY_INTERIM_TO_HTTP10);
    assert_string_equal(e.reference, "RFC 9110, Section 15.2");
    r.code = 200;
    assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    /* RFC 9110, Section 2.5: the server's own version, whatever the request's */
    assert_memory_equal(buf, "HTTP/1.1 200 OK\r\n", 17);
    assert_null(http_status_reply_error_name(HTTPSTATUS_REPLY_OK));
    assert_null(http_status_reply_error_name((enum http_status_reply_error_code)99));
    assert_string_equal(http_status_reply_error_name(HTTPSTATUS_REPLY_TOO_LARGE), "too-large");
}

/* ---- http_status_reply: what it writes ----------------------------------- */

struct parsed {
    char names[32][64];
    const char *fields[32];
    size_t field_count;
    const char *content_length, *content_type;
    size_t head_len;
};

static void split(const char *buf, size_t n, struct parsed *p)
{
    const char *line = strstr(buf, "\r\n") + 2, *end = buf + n;
    memset(p, 0, sizeof *p);
    while (line < end && memcmp(line, "\r\n", 2) != 0) {
        const char *colon = strchr(line, ':'), *eol = strstr(line, "\r\n");
        size_t k = (size_t)(colon - line);
        assert_non_null(colon);
        assert_true(colon < eol);
        assert_true(k < 64 && p->field_count < 32);
        memcpy(p->names[p->field_count], line, k);
        p->fields[p->field_count] = p->names[p->field_count];
        if (strcmp(p->names[p->field_count], "Content-Length") == 0)
            p->content_length = colon + 2;
        if (strcmp(p->names[p->field_count], "Content-Type") == 0)
            p->content_type = colon + 2;
        p->field_count++;
        line = eol + 2;
    }
    assert_true(line < end);
    p->head_len = (size_t)(line + 2 - buf);
}

static const char *const methods[] = {"GET", "HEAD", "POST", "OPTIONS", "CONNECT"};

/*
 * For every code, method and format, with the fields the code needs: the
 * response keeps the table's rules (http_status_check), lints clean of
 * errors and warnings, and frames exactly.
 */
static void test_reply_every_code_is_clean(void **state)
{
    static char buf[16384], lint_input[32768], extra[512];
    struct http_status_lint_options lo = {0};
    struct http_status_finding f[8];
    size_t m;
    int code;
    enum http_status_format fmt;
    (void)state;
    for (code = 100; code <= 599; code++) {
        for (m = 0; m < sizeof methods / sizeof methods[0]; m++) {
            for (fmt = HTTPSTATUS_FORMAT_TEXT; fmt <= HTTPSTATUS_FORMAT_JSON; fmt++) {
                struct http_status_reply r;
                struct http_status_response check = {0};
                struct http_status_violation v[4];
                struct parsed p;
                size_t n, nf, i, input_len, content;
                int connect_2xx = m == 4 && code / 100 == 2;
                memset(&r, 0, sizeof r);
                r.code = code;
                r.method = methods[m];
                r.format = fmt;
                r.date = DATE;
                r.detail = "<\"detail\">\n";
                assert_true(give_fields(&r, extra, sizeof extra));
                n = http_status_reply(buf, sizeof buf, &r, NULL);
                assert_true(n > 0 && n < sizeof buf);
                split(buf, n, &p);
                content = n - p.head_len;

                /* framing */
                if (code / 100 == 1 || code == 204 || code == 304 || connect_2xx) {
                    assert_null(p.content_length);
                } else {
                    char want[24];
                    size_t get_len = http_status_body(NULL, 0, code, fmt, r.detail);
                    assert_non_null(p.content_length);
                    snprintf(want, sizeof want, "%lu\r\n",
                             code == 205 ? 0ul : (unsigned long)get_len);
                    assert_memory_equal(p.content_length, want, strlen(want));
                }
                if (code / 100 == 1 || code == 204 || code == 205 || code == 304 ||
                    m == 1 || connect_2xx)
                    assert_int_equal(content, 0);
                else
                    assert_int_equal(content, http_status_body(NULL, 0, code, fmt, r.detail));
                assert_true((p.content_type != NULL) ==
                            (code / 100 != 1 && code != 204 && code != 205 && code != 304 &&
                             !connect_2xx));

                /* the table's rules */
                check.code = code;
                check.method = methods[m];
                check.fields = p.fields;
                check.field_count = p.field_count;
                check.has_content = content > 0;
                if (http_status_check(&check, 0, v, 4) != 0)
                    fail_msg("%d %s %d breaks %s %s", code, methods[m], (int)fmt,
                             http_status_rule_name(v[0].rule), http_status_field_name(v[0].field));

                /* the linter; an interim response is followed by a final one */
                memcpy(lint_input, buf, n);
                input_len = n;
                if (code / 100 == 1) {
                    struct http_status_reply ok = r;
                    memset(&ok, 0, sizeof ok);
                    ok.code = 200;
                    ok.method = methods[m];
                    ok.date = DATE;
                    input_len += http_status_reply(lint_input + n, sizeof lint_input - n, &ok, NULL);
                }
                nf = http_status_lint(lint_input, input_len, methods[m], &lo, f, 8);
                for (i = 0; i < nf && i < 8; i++) {
                    int unregistered = strcmp(f[i].rule, "status-code-unregistered") == 0;
                    if (!unregistered || http_status_reason(code) != NULL)
                        fail_msg("%d %s %s: %s (%s)", code, methods[m],
                                 http_status_format_name(fmt), f[i].rule,
                                 f[i].field ? f[i].field : "");
                }
            }
        }
    }
}

static void test_reply_fields(void **state)
{
    struct http_status_reply r;
    char buf[2048], len[32];
    size_t n;
    (void)state;
    memset(&r, 0, sizeof r);
    r.code = 426;
    r.upgrade = "HTTP/3.0";
    r.connection = "close";
    r.retry_after = "5";
    r.location = "/elsewhere";
    r.extra = "Server: t\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n";
    r.format = HTTPSTATUS_FORMAT_JSON;
    n = http_status_reply(buf, sizeof buf, &r, NULL);
    assert_true(n > 0);
    snprintf(len, sizeof len, "%lu",
             (unsigned long)http_status_body(NULL, 0, 426, HTTPSTATUS_FORMAT_JSON, NULL));
    {
        char want[1024];
        snprintf(want, sizeof want,
                 "HTTP/1.1 426 Upgrade Required\r\n"
                 "Location: /elsewhere\r\n"
                 "Retry-After: 5\r\n"
                 "Upgrade: HTTP/3.0\r\n"
                 "Server: t\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
                 "Connection: upgrade, close\r\n"
                 "Content-Type: application/problem+json\r\n"
                 "Content-Length: %s\r\n\r\n"
                 "{\"type\":\"about:blank\",\"title\":\"Upgrade Required\",\"status\":426}\n",
                 len);
        assert_string_equal(buf, want);
    }
    /* a tab is a field value's byte */
    r.location = "/a\tb";
    assert_true(http_status_reply(buf, sizeof buf, &r, NULL) > 0);
    assert_non_null(strstr(buf, "Location: /a\tb\r\n"));
    /* truncation, as snprintf */
    {
        char full[2048], cut[2048];
        size_t size;
        n = http_status_reply(full, sizeof full, &r, NULL);
        for (size = 0; size <= n + 1; size++) {
            memset(cut, 'x', sizeof cut);
            check_cut(full, n, cut, size, http_status_reply(cut, size, &r, NULL));
        }
        assert_int_equal(http_status_reply(NULL, 500, &r, NULL), n);
    }
}

static void test_reply_values_and_ranges(void **state)
{
    struct http_status_reply r;
    struct http_status_reply_error e;
    char buf[4096], range[64];
    size_t len = http_status_body(NULL, 0, 206, HTTPSTATUS_FORMAT_TEXT, NULL);
    static const char *const bad_ranges[] = {
        "bytes 0-9/100", "bytes 1-%lu/100000" /* one short */, "bytes 0-%lu/5", "bytes 0-%lu",
        "bytes=0-%lu/100000", "bytes 0-%lu/100000x", "items 0-%lu/100000", "bytes -%lu/*",
        "bytes */100000", "bytes 0-99999999999999999999999/*"};
    size_t i;
    (void)state;
    /* an empty Allow lists no method; an empty Location is this document */
    memset(&r, 0, sizeof r);
    r.code = 405;
    r.allow = "";
    r.location = "";
    r.connection = ""; /* as NULL */
    assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    assert_non_null(strstr(buf, "\r\nAllow: \r\nContent-Type"));
    assert_null(strstr(buf, "Connection"));
    /* a 206's range names exactly its body */
    memset(&r, 0, sizeof r);
    r.code = 206;
    snprintf(range, sizeof range, "bytes 0-%lu/100000", (unsigned long)len - 1ul);
    r.content_range = range;
    assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    snprintf(range, sizeof range, "BYTES 10-%lu/*", (unsigned long)len + 9ul);
    assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    r.method = "HEAD"; /* the range of the body a GET would get */
    assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    r.method = NULL;
    for (i = 0; i < sizeof bad_ranges / sizeof bad_ranges[0]; i++) {
        snprintf(range, sizeof range, bad_ranges[i], (unsigned long)len - 1ul);
        if (http_status_reply(buf, sizeof buf, &r, &e) != 0)
            fail_msg("206 written with Content-Range %s for %lu bytes", range, (unsigned long)len);
        assert_int_equal(e.code, HTTPSTATUS_REPLY_RANGE_MISMATCH);
        assert_int_equal(e.field, HTTPSTATUS_FIELD_CONTENT_RANGE);
        assert_string_equal(e.reference, "RFC 9110, Section 14.4");
    }
    /* RFC 9110, Section 7.8: Upgrade brings the upgrade connection option */
    memset(&r, 0, sizeof r);
    r.code = 101;
    r.upgrade = "h2c";
    assert_true(http_status_reply(buf, sizeof buf, &r, &e) > 0);
    assert_string_equal(buf, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n"
                             "Connection: upgrade\r\n\r\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_matches_libc),
        cmocka_unit_test(test_date_contract),
        cmocka_unit_test(test_body_shapes),
        cmocka_unit_test(test_body_bad_arguments),
        cmocka_unit_test(test_body_truncates_like_snprintf),
        cmocka_unit_test(test_body_escapes_detail),
        cmocka_unit_test(test_reply_refuses_missing_fields),
        cmocka_unit_test(test_reply_refuses_injection),
        cmocka_unit_test(test_reply_other_refusals),
        cmocka_unit_test(test_reply_every_code_is_clean),
        cmocka_unit_test(test_reply_fields),
        cmocka_unit_test(test_reply_values_and_ranges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
