/*
 * The person-readable layout:
 *
 *   404 Not Found
 *     class:          Client Error (4xx)
 *     registration:   permanent
 *     ...
 *
 *     The origin server did not find ...
 *
 * Lines the row has nothing for (former phrases, headers, flags) are left out.
 */
#include "text.h"

#include <string.h>

#include "record.h"
#include "utf8.h"

static void put_spaces(FILE *f, size_t count)
{
    while (count-- > 0)
        fputc(' ', f);
}

/*
 * Writes text as lines of at most `width` columns, each starting with
 * `indent` spaces and ending with a newline: greedy word wrapping, measured
 * in display columns rather than bytes, so a Korean description (three
 * bytes, two columns a syllable) wraps like an English one. Lines break only
 * at spaces (runs of spaces count as one), so a character is never split; a
 * word wider than the line gets a line of its own and overflows it.
 */
static void wrap_text(FILE *f, const char *text, size_t indent, size_t width)
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

/* Labels are padded to this many columns, colon included. */
#define LABEL_WIDTH 16
#define DESCRIPTION_INDENT 2

struct style {
    const char *bold, *dim, *reset;
};

static struct style style_for(int colour)
{
    struct style plain = {"", "", ""};
    struct style ansi = {"\033[1m", "\033[2m", "\033[0m"};
    return colour ? ansi : plain;
}

static void put_label(FILE *f, const struct style *st, const char *name)
{
    int pad = LABEL_WIDTH - (int)strlen(name) - 1;
    fprintf(f, "  %s%s:%s%*s", st->dim, name, st->reset, pad > 0 ? pad : 1, "");
}

/* A continuation line lines up under the value above it. */
static void put_continuation(FILE *f)
{
    fprintf(f, "  %*s", LABEL_WIDTH, "");
}

static const char *phrase_or_unused(const http_status_info *info)
{
    if (info->reason != NULL)
        return info->reason;
    return info->registration == HTTPSTATUS_REG_UNREGISTERED ? "(no official phrase)"
                                                               : "(unused)";
}

static void put_registration(FILE *f, const struct record *rec)
{
    const http_status_info *info = &rec->info;
    switch (info->registration) {
    case HTTPSTATUS_REG_TEMPORARY:
        if (rec->expired)
            fprintf(f, "temporary, expired on %s; check the IANA registry\n",
                    info->expires);
        else
            fprintf(f, "temporary, expires %s\n",
                    info->expires != NULL ? info->expires : "(no date)");
        break;
    case HTTPSTATUS_REG_UNREGISTERED:
        fprintf(f, "not in the registry; used by %s\n", info->origin);
        break;
    default:
        fprintf(f, "%s\n", registration_slug(info->registration));
        break;
    }
}

/* "A, B" */
static void put_aliases(FILE *f, const struct record *rec)
{
    unsigned i;
    for (i = 0; i < rec->info.alias_count; i++)
        fprintf(f, "%s%s", i ? ", " : "",
                http_status_alias_at(rec->info.code, rec->which, i));
    fputc('\n', f);
}

static void put_headers(FILE *f, const struct style *st, const struct record *rec)
{
    struct http_status_header hd, *h = &hd;
    unsigned i;
    for (i = 0; http_status_header_at(rec->info.code, rec->which, i, h); i++) {
        /* a rule stated outside the code's own section names it */
        int elsewhere = h->reference != NULL && rec->info.reference != NULL &&
                        strcmp(h->reference, rec->info.reference) != 0;
        if (i == 0)
            put_label(f, st, "headers");
        else
            put_continuation(f);
        int used = fprintf(f, "%s %s%s", http_status_field_name(h->field),
                           http_status_level_name(h->level),
                           h->conditional ? " (conditional)" : "");
        if (elsewhere) {
            /* the section, on the same line when it fits there */
            if (2 + LABEL_WIDTH + used + 3 + (int)strlen(h->reference) > TEXT_WIDTH) {
                fputc('\n', f);
                put_continuation(f);
                fprintf(f, "(%s)", h->reference);
            } else {
                fprintf(f, " (%s)", h->reference);
            }
        }
        fputc('\n', f);
    }
}

static void put_flags(FILE *f, const struct style *st, unsigned flags)
{
    const char *sep = "", *name;
    unsigned i = 0;
    if (flags == 0)
        return;
    put_label(f, st, "flags");
    while ((name = flag_at(flags, &i)) != NULL) {
        fprintf(f, "%s%s", sep, name);
        sep = ", ";
    }
    fputc('\n', f);
}

void text_record(FILE *f, const struct record *rec, int colour)
{
    const http_status_info *info = &rec->info;
    struct style st = style_for(colour);

    fprintf(f, "%s%d %s%s\n", st.bold, info->code, phrase_or_unused(info), st.reset);
    put_label(f, &st, "class");
    fprintf(f, "%s (%dxx)\n", http_status_class_name(info->cls), (int)info->cls);
    put_label(f, &st, "registration");
    put_registration(f, rec);
    put_label(f, &st, "constant");
    fprintf(f, "HTTPSTATUS_%s\n", info->name);
    put_label(f, &st, "reference");
    fprintf(f, "%s\n", info->reference);
    if (info->alias_count > 0) {
        put_label(f, &st, "former phrases");
        put_aliases(f, rec);
    }
    put_headers(f, &st, rec);
    put_flags(f, &st, info->flags);
    if (rec->description != NULL && rec->description[0] != '\0') {
        fputc('\n', f);
        wrap_text(f, rec->description, DESCRIPTION_INDENT, TEXT_WIDTH);
    }
}

void text_entry(FILE *f, const struct record *rec)
{
    const http_status_info *info = &rec->info;
    fprintf(f, "%d  %s", info->code, phrase_or_unused(info));
    if (info->registration == HTTPSTATUS_REG_UNREGISTERED)
        fprintf(f, "  [%s]", info->origin);
    fputc('\n', f);
}
