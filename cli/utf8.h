/*
 * Just enough UTF-8 for a terminal: decoding one code point, and how many
 * columns text takes.
 */
#ifndef HTTPSTATUS_CLI_UTF8_H
#define HTTPSTATUS_CLI_UTF8_H

#include <stddef.h>

/* What utf8_decode() reports for a byte that starts no valid sequence. */
#define UTF8_INVALID 0xFFFFFFFFul

/*
 * Decodes the code point at the start of the n > 0 bytes at s into *cp and
 * returns its length in bytes. A malformed sequence (a stray continuation
 * byte, a truncated, overlong or surrogate sequence, a value past U+10FFFF)
 * gives *cp == UTF8_INVALID and a length of 1, so a caller always advances.
 */
size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

/* The columns a terminal gives one code point: 2 for Hangul and CJK, else 1. */
size_t utf8_cp_width(unsigned long cp);

/* The columns the n bytes at s take; a malformed byte counts as one column. */
size_t utf8_width(const char *s, size_t n);

#endif
