/*
 * httpstatus_bench: the cost of a call to each of the library's hot
 * functions, next to baselines and peers that pay the same call boundary
 * (baseline.c is a shared library of its own; picohttpparser and http_parser
 * are Debian's shared libraries, left out with a note in --help when they
 * are not installed).
 *
 *   httpstatus_bench [--iterations N] [--once] [--tsv]
 *   httpstatus_bench --callgrind MODE [--iterations N]
 *
 * Every contender runs over fixed inputs built from an xorshift32 generator
 * with a fixed seed (see make_inputs()), and makes N >> shift calls per
 * repetition (the shift column of contenders[]) so that each takes a
 * similar time. The repetitions interleave the contenders, so that a slow
 * spell of a busy machine falls on all of them alike, and each line shows
 * the median ns per call and its ratio to the library's row of its group.
 * Before timing, the program checks that the contenders of a group give
 * the same answers, and exits 1 if not.
 *
 * --callgrind MODE runs only one contender's loop, N times, untimed: the
 * function run_MODE, with '-' written '_'. Counting the instructions
 * collected inside it and dividing by N gives the whole cost of a call as a
 * program sees it (call, PLT jump, function, loop):
 *
 *     valgrind --tool=callgrind --callgrind-out-file=/dev/null \
 *         --toggle-collect=run_line_lib build/bench/httpstatus_bench \
 *         --callgrind line-lib --iterations 1000000 2>&1 | grep Collected
 *
 * bench/instructions.sh does this for every MODE and prints one table with
 * the times; bench/report writes the README's section from it. --help lists
 * the modes.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 199309L

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <httpstatus.h>

#include "baseline.h"

#if defined(__GNUC__)
#  define BENCH_NOINLINE __attribute__((noinline))
#else
#  define BENCH_NOINLINE
#endif

#define STREAM_LEN 4096u /* codes in the stream; a power of two */
#define PARSE_LEN 1024u  /* status lines for http_status_parse_line */
#define PHRASE_LEN 256u  /* phrases for http_status_from_reason, of each kind */
#define SEED 0x2545F491u
#define REPETITIONS 7
#define DEFAULT_ITERATIONS 8000000ul
#define LINE_SIZE 64u

static const int hot_codes[10] = {200, 204, 301, 304, 400, 401, 403, 404, 500, 503};

static const int registry_codes[] = {
#define BENCH_XX_(code, name, reason) code,
    HTTPSTATUS_MAP(BENCH_XX_)
#undef BENCH_XX_
};

/* ---- input ------------------------------------------------------------- */

static uint32_t prng_state = SEED;

static uint32_t xorshift32(void)
{
    uint32_t x = prng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return prng_state = x;
}

/* 90%: one of hot_codes; 10%: uniform over lo..hi. */
static int draw_code(int lo, int hi)
{
    if (xorshift32() % 10u < 9u)
        return hot_codes[xorshift32() % 10u];
    return lo + (int)(xorshift32() % (uint32_t)(hi - lo + 1));
}

static int codes[STREAM_LEN];

/* The status line of every code in 100..599, for the memcpy contender. */
static char precomputed[500][LINE_SIZE];
static size_t precomputed_len[500];

struct parse_input {
    char text[LINE_SIZE + 32];
    size_t len;
    int valid;
};
static struct parse_input parse_inputs[PARSE_LEN];
/* The status lines of 20 common codes, each followed by the CRLF that ends
 * a head. */
static const int common_codes[20] = {200, 201, 202, 204, 206, 301, 302, 303, 304, 307,
                                     308, 400, 401, 403, 404, 405, 409, 429, 500, 503};
static struct parse_input common_lines[20];
static size_t parse_valid;

static const char *known_phrases[PHRASE_LEN];
static const char *unknown_phrases[PHRASE_LEN];
static char former_phrases[PHRASE_LEN][64]; /* former phrases, in any case */
static const char *known_names[PHRASE_LEN];
static const char *const unknown_list[] = {
    "Not Foundx", "Bogus Status", "Not Fund", "OK OK", "Internal Server Eror",
    "Moved", "Service Unavailable!", "Teapot",
};

/* A broken copy of a valid status line; kind 0..3. */
static void break_line(struct parse_input *in, unsigned kind)
{
    static const char *const versions[] = {"HTTP/1,1", "http/1.1", "HTTP/x.1", "HTXP/1.1"};
    static const char controls[] = {'\0', '\001', '\010', '\033', '\177'};
    size_t at;

    in->valid = 0;
    switch (kind) {
    case 0: /* truncated inside the version or the code */
        in->len = 1 + xorshift32() % 12u;
        break;
    case 1: /* bad version */
        memcpy(in->text, versions[xorshift32() % 4u], 8);
        break;
    case 2: /* 2-digit code: drop the last digit */
        memmove(in->text + 11, in->text + 12, in->len - 12);
        in->len--;
        break;
    default: /* a control byte in the middle of the phrase */
        at = 13 + (in->len - 13 - 2) / 2; /* "HTTP/1.1 NNN " is 13 bytes, CRLF 2 */
        memmove(in->text + at + 1, in->text + at, in->len - at);
        in->text[at] = controls[xorshift32() % sizeof controls];
        in->len++;
        break;
    }
}

static void make_inputs(void)
{
    static const char rest[] = "Content-Length: 0\r\n\r\n";
    size_t i, k = 0;
    int c;

    for (i = 0; i < STREAM_LEN; i++)
        codes[i] = draw_code(-100, 1100);

    for (c = 100; c < 600; c++)
        precomputed_len[c - 100] = http_status_line(precomputed[c - 100], LINE_SIZE, c);

    /* A whole response head with no fields: the least that the peers'
     * parsers, which read a head and not a line, can take. */
    for (i = 0; i < 20; i++) {
        struct parse_input *in = &common_lines[i];
        in->len = http_status_line(in->text, LINE_SIZE, common_codes[i]);
        in->text[in->len++] = '\r';
        in->text[in->len++] = '\n';
        in->valid = 1;
    }

    /* 75% valid status lines followed by the rest of a response head, 25%
     * broken ones in four kinds, in a shuffled order. */
    for (i = 0; i < PARSE_LEN; i++) {
        struct parse_input *in = &parse_inputs[i];
        unsigned r = xorshift32() % 4u;
        in->len = http_status_line(in->text, LINE_SIZE, draw_code(100, 599));
        in->valid = 1;
        if (r == 0)
            break_line(in, xorshift32() % 4u);
        else {
            memcpy(in->text + in->len, rest, sizeof rest - 1);
            in->len += sizeof rest - 1;
        }
        parse_valid += (size_t)in->valid;
    }

    /* Known phrases: the phrase of a hot code 90% of the time, else of any
     * registry code that has one. */
    {
        int with_phrase[sizeof registry_codes / sizeof registry_codes[0]];
        uint32_t n = 0;
        for (i = 0; i < sizeof registry_codes / sizeof registry_codes[0]; i++)
            if (http_status_reason(registry_codes[i]))
                with_phrase[n++] = registry_codes[i];
        for (i = 0; i < PHRASE_LEN; i++) {
            c = xorshift32() % 10u < 9u ? hot_codes[xorshift32() % 10u]
                                        : with_phrase[xorshift32() % n];
            known_phrases[i] = http_status_reason(c);
        }
    }
    for (i = 0; i < PHRASE_LEN; i++) {
        unknown_phrases[i] = unknown_list[k];
        k = (k + 1) % (sizeof unknown_list / sizeof unknown_list[0]);
    }
    /* Former phrases of the registry, every other one upper-cased; and the
     * names of the codes of known_phrases. */
    {
        const char *former[64];
        uint32_t n = 0, j;
        for (c = http_status_next(0, 0); c && n < 64; c = http_status_next(c, 0)) {
            const char *a;
            for (j = 0; (a = http_status_alias_at(c, 0, j)) != NULL && n < 64; j++)
                former[n++] = a;
        }
        for (i = 0; i < PHRASE_LEN; i++) {
            char *out = former_phrases[i];
            strncpy(out, former[i % n], sizeof former_phrases[i] - 1);
            for (j = 0; (i & 1) && out[j]; j++)
                if (out[j] >= 'a' && out[j] <= 'z')
                    out[j] = (char)(out[j] - 32);
        }
        for (i = 0; i < PHRASE_LEN; i++) {
            http_status_info info;
            http_status_lookup(http_status_from_reason(known_phrases[i]), 0, &info);
            known_names[i] = info.name;
        }
    }
}

/* ---- the contenders ---------------------------------------------------- */

/* Results of every loop end up here, so no call can be dropped. */
static volatile uintptr_t sink;

#define CODE_AT(i) codes[(i) & (STREAM_LEN - 1u)]

/* One loop per contender, so each has a function of its own for callgrind
 * (run_reason_lib, ...); the loops differ only in the call they make. */
#define CODE_LOOP(name, call)                                                  \
    static BENCH_NOINLINE uintptr_t run_##name(size_t n)                       \
    {                                                                          \
        uintptr_t acc = 0;                                                     \
        size_t i;                                                              \
        for (i = 0; i < n; i++)                                                \
            acc += (uintptr_t)(call(CODE_AT(i)));                              \
        return acc;                                                            \
    }

/* http_status_class() is inline (httpstatus.h), so its baseline is the
 * obvious inline code written here: both compile into the loop. */
static unsigned class_lib(int code) { return (unsigned)http_status_class(code); }
static int div_class(int code) { return code >= 100 && code <= 599 ? code / 100 : 0; }
static unsigned class_div(int code) { return (unsigned)div_class(code); }

/* The same for a predicate, against the two compares anyone would write. */
static unsigned is_error_lib(int code) { return (unsigned)http_status_is_error(code); }
static int compare_error(int code) { return code >= 400 && code <= 599; }
static unsigned is_error_compare(int code) { return (unsigned)compare_error(code); }

CODE_LOOP(reason_lib, http_status_reason)
CODE_LOOP(reason_array, bench_array_reason)
CODE_LOOP(reason_switch, bench_switch_reason)
CODE_LOOP(class_lib, class_lib)
CODE_LOOP(class_div, class_div)
CODE_LOOP(is_error_lib, is_error_lib)
CODE_LOOP(is_error_compare, is_error_compare)

/* The three line writers leave the same bytes in buf (checked in verify());
 * each loop writes the lines of the 20 common codes, as servers mostly do,
 * and reads one byte back so the write stays live. */
static size_t line_snprintf(char *buf, int code)
{
    const char *reason;
    int n;
    if ((unsigned)code - 100u >= 500u) {
        buf[0] = '\0';
        return 0;
    }
    reason = http_status_reason(code);
    n = snprintf(buf, LINE_SIZE, "HTTP/1.1 %d %s\r\n", code, reason ? reason : "");
    return n > 0 ? (size_t)n : 0;
}

static size_t line_memcpy(char *buf, int code)
{
    unsigned s = (unsigned)code - 100u;
    size_t n;
    if (s >= 500u)
        return 0; /* writes nothing */
    n = precomputed_len[s];
    memcpy(buf, precomputed[s], n + 1);
    return n;
}

static size_t line_lib(char *buf, int code)
{
    return http_status_line(buf, LINE_SIZE, code);
}

#define LINE_LOOP(name, writer)                                                \
    static BENCH_NOINLINE uintptr_t run_##name(size_t n)                       \
    {                                                                          \
        char buf[LINE_SIZE] = {0};                                             \
        uintptr_t acc = 0;                                                     \
        size_t i, j = 0, len;                                                  \
        for (i = 0; i < n; i++) {                                              \
            len = writer(buf, common_codes[j]);                                \
            j = j == 19 ? 0 : j + 1;                                           \
            acc += len + (unsigned char)buf[len / 2];                          \
        }                                                                      \
        return acc;                                                            \
    }

LINE_LOOP(line_lib, line_lib)
LINE_LOOP(line_snprintf, line_snprintf)
LINE_LOOP(line_memcpy, line_memcpy)

static BENCH_NOINLINE uintptr_t run_parse_line(size_t n)
{
    uintptr_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        const struct parse_input *in = &parse_inputs[i & (PARSE_LEN - 1u)];
        http_status_parsed p;
        enum http_status_parse_result r = http_status_parse_line(in->text, in->len, 0, &p);
        acc += (uintptr_t)(unsigned)r + (uintptr_t)(unsigned)p.code + p.length + p.error_offset;
    }
    return acc;
}

static BENCH_NOINLINE uintptr_t run_from_reason_known(size_t n)
{
    uintptr_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++)
        acc += (uintptr_t)(unsigned)http_status_from_reason(known_phrases[i & (PHRASE_LEN - 1u)]);
    return acc;
}

static BENCH_NOINLINE uintptr_t run_from_reason_unknown(size_t n)
{
    uintptr_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++)
        acc += (uintptr_t)(unsigned)http_status_from_reason(unknown_phrases[i & (PHRASE_LEN - 1u)]);
    return acc;
}

static BENCH_NOINLINE uintptr_t run_from_reason_former(size_t n)
{
    uintptr_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++)
        acc += (uintptr_t)(unsigned)http_status_from_reason(former_phrases[i & (PHRASE_LEN - 1u)]);
    return acc;
}

static BENCH_NOINLINE uintptr_t run_from_name(size_t n)
{
    uintptr_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++)
        acc += (uintptr_t)(unsigned)http_status_from_name(known_names[i & (PHRASE_LEN - 1u)]);
    return acc;
}

/* One loop per parser of the "parse" group, over the 20 common lines; the
 * loops differ only in the parser they call, which gives back the code and
 * the phrase's length, or 0. */
#define PARSE_LOOP(name, parse)                                                \
    static BENCH_NOINLINE uintptr_t run_##name(size_t n)                       \
    {                                                                          \
        uintptr_t acc = 0;                                                     \
        size_t i, j = 0, phrase_len = 0;                                       \
        for (i = 0; i < n; i++) {                                              \
            acc += (uintptr_t)(unsigned)parse(&common_lines[j], &phrase_len) + phrase_len; \
            j = j == 19 ? 0 : j + 1;                                           \
        }                                                                      \
        return acc;                                                            \
    }

static int lib_parse(const struct parse_input *in, size_t *phrase_len)
{
    http_status_parsed p;
    if (http_status_parse_line(in->text, in->len, 0, &p) != HTTPSTATUS_PARSE_OK)
        return 0;
    *phrase_len = p.reason_len;
    return p.code;
}

PARSE_LOOP(parse_common, lib_parse)

/* ---- the peers ------------------------------------------------------- */

#ifdef BENCH_WITH_PICOHTTPPARSER
/* picohttpparser's public prototype. Debian ships the parser inside libh2o,
 * which exports it, but not its header. */
struct phr_header {
    const char *name;
    size_t name_len;
    const char *value;
    size_t value_len;
};
int phr_parse_response(const char *buf, size_t len, int *minor_version, int *status,
                       const char **msg, size_t *msg_len, struct phr_header *headers,
                       size_t *num_headers, size_t last_len);

static int pico_parse(const struct parse_input *in, size_t *phrase_len)
{
    struct phr_header headers[4];
    size_t num_headers = 4;
    const char *msg;
    int minor, status;
    if (phr_parse_response(in->text, in->len, &minor, &status, &msg, phrase_len, headers,
                           &num_headers, 0) != (int)in->len)
        return 0;
    return status;
}

PARSE_LOOP(parse_pico, pico_parse)
#endif

#ifdef BENCH_WITH_HTTP_PARSER
#include <http_parser.h>

/* The phrase, as http_parser hands it over. */
static int on_status(http_parser *parser, const char *at, size_t len)
{
    (void)at;
    *(size_t *)parser->data = len;
    return 0;
}

static int http_parser_parse(const struct parse_input *in, size_t *phrase_len)
{
    static http_parser_settings settings;
    http_parser parser;
    settings.on_status = on_status;
    http_parser_init(&parser, HTTP_RESPONSE);
    parser.data = phrase_len;
    if (http_parser_execute(&parser, &settings, in->text, in->len) != in->len ||
        parser.http_errno != HPE_OK)
        return 0;
    return (int)parser.status_code;
}

PARSE_LOOP(parse_http_parser, http_parser_parse)
#endif

/* A typical response head of about 400 bytes, as nginx sends for a small
 * file, and its content. */
static const char lint_response[] =
    "HTTP/1.1 200 OK\r\n"
    "Server: nginx/1.22.1\r\n"
    "Date: Wed, 02 Dec 2026 06:00:00 GMT\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "Content-Length: 12\r\n"
    "Last-Modified: Tue, 01 Dec 2026 12:00:00 GMT\r\n"
    "Connection: keep-alive\r\n"
    "ETag: \"674c5a40-c\"\r\n"
    "Accept-Ranges: bytes\r\n"
    "Cache-Control: public, max-age=3600\r\n"
    "Vary: Accept-Encoding\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Strict-Transport-Security: max-age=63072000; includeSubDomains\r\n"
    "Content-Security-Policy: default-src 'self'\r\n"
    "\r\n"
    "hello world\n";

static BENCH_NOINLINE uintptr_t run_lint(size_t n)
{
    uintptr_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++)
        acc += http_status_lint(lint_response, sizeof lint_response - 1, "GET", NULL, NULL, 0) + i;
    return acc;
}

struct contender {
    const char *group; /* first column */
    const char *name;  /* what is measured */
    const char *mode;  /* --callgrind MODE */
    uintptr_t (*run)(size_t n);
    unsigned shift;    /* makes N >> shift calls per repetition */
    const char *lib;   /* the MODE of the library's row it is compared with;
                          NULL for a row of the library itself */
    double ns;
};

static struct contender contenders[] = {
    {"reason", "http_status_reason", "reason-lib", run_reason_lib, 0, NULL, 0},
    {"reason", "const char *[600] array", "reason-array", run_reason_array, 0, "reason-lib", 0},
    {"reason", "switch", "reason-switch", run_reason_switch, 0, "reason-lib", 0},
    {"class", "http_status_class (inline)", "class-lib", run_class_lib, 0, NULL, 0},
    {"class", "code / 100 (inline)", "class-div", run_class_div, 0, "class-lib", 0},
    {"predicate", "http_status_is_error (inline)", "is-error-lib", run_is_error_lib, 0, NULL, 0},
    {"predicate", "code >= 400 && code <= 599 (inline)", "is-error-compare", run_is_error_compare, 0, "is-error-lib", 0},
    {"line", "http_status_line", "line-lib", run_line_lib, 2, NULL, 0},
    {"line", "memcpy of a precomputed line", "line-memcpy", run_line_memcpy, 2, "line-lib", 0},
    {"line", "snprintf", "line-snprintf", run_line_snprintf, 5, "line-lib", 0},
    {"parse", "http_status_parse_line", "parse-common", run_parse_common, 2, NULL, 0},
#ifdef BENCH_WITH_PICOHTTPPARSER
    {"parse", "picohttpparser phr_parse_response", "parse-pico", run_parse_pico, 2, "parse-common", 0},
#endif
#ifdef BENCH_WITH_HTTP_PARSER
    {"parse", "http_parser (response mode)", "parse-http-parser", run_parse_http_parser, 3, "parse-common", 0},
#endif
    {"parse", "http_status_parse_line, mixed valid and broken", "parse-line", run_parse_line, 2, NULL, 0},
    {"from_reason", "http_status_from_reason, known phrase", "from-reason-known", run_from_reason_known, 4, NULL, 0},
    {"from_reason", "http_status_from_reason, former phrase", "from-reason-former", run_from_reason_former, 4, NULL, 0},
    {"from_reason", "http_status_from_reason, unknown string", "from-reason-unknown", run_from_reason_unknown, 4, NULL, 0},
    {"from_reason", "http_status_from_name", "from-name", run_from_name, 4, NULL, 0},
    {"lint", "http_status_lint, 452-byte head", "lint", run_lint, 8, NULL, 0},
};
#define CONTENDERS (sizeof contenders / sizeof contenders[0])

/* ---- checks ------------------------------------------------------------ */

static int verify(void)
{
    char a[LINE_SIZE], b[LINE_SIZE], m[LINE_SIZE];
    int code, bad = 0;
    size_t i;

    for (code = -1000; code <= 2000; code++) {
        const char *r = http_status_reason(code);
        size_t la, lb, lm;
        if (bench_array_reason(code) != r && !(r && bench_array_reason(code) &&
                                               strcmp(bench_array_reason(code), r) == 0))
            fprintf(stderr, "bench_array_reason(%d) differs\n", code), bad = 1;
        if (bench_switch_reason(code) != r && !(r && bench_switch_reason(code) &&
                                                strcmp(bench_switch_reason(code), r) == 0))
            fprintf(stderr, "bench_switch_reason(%d) differs\n", code), bad = 1;
        if ((int)http_status_class(code) != div_class(code))
            fprintf(stderr, "the inline code / 100 differs for %d\n", code), bad = 1;
        if (http_status_is_error(code) != compare_error(code))
            fprintf(stderr, "the inline compares differ for %d\n", code), bad = 1;
        memset(a, 'x', sizeof a), memset(b, 'x', sizeof b), memset(m, 'x', sizeof m);
        la = http_status_line(a, LINE_SIZE, code);
        lb = line_snprintf(b, code);
        lm = line_memcpy(m, code);
        if (la != lb || la != lm || (la && (memcmp(a, b, la + 1) || memcmp(a, m, la + 1))))
            fprintf(stderr, "status lines for %d differ\n", code), bad = 1;
    }
    for (i = 0; i < PARSE_LEN; i++) {
        http_status_parsed p;
        int ok = http_status_parse_line(parse_inputs[i].text, parse_inputs[i].len, 0, &p) ==
                 HTTPSTATUS_PARSE_OK;
        if (ok != parse_inputs[i].valid)
            fprintf(stderr, "status line %u parses %s\n", (unsigned)i, ok ? "OK" : "badly"), bad = 1;
    }
    for (i = 0; i < PHRASE_LEN; i++) {
        if (http_status_reason(http_status_from_reason(known_phrases[i])) != known_phrases[i])
            fprintf(stderr, "phrase \"%s\" not found\n", known_phrases[i]), bad = 1;
        if (http_status_from_reason(unknown_phrases[i]) != 0)
            fprintf(stderr, "phrase \"%s\" found\n", unknown_phrases[i]), bad = 1;
        if (http_status_from_reason(former_phrases[i]) == 0)
            fprintf(stderr, "former phrase \"%s\" not found\n", former_phrases[i]), bad = 1;
        if (http_status_from_name(known_names[i]) != http_status_from_reason(known_phrases[i]))
            fprintf(stderr, "name \"%s\" not found\n", known_names[i]), bad = 1;
    }
    for (i = 0; i < 20; i++) {
        size_t lib_len = 0;
        int got = lib_parse(&common_lines[i], &lib_len);
        if (got != common_codes[i])
            fprintf(stderr, "common line %u does not parse\n", (unsigned)i), bad = 1;
#ifdef BENCH_WITH_PICOHTTPPARSER
        {
            size_t len = 0;
            if (pico_parse(&common_lines[i], &len) != got || len != lib_len)
                fprintf(stderr, "picohttpparser reads common line %u otherwise\n", (unsigned)i), bad = 1;
        }
#endif
#ifdef BENCH_WITH_HTTP_PARSER
        {
            size_t len = 0;
            if (http_parser_parse(&common_lines[i], &len) != got || len != lib_len)
                fprintf(stderr, "http_parser reads common line %u otherwise\n", (unsigned)i), bad = 1;
        }
#endif
    }
    if (http_status_lint(lint_response, sizeof lint_response - 1, "GET", NULL, NULL, 0) != 0)
        fprintf(stderr, "the lint sample is not clean\n"), bad = 1;
    return bad;
}

/* ---- timing ------------------------------------------------------------ */

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

/* ns per call of one repetition of n calls. */
static double time_once(uintptr_t (*run)(size_t), size_t n)
{
    double t0 = now_ns();
    uintptr_t acc = run(n);
    double t = (now_ns() - t0) / (double)n;
    sink += acc;
    return t;
}

static const struct contender *find(const char *mode)
{
    size_t i;
    for (i = 0; i < CONTENDERS; i++)
        if (strcmp(mode, contenders[i].mode) == 0)
            return &contenders[i];
    return NULL;
}

/* ---- main -------------------------------------------------------------- */

static void usage(FILE *to)
{
    size_t i;
    fprintf(to,
            "usage: httpstatus_bench [--iterations N] [--once] [--tsv]\n"
            "       httpstatus_bench --callgrind MODE [--iterations N]\n"
            "  --iterations N   calls per repetition (default %lu); the costlier\n"
            "                   contenders make N/4 to N/256, --callgrind makes N\n"
            "  --once           one repetition instead of the median of %d\n"
            "  --tsv            print mode, group, contender, the library's mode\n"
            "                   (- on its own rows), shift, median ns/call\n"
            "  --callgrind MODE run only MODE's loop N times, untimed; MODE is one of:\n",
            DEFAULT_ITERATIONS, REPETITIONS);
    for (i = 0; i < CONTENDERS; i++) {
        char loop[32];
        size_t j;
        snprintf(loop, sizeof loop, "run_%s", contenders[i].mode);
        for (j = 0; loop[j]; j++)
            if (loop[j] == '-')
                loop[j] = '_';
        fprintf(to, "      %-20s %-24s %s\n", contenders[i].mode, loop, contenders[i].name);
    }
#ifndef BENCH_WITH_PICOHTTPPARSER
    fputs("  (no picohttpparser row: built without libh2o; Debian: apt-get install libh2o-dev)\n", to);
#endif
#ifndef BENCH_WITH_HTTP_PARSER
    fputs("  (no http_parser row: built without it; Debian: apt-get install libhttp-parser-dev)\n", to);
#endif
}

int main(int argc, char **argv)
{
    size_t n = DEFAULT_ITERATIONS, i;
    int reps = REPETITIONS, a, r, tsv = 0;
    const char *mode = NULL;
    static double t[CONTENDERS][REPETITIONS];

    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--iterations") == 0 && a + 1 < argc) {
            char *end;
            const char *s = argv[++a];
            unsigned long long v = strtoull(s, &end, 10);
            if (*s < '0' || *s > '9' || *end != '\0' || v == 0 || v > (size_t)-1 / 2) {
                fprintf(stderr, "httpstatus_bench: bad --iterations '%s'\n", s);
                usage(stderr);
                return 2;
            }
            n = (size_t)v;
        } else if (strcmp(argv[a], "--once") == 0) {
            reps = 1;
        } else if (strcmp(argv[a], "--tsv") == 0) {
            tsv = 1;
        } else if (strcmp(argv[a], "--callgrind") == 0 && a + 1 < argc) {
            mode = argv[++a];
        } else if (strcmp(argv[a], "--help") == 0 || strcmp(argv[a], "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "httpstatus_bench: bad option '%s'\n", argv[a]);
            usage(stderr);
            return 2;
        }
    }

    make_inputs();
    if (verify()) {
        fprintf(stderr, "httpstatus_bench: contenders disagree, no timing done\n");
        return 1;
    }

    if (mode) {
        const struct contender *c = find(mode);
        if (c == NULL) {
            fprintf(stderr, "httpstatus_bench: unknown --callgrind mode '%s'\n", mode);
            usage(stderr);
            return 2;
        }
        sink += c->run(n);
        return 0;
    }

    if (!tsv) {
        size_t in_range = 0, hot = 0, j;
        for (i = 0; i < STREAM_LEN; i++) {
            in_range += (size_t)((unsigned)codes[i] - 100u < 500u);
            for (j = 0; j < 10; j++)
                hot += (size_t)(codes[i] == hot_codes[j]);
        }
        printf("httpstatus_bench: httpstatus %s (header %s)\n", http_status_version(),
               HTTPSTATUS_VERSION);
        printf("reason, class: stream of %u codes from xorshift32 seed 0x%08X, 90%% from "
               "{200 204 301 304 400 401 403 404 500 503}, 10%% uniform -100..1100 "
               "(%u hot, %u in 100..599)\n",
               STREAM_LEN, SEED, (unsigned)hot, (unsigned)in_range);
        printf("line, parse: the 20 common codes {200 ... 503}; the parsers read each "
               "line and the CRLF that ends its head\n");
        printf("parse mixed: %u lines, %u valid (each followed by a header field), "
               "%u broken (truncated, bad version, 2-digit code, control byte)\n",
               PARSE_LEN, (unsigned)parse_valid, PARSE_LEN - (unsigned)parse_valid);
        printf("calls per repetition: N = %lu shifted right by each row's shift; %s, "
               "the contenders interleaved\n\n",
               (unsigned long)n, reps == 1 ? "1 repetition" : "median of 7 repetitions");
    }

    /* Warm every loop up, then time the repetitions round-robin, so that a
     * slow spell of a busy machine falls on all contenders alike. */
    for (i = 0; i < CONTENDERS; i++)
        sink += contenders[i].run(STREAM_LEN);
    for (r = 0; r < reps; r++)
        for (i = 0; i < CONTENDERS; i++) {
            size_t calls = n >> contenders[i].shift ? n >> contenders[i].shift : 1;
            t[i][r] = time_once(contenders[i].run, calls);
        }
    for (i = 0; i < CONTENDERS; i++) {
        qsort(t[i], (size_t)reps, sizeof t[i][0], cmp_double);
        contenders[i].ns = t[i][reps / 2];
    }

    for (i = 0; i < CONTENDERS; i++) {
        const struct contender *c = &contenders[i];
        const struct contender *lib = c->lib ? find(c->lib) : NULL;
        if (tsv) {
            printf("%s\t%s\t%s\t%s\t%u\t%.3f\n", c->mode, c->group, c->name,
                   c->lib ? c->lib : "-", c->shift, c->ns);
            continue;
        }
        printf("%-12s %-48s %9.2f ns/call", c->group, c->name, c->ns);
        if (lib)
            printf("  %6.2fx the library", c->ns / lib->ns);
        printf("\n");
    }
    return 0;
}
