/*
 * Baselines for httpstatus_bench; see baseline.h.
 *
 * SPDX-License-Identifier: MIT
 */
#include "baseline.h"

#include <stddef.h>

#include <httpstatus.h>

/* The registry lists 306 and 418 with an empty phrase; like the library,
 * the baselines answer NULL for them. sizeof keeps the choice at compile
 * time. */
#define BENCH_PHRASE_(reason) (sizeof(reason) > 1 ? (reason) : NULL)

static const char *const table[600] = {
#define BENCH_XX_(code, name, reason) [code] = BENCH_PHRASE_(reason),
    HTTPSTATUS_MAP(BENCH_XX_)
#undef BENCH_XX_
};

const char *bench_array_reason(int code)
{
    unsigned c = (unsigned)code;
    return c < 600u ? table[c] : NULL;
}

const char *bench_switch_reason(int code)
{
    switch (code) {
#define BENCH_XX_(code, name, reason)                                          \
    case code:                                                                 \
        return BENCH_PHRASE_(reason);
        HTTPSTATUS_MAP(BENCH_XX_)
#undef BENCH_XX_
    default:
        return NULL;
    }
}
