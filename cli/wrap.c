/*
 * Greedy word wrapping, measured in display columns rather than bytes, so a
 * Korean description (three bytes, two columns a syllable) wraps like an
 * English one.
 */
#include "wrap.h"

#include <string.h>

#include "utf8.h"

static void put_spaces(FILE *f, size_t count)
{
    while (count-- > 0)
        fputc(' ', f);
}

void wrap_text(FILE *f, const char *text, size_t indent, size_t width)
{
    size_t used = 0; /* columns of words on the current line; 0: none yet */
    const char *p = text;

    for (;;) {
        size_t len, columns;

        p += strspn(p, " ");
        if (*p == '\0')
            break;
        len = strcspn(p, " ");
        columns = utf8_width(p, len);
        if (used > 0 && indent + used + 1 + columns > width) {
            fputc('\n', f);
            used = 0;
        }
        if (used == 0) {
            put_spaces(f, indent);
        } else {
            fputc(' ', f);
            used++;
        }
        fwrite(p, 1, len, f);
        used += columns;
        p += len;
    }
    if (used > 0)
        fputc('\n', f);
}
