/*
 * Error lines: each diagnostic is one line on stderr, "httpstatus: ...".
 * Arguments are echoed through shown_arg(), which keeps that line one line
 * and readable whatever bytes the user passed.
 */
#ifndef HTTPSTATUS_CLI_DIAG_H
#define HTTPSTATUS_CLI_DIAG_H

#include <stddef.h>

#if defined(__GNUC__)
#  define DIAG_PRINTF_LIKE __attribute__((format(printf, 1, 2)))
#else
#  define DIAG_PRINTF_LIKE
#endif

/* Writes "httpstatus: " and the formatted message and a newline to stderr. */
void diag(const char *format, ...) DIAG_PRINTF_LIKE;

/* Room for a shortened argument: SHOWN_LIMIT bytes of text, one escape
 * that did not fit, "..." and the NUL. */
#define SHOWN_LIMIT 60
struct shown {
    char text[SHOWN_LIMIT + 4 + 3 + 1];
};

/*
 * The argument as it is safe to print in a diagnostic: control characters,
 * C1 controls and bytes that are not UTF-8 become \xHH, and anything past
 * about SHOWN_LIMIT bytes becomes "..." (never in the middle of a
 * character). Returns s->text.
 */
const char *shown_arg(struct shown *s, const char *arg);

/* The same for several words, joined by single spaces. */
const char *shown_words(struct shown *s, const char *const *words, size_t count);

#endif
