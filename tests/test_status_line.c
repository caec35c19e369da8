/*
 * Writing and reading status lines: every code written and read back, every
 * buffer size, every int, and malformed lines with their error and offset.
 */
#if defined(__unix__) || defined(__APPLE__)
#define _DEFAULT_SOURCE /* mmap with MAP_ANONYMOUS */
#include <sys/mman.h>
#include <unistd.h>
#define HAVE_GUARD_PAGE 1
#endif
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

/* The line spelled out the slow way, as the test's own reference. */
static size_t expected_line(char *out, int code, const char *version)
{
    const char *reason = http_status_reason(code);
    char digits[4];
    digits[0] = (char)('0' + code / 100);
    digits[1] = (char)('0' + code / 10 % 10);
    digits[2] = (char)('0' + code % 10);
    digits[3] = '\0';
    strcpy(out, version);
    strcat(out, digits);
    strcat(out, " ");
    strcat(out, reason ? reason : "");
    strcat(out, "\r\n");
    return strlen(out);
}

static void test_every_code_written_and_read_back(void **state)
{
    int code;
    (void)state;
    for (code = 100; code <= 599; code++) {
        char buf[512], want[512];
        http_status_parsed p;
        size_t n = http_status_line(buf, sizeof buf, code);
        size_t wn = expected_line(want, code, "HTTP/1.1 ");
        const char *reason = http_status_reason(code);
        assert_int_equal(n, wn);
        assert_string_equal(buf, want);
        assert_int_equal(http_status_parse_line(buf, n, 0, &p), HTTPSTATUS_PARSE_OK);
        assert_int_equal(p.code, code);
        assert_int_equal(p.major, 1);
        assert_int_equal(p.minor, 1);
        assert_int_equal(p.length, n);
        assert_int_equal(p.reason_len, reason ? strlen(reason) : 0);
        assert_memory_equal(p.reason, reason ? reason : "", p.reason_len);
        assert_ptr_equal(p.reason, buf + 13);

        n = http_status_line_version(buf, sizeof buf, code, 0);
        wn = expected_line(want, code, "HTTP/1.0 ");
        assert_int_equal(n, wn);
        assert_string_equal(buf, want);
        assert_int_equal(http_status_parse_line(buf, n, 0, &p), HTTPSTATUS_PARSE_OK);
        assert_int_equal(p.minor, 0);
        assert_int_equal(p.code, code);

        n = http_status_text(buf, sizeof buf, code);
        assert_int_equal(n, wn - 9 - 2);
        assert_memory_equal(buf, want + 9, n);
        assert_int_equal(buf[n], '\0');
    }
}

static void test_unregistered_code_keeps_the_space(void **state)
{
    char buf[64];
    (void)state;
    assert_int_equal(http_status_line(buf, sizeof buf, 299), 15);
    assert_string_equal(buf, "HTTP/1.1 299 \r\n");
    assert_int_equal(http_status_line(buf, sizeof buf, 418), 15);
    assert_string_equal(buf, "HTTP/1.1 418 \r\n");
    assert_int_equal(http_status_text(buf, sizeof buf, 299), 4);
    assert_string_equal(buf, "299 ");
    assert_int_equal(http_status_line(buf, sizeof buf, 404), 24);
    assert_string_equal(buf, "HTTP/1.1 404 Not Found\r\n");
}

static void test_every_int_outside_the_range_writes_nothing(void **state)
{
    static const int extremes[] = {INT_MIN, INT_MIN + 1, -1, 0, 99, 600, 999,
                                   1000, 4404, INT_MAX};
    char buf[32];
    int code;
    size_t i;
    (void)state;
    for (code = -1000; code <= 2000; code++) {
        memset(buf, 'x', sizeof buf);
        if (code >= 100 && code <= 599)
            assert_true(http_status_line(buf, sizeof buf, code) >= 15);
        else {
            assert_int_equal(http_status_line(buf, sizeof buf, code), 0);
            assert_int_equal(buf[0], '\0');
            assert_int_equal(buf[1], 'x');
        }
    }
    for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
        memset(buf, 'x', sizeof buf);
        assert_int_equal(http_status_line(buf, sizeof buf, extremes[i]), 0);
        assert_int_equal(http_status_text(buf, sizeof buf, extremes[i]), 0);
        assert_int_equal(http_status_line_version(buf, sizeof buf, extremes[i], 0), 0);
        assert_int_equal(buf[0], '\0');
    }
    assert_int_equal(http_status_line(NULL, 0, 700), 0);
    assert_int_equal(http_status_text(NULL, 0, 700), 0);
    assert_int_equal(http_status_line_version(buf, sizeof buf, 200, 1), 17);
    assert_string_equal(buf, "HTTP/1.1 200 OK\r\n");
    assert_int_equal(http_status_line_version(buf, sizeof buf, 200, 2), 0);
    assert_int_equal(http_status_line_version(buf, sizeof buf, 200, -1), 0);
    assert_int_equal(http_status_line_version(buf, sizeof buf, 200, INT_MAX), 0);
    assert_int_equal(buf[0], '\0');
}

/* snprintf's contract at every size from 0 to past the full length. */
static void test_every_buffer_size(void **state)
{
    static const int codes[] = {100, 200, 299, 404, 418, 431, 511};
    size_t k;
    (void)state;
    for (k = 0; k < sizeof codes / sizeof codes[0]; k++) {
        char full[512];
        size_t total = http_status_line(full, sizeof full, codes[k]), size;
        /* past 48 too, where the line is copied as one block */
        for (size = 0; size <= total + 2 || size <= 64; size++) {
            char buf[600];
            size_t n, i;
            memset(buf, '#', sizeof buf);
            n = http_status_line(buf, size, codes[k]);
            assert_int_equal(n, total);
            if (size > 0) {
                size_t kept = size - 1 < total ? size - 1 : total;
                assert_memory_equal(buf, full, kept);
                assert_int_equal(buf[kept], '\0');
                /* after the NUL: untouched, or NUL within the first 48 */
                for (i = kept + 1; i < size; i++)
                    assert_true(buf[i] == '#' || (buf[i] == '\0' && i < 48));
            }
            for (i = size; i < sizeof buf; i++)
                assert_int_equal(buf[i], '#'); /* nothing past size */
        }
        assert_int_equal(http_status_line(NULL, 0, codes[k]), total);
        assert_int_equal(http_status_line(NULL, 100, codes[k]), total);
        assert_int_equal(http_status_line_version(NULL, 100, codes[k], 0), total);
        assert_int_equal(http_status_text(NULL, 100, codes[k]), total - 11);
        /* the other two writers, at every size too */
        for (size = 0; size <= total + 2; size++) {
            char buf[600], want[600];
            size_t n;
            memset(buf, '#', sizeof buf);
            n = http_status_line_version(buf, size, codes[k], 0);
            assert_int_equal(n, total);
            strcpy(want, full);
            want[7] = '0';
            if (size > 0) {
                size_t kept = size - 1 < total ? size - 1 : total;
                assert_memory_equal(buf, want, kept);
                assert_int_equal(buf[kept], '\0');
            }
            assert_int_equal(buf[size], '#');
            memset(buf, '#', sizeof buf);
            n = http_status_text(buf, size, codes[k]);
            assert_int_equal(n, total - 11);
            if (size > 0) {
                size_t kept = size - 1 < n ? size - 1 : n;
                assert_memory_equal(buf, full + 9, kept);
                assert_int_equal(buf[kept], '\0');
            }
            assert_int_equal(buf[size], '#');
        }
    }
}

struct bad_line {
    const char *text;
    size_t len; /* 0: strlen(text) */
    unsigned options;
    enum http_status_parse_result result;
    size_t offset;
};

static void test_malformed_lines(void **state)
{
    const unsigned E = HTTPSTATUS_PARSE_AT_END, L = HTTPSTATUS_PARSE_LENIENT;
    const struct bad_line cases[] = {
        /* input that ends early: more may come, unless it is all there is */
        {"", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 0},
        {"", 0, E, HTTPSTATUS_PARSE_BAD_VERSION, 0},
        {"H", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 1},
        {"HTTP", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 4},
        {"HTTP", 0, E, HTTPSTATUS_PARSE_BAD_VERSION, 4},
        {"HTTP/1.1", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 8},
        {"HTTP/1.1", 0, E, HTTPSTATUS_PARSE_MISSING_SPACE, 8},
        {"HTTP/1.1 20", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 11},
        {"HTTP/1.1 20", 0, E, HTTPSTATUS_PARSE_BAD_CODE, 11},
        {"HTTP/1.1 200", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 12},
        {"HTTP/1.1 200", 0, L, HTTPSTATUS_PARSE_INCOMPLETE, 12},
        {"HTTP/1.1 200", 0, E, HTTPSTATUS_PARSE_MISSING_SPACE, 12},
        {"HTTP/1.1 200 O", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 14},
        {"HTTP/1.1 200 OK\r", 0, 0, HTTPSTATUS_PARSE_INCOMPLETE, 16},
        {"HTTP/1.1 200 OK\r", 0, L, HTTPSTATUS_PARSE_INCOMPLETE, 16},
        {"HTTP/1.1 200 OK\r", 0, E, HTTPSTATUS_PARSE_BAD_LINE_END, 16},
        {"HTTP/1.1 200 OK\r", 0, E | L, HTTPSTATUS_PARSE_BAD_LINE_END, 16},
        {"HTTP/1.1 200\r", 0, L, HTTPSTATUS_PARSE_INCOMPLETE, 13},
        {"HTTP/1.1 200 OK", 5, 0, HTTPSTATUS_PARSE_INCOMPLETE, 5},
        {"HTTP/1.1 200 OK", 5, E, HTTPSTATUS_PARSE_BAD_VERSION, 5},
        {"HTTP/1.1 200 OK", 10, 0, HTTPSTATUS_PARSE_INCOMPLETE, 10},
        {"HTTP/1.1 200 OK", 10, E, HTTPSTATUS_PARSE_BAD_CODE, 10},
        /* a byte that can never begin a valid line: an error at once */
        {"h", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 0},
        {"http/1.1 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 0},
        {"HTTP/11 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 6},
        {"HTTP/1.10 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 8},
        {"HTTP/a.1 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 5},
        {"HTTP/1.x 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 7},
        {"HTTP/1.1  200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 9},
        {"HTTP/1.1\t200 OK", 0, 0, HTTPSTATUS_PARSE_MISSING_SPACE, 8},
        {"HTTP/1.1 20 OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 11},
        {"HTTP/1.1 2000 OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 12},
        {"HTTP/1.1 20x OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 11},
        {"HTTP/1.1 2x", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 10},
        {"HTTP/1.1 -20 OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 9},
        {"HTTP/1.1 0", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 9},
        {"HTTP/1.1 6", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 9},
        {"HTTP/1.1 099 OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 9},
        {"HTTP/1.1 600 OK", 0, 0, HTTPSTATUS_PARSE_BAD_CODE, 9},
        {"HTTP/1.1 200OK", 0, 0, HTTPSTATUS_PARSE_MISSING_SPACE, 12},
        {"HTTP/1.1 200\r", 0, 0, HTTPSTATUS_PARSE_MISSING_SPACE, 12},
        {"HTTP/1.1 200\r\n", 0, 0, HTTPSTATUS_PARSE_MISSING_SPACE, 12},
        {"HTTP/1.1 200OK", 0, L, HTTPSTATUS_PARSE_MISSING_SPACE, 12},
        {"HTTP/1.1 200 O\x01K", 0, 0, HTTPSTATUS_PARSE_BAD_REASON, 14},
        {"HTTP/1.1 200 O\x7FK", 0, 0, HTTPSTATUS_PARSE_BAD_REASON, 14},
        {"HTTP/1.1 200 O\0K", 16, 0, HTTPSTATUS_PARSE_BAD_REASON, 14},
        {"HTTP/1.1 200 OK\rX", 0, 0, HTTPSTATUS_PARSE_BAD_REASON, 15},
        {"HTTP/1.1 200 OK\rX", 0, E, HTTPSTATUS_PARSE_BAD_REASON, 15},
        {"HTTP/1.1 200 OK\n", 0, 0, HTTPSTATUS_PARSE_BAD_LINE_END, 15},
        {"HTTP/1.1 200 OK\n", 0, E, HTTPSTATUS_PARSE_BAD_LINE_END, 15},
        {"\r\nHTTP/1.1 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 0},
        {" HTTP/1.1 200 OK", 0, 0, HTTPSTATUS_PARSE_BAD_VERSION, 0},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        http_status_parsed p;
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].text);
        enum http_status_parse_result r;
        memset(&p, 0x5A, sizeof p);
        r = http_status_parse_line(cases[i].text, len, cases[i].options, &p);
        if (r != cases[i].result || p.error_offset != cases[i].offset)
            fail_msg("case %u \"%s\" options %u: %s at %u, expected %s at %u", (unsigned)i,
                     cases[i].text, cases[i].options, http_status_parse_result_name(r),
                     (unsigned)p.error_offset, http_status_parse_result_name(cases[i].result),
                     (unsigned)cases[i].offset);
        assert_int_equal(p.code, 0);
        assert_null(p.reason);
        assert_int_equal(p.length, 0);
    }
}

static void test_tolerated_lines(void **state)
{
    const unsigned E = HTTPSTATUS_PARSE_AT_END, L = HTTPSTATUS_PARSE_LENIENT;
    http_status_parsed p;
    const char *with_headers = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    (void)state;
    /* An empty phrase after its space is grammatical. */
    assert_int_equal(http_status_parse_line("HTTP/1.1 204 \r\n", 15, 0, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.code, 204);
    assert_int_equal(p.reason_len, 0);
    assert_int_equal(p.length, 15);
    /* AT_END: the line is the whole input, without its CRLF. */
    assert_int_equal(http_status_parse_line("HTTP/1.0 404 Not Found", 22, E, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.minor, 0);
    assert_int_equal(p.reason_len, 9);
    assert_int_equal(p.length, 22);
    assert_int_equal(http_status_parse_line("HTTP/1.1 200 O", 14, E, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.reason_len, 1);
    /* AT_END still stops at a CRLF inside the input. */
    assert_int_equal(http_status_parse_line(with_headers, strlen(with_headers), E, &p),
                     HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.length, 17);
    /* The line stops at its CRLF; what follows is the caller's. */
    assert_int_equal(http_status_parse_line(with_headers, strlen(with_headers), 0, &p),
                     HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.length, 17);
    assert_int_equal(p.reason_len, 2);
    /* Phrases are not checked against the table: a client ignores them. */
    assert_int_equal(http_status_parse_line("HTTP/1.1 200 Fine\tand dandy \xC3\xA9\r\n", 32, 0, &p),
                     HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.reason_len, 17);
    assert_int_equal(http_status_parse_line("HTTP/2.0 299 X\r\n", 16, 0, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.major, 2);
    assert_int_equal(p.code, 299);
    /* Lenient: no space before an empty phrase, and a bare LF. */
    assert_int_equal(http_status_parse_line("HTTP/1.1 200", 12, L | E, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.reason_len, 0);
    assert_int_equal(p.length, 12);
    assert_int_equal(http_status_parse_line("HTTP/1.1 200\r\nX", 15, L, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.length, 14);
    assert_int_equal(p.reason_len, 0);
    assert_int_equal(http_status_parse_line("HTTP/1.1 200\nX", 14, L, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.length, 13);
    assert_int_equal(http_status_parse_line("HTTP/1.1 301 Moved\nX", 20, L, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.length, 19);
    assert_int_equal(p.reason_len, 5);
    /* Option bits the parser does not know change nothing. */
    assert_int_equal(http_status_parse_line("HTTP/1.1 200 OK", 15, 0xF0u, &p),
                     HTTPSTATUS_PARSE_INCOMPLETE);
}

static void test_overlong_and_null_input(void **state)
{
    size_t big = 1u << 20;
    char *line = malloc(big);
    http_status_parsed p;
    (void)state;
    assert_non_null(line);
    memcpy(line, "HTTP/1.1 200 ", 13);
    memset(line + 13, 'a', big - 13);
    assert_int_equal(http_status_parse_line(line, big, 0, &p), HTTPSTATUS_PARSE_INCOMPLETE);
    assert_int_equal(p.error_offset, big);
    assert_int_equal(http_status_parse_line(line, big, HTTPSTATUS_PARSE_AT_END, &p),
                     HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.reason_len, big - 13);
    line[big - 2] = '\r';
    line[big - 1] = '\n';
    assert_int_equal(http_status_parse_line(line, big, 0, &p), HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.reason_len, big - 15);
    line[big - 1] = '\x02';
    assert_int_equal(http_status_parse_line(line, big, 0, &p), HTTPSTATUS_PARSE_BAD_REASON);
    assert_int_equal(p.error_offset, big - 2);
    free(line);

    assert_int_equal(http_status_parse_line(NULL, 0, 0, &p), HTTPSTATUS_PARSE_INCOMPLETE);
    assert_int_equal(http_status_parse_line(NULL, 0, HTTPSTATUS_PARSE_AT_END, &p),
                     HTTPSTATUS_PARSE_BAD_VERSION);
    assert_int_equal(http_status_parse_line(NULL, 5, 0, &p), HTTPSTATUS_PARSE_BAD_ARGUMENT);
    assert_int_equal(http_status_parse_line("HTTP/1.1 200 OK", 15, 0, NULL),
                     HTTPSTATUS_PARSE_BAD_ARGUMENT);
}

/* Parses the first n bytes of text from a heap copy of exactly n bytes, so
 * that a read past the end shows under the sanitizers and valgrind. */
static enum http_status_parse_result parse_prefix(const char *text, size_t n,
                                                  unsigned options, http_status_parsed *p)
{
    char *copy = malloc(n ? n : 1);
    enum http_status_parse_result r;
    assert_non_null(copy);
    memcpy(copy, text, n);
    r = http_status_parse_line(copy, n, options, p);
    if (r == HTTPSTATUS_PARSE_OK) /* p->reason pointed into the copy */
        p->reason = text + (p->reason - copy);
    free(copy);
    return r;
}

/* The socket contract: for every valid line, every proper prefix of it is
 * INCOMPLETE (offset: its length), the line with its line end is OK, and
 * with AT_END the line without its line end is OK with the same parts. */
static void check_prefixes(const char *line, unsigned options)
{
    size_t full = strlen(line), n, bare;
    http_status_parsed whole, p;
    assert_int_equal(parse_prefix(line, full, options, &whole), HTTPSTATUS_PARSE_OK);
    for (n = 0; n < whole.length; n++) {
        memset(&p, 0x5A, sizeof p);
        if (parse_prefix(line, n, options, &p) != HTTPSTATUS_PARSE_INCOMPLETE)
            fail_msg("\"%s\" cut to %u bytes is not INCOMPLETE", line, (unsigned)n);
        assert_int_equal(p.error_offset, n);
        assert_int_equal(p.code, 0);
    }
    bare = whole.length - (line[whole.length - 2] == '\r' ? 2 : 1);
    assert_int_equal(parse_prefix(line, bare, options | HTTPSTATUS_PARSE_AT_END, &p),
                     HTTPSTATUS_PARSE_OK);
    assert_int_equal(p.code, whole.code);
    assert_int_equal(p.length, bare);
    assert_int_equal(p.reason_len, whole.reason_len);
    assert_memory_equal(p.reason, whole.reason, whole.reason_len);
}

static void test_every_prefix(void **state)
{
    static const char *const lines[] = {
        "HTTP/1.1 503 Service Unavailable\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.0 204 \r\n",
        "HTTP/2.0 299 Fine\tand dandy \xC3\xA9\r\nX",
    };
    static const char *const lenient[] = {
        "HTTP/1.1 200\r\n", "HTTP/1.1 200\n", "HTTP/1.1 301 Moved\nLocation: /\n",
    };
    size_t i;
    int code;
    (void)state;
    for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        check_prefixes(lines[i], 0);
        check_prefixes(lines[i], HTTPSTATUS_PARSE_LENIENT);
    }
    for (i = 0; i < sizeof lenient / sizeof lenient[0]; i++)
        check_prefixes(lenient[i], HTTPSTATUS_PARSE_LENIENT);
    for (code = 100; code <= 599; code++) {
        char buf[300];
        http_status_line(buf, sizeof buf, code);
        check_prefixes(buf, 0);
    }
}

#ifdef HAVE_GUARD_PAGE
/* Every prefix parsed from the very end of a readable page, with the next
 * page unreadable: a read past the input crashes the test, sanitizer or not. */
static void test_no_read_past_the_input(void **state)
{
    static const char *const lines[] = {
        "HTTP/1.1 503 Service Unavailable\r\n", "HTTP/1.1 200\n", "HTTP/1.0 204 \r\n",
        "HTTP/1.1 200 OK\r", "HTTP/1.1 2x", "HTTP/1.1",
    };
    static const unsigned options[] = {0, HTTPSTATUS_PARSE_LENIENT, HTTPSTATUS_PARSE_AT_END,
                                       HTTPSTATUS_PARSE_LENIENT | HTTPSTATUS_PARSE_AT_END};
    size_t page = (size_t)sysconf(_SC_PAGESIZE), i, n, k;
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    (void)state;
    assert_true(map != MAP_FAILED);
    assert_int_equal(mprotect(map + page, page, PROT_NONE), 0);
    for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i]);
        for (n = 0; n <= len; n++) {
            char *at = map + page - n; /* the input ends where the page does */
            memcpy(at, lines[i], n);
            for (k = 0; k < sizeof options / sizeof options[0]; k++) {
                http_status_parsed p, q;
                enum http_status_parse_result r = http_status_parse_line(at, n, options[k], &p);
                /* and the answer is the one the same bytes get anywhere */
                assert_int_equal(r, http_status_parse_line(lines[i], n, options[k], &q));
                assert_int_equal(p.error_offset, q.error_offset);
                assert_int_equal(p.length, q.length);
                assert_int_equal(p.code, q.code);
            }
        }
    }
    munmap(map, 2 * page);
}
#endif

/*
 * Every byte value at every place of a long phrase, so that each byte falls
 * at each place of the words a parser may read at once: a control byte
 * (but HTAB) or DEL is BAD_REASON at its own offset (LF BAD_LINE_END, CR
 * not before LF BAD_REASON), and every other byte is part of the phrase.
 */
/* Every byte value at every place of phrases of 0 to 24 bytes, with the
 * line ending where the input does or followed by more: the word-at-a-time
 * scan and the byte loop must agree on where a phrase stops. */
static void test_every_byte_in_a_phrase(void **state)
{
    static const char head[] = "HTTP/1.1 200 ";
    static const char *const tails[] = {"\r\nX: y\r\n", "\r\n", "\r\n\r\n"};
    char line[64];
    size_t n, at, t, len;
    unsigned b;
    (void)state;
    for (n = 0; n <= 24; n++)
        for (t = 0; t < sizeof tails / sizeof tails[0]; t++)
            for (at = 13; at < 13 + n; at++)
                for (b = 0; b < 256; b++) {
                    http_status_parsed p;
                    enum http_status_parse_result r, want;
                    memcpy(line, head, 13);
                    memset(line + 13, 'x', n);
                    line[at] = (char)b;
                    len = 13 + n + strlen(tails[t]);
                    memcpy(line + 13 + n, tails[t], strlen(tails[t]));
                    r = http_status_parse_line(line, len, 0, &p);
                    if (b == '\t' || (b >= 0x20 && b != 0x7F))
                        want = HTTPSTATUS_PARSE_OK;
                    else if (b == '\n')
                        want = HTTPSTATUS_PARSE_BAD_LINE_END;
                    else /* a CR among them is followed by 'x' or by another CR */
                        want = HTTPSTATUS_PARSE_BAD_REASON;
                    if (r != want || (r != HTTPSTATUS_PARSE_OK && p.error_offset != at) ||
                        (r == HTTPSTATUS_PARSE_OK && (p.reason_len != n || p.length != 13 + n + 2)))
                        fail_msg("phrase of %lu, tail %lu, byte 0x%02x at %lu: %s at %lu",
                                 (unsigned long)n, (unsigned long)t, b, (unsigned long)at,
                                 http_status_parse_result_name(r),
                                 (unsigned long)p.error_offset);
                }
}

static void test_result_names(void **state)
{
    (void)state;
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_OK), "ok");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_INCOMPLETE), "incomplete");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_BAD_ARGUMENT), "bad-argument");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_BAD_VERSION), "bad-version");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_MISSING_SPACE), "missing-space");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_BAD_CODE), "bad-code");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_BAD_REASON), "bad-reason");
    assert_string_equal(http_status_parse_result_name(HTTPSTATUS_PARSE_BAD_LINE_END), "bad-line-end");
    assert_null(http_status_parse_result_name((enum http_status_parse_result)8));
    assert_null(http_status_parse_result_name((enum http_status_parse_result)-1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_code_written_and_read_back),
        cmocka_unit_test(test_unregistered_code_keeps_the_space),
        cmocka_unit_test(test_every_int_outside_the_range_writes_nothing),
        cmocka_unit_test(test_every_buffer_size),
        cmocka_unit_test(test_malformed_lines),
        cmocka_unit_test(test_tolerated_lines),
        cmocka_unit_test(test_overlong_and_null_input),
        cmocka_unit_test(test_every_prefix),
        cmocka_unit_test(test_result_names),
        cmocka_unit_test(test_every_byte_in_a_phrase),
#ifdef HAVE_GUARD_PAGE
        cmocka_unit_test(test_no_read_past_the_input),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
