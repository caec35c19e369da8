/*
 * Linting the raw bytes of a response: the status line, the header
 * section, the message framing, and the rules the table holds for the
 * code. One pass over the input, no allocation: what later checks need of
 * a header section is kept in a struct head on the stack.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <stddef.h>
#include <string.h>

enum lint_rule {
#define XX(name, id, level, severity, reference, message) LINT_##name,
    HTTPSTATUS_LINT_RULE_MAP(XX)
#undef XX
    LINT_RULE_COUNT
};

/* The rules' strings as one blob and offsets into it, as in musl's
 * strerror: a shared library keeps the table read-only without relocations. */
static const struct rule_strings {
#define XX(name, id, level, severity, reference, message)                     \
    char name##_id[sizeof(id)];                                                \
    char name##_reference[sizeof(reference)];                                  \
    char name##_message[sizeof(message)];
    HTTPSTATUS_LINT_RULE_MAP(XX)
#undef XX
} rule_strings = {
#define XX(name, id, level, severity, reference, message) id, reference, message,
    HTTPSTATUS_LINT_RULE_MAP(XX)
#undef XX
};

typedef char rule_strings_fit[sizeof rule_strings <= 65535 ? 1 : -1];

static const struct {
    unsigned short id, reference, message;
    unsigned char level, severity;
} rules[] = {
#define XX(name, id, level, severity, reference, message)                     \
    {offsetof(struct rule_strings, name##_id),                                 \
     offsetof(struct rule_strings, name##_reference),                          \
     offsetof(struct rule_strings, name##_message),                            \
     HTTPSTATUS_LEVEL_##level, HTTPSTATUS_SEVERITY_##severity},
    HTTPSTATUS_LINT_RULE_MAP(XX)
#undef XX
};

#define RULE_TEXT(offset) ((const char *)&rule_strings + (offset))

#define DEFAULT_MAX_HEAD 16384u

struct lint {
    const unsigned char *d;
    size_t len;
    unsigned flags;
    size_t max_head;
    struct http_status_finding *out;
    size_t out_size, count;
    unsigned response;
    int bare_lf_seen; /* one line-end-bare-lf per response is enough */
};

enum content_length { CL_NONE, CL_VALID, CL_INVALID };

/* What the later checks need of one response's header section. */
struct head {
    size_t start, end;        /* the status line; just past the empty line */
    size_t blank;             /* the empty line that ends the header section */
    int code, major, minor;
    int http2;                /* "HTTP/2 200" or "HTTP/3 200", as curl prints */
    size_t at[HTTPSTATUS_FIELD_MAX_ID + 1];   /* first line of each table field, */
    size_t value[HTTPSTATUS_FIELD_MAX_ID + 1]; /* its value, */
    size_t value_len[HTTPSTATUS_FIELD_MAX_ID + 1]; /* and length; at 0: absent */
    enum content_length cl;
    unsigned long long cl_value;
    int cl_reported;          /* content-length-invalid already said */
    int te_chunked;           /* the last transfer coding listed is chunked */
    unsigned chunked_count;   /* how many times chunked is listed */
};

static enum http_status_severity severity_of(enum http_status_level level,
                                             enum http_status_severity fallback)
{
    switch (level) {
    case HTTPSTATUS_LEVEL_MUST:
    case HTTPSTATUS_LEVEL_MUST_NOT: return HTTPSTATUS_SEVERITY_ERROR;
    case HTTPSTATUS_LEVEL_SHOULD:
    case HTTPSTATUS_LEVEL_SHOULD_NOT: return HTTPSTATUS_SEVERITY_WARNING;
    case HTTPSTATUS_LEVEL_MAY: /* no rule of the table at MAY is reported */
    case HTTPSTATUS_LEVEL_NONE: break;
    }
    return fallback;
}

static void find_as(struct lint *l, enum lint_rule rule, enum http_status_field field,
                      size_t offset, enum http_status_level level, const char *reference)
{
    if (l->count < l->out_size) {
        struct http_status_finding *f = &l->out[l->count];
        f->rule = RULE_TEXT(rules[rule].id);
        f->level = level;
        f->severity = severity_of(level, (enum http_status_severity)rules[rule].severity);
        f->field = http_status_field_name(field);
        f->response = l->response;
        f->offset = offset;
        f->reference = reference;
        f->message = RULE_TEXT(rules[rule].message);
    }
    l->count++;
}

static void find(struct lint *l, enum lint_rule rule, enum http_status_field field,
                   size_t offset)
{
    find_as(l, rule, field, offset, (enum http_status_level)rules[rule].level,
            RULE_TEXT(rules[rule].reference));
}

static void input_ended(struct lint *l)
{
    find(l, (l->flags & HTTPSTATUS_LINT_PARTIAL) ? LINT_CAPTURE_TRUNCATED
                                                    : LINT_MESSAGE_INCOMPLETE,
           HTTPSTATUS_FIELD_NONE, l->len);
}

/* ---- Bytes -------------------------------------------------------------- */

static int is_dec_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int hex_value(unsigned char c)
{
    if (is_dec_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int is_ows(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* The line at p: *end is its LF, *content_end where its text stops (before
 * a CR that precedes the LF). 0 when no LF comes before the end. */
static int next_line(struct lint *l, size_t p, size_t *end, size_t *content_end)
{
    const unsigned char *lf =
        p < l->len ? (const unsigned char *)memchr(l->d + p, '\n', l->len - p) : NULL;
    if (lf == NULL)
        return 0;
    *end = (size_t)(lf - l->d);
    if (*end > p && l->d[*end - 1] == '\r') {
        *content_end = *end - 1;
    } else {
        *content_end = *end;
        if (!l->bare_lf_seen)
            find(l, LINT_LINE_END_BARE_LF, HTTPSTATUS_FIELD_NONE, *end);
        l->bare_lf_seen = 1;
    }
    return 1;
}

static int starts_with(const struct lint *l, size_t p, const char *s)
{
    size_t n = strlen(s);
    return l->len - p >= n && memcmp(l->d + p, s, n) == 0;
}

static int same_ci(const unsigned char *p, size_t n, const char *s)
{
    return strlen(s) == n && httpstatus__same_ascii_ci((const char *)p, s, n);
}

/* ---- Field values ------------------------------------------------------- */

static int all_digits(const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!is_dec_digit(p[i]))
            return 0;
    return n > 0;
}

/* Allow = #method: tokens separated by commas and optional whitespace,
 * with no empty element (RFC 9110, Section 5.6.1.1); an empty value is an
 * empty list. */
static int is_method_list(const unsigned char *p, size_t n)
{
    size_t i = 0;
    if (n == 0)
        return 1;
    for (;;) {
        size_t start;
        while (i < n && is_ows(p[i]))
            i++;
        for (start = i; i < n && httpstatus__is_tchar(p[i]); i++)
            ;
        if (i == start)
            return 0;
        while (i < n && is_ows(p[i]))
            i++;
        if (i == n)
            return 1;
        if (p[i++] != ',')
            return 0;
    }
}

/* The next non-empty element of a comma-separated list from *i, without its
 * whitespace, as p[*start..*end); 0 when the list has no more. */
static int next_element(const unsigned char *p, size_t n, size_t *i, size_t *start, size_t *end)
{
    while (*i < n && (is_ows(p[*i]) || p[*i] == ','))
        ++*i;
    if (*i == n)
        return 0;
    for (*start = *i; *i < n && p[*i] != ','; ++*i)
        ;
    for (*end = *i; is_ows(p[*end - 1]); --*end)
        ;
    return 1;
}

/* Whether the list p holds method, compared case-sensitively (Section 9.1). */
static int lists_method(const unsigned char *p, size_t n, const char *method)
{
    size_t i = 0, start, end, k = strlen(method);
    while (next_element(p, n, &i, &start, &end))
        if (end - start == k && memcmp(p + start, method, k) == 0)
            return 1;
    return 0;
}

/* Reads 1*DIGIT at p[*i]; 0 when there is none or it overflows. */
static int read_number(const unsigned char *p, size_t n, size_t *i,
                       unsigned long long *value)
{
    size_t start = *i;
    *value = 0;
    while (*i < n && is_dec_digit(p[*i])) {
        unsigned digit = (unsigned)(p[*i] - '0');
        /* past 2^64 - 1, compared without a 64-bit division (which a
         * 32-bit target would take from libgcc) */
        if (*value > 1844674407370955161ull || (*value == 1844674407370955161ull && digit > 5))
            return 0;
        *value = *value * 10 + digit;
        ++*i;
    }
    return *i > start;
}

/* Content-Range (RFC 9110, Section 14.4). A 206 needs a byte range
 * ("bytes first-last/length"), a 416 an unsatisfied range ("bytes", "*",
 * "/" and the length); other codes either. */
static int is_content_range(const unsigned char *p, size_t n, int code)
{
    size_t i = 0;
    unsigned long long first, last, length;
    while (i < n && httpstatus__is_tchar(p[i]))
        i++;
    if (i == 0 || i == n || p[i] != ' ')
        return 0;
    if (!same_ci(p, i, "bytes"))
        return code != 416 && i + 1 < n; /* other-range-resp: not checked */
    i++;
    if (i < n && p[i] == '*') {
        i++;
        return code != 206 && i < n && p[i] == '/' && (i++, read_number(p, n, &i, &length)) &&
               i == n;
    }
    if (code == 416)
        return 0;
    if (!read_number(p, n, &i, &first) || i == n || p[i++] != '-' ||
        !read_number(p, n, &i, &last) || i == n || p[i++] != '/' || first > last)
        return 0;
    if (i < n && p[i] == '*')
        return i + 1 == n;
    return read_number(p, n, &i, &length) && i == n && last < length;
}

/* URI-reference (RFC 3986): only its characters and %-escapes are checked. */
static int is_uri_reference(const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '%') {
            if (i + 2 >= n + 0 || hex_value(p[i + 1]) < 0 || hex_value(p[i + 2]) < 0)
                return 0;
            i += 2;
        } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_dec_digit(c) ||
                     strchr("-._~:/?#[]@!$&'()*+,;=", c) != NULL) || c == 0) {
            return 0;
        }
    }
    return 1;
}

/* ---- Status line and header section ------------------------------------- */

/* Reads the status line at p into h; 0 when this response cannot be read
 * any further (and the reason has been reported). */
static int read_status_line(struct lint *l, size_t p, struct head *h)
{
    size_t end, text_end;
    http_status_parsed parsed;
    enum http_status_parse_result result;
    http_status_info info;
    const unsigned char *d = l->d;
    size_t code_at = p + 9;

    memset(h, 0, sizeof *h);
    h->start = p;
    if (p == l->len) {
        input_ended(l);
        return 0;
    }
    if (!next_line(l, p, &end, &text_end)) {
        /* the line is not complete: is what there is a status line? */
        result = http_status_parse_line((const char *)d + p, l->len - p, 0, &parsed);
        if (result == HTTPSTATUS_PARSE_INCOMPLETE || starts_with(l, p, "HTTP/2 ") ||
            starts_with(l, p, "HTTP/3 "))
            input_ended(l);
        else
            find(l, LINT_STATUS_LINE_MALFORMED, HTTPSTATUS_FIELD_NONE, p + parsed.error_offset);
        return 0;
    }
    h->end = end + 1;
    if ((starts_with(l, p, "HTTP/2 ") || starts_with(l, p, "HTTP/3 ")) && text_end - p >= 10 &&
        is_dec_digit(d[p + 7]) && is_dec_digit(d[p + 8]) && is_dec_digit(d[p + 9]) &&
        (text_end - p == 10 || d[p + 10] == ' ')) {
        int code = (d[p + 7] - '0') * 100 + (d[p + 8] - '0') * 10 + (d[p + 9] - '0');
        if (!http_status_is_valid(code)) {
            find(l, LINT_STATUS_CODE_INVALID, HTTPSTATUS_FIELD_NONE, p + 7);
            return 0;
        }
        h->http2 = 1;
        h->major = d[p + 5] - '0';
        h->code = code;
        code_at = p + 7;
    } else {
        /* lenient, so that a bare LF (reported above) or a missing space
         * before an empty phrase still gives the code */
        result = http_status_parse_line((const char *)d + p, end + 1 - p,
                                        HTTPSTATUS_PARSE_LENIENT, &parsed);
        if (result != HTTPSTATUS_PARSE_OK) {
            if (result == HTTPSTATUS_PARSE_BAD_CODE && parsed.error_offset == 9 &&
                end - p > 12 && is_dec_digit(d[p + 9]) && is_dec_digit(d[p + 10]) && is_dec_digit(d[p + 11]))
                find(l, LINT_STATUS_CODE_INVALID, HTTPSTATUS_FIELD_NONE, p + 9);
            else
                find(l, LINT_STATUS_LINE_MALFORMED, HTTPSTATUS_FIELD_NONE,
                       p + parsed.error_offset);
            return 0;
        }
        if (parsed.reason == (const char *)d + p + 12)
            find(l, LINT_STATUS_LINE_MALFORMED, HTTPSTATUS_FIELD_NONE, p + 12);
        h->code = parsed.code;
        h->major = parsed.major;
        h->minor = parsed.minor;
        if (http_status_lookup(h->code, HTTPSTATUS_REGISTRY, &info) && info.reason != NULL &&
            parsed.reason_len > 0 &&
            (parsed.reason_len != info.reason_len ||
             memcmp(parsed.reason, info.reason, info.reason_len) != 0))
            find(l, LINT_REASON_PHRASE_DIFFERS, HTTPSTATUS_FIELD_NONE, p + 13);
    }
    if (!http_status_lookup(h->code, HTTPSTATUS_REGISTRY, &info) ||
        info.registration == HTTPSTATUS_REG_UNUSED)
        find(l, LINT_STATUS_CODE_UNREGISTERED, HTTPSTATUS_FIELD_NONE, code_at);
    return 1;
}

static void read_content_length(struct lint *l, struct head *h, size_t at,
                                const unsigned char *p, size_t n)
{
    size_t i = 0;
    int single = all_digits(p, n) && h->cl == CL_NONE;
    while (i < n) {
        unsigned long long value;
        size_t start;
        while (i < n && (is_ows(p[i]) || p[i] == ','))
            i++;
        if (i == n)
            break;
        start = i;
        if (!read_number(p, n, &i, &value) || (i < n && !is_ows(p[i]) && p[i] != ',')) {
            find(l, LINT_CONTENT_LENGTH_INVALID, HTTPSTATUS_FIELD_CONTENT_LENGTH, at + start);
            h->cl = CL_INVALID;
            return;
        }
        if (h->cl == CL_VALID && value != h->cl_value) {
            find(l, LINT_CONTENT_LENGTH_CONFLICT, HTTPSTATUS_FIELD_CONTENT_LENGTH, at + start);
            h->cl = CL_INVALID;
            return;
        }
        h->cl = CL_VALID;
        h->cl_value = value;
    }
    if (h->cl == CL_NONE) {
        find(l, LINT_CONTENT_LENGTH_INVALID, HTTPSTATUS_FIELD_CONTENT_LENGTH, at);
        h->cl = CL_INVALID;
    } else if (!single && !h->cl_reported) {
        /* the same number more than once: framing holds, the field is wrong */
        find(l, LINT_CONTENT_LENGTH_INVALID, HTTPSTATUS_FIELD_CONTENT_LENGTH, at);
        h->cl_reported = 1;
    }
}

/* How many codings of a Transfer-Encoding value are chunked; *last_chunked
 * says whether the last one is. */
static unsigned count_chunked(const unsigned char *p, size_t n, int *last_chunked)
{
    size_t i = 0, start, end;
    unsigned count = 0;
    while (next_element(p, n, &i, &start, &end)) {
        size_t word = end; /* its last word, as a recipient reads "gzip chunked" */
        while (word > start && !is_ows(p[word - 1]))
            word--;
        *last_chunked = same_ci(p + word, end - word, "chunked");
        count += (unsigned)*last_chunked;
    }
    return count;
}

/* Reads field lines from p to the empty line; 0 when the input ends first. */
static int read_fields(struct lint *l, size_t p, struct head *h)
{
    const unsigned char *d = l->d;
    int too_large = 0;
    for (;;) {
        size_t end, text_end, colon, name_end, v, v_end, i;
        enum http_status_field f;
        if (!next_line(l, p, &end, &text_end)) {
            input_ended(l);
            return 0;
        }
        if (!too_large && end + 1 - h->start > l->max_head) {
            find(l, LINT_HEAD_TOO_LARGE, HTTPSTATUS_FIELD_NONE, p);
            too_large = 1;
        }
        if (text_end == p) {
            h->blank = p;
            h->end = end + 1;
            return 1;
        }
        if (is_ows(d[p])) {
            /* a recipient drops such a line, as done here */
            find(l, p == h->end ? LINT_WHITESPACE_AFTER_START_LINE : LINT_FIELD_OBS_FOLD,
                 HTTPSTATUS_FIELD_NONE, p);
            p = end + 1;
            continue;
        }
        for (colon = p; colon < text_end && d[colon] != ':'; colon++)
            ;
        if (colon == text_end) {
            find(l, LINT_FIELD_LINE_MALFORMED, HTTPSTATUS_FIELD_NONE, p);
            p = end + 1;
            continue;
        }
        name_end = colon;
        while (name_end > p && is_ows(d[name_end - 1]))
            name_end--;
        if (name_end < colon)
            find(l, LINT_FIELD_SPACE_BEFORE_COLON, HTTPSTATUS_FIELD_NONE, name_end);
        for (i = p; i < name_end && httpstatus__is_tchar(d[i]); i++)
            ;
        if (name_end == p || i < name_end)
            find(l, LINT_FIELD_NAME_INVALID, HTTPSTATUS_FIELD_NONE, i);
        for (i = colon + 1; i < text_end; i++)
            if ((d[i] < 0x20 && d[i] != '\t') || d[i] == 0x7F) {
                find(l, LINT_FIELD_VALUE_INVALID, HTTPSTATUS_FIELD_NONE, i);
                break;
            }
        for (v = colon + 1; v < text_end && is_ows(d[v]); v++)
            ;
        for (v_end = text_end; v_end > v && is_ows(d[v_end - 1]); v_end--)
            ;
        f = httpstatus__field_id((const char *)d + p, name_end - p);
        if (f != HTTPSTATUS_FIELD_NONE && h->at[f] == 0) {
            h->at[f] = p;
            h->value[f] = v;
            h->value_len[f] = v_end - v;
        }
        if (f == HTTPSTATUS_FIELD_CONTENT_LENGTH && h->cl != CL_INVALID)
            read_content_length(l, h, v, d + v, v_end - v);
        if (f == HTTPSTATUS_FIELD_TRANSFER_ENCODING) {
            unsigned before = h->chunked_count;
            h->te_chunked = 0;
            h->chunked_count += count_chunked(d + v, v_end - v, &h->te_chunked);
            if (before < 2 && h->chunked_count >= 2)
                find(l, LINT_TRANSFER_ENCODING_CHUNKED_TWICE, f, p);
        }
        p = end + 1;
    }
}

/* ---- Content ------------------------------------------------------------ */

/* chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ) in
 * d[i..end); returns 1 and sets *at to the first byte that breaks it (end
 * when the line stops too early), or 0 when it holds. */
static int bad_extension(const unsigned char *d, size_t i, size_t end, size_t *at)
{
    for (;;) {
        size_t start;
        while (i < end && is_ows(d[i]))
            i++;
        if (i == end)
            return 0;
        *at = i;
        if (d[i++] != ';')
            return 1;
        while (i < end && is_ows(d[i]))
            i++;
        for (start = i; i < end && httpstatus__is_tchar(d[i]); i++)
            ;
        *at = i;
        if (i == start)
            return 1;
        while (i < end && is_ows(d[i]))
            i++;
        if (i == end || d[i] != '=')
            continue;
        i++;
        while (i < end && is_ows(d[i]))
            i++;
        *at = i;
        if (i < end && d[i] == '"') {
            for (i++; i < end && d[i] != '"'; i++)
                if (d[i] == '\\')
                    i++;
            *at = end;
            if (i >= end)
                return 1;
            i++;
        } else {
            for (start = i; i < end && httpstatus__is_tchar(d[i]); i++)
                ;
            if (i == start)
                return 1;
        }
    }
}

/* Chunked content from p (RFC 9112, Section 7.1). Sets *next past it and
 * returns 1; returns 0 when the framing is lost or the input ends (both
 * reported). */
static int read_chunked(struct lint *l, size_t p, size_t *next)
{
    const unsigned char *d = l->d;
    for (;;) {
        size_t end, text_end, i, bad;
        unsigned long long size = 0;
        if (!next_line(l, p, &end, &text_end)) {
            input_ended(l);
            return 0;
        }
        for (i = p; i < text_end && hex_value(d[i]) >= 0 && size >> 60 == 0; i++)
            size = size * 16 + (unsigned long long)hex_value(d[i]);
        if (i == p || (i < text_end && hex_value(d[i]) >= 0)) { /* none, or too large */
            find(l, LINT_CHUNK_SIZE_INVALID, HTTPSTATUS_FIELD_NONE, i);
            return 0;
        }
        if (bad_extension(d, i, text_end, &bad))
            find(l, LINT_CHUNK_EXTENSION_INVALID, HTTPSTATUS_FIELD_NONE, bad);
        p = end + 1;
        if (size == 0)
            break;
        if (l->len - p < size) {
            input_ended(l);
            return 0;
        }
        p += (size_t)size;
        if (l->len - p >= 2 && d[p] == '\r' && d[p + 1] == '\n') {
            p += 2;
        } else if (l->len - p >= 1 && d[p] == '\n') {
            if (!l->bare_lf_seen)
                find(l, LINT_LINE_END_BARE_LF, HTTPSTATUS_FIELD_NONE, p);
            l->bare_lf_seen = 1;
            p += 1;
        } else if (l->len - p == 0 || (l->len - p == 1 && d[p] == '\r')) {
            input_ended(l);
            return 0;
        } else {
            find(l, LINT_CHUNK_SIZE_INVALID, HTTPSTATUS_FIELD_NONE, p);
            return 0;
        }
    }
    /* trailer section: field lines up to an empty line */
    for (;;) {
        size_t end, text_end, i;
        if (!next_line(l, p, &end, &text_end)) {
            input_ended(l);
            return 0;
        }
        if (text_end == p) {
            *next = end + 1;
            return 1;
        }
        for (i = p; i < text_end && httpstatus__is_tchar(d[i]); i++)
            ;
        if (i == p || i == text_end || d[i] != ':')
            find(l, LINT_TRAILER_INVALID, HTTPSTATUS_FIELD_NONE, i);
        p = end + 1;
    }
}

/* ---- Rules of the code -------------------------------------------------- */

static int method_is(const char *method, const char *name)
{
    return method != NULL && strcmp(method, name) == 0;
}

/* A field the code's row ties to it under a condition the response shows
 * to hold: reported at the row's level and section when absent. */
static void need_field(struct lint *l, const struct head *h, enum http_status_field field)
{
    struct http_status_header rule;
    unsigned i;
    for (i = 0; h->at[field] == 0 && http_status_header_at(h->code, HTTPSTATUS_REGISTRY, i, &rule);
         i++)
        if (rule.field == field)
            find_as(l, LINT_FIELD_MISSING, field, h->blank, rule.level, rule.reference);
}

static void check_code_rules(struct lint *l, const struct head *h, const char *method,
                             int has_content, size_t content_at)
{
    const char *names[HTTPSTATUS_FIELD_MAX_ID];
    struct http_status_violation v[HTTPSTATUS_FIELD_MAX_ID + 2];
    struct http_status_response r;
    size_t n = 0, count, i;
    unsigned f;
    const unsigned char *d = l->d;

    for (f = 1; f <= HTTPSTATUS_FIELD_MAX_ID; f++)
        if (h->at[f] != 0)
            names[n++] = http_status_field_name((enum http_status_field)f);
    memset(&r, 0, sizeof r);
    r.code = h->code;
    r.method = method;
    r.fields = names;
    r.field_count = n;
    r.has_content = has_content;
    count = http_status_check(&r, 0, v, sizeof v / sizeof v[0]);
    for (i = 0; i < count && i < sizeof v / sizeof v[0]; i++) {
        if (v[i].rule == HTTPSTATUS_RULE_FIELD_MISSING)
            find_as(l, LINT_FIELD_MISSING, v[i].field, h->blank, v[i].level, v[i].reference);
        else if (v[i].rule == HTTPSTATUS_RULE_FIELD_FORBIDDEN)
            find_as(l, LINT_FIELD_FORBIDDEN, v[i].field, h->at[v[i].field], v[i].level,
                      v[i].reference);
        else /* HTTPSTATUS_RULE_CONTENT_FORBIDDEN: the code is valid here */
            find_as(l, LINT_CONTENT_FORBIDDEN, HTTPSTATUS_FIELD_NONE, content_at, v[i].level,
                      v[i].reference);
    }

    /* conditional rules whose condition the response itself shows */
    if (h->code == 206) {
        const enum http_status_field ct = HTTPSTATUS_FIELD_CONTENT_TYPE;
        size_t k = strlen("multipart/byteranges");
        int multipart = h->at[ct] != 0 && h->value_len[ct] >= k &&
                        httpstatus__same_ascii_ci((const char *)d + h->value[ct],
                                                  "multipart/byteranges", k);
        if (!multipart)
            need_field(l, h, HTTPSTATUS_FIELD_CONTENT_RANGE);
        else if (h->at[HTTPSTATUS_FIELD_CONTENT_RANGE] != 0)
            find(l, LINT_CONTENT_RANGE_ON_MULTIPART, HTTPSTATUS_FIELD_CONTENT_RANGE,
                   h->at[HTTPSTATUS_FIELD_CONTENT_RANGE]);
    }
    if (h->code == 416) /* it answers a range request */
        need_field(l, h, HTTPSTATUS_FIELD_CONTENT_RANGE);
    if (h->code == 201 && method_is(method, "POST"))
        need_field(l, h, HTTPSTATUS_FIELD_LOCATION);
}

static void check_values(struct lint *l, const struct head *h, const char *method)
{
    const unsigned char *d = l->d;
#define AT(f) (h->at[HTTPSTATUS_FIELD_##f] != 0)
#define VALUE(f) d + h->value[HTTPSTATUS_FIELD_##f], h->value_len[HTTPSTATUS_FIELD_##f]
#define WHERE(f) h->value[HTTPSTATUS_FIELD_##f]
    if (!(l->flags & HTTPSTATUS_LINT_NO_CLOCK) && h->code >= 200 && h->code < 500 && !AT(DATE))
        find(l, LINT_DATE_MISSING, HTTPSTATUS_FIELD_DATE, h->blank);
    if (AT(DATE) && !httpstatus__is_imf_fixdate((const char *)VALUE(DATE)))
        find(l, LINT_DATE_INVALID, HTTPSTATUS_FIELD_DATE, WHERE(DATE));
    if (AT(RETRY_AFTER) && !all_digits(VALUE(RETRY_AFTER)) && !httpstatus__is_imf_fixdate((const char *)VALUE(RETRY_AFTER)))
        find(l, LINT_RETRY_AFTER_INVALID, HTTPSTATUS_FIELD_RETRY_AFTER, WHERE(RETRY_AFTER));
    if (AT(ALLOW)) {
        if (!is_method_list(VALUE(ALLOW)))
            find(l, LINT_ALLOW_INVALID, HTTPSTATUS_FIELD_ALLOW, WHERE(ALLOW));
        else if (h->code == 405 && method != NULL && lists_method(VALUE(ALLOW), method))
            find(l, LINT_ALLOW_LISTS_METHOD, HTTPSTATUS_FIELD_ALLOW, WHERE(ALLOW));
    }
    if (AT(CONTENT_RANGE) && !is_content_range(VALUE(CONTENT_RANGE), h->code))
        find(l, LINT_CONTENT_RANGE_INVALID, HTTPSTATUS_FIELD_CONTENT_RANGE, WHERE(CONTENT_RANGE));
    if (AT(LOCATION) && !is_uri_reference(VALUE(LOCATION)))
        find(l, LINT_LOCATION_INVALID, HTTPSTATUS_FIELD_LOCATION, WHERE(LOCATION));
#undef AT
#undef VALUE
#undef WHERE
}

/* ---- One response after another ---------------------------------------- */

/* Whether a response can start at p: "HTTP/" and a digit. */
static int response_starts(const struct lint *l, size_t p)
{
    return l->len - p >= 6 && memcmp(l->d + p, "HTTP/", 5) == 0 && is_dec_digit(l->d[p + 5]);
}

/* Where the content that starts at h->end ends; 0 when the rest of the
 * input cannot be read as more responses (reported where that is a fault). */
static int find_content_end(struct lint *l, const struct head *h, const char *method,
                            size_t *end)
{
    int code = h->code;
    int no_content = http_status_is_informational(code) || code == 204 || code == 304 ||
                     method_is(method, "HEAD") ||
                     (method_is(method, "CONNECT") && http_status_is_successful(code));
    const enum http_status_field te = HTTPSTATUS_FIELD_TRANSFER_ENCODING;
    const enum http_status_field cl = HTTPSTATUS_FIELD_CONTENT_LENGTH;
    int decoded = (l->flags & HTTPSTATUS_LINT_DECODED) != 0;

    if (!h->http2 && h->at[te] != 0) {
        if (h->at[cl] != 0)
            find(l, LINT_TRANSFER_ENCODING_WITH_CONTENT_LENGTH, HTTPSTATUS_FIELD_CONTENT_LENGTH,
                   h->at[cl]);
        if ((h->major == 1 && h->minor == 0) || (l->flags & HTTPSTATUS_LINT_REQUEST_HTTP10))
            find(l, LINT_TRANSFER_ENCODING_HTTP10, te, h->at[te]);
    }
    *end = h->end;
    if (no_content)
        return 1;
    /* curl -siL leaves a redirect's content out */
    if (decoded && http_status_is_redirection(code) && response_starts(l, h->end))
        return 1;
    if (!h->http2 && h->at[te] != 0 && h->te_chunked && !decoded)
        return read_chunked(l, h->end, end);
    if (!h->http2 && h->at[te] == 0 && h->cl == CL_VALID) {
        if (l->len - h->end < h->cl_value) {
            input_ended(l);
            *end = l->len;
            return 0;
        }
        *end = h->end + (size_t)h->cl_value;
        return 1;
    }
    if (!h->http2 && h->at[te] != 0 && !h->te_chunked)
        find(l, LINT_TRANSFER_ENCODING_NOT_CHUNKED, te, h->at[te]);
    /* the rest of the input: HTTP/2 and decoded content as curl prints them,
     * content delimited by the closing of the connection, or, when the
     * Content-Length cannot be trusted, bytes that are not read */
    *end = l->len;
    if (!h->http2 && h->at[te] == 0 && h->cl == CL_INVALID)
        return 0;
    return 1;
}

size_t http_status_lint(const char *data, size_t len, const char *method,
                        const struct http_status_lint_options *options,
                        struct http_status_finding *out, size_t out_size)
{
    struct lint l;
    size_t p = 0, messages = 0;
    int final_seen = 0;

    memset(&l, 0, sizeof l);
    l.d = (const unsigned char *)data;
    l.len = data != NULL ? len : 0;
    l.out = out;
    l.out_size = out != NULL ? out_size : 0;
    l.max_head = DEFAULT_MAX_HEAD;
    if (options != NULL) {
        l.flags = options->flags;
        if (options->max_head_size != 0)
            l.max_head = options->max_head_size;
    }

    for (;;) {
        struct head h;
        size_t content_end;
        int framed, no_more, readable = read_status_line(&l, p, &h);
        if (!readable && p == l.len)
            break; /* no bytes at all */
        if (options != NULL && options->messages != NULL && messages < options->message_size) {
            struct http_status_lint_message *m = &options->messages[messages];
            m->code = h.code;
            m->major = h.major;
            m->minor = h.minor;
            m->offset = p;
            m->content_offset = l.len;
            m->content_length = 0;
        }
        messages++;
        /* no rule is judged on a status line or header section cut short */
        if (!readable || !read_fields(&l, h.end, &h))
            break;
        if (http_status_is_informational(h.code) && (l.flags & HTTPSTATUS_LINT_REQUEST_HTTP10))
            find(&l, LINT_INTERIM_TO_HTTP10, HTTPSTATUS_FIELD_NONE, p);
        framed = find_content_end(&l, &h, method, &content_end);
        if (options != NULL && options->messages != NULL && messages <= options->message_size) {
            options->messages[messages - 1].content_offset = h.end;
            options->messages[messages - 1].content_length = content_end - h.end;
        }
        /* bytes where no content may be, that do not start a response, are
         * content the code or the method forbids */
        no_more = framed && content_end == h.end && content_end < l.len &&
                  !response_starts(&l, content_end) && h.code != 101 &&
                  !(method_is(method, "CONNECT") && http_status_is_successful(h.code)) &&
                  !http_status_may_have_content(h.code, method);
        check_code_rules(&l, &h, method, no_more || content_end > h.end, h.end);
        check_values(&l, &h, method);
        /* after a 101, another protocol; after a 2xx to CONNECT, a tunnel */
        if (!framed || no_more || h.code == 101 ||
            (method_is(method, "CONNECT") && http_status_is_successful(h.code)))
            break;
        p = content_end;
        if (p == l.len) {
            if (http_status_is_informational(h.code) && !final_seen)
                input_ended(&l); /* the final response is missing */
            break;
        }
        if (http_status_is_informational(h.code)) {
            l.response++;
            l.bare_lf_seen = 0;
            continue;
        }
        if (!response_starts(&l, p)) {
            find(&l, LINT_TRAILING_BYTES, HTTPSTATUS_FIELD_NONE, p);
            break;
        }
        if (l.flags & HTTPSTATUS_LINT_SEQUENCE) {
            const char *next = http_status_redirect_method(h.code, method);
            if (next != NULL)
                method = next;
            final_seen = 0;
        } else {
            if (!(l.len - p > 9 && l.d[p + 9] == '1')) {
                find(&l, LINT_TRAILING_BYTES, HTTPSTATUS_FIELD_NONE, p);
                break;
            }
            find(&l, LINT_INTERIM_AFTER_FINAL, HTTPSTATUS_FIELD_NONE, p);
            final_seen = 1;
        }
        l.response++;
        l.bare_lf_seen = 0;
    }
    if (options != NULL && options->message_count != NULL)
        *options->message_count = messages;
    return l.count;
}

const char *http_status_severity_name(enum http_status_severity severity)
{
    switch (severity) {
#define XX(value, name, string) case HTTPSTATUS_SEVERITY_##name: return string;
    HTTPSTATUS_SEVERITY_MAP(XX)
#undef XX
    case HTTPSTATUS_SEVERITY_NONE: break;
    }
    return NULL;
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef RULE_TEXT
#undef DEFAULT_MAX_HEAD
