/*
 * Writing and reading status lines (RFC 9112, Section 4).
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <string.h>

/* x86's SSE2 reads a phrase 16 bytes at a time (every x86-64 has it). */
#if defined(__GNUC__) && defined(__SSE2__)
#  include <emmintrin.h>
#  define HS_PHRASE_SSE2 1
#endif

/* Longest line: "HTTP/1.1 " + 3 digits + " " + a phrase of at most 255
 * bytes (the generator's limit) + CRLF. */
#define LINE_MAX_ (9 + 3 + 1 + 255 + 2)

enum form { FORM_HTTP11, FORM_HTTP10, FORM_TEXT };

/*
 * The general case: builds the line for any code, then copies what fits to
 * buf. The callers below handle the common case (a code with a phrase and a
 * buffer that holds its line) with a single copy of the stored line.
 */
static size_t compose(char *buf, size_t size, int code, enum form form)
{
    char local[LINE_MAX_ + 1];
    size_t reason_len, total, at = 0;
    const char *reason;
    unsigned c = (unsigned)code;

    if (buf == NULL)
        size = 0;
    if (c - 100u >= 500u) {
        if (size > 0)
            buf[0] = '\0';
        return 0;
    }
    reason = httpstatus__reason(code, &reason_len);
    if (form != FORM_TEXT) {
        /* the first 9 bytes of the line; its NUL comes at the end */
        memcpy(local, form == FORM_HTTP10 ? "HTTP/1.0 " : "HTTP/1.1 ", 9); /* NOLINT(bugprone-not-null-terminated-result) */
        at = 9;
    }
    local[at++] = (char)('0' + c / 100u);
    local[at++] = (char)('0' + c / 10u % 10u);
    local[at++] = (char)('0' + c % 10u);
    local[at++] = ' ';
    if (reason_len)
        memcpy(local + at, reason, reason_len);
    at += reason_len;
    if (form != FORM_TEXT) {
        local[at++] = '\r';
        local[at++] = '\n';
    }
    total = at;
    if (size > 0) {
        size_t n = total < size ? total : size - 1;
        memcpy(buf, local, n);
        buf[n] = '\0';
    }
    return total;
}

/*
 * The common case: a code with a phrase, whose whole line the table keeps,
 * and a buffer that holds the part asked for (the line less `skip` bytes at
 * the front and `cut` at the end). Copies that part and a NUL, sets *len,
 * and returns 1; returns 0 when compose() has to do it.
 */
static int copy_stored(char *buf, size_t size, int code, size_t skip, size_t cut,
                       size_t *len)
{
    unsigned c = (unsigned)code;
    uint32_t at;
    size_t n;
    if (c >= 600u || (at = httpstatus__line_at[c]) == 0 || buf == NULL)
        return 0;
    n = (size_t)(at >> 16) - skip - cut;
    if (size <= n)
        return 0;
    memcpy(buf, httpstatus__lines + (at & 0xFFFFu) + skip, n);
    buf[n] = '\0';
    *len = n;
    return 1;
}

size_t http_status_line(char *buf, size_t size, int code)
{
    unsigned c = (unsigned)code;
    uint32_t at;
    /* The hot path, ahead of every other test: a stored line and room for
     * its whole slot, NUL padding included. A fixed-size copy compiles to a
     * few loads and stores, where a call to memcpy would cost more than the
     * rest of this function. */
    if (c < 600u && (at = httpstatus__line_at[c]) != 0 && size >= HS_LINE_SLOT && buf != NULL) {
        memcpy(buf, httpstatus__lines + (at & 0xFFFFu), HS_LINE_SLOT);
        return at >> 16;
    }
    /* the rest in another function, so that this one needs no frame */
    return http_status_line_version(buf, size, code, 1);
}

size_t http_status_line_version(char *buf, size_t size, int code, int minor)
{
    size_t len;
    if (minor != 0 && minor != 1)
        return compose(buf, size, -1, FORM_HTTP10);
    if (copy_stored(buf, size, code, 0, 0, &len)) {
        if (minor == 0)
            buf[7] = '0'; /* "HTTP/1.1" -> "HTTP/1.0" */
        return len;
    }
    return compose(buf, size, code, minor ? FORM_HTTP11 : FORM_HTTP10);
}

/* Without "HTTP/1.1 " (9 bytes) and the CRLF (2). */
size_t http_status_text(char *buf, size_t size, int code)
{
    size_t len;
    if (copy_stored(buf, size, code, 9, 2, &len))
        return len;
    return compose(buf, size, code, FORM_TEXT);
}

/* ---- Reading -------------------------------------------------------------- */

static int is_digit(unsigned char ch)
{
    return ch >= '0' && ch <= '9';
}

/* "HTTP/", then bytes 5..12 of the usual line, "d.d ddd ", as the least and
 * the most each of those may be. */
static const unsigned char http_bytes[8] = {'H', 'T', 'T', 'P', '/', 0, 0, 0};
static const unsigned char http_mask[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0};
static const unsigned char head_least[8] = {'0', '.', '0', ' ', '1', '0', '0', ' '};
static const unsigned char head_most[8] = {'9', '.', '9', ' ', '5', '9', '9', ' '};

/*
 * Whether the 13 bytes at d are "HTTP/d.d ddd " with a code of 1xx to 5xx:
 * two loads and a range check of eight bytes at once. Each byte x below
 * 0x80 passes when (x | 0x80) - least keeps its high bit (x >= least) and
 * (most | 0x80) - x does too (x <= most); neither subtraction can borrow
 * from the next byte, and a byte of 0x80 or more fails on ~w.
 */
static int usual_head(const unsigned char *d)
{
    const uint64_t high = UINT64_C(0x8080808080808080);
    uint64_t w = httpstatus__load8(d + 5);
    uint64_t ok = ((w | high) - httpstatus__load8(head_least)) &
                  ((httpstatus__load8(head_most) | high) - (w & ~high)) & ~w & high;
    return (httpstatus__load8(d) & httpstatus__load8(http_mask)) == httpstatus__load8(http_bytes) &&
           ok == high;
}

/* The high bit of each byte of the word at `at` that is below 0x20 or
 * equal to 0x7F. A borrow can only mark bytes above a marked one, so the
 * lowest mark is exact. */
static uint64_t phrase_stops(const unsigned char *at)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), high = ones << 7;
    uint64_t w = httpstatus__load8(at), del = w ^ (ones * 0x7F);
    return (((w - ones * 0x20) & ~w) | ((del - ones) & ~del)) & high;
}

/* The offset of the lowest marked byte of the word at d[i] where the byte
 * order is known and ctz is cheap; elsewhere i, the word's start. */
static size_t first_stop(uint64_t stop, size_t i)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    UINTPTR_MAX > 0xFFFFFFFFu /* 32-bit targets would call libgcc's __ctzdi2 */
    i += (size_t)__builtin_ctzll(stop) >> 3;
#else
    (void)stop;
#endif
    return i;
}

/*
 * Where the phrase that starts at d[i] may stop, found eight bytes at a
 * time: the first byte below 0x20 or equal to 0x7F (or, without ctz, the
 * start of its word, which holds only phrase or code bytes before it), or
 * len. The byte loop of the caller takes it from there, HTAB included.
 */
#ifdef HS_PHRASE_SSE2
/* One bit for each of the 16 bytes at `at` that is below 0x20 or is 0x7F. */
static unsigned phrase_stops16(const unsigned char *at)
{
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)at);
    __m128i printable = _mm_cmpeq_epi8(_mm_max_epu8(b, _mm_set1_epi8(0x20)), b); /* b >= 0x20 */
    __m128i del = _mm_cmpeq_epi8(b, _mm_set1_epi8(0x7F));
    return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(printable, _mm_set1_epi8(-1))) |
           (unsigned)_mm_movemask_epi8(del);
}
#endif

static size_t phrase_run(const unsigned char *d, size_t i, size_t len)
{
    uint64_t stop;
#ifdef HS_PHRASE_SSE2
    if (len >= 16) {
        unsigned stop16;
        while (len - i >= 16) {
            if ((stop16 = phrase_stops16(d + i)) != 0)
                return i + (size_t)__builtin_ctz(stop16);
            i += 16;
        }
        /* the rest, in the 16 bytes that end the input; those before i
         * in them are the code's or the phrase's, already found unmarked */
        if (i < len) {
            stop16 = phrase_stops16(d + len - 16);
            return stop16 != 0 ? len - 16 + (size_t)__builtin_ctz(stop16) : len;
        }
        return i;
    }
    /* 14 or 15 bytes: the phrase is in the word that ends the input */
#else
    while (len - i >= 8) {
        if ((stop = phrase_stops(d + i)) != 0)
            return first_stop(stop, i);
        i += 8;
    }
    if (i == len)
        return i;
#endif
    /* The last few bytes, in the word that ends the input (i >= 13 and
     * len - i < 8, so len > 8): the bytes before i in it are the status
     * code's or the phrase's, already found unmarked. */
    return (stop = phrase_stops(d + len - 8)) == 0 ? len : first_stop(stop, len - 8);
}

static enum http_status_parse_result fail(http_status_parsed *out,
                                          enum http_status_parse_result why,
                                          size_t at)
{
    memset(out, 0, sizeof *out);
    out->error_offset = at;
    return why;
}

/*
 * The input ran out at offset `at` (== len) where the line needs another
 * byte. On a socket more may come, so that is INCOMPLETE; a caller whose
 * input is the whole line (HTTPSTATUS_PARSE_AT_END) gets the error that
 * the missing byte makes, `why`, at that offset.
 */
static enum http_status_parse_result ran_out(http_status_parsed *out, int at_end,
                                             enum http_status_parse_result why,
                                             size_t at)
{
    return fail(out, at_end ? why : HTTPSTATUS_PARSE_INCOMPLETE, at);
}

/* Fills *out for a line whose phrase is data[start..end) and whose line end
 * finishes at `length`; the version and code were checked already. */
static enum http_status_parse_result parsed(http_status_parsed *out, const char *data,
                                            size_t start, size_t end, size_t length)
{
    const unsigned char *d = (const unsigned char *)data;
    out->major = d[5] - '0';
    out->minor = d[7] - '0';
    out->code = (d[9] - '0') * 100 + (d[10] - '0') * 10 + (d[11] - '0');
    out->reason = data + start;
    out->reason_len = end - start;
    out->length = length;
    out->error_offset = 0;
    return HTTPSTATUS_PARSE_OK;
}

/*
 * The status line up to its phrase, byte by byte, for everything the fast
 * check in http_status_parse_line() does not take: short input, other
 * spacing, errors (with their offsets). Returns HTTPSTATUS_PARSE_OK and
 * the phrase's start in *start when the phrase follows, else the error.
 */
static enum http_status_parse_result head_slowly(const char *data, size_t len, int at_end, int lenient,
                       http_status_parsed *out, size_t *start)
{
    /* The version's shape; 'd' stands for any digit. */
    static const char version[] = "HTTP/d.d";
    const unsigned char *d = (const unsigned char *)data;
    size_t i;

    /* HTTP-version = "HTTP/" DIGIT "." DIGIT */
    for (i = 0; i < 8; i++) {
        if (i == len)
            return ran_out(out, at_end, HTTPSTATUS_PARSE_BAD_VERSION, i);
        if (version[i] == 'd' ? !is_digit(d[i]) : d[i] != (unsigned char)version[i])
            return fail(out, HTTPSTATUS_PARSE_BAD_VERSION, i);
    }
    if (len == 8)
        return ran_out(out, at_end, HTTPSTATUS_PARSE_MISSING_SPACE, 8);
    if (d[8] != ' ')
        return fail(out, is_digit(d[8]) ? HTTPSTATUS_PARSE_BAD_VERSION
                                        : HTTPSTATUS_PARSE_MISSING_SPACE, 8);

    /* status-code = 3DIGIT, 100..599: the first digit 1 to 5 */
    for (i = 9; i < 12; i++) {
        if (i == len)
            return ran_out(out, at_end, HTTPSTATUS_PARSE_BAD_CODE, i);
        if (!is_digit(d[i]) || (i == 9 && (d[i] < '1' || d[i] > '5')))
            return fail(out, HTTPSTATUS_PARSE_BAD_CODE, i);
    }

    /* SP, or in lenient mode the line end right after the code (with
     * HTTPSTATUS_PARSE_AT_END, the end of the input, where the phrase loop
     * finds an empty phrase) */
    *start = 12;
    if (len == 12)
        return at_end && lenient ? HTTPSTATUS_PARSE_OK
                                 : ran_out(out, at_end, HTTPSTATUS_PARSE_MISSING_SPACE, 12);
    if (d[12] == ' ')
        *start = 13;
    else if (is_digit(d[12]))
        return fail(out, HTTPSTATUS_PARSE_BAD_CODE, 12);
    else if (!lenient || (d[12] != '\r' && d[12] != '\n'))
        return fail(out, HTTPSTATUS_PARSE_MISSING_SPACE, 12);
    return HTTPSTATUS_PARSE_OK;
}

/* Every case, errors and their offsets included. */
static HS_NOINLINE enum http_status_parse_result parse_any(const char *data, size_t len,
                                                           unsigned options,
                                                           http_status_parsed *out)
{
    const unsigned char *d = (const unsigned char *)data;
    int lenient = (options & HTTPSTATUS_PARSE_LENIENT) != 0;
    int at_end = (options & HTTPSTATUS_PARSE_AT_END) != 0;
    size_t i, start = 13;

    if (out == NULL)
        return HTTPSTATUS_PARSE_BAD_ARGUMENT;
    if (data == NULL && len > 0)
        return fail(out, HTTPSTATUS_PARSE_BAD_ARGUMENT, 0);
    if (len == 0) /* the version's first byte is missing */
        return ran_out(out, at_end, HTTPSTATUS_PARSE_BAD_VERSION, 0);

    /* The usual line, "HTTP/d.d ddd " and more, checked a word at a time;
     * anything else goes byte by byte, which says where it went wrong. */
    if (!(len >= 14 && usual_head(d))) {
        enum http_status_parse_result r = head_slowly(data, len, at_end, lenient, out, &start);
        if (r != HTTPSTATUS_PARSE_OK)
            return r;
    }

    /* reason-phrase = *( HTAB / SP / VCHAR / obs-text ), then CRLF */
    for (i = start; i < len; i++) {
        unsigned char ch = d[i];
        if (ch == '\t' || (ch >= 0x20 && ch != 0x7F))
            continue;
        if (ch == '\r') {
            if (i + 1 == len)
                return ran_out(out, at_end, HTTPSTATUS_PARSE_BAD_LINE_END, i + 1);
            if (d[i + 1] != '\n')
                return fail(out, HTTPSTATUS_PARSE_BAD_REASON, i);
            return parsed(out, data, start, i, i + 2);
        }
        if (ch == '\n') {
            if (!lenient)
                return fail(out, HTTPSTATUS_PARSE_BAD_LINE_END, i);
            return parsed(out, data, start, i, i + 1);
        }
        return fail(out, HTTPSTATUS_PARSE_BAD_REASON, i);
    }
    if (!at_end)
        return fail(out, HTTPSTATUS_PARSE_INCOMPLETE, len);
    return parsed(out, data, start, len, len);
}

/*
 * The usual line, "HTTP/d.d ddd phrase" and CRLF, read on a path of its
 * own that needs no stack frame; anything else, or anything wrong, goes to
 * parse_any() from the start. (HS_NOINLINE keeps parse_any's registers
 * out of this path.)
 */
enum http_status_parse_result http_status_parse_line(const char *data,
                                                     size_t len,
                                                     unsigned options,
                                                     http_status_parsed *out)
{
    const unsigned char *d = (const unsigned char *)data;
    if (out != NULL && data != NULL && len >= 14 && usual_head(d)) {
        size_t i = phrase_run(d, 13, len);
        while (i < len && (d[i] == '\t' || (d[i] >= 0x20 && d[i] != 0x7F)))
            i++;
        if (i + 1 < len && d[i] == '\r' && d[i + 1] == '\n')
            return parsed(out, data, 13, i, i + 2);
    }
    return parse_any(data, len, options, out);
}

const char *http_status_parse_result_name(enum http_status_parse_result result)
{
    switch (result) {
#define XX(value, name, string, meaning) case HTTPSTATUS_PARSE_##name: return string;
    HTTPSTATUS_PARSE_RESULT_MAP(XX)
#undef XX
    case HTTPSTATUS_PARSE_OK: return "ok";
    }
    return NULL;
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef LINE_MAX_
