/*
 * JSON output. Every string goes through json_chars(), which escapes what
 * RFC 8259 requires (quote, backslash, control characters as \u00XX), passes
 * UTF-8 through unchanged and turns any byte that is not UTF-8 into U+FFFD,
 * so the output is valid JSON whatever the table holds.
 */
#include "json.h"

#include <string.h>

#include "record.h"
#include "utf8.h"

/* The n bytes at s as the inside of a JSON string. */
static void json_chars(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    while (n > 0) {
        unsigned long cp;
        size_t len = utf8_decode(p, n, &cp);
        if (cp == UTF8_INVALID)
            fputs("\\ufffd", f);
        else if (cp == '"' || cp == '\\')
            fprintf(f, "\\%c", (char)cp);
        else if (cp < 0x20 || cp == 0x7F)
            fprintf(f, "\\u%04lx", cp);
        else
            fwrite(p, 1, len, f);
        p += len;
        n -= len;
    }
}

void json_string(FILE *f, const char *s)
{
    if (s == NULL) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    json_chars(f, s, strlen(s));
    fputc('"', f);
}

/* Writes `"key": ` before a value. */
static void json_key(FILE *f, const char *key, int first)
{
    if (!first)
        fputs(", ", f);
    json_string(f, key);
    fputs(": ", f);
}

/* The former phrases as ["A", "B"]; none as []. */
static void json_aliases(FILE *f, const struct record *rec)
{
    unsigned i;
    fputc('[', f);
    for (i = 0; i < rec->info.alias_count; i++) {
        if (i > 0)
            fputs(", ", f);
        json_string(f, http_status_alias_at(rec->info.code, rec->which, i));
    }
    fputc(']', f);
}

/* {"Allow": "MUST", "ETag": "MUST?"}: a trailing ? marks a conditional rule,
 * as data/status.tsv writes it. */
static void json_headers(FILE *f, const struct record *rec)
{
    struct http_status_header hd, *h = &hd;
    unsigned i;
    fputc('{', f);
    for (i = 0; http_status_header_at(rec->info.code, rec->which, i, h); i++) {
        json_key(f, http_status_field_name(h->field), i == 0);
        fputc('"', f);
        json_chars(f, http_status_level_name(h->level),
                   strlen(http_status_level_name(h->level)));
        fputs(h->conditional ? "?\"" : "\"", f);
    }
    fputc('}', f);
}

static void json_flags(FILE *f, unsigned flags)
{
    unsigned i = 0;
    const char *sep = "", *name;
    fputc('[', f);
    while ((name = flag_at(flags, &i)) != NULL) {
        fputs(sep, f);
        json_string(f, name);
        sep = ", ";
    }
    fputc(']', f);
}

void json_record(FILE *f, const struct record *rec)
{
    const http_status_info *info = &rec->info;

    fputc('{', f);
    json_key(f, "code", 1);
    fprintf(f, "%d", info->code);
    json_key(f, "reason", 0);
    json_string(f, info->reason);
    json_key(f, "class", 0);
    json_string(f, class_slug(info->cls));
    json_key(f, "status", 0);
    json_string(f, registration_slug(info->registration));
    json_key(f, "expires", 0);
    json_string(f, info->expires);
    json_key(f, "expired", 0);
    fputs(rec->expired ? "true" : "false", f);
    json_key(f, "origin", 0);
    json_string(f, info->origin);
    json_key(f, "reference", 0);
    json_string(f, info->reference);
    json_key(f, "name", 0);
    fputs("\"HTTPSTATUS_", f);
    json_chars(f, info->name, strlen(info->name));
    fputc('"', f);
    json_key(f, "aliases", 0);
    json_aliases(f, rec);
    json_key(f, "description", 0);
    json_string(f, rec->description);
    json_key(f, "headers", 0);
    json_headers(f, rec);
    json_key(f, "flags", 0);
    json_flags(f, info->flags);
    fputc('}', f);
}
