/*
 * Checks the compiled table against data/status.tsv and data/fields.tsv,
 * read here with a parser of the test's own: the oracle is the data file,
 * not the generated array.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

#define MAX_COLS 12

struct tsv {
    char *text;
    char **lines;
    size_t nlines;
};

static void load(const char *path, struct tsv *t)
{
    FILE *f = fopen(path, "rb");
    long size;
    size_t i, n = 0;
    char *p;
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    size = ftell(f);
    assert_true(size > 0);
    rewind(f);
    t->text = malloc((size_t)size + 1);
    assert_non_null(t->text);
    assert_int_equal(fread(t->text, 1, (size_t)size, f), (size_t)size);
    t->text[size] = '\0';
    fclose(f);
    for (i = 0; i < (size_t)size; i++)
        n += t->text[i] == '\n';
    t->lines = calloc(n + 2, sizeof *t->lines);
    assert_non_null(t->lines);
    t->nlines = 0;
    for (p = t->text; *p;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        if (*p != '#' && *p != '\0')
            t->lines[t->nlines++] = p;
        if (!nl)
            break;
        p = nl + 1;
    }
}

static void unload(struct tsv *t)
{
    free(t->text);
    free(t->lines);
}

/* Splits a line in place on sep; returns the number of parts. */
static size_t split(char *s, char sep, char **out, size_t max)
{
    size_t n = 0;
    for (;;) {
        char *next = strchr(s, sep);
        if (n < max)
            out[n] = s;
        n++;
        if (!next)
            break;
        *next = '\0';
        s = next + 1;
    }
    return n;
}

/* Splits a headers column on the commas between rules, not those inside a
 * rule's [reference]. */
static size_t split_rules(char *s, char **out, size_t max)
{
    size_t n = 0;
    int depth = 0;
    out[n++] = s;
    for (; *s; s++) {
        if (*s == '[')
            depth++;
        else if (*s == ']')
            depth--;
        else if (*s == ',' && depth == 0) {
            *s = '\0';
            if (n < max)
                out[n] = s + 1;
            n++;
        }
    }
    return n;
}

static const char *none_to_null(const char *s)
{
    return strcmp(s, "-") == 0 ? NULL : s;
}

static void assert_same_string(const char *want, const char *got, int code,
                               const char *what)
{
    if (want == NULL && got == NULL)
        return;
    if (want == NULL || got == NULL || strcmp(want, got) != 0) {
        print_error("%d %s: data file says \"%s\", library says \"%s\"\n", code,
                    what, want ? want : "(none)", got ? got : "(none)");
        fail();
    }
}

static unsigned flag_bit(const char *name)
{
    static const struct { const char *name; unsigned bit; } map[] = {
        {"interim", HTTPSTATUS_FLAG_INTERIM},
        {"content-forbidden", HTTPSTATUS_FLAG_CONTENT_FORBIDDEN},
        {"cacheable", HTTPSTATUS_FLAG_CACHEABLE},
        {"method-preserving", HTTPSTATUS_FLAG_METHOD_PRESERVING},
        {"method-to-get", HTTPSTATUS_FLAG_METHOD_TO_GET},
        {"method-may-change", HTTPSTATUS_FLAG_METHOD_MAY_CHANGE},
        {"retryable", HTTPSTATUS_FLAG_RETRYABLE},
    };
    size_t i;
    for (i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i].name, name) == 0)
            return map[i].bit;
    print_error("unknown flag %s\n", name);
    fail();
    return 0;
}

static enum http_status_registration registration_of(const char *s)
{
    static const char *const names[] = {"", "permanent", "temporary", "unused",
                                        "obsoleted", "unregistered"};
    int i;
    for (i = 1; i < 6; i++)
        if (strcmp(names[i], s) == 0)
            return (enum http_status_registration)i;
    fail_msg("unknown registration status %s", s);
    return HTTPSTATUS_REG_NONE;
}

static enum http_status_class class_of(const char *s)
{
    static const char *const names[] = {"", "informational", "successful",
                                        "redirection", "client-error",
                                        "server-error"};
    int i;
    for (i = 1; i < 6; i++)
        if (strcmp(names[i], s) == 0)
            return (enum http_status_class)i;
    fail_msg("unknown class %s", s);
    return HTTPSTATUS_CLASS_NONE;
}

static enum http_status_field field_of(const char *name)
{
    int f;
    for (f = 1; f <= HTTPSTATUS_FIELD_MAX_ID; f++) {
        const char *known = http_status_field_name((enum http_status_field)f);
        if (known != NULL && strcmp(known, name) == 0)
            return (enum http_status_field)f;
    }
    fail_msg("field %s unknown to the library", name);
    return HTTPSTATUS_FIELD_NONE;
}

#define MAX_ITEMS 64

static void check_headers(int code, unsigned which, char *spec, const http_status_info *info)
{
    char *items[MAX_ITEMS];
    struct http_status_header h;
    size_t n = 0, i;
    if (strcmp(spec, "-") != 0)
        n = split_rules(spec, items, MAX_ITEMS);
    assert_true(n < MAX_ITEMS);
    if (info->header_count != n)
        fail_msg("%d: data file relates %u header fields, library %u", code,
                 (unsigned)n, info->header_count);
    for (i = 0; i < n; i++) {
        char *colon = strchr(items[i], ':');
        char *level = colon + 1;
        char *bracket = strchr(items[i], '[');
        const char *reference = info->reference; /* unless the rule names its own */
        size_t ll;
        int conditional = 0;
        enum http_status_field field;
        assert_non_null(colon);
        *colon = '\0';
        if (bracket != NULL) {
            *bracket = '\0';
            reference = bracket + 1;
            assert_int_equal(reference[strlen(reference) - 1], ']');
            bracket[strlen(reference)] = '\0'; /* the closing bracket */
        }
        ll = strlen(level);
        if (ll > 0 && level[ll - 1] == '?') {
            conditional = 1;
            level[ll - 1] = '\0';
        }
        field = field_of(items[i]);
        memset(&h, 0xA5, sizeof h);
        assert_true(http_status_header_at(code, which, (unsigned)i, &h));
        assert_int_equal(h.field, field);
        assert_same_string(level, http_status_level_name(h.level), code, items[i]);
        assert_int_equal(h.conditional != 0, conditional);
        assert_same_string(reference, h.reference, code, items[i]);
        /* the functions without `which` answer from the registry rows */
        assert_int_equal(http_status_header_level(code, field),
                         which == HTTPSTATUS_REGISTRY ? h.level : HTTPSTATUS_LEVEL_NONE);
    }
    memset(&h, 0xA5, sizeof h);
    assert_false(http_status_header_at(code, which, (unsigned)n, &h));
    assert_int_equal(h.field, (enum http_status_field)0xA5A5A5A5u);
}

static void check_aliases(int code, unsigned which, char *spec, const http_status_info *info)
{
    char *items[MAX_ITEMS];
    size_t n = 0, i;
    if (strcmp(spec, "-") != 0)
        n = split(spec, '|', items, MAX_ITEMS);
    assert_int_equal(info->alias_count, n);
    for (i = 0; i < n; i++)
        assert_same_string(items[i], http_status_alias_at(code, which, (unsigned)i),
                           code, "alias");
    assert_null(http_status_alias_at(code, which, (unsigned)n));
    assert_null(http_status_alias_at(code, which, 4000000000u));
}

static void test_every_row_matches_the_data_file(void **state)
{
    struct tsv t;
    size_t i, rows = 0, registry_rows = 0;
    (void)state;
    load(HTTPSTATUS_DATA_DIR "/status.tsv", &t);
    assert_true(t.nlines > 1);
    for (i = 1; i < t.nlines; i++) { /* line 0 is the header row */
        char *col[MAX_COLS];
        http_status_info info;
        int code;
        unsigned flags = 0;
        int registry;
        assert_int_equal(split(t.lines[i], '\t', col, MAX_COLS), MAX_COLS);
        code = atoi(col[0]);
        registry = strcmp(col[3], "unregistered") != 0;
        if (!registry && !HTTPSTATUS_HAS_UNOFFICIAL) {
            /* left out of this small build */
            assert_false(http_status_lookup(code, HTTPSTATUS_ANY, &info));
            continue;
        }
        rows++;
        registry_rows += (size_t)registry;

        memset(&info, 0xA5, sizeof info);
        assert_true(http_status_lookup(code, HTTPSTATUS_ANY, &info));
        assert_int_equal(info.code, code);
        /* Each row answers to its own kind of lookup and not the other. */
        assert_int_equal(http_status_lookup(code, HTTPSTATUS_REGISTRY, &info), registry);
        assert_int_equal(http_status_lookup(code, HTTPSTATUS_UNOFFICIAL, &info), !registry);

        assert_same_string(none_to_null(col[1]), info.reason, code, "reason");
        assert_int_equal(info.reason_len, info.reason ? strlen(info.reason) : 0);
        assert_same_string(registry ? none_to_null(col[1]) : NULL,
                           http_status_reason(code), code, "http_status_reason");
        assert_same_string(none_to_null(col[1]),
                           http_status_reason_in(code, HTTPSTATUS_ANY), code,
                           "http_status_reason_in");
        assert_int_equal(info.cls, class_of(col[2]));
        assert_int_equal(info.registration, registration_of(col[3]));
        assert_same_string(none_to_null(col[4]), info.expires, code, "expires");
        assert_same_string(col[5], info.name, code, "name");
        assert_same_string(col[6], info.origin, code, "origin");
        assert_same_string(col[7], info.reference, code, "reference");
        if (HTTPSTATUS_HAS_RULES)
            check_headers(code, registry ? HTTPSTATUS_REGISTRY : HTTPSTATUS_UNOFFICIAL,
                          col[8], &info);
        else
            assert_int_equal(info.header_count, 0);
        if (strcmp(col[9], "-") != 0) {
            char *names[16];
            size_t k, nf = split(col[9], ',', names, 16);
            for (k = 0; k < nf; k++)
                flags |= flag_bit(names[k]);
        }
        assert_int_equal(info.flags, flags);
        check_aliases(code, registry ? HTTPSTATUS_REGISTRY : HTTPSTATUS_UNOFFICIAL,
                      col[10], &info);
        if (!HTTPSTATUS_HAS_DESCRIPTIONS)
            col[11] = NULL; /* left out of this small build */
        assert_same_string(col[11], info.description, code, "description");
        assert_same_string(registry ? col[11] : NULL, http_status_description(code),
                           code, "http_status_description");
    }
    assert_int_equal(registry_rows, HTTPSTATUS_REGISTRY_COUNT);
    assert_int_equal(rows - registry_rows, HTTPSTATUS_UNOFFICIAL_COUNT);
    unload(&t);
}

/* The library has no row that the data file lacks. */
static void test_no_row_beyond_the_data_file(void **state)
{
    struct tsv t;
    size_t i;
    int c, n = 0;
    (void)state;
    load(HTTPSTATUS_DATA_DIR "/status.tsv", &t);
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        char prefix[8];
        int found = 0;
        sprintf(prefix, "%d\t", c);
        for (i = 1; i < t.nlines; i++)
            found |= strncmp(t.lines[i], prefix, strlen(prefix)) == 0;
        if (!found)
            fail_msg("library has a row for %d that data/status.tsv lacks", c);
        n++;
    }
    assert_int_equal(n, HTTPSTATUS_REGISTRY_COUNT + HTTPSTATUS_UNOFFICIAL_COUNT);
    if (HTTPSTATUS_HAS_UNOFFICIAL)
        assert_int_equal((size_t)n, t.nlines - 1);
    unload(&t);
}

/* HTTPSTATUS_MAP lists exactly the registry rows, in order, with their
 * phrases; HTTPSTATUS_UNOFFICIAL_MAP the others. */
static void test_public_maps_follow_the_data_file(void **state)
{
    static const struct { int code; const char *name, *reason; } reg[] = {
#define XX(c, n, r) {c, #n, r},
        HTTPSTATUS_MAP(XX)
#undef XX
    }, unoff[] = {
#define XX(c, n, r) {c, #n, r},
        HTTPSTATUS_UNOFFICIAL_MAP(XX)
#undef XX
        {0, "", ""} /* keeps the array non-empty in a build without them */
    };
    struct tsv t;
    size_t i, ri = 0, ui = 0;
    (void)state;
    load(HTTPSTATUS_DATA_DIR "/status.tsv", &t);
    assert_int_equal(sizeof reg / sizeof reg[0], HTTPSTATUS_REGISTRY_COUNT);
    assert_int_equal(sizeof unoff / sizeof unoff[0] - 1, HTTPSTATUS_UNOFFICIAL_COUNT);
    for (i = 1; i < t.nlines; i++) {
        char *col[MAX_COLS];
        int code;
        const char *reason;
        split(t.lines[i], '\t', col, MAX_COLS);
        code = atoi(col[0]);
        reason = strcmp(col[1], "-") == 0 ? "" : col[1];
        if (strcmp(col[3], "unregistered") != 0) {
            assert_true(ri < sizeof reg / sizeof reg[0]);
            assert_int_equal(reg[ri].code, code);
            assert_string_equal(reg[ri].name, col[5]);
            assert_string_equal(reg[ri].reason, reason);
            ri++;
        } else if (HTTPSTATUS_HAS_UNOFFICIAL) {
            assert_true(ui < sizeof unoff / sizeof unoff[0]);
            assert_int_equal(unoff[ui].code, code);
            assert_string_equal(unoff[ui].name, col[5]);
            assert_string_equal(unoff[ui].reason, reason);
            ui++;
        }
    }
    assert_int_equal(ri, HTTPSTATUS_REGISTRY_COUNT);
    assert_int_equal(ui, HTTPSTATUS_UNOFFICIAL_COUNT);
    unload(&t);
}

static void test_fields_follow_the_data_file(void **state)
{
    struct tsv t;
    size_t i;
    (void)state;
    size_t live = 0;
    load(HTTPSTATUS_DATA_DIR "/fields.tsv", &t);
    assert_int_equal(t.nlines - 1, HTTPSTATUS_FIELD_MAX_ID);
    for (i = 1; i < t.nlines; i++) {
        char *col[3];
        enum http_status_field f;
        assert_int_equal(split(t.lines[i], '\t', col, 3), 3);
        f = (enum http_status_field)atoi(col[0]);
        assert_int_equal(f, i); /* ids run 1, 2, 3, ... */
        if (strcmp(col[1], "-") == 0) { /* a dropped field: its id names nothing */
            assert_null(http_status_field_name(f));
            assert_null(http_status_field_reference(f));
            continue;
        }
        live++;
        assert_string_equal(http_status_field_name(f), col[1]);
        assert_string_equal(http_status_field_reference(f), col[2]);
    }
    assert_int_equal(live, HTTPSTATUS_FIELD_COUNT);
    assert_null(http_status_field_name((enum http_status_field)(HTTPSTATUS_FIELD_MAX_ID + 1)));
    assert_null(http_status_field_name(HTTPSTATUS_FIELD_NONE));
    unload(&t);
}

/* Korean descriptions come from data/descriptions.ko.tsv; codes it lacks
 * fall back to English. */
static void test_korean_descriptions_follow_the_data_file(void **state)
{
    struct tsv ko;
    size_t i;
    int c, korean = 0;
    (void)state;
    load(HTTPSTATUS_DATA_DIR "/descriptions.ko.tsv", &ko);
    if (!HTTPSTATUS_HAS_DESCRIPTIONS) {
        /* left out of this small build: no text in any language */
        assert_null(http_status_description_in(404, HTTPSTATUS_ANY, NULL));
        assert_null(http_status_language_at(1));
        unload(&ko);
        return;
    }
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        const char *want = http_status_description_in(c, HTTPSTATUS_ANY, "en");
        http_status_info info;
        assert_true(http_status_lookup(c, HTTPSTATUS_ANY, &info));
        assert_string_equal(want, info.description);
        for (i = 1; i < ko.nlines; i++) {
            char *col[2];
            char line[8];
            sprintf(line, "%d\t", c);
            if (strncmp(ko.lines[i], line, strlen(line)) == 0) {
                assert_int_equal(split(ko.lines[i], '\t', col, 2), 2);
                want = col[1];
                korean++;
                break;
            }
        }
        assert_same_string(want, http_status_description_in(c, HTTPSTATUS_ANY, "ko"), c,
                           "Korean description");
    }
    if (HTTPSTATUS_HAS_UNOFFICIAL)
        assert_int_equal((size_t)korean, ko.nlines - 1);
    unload(&ko);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_korean_descriptions_follow_the_data_file),
        cmocka_unit_test(test_every_row_matches_the_data_file),
        cmocka_unit_test(test_no_row_beyond_the_data_file),
        cmocka_unit_test(test_public_maps_follow_the_data_file),
        cmocka_unit_test(test_fields_follow_the_data_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
