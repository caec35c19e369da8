/*
 * httpstatus.h and http_parser.h in one translation unit: no name of one
 * redefines a name of the other (enum http_status, HTTP_STATUS_MAP,
 * HTTP_STATUS_OK, http_status_str belong to http_parser.h). A clash would
 * stop this file compiling; the checks below make both libraries agree on
 * the phrases they share.
 */
#include <http_parser.h>
#include "httpstatus.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

static void test_both_headers_together(void **state)
{
    enum http_status theirs = HTTP_STATUS_NOT_FOUND;
    enum http_status_code ours = HTTPSTATUS_NOT_FOUND;
    (void)state;
    assert_int_equal((int)theirs, (int)ours);
    assert_int_equal(HTTP_STATUS_OK, HTTPSTATUS_OK);
    assert_string_equal(http_status_str(theirs), http_status_reason(ours));
}

/* Every phrase http_parser gives a code is either the registry's phrase
 * for it or a former phrase the table records for it: http_parser 2.9
 * predates RFC 9110's renames (413 Payload Too Large, 422 Unprocessable
 * Entity). */
static void test_shared_phrases_agree(void **state)
{
    int same = 0, former = 0;
    (void)state;
#define XX(num, name, string)                                                  \
    {                                                                          \
        const char *ours = http_status_reason(num);                           \
        if (ours != NULL && strcmp(ours, #string) == 0)                        \
            same++;                                                            \
        else if (http_status_from_reason(#string) == (num))                    \
            former++;                                                          \
        else                                                                   \
            fail_msg("%d: http_parser says \"%s\", httpstatus \"%s\"", num,    \
                     #string, ours ? ours : "(none)");                         \
    }
    HTTP_STATUS_MAP(XX)
#undef XX
    assert_true(same > former);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_both_headers_together),
        cmocka_unit_test(test_shared_phrases_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
