/*
 * From phrases and constant names back to codes: every phrase and alias of
 * the table, in any ASCII case, and the answers for unknown input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

static void flip_case(char *s)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
        else if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
    }
}

static void test_every_phrase_and_alias(void **state)
{
    int c, aliases = 0;
    (void)state;
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        http_status_info info;
        int registry;
        assert_true(http_status_lookup(c, HTTPSTATUS_ANY, &info));
        registry = info.registration != HTTPSTATUS_REG_UNREGISTERED;
        if (info.reason) {
            char flipped[300];
            strcpy(flipped, info.reason);
            flip_case(flipped);
            assert_int_equal(http_status_from_reason(info.reason), registry ? c : 0);
            assert_int_equal(http_status_from_reason(flipped), registry ? c : 0);
            assert_int_equal(http_status_from_reason_n(flipped, strlen(flipped),
                                                       HTTPSTATUS_ANY), c);
            assert_int_equal(http_status_from_reason_n(info.reason, info.reason_len,
                                                       registry ? HTTPSTATUS_UNOFFICIAL
                                                                : HTTPSTATUS_REGISTRY),
                             0);
        }
        {
            unsigned i;
            const char *alias;
            for (i = 0; (alias = http_status_alias_at(c, HTTPSTATUS_ANY, i)) != NULL; i++) {
                assert_int_equal(http_status_from_reason_n(alias, strlen(alias), HTTPSTATUS_ANY), c);
                assert_int_equal(http_status_from_reason_n(alias, strlen(alias), 0),
                                 registry ? c : 0);
                aliases++;
            }
            assert_int_equal(i, info.alias_count);
        }
        assert_int_equal(http_status_from_name(info.name), registry ? c : 0);
        assert_int_equal(http_status_from_name_n(info.name, strlen(info.name), HTTPSTATUS_ANY), c);
    }
    assert_true(aliases >= 7);
}

static void test_former_phrases(void **state)
{
    (void)state;
    assert_int_equal(http_status_from_reason("Payload Too Large"), 413);
    assert_int_equal(http_status_from_reason("Request Entity Too Large"), 413);
    assert_int_equal(http_status_from_reason("Unprocessable Entity"), 422);
    assert_int_equal(http_status_from_reason("Requested Range Not Satisfiable"), 416);
    assert_int_equal(http_status_from_reason("Request-URI Too Long"), 414);
    assert_int_equal(http_status_from_reason("Moved Temporarily"), 302);
    assert_int_equal(http_status_from_reason("I'm a teapot"), 418);
    assert_int_equal(http_status_from_reason("i'M A TEAPOT"), 418);
}

static void test_unknown_input(void **state)
{
    const char buf[] = {'N', 'o', 't', ' ', 'F', 'o', 'u', 'n', 'd', 'X'};
    (void)state;
    assert_int_equal(http_status_from_reason(NULL), 0);
    assert_int_equal(http_status_from_reason(""), 0);
    assert_int_equal(http_status_from_reason("Not Foun"), 0);
    assert_int_equal(http_status_from_reason("Not Found "), 0);
    assert_int_equal(http_status_from_reason(" Not Found"), 0);
    assert_int_equal(http_status_from_reason("Not\tFound"), 0);
    assert_int_equal(http_status_from_reason("Client Closed Request"), 0);
    assert_int_equal(http_status_from_reason("(Unused)"), 0);
    assert_int_equal(http_status_from_reason("|"), 0);
    /* The length form reads only len bytes: no NUL needed. */
    assert_int_equal(http_status_from_reason_n(buf, 9, HTTPSTATUS_REGISTRY), 404);
    assert_int_equal(http_status_from_reason_n(buf, 10, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n(buf, 0, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n(NULL, 9, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n(buf, 9, 0), 404); /* 0 is the registry */
    assert_int_equal(http_status_from_reason_n("Client Closed Request", 21, 0), 0);

    assert_int_equal(http_status_from_name("NOT_FOUND"), 404);
    assert_int_equal(http_status_from_name("not_found"), 404);
    assert_int_equal(http_status_from_name("HTTPSTATUS_NOT_FOUND"), 404);
    assert_int_equal(http_status_from_name("httpstatus_not_found"), 404);
    assert_int_equal(http_status_from_name("HTTPSTATUS_"), 0);
    assert_int_equal(http_status_from_name("NOT FOUND"), 0);
    assert_int_equal(http_status_from_name("NOT_FOUN"), 0);
    assert_int_equal(http_status_from_name(""), 0);
    assert_int_equal(http_status_from_name(NULL), 0);
    assert_int_equal(http_status_from_name("CLIENT_CLOSED_REQUEST"), 0);
    assert_int_equal(http_status_from_name_n("CLIENT_CLOSED_REQUEST", 21, HTTPSTATUS_ANY),
                     HTTPSTATUS_HAS_UNOFFICIAL ? 499 : 0);
    assert_int_equal(http_status_from_name_n(NULL, 3, HTTPSTATUS_ANY), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_phrase_and_alias),
        cmocka_unit_test(test_former_phrases),
        cmocka_unit_test(test_unknown_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
