/*
 * UTF-8 decoding and display width. The width is the rough rule the manual
 * states (one column per code point, two in the wide East Asian blocks), not
 * a full wcwidth(): descriptions are prose, without combining marks or emoji.
 */
#include "utf8.h"

size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
    unsigned char lead = s[0];
    unsigned long value, min;
    size_t len, i;

    if (lead < 0x80) {
        *cp = lead;
        return 1;
    }
    /* 0xC0, 0xC1 and 0xF5..0xFF can only start overlong or too-large values. */
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2, value = lead & 0x1Fu, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3, value = lead & 0x0Fu, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4, value = lead & 0x07u, min = 0x10000;
    } else {
        *cp = UTF8_INVALID;
        return 1;
    }
    if (len > n) {
        *cp = UTF8_INVALID;
        return 1;
    }
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0u) != 0x80u) {
            *cp = UTF8_INVALID;
            return 1;
        }
        value = (value << 6) | (s[i] & 0x3Fu);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        *cp = UTF8_INVALID;
        return 1;
    }
    *cp = value;
    return len;
}

size_t utf8_cp_width(unsigned long cp)
{
    static const struct {
        unsigned long first, last;
    } wide[] = {
        {0x1100, 0x115F}, /* Hangul Jamo leading consonants */
        {0x2E80, 0xA4CF}, /* CJK radicals ... Yi */
        {0xAC00, 0xD7A3}, /* Hangul syllables */
        {0xF900, 0xFAFF}, /* CJK compatibility ideographs */
        {0xFF00, 0xFF60}, /* full-width forms */
    };
    size_t i;
    for (i = 0; i < sizeof wide / sizeof wide[0]; i++) {
        if (cp >= wide[i].first && cp <= wide[i].last)
            return 2;
    }
    return 1;
}

size_t utf8_width(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t width = 0;
    while (n > 0) {
        unsigned long cp;
        size_t len = utf8_decode(p, n, &cp);
        width += cp == UTF8_INVALID ? 1 : utf8_cp_width(cp);
        p += len;
        n -= len;
    }
    return width;
}
