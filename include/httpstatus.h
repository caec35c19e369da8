/*
 * httpstatus: the HTTP status codes of the IANA registry, with their reason
 * phrases, classes, descriptions and related header fields, as a static table.
 *
 * Every function here is pure: it reads constant data, allocates nothing,
 * needs no initialisation and is safe to call from any thread. Every string
 * it returns points into that constant data, is NUL-terminated, and lives as
 * long as the program; never free or modify it.
 *
 * Any int is a valid code argument. Codes outside 100..599 (negative, 0, 99,
 * 600, INT_MIN, INT_MAX) are in no class and have no row. Codes inside
 * 100..599 that the registry does not list (299, 499, ...) have a class but no
 * reason phrase.
 *
 * The names here never clash with http_parser.h or llhttp.h, which own
 * enum http_status, HTTP_STATUS_MAP, HTTP_STATUS_OK and http_status_str():
 * constants start with HTTPSTATUS_, functions and types with http_status_.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>

#include "httpstatus_codes.h" /* generated from data/status.tsv */

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version --------------------------------------------------------- */

#define HTTPSTATUS_VERSION_MAJOR 0
#define HTTPSTATUS_VERSION_MINOR 1
#define HTTPSTATUS_VERSION_PATCH 0
#define HTTPSTATUS_VERSION "0.1.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, for #if comparisons. */
#define HTTPSTATUS_VERSION_NUMBER                                              \
    (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 +       \
     HTTPSTATUS_VERSION_PATCH)

#ifndef HTTPSTATUS_API
#  if defined(_WIN32) && defined(HTTPSTATUS_SHARED)
#    define HTTPSTATUS_API __declspec(dllimport)
#  elif defined(__GNUC__) && __GNUC__ >= 4
#    define HTTPSTATUS_API __attribute__((visibility("default")))
#  else
#    define HTTPSTATUS_API
#  endif
#endif

/*
 * The version of the library linked at run time, as "MAJOR.MINOR.PATCH".
 * Compare with HTTPSTATUS_VERSION to check that header and library match.
 */
HTTPSTATUS_API const char *http_status_version(void);

/* The same as a number: HTTPSTATUS_VERSION_NUMBER of the linked library. */
HTTPSTATUS_API int http_status_version_number(void);

/*
 * Small builds. httpstatus_codes.h defines HTTPSTATUS_HAS_DESCRIPTIONS,
 * HTTPSTATUS_HAS_UNOFFICIAL and HTTPSTATUS_HAS_RULES as 1, or as 0 in a
 * build configured without them (HTTPSTATUS_WITH_* CMake options). Every
 * function stays and answers its "absent" value: without descriptions the
 * description functions and http_status_info.description give NULL; without
 * unofficial codes HTTPSTATUS_UNOFFICIAL selects no row and their constants
 * are not defined; without rules http_status_header_level() gives
 * HTTPSTATUS_LEVEL_NONE, http_status_info.header_count is 0,
 * http_status_check() reports only the content and code rules, and
 * http_status_retry_after_applies() answers 1 for 3xx only.
 */

/* ---- Named constants ------------------------------------------------- */

/*
 * One constant per code of the table: HTTPSTATUS_NOT_FOUND == 404, ...
 * Registry codes and unofficial ones (HTTPSTATUS_CLIENT_CLOSED_REQUEST ==
 * 499) alike; the lists come from data/status.tsv via HTTPSTATUS_MAP and
 * HTTPSTATUS_UNOFFICIAL_MAP, which you can expand yourself.
 */
enum http_status_code {
#define HTTPSTATUS_XX_(code, name, reason) HTTPSTATUS_##name = (code),
    HTTPSTATUS_MAP(HTTPSTATUS_XX_)
    HTTPSTATUS_UNOFFICIAL_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    /* A negative member makes int the enum's type on every compiler, so a
     * variable of this type passes to the int parameters below without a
     * sign-conversion warning. */
    HTTPSTATUS_CODE_SIGNED_ = -1
};

/* ---- Classes --------------------------------------------------------- */

/* The class of a code is its first digit (RFC 9110, Section 15). */
enum http_status_class {
    HTTPSTATUS_CLASS_NONE = 0,          /* outside 100..599 */
    HTTPSTATUS_CLASS_INFORMATIONAL = 1, /* 1xx */
    HTTPSTATUS_CLASS_SUCCESSFUL = 2,    /* 2xx */
    HTTPSTATUS_CLASS_REDIRECTION = 3,   /* 3xx */
    HTTPSTATUS_CLASS_CLIENT_ERROR = 4,  /* 4xx */
    HTTPSTATUS_CLASS_SERVER_ERROR = 5   /* 5xx */
};

/*
 * The class of any int: code / 100 for 100..599, HTTPSTATUS_CLASS_NONE for
 * every other value. Registered or not: 299 is HTTPSTATUS_CLASS_SUCCESSFUL,
 * since a client treats an unknown code as the x00 code of its class.
 */
HTTPSTATUS_API enum http_status_class http_status_class(int code);

/*
 * The class's name as RFC 9110 writes it: "Informational", "Successful",
 * "Redirection", "Client Error", "Server Error"; NULL for
 * HTTPSTATUS_CLASS_NONE and any value outside the enum.
 */
HTTPSTATUS_API const char *http_status_class_name(enum http_status_class cls);

/* Predicates on any int: 1 when the code is in the range, else 0. */
HTTPSTATUS_API int http_status_is_informational(int code); /* 100..199 */
HTTPSTATUS_API int http_status_is_successful(int code);    /* 200..299 */
HTTPSTATUS_API int http_status_is_redirection(int code);   /* 300..399 */
HTTPSTATUS_API int http_status_is_client_error(int code);  /* 400..499 */
HTTPSTATUS_API int http_status_is_server_error(int code);  /* 500..599 */
HTTPSTATUS_API int http_status_is_error(int code);         /* 400..599 */
/* 1 for any code in 100..599, registered or not; else 0. */
HTTPSTATUS_API int http_status_is_valid(int code);

/* ---- Reason phrases and descriptions -------------------------------- */

/*
 * The reason phrase the IANA registry gives the code ("Not Found" for 404,
 * "Content Too Large" for 413), or NULL when it gives none: every int outside
 * 100..599, codes nobody registered (299), the unofficial codes (499; see
 * http_status_reason_in()), and 306 and 418, which the registry lists as
 * (Unused). 418's former RFC 2324 name "I'm a teapot" is kept as an alias,
 * in http_status_info.aliases, never as a reason phrase.
 */
HTTPSTATUS_API const char *http_status_reason(int code);

/* Which rows a lookup may answer from; combine with |. */
#define HTTPSTATUS_REGISTRY 1u   /* rows of the IANA registry */
#define HTTPSTATUS_UNOFFICIAL 2u /* widely used codes outside it (nginx, ...) */
#define HTTPSTATUS_ANY (HTTPSTATUS_REGISTRY | HTTPSTATUS_UNOFFICIAL)

/*
 * Like http_status_reason(), but answers from the rows that `which` selects:
 * http_status_reason_in(499, HTTPSTATUS_ANY) is "Client Closed Request".
 * NULL where the selected rows have no phrase, and for which == 0.
 */
HTTPSTATUS_API const char *http_status_reason_in(int code, unsigned which);

/*
 * One or a few sentences of English that say what the code means, when to
 * use it, and the header fields that go with it; registry codes only (306
 * and 418 included). NULL where http_status_lookup() with
 * HTTPSTATUS_REGISTRY finds no row.
 */
HTTPSTATUS_API const char *http_status_description(int code);

/*
 * The description in another language: lang is a tag such as "ko" (ASCII
 * case-insensitive; a region such as "ko-KR" is ignored). Registry and
 * unofficial rows alike, as `which` selects. A code the language has no text
 * for falls back to English, as do lang NULL and "en". NULL for a code
 * without a row and for a language the library does not have (see
 * http_status_language_at()).
 */
HTTPSTATUS_API const char *http_status_description_in(int code, unsigned which,
                                                      const char *lang);

/* The tag of the index-th language the descriptions come in: "en" for 0,
 * then the others ("ko", ...); NULL past the last. */
HTTPSTATUS_API const char *http_status_language_at(unsigned index);

/* 1 when lang names one of those languages, matched as
 * http_status_description_in() matches it ("KO", "ko-KR"); 0 otherwise,
 * and for NULL and "". */
HTTPSTATUS_API int http_status_has_language(const char *lang);

/* ---- Header fields related to a code -------------------------------- */

/*
 * The header fields the table relates to codes: HTTPSTATUS_FIELD_ALLOW,
 * HTTPSTATUS_FIELD_WWW_AUTHENTICATE, ... (data/fields.tsv). 0 is none.
 */
enum http_status_field {
    HTTPSTATUS_FIELD_NONE = 0,
#define HTTPSTATUS_XX_(n, name, string) HTTPSTATUS_FIELD_##name = (n),
    HTTPSTATUS_FIELD_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_FIELD_END_
};

/* How strongly the defining RFC ties a header field to a code. */
enum http_status_level {
    HTTPSTATUS_LEVEL_NONE = 0, /* the table relates no such field */
    HTTPSTATUS_LEVEL_MAY = 1,
    HTTPSTATUS_LEVEL_SHOULD = 2,
    HTTPSTATUS_LEVEL_MUST = 3,
    HTTPSTATUS_LEVEL_SHOULD_NOT = 4,
    HTTPSTATUS_LEVEL_MUST_NOT = 5
};

/* The field's name as it is spelled on the wire ("WWW-Authenticate"), or
 * NULL for HTTPSTATUS_FIELD_NONE and any value outside the enum. */
HTTPSTATUS_API const char *http_status_field_name(enum http_status_field field);

/* The section that defines the field ("RFC 9110, Section 10.2.1" for Allow),
 * or NULL for HTTPSTATUS_FIELD_NONE and any value outside the enum. */
HTTPSTATUS_API const char *
http_status_field_reference(enum http_status_field field);

/* "MAY", "SHOULD", "MUST", "SHOULD NOT", "MUST NOT"; NULL for
 * HTTPSTATUS_LEVEL_NONE and any value outside the enum. */
HTTPSTATUS_API const char *http_status_level_name(enum http_status_level level);

/*
 * The level at which the code's defining section ties the field to a
 * response with that code: http_status_header_level(405,
 * HTTPSTATUS_FIELD_ALLOW) is HTTPSTATUS_LEVEL_MUST. HTTPSTATUS_LEVEL_NONE when
 * the table relates no such field to the code, for every code without a row,
 * and for fields outside the enum. Registry and unofficial rows alike.
 */
HTTPSTATUS_API enum http_status_level
http_status_header_level(int code, enum http_status_field field);

/* ---- The whole record ----------------------------------------------- */

/* How the code stands in the IANA registry. */
enum http_status_registration {
    HTTPSTATUS_REG_NONE = 0,       /* no row */
    HTTPSTATUS_REG_PERMANENT = 1,
    HTTPSTATUS_REG_TEMPORARY = 2,  /* with an expiry date */
    HTTPSTATUS_REG_UNUSED = 3,     /* reserved, no phrase: 306, 418 */
    HTTPSTATUS_REG_OBSOLETED = 4,  /* still listed, not to be used: 510 */
    HTTPSTATUS_REG_UNREGISTERED = 5 /* not in the registry; see origin */
};

/* Facts about a code, as bits of http_status_info.flags. */
#define HTTPSTATUS_FLAG_INTERIM 0x01u           /* 1xx: a final response follows */
#define HTTPSTATUS_FLAG_CONTENT_FORBIDDEN 0x02u /* never has content: 1xx, 204, 205, 304 */
#define HTTPSTATUS_FLAG_CACHEABLE 0x04u         /* heuristically cacheable by default */
#define HTTPSTATUS_FLAG_METHOD_PRESERVING 0x08u /* redirect keeps the method: 307, 308 */
#define HTTPSTATUS_FLAG_METHOD_TO_GET 0x10u     /* follow-up is GET (HEAD stays HEAD): 303 */
#define HTTPSTATUS_FLAG_METHOD_MAY_CHANGE 0x20u /* POST may become GET: 301, 302 */
#define HTTPSTATUS_FLAG_RETRYABLE 0x40u         /* the RFC lets the client repeat the request */

/* The name data/status.tsv uses for a registration status: "permanent",
 * "temporary", "unused", "obsoleted", "unregistered"; NULL for
 * HTTPSTATUS_REG_NONE and any value outside the enum. */
HTTPSTATUS_API const char *
http_status_registration_name(enum http_status_registration registration);

/* The name data/status.tsv uses for one HTTPSTATUS_FLAG_* bit: "interim",
 * "content-forbidden", "cacheable", "method-preserving", "method-to-get",
 * "method-may-change", "retryable"; NULL for 0, for a value with more than
 * one bit, and for an unknown bit. Iterate with bit = 1u << i, i from 0 to
 * 31, to name every flag of http_status_info.flags. */
HTTPSTATUS_API const char *http_status_flag_name(unsigned flag);

/* The most header rules one row can have. */
#define HTTPSTATUS_MAX_HEADERS 12

/* One related header field of a code. */
struct http_status_header {
    enum http_status_field field;
    enum http_status_level level;
    /* Nonzero when the level applies only under a condition that the
     * reference states (a 304 carries ETag only if a 200 would have). */
    int conditional;
};

/*
 * Everything the table knows about one code. Filled in by
 * http_status_lookup(); the strings point into constant data. A string the
 * row does not have is NULL, never "".
 */
typedef struct http_status_info {
    int code;
    const char *reason;      /* registry phrase; NULL for 306 and 418 */
    size_t reason_len;       /* strlen(reason), 0 when NULL */
    const char *name;        /* constant name: "NOT_FOUND" */
    enum http_status_class cls;
    enum http_status_registration registration;
    const char *expires;     /* "YYYY-MM-DD" for a temporary registration */
    const char *origin;      /* "IANA", or who uses an unofficial code */
    const char *reference;   /* "RFC 9110, Section 15.5.5" */
    const char *description; /* English, one or a few sentences */
    const char *aliases;     /* former phrases, separated by '|' */
    unsigned flags;          /* HTTPSTATUS_FLAG_* bits */
    unsigned header_count;   /* entries used in headers[] */
    struct http_status_header headers[HTTPSTATUS_MAX_HEADERS];
} http_status_info;

/*
 * Fills *out with the row for `code` among the rows that `which` selects
 * (HTTPSTATUS_REGISTRY, HTTPSTATUS_UNOFFICIAL or HTTPSTATUS_ANY) and returns
 * 1. Returns 0 and leaves *out untouched when there is no such row (every int
 * outside 100..599, 299, which == 0) or when out is NULL.
 */
HTTPSTATUS_API int http_status_lookup(int code, unsigned which,
                                      http_status_info *out);

/*
 * Iteration in code order: the smallest code greater than `after` that has a
 * row among those `which` selects, or 0 when there is none.
 *     for (c = http_status_next(0, HTTPSTATUS_REGISTRY); c;
 *          c = http_status_next(c, HTTPSTATUS_REGISTRY))
 * Any int is a valid `after`.
 */
HTTPSTATUS_API int http_status_next(int after, unsigned which);

/* ---- Status lines (RFC 9112, Section 4) ----------------------------- */

/*
 * Writes the status line "HTTP/1.1 404 Not Found\r\n" for code to buf, with
 * snprintf's contract: returns the length of the whole line (without the
 * NUL), writes at most size bytes, and NUL-terminates whenever size > 0,
 * truncating the line when it does not fit. buf may be NULL when size is 0
 * (a NULL buf counts as size 0), to ask for the length.
 * The phrase is the registry's (http_status_reason()); a code in 100..599
 * without one keeps the space before the empty phrase, "HTTP/1.1 299 \r\n",
 * because RFC 9112 requires it and clients have broken on its absence.
 * A code outside 100..599 returns 0 and writes only the terminating NUL.
 * No locale, no allocation, no printf.
 */
HTTPSTATUS_API size_t http_status_line(char *buf, size_t size, int code);

/*
 * The same for "HTTP/1.<minor>": minor 1 is http_status_line(), minor 0
 * writes an HTTP/1.0 line. Any other minor returns 0 like a bad code.
 */
HTTPSTATUS_API size_t http_status_line_version(char *buf, size_t size, int code,
                                               int minor);

/*
 * "404 Not Found", without version or line end: the value of a CGI Status
 * field (RFC 3875, Section 6.3.3) or a log entry. Same contract as
 * http_status_line(); "299 " for a code without a phrase.
 */
HTTPSTATUS_API size_t http_status_text(char *buf, size_t size, int code);

/* Results of http_status_parse_line(). */
enum http_status_parse_result {
    HTTPSTATUS_PARSE_OK = 0,
    HTTPSTATUS_PARSE_BAD_ARGUMENT,  /* out is NULL, or data is NULL with len > 0 */
    HTTPSTATUS_PARSE_BAD_VERSION,   /* not "HTTP/" DIGIT "." DIGIT */
    HTTPSTATUS_PARSE_MISSING_SPACE, /* something other than SP after the version
                                       or the code (end of input included, in
                                       strict mode, after the code) */
    HTTPSTATUS_PARSE_BAD_CODE,      /* not 3 digits (a second SP before them
                                       included), or outside 100..599 */
    HTTPSTATUS_PARSE_BAD_REASON,    /* a control byte other than HTAB in the
                                       phrase, a CR not followed by LF included */
    HTTPSTATUS_PARSE_BAD_LINE_END   /* a bare LF (strict mode), or a CR as the
                                       last byte of the input */
};

/* Options of http_status_parse_line(); combine with |. */
#define HTTPSTATUS_PARSE_LENIENT 1u /* also accept "HTTP/1.1 200" (no SP) and a bare LF */

/* A status line taken apart. reason points into the parsed bytes. */
typedef struct http_status_parsed {
    int major, minor;      /* HTTP-version digits */
    int code;              /* 100..599 */
    const char *reason;    /* not NUL-terminated; reason_len bytes */
    size_t reason_len;
    size_t length;         /* bytes of input the line took, with its CRLF if any */
    size_t error_offset;   /* on failure: where the line went wrong (may be len) */
} http_status_parsed;

/*
 * Reads one status line, HTTP-version SP 3DIGIT SP [reason-phrase], from the
 * len bytes at data (no NUL needed; NULs are bytes like others). The line
 * ends at the first CRLF, or at the end of the input: bytes after the CRLF
 * (the header section, say) are not looked at, and out->length says where
 * they start. Strict by default: the version is "HTTP/" DIGIT "." DIGIT,
 * case-sensitive; single spaces; the code is 100..599; the phrase holds only
 * HTAB, SP, visible ASCII and bytes 0x80-0xFF (RFC 9112, Section 4), and may
 * be empty ("HTTP/1.1 200 \r\n"). HTTPSTATUS_PARSE_LENIENT also accepts a
 * line without the space before an empty phrase ("HTTP/1.1 200"), which
 * some servers send, and a bare LF as line end (RFC 9112, Section 2.2 lets a
 * recipient accept it). Returns HTTPSTATUS_PARSE_OK and fills *out, or an
 * error with out->error_offset set and the other fields zero. Every byte
 * sequence gets one of these answers; nothing is read past data + len.
 */
HTTPSTATUS_API enum http_status_parse_result
http_status_parse_line(const char *data, size_t len, unsigned options,
                       http_status_parsed *out);

/* ---- Reverse lookup -------------------------------------------------- */

/*
 * The code whose reason phrase is `phrase`, compared ASCII
 * case-insensitively: "not found" is 404. Former phrases count too
 * ("Payload Too Large" and "Request Entity Too Large" are 413, "I'm a
 * teapot" is 418). Registry rows only; 0 for an unknown phrase, "" and NULL.
 */
HTTPSTATUS_API int http_status_from_reason(const char *phrase);

/* The same for len bytes at phrase (no NUL needed), among the rows `which`
 * selects; 0 when not found, for which == 0, and for phrase NULL. */
HTTPSTATUS_API int http_status_from_reason_n(const char *phrase, size_t len,
                                             unsigned which);

/*
 * The code whose constant name is `name`, ASCII case-insensitively, with or
 * without the HTTPSTATUS_ prefix: "NOT_FOUND" and "HTTPSTATUS_NOT_FOUND" are
 * 404. Registry rows only; 0 when unknown and for NULL.
 */
HTTPSTATUS_API int http_status_from_name(const char *name);

/* The same for len bytes at name, among the rows `which` selects. */
HTTPSTATUS_API int http_status_from_name_n(const char *name, size_t len,
                                           unsigned which);

/* ---- Questions a client or cache asks -------------------------------- */

/*
 * 1 when a response with this code is heuristically cacheable by default
 * (RFC 9110, Section 15.1; RFC 9111, Section 4.2.2; RFC 7725 for 451): a
 * cache may store and reuse it without explicit freshness information. 0
 * for every other int.
 */
HTTPSTATUS_API int http_status_is_cacheable(int code);

/*
 * 1 when a response with this code to a request with this method may carry
 * content, else 0: never for 1xx, 204, 205 and 304, never for a response to
 * HEAD (RFC 9110, Section 9.3.2), never for a 2xx to CONNECT, which turns the
 * connection into a tunnel (Section 9.3.6), and never for an int outside
 * 100..599. Methods are case-sensitive (Section 9.1); method may be NULL
 * when it is not known.
 */
HTTPSTATUS_API int http_status_may_have_content(int code, const char *method);

/*
 * The method of the request a user agent sends to follow a redirect with
 * this code, given the original request's method:
 *   307, 308: the same method (Sections 15.4.8, 15.4.9);
 *   303: "GET", except that HEAD stays "HEAD" (Section 15.4.4);
 *   301, 302: "GET" for POST, which RFC 9110 lets a user agent do for
 *             historical reasons and browsers do; any other method is kept.
 * NULL for every other code (300 and 304 included: there is no automatic
 * follow-up) and for method NULL. The result is either `method` itself or a
 * string constant.
 */
HTTPSTATUS_API const char *http_status_redirect_method(int code,
                                                       const char *method);

/*
 * 1 when the RFC that defines the code lets the client send the request
 * again, possibly later or on another connection: 408 (RFC 9110, Section
 * 15.5.9), 421 (15.5.20), 425 (RFC 8470, Section 5.2), 429 (RFC 6585,
 * Section 4), 503 (RFC 9110, Section 15.6.4). 0 for every other int.
 */
HTTPSTATUS_API int http_status_is_retryable(int code);

/*
 * 1 when a Retry-After field has a meaning on a response with this code:
 * the codes whose definition mentions it (413, 429, 503) and every 3xx, on
 * which it asks the user agent to wait before following the redirect
 * (RFC 9110, Section 10.2.3). 0 for every other int.
 */
HTTPSTATUS_API int http_status_retry_after_applies(int code);

/* ---- Response conformance -------------------------------------------- */

/* What kind of rule a response broke. */
enum http_status_rule {
    HTTPSTATUS_RULE_NONE = 0,
    HTTPSTATUS_RULE_FIELD_MISSING = 1,     /* a MUST or SHOULD field is absent */
    HTTPSTATUS_RULE_FIELD_FORBIDDEN = 2,   /* a MUST NOT or SHOULD NOT field is present */
    HTTPSTATUS_RULE_CONTENT_FORBIDDEN = 3, /* content where the code or method allows none */
    HTTPSTATUS_RULE_INVALID_CODE = 4       /* the code is outside 100..599 */
};

/* One broken rule. */
struct http_status_violation {
    enum http_status_rule rule;
    enum http_status_field field;  /* the field concerned; NONE for content and code rules */
    enum http_status_level level;  /* MUST, SHOULD, MUST NOT or SHOULD NOT */
    int conditional;               /* the rule holds only under a condition (see options) */
    const char *reference;         /* the section that states the rule */
};

/* Options of http_status_check(); combine with |. */
#define HTTPSTATUS_CHECK_CONDITIONAL 1u /* also report rules that hold only under a
                                           condition the call cannot see (a 304's
                                           validators, a 206's Content-Range) */
#define HTTPSTATUS_CHECK_MUST_ONLY 2u   /* report MUST and MUST NOT rules only */

/*
 * Checks a response against every rule the table holds for its code:
 * `fields` lists the names of the header fields it carries (field_count
 * entries, compared ASCII case-insensitively; NULL entries are skipped,
 * and fields may be NULL when field_count is 0), has_content says whether
 * it carries content, and method is the request's method (case-sensitive;
 * NULL when unknown). Writes up to out_size violations to out, in table
 * order, and returns how many there are in all, like snprintf: 0 means the
 * response breaks no rule. Conditional rules are left out unless options
 * has HTTPSTATUS_CHECK_CONDITIONAL. A code outside 100..599 is one
 * HTTPSTATUS_RULE_INVALID_CODE violation. Allocates nothing; reads only
 * what it is given.
 *     if (http_status_check(405, names, n, 1, "DELETE", 0, NULL, 0) != 0) ...
 */
HTTPSTATUS_API size_t http_status_check(int code, const char *const *fields,
                                        size_t field_count, int has_content,
                                        const char *method, unsigned options,
                                        struct http_status_violation *out,
                                        size_t out_size);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
