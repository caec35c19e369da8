/*
 * Several threads look up, format, parse and check at once. The library has
 * no mutable state, so every thread must get the answers a single thread
 * gets; built with ThreadSanitizer (.ci/run), this also shows no data race.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

#define THREADS 8
#define ROUNDS 40

struct job {
    int seed;
    int mismatches; /* written by its own thread only */
};

/* What one thread computes for one code, folded into a number. */
static unsigned long answer(int code)
{
    static const char *const fields[] = {"Allow", "Location"};
    char line[64];
    http_status_parsed p;
    http_status_info info;
    struct http_status_response response = {0};
    unsigned long h = (unsigned long)(unsigned)code;
    size_t n = http_status_line(line, sizeof line, code);
    const char *reason = http_status_reason(code);
    h = h * 31u + n;
    if (n && http_status_parse_line(line, n, 0, &p) == HTTPSTATUS_PARSE_OK)
        h = h * 31u + (unsigned long)p.code + p.reason_len;
    if (reason)
        h = h * 31u + (unsigned long)http_status_from_reason(reason);
    if (http_status_lookup(code, HTTPSTATUS_ANY, &info))
        h = h * 31u + info.flags + info.header_count +
            (info.description ? strlen(info.description) : 0);
    response.code = code;
    response.fields = fields;
    response.field_count = 2;
    response.has_content = 1;
    response.method = "GET";
    h = h * 31u + http_status_check(&response, HTTPSTATUS_CHECK_CONDITIONAL, NULL, 0);
    h = h * 31u + (unsigned long)http_status_class(code);
    return h;
}

static unsigned long expected[700];

static void *work(void *arg)
{
    struct job *job = arg;
    int round, code;
    for (round = 0; round < ROUNDS; round++)
        for (code = 0; code < 700; code++) {
            int c = (code + job->seed * 37 + round) % 700;
            if (answer(c) != expected[c])
                job->mismatches++;
        }
    return NULL;
}

static void test_threads_agree_with_one_thread(void **state)
{
    pthread_t threads[THREADS];
    struct job jobs[THREADS];
    int i, code;
    (void)state;
    for (code = 0; code < 700; code++)
        expected[code] = answer(code);
    for (i = 0; i < THREADS; i++) {
        jobs[i].seed = i;
        jobs[i].mismatches = 0;
        assert_int_equal(pthread_create(&threads[i], NULL, work, &jobs[i]), 0);
    }
    for (i = 0; i < THREADS; i++) {
        assert_int_equal(pthread_join(threads[i], NULL), 0);
        assert_int_equal(jobs[i].mismatches, 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_agree_with_one_thread),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
