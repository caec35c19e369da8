/*
 * Baselines for httpstatus_bench, built into their own shared library so
 * that every call pays the same boundary (a PLT call into a DSO) as a call
 * into libhttpstatus.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_BENCH_BASELINE_H
#define HTTPSTATUS_BENCH_BASELINE_H

#if defined(__GNUC__) && __GNUC__ >= 4
#  define BENCH_API __attribute__((visibility("default")))
#else
#  define BENCH_API
#endif

/* table[code] for 0 <= code < 600, else NULL: a bounds check and one load
 * from a table of pointers, the least a lookup can do. NULL where the
 * registry gives no phrase, as http_status_reason() does. */
BENCH_API const char *bench_array_reason(int code);

/* The same answers from a switch over HTTPSTATUS_MAP. */
BENCH_API const char *bench_switch_reason(int code);

#endif /* HTTPSTATUS_BENCH_BASELINE_H */
