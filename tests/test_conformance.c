/*
 * Response conformance: each rule broken and kept, for the rules named by
 * hand and, generically, for every header rule of every row.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

/* The response described member by member, as most tests here give it. */
static size_t check_response(int code, const char *const *fields, size_t field_count,
                             int has_content, const char *method, unsigned options,
                             struct http_status_violation *out, size_t out_size)
{
    struct http_status_response r;
    memset(&r, 0, sizeof r);
    r.code = code;
    r.fields = fields;
    r.field_count = field_count;
    r.has_content = has_content;
    r.method = method;
    return http_status_check(&r, options, out, out_size);
}

#define CHECK(code, fields, content, method, options)                          \
    check_response(code, fields, sizeof(fields) / sizeof(fields[0]),           \
                   content, method, options, NULL, 0)

static const char *const none[1] = {NULL};

/* The one violation of a response that breaks exactly one rule. */
static struct http_status_violation only(int code, const char *const *fields,
                                         size_t n, int content,
                                         const char *method, unsigned options)
{
    struct http_status_violation v[4];
    memset(v, 0, sizeof v);
    assert_int_equal(check_response(code, fields, n, content, method, options, v, 4), 1);
    return v[0];
}

#if HTTPSTATUS_HAS_RULES
static void assert_missing(int code, enum http_status_field field,
                           enum http_status_level level, const char *reference)
{
    struct http_status_violation v = only(code, none, 1, 0, "GET", HTTPSTATUS_CHECK_CONDITIONAL);
    const char *name = http_status_field_name(field);
    assert_int_equal(v.rule, HTTPSTATUS_RULE_FIELD_MISSING);
    assert_int_equal(v.field, field);
    assert_int_equal(v.level, level);
    assert_string_equal(v.reference, reference);
    /* kept: the field present, in any case */
    {
        char lower[64];
        size_t i;
        const char *fields[2];
        for (i = 0; name[i] && i < sizeof lower - 1; i++)
            lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
        lower[i] = '\0';
        fields[0] = "Date";
        fields[1] = lower;
        assert_int_equal(check_response(code, fields, 2, 0, "GET", 0, NULL, 0), 0);
    }
}

static void test_required_fields(void **state)
{
    (void)state;
    assert_missing(405, HTTPSTATUS_FIELD_ALLOW, HTTPSTATUS_LEVEL_MUST, "RFC 9110, Section 15.5.6");
    assert_missing(401, HTTPSTATUS_FIELD_WWW_AUTHENTICATE, HTTPSTATUS_LEVEL_MUST, "RFC 9110, Section 15.5.2");
    assert_missing(407, HTTPSTATUS_FIELD_PROXY_AUTHENTICATE, HTTPSTATUS_LEVEL_MUST, "RFC 9110, Section 15.5.8");
    assert_missing(101, HTTPSTATUS_FIELD_UPGRADE, HTTPSTATUS_LEVEL_MUST, "RFC 9110, Section 15.2.2");
    assert_missing(426, HTTPSTATUS_FIELD_UPGRADE, HTTPSTATUS_LEVEL_MUST, "RFC 9110, Section 15.5.22");
    assert_missing(301, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, "RFC 9110, Section 15.4.2");
    assert_missing(302, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, "RFC 9110, Section 15.4.3");
    assert_missing(307, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, "RFC 9110, Section 15.4.8");
    assert_missing(308, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, "RFC 9110, Section 15.4.9");
    assert_missing(416, HTTPSTATUS_FIELD_CONTENT_RANGE, HTTPSTATUS_LEVEL_SHOULD, "RFC 9110, Section 15.5.17");
}

static void test_conditional_rules(void **state)
{
    static const char *const cr[] = {"Content-Range"};
    struct http_status_violation v[8];
    (void)state;
    /* 206 without Content-Range: reported when conditional rules are asked for */
    assert_int_equal(CHECK(206, none, 1, "GET", 0), 0);
    assert_true(check_response(206, none, 1, 1, "GET", HTTPSTATUS_CHECK_CONDITIONAL, v, 8) >= 1);
    assert_int_equal(v[0].rule, HTTPSTATUS_RULE_FIELD_MISSING);
    assert_int_equal(v[0].field, HTTPSTATUS_FIELD_CONTENT_RANGE);
    assert_int_equal(v[0].level, HTTPSTATUS_LEVEL_MUST);
    assert_true(v[0].conditional);
    {
        size_t n = check_response(206, cr, 1, 1, "GET", HTTPSTATUS_CHECK_CONDITIONAL, v, 8), i;
        for (i = 0; i < n && i < 8; i++)
            assert_int_not_equal(v[i].field, HTTPSTATUS_FIELD_CONTENT_RANGE);
    }
    /* 304: ETag, Content-Location, Date, Vary, Cache-Control, Expires */
    assert_int_equal(CHECK(304, none, 0, "GET", 0), 0);
    assert_int_equal(check_response(304, none, 1, 0, "GET", HTTPSTATUS_CHECK_CONDITIONAL, v, 8), 6);
    /* 413 Retry-After SHOULD only when the condition is temporary */
    assert_int_equal(CHECK(413, none, 1, "POST", 0), 0);
    assert_int_equal(CHECK(413, none, 1, "POST", HTTPSTATUS_CHECK_CONDITIONAL), 1);
}

#endif /* HTTPSTATUS_HAS_RULES */

static void test_content_rules(void **state)
{
    static const int forbidden[] = {100, 101, 103, 204, 205, 304};
    static const char *const upgrade[] = {"Upgrade"};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++) {
        struct http_status_violation v;
        int code = forbidden[i];
        const char *const *fields = code == 101 ? upgrade : none;
        v = only(code, fields, 1, 1, "GET", 0);
        assert_int_equal(v.rule, HTTPSTATUS_RULE_CONTENT_FORBIDDEN);
        assert_int_equal(v.level, HTTPSTATUS_LEVEL_MUST_NOT);
        assert_int_equal(v.field, HTTPSTATUS_FIELD_NONE);
        assert_int_equal(check_response(code, fields, 1, 0, "GET", 0, NULL, 0), 0);
    }
    /* A response to HEAD never has content (RFC 9110, 9.3.2). */
    {
        struct http_status_violation v = only(200, none, 1, 1, "HEAD", 0);
        assert_int_equal(v.rule, HTTPSTATUS_RULE_CONTENT_FORBIDDEN);
        assert_string_equal(v.reference, "RFC 9110, Section 9.3.2");
        assert_int_equal(CHECK(200, none, 0, "HEAD", 0), 0);
        assert_int_equal(CHECK(200, none, 1, "GET", 0), 0);
    }
}

#if HTTPSTATUS_HAS_RULES
static void test_forbidden_fields(void **state)
{
    static const char *const cl[] = {"content-length"};
    static const char *const te[] = {"Transfer-Encoding"};
    static const char *const challenge[] = {"WWW-Authenticate"};
    struct http_status_violation v;
    (void)state;
    /* RFC 9110, 8.6 and RFC 9112, 6.1: not on 1xx or 204 */
    v = only(204, cl, 1, 0, "GET", 0);
    assert_int_equal(v.rule, HTTPSTATUS_RULE_FIELD_FORBIDDEN);
    assert_int_equal(v.field, HTTPSTATUS_FIELD_CONTENT_LENGTH);
    assert_int_equal(v.level, HTTPSTATUS_LEVEL_MUST_NOT);
    v = only(100, te, 1, 0, "GET", 0);
    assert_int_equal(v.field, HTTPSTATUS_FIELD_TRANSFER_ENCODING);
    assert_int_equal(CHECK(200, cl, 1, "GET", 0), 0);
    /* RFC 6585, 6: a 511 SHOULD NOT carry a challenge */
    v = only(511, challenge, 1, 1, "GET", 0);
    assert_int_equal(v.level, HTTPSTATUS_LEVEL_SHOULD_NOT);
    assert_int_equal(CHECK(511, challenge, 1, "GET", HTTPSTATUS_CHECK_MUST_ONLY), 0);
    /* RFC 9110, 9.3.6: no framing fields on a 2xx to CONNECT */
    v = only(200, cl, 1, 0, "CONNECT", 0);
    assert_int_equal(v.rule, HTTPSTATUS_RULE_FIELD_FORBIDDEN);
    assert_string_equal(v.reference, "RFC 9110, Section 9.3.6");
    assert_int_equal(CHECK(407, cl, 1, "CONNECT", HTTPSTATUS_CHECK_MUST_ONLY), 1);
    assert_int_equal(CHECK(204, cl, 0, "GET", HTTPSTATUS_CHECK_MUST_ONLY), 1);
    /* content on a 2xx to CONNECT, and on a 1xx nobody registered */
    v = only(200, none, 1, 1, "CONNECT", 0);
    assert_int_equal(v.rule, HTTPSTATUS_RULE_CONTENT_FORBIDDEN);
    assert_string_equal(v.reference, "RFC 9110, Section 9.3.6");
    /* one breach, one report: the 204's own rule, not CONNECT's as well */
    v = only(204, cl, 1, 0, "CONNECT", 0);
    assert_int_equal(v.field, HTTPSTATUS_FIELD_CONTENT_LENGTH);
    assert_string_equal(v.reference, "RFC 9110, Section 8.6"); /* the field's own */
    /* content on a 204 to HEAD breaks the 204's rule first */
    v = only(204, none, 1, 1, "HEAD", 0);
    assert_string_equal(v.reference, "RFC 9110, Section 15.3.5");
    v = only(199, none, 1, 1, "GET", 0);
    assert_int_equal(v.rule, HTTPSTATUS_RULE_CONTENT_FORBIDDEN);
    assert_string_equal(v.reference, "RFC 9110, Section 15.2");
}

static void test_must_only_option(void **state)
{
    (void)state;
    assert_int_equal(CHECK(301, none, 1, "GET", 0), 1);
    assert_int_equal(CHECK(301, none, 1, "GET", HTTPSTATUS_CHECK_MUST_ONLY), 0);
    assert_int_equal(CHECK(405, none, 1, "GET", HTTPSTATUS_CHECK_MUST_ONLY), 1);
}

/* For every row: a response with every MUST/SHOULD field and none of the
 * MUST NOT/SHOULD NOT ones passes; dropping or adding one field breaks
 * exactly that rule. */
static void test_every_rule_of_the_table(void **state)
{
    int c;
    (void)state;
    for (c = http_status_next(0, 0); c; c = http_status_next(c, 0)) {
        http_status_info info;
        struct http_status_header h;
        const char *fields[64], *references[64];
        size_t n = 0, k;
        unsigned i;
        int content;
        assert_true(http_status_lookup(c, 0, &info));
        assert_true(info.header_count < 64);
        for (i = 0; http_status_header_at(c, 0, i, &h); i++)
            if (h.level == HTTPSTATUS_LEVEL_MUST || h.level == HTTPSTATUS_LEVEL_SHOULD) {
                references[n] = h.reference;
                fields[n++] = http_status_field_name(h.field);
            }
        assert_int_equal(i, info.header_count);
        content = http_status_may_have_content(c, "GET");
        assert_int_equal(check_response(c, fields, n, content, "GET",
                                        HTTPSTATUS_CHECK_CONDITIONAL, NULL, 0), 0);
        for (k = 0; k < n; k++) {
            const char *saved = fields[k];
            struct http_status_violation v[2];
            fields[k] = NULL;
            assert_int_equal(check_response(c, fields, n, content, "GET",
                                            HTTPSTATUS_CHECK_CONDITIONAL, v, 2), 1);
            assert_int_equal(v[0].rule, HTTPSTATUS_RULE_FIELD_MISSING);
            assert_string_equal(http_status_field_name(v[0].field), saved);
            assert_string_equal(v[0].reference, references[k]);
            fields[k] = saved;
        }
        for (i = 0; http_status_header_at(c, 0, i, &h); i++) {
            if (h.level == HTTPSTATUS_LEVEL_MUST_NOT || h.level == HTTPSTATUS_LEVEL_SHOULD_NOT) {
                struct http_status_violation v[2];
                fields[n] = http_status_field_name(h.field);
                assert_int_equal(check_response(c, fields, n + 1, content, "GET",
                                                HTTPSTATUS_CHECK_CONDITIONAL, v, 2), 1);
                assert_int_equal(v[0].rule, HTTPSTATUS_RULE_FIELD_FORBIDDEN);
                assert_int_equal(v[0].field, h.field);
                assert_string_equal(v[0].reference, h.reference);
            }
        }
    }
}

#endif /* HTTPSTATUS_HAS_RULES */

static void test_bad_arguments(void **state)
{
    static const char *const with_null[] = {NULL, "Allow", NULL};
    struct http_status_violation v[3];
    (void)state;
    memset(v, 0x7B, sizeof v);
#if !HTTPSTATUS_HAS_RULES
    (void)with_null;
#endif
    /* Codes outside 100..599 */
    assert_int_equal(check_response(600, NULL, 0, 0, NULL, 0, v, 3), 1);
    assert_int_equal(v[0].rule, HTTPSTATUS_RULE_INVALID_CODE);
    assert_int_equal(check_response(INT_MIN, NULL, 0, 0, NULL, 0, NULL, 0), 1);
    assert_int_equal(check_response(INT_MAX, NULL, 0, 0, NULL, 0, NULL, 5), 1);
#if HTTPSTATUS_HAS_RULES
    /* NULL fields with a count: treated as none */
    assert_int_equal(check_response(405, NULL, 7, 0, NULL, 0, NULL, 0), 1);
    assert_int_equal(check_response(405, with_null, 3, 0, NULL, 0, NULL, 0), 0);
#endif
    /* Unregistered and unofficial codes have no rules */
    assert_int_equal(check_response(299, NULL, 0, 1, "GET", 0, NULL, 0), 0);
    assert_int_equal(check_response(499, NULL, 0, 1, "GET", 0, NULL, 0), 0);
#if HTTPSTATUS_HAS_RULES
    /* More violations than room: the count is complete, the array not overrun */
    memset(v, 0x7B, sizeof v);
    assert_int_equal(check_response(304, none, 1, 1, "GET", HTTPSTATUS_CHECK_CONDITIONAL, v, 2), 7);
    assert_int_equal(v[1].rule, HTTPSTATUS_RULE_FIELD_MISSING);
    assert_int_equal(((unsigned char *)&v[2])[0], 0x7B);
#else
    /* Without the rules, only content and code rules remain */
    assert_int_equal(check_response(405, NULL, 0, 0, NULL, 0, NULL, 0), 0);
    assert_int_equal(check_response(304, none, 1, 1, "GET", HTTPSTATUS_CHECK_CONDITIONAL, v, 2), 1);
#endif
}

/* The response as a struct: NULL, a zeroed one, and members left 0. */
static void test_response_struct(void **state)
{
    static const char *const allow[] = {"Allow"};
    struct http_status_response r;
    struct http_status_violation v[2];
    (void)state;
    memset(v, 0, sizeof v);
    assert_int_equal(http_status_check(NULL, 0, v, 2), 1);
    assert_int_equal(v[0].rule, HTTPSTATUS_RULE_INVALID_CODE);
    memset(&r, 0, sizeof r); /* code 0 */
    assert_int_equal(http_status_check(&r, 0, NULL, 0), 1);
    r.code = 200;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), 0);
    r.code = 405;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), HTTPSTATUS_HAS_RULES ? 1 : 0);
    r.fields = allow;
    r.field_count = 1;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), 0);
    /* struct_size: no member follows it yet, so any value reads the same */
    r.struct_size = sizeof r;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), 0);
    r.code = 204;
    r.method = "GET";
    r.has_content = 1;
    r.fields = NULL; /* with a count: no fields */
    assert_int_equal(http_status_check(&r, 0, v, 2), 1);
    assert_int_equal(v[0].rule, HTTPSTATUS_RULE_CONTENT_FORBIDDEN);
}

/* Class-wide rules hold for codes without a row too: no Content-Length or
 * Transfer-Encoding on any 1xx (RFC 9110, 8.6; RFC 9112, 6.1), each cited
 * where its keyword stands. */
static void test_framing_on_every_1xx(void **state)
{
    static const char *const cl[] = {"Content-Length"};
    static const char *const te[] = {"transfer-encoding"};
    /* (101 is left out: its Upgrade rule would add a violation) */
    static const int codes[] = {100, 102, 103, 104, 150, 199};
    struct http_status_violation v[2];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        memset(v, 0, sizeof v);
        assert_int_equal(check_response(codes[i], cl, 1, 0, "GET", 0, v, 2), 1);
        assert_int_equal(v[0].rule, HTTPSTATUS_RULE_FIELD_FORBIDDEN);
        assert_int_equal(v[0].field, HTTPSTATUS_FIELD_CONTENT_LENGTH);
        assert_int_equal(v[0].level, HTTPSTATUS_LEVEL_MUST_NOT);
        assert_int_equal(check_response(codes[i], te, 1, 0, "GET", 0, v, 2), 1);
        assert_int_equal(v[0].field, HTTPSTATUS_FIELD_TRANSFER_ENCODING);
        assert_int_equal(check_response(codes[i], none, 1, 0, "GET", 0, NULL, 0), 0);
    }
    /* a code without a row cites the field's own section */
    assert_int_equal(check_response(150, cl, 1, 0, "GET", 0, v, 2), 1);
    assert_string_equal(v[0].reference, "RFC 9110, Section 8.6");
    assert_int_equal(check_response(150, te, 1, 0, "GET", 0, v, 2), 1);
    assert_string_equal(v[0].reference, "RFC 9112, Section 6.1");
    /* and not on a 2xx nobody registered */
    assert_int_equal(check_response(299, cl, 1, 0, "GET", 0, NULL, 0), 0);
}

static void test_rule_names(void **state)
{
    (void)state;
    assert_string_equal(http_status_rule_name(HTTPSTATUS_RULE_FIELD_MISSING), "field-missing");
    assert_string_equal(http_status_rule_name(HTTPSTATUS_RULE_FIELD_FORBIDDEN), "field-forbidden");
    assert_string_equal(http_status_rule_name(HTTPSTATUS_RULE_CONTENT_FORBIDDEN), "content-forbidden");
    assert_string_equal(http_status_rule_name(HTTPSTATUS_RULE_INVALID_CODE), "invalid-code");
    assert_null(http_status_rule_name(HTTPSTATUS_RULE_NONE));
    assert_null(http_status_rule_name((enum http_status_rule)5));
    assert_null(http_status_rule_name((enum http_status_rule)-1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#if HTTPSTATUS_HAS_RULES
        cmocka_unit_test(test_required_fields),
        cmocka_unit_test(test_conditional_rules),
#endif
        cmocka_unit_test(test_content_rules),
#if HTTPSTATUS_HAS_RULES
        cmocka_unit_test(test_forbidden_fields),
        cmocka_unit_test(test_must_only_option),
        cmocka_unit_test(test_every_rule_of_the_table),
#endif
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_response_struct),
        cmocka_unit_test(test_framing_on_every_1xx),
        cmocka_unit_test(test_rule_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
