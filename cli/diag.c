/*
 * Diagnostics on stderr. A script reading our stderr may expect exactly one
 * line per error, so no argument may smuggle in a newline or an escape
 * sequence for the terminal.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

void diag(const char *format, ...)
{
    va_list ap;
    fputs("httpstatus: ", stderr);
    va_start(ap, format);
    vfprintf(stderr, format, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* A code point a terminal would act on instead of showing it. */
static int is_control(unsigned long cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/*
 * Appends arg to s->text from *used on, escaped. Returns 0 once the text has
 * been cut short (and "..." appended), so callers stop adding more.
 */
static int append_escaped(struct shown *s, size_t *used, const char *arg)
{
    const unsigned char *p = (const unsigned char *)arg;
    size_t left = strlen(arg);

    while (left > 0) {
        unsigned long cp;
        size_t len = utf8_decode(p, left, &cp);
        char piece[5];
        size_t piece_len;

        if (cp == UTF8_INVALID || is_control(cp)) {
            /* One \xHH per byte; a C1 control is two bytes in UTF-8. */
            len = 1;
            sprintf(piece, "\\x%02X", (unsigned)p[0]);
            piece_len = 4;
        } else {
            memcpy(piece, p, len);
            piece_len = len;
        }
        if (*used + piece_len > SHOWN_LIMIT) {
            memcpy(s->text + *used, "...", 4);
            *used += 3;
            return 0;
        }
        memcpy(s->text + *used, piece, piece_len);
        *used += piece_len;
        s->text[*used] = '\0';
        p += len;
        left -= len;
    }
    return 1;
}

const char *shown_arg(struct shown *s, const char *arg)
{
    size_t used = 0;
    s->text[0] = '\0';
    append_escaped(s, &used, arg);
    return s->text;
}

const char *shown_words(struct shown *s, const char *const *words, size_t count)
{
    size_t used = 0, i;
    s->text[0] = '\0';
    for (i = 0; i < count; i++) {
        if (i > 0 && !append_escaped(s, &used, " "))
            break;
        if (!append_escaped(s, &used, words[i]))
            break;
    }
    return s->text;
}
