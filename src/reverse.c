/*
 * From a reason phrase or a constant name back to the code.
 *
 * One probe of a perfect hash that tools/gen_table.c builds over the
 * keys: the key's length and four of its bytes pick the only
 * slot the key can be in, and one comparison, eight bytes at a time,
 * confirms it. An unknown string costs no more than a known one.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <stdint.h>
#include <string.h>

/* Each function below gets its own copy, with its constant arguments
 * folded in: a few hundred bytes for a call that costs a fifth less. */
#if defined(__GNUC__)
#define HS_ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define HS_ALWAYS_INLINE static inline
#endif

/* The slot of s[0..n), n >= 2, as tools/gen_table.c's key_slot()
 * computes it: four bytes, with the 0x20 bit that makes letters lower-case,
 * and the length in one word, times a multiplier. */
HS_ALWAYS_INLINE unsigned slot_of(const unsigned char *s, size_t n, uint64_t mul)
{
    uint32_t bytes = (uint32_t)s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[n >> 2] << 16 |
                     (uint32_t)s[n >> 1] << 24 | 0x20202020u;
    return (unsigned)(((bytes | (uint64_t)n << 32) * mul) >> (64 - HS_KEY_BITS));
}

static uint32_t load4(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static unsigned load2(const unsigned char *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

/* The bits in which the 8 bytes of s at i differ from the key's, the 0x20
 * bit of its letters aside. */
HS_ALWAYS_INLINE uint64_t word_diff(const unsigned char *s, const unsigned char *key,
                                 const unsigned char *mask, size_t i)
{
    return (httpstatus__load8(s + i) & httpstatus__load8(mask + i)) ^ httpstatus__load8(key + i);
}

/* Whether s[0..n) is key k but for the case of letters: each byte of s,
 * with the 0x20 bit cleared where the key has a letter, is the key's
 * (upper-case) byte. Words of 8, 4 or 2 bytes: the first, the last
 * (overlapping the one before), and those between; up to 32 bytes, which
 * every registry phrase and name fits in, with no loop. */
HS_ALWAYS_INLINE int same_key(const unsigned char *s, const struct hs_key *k, size_t n)
{
    const unsigned char *key = httpstatus__keys + k->text, *mask = httpstatus__key_mask + k->text;
    if (n >= 8) {
        uint64_t diff = word_diff(s, key, mask, 0) | word_diff(s, key, mask, n - 8);
        size_t i;
        if (n > 16)
            diff |= word_diff(s, key, mask, 8) | word_diff(s, key, mask, n - 16);
        for (i = 16; i + 16 < n; i += 8)
            diff |= word_diff(s, key, mask, i);
        return diff == 0;
    }
    if (n >= 4)
        return (((load4(s) & load4(mask)) ^ load4(key)) |
                ((load4(s + n - 4) & load4(mask + n - 4)) ^ load4(key + n - 4))) == 0;
    return (((load2(s) & load2(mask)) ^ load2(key)) |
            ((load2(s + n - 2) & load2(mask + n - 2)) ^ load2(key + n - 2))) == 0;
}

/* The code of the row s[0..n) names, among the rows `which` selects.
 * Inline, so that each caller's constant arguments fold into it. */
HS_ALWAYS_INLINE int lookup_key(const char *s, size_t len, unsigned which, uint64_t mul,
                      const unsigned char *slots, const struct hs_key *keys)
{
    const unsigned char *p = (const unsigned char *)s;
    const struct hs_key *k;
    if (s == NULL || len < 2) /* a longer len than any key's finds no key */
        return 0;
    k = &keys[slots[slot_of(p, len, mul)]];
    /* a row the build leaves out has which 0 */
    if (k->len != len || !(k->which & httpstatus__which(which)) || !same_key(p, k, len))
        return 0;
    return k->code;
}

int http_status_from_reason_n(const char *phrase, size_t len, unsigned which)
{
    return lookup_key(phrase, len, which, httpstatus__phrase_mul, httpstatus__phrase_slots,
                httpstatus__phrase_keys);
}

int http_status_from_reason(const char *phrase)
{
    return phrase ? lookup_key(phrase, strlen(phrase), HTTPSTATUS_REGISTRY,
                               httpstatus__phrase_mul, httpstatus__phrase_slots,
                               httpstatus__phrase_keys)
                  : 0;
}

/* The name without an HTTPSTATUS_ prefix, in any case. */
HS_ALWAYS_INLINE int lookup_name(const char *name, size_t len, unsigned which)
{
    static const char prefix[] = "HTTPSTATUS_";
    if (len > sizeof prefix - 1 && (name[0] | 0x20) == 'h' &&
        httpstatus__same_ascii_ci(name, prefix, sizeof prefix - 1)) {
        name += sizeof prefix - 1;
        len -= sizeof prefix - 1;
    }
    return lookup_key(name, len, which, httpstatus__name_mul, httpstatus__name_slots,
                      httpstatus__name_keys);
}

int http_status_from_name_n(const char *name, size_t len, unsigned which)
{
    return name ? lookup_name(name, len, which) : 0;
}

int http_status_from_name(const char *name)
{
    return name ? lookup_name(name, strlen(name), HTTPSTATUS_REGISTRY) : 0;
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef HS_ALWAYS_INLINE
