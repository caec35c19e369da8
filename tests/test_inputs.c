/*
 * Every int gets its documented answer: -1000..2000, INT_MIN and INT_MAX, and
 * out-of-range enum values and NULL pointers for the functions that take them.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

/* Registered phrase for code per HTTPSTATUS_MAP ("" for none). */
static const char *map_reason(int code)
{
#define XX(c, n, r) if (code == (c)) return r;
    HTTPSTATUS_MAP(XX)
#undef XX
    return "";
}

static int in_unofficial_map(int code)
{
    (void)code; /* unused in a build without unofficial codes */
#define XX(c, n, r) if (code == (c)) return 1;
    HTTPSTATUS_UNOFFICIAL_MAP(XX)
#undef XX
    return 0;
}

static int in_registry_map(int code)
{
#define XX(c, n, r) if (code == (c)) return 1;
    HTTPSTATUS_MAP(XX)
#undef XX
    return 0;
}

static void check_one(int code)
{
    int inside = code >= 100 && code <= 599;
    int cls = inside ? code / 100 : 0;
    const char *want = map_reason(code);
    http_status_info info;
    int f;

    assert_int_equal(http_status_class(code), cls);
    assert_int_equal(http_status_is_valid(code), inside);
    assert_int_equal(http_status_is_informational(code), cls == 1);
    assert_int_equal(http_status_is_successful(code), cls == 2);
    assert_int_equal(http_status_is_redirection(code), cls == 3);
    assert_int_equal(http_status_is_client_error(code), cls == 4);
    assert_int_equal(http_status_is_server_error(code), cls == 5);
    assert_int_equal(http_status_is_error(code), cls == 4 || cls == 5);

    if (*want)
        assert_string_equal(http_status_reason(code), want);
    else
        assert_null(http_status_reason(code));

    assert_int_equal(http_status_lookup(code, HTTPSTATUS_REGISTRY, &info),
                     in_registry_map(code));
    assert_int_equal(http_status_lookup(code, HTTPSTATUS_UNOFFICIAL, &info),
                     in_unofficial_map(code));
    /* which == 0 is the registry */
    assert_int_equal(http_status_lookup(code, 0, &info), in_registry_map(code));
    /* bits outside HTTPSTATUS_ANY are ignored: none left is the registry too */
    assert_int_equal(http_status_lookup(code, 4u, &info), in_registry_map(code));
    assert_int_equal(http_status_lookup(code, 0xFFFFFFF6u, &info),
                     in_unofficial_map(code));
    assert_int_equal(http_status_lookup(code, HTTPSTATUS_ANY, NULL), 0);
    assert_int_equal(http_status_next(code, 0), http_status_next(code, HTTPSTATUS_REGISTRY));
    if (*want)
        assert_string_equal(http_status_reason_in(code, 0), want);
    else
        assert_null(http_status_reason_in(code, 0));
    {
        struct http_status_header h;
        assert_int_equal(http_status_header_at(code, 0, 0, NULL), 0);
        assert_int_equal(http_status_header_at(code, HTTPSTATUS_ANY, 4000000000u, &h), 0);
        assert_null(http_status_alias_at(code, HTTPSTATUS_ANY, 4000000000u));
        if (!in_registry_map(code) && !in_unofficial_map(code)) {
            assert_int_equal(http_status_header_at(code, HTTPSTATUS_ANY, 0, &h), 0);
            assert_null(http_status_alias_at(code, HTTPSTATUS_ANY, 0));
        }
    }
    assert_int_equal(http_status_description(code) != NULL,
                     HTTPSTATUS_HAS_DESCRIPTIONS && in_registry_map(code));
    if (!inside || (!in_registry_map(code) && !in_unofficial_map(code))) {
        assert_null(http_status_reason_in(code, HTTPSTATUS_ANY));
        for (f = 0; f <= HTTPSTATUS_FIELD_MAX_ID + 1; f++)
            assert_int_equal(http_status_header_level(code, (enum http_status_field)f),
                             HTTPSTATUS_LEVEL_NONE);
    }
}

static void test_every_int_from_minus_1000_to_2000(void **state)
{
    int code;
    (void)state;
    for (code = -1000; code <= 2000; code++)
        check_one(code);
}

static void test_extreme_ints(void **state)
{
    static const int extremes[] = {INT_MIN, INT_MIN + 1, INT_MIN + 100,
                                   INT_MAX - 100, INT_MAX - 1, INT_MAX,
                                   -100, 99, 600, 65536 + 200, 4096 + 404};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
        check_one(extremes[i]);
    assert_int_equal(http_status_next(INT_MAX, HTTPSTATUS_ANY), 0);
    assert_int_equal(http_status_next(599, HTTPSTATUS_ANY), 0);
    assert_int_equal(http_status_next(INT_MIN, HTTPSTATUS_REGISTRY), 100);
    assert_int_equal(http_status_next(-5, HTTPSTATUS_REGISTRY), 100);
    assert_int_equal(http_status_next(0, 0), 100); /* 0 is the registry */
}

/* Unregistered codes keep their class and have no phrase (RFC 9110, 15). */
static void test_unregistered_codes_in_range(void **state)
{
    (void)state;
    assert_int_equal(http_status_class(299), HTTPSTATUS_CLASS_SUCCESSFUL);
    assert_null(http_status_reason(299));
    assert_null(http_status_reason(199));
    assert_null(http_status_reason(599));
    assert_int_equal(http_status_class(599), HTTPSTATUS_CLASS_SERVER_ERROR);
    /* Unofficial codes answer only when asked for. */
    assert_null(http_status_reason(499));
#if HTTPSTATUS_HAS_UNOFFICIAL
    assert_string_equal(http_status_reason_in(499, HTTPSTATUS_UNOFFICIAL),
                        "Client Closed Request");
#else
    assert_null(http_status_reason_in(499, HTTPSTATUS_UNOFFICIAL));
#endif
    assert_null(http_status_reason_in(499, HTTPSTATUS_REGISTRY));
    assert_null(http_status_description(499));
}

static void test_next_visits_every_row_in_order(void **state)
{
    int c, prev = 0, n = 0;
    (void)state;
    for (c = http_status_next(0, HTTPSTATUS_REGISTRY); c;
         c = http_status_next(c, HTTPSTATUS_REGISTRY)) {
        assert_true(c > prev);
        assert_true(in_registry_map(c));
        prev = c;
        n++;
    }
    assert_int_equal(n, HTTPSTATUS_REGISTRY_COUNT);
    n = 0;
    for (c = http_status_next(0, HTTPSTATUS_UNOFFICIAL); c;
         c = http_status_next(c, HTTPSTATUS_UNOFFICIAL)) {
        assert_true(in_unofficial_map(c));
        n++;
    }
    assert_int_equal(n, HTTPSTATUS_UNOFFICIAL_COUNT);
}

static void test_names_of_enum_values(void **state)
{
    (void)state;
    assert_null(http_status_class_name(HTTPSTATUS_CLASS_NONE));
    assert_string_equal(http_status_class_name(HTTPSTATUS_CLASS_INFORMATIONAL), "Informational");
    assert_string_equal(http_status_class_name(HTTPSTATUS_CLASS_SUCCESSFUL), "Successful");
    assert_string_equal(http_status_class_name(HTTPSTATUS_CLASS_REDIRECTION), "Redirection");
    assert_string_equal(http_status_class_name(HTTPSTATUS_CLASS_CLIENT_ERROR), "Client Error");
    assert_string_equal(http_status_class_name(HTTPSTATUS_CLASS_SERVER_ERROR), "Server Error");
    assert_null(http_status_class_name((enum http_status_class)6));
    assert_null(http_status_class_name((enum http_status_class)-1));

    assert_null(http_status_level_name(HTTPSTATUS_LEVEL_NONE));
    assert_string_equal(http_status_level_name(HTTPSTATUS_LEVEL_MAY), "MAY");
    assert_string_equal(http_status_level_name(HTTPSTATUS_LEVEL_SHOULD), "SHOULD");
    assert_string_equal(http_status_level_name(HTTPSTATUS_LEVEL_MUST), "MUST");
    assert_string_equal(http_status_level_name(HTTPSTATUS_LEVEL_SHOULD_NOT), "SHOULD NOT");
    assert_string_equal(http_status_level_name(HTTPSTATUS_LEVEL_MUST_NOT), "MUST NOT");
    assert_null(http_status_level_name((enum http_status_level)6));
    assert_null(http_status_level_name((enum http_status_level)-1));

    assert_null(http_status_registration_name(HTTPSTATUS_REG_NONE));
    assert_string_equal(http_status_registration_name(HTTPSTATUS_REG_PERMANENT), "permanent");
    assert_string_equal(http_status_registration_name(HTTPSTATUS_REG_TEMPORARY), "temporary");
    assert_string_equal(http_status_registration_name(HTTPSTATUS_REG_UNUSED), "unused");
    assert_string_equal(http_status_registration_name(HTTPSTATUS_REG_OBSOLETED), "obsoleted");
    assert_string_equal(http_status_registration_name(HTTPSTATUS_REG_UNREGISTERED), "unregistered");
    assert_null(http_status_registration_name((enum http_status_registration)6));
    assert_null(http_status_registration_name((enum http_status_registration)-1));

    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_INTERIM), "interim");
    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_CONTENT_FORBIDDEN), "content-forbidden");
    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_CACHEABLE), "cacheable");
    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_METHOD_PRESERVING), "method-preserving");
    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_METHOD_TO_GET), "method-to-get");
    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_METHOD_MAY_CHANGE), "method-may-change");
    assert_string_equal(http_status_flag_name(HTTPSTATUS_FLAG_RETRYABLE), "retryable");
    assert_null(http_status_flag_name(0));
    assert_null(http_status_flag_name(0x80u));
    assert_null(http_status_flag_name(HTTPSTATUS_FLAG_INTERIM | HTTPSTATUS_FLAG_CACHEABLE));
    assert_null(http_status_flag_name(~0u));

    assert_null(http_status_field_name((enum http_status_field)-1));
    assert_null(http_status_field_name((enum http_status_field)1000));
    assert_null(http_status_field_reference((enum http_status_field)-1));
    assert_null(http_status_field_reference(HTTPSTATUS_FIELD_NONE));
    assert_int_equal(http_status_header_level(405, (enum http_status_field)-1),
                     HTTPSTATUS_LEVEL_NONE);
    assert_int_equal(http_status_header_level(405, (enum http_status_field)1000),
                     HTTPSTATUS_LEVEL_NONE);
}

#if HTTPSTATUS_HAS_DESCRIPTIONS && HTTPSTATUS_HAS_UNOFFICIAL
static void test_languages(void **state)
{
    const char *en = http_status_description(404);
    const char *ko = http_status_description_in(404, HTTPSTATUS_REGISTRY, "ko");
    (void)state;
    assert_true(http_status_has_language("en"));
    assert_true(http_status_has_language("ko"));
    assert_true(http_status_has_language("Ko-kr"));
    assert_false(http_status_has_language("fr"));
    assert_false(http_status_has_language(""));
    assert_false(http_status_has_language(NULL));
    assert_string_equal(http_status_language_at(0), "en");
    assert_string_equal(http_status_language_at(1), "ko");
    assert_null(http_status_language_at(2));
    assert_null(http_status_language_at(~0u));
    assert_non_null(ko);
    assert_string_not_equal(ko, en);
    assert_ptr_equal(http_status_description_in(404, HTTPSTATUS_REGISTRY, "KO"), ko);
    assert_ptr_equal(http_status_description_in(404, HTTPSTATUS_REGISTRY, "ko-KR"), ko);
    assert_ptr_equal(http_status_description_in(404, HTTPSTATUS_REGISTRY, "ko_KR"), ko);
    assert_ptr_equal(http_status_description_in(404, HTTPSTATUS_REGISTRY, "en"), en);
    assert_ptr_equal(http_status_description_in(404, HTTPSTATUS_REGISTRY, NULL), en);
    assert_null(http_status_description_in(404, HTTPSTATUS_REGISTRY, ""));
    assert_null(http_status_description_in(404, HTTPSTATUS_REGISTRY, "k"));
    assert_null(http_status_description_in(404, HTTPSTATUS_REGISTRY, "kor"));
    assert_null(http_status_description_in(404, HTTPSTATUS_REGISTRY, "fr"));
    assert_null(http_status_description_in(299, HTTPSTATUS_ANY, "ko"));
    assert_null(http_status_description_in(-1, HTTPSTATUS_ANY, "ko"));
    assert_null(http_status_description_in(499, HTTPSTATUS_REGISTRY, "ko"));
    assert_non_null(http_status_description_in(499, HTTPSTATUS_UNOFFICIAL, "ko"));
}

#endif

static void test_version(void **state)
{
    (void)state;
    /* header, library and build system agree */
    assert_string_equal(http_status_version(), HTTPSTATUS_VERSION);
    assert_string_equal(HTTPSTATUS_VERSION, HTTPSTATUS_PROJECT_VERSION);
    assert_int_equal(http_status_version_number(), HTTPSTATUS_VERSION_NUMBER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_int_from_minus_1000_to_2000),
        cmocka_unit_test(test_extreme_ints),
        cmocka_unit_test(test_unregistered_codes_in_range),
        cmocka_unit_test(test_next_visits_every_row_in_order),
        cmocka_unit_test(test_names_of_enum_values),
#if HTTPSTATUS_HAS_DESCRIPTIONS && HTTPSTATUS_HAS_UNOFFICIAL
        cmocka_unit_test(test_languages),
#endif
        cmocka_unit_test(test_version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
