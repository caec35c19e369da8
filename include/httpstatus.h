/*
 * httpstatus: the HTTP status codes of the IANA registry, with their reason
 * phrases, classes, descriptions and related header fields, as a static table.
 *
 * Every function here is pure: it reads constant data, allocates nothing,
 * needs no initialisation and is safe to call from any thread. Every string
 * it returns points into that constant data, is NUL-terminated, and lives as
 * long as the program; never free or modify it.
 *
 * Zero always means "the default". An argument `which` selects rows:
 * HTTPSTATUS_REGISTRY (the IANA registry), HTTPSTATUS_UNOFFICIAL (codes
 * outside it), or both (HTTPSTATUS_ANY); 0 is HTTPSTATUS_REGISTRY. Functions
 * without a `which` argument answer from the registry rows too. An argument
 * `options` of 0 is the standard behaviour, and each HTTPSTATUS_*_ option bit
 * changes one thing. Bits a function does not know are ignored, in `which`
 * as in `options` (so `which` with no known bit is the registry too).
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

/*
 * Small builds: defining HTTPSTATUS_NO_DESCRIPTIONS, HTTPSTATUS_NO_UNOFFICIAL
 * or HTTPSTATUS_NO_RULES as 1 when compiling the library leaves that part
 * of the table out (the CMake options HTTPSTATUS_WITH_* set them, for the
 * library and for programs that link it; with the drop-in pair or a build
 * without CMake, define them for every file that includes this header).
 * Every function stays and answers its "absent" value: without descriptions
 * the description functions and http_status_info.description give NULL;
 * without unofficial codes HTTPSTATUS_UNOFFICIAL selects no row and
 * HTTPSTATUS_UNOFFICIAL_MAP is empty; without rules
 * http_status_header_level() gives HTTPSTATUS_LEVEL_NONE,
 * http_status_info.header_count is 0, http_status_check() reports only the
 * rules written in code (content; framing fields on any 1xx and on a 2xx to
 * CONNECT; the code's range), and http_status_retry_after_applies() answers 1 for
 * 3xx only. HTTPSTATUS_HAS_DESCRIPTIONS, _HAS_UNOFFICIAL and _HAS_RULES say
 * which parts a build holds.
 */
#ifndef HTTPSTATUS_NO_DESCRIPTIONS
#define HTTPSTATUS_NO_DESCRIPTIONS 0
#endif
#ifndef HTTPSTATUS_NO_UNOFFICIAL
#define HTTPSTATUS_NO_UNOFFICIAL 0
#endif
#ifndef HTTPSTATUS_NO_RULES
#define HTTPSTATUS_NO_RULES 0
#endif
#define HTTPSTATUS_HAS_DESCRIPTIONS (!HTTPSTATUS_NO_DESCRIPTIONS)
#define HTTPSTATUS_HAS_UNOFFICIAL (!HTTPSTATUS_NO_UNOFFICIAL)
#define HTTPSTATUS_HAS_RULES (!HTTPSTATUS_NO_RULES)

#include "httpstatus_codes.h" /* generated from data/ by tools/gen_table.c */

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version --------------------------------------------------------- */

#define HTTPSTATUS_VERSION_MAJOR 0
#define HTTPSTATUS_VERSION_MINOR 3
#define HTTPSTATUS_VERSION_PATCH 0
#define HTTPSTATUS_VERSION "0.3.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, for #if comparisons. */
#define HTTPSTATUS_VERSION_NUMBER                                              \
    (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 +       \
     HTTPSTATUS_VERSION_PATCH)

/*
 * On Windows the DLL exports its functions and a program that uses the DLL
 * imports them: the build of the DLL defines HTTPSTATUS_BUILDING_DLL, and a
 * program linked to the DLL defines HTTPSTATUS_DLL (the CMake targets set
 * both; see the README). A static library needs neither.
 */
#ifndef HTTPSTATUS_API
#  if defined(_WIN32) && defined(HTTPSTATUS_BUILDING_DLL)
#    define HTTPSTATUS_API __declspec(dllexport)
#  elif defined(_WIN32) && defined(HTTPSTATUS_DLL)
#    define HTTPSTATUS_API __declspec(dllimport)
#  elif defined(__GNUC__) && __GNUC__ >= 4 && !defined(_WIN32) && !defined(__CYGWIN__)
#    define HTTPSTATUS_API __attribute__((visibility("default")))
#  else
#    define HTTPSTATUS_API
#  endif
#endif

/* The inline definitions below; `static` so that every translation unit
 * has its own and none is ever exported. */
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#  define HTTPSTATUS_INLINE static inline
#else
#  define HTTPSTATUS_INLINE static __inline
#endif

/*
 * The version of the library linked at run time, as "MAJOR.MINOR.PATCH".
 * Compare with HTTPSTATUS_VERSION to check that header and library match.
 */
HTTPSTATUS_API const char *http_status_version(void);

/* The same as a number: HTTPSTATUS_VERSION_NUMBER of the linked library. */
HTTPSTATUS_API int http_status_version_number(void);

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

/* The class of a code is its first digit (RFC 9110, Section 15):
 * HTTPSTATUS_CLASS_INFORMATIONAL (1) to HTTPSTATUS_CLASS_SERVER_ERROR (5). */
enum http_status_class {
#define HTTPSTATUS_XX_(value, name, title, slug) HTTPSTATUS_CLASS_##name = (value),
    HTTPSTATUS_CLASS_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_CLASS_NONE = 0 /* outside 100..599 */
};

/*
 * The class's name as RFC 9110 writes it: "Informational", "Successful",
 * "Redirection", "Client Error", "Server Error"; NULL for
 * HTTPSTATUS_CLASS_NONE and any value outside the enum.
 */
HTTPSTATUS_API const char *http_status_class_name(enum http_status_class cls);

/*
 * http_status_class(code): the class of any int, code / 100 for 100..599,
 * HTTPSTATUS_CLASS_NONE for every other value. Registered or not: 299 is
 * HTTPSTATUS_CLASS_SUCCESSFUL, since a client treats an unknown code as the
 * x00 code of its class.
 *
 * http_status_is_<range>(code): 1 when any int is in the range, else 0:
 *     http_status_is_informational  100..199
 *     http_status_is_successful     200..299
 *     http_status_is_redirection    300..399
 *     http_status_is_client_error   400..499
 *     http_status_is_server_error   500..599
 *     http_status_is_error          400..599
 *     http_status_is_valid          100..599, registered or not
 *
 * Each is a subtraction and a compare, so this header defines them as
 * static inline functions that compile to those instructions at the call.
 * The library exports the same functions too, for dlsym, FFI and other
 * languages; a program that defines HTTPSTATUS_NO_INLINE before including
 * this header calls those instead.
 */
#define HTTPSTATUS_RANGES_(XX)                                                 \
    XX(informational, 100u, 100u)                                              \
    XX(successful, 200u, 100u)                                                 \
    XX(redirection, 300u, 100u)                                                \
    XX(client_error, 400u, 100u)                                               \
    XX(server_error, 500u, 100u)                                               \
    XX(error, 400u, 200u)                                                      \
    XX(valid, 100u, 500u)

/* The bodies, shared by the inline and the exported definitions; unsigned
 * arithmetic, so that no int overflows. */
HTTPSTATUS_INLINE int http_status_in_range_(int code, unsigned lo, unsigned width)
{
    return (unsigned)code - lo < width;
}

HTTPSTATUS_INLINE enum http_status_class http_status_class_of_(int code)
{
    unsigned s = (unsigned)code - 100u;
    return s < 500u ? (enum http_status_class)(s / 100u + 1u) : HTTPSTATUS_CLASS_NONE;
}

#ifdef HTTPSTATUS_NO_INLINE
HTTPSTATUS_API enum http_status_class http_status_class(int code);
#define HTTPSTATUS_XX_(range, lo, width) HTTPSTATUS_API int http_status_is_##range(int code);
HTTPSTATUS_RANGES_(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
#else
HTTPSTATUS_INLINE enum http_status_class http_status_class(int code)
{
    return http_status_class_of_(code);
}
#define HTTPSTATUS_XX_(range, lo, width)                                       \
    HTTPSTATUS_INLINE int http_status_is_##range(int code)                     \
    {                                                                          \
        return http_status_in_range_(code, lo, width);                         \
    }
HTTPSTATUS_RANGES_(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
#endif

/* ---- Reason phrases and descriptions -------------------------------- */

/*
 * The reason phrase the IANA registry gives the code ("Not Found" for 404,
 * "Content Too Large" for 413), or NULL when it gives none: every int outside
 * 100..599, codes nobody registered (299), the unofficial codes (499; see
 * http_status_reason_in()), and 306 and 418, which the registry lists as
 * (Unused). 418's former RFC 2324 name "I'm a teapot" is kept as an alias,
 * http_status_alias_at(418, 0, 0), never as a reason phrase.
 */
HTTPSTATUS_API const char *http_status_reason(int code);

/* Which rows a lookup may answer from; combine with |. 0 is the registry. */
#define HTTPSTATUS_REGISTRY 1u   /* rows of the IANA registry */
#define HTTPSTATUS_UNOFFICIAL 2u /* widely used codes outside it (nginx, ...) */
#define HTTPSTATUS_ANY (HTTPSTATUS_REGISTRY | HTTPSTATUS_UNOFFICIAL)

/*
 * Like http_status_reason(), but answers from the rows that `which` selects:
 * http_status_reason_in(499, HTTPSTATUS_ANY) is "Client Closed Request".
 * NULL where the selected rows have no phrase.
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
 * HTTPSTATUS_FIELD_WWW_AUTHENTICATE, ... Each value is the field's id in
 * data/fields.tsv, which is never reused, so a new field never renumbers
 * another. 0 is none.
 */
enum http_status_field {
#define HTTPSTATUS_XX_(id, name, string) HTTPSTATUS_FIELD_##name = (id),
    HTTPSTATUS_FIELD_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_FIELD_NONE = 0
};

/*
 * How strongly the RFCs tie a header field to a code: HTTPSTATUS_LEVEL_MAY,
 * _SHOULD, _MUST, _SHOULD_NOT, _MUST_NOT. A level is the BCP 14 keyword of
 * the sentence that states the rule (http_status_header.reference names its
 * section). A field that a section names without a keyword, as part of what
 * the code means or with words such as "ought to", is MAY: 103 Link, 303
 * Location, 415 Accept-Encoding.
 */
enum http_status_level {
#define HTTPSTATUS_XX_(value, name, string) HTTPSTATUS_LEVEL_##name = (value),
    HTTPSTATUS_LEVEL_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_LEVEL_NONE = 0 /* the table relates no such field */
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
 * the table relates no such field to the code, for every code without a
 * registry row, and for fields outside the enum.
 */
HTTPSTATUS_API enum http_status_level
http_status_header_level(int code, enum http_status_field field);

/* One related header field of a code. */
struct http_status_header {
    enum http_status_field field;
    enum http_status_level level;
    /* Nonzero when the level applies only under a condition that the
     * reference states (a 304 carries ETag only if a 200 would have). */
    int conditional;
    /* The section whose sentence states the rule: the code's own section,
     * or where the rule stands elsewhere, that section ("RFC 9110, Section
     * 8.6" for Content-Length on a 1xx, "RFC 9110, Section 9.3.3" for
     * Location on a 201). */
    const char *reference;
};

/*
 * The index-th header field related to the code, among the rows `which`
 * selects, in the order the row lists them: fills *out and returns 1 for
 * index < http_status_info.header_count. Returns 0 and leaves *out untouched
 * past the last one, for a code without a row, and when out is NULL.
 *     struct http_status_header h;
 *     for (unsigned i = 0; http_status_header_at(405, 0, i, &h); i++) ...
 */
HTTPSTATUS_API int http_status_header_at(int code, unsigned which, unsigned index,
                                         struct http_status_header *out);

/* ---- The whole record ----------------------------------------------- */

/* How the code stands in the IANA registry: HTTPSTATUS_REG_PERMANENT,
 * _TEMPORARY (with an expiry date), _UNUSED (306, 418), _OBSOLETED (510),
 * _UNREGISTERED (not in the registry; see origin). */
enum http_status_registration {
#define HTTPSTATUS_XX_(value, name, string) HTTPSTATUS_REG_##name = (value),
    HTTPSTATUS_REGISTRATION_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_REG_NONE = 0 /* no row */
};

/* Facts about a code, as bits of http_status_info.flags:
 * HTTPSTATUS_FLAG_INTERIM (1xx), _CONTENT_FORBIDDEN (1xx, 204, 205, 304),
 * _CACHEABLE (heuristically cacheable by default), _METHOD_PRESERVING (307,
 * 308), _METHOD_TO_GET (303), _METHOD_MAY_CHANGE (301, 302: POST may become
 * GET), _RETRYABLE (the RFC lets the client repeat the request). */
enum http_status_flag {
#define HTTPSTATUS_XX_(bit, name, string) HTTPSTATUS_FLAG_##name = (bit),
    HTTPSTATUS_FLAG_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_FLAG_NONE = 0
};

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

/*
 * Everything the table knows about one code. Filled in by
 * http_status_lookup(); the strings point into constant data. A string the
 * row does not have is NULL, never "". Lists whose length depends on the
 * data (header fields, former phrases) are not in the record but behind
 * http_status_header_at() and http_status_alias_at(), so a new data row can
 * never change the record's size.
 */
typedef struct http_status_info {
    int code;
    const char *reason;      /* the phrase; NULL for 306 and 418, and for an
                                unofficial code whose vendor publishes none
                                (530) */
    size_t reason_len;       /* strlen(reason), 0 when NULL */
    const char *name;        /* constant name: "NOT_FOUND" */
    enum http_status_class cls;
    enum http_status_registration registration;
    const char *expires;     /* "YYYY-MM-DD" for a temporary registration */
    const char *origin;      /* "IANA", or who uses an unofficial code */
    const char *reference;   /* "RFC 9110, Section 15.5.5" */
    const char *description; /* English, one or a few sentences */
    unsigned flags;          /* HTTPSTATUS_FLAG_* bits */
    unsigned header_count;   /* indexes of http_status_header_at() */
    unsigned alias_count;    /* indexes of http_status_alias_at() */
} http_status_info;

/*
 * Fills *out with the row for `code` among the rows that `which` selects
 * and returns 1. Returns 0 and leaves *out untouched when there is no such
 * row (every int outside 100..599, 299) or when out is NULL.
 */
HTTPSTATUS_API int http_status_lookup(int code, unsigned which,
                                      http_status_info *out);

/*
 * The index-th former reason phrase of the code among the rows `which`
 * selects ("Payload Too Large", then "Request Entity Too Large", for 413;
 * "I'm a teapot" for 418), or NULL for index >= http_status_info.alias_count
 * and for a code without a row.
 */
HTTPSTATUS_API const char *http_status_alias_at(int code, unsigned which,
                                                unsigned index);

/*
 * Iteration in code order: the smallest code greater than `after` that has a
 * row among those `which` selects, or 0 when there is none.
 *     for (c = http_status_next(0, 0); c; c = http_status_next(c, 0))
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
 * The bytes after the terminating NUL may also be set to NUL, up to the
 * first 48 bytes of buf and never past size: the common line is copied as
 * one fixed-size block. No locale, no allocation, no printf.
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

/*
 * Results of http_status_parse_line() other than HTTPSTATUS_PARSE_OK (0, a
 * whole status line), as XX(value, NAME, "name", "meaning"): INCOMPLETE asks
 * for more input, the others are errors at out->error_offset.
 */
#define HTTPSTATUS_PARSE_RESULT_MAP(XX)                                          \
    XX(1, INCOMPLETE, "incomplete",                                            \
       "the input ends before the line does, and what it holds can still "     \
       "begin a valid line: read more and parse again")                         \
    XX(2, BAD_ARGUMENT, "bad-argument", "out is NULL, or data is NULL with len > 0") \
    XX(3, BAD_VERSION, "bad-version", "not \"HTTP/\" DIGIT \".\" DIGIT")       \
    XX(4, MISSING_SPACE, "missing-space",                                      \
       "something other than SP after the version or the code")                \
    XX(5, BAD_CODE, "bad-code",                                                \
       "not 3 digits (a second SP before them included), or outside 100..599") \
    XX(6, BAD_REASON, "bad-reason",                                            \
       "a control byte other than HTAB in the phrase, a CR not followed by LF " \
       "included")                                                              \
    XX(7, BAD_LINE_END, "bad-line-end",                                        \
       "a bare LF (strict mode), or with HTTPSTATUS_PARSE_AT_END a CR as the "  \
       "last byte of the input")

enum http_status_parse_result {
#define HTTPSTATUS_XX_(value, name, string, meaning) HTTPSTATUS_PARSE_##name = (value),
    HTTPSTATUS_PARSE_RESULT_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_PARSE_OK = 0
};

/* The result's name: "ok", "incomplete", "bad-version", ... as in the list
 * above; NULL for any value outside the enum. */
HTTPSTATUS_API const char *
http_status_parse_result_name(enum http_status_parse_result result);

/* Options of http_status_parse_line(); combine with |. */
#define HTTPSTATUS_PARSE_LENIENT 1u /* also accept "HTTP/1.1 200" (no SP) and a bare LF */
#define HTTPSTATUS_PARSE_AT_END 2u  /* the end of the input ends the line: for a
                                       caller that holds the whole line with its
                                       line end cut off */

/* A status line taken apart. reason points into the parsed bytes. */
typedef struct http_status_parsed {
    int major, minor;      /* HTTP-version digits */
    int code;              /* 100..599 */
    const char *reason;    /* not NUL-terminated; reason_len bytes */
    size_t reason_len;
    size_t length;         /* bytes of input the line took, with its line end */
    size_t error_offset;   /* on an error: the first byte that cannot belong to a
                              valid line, except that a CR not followed by LF
                              counts as the bad byte, and with AT_END a CR at
                              the very end gives len; on INCOMPLETE: len */
} http_status_parsed;

/*
 * Reads one status line, HTTP-version SP 3DIGIT SP [reason-phrase] CRLF,
 * from the len bytes at data (no NUL needed; NULs are bytes like others).
 * Bytes after the line end (the header section, say) are not looked at, and
 * out->length says where they start.
 *
 * Safe on a socket: when the input ends before the line's CRLF, the answer
 * is HTTPSTATUS_PARSE_INCOMPLETE as long as the bytes seen so far can still
 * begin a valid line ("", "HTTP/1.1 20", "HTTP/1.1 200 OK\r"); read more and
 * call again with the longer buffer. A byte that can never begin a valid
 * line is an error at once, at its offset ("HTTP/1.1 2x" is BAD_CODE at 10),
 * however little input there is. With HTTPSTATUS_PARSE_AT_END the end of the
 * input ends the line instead, for a caller that holds the whole line
 * without its CRLF.
 *
 * Strict by default: the version is "HTTP/" DIGIT "." DIGIT,
 * case-sensitive; single spaces; the code is 100..599; the phrase holds only
 * HTAB, SP, visible ASCII and bytes 0x80-0xFF (RFC 9112, Section 4), and may
 * be empty ("HTTP/1.1 200 \r\n"). HTTPSTATUS_PARSE_LENIENT also accepts a
 * line without the space before an empty phrase ("HTTP/1.1 200\r\n"), which
 * some servers send, and a bare LF as line end (RFC 9112, Section 2.2 lets a
 * recipient accept it).
 *
 * Returns HTTPSTATUS_PARSE_OK and fills *out; or another result with
 * out->error_offset set and the other fields zero. Every byte sequence gets
 * one of these answers; nothing is read past data + len. The line's length
 * is not limited here: a caller reading a socket bounds its own buffer.
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
 * selects; 0 when not found, and for phrase NULL. */
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

/* The kinds of rule a response can break other than HTTPSTATUS_RULE_NONE
 * (0), as XX(value, NAME, "name", "meaning"). */
#define HTTPSTATUS_RULE_MAP(XX)                                                 \
    XX(1, FIELD_MISSING, "field-missing", "a MUST or SHOULD field is absent")  \
    XX(2, FIELD_FORBIDDEN, "field-forbidden",                                  \
       "a MUST NOT or SHOULD NOT field is present")                            \
    XX(3, CONTENT_FORBIDDEN, "content-forbidden",                              \
       "content where the code or the method allows none")                    \
    XX(4, INVALID_CODE, "invalid-code", "the code is outside 100..599")

enum http_status_rule {
#define HTTPSTATUS_XX_(value, name, string, meaning) HTTPSTATUS_RULE_##name = (value),
    HTTPSTATUS_RULE_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_RULE_NONE = 0
};

/* The rule's name: "field-missing", "field-forbidden", "content-forbidden",
 * "invalid-code"; NULL for HTTPSTATUS_RULE_NONE and any value outside the
 * enum. */
HTTPSTATUS_API const char *http_status_rule_name(enum http_status_rule rule);

/*
 * A response to check, described by what the rules look at. Zero-initialise
 * it and set what you know: a member left 0 or NULL is "not given".
 *     struct http_status_response r = {0};
 *     r.code = 405; r.method = "DELETE"; r.fields = names; r.field_count = 2;
 */
struct http_status_response {
    int code;
    const char *method;            /* the request's method, case-sensitive;
                                      NULL when unknown */
    const char *const *fields;     /* names of the header fields it carries,
                                      compared ASCII case-insensitively; NULL
                                      entries are skipped */
    size_t field_count;            /* entries in fields; 0 when fields is NULL */
    int has_content;               /* nonzero when it carries content */
    /* 0 (as in a zeroed struct) or sizeof(struct http_status_response). A
     * later version adds members only after this one, and reads one only
     * when struct_size covers it, so a program built against this version
     * keeps working unchanged either way. */
    size_t struct_size;
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
 * Checks a response against every rule the table holds for its code (the
 * registry row's header rules, content on 1xx, 204, 205, 304 and on a
 * response to HEAD, framing fields on every 1xx, with a row or not, and on
 * a 2xx to CONNECT). Writes up to
 * out_size violations to out, in table order, and returns how many there are
 * in all, like snprintf: 0 means the response breaks no rule. Conditional
 * rules are left out unless options has HTTPSTATUS_CHECK_CONDITIONAL. A code
 * outside 100..599 is one HTTPSTATUS_RULE_INVALID_CODE violation; r NULL is
 * that too. out may be NULL when out_size is 0. Allocates nothing; reads
 * only what it is given.
 *     if (http_status_check(&r, 0, NULL, 0) != 0) ...
 */
HTTPSTATUS_API size_t http_status_check(const struct http_status_response *r,
                                        unsigned options,
                                        struct http_status_violation *out,
                                        size_t out_size);

/* ---- Linting whole responses ------------------------------------------- */

/* How much a finding matters: error for a MUST or MUST NOT, warning for a
 * SHOULD or SHOULD NOT, info for a fact worth knowing; as
 * XX(value, NAME, "name"). */
#define HTTPSTATUS_SEVERITY_MAP(XX)                                             \
    XX(1, INFO, "info")                                                        \
    XX(2, WARNING, "warning")                                                  \
    XX(3, ERROR, "error")

enum http_status_severity {
#define HTTPSTATUS_XX_(value, name, string) HTTPSTATUS_SEVERITY_##name = (value),
    HTTPSTATUS_SEVERITY_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_SEVERITY_NONE = 0
};

/* "info", "warning", "error"; NULL for any other value. */
HTTPSTATUS_API const char *
http_status_severity_name(enum http_status_severity severity);

/*
 * Every rule http_status_lint() checks, as XX(NAME, "id", LEVEL, SEVERITY,
 * "section", "message"). The id is stable. LEVEL is the BCP 14 keyword of
 * the sentence that states the rule, NONE where there is none; for a syntax
 * rule it is RFC 9110, Section 2.2's "A sender MUST NOT generate protocol
 * elements that do not match the grammar", with the grammar's own section
 * as the reference. field-missing and field-forbidden take their level and
 * section from the code's row of the table instead.
 */
#define HTTPSTATUS_LINT_RULE_MAP(XX)                                            \
    XX(STATUS_LINE_MALFORMED, "status-line-malformed", MUST_NOT, ERROR,        \
       "RFC 9112, Section 4",                                                  \
       "the status line is not HTTP-version SP 3DIGIT SP reason-phrase CRLF")  \
    XX(STATUS_CODE_INVALID, "status-code-invalid", NONE, ERROR,                \
       "RFC 9110, Section 15", "the status code is outside 100..599")          \
    XX(STATUS_CODE_UNREGISTERED, "status-code-unregistered", NONE, INFO,       \
       "RFC 9110, Section 15",                                                 \
       "the code is not in the IANA registry: a client that does not know it " \
       "treats it as the x00 code of its class")                                \
    XX(REASON_PHRASE_DIFFERS, "reason-phrase-differs", NONE, INFO,             \
       "RFC 9112, Section 4",                                                  \
       "the reason phrase is not the registry's; clients ignore it")           \
    XX(LINE_END_BARE_LF, "line-end-bare-lf", MUST_NOT, ERROR,                  \
       "RFC 9112, Section 2.1", "a line ends in LF without CR")                \
    XX(WHITESPACE_AFTER_START_LINE, "whitespace-after-start-line", MUST_NOT,   \
       ERROR, "RFC 9112, Section 2.2",                                         \
       "whitespace between the status line and the first field line")         \
    XX(FIELD_LINE_MALFORMED, "field-line-malformed", MUST_NOT, ERROR,          \
       "RFC 9112, Section 5", "a header line has no colon")                    \
    XX(FIELD_NAME_INVALID, "field-name-invalid", MUST_NOT, ERROR,              \
       "RFC 9110, Section 5.1",                                                \
       "a field name is empty or holds a byte that is not a token character") \
    XX(FIELD_SPACE_BEFORE_COLON, "field-space-before-colon", MUST_NOT, ERROR,  \
       "RFC 9112, Section 5.1", "whitespace between a field name and its colon") \
    XX(FIELD_OBS_FOLD, "field-obs-fold", MUST_NOT, ERROR,                      \
       "RFC 9112, Section 5.2",                                                \
       "a field value is folded onto a line that begins with whitespace")      \
    XX(FIELD_VALUE_INVALID, "field-value-invalid", MUST_NOT, ERROR,            \
       "RFC 9110, Section 5.5",                                                \
       "a field value holds NUL, a lone CR or another control byte")           \
    XX(HEAD_TOO_LARGE, "head-too-large", NONE, WARNING,                        \
       "RFC 9110, Section 5.4",                                                \
       "the header section is larger than the limit (max_head_size)")          \
    XX(MESSAGE_INCOMPLETE, "message-incomplete", NONE, ERROR,                  \
       "RFC 9112, Section 8", "the input ends before the message does")        \
    XX(CAPTURE_TRUNCATED, "capture-truncated", NONE, INFO,                     \
       "RFC 9112, Section 8",                                                  \
       "the capture ends before the message does, so its end is not checked")  \
    XX(CONTENT_LENGTH_INVALID, "content-length-invalid", MUST_NOT, ERROR,      \
       "RFC 9110, Section 8.6",                                                \
       "Content-Length is not one decimal number (a list, or a repeated line)") \
    XX(CONTENT_LENGTH_CONFLICT, "content-length-conflict", MUST_NOT, ERROR,    \
       "RFC 9112, Section 6.3",                                                \
       "Content-Length gives different values, in a list or in several lines") \
    XX(TRANSFER_ENCODING_WITH_CONTENT_LENGTH,                                  \
       "transfer-encoding-with-content-length", MUST_NOT, ERROR,               \
       "RFC 9112, Section 6.2",                                                \
       "Content-Length in a message that has Transfer-Encoding")               \
    XX(TRANSFER_ENCODING_NOT_CHUNKED, "transfer-encoding-not-chunked", NONE,   \
       WARNING, "RFC 9112, Section 6.1",                                       \
       "the final transfer coding is not chunked: only closing the "           \
       "connection ends the content")                                          \
    XX(TRANSFER_ENCODING_CHUNKED_TWICE, "transfer-encoding-chunked-twice",     \
       MUST_NOT, ERROR, "RFC 9112, Section 6.1",                               \
       "chunked is applied more than once")                                    \
    XX(TRANSFER_ENCODING_HTTP10, "transfer-encoding-http10", MUST_NOT, ERROR,  \
       "RFC 9112, Section 6.1",                                                \
       "Transfer-Encoding in an HTTP/1.0 response or to an HTTP/1.0 request")  \
    XX(CHUNK_SIZE_INVALID, "chunk-size-invalid", MUST_NOT, ERROR,              \
       "RFC 9112, Section 7.1",                                                \
       "a chunk size is not hexadecimal, or a chunk does not end in CRLF")     \
    XX(CHUNK_EXTENSION_INVALID, "chunk-extension-invalid", MUST_NOT, ERROR,    \
       "RFC 9112, Section 7.1.1",                                              \
       "a chunk extension is not ; token [= token / quoted-string]")           \
    XX(TRAILER_INVALID, "trailer-invalid", MUST_NOT, ERROR,                    \
       "RFC 9112, Section 7.1.2", "a trailer line is not a field line")        \
    XX(TRAILING_BYTES, "trailing-bytes", NONE, ERROR, "RFC 9112, Section 6.3", \
       "bytes follow the end of the final response")                           \
    XX(INTERIM_AFTER_FINAL, "interim-after-final", NONE, ERROR,                \
       "RFC 9110, Section 15.2",                                               \
       "a 1xx response follows the final response")                            \
    XX(INTERIM_TO_HTTP10, "interim-to-http10", MUST_NOT, ERROR,                \
       "RFC 9110, Section 15.2", "a 1xx response to an HTTP/1.0 request")      \
    XX(FIELD_MISSING, "field-missing", MUST, ERROR, "RFC 9110, Section 15",    \
       "a field this code needs is absent")                                    \
    XX(FIELD_FORBIDDEN, "field-forbidden", MUST_NOT, ERROR,                    \
       "RFC 9110, Section 15", "a field this code must not carry is present")  \
    XX(CONTENT_FORBIDDEN, "content-forbidden", MUST_NOT, ERROR,                \
       "RFC 9110, Section 6.4.1",                                              \
       "content where the code or the request method allows none")             \
    XX(CONTENT_RANGE_ON_MULTIPART, "content-range-on-multipart", MUST_NOT,     \
       ERROR, "RFC 9110, Section 15.3.7.2",                                    \
       "Content-Range in the header section of a multipart 206")               \
    XX(ALLOW_LISTS_METHOD, "allow-lists-method", NONE, WARNING,                \
       "RFC 9110, Section 15.5.6",                                             \
       "the 405's Allow lists the method it refused")                          \
    XX(DATE_MISSING, "date-missing", MUST, ERROR, "RFC 9110, Section 6.6.1",   \
       "a 2xx, 3xx or 4xx response from an origin server with a clock has no Date") \
    XX(DATE_INVALID, "date-invalid", MUST, ERROR, "RFC 9110, Section 5.6.7",   \
       "Date is not an IMF-fixdate")                                           \
    XX(RETRY_AFTER_INVALID, "retry-after-invalid", MUST_NOT, ERROR,            \
       "RFC 9110, Section 10.2.3",                                             \
       "Retry-After is neither an IMF-fixdate nor a number of seconds")        \
    XX(ALLOW_INVALID, "allow-invalid", MUST_NOT, ERROR,                        \
       "RFC 9110, Section 10.2.1",                                             \
       "Allow is not a comma-separated list of methods, without empty elements") \
    XX(CONTENT_RANGE_INVALID, "content-range-invalid", MUST_NOT, ERROR,        \
       "RFC 9110, Section 14.4",                                               \
       "Content-Range does not follow its grammar, or its form does not fit "  \
       "the code (a 206 needs first-last/length, a 416 */length)")             \
    XX(LOCATION_INVALID, "location-invalid", MUST_NOT, ERROR,                  \
       "RFC 9110, Section 10.2.2", "Location is not a URI reference")

/* The options of http_status_lint(); combine with |. 0 means the input is
 * the raw bytes of one exchange, from an origin server with a clock, to an
 * HTTP/1.1 request. */
#define HTTPSTATUS_LINT_NO_CLOCK 1u       /* the server has no clock: no Date needed */
#define HTTPSTATUS_LINT_REQUEST_HTTP10 2u /* the request was HTTP/1.0 */
#define HTTPSTATUS_LINT_PARTIAL 4u        /* the capture may stop early: a short
                                             message is capture-truncated (info),
                                             not message-incomplete */
#define HTTPSTATUS_LINT_DECODED 8u        /* as `curl -si` prints it: chunked
                                             content already decoded, and a
                                             redirect's content left out */
#define HTTPSTATUS_LINT_SEQUENCE 16u      /* several exchanges, as `curl -siL`
                                             prints them: after a final
                                             response, "HTTP/" starts the next */

/* Where a response starts in the input, what it is and where its content is.
 * content_length is what the input holds of it; content_offset is len when
 * the header section does not end. */
struct http_status_lint_message {
    int code;                 /* 0 when the status line cannot be read */
    int major, minor;         /* HTTP/2 and HTTP/3 have minor 0 */
    size_t offset;            /* the status line */
    size_t content_offset;    /* just past the header section */
    size_t content_length;
};

/* Zero-initialise, set what differs from the defaults; NULL is all defaults. */
struct http_status_lint_options {
    unsigned flags;              /* HTTPSTATUS_LINT_* */
    size_t max_head_size;        /* bytes of a header section before
                                    head-too-large; 0 means 16384 */
    struct http_status_lint_message *messages; /* optional: one entry per
                                                  response, up to message_size */
    size_t message_size;
    size_t *message_count;       /* optional: set to the number of responses */
    size_t struct_size;          /* 0 or sizeof(struct http_status_lint_options),
                                    as in struct http_status_response */
};

/* One thing found. Every string is constant and lives as long as the
 * program. */
struct http_status_finding {
    const char *rule;                  /* a stable id: "field-missing" */
    enum http_status_level level;      /* NONE where the rule has no keyword */
    enum http_status_severity severity;
    const char *field;                 /* "Allow"; NULL when no field of the
                                          table is concerned */
    unsigned response;                 /* 0 for the first response in the input */
    size_t offset;                     /* where in the input */
    const char *reference;             /* "RFC 9110, Section 15.5.6" */
    const char *message;               /* one line, no final period */
};

/*
 * Lints the raw bytes of one exchange's response side: zero or more 1xx
 * responses, then the final response with its header section and as much
 * of its content as was captured (with HTTPSTATUS_LINT_SEQUENCE, several
 * exchanges in a row). method is the request's method, NULL when unknown.
 * Writes up to out_size findings to out and returns how many there are in
 * all, like snprintf: 0 means a clean response. The rules are those of
 * HTTPSTATUS_LINT_RULE_MAP. Findings come response by response; within a
 * response, in the order the checks run: status line and header section,
 * then framing and content, then the code's field rules and field values.
 *
 * Every byte sequence gets an answer: a status line that cannot be read is
 * one finding, and the linting of that response stops there; so does a
 * header section the input cuts off (no field rule is judged on half a
 * header section). Nothing is read past data + len; data may be NULL when
 * len is 0 (that is one message-incomplete finding). The bytes after a
 * 101's header section belong to another protocol, and those after a 2xx
 * to CONNECT to a tunnel: neither is read. Allocates nothing.
 *     if (http_status_lint(buf, n, "GET", NULL, NULL, 0) != 0) ...
 */
HTTPSTATUS_API size_t http_status_lint(const char *data, size_t len, const char *method,
                                       const struct http_status_lint_options *options,
                                       struct http_status_finding *out, size_t out_size);

/* ---- Writing responses ---------------------------------------------- */

/*
 * The formats of a default body, as XX(value, NAME, "name"). The media
 * type of each is http_status_media_type()'s.
 */
#define HTTPSTATUS_FORMAT_MAP(XX)                                               \
    XX(0, TEXT, "text")                                                        \
    XX(1, HTML, "html")                                                        \
    XX(2, JSON, "json")

enum http_status_format {
#define HTTPSTATUS_XX_(value, name, string) HTTPSTATUS_FORMAT_##name = (value),
    HTTPSTATUS_FORMAT_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_FORMAT_DEFAULT = HTTPSTATUS_FORMAT_TEXT
};

/* "text", "html" or "json"; NULL for any other value. */
HTTPSTATUS_API const char *http_status_format_name(enum http_status_format format);

/*
 * The Content-Type of the body http_status_body() writes for code in that
 * format: "text/plain; charset=utf-8", "text/html; charset=utf-8", and for
 * JSON "application/problem+json" (RFC 9457) on a 4xx or 5xx and
 * "application/json" on any other code. NULL for an unknown format and for
 * a code outside 100..599.
 */
HTTPSTATUS_API const char *http_status_media_type(enum http_status_format format, int code);

/*
 * Writes the default content of a response with that code, the way
 * snprintf() writes: at most size bytes, the last of them a NUL (nothing
 * when size is 0, and buf may then be NULL), and returns the length of the
 * whole body without the NUL. A result of size or more means the body did
 * not fit. The phrase is the registry's, as in http_status_line(); a code
 * in 100..599 without one (299) still gets a body, with the bare number as
 * its title. A code outside 100..599, or an unknown format, gives 0 and an
 * empty string. detail is the server's own text about this response, in
 * UTF-8, or NULL (as is "").
 *
 *   TEXT  "404 Not Found\n", then detail and "\n" when there is one, then
 *         the code's description and "\n" (when the build has descriptions).
 *   HTML  a complete HTML5 page in UTF-8: title and heading "404 Not Found",
 *         then detail, then the description, each in a paragraph.
 *   JSON  one object and "\n". On a 4xx or 5xx it is an RFC 9457 problem:
 *         {"type":"about:blank","title":"Not Found","status":404,
 *         "detail":"..."}; on other codes the same without "type". "title"
 *         is left out for a code without a phrase, "detail" when there is
 *         none.
 *
 * Every byte of detail is escaped for its format (&, <, >, " and ' in HTML;
 * ", \ and control bytes in JSON). Bytes that are not valid UTF-8 become
 * U+FFFD, one for each maximal invalid sequence (as the WHATWG decoder
 * counts them), in every format; in HTML, so do control characters other
 * than tab, LF and CR, and noncharacters, which HTML does not allow.
 * Allocates nothing and reads no locale.
 */
HTTPSTATUS_API size_t http_status_body(char *buf, size_t size, int code,
                                       enum http_status_format format, const char *detail);

/*
 * The same, with the description in the language lang (as in
 * http_status_description_in(): "ko", "ko-KR"; NULL, "en" and a language
 * or code without text give English). The formats' fixed words and the
 * reason phrase stay in English, and JSON is the same in every language.
 * In HTML a description in another language is marked with its lang
 * attribute.
 */
HTTPSTATUS_API size_t http_status_body_in(char *buf, size_t size, int code,
                                          enum http_status_format format,
                                          const char *detail, const char *lang);

/*
 * Writes seconds since 1970-01-01 00:00:00 UTC (a time_t converts to it) as
 * an IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110, Section
 * 5.6.7), with snprintf()'s contract; the result is 29. Reads no locale and
 * no time zone. A time before 0001-01-01 or after 9999-12-31 23:59:59,
 * which the format's four-digit year cannot hold, gives 0 and an empty
 * string.
 */
HTTPSTATUS_API size_t http_status_date(char *buf, size_t size, long long seconds);

/*
 * Why http_status_reply() refused, as XX(value, NAME, "id", "section",
 * "message"). The section is the one that states the rule; for
 * field-missing and field-forbidden, http_status_reply_error.reference
 * gives the rule's own.
 */
#define HTTPSTATUS_REPLY_ERROR_MAP(XX)                                          \
    XX(1, CODE_INVALID, "code-invalid", "RFC 9110, Section 15",                \
       "the code is outside 100..599")                                         \
    XX(2, FORMAT_INVALID, "format-invalid", "",                                \
       "the format is not one of HTTPSTATUS_FORMAT_MAP")                       \
    XX(3, INTERIM_TO_HTTP10, "interim-to-http10", "RFC 9110, Section 15.2",    \
       "a 1xx response to an HTTP/1.0 client")                                 \
    XX(4, FIELD_MISSING, "field-missing", "RFC 9110, Section 15",              \
       "a field this code needs is not given")                                 \
    XX(5, FIELD_FORBIDDEN, "field-forbidden", "RFC 9110, Section 15",          \
       "a field this code must not carry is given")                            \
    XX(6, VALUE_INVALID, "value-invalid", "RFC 9110, Section 5.5",             \
       "a field value holds CR, LF or another control byte, or is empty "      \
       "where its grammar needs something")                                    \
    XX(7, DATE_INVALID, "date-invalid", "RFC 9110, Section 5.6.7",             \
       "date is not an IMF-fixdate")                                           \
    XX(8, EXTRA_INVALID, "extra-invalid", "RFC 9112, Section 5",               \
       "extra is not a run of name: value lines, each ending in CRLF")         \
    XX(9, FIELD_RESERVED, "field-reserved", "",                                \
       "extra holds a field the reply writes itself (Content-Length, "         \
       "Transfer-Encoding, Content-Type, Date, Connection) or takes in a "     \
       "member (Location, Allow, Retry-After, WWW-Authenticate, "              \
       "Proxy-Authenticate, Upgrade, Content-Range)")                          \
    XX(10, FIELD_TWICE, "field-twice", "",                                     \
       "extra holds a field of the table twice")                               \
    XX(11, TOO_LARGE, "too-large", "", "the response is longer than SIZE_MAX") \
    XX(12, RANGE_MISMATCH, "range-mismatch", "RFC 9110, Section 14.4",         \
       "a 206's content_range is not bytes first-last/length (or /*) naming "  \
       "exactly the body written")

enum http_status_reply_error_code {
#define HTTPSTATUS_XX_(value, name, id, section, message) HTTPSTATUS_REPLY_##name = (value),
    HTTPSTATUS_REPLY_ERROR_MAP(HTTPSTATUS_XX_)
#undef HTTPSTATUS_XX_
    HTTPSTATUS_REPLY_OK = 0
};

/* The id of an error, "field-missing"; NULL for HTTPSTATUS_REPLY_OK and
 * any value outside the enum. */
HTTPSTATUS_API const char *
http_status_reply_error_name(enum http_status_reply_error_code error);

/*
 * A response for http_status_reply() to write. Zero-initialise it and set
 * what differs from the defaults: a zeroed struct with code 404 is an
 * HTTP/1.1 404 with a plain-text body. Every string is NUL-terminated, and
 * NULL means "not given".
 */
struct http_status_reply {
    int code;
    int request_http10;          /* nonzero: the request was HTTP/1.0, so no
                                    1xx may answer it; the response still
                                    says HTTP/1.1 (RFC 9110, Section 2.5) */
    const char *method;          /* the request's method: HEAD gets no
                                    content, a 2xx to CONNECT neither; NULL is
                                    any other method */
    enum http_status_format format;
    const char *lang;            /* the description's language, as in
                                    http_status_body_in() */
    const char *detail;          /* as in http_status_body() */
    /* Values of the fields the table ties to codes; each is written when
     * given, on any code that does not forbid it. */
    const char *location, *allow, *retry_after, *www_authenticate,
               *proxy_authenticate, *upgrade, *content_range;
    const char *connection;      /* Connection's value ("close"); with upgrade,
                                    "upgrade" is written in front of it */
    const char *date;            /* an IMF-fixdate (http_status_date()) */
    const char *extra;           /* more field lines, "Name: value\r\n" each */
    size_t struct_size;          /* 0 or sizeof(struct http_status_reply), as
                                    in struct http_status_response */
};

/* Why a reply was refused. Every string is constant. */
struct http_status_reply_error {
    enum http_status_reply_error_code code;
    enum http_status_field field; /* the field concerned; NONE when there is
                                     none or it is not a field of the table */
    const char *field_name;       /* its name: "Allow", "Connection"; NULL
                                     for none, and for a line of extra whose
                                     name is not a field of the table */
    const char *reference;        /* the section that states the rule, else
                                     NULL */
    size_t offset;                /* for extra: where the line starts */
};

/*
 * Writes a whole HTTP/1.1 response (the server's own version, whatever the
 * request's: RFC 9110, Section 2.5) to buf, with snprintf()'s contract:
 * the status line (http_status_line()); Date when r->date is given; the
 * fields given in r, then r->extra; Connection; Content-Type and
 * Content-Length; a blank line; and the body of http_status_body_in().
 *
 * Content and its fields follow RFC 9110: a 1xx, 204 or 304 carries
 * neither Content-Length nor Content-Type; a 205 carries
 * "Content-Length: 0" (Section 15.3.6); a response to HEAD carries the
 * fields a GET would get, without the content; a 2xx to CONNECT carries no
 * content and no Content-Length (Section 8.6).
 *
 * Returns 0, writes an empty string, and fills *error (when error is not
 * NULL) instead of writing a response that would break a rule:
 * a field the table makes a MUST for the code and that is not given (a 405
 * without allow, a 401 without www_authenticate, a 101 or 426 without
 * upgrade, a 226 without ETag in extra, and a 206 without content_range,
 * since its body is a single part: RFC 9110, Section 15.3.7.1), a 206
 * whose content_range does not name exactly the body's bytes, a field the
 * code MUST NOT carry, a value or extra line that holds CR, LF or another
 * control byte other than tab (no byte of a value can start a new line),
 * an empty retry_after, www_authenticate, proxy_authenticate, upgrade or
 * content_range (their grammars need at least one element; an empty
 * connection is no Connection), and the other errors of
 * HTTPSTATUS_REPLY_ERROR_MAP. Other rules that hold
 * only under a condition the call cannot see (a 304's validators) are not
 * enforced; with HTTPSTATUS_NO_RULES none of the table's are. r NULL is
 * HTTPSTATUS_REPLY_CODE_INVALID. On success *error is zeroed.
 *     struct http_status_reply r = {0};
 *     r.code = 405; r.allow = "GET, HEAD"; r.date = date;
 *     n = http_status_reply(buf, sizeof buf, &r, &why);
 */
HTTPSTATUS_API size_t http_status_reply(char *buf, size_t size,
                                        const struct http_status_reply *r,
                                        struct http_status_reply_error *error);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
