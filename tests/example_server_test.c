/*
 * How a C server's own unit test can hold its responses to the RFCs: the
 * handler writes its bytes, and the test asserts that http_status_lint()
 * finds nothing in them, printing each finding when it does. Copy the
 * assert_lint_clean() helper into your test suite.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

/* The server under test: answers a method on a resource that allows GET
 * and HEAD only. */
static size_t handle(const char *method, char *out, size_t size)
{
    static const char date[] = "Date: Wed, 02 Dec 2026 06:00:00 GMT\r\n";
    int code = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0 ? 200 : 405;
    size_t n = http_status_line(out, size, code);
    n += (size_t)snprintf(out + n, size - n, "%s%s", date,
                          code == 405 ? "Allow: GET, HEAD\r\n" : "");
    n += (size_t)snprintf(out + n, size - n, "Content-Length: 3\r\n\r\n%s",
                          strcmp(method, "HEAD") == 0 ? "" : "hi\n");
    return n;
}

static void assert_lint_clean(const char *bytes, size_t len, const char *method)
{
    struct http_status_finding f[16];
    size_t n = http_status_lint(bytes, len, method, NULL, f, 16), i;
    for (i = 0; i < n && i < 16; i++)
        print_error("%s %s at byte %lu: %s%s%s (%s)\n", http_status_severity_name(f[i].severity),
                    f[i].rule, (unsigned long)f[i].offset, f[i].field ? f[i].field : "",
                    f[i].field ? ": " : "", f[i].message, f[i].reference);
    assert_int_equal(n, 0);
}

static void test_every_method_gets_a_correct_response(void **state)
{
    static const char *const methods[] = {"GET", "HEAD", "DELETE", "PUT"};
    char buf[512];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        size_t len = handle(methods[i], buf, sizeof buf);
        assert_lint_clean(buf, len, methods[i]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_method_gets_a_correct_response),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
