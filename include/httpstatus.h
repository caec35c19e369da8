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

/* ---- Named constants ------------------------------------------------- */

/*
 * One constant per code of the table: HTTPSTATUS_NOT_FOUND == 404, ...
 * Registry codes and unofficial ones (HTTPSTATUS_CLIENT_CLOSED_REQUEST ==
 * 499) alike; the lists come from data/status.tsv via HTTPSTATUS_MAP and
 * HTTPSTATUS_UNOFFICIAL_MAP, which you can expand yourself.
 */
enum http_status_code {
#define HTTPSTATUS_XX_(code, name, reason) HTTPSTATUS_##name = code,
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

/* ---- Header fields related to a code -------------------------------- */

/*
 * The header fields the table relates to codes: HTTPSTATUS_FIELD_ALLOW,
 * HTTPSTATUS_FIELD_WWW_AUTHENTICATE, ... (data/fields.tsv). 0 is none.
 */
enum http_status_field {
    HTTPSTATUS_FIELD_NONE = 0,
#define HTTPSTATUS_XX_(n, name, string) HTTPSTATUS_FIELD_##name = n,
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

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
