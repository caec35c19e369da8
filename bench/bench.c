/*
 * httpstatus_bench: nanoseconds per call of the library's hot functions,
 * each next to a baseline that pays the same call boundary (baseline.c is a
 * shared library of its own, so both sides are PLT calls into a DSO).
 *
 *   httpstatus_bench [--iterations N] [--once]
 *   httpstatus_bench --callgrind MODE [--iterations N]
 *
 * One run times every contender over the same fixed input: a stream of
 * STREAM_LEN codes from an xorshift32 generator with a fixed seed, 90% drawn
 * from the ten most common codes and 10% uniform over -100..1100, reused
 * round and round. The cheap contenders (reason, class, memcpy) make N
 * calls per repetition (--iterations, default DEFAULT_ITERATIONS), the
 * costlier ones N/4 to N/32 (the shift column of contenders[]) so that each
 * takes a similar time; ns/call divides by the calls actually made. Each
 * line shows the median of REPETITIONS repetitions (--once: a single repetition, for a quick check such as
 * `httpstatus_bench --iterations 1000 --once` in CI) and its ratio to the
 * baseline of its group. Before timing, the program checks that every
 * contender of a group gives the same answers, and exits 1 if not.
 *
 * Instructions per call (callgrind)
 * ---------------------------------
 * --callgrind MODE runs only the loop of one contender, N times, untimed.
 * MODE is one of the names in the first column of the usage message
 * (reason-lib, reason-array, reason-switch, class-lib, class-div, line-lib,
 * line-snprintf, line-memcpy, parse-line, parse-common, from-reason-known,
 * from-reason-unknown, from-reason-former, from-name, lint). The loop of MODE m is the function run_m with '-'
 * written '_' (run_reason_lib, run_line_memcpy, ...). Build with
 * -DCMAKE_BUILD_TYPE=Release (or RelWithDebInfo for source annotation).
 *
 * 1. Whole cost of one call as the program sees it: call, PLT jump, the
 *    function, loop and accumulation. Collect only inside the loop and
 *    divide the "Collected" count by N:
 *
 *      B=build/bench/httpstatus_bench N=1000000
 *      valgrind --tool=callgrind --callgrind-out-file=/dev/null \
 *          --toggle-collect=run_reason_lib $B --callgrind reason-lib \
 *          --iterations $N 2>&1 | grep Collected
 *
 *    (instructions per call = Collected / N; repeat with each MODE and its
 *    run_ function.) The loops differ only in the call they make, so the
 *    difference between two modes of a group is the difference between the
 *    two calls.
 *
 * 2. The callee alone, without the loop: toggle on the function itself.
 *
 *      valgrind --tool=callgrind --callgrind-out-file=/dev/null \
 *          --toggle-collect=http_status_reason $B --callgrind reason-lib \
 *          --iterations $N 2>&1 | grep Collected
 *
 *    with bench_array_reason / bench_switch_reason (modes reason-array,
 *    reason-switch), http_status_line,
 *    http_status_parse_line, http_status_from_reason. For line-snprintf the
 *    callee is spread over snprintf and http_status_reason, and for
 *    line-memcpy it is libc's memcpy variant; use method 1 for those.
 *
 * 3. Without --toggle-collect: run the same MODE with N and 2N iterations
 *    and divide the difference of the two "Collected" totals by N; setup
 *    and start-up cancel out. This also works with any other
 *    instruction counter, e.g. `perf stat -e instructions:u`.
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
/* The status lines of 20 common codes, each followed by the rest of a head. */
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

    for (i = 0; i < 20; i++) {
        struct parse_input *in = &common_lines[i];
        in->len = http_status_line(in->text, LINE_SIZE, common_codes[i]);
        memcpy(in->text + in->len, rest, sizeof rest - 1);
        in->len += sizeof rest - 1;
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

CODE_LOOP(reason_lib, http_status_reason)
CODE_LOOP(reason_array, bench_array_reason)
CODE_LOOP(reason_switch, bench_switch_reason)
CODE_LOOP(class_lib, class_lib)
CODE_LOOP(class_div, class_div)

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

static BENCH_NOINLINE uintptr_t run_parse_common(size_t n)
{
    uintptr_t acc = 0;
    size_t i, j = 0;
    for (i = 0; i < n; i++) {
        const struct parse_input *in = &common_lines[j];
        j = j == 19 ? 0 : j + 1;
        http_status_parsed p;
        enum http_status_parse_result r = http_status_parse_line(in->text, in->len, 0, &p);
        acc += (uintptr_t)(unsigned)r + (uintptr_t)(unsigned)p.code + p.length;
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
    const char *group;    /* first column */
    const char *function; /* second column */
    const char *mode;     /* --callgrind MODE */
    uintptr_t (*run)(size_t n);
    unsigned shift;       /* makes N >> shift calls per repetition */
    int base, base2;      /* indexes of the contenders it is compared with; -1 none */
    const char *label, *label2;
    double ns;
};

static struct contender contenders[] = {
    {"reason", "bench_array_reason", "reason-array", run_reason_array, 0, 0, -1, "array", NULL, 0},
    {"reason", "bench_switch_reason", "reason-switch", run_reason_switch, 0, 0, -1, "array", NULL, 0},
    {"reason", "http_status_reason", "reason-lib", run_reason_lib, 0, 0, 1, "array", "switch", 0},
    {"class", "code / 100 (inline)", "class-div", run_class_div, 0, 3, -1, "div", NULL, 0},
    {"class", "http_status_class (inline)", "class-lib", run_class_lib, 0, 3, -1, "div", NULL, 0},
    {"line", "memcpy", "line-memcpy", run_line_memcpy, 0, 5, -1, "memcpy", NULL, 0},
    {"line", "snprintf", "line-snprintf", run_line_snprintf, 5, 5, -1, "memcpy", NULL, 0},
    {"line", "http_status_line", "line-lib", run_line_lib, 2, 5, 6, "memcpy", "snprintf", 0},
    {"parse_line", "http_status_parse_line", "parse-line", run_parse_line, 2, -1, -1, NULL, NULL, 0},
    {"parse_line", "http_status_parse_line (20 common lines)", "parse-common", run_parse_common, 2, -1, -1, NULL, NULL, 0},
    {"from_reason", "http_status_from_reason", "from-reason-known", run_from_reason_known, 4, -1, -1, "known", NULL, 0},
    {"from_reason", "http_status_from_reason", "from-reason-unknown", run_from_reason_unknown, 5, 10, -1, "known", NULL, 0},
    {"from_reason", "http_status_from_reason", "from-reason-former", run_from_reason_former, 4, 10, -1, "known", NULL, 0},
    {"from_reason", "http_status_from_name", "from-name", run_from_name, 4, 10, -1, "known", NULL, 0},
    {"lint", "http_status_lint (452-byte head)", "lint", run_lint, 8, -1, -1, NULL, NULL, 0},
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

/* Median ns per call over reps repetitions of n calls, after one untimed
 * warm-up pass over the inputs. */
static double measure(uintptr_t (*run)(size_t), size_t n, int reps)
{
    double t[REPETITIONS];
    int r;
    sink += run(n < STREAM_LEN ? n : STREAM_LEN);
    for (r = 0; r < reps; r++) {
        double t0 = now_ns();
        uintptr_t acc = run(n);
        t[r] = (now_ns() - t0) / (double)n;
        sink += acc;
    }
    qsort(t, (size_t)reps, sizeof t[0], cmp_double);
    return t[reps / 2];
}

/* ---- main -------------------------------------------------------------- */

static void usage(FILE *to)
{
    size_t i;
    fprintf(to,
            "usage: httpstatus_bench [--iterations N] [--once]\n"
            "       httpstatus_bench --callgrind MODE [--iterations N]\n"
            "  --iterations N   calls per repetition (default %lu); the costlier\n"
            "                   contenders make N/4 to N/32, --callgrind makes N\n"
            "  --once           one repetition instead of the median of %d\n"
            "  --callgrind MODE run only MODE's loop N times, untimed; MODE is one of:\n",
            DEFAULT_ITERATIONS, REPETITIONS);
    for (i = 0; i < CONTENDERS; i++) {
        char loop[32];
        size_t j;
        snprintf(loop, sizeof loop, "run_%s", contenders[i].mode);
        for (j = 0; loop[j]; j++)
            if (loop[j] == '-')
                loop[j] = '_';
        fprintf(to, "      %-20s %-24s loop function %s\n", contenders[i].mode,
                contenders[i].function, loop);
    }
}

int main(int argc, char **argv)
{
    size_t n = DEFAULT_ITERATIONS, i;
    int reps = REPETITIONS, a;
    const char *mode = NULL;

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
        for (i = 0; i < CONTENDERS; i++)
            if (strcmp(mode, contenders[i].mode) == 0) {
                sink += contenders[i].run(n);
                return 0;
            }
        fprintf(stderr, "httpstatus_bench: unknown --callgrind mode '%s'\n", mode);
        usage(stderr);
        return 2;
    }

    {
        size_t in_range = 0, hot = 0, j;
        for (i = 0; i < STREAM_LEN; i++) {
            in_range += (size_t)((unsigned)codes[i] - 100u < 500u);
            for (j = 0; j < 10; j++)
                hot += (size_t)(codes[i] == hot_codes[j]);
        }
        printf("httpstatus_bench: httpstatus %s (header %s)\n", http_status_version(),
               HTTPSTATUS_VERSION);
        printf("codes: stream of %u from xorshift32 seed 0x%08X, 90%% from "
               "{200 204 301 304 400 401 403 404 500 503}, 10%% uniform -100..1100 "
               "(%u hot, %u in 100..599)\n",
               STREAM_LEN, SEED, (unsigned)hot, (unsigned)in_range);
        printf("parse_line: %u lines, %u valid (each followed by a header field), "
               "%u broken (truncated, bad version, 2-digit code, control byte)\n",
               PARSE_LEN, (unsigned)parse_valid, PARSE_LEN - (unsigned)parse_valid);
        printf("from_reason: %u known phrases (90%% of hot codes), %u unknown from %u "
               "strings\n",
               PHRASE_LEN, PHRASE_LEN, (unsigned)(sizeof unknown_list / sizeof unknown_list[0]));
        printf("calls per repetition: N = %lu (reason, class, memcpy), N/4 "
               "(http_status_line, parse_line), N/16 (from_reason known), N/32 "
               "(snprintf, from_reason unknown), N/256 (lint); %s\n\n",
               (unsigned long)n, reps == 1 ? "1 repetition" : "median of 7 repetitions");
    }

    for (i = 0; i < CONTENDERS; i++) {
        struct contender *c = &contenders[i];
        char name[64];
        size_t calls = n >> c->shift ? n >> c->shift : 1;
        c->ns = measure(c->run, calls, reps);
        if (strcmp(c->group, "from_reason") == 0)
            snprintf(name, sizeof name, "%s (%s)", c->function,
                     strstr(c->mode, "unknown") ? "unknown" : "known");
        else
            snprintf(name, sizeof name, "%s", c->function);
        printf("%-13s %-34s %8.2f ns/call", c->group, name, c->ns);
        if (c->base >= 0)
            printf("  %6.2fx %s", c->ns / contenders[c->base].ns, c->label);
        if (c->base2 >= 0)
            printf("  %6.2fx %s", c->ns / contenders[c->base2].ns, c->label2);
        printf("\n");
        fflush(stdout);
    }
    return 0;
}
