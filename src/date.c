/*
 * IMF-fixdate (RFC 9110, Section 5.6.7): writing one from a count of
 * seconds, and recognising one.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <string.h>

static const char day_names[] = "MonTueWedThuFriSatSun";
static const char month_names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

/* Seconds from 0001-01-01 to 1970-01-01 (719,162 days), and to the last
 * second of 9999: the range of a four-digit year. */
#define EPOCH_FROM_YEAR_1 62135596800LL
#define LAST_SECOND 253402300799LL

static void two_digits(char *p, unsigned v)
{
    p[0] = (char)('0' + v / 10u);
    p[1] = (char)('0' + v % 10u);
}

size_t http_status_date(char *buf, size_t size, long long seconds)
{
    static const unsigned short month_start[2][13] = {
        {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
        {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};
    char out[30];
    unsigned long long since_year_1;
    uint32_t days, secs, year, n, leap, month = 0;

    if (buf == NULL)
        size = 0;
    if (seconds < -EPOCH_FROM_YEAR_1 || seconds > LAST_SECOND) {
        if (size > 0)
            buf[0] = '\0';
        return 0;
    }
    /* Below 2^39, so that a shift by 7 leaves 32 bits and the one division
     * by 86400 (2^7 * 675) needs no 64-bit division, which small targets
     * lack. */
    since_year_1 = (unsigned long long)(seconds + EPOCH_FROM_YEAR_1);
    n = (uint32_t)(since_year_1 >> 7);
    days = n / 675u;
    secs = (n % 675u) << 7 | (uint32_t)(since_year_1 & 127u);

    /* 0001-01-01 was a Monday; then 400-, 100-, 4- and 1-year cycles. */
    memcpy(out, day_names + 3 * (size_t)(days % 7u), 3);
    year = 1 + 400u * (days / 146097u);
    days %= 146097u;
    n = days / 36524u < 3u ? days / 36524u : 3u;
    year += 100u * n;
    days -= 36524u * n;
    year += 4u * (days / 1461u);
    days %= 1461u;
    n = days / 365u < 3u ? days / 365u : 3u;
    year += n;
    days -= 365u * n;
    leap = (year % 4u == 0 && year % 100u != 0) || year % 400u == 0;
    while (days >= month_start[leap][month + 1])
        month++;

    out[3] = ',';
    out[4] = ' ';
    two_digits(out + 5, days - month_start[leap][month] + 1u);
    out[7] = ' ';
    memcpy(out + 8, month_names + 3 * (size_t)month, 3);
    out[11] = ' ';
    two_digits(out + 12, year / 100u);
    two_digits(out + 14, year % 100u);
    out[16] = ' ';
    two_digits(out + 17, secs / 3600u);
    out[19] = ':';
    two_digits(out + 20, secs / 60u % 60u);
    out[22] = ':';
    two_digits(out + 23, secs % 60u);
    memcpy(out + 25, " GMT", 5); /* with its NUL */
    if (size > 0) {
        size_t k = size > 29 ? 29 : size - 1;
        memcpy(buf, out, k);
        buf[k] = '\0';
    }
    return 29;
}

int httpstatus__is_imf_fixdate(const char *s, size_t n)
{
    static const char shape[] = "ddd, 00 mmm 0000 00:00:00 GMT";
    const unsigned char *p = (const unsigned char *)s;
    size_t i;
    int day = 0, month = 0;
    if (n != sizeof shape - 1)
        return 0;
    for (i = 0; i < 7; i++)
        day |= memcmp(p, day_names + 3 * i, 3) == 0;
    for (i = 0; i < 12; i++)
        month |= memcmp(p + 8, month_names + 3 * i, 3) == 0;
    for (i = 0; i < n; i++) {
        char want = shape[i];
        if (want == '0' ? !(p[i] >= '0' && p[i] <= '9')
                        : (want != 'd' && want != 'm' && p[i] != (unsigned char)want))
            return 0;
    }
    return day && month && memcmp(p + 5, "32", 2) < 0 && memcmp(p + 5, "00", 2) > 0 &&
           memcmp(p + 17, "24", 2) < 0 && memcmp(p + 20, "60", 2) < 0 &&
           memcmp(p + 23, "61", 2) < 0; /* 60: a leap second */
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef EPOCH_FROM_YEAR_1
#undef LAST_SECOND
