/*
 * The questions a client or cache asks, for every int, with the RFC answers
 * written out here by hand.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

static int in(int code, const int *list, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (list[i] == code)
            return 1;
    return 0;
}

static void test_cacheable_retryable_retry_after(void **state)
{
    /* RFC 9110, 15.1; RFC 7725, 3 */
    static const int cacheable[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};
    /* RFC 9110 15.5.9, 15.5.20, 15.6.4; RFC 8470 5.2; RFC 6585 4 */
    static const int retryable[] = {408, 421, 425, 429, 503};
    /* RFC 9110 15.5.14, 15.6.4, 10.2.3 (every 3xx); RFC 6585 4 */
    static const int retry_after[] = {413, 429, 503};
    int c;
    (void)state;
    for (c = -1000; c <= 2000; c++) {
        assert_int_equal(http_status_is_cacheable(c), in(c, cacheable, 13));
        assert_int_equal(http_status_is_retryable(c), in(c, retryable, 5));
        assert_int_equal(http_status_retry_after_applies(c),
                         (HTTPSTATUS_HAS_RULES && in(c, retry_after, 3)) || (c >= 300 && c <= 399));
    }
    assert_int_equal(http_status_is_cacheable(INT_MIN), 0);
    assert_int_equal(http_status_is_retryable(INT_MAX), 0);
    assert_int_equal(http_status_retry_after_applies(501), 0);
}

static void test_may_have_content(void **state)
{
    int c;
    (void)state;
    for (c = -1000; c <= 2000; c++) {
        int forbidden = c < 200 || c == 204 || c == 205 || c == 304 || c > 599;
        assert_int_equal(http_status_may_have_content(c, "GET"), !forbidden);
        assert_int_equal(http_status_may_have_content(c, NULL), !forbidden);
        assert_int_equal(http_status_may_have_content(c, "HEAD"), 0);
        assert_int_equal(http_status_may_have_content(c, "CONNECT"),
                         !forbidden && (c < 200 || c > 299));
    }
    assert_int_equal(http_status_may_have_content(299, "POST"), 1);
    assert_int_equal(http_status_may_have_content(199, "POST"), 0);
    /* Methods are case-sensitive (RFC 9110, 9.1): "head" is not HEAD. */
    assert_int_equal(http_status_may_have_content(200, "head"), 1);
}

static void test_redirect_method(void **state)
{
    static const char post[] = "POST", put[] = "PUT", head[] = "HEAD";
    (void)state;
    /* 307, 308 keep the method, the very string passed in. */
    assert_ptr_equal(http_status_redirect_method(307, post), post);
    assert_ptr_equal(http_status_redirect_method(308, put), put);
    assert_ptr_equal(http_status_redirect_method(307, head), head);
    /* 303: GET, but HEAD stays HEAD. */
    assert_string_equal(http_status_redirect_method(303, post), "GET");
    assert_string_equal(http_status_redirect_method(303, put), "GET");
    assert_ptr_equal(http_status_redirect_method(303, head), head);
    /* 301, 302: only POST may become GET. */
    assert_string_equal(http_status_redirect_method(301, post), "GET");
    assert_string_equal(http_status_redirect_method(302, post), "GET");
    assert_ptr_equal(http_status_redirect_method(301, put), put);
    assert_ptr_equal(http_status_redirect_method(302, head), head);
    assert_string_equal(http_status_redirect_method(302, "post"), "post");
    /* No automatic follow-up. */
    assert_null(http_status_redirect_method(300, post));
    assert_null(http_status_redirect_method(304, "GET"));
    assert_null(http_status_redirect_method(305, "GET"));
    assert_null(http_status_redirect_method(200, "GET"));
    assert_null(http_status_redirect_method(399, "GET"));
    assert_null(http_status_redirect_method(-1, "GET"));
    assert_null(http_status_redirect_method(INT_MAX, "GET"));
    assert_null(http_status_redirect_method(307, NULL));
}

/* Methods and field names are whole tokens: no prefix or extension of one
 * counts as it. */
static void test_whole_names(void **state)
{
    static const char *const allowed[] = {"Allowed"};
    static const char *const allow2[] = {"Allow2"};
    static const char *const allo[] = {"Allo"};
    static const char *const allow[] = {"allow"};
    struct http_status_response r = {0};
    (void)state;
    assert_int_equal(http_status_may_have_content(200, "HEADER"), 1);
    assert_int_equal(http_status_may_have_content(200, "HEA"), 1);
    assert_int_equal(http_status_may_have_content(200, "head"), 1); /* case-sensitive */
    assert_int_equal(http_status_may_have_content(200, "HEAD"), 0);
    assert_int_equal(http_status_may_have_content(200, "CONNECTX"), 1);
    assert_string_equal(http_status_redirect_method(303, "HEADER"), "GET");
    assert_string_equal(http_status_redirect_method(301, "POSTX"), "POSTX");
    r.code = 405;
    r.field_count = 1;
    r.fields = allowed;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), HTTPSTATUS_HAS_RULES ? 1 : 0);
    r.fields = allow2;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), HTTPSTATUS_HAS_RULES ? 1 : 0);
    r.fields = allo;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), HTTPSTATUS_HAS_RULES ? 1 : 0);
    r.fields = allow;
    assert_int_equal(http_status_check(&r, 0, NULL, 0), 0);
    r.code = 200;
    r.fields = NULL;
    r.field_count = 0;
    r.has_content = 1;
    r.method = "HEADER";
    assert_int_equal(http_status_check(&r, 0, NULL, 0), 0);
    /* a 2xx to CONNECT may not carry framing fields; to CONNECTX it may */
    {
        static const char *const framing[] = {"Content-Length"};
        r.has_content = 0;
        r.fields = framing;
        r.field_count = 1;
        r.method = "CONNECT";
        assert_int_equal(http_status_check(&r, 0, NULL, 0), 1);
        r.method = "CONNECTX";
        assert_int_equal(http_status_check(&r, 0, NULL, 0), 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_names),
        cmocka_unit_test(test_cacheable_retryable_retry_after),
        cmocka_unit_test(test_may_have_content),
        cmocka_unit_test(test_redirect_method),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
