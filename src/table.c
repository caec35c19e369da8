/*
 * The generated table (table_data.inc, made from data/ by tools/gen_table.c) and
 * the lookups that read it directly: phrases, classes, descriptions, header
 * levels, records and iteration.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <stddef.h>
#include <string.h>

#include "table_data.inc"

/* Compile-time checks that the generated data fits the types above. */
typedef char hs_check_names_fit[sizeof hs_names <= 65535 ? 1 : -1];
typedef char hs_check_text_fit[sizeof hs_text <= 65535 ? 1 : -1];
typedef char hs_check_rows_fit[HS_ROW_COUNT < 255 ? 1 : -1];
#if HS_LANG_COUNT > 0
typedef char hs_check_i18n_fit[sizeof hs_i18n <= 65535 ? 1 : -1];
#endif
typedef char hs_check_rule_count[sizeof httpstatus__rules / sizeof httpstatus__rules[0] <= 65535 ? 1 : -1];
typedef char hs_check_alias_count[sizeof httpstatus__aliases / sizeof httpstatus__aliases[0] <= 255 ? 1 : -1];

#define NAMES ((const char *)&hs_names)
#define TEXT ((const char *)&hs_text)


/* Index of code within 100..599, or 500 when outside. Unsigned arithmetic,
 * so INT_MIN and INT_MAX need no special case. */
static unsigned slot(int code)
{
    unsigned s = (unsigned)code - 100u;
    return s < 500u ? s : 500u;
}

static int row_selected(unsigned r, unsigned which)
{
    return r != 0 && httpstatus__row_in(&httpstatus__rows[r], httpstatus__which(which));
}

int httpstatus__same_ascii_ci(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + ('a' - 'A'));
        if (x != y)
            return 0;
    }
    return 1;
}

unsigned httpstatus__find_row(int code, unsigned which)
{
    unsigned s = slot(code);
    unsigned r;
    if (s == 500u)
        return 0;
    r = hs_row_of[s];
    return row_selected(r, which) ? r : 0;
}

static const char *text_or_null(unsigned off)
{
    return off ? TEXT + off : NULL;
}

const char *httpstatus__text_at(unsigned offset)
{
    return text_or_null(offset);
}

const char *http_status_version(void)
{
    return HTTPSTATUS_VERSION;
}

int http_status_version_number(void)
{
    return HTTPSTATUS_VERSION_NUMBER;
}

/* The exported copies of the inline functions of httpstatus.h (src/table.h
 * turns the inline ones off here), for dlsym, FFI and other languages. */
enum http_status_class http_status_class(int code)
{
    return http_status_class_of_(code);
}

#define XX(range, lo, width)                                                   \
    int http_status_is_##range(int code) { return http_status_in_range_(code, lo, width); }
HTTPSTATUS_RANGES_(XX)
#undef XX

/* The names of the small enums come from the lists of httpstatus_codes.h
 * and httpstatus.h, so that each is written once. */
const char *http_status_class_name(enum http_status_class cls)
{
    switch (cls) {
#define XX(value, name, title, slug) case HTTPSTATUS_CLASS_##name: return title;
    HTTPSTATUS_CLASS_MAP(XX)
#undef XX
    case HTTPSTATUS_CLASS_NONE: break;
    }
    return NULL;
}

/* The hot path of the library: a bounds check, one load, a test. Written so
 * that the NULL answers share one exit and the found path has no extra
 * instruction. */
const char *http_status_reason(int code)
{
    unsigned c = (unsigned)code;
    if (c < 600u) {
        unsigned off = hs_names.reason_of[c];
        if (off != 0)
            return NAMES + off;
    }
    return NULL;
}

const char *httpstatus__reason(int code, size_t *len)
{
    unsigned c = (unsigned)code; /* 100..599: the callers check */
    unsigned off = hs_names.reason_of[c];
    if (off == 0) {
        *len = 0;
        return NULL;
    }
    *len = httpstatus__rows[hs_row_of[c - 100u]].reason_len;
    return NAMES + off;
}


const char *http_status_reason_in(int code, unsigned which)
{
    unsigned r = httpstatus__find_row(code, which);
    return r && httpstatus__rows[r].reason ? NAMES + httpstatus__rows[r].reason : NULL;
}

/* The English description at a row's offset into the hs_desc blob; a
 * build without descriptions has no blob, and every offset is 0. */
static const char *description_of(unsigned r)
{
#if HTTPSTATUS_NO_DESCRIPTIONS
    (void)r;
    return NULL;
#else
    unsigned off = httpstatus__rows[r].description;
    return off ? (const char *)&hs_desc + off : NULL;
#endif
}

const char *http_status_description(int code)
{
    unsigned r = httpstatus__find_row(code, HTTPSTATUS_REGISTRY);
    return r ? description_of(r) : NULL;
}

/* Index of a field in hs_fields (its id), or 0 when it is not a field:
 * out of range, or the id of a dropped field. */
static unsigned field_index(enum http_status_field field)
{
    unsigned f = (unsigned)field;
    return f < sizeof hs_fields / sizeof hs_fields[0] && hs_fields[f].name ? f : 0u;
}

/* Index of lang among the other languages (1-based), 0 for English, -1 when
 * the library does not have it. */
static int language_index(const char *lang)
{
    int i;
    if (lang == NULL)
        return 0;
    for (i = 0; i <= HS_LANG_COUNT; i++) {
        const char *tag = http_status_language_at((unsigned)i);
        size_t k = strlen(tag);
        if (strlen(lang) >= k && httpstatus__same_ascii_ci(lang, tag, k) &&
            (lang[k] == '\0' || lang[k] == '-' || lang[k] == '_'))
            return i; /* "ko", "KO", "ko-KR" */
    }
    return -1;
}

const char *http_status_language_at(unsigned index)
{
    if (index == 0)
        return "en";
#if HS_LANG_COUNT > 0
    if (index <= HS_LANG_COUNT)
        return hs_lang_tags[index - 1];
#endif
    return NULL;
}

int http_status_has_language(const char *lang)
{
    return lang != NULL && language_index(lang) >= 0;
}

/* Row r's description in language l (as language_index() numbers them),
 * with the tag of the language it is in: English when l has no text for the
 * row. */
static const char *row_description(unsigned r, int l, const char **tag)
{
    *tag = "en";
#if HS_LANG_COUNT > 0
    if (l > 0 && hs_lang_desc[l - 1][r] != 0) {
        *tag = hs_lang_tags[l - 1];
        return (const char *)&hs_i18n + hs_lang_desc[l - 1][r];
    }
#else
    (void)l;
#endif
    return description_of(r);
}

const char *http_status_description_in(int code, unsigned which, const char *lang)
{
    unsigned r = httpstatus__find_row(code, which);
    int l = language_index(lang);
    const char *tag;
    if (r == 0 || l < 0)
        return NULL;
    return row_description(r, l, &tag);
}

const char *httpstatus__description_in(int code, const char *lang, const char **tag)
{
    unsigned r = httpstatus__find_row(code, 0);
    int l = language_index(lang);
    *tag = "en";
    if (r == 0)
        return NULL;
    return row_description(r, l < 0 ? 0 : l, tag);
}

const char *http_status_field_name(enum http_status_field field)
{
    unsigned f = field_index(field);
    return f ? TEXT + hs_fields[f].name : NULL;
}

enum http_status_field httpstatus__field_id(const char *name, size_t n)
{
    unsigned f;
    if (n == 0)
        return HTTPSTATUS_FIELD_NONE;
    for (f = 1; f < sizeof hs_fields / sizeof hs_fields[0]; f++) {
        const char *known = hs_fields[f].name ? TEXT + hs_fields[f].name : NULL;
        /* the first letter rules out most names before strlen */
        if (known != NULL && (known[0] | 0x20) == (name[0] | 0x20) && strlen(known) == n &&
            httpstatus__same_ascii_ci(name, known, n))
            return (enum http_status_field)f;
    }
    return HTTPSTATUS_FIELD_NONE;
}

const char *http_status_field_reference(enum http_status_field field)
{
    unsigned f = field_index(field);
    return f ? TEXT + hs_fields[f].reference : NULL;
}

const char *http_status_registration_name(enum http_status_registration registration)
{
    switch (registration) {
#define XX(value, name, string) case HTTPSTATUS_REG_##name: return string;
    HTTPSTATUS_REGISTRATION_MAP(XX)
#undef XX
    case HTTPSTATUS_REG_NONE: break;
    }
    return NULL;
}

const char *http_status_flag_name(unsigned flag)
{
    switch (flag) {
#define XX(bit, name, string) case bit: return string;
    HTTPSTATUS_FLAG_MAP(XX)
#undef XX
    default: return NULL;
    }
}

const char *http_status_level_name(enum http_status_level level)
{
    switch (level) {
#define XX(value, name, string) case HTTPSTATUS_LEVEL_##name: return string;
    HTTPSTATUS_LEVEL_MAP(XX)
#undef XX
    case HTTPSTATUS_LEVEL_NONE: break;
    }
    return NULL;
}

enum http_status_level http_status_header_level(int code,
                                                enum http_status_field field)
{
    unsigned r = httpstatus__find_row(code, 0);
    unsigned i;
    if (r == 0)
        return HTTPSTATUS_LEVEL_NONE;
    for (i = httpstatus__rows[r].rule_first; i < httpstatus__rows[r + 1].rule_first; i++)
        if (httpstatus__rules[i].field == (unsigned)field)
            return (enum http_status_level)httpstatus__rules[i].level;
    return HTTPSTATUS_LEVEL_NONE;
}

int http_status_lookup(int code, unsigned which, http_status_info *out)
{
    unsigned r = httpstatus__find_row(code, which);
    const struct hs_row *row, *next;
    if (r == 0 || out == NULL)
        return 0;
    row = &httpstatus__rows[r];
    next = row + 1;
    out->code = row->code;
    out->reason = row->reason ? NAMES + row->reason : NULL;
    out->reason_len = row->reason_len;
    out->name = TEXT + row->name;
    out->cls = (enum http_status_class)row->cls;
    out->registration = (enum http_status_registration)row->registration;
    out->expires = text_or_null(row->expires);
    out->origin = text_or_null(row->origin);
    out->reference = text_or_null(row->reference);
    out->description = description_of(r);
    out->flags = row->flags;
    out->header_count = (unsigned)(next->rule_first - row->rule_first);
    out->alias_count = (unsigned)(next->alias_first - row->alias_first);
    return 1;
}

int http_status_header_at(int code, unsigned which, unsigned index,
                          struct http_status_header *out)
{
    unsigned r = httpstatus__find_row(code, which);
    const struct hs_rule *rule;
    if (r == 0 || out == NULL ||
        index >= (unsigned)(httpstatus__rows[r + 1].rule_first - httpstatus__rows[r].rule_first))
        return 0;
    rule = &httpstatus__rules[httpstatus__rows[r].rule_first + index];
    out->field = (enum http_status_field)rule->field;
    out->level = (enum http_status_level)rule->level;
    out->conditional = rule->conditional;
    out->reference = httpstatus__rule_reference(r, httpstatus__rows[r].rule_first + index);
    return 1;
}

const char *httpstatus__rule_reference(unsigned r, unsigned i)
{
    unsigned off = httpstatus__rules[i].reference;
    return text_or_null(off ? off : httpstatus__rows[r].reference);
}

const char *http_status_alias_at(int code, unsigned which, unsigned index)
{
    unsigned r = httpstatus__find_row(code, which);
    if (r == 0 ||
        index >= (unsigned)(httpstatus__rows[r + 1].alias_first - httpstatus__rows[r].alias_first))
        return NULL;
    return TEXT + httpstatus__aliases[httpstatus__rows[r].alias_first + index];
}

int http_status_next(int after, unsigned which)
{
    unsigned s;
    if (after < 99)
        after = 99;
    for (s = (unsigned)after - 99u; s < 500u; s++)
        if (row_selected(hs_row_of[s], which))
            return (int)s + 100;
    return 0;
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef NAMES
#undef TEXT
