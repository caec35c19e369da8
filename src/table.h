/*
 * Private view of the generated table, shared by the files in src/. Nothing
 * here is part of the API; the symbols are hidden in the shared library and
 * prefixed httpstatus__ so that they cannot collide in a static link.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_TABLE_H
#define HTTPSTATUS_TABLE_H

/* The library defines the exported copies of the inline functions. */
#ifndef HTTPSTATUS_NO_INLINE
#define HTTPSTATUS_NO_INLINE
#endif
#include "httpstatus.h"

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && __GNUC__ >= 4 && !defined(_WIN32) && !defined(__CYGWIN__)
#  define HTTPSTATUS_INTERNAL __attribute__((visibility("hidden")))
#else
#  define HTTPSTATUS_INTERNAL
#endif

/* One row of the table. Strings are offsets into the names blob (the
 * reason phrases, behind their index: all that http_status_reason() needs),
 * the description blob (English descriptions) or the text blob (everything
 * else); offset 0 means "none". */
struct hs_row {
    unsigned short code;
    unsigned short reason;  /* names blob */
    unsigned short name, origin, reference, description, expires;
    unsigned short rule_first; /* rules of row r: rule_first of r .. of r+1 */
    unsigned char alias_first; /* aliases of row r, likewise */
    unsigned char reason_len;
    unsigned char flags, cls, registration;
};

struct hs_rule {
    unsigned char field, level, conditional;
    unsigned short reference; /* text blob; 0: the row's reference */
};

struct hs_field {
    unsigned short name, reference;
};

/* Rows are numbered from 1; row 0 and the row after the last are sentinels. */
HTTPSTATUS_INTERNAL extern const struct hs_row httpstatus__rows[];
HTTPSTATUS_INTERNAL extern const struct hs_rule httpstatus__rules[];
HTTPSTATUS_INTERNAL extern const unsigned short httpstatus__aliases[]; /* text blob */
HTTPSTATUS_INTERNAL extern const unsigned httpstatus__row_count;

/* `which` with unknown bits dropped and 0 read as its default, the
 * registry rows. */
static inline unsigned httpstatus__which(unsigned which)
{
    which &= HTTPSTATUS_ANY;
    return which ? which : HTTPSTATUS_REGISTRY;
}

/* Whether a row is among those `which` selects (HTTPSTATUS_REGISTRY,
 * HTTPSTATUS_UNOFFICIAL or both; not 0, which the callers resolve). */
static inline int httpstatus__row_in(const struct hs_row *row, unsigned which)
{
    unsigned kind = row->registration == HTTPSTATUS_REG_UNREGISTERED
                        ? HTTPSTATUS_UNOFFICIAL
                        : HTTPSTATUS_REGISTRY;
    return (which & kind) != 0;
}

/* Whether a[0..n) and b[0..n) are equal, ignoring ASCII case only. */
HTTPSTATUS_INTERNAL int httpstatus__same_ascii_ci(const char *a, const char *b, size_t n);

/* The field of the table named name[0..n), in any case, or
 * HTTPSTATUS_FIELD_NONE. */
HTTPSTATUS_INTERNAL enum http_status_field httpstatus__field_id(const char *name, size_t n);

/* A tchar of RFC 9110, Section 5.6.2: a byte of a token (a field name, a
 * method). */
static inline int httpstatus__is_tchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* The description of code's registry row in lang, with the tag of the
 * language it is in ("en" when lang has no text for it) in *tag; NULL when
 * there is none. */
HTTPSTATUS_INTERNAL const char *httpstatus__description_in(int code, const char *lang,
                                                           const char **tag);

/* Output with snprintf()'s contract: bytes past size - 1 are counted, not
 * written; len saturates at SIZE_MAX. */
struct httpstatus__out {
    char *buf;
    size_t size, len;
};
HTTPSTATUS_INTERNAL void httpstatus__put(struct httpstatus__out *o, const char *s, size_t n);
HTTPSTATUS_INTERNAL void httpstatus__puts(struct httpstatus__out *o, const char *s);
/* Ends buf with a NUL and gives the length. */
HTTPSTATUS_INTERNAL size_t httpstatus__finish(struct httpstatus__out *o);

/* Appends the body of http_status_body_in(); code must be in 100..599 and
 * format one of the map's. */
HTTPSTATUS_INTERNAL void httpstatus__body(struct httpstatus__out *o, int code,
                                          enum http_status_format format,
                                          const char *detail, const char *lang);

/* Eight bytes from p, in memory order: compared with other bytes loaded the
 * same way, the result is the same on any byte order. */
/* Keeps a rare path's registers and stack frame out of a hot one. */
#if defined(__GNUC__)
#  define HS_NOINLINE __attribute__((noinline))
#else
#  define HS_NOINLINE
#endif

static inline uint64_t httpstatus__load8(const void *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* Whether s[0..n) is an IMF-fixdate (RFC 9110, Section 5.6.7). */
HTTPSTATUS_INTERNAL int httpstatus__is_imf_fixdate(const char *s, size_t n);

/* The section that states rule i of row r: its own reference, else the
 * row's. */
HTTPSTATUS_INTERNAL const char *httpstatus__rule_reference(unsigned r, unsigned i);

/* Row number for code among the rows `which` selects (0: the registry), or 0. */
HTTPSTATUS_INTERNAL unsigned httpstatus__find_row(int code, unsigned which);

/* The string at an offset of the text blob (NULL for 0). Blob addresses are
 * not kept in pointer variables, which would need relocations. */
HTTPSTATUS_INTERNAL const char *httpstatus__text_at(unsigned offset);

/* http_status_reason() with the phrase's length, 0 when NULL; code must be
 * in 100..599. */
HTTPSTATUS_INTERNAL const char *httpstatus__reason(int code, size_t *len);

/* The reverse lookup's perfect hashes, generated by tools/gen_table.c
 * ("The reverse lookup's perfect hashes"): for phrases (current and
 * former) and for constant names, the hash's multiplier, the keys (an
 * offset into httpstatus__keys, which holds them upper-cased, and into
 * httpstatus__key_mask, which holds 0xDF under each letter and 0xFF under
 * any other byte, so that a byte b matches when b & mask is the key's
 * byte; a length; the
 * rows `which` selects it among; the code), and the slots (key index + 1, 0 for none), 1 <<
 * HS_KEY_BITS of them. */
#define HS_KEY_BITS 9 /* the generator checks it writes as many */
struct hs_key {
    unsigned short text;
    unsigned char len;
    unsigned char which; /* HTTPSTATUS_REGISTRY or _UNOFFICIAL; 0 for a row the
                            build leaves out */
    unsigned short code;
};
HTTPSTATUS_INTERNAL extern const unsigned char httpstatus__keys[], httpstatus__key_mask[];
HTTPSTATUS_INTERNAL extern const uint64_t httpstatus__phrase_mul, httpstatus__name_mul;
HTTPSTATUS_INTERNAL extern const struct hs_key httpstatus__phrase_keys[],
    httpstatus__name_keys[];
HTTPSTATUS_INTERNAL extern const unsigned char httpstatus__phrase_slots[],
    httpstatus__name_slots[];

/* Whole status lines, "HTTP/1.1 NNN Phrase\r\n" padded with NULs to
 * HS_LINE_SLOT bytes, for the codes 0..599 with a registry phrase whose line
 * fits. httpstatus__line_at[c] is the line's length << 16 | its offset in
 * httpstatus__lines; 0 means no stored line. */
#define HS_LINE_SLOT 48 /* the generator checks it writes as many */
HTTPSTATUS_INTERNAL extern const char httpstatus__lines[];
HTTPSTATUS_INTERNAL extern const uint32_t httpstatus__line_at[600];

#endif
