/*
 * The exported copies of the functions httpstatus.h defines inline
 * (http_status_class and the range predicates), which dlsym, FFI and other
 * languages reach: with HTTPSTATUS_NO_INLINE this file calls the library's
 * own, for every int from -1000 to 2000 and the extremes.
 */
#define HTTPSTATUS_NO_INLINE
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "httpstatus.h"

static void check_one(int code)
{
    int inside = code >= 100 && code <= 599;
    int cls = inside ? code / 100 : 0;
    assert_int_equal(http_status_class(code), cls);
    assert_int_equal(http_status_is_valid(code), inside);
    assert_int_equal(http_status_is_informational(code), cls == 1);
    assert_int_equal(http_status_is_successful(code), cls == 2);
    assert_int_equal(http_status_is_redirection(code), cls == 3);
    assert_int_equal(http_status_is_client_error(code), cls == 4);
    assert_int_equal(http_status_is_server_error(code), cls == 5);
    assert_int_equal(http_status_is_error(code), cls == 4 || cls == 5);
}

static void test_exported_class_and_predicates(void **state)
{
    static const int extremes[] = {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX};
    int code;
    size_t i;
    (void)state;
    for (code = -1000; code <= 2000; code++)
        check_one(code);
    for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
        check_one(extremes[i]);
}

/* A function pointer reaches the exported function too. */
static void test_through_a_pointer(void **state)
{
    enum http_status_class (*cls)(int) = http_status_class;
    int (*valid)(int) = http_status_is_valid;
    (void)state;
    assert_int_equal(cls(404), HTTPSTATUS_CLASS_CLIENT_ERROR);
    assert_int_equal(cls(99), HTTPSTATUS_CLASS_NONE);
    assert_int_equal(valid(600), 0);
    assert_int_equal(valid(100), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exported_class_and_predicates),
        cmocka_unit_test(test_through_a_pointer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
