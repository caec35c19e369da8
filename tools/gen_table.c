/*
 * gen_table: turns data/status.tsv and data/fields.tsv into the compiled
 * status table (a private .inc included by src/table.c) and the public
 * generated header httpstatus_codes.h.
 *
 * Why a C program rather than a script: it needs nothing but a C compiler,
 * and it checks the data byte by byte, so it can point at the exact column
 * of a bad byte. Its outputs are committed (src/table_data.inc and
 * include/httpstatus_codes.h), so only someone who changes data/ runs it:
 * `cmake --build build --target regenerate` (cmake/Regenerate.cmake).
 *
 * Usage: gen_table [--data-hash=HEX] STATUS_TSV FIELDS_TSV OUT_TABLE OUT_HEADER [TAG=FILE...]
 *        gen_table --check STATUS_TSV FIELDS_TSV [TAG=FILE...]
 *
 * On malformed input it prints "file:line:column: message" for every problem
 * it finds, writes nothing, and exits with status 1. Outputs are written to a
 * temporary file and renamed into place, so a failed run never leaves a
 * half-written table behind.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FILE_BYTES (4L * 1024 * 1024)
#define MAX_ROWS 500          /* one per code from 100 to 599 at most */
#define MAX_FIELDS 255        /* field ids in data/fields.tsv: 1..255 */
#define MAX_RULES 32          /* a bound for sanity; the API has no per-row limit */
#define MAX_ALIASES 16        /* former phrases of one code */
#define MAX_ERRORS 50

/* ---------------------------------------------------------------------- */
/* Diagnostics                                                             */

static int error_count;

static void report(const char *file, long line, long col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (error_count++ < MAX_ERRORS) {
        fprintf(stderr, "%s:%ld:%ld: ", file, line, col);
        /* clang-tidy 14 misreads the va_start above as missing */
        vfprintf(stderr, fmt, ap); /* NOLINT(clang-analyzer-valist.Uninitialized) */
        fputc('\n', stderr);
    }
    va_end(ap);
}

/* ---------------------------------------------------------------------- */
/* Reading a TSV file into lines and fields                                */

struct field {
    const char *p;
    size_t len;
    long col;                 /* 1-based byte column of the field's start */
};

struct text {
    const char *path;
    char *buf;
    size_t len;
};

static int read_file(const char *path, struct text *t)
{
    FILE *f = fopen(path, "rb");
    size_t cap = 4096, n = 0;
    char *buf;

    t->path = path;
    if (!f) {
        fprintf(stderr, "%s:0:0: cannot open: %s\n", path, strerror(errno));
        return -1;
    }
    buf = malloc(cap + 1);
    if (!buf) {
        fclose(f);
        fprintf(stderr, "%s:0:0: out of memory\n", path);
        return -1;
    }
    for (;;) {
        size_t got;
        if (n == cap) {
            char *nb;
            if ((long)cap >= MAX_FILE_BYTES) {
                fprintf(stderr, "%s:0:0: file larger than %ld bytes\n", path,
                        MAX_FILE_BYTES);
                free(buf);
                fclose(f);
                return -1;
            }
            cap *= 2;
            nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                fclose(f);
                fprintf(stderr, "%s:0:0: out of memory\n", path);
                return -1;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        fprintf(stderr, "%s:0:0: read error\n", path);
        free(buf);
        fclose(f);
        return -1;
    }
    fclose(f);
    buf[n] = '\0';
    t->buf = buf;
    t->len = n;
    return 0;
}

/*
 * Walks the lines of a file. Accepts a leading UTF-8 byte-order mark and CRLF
 * line endings (editors on some systems add both); any other control byte is
 * left in place for the field checks to reject with its column.
 */
struct cursor {
    const struct text *t;
    size_t pos;
    long line;
};

static int next_line(struct cursor *c, const char **start, size_t *len)
{
    const char *b = c->t->buf;
    size_t end;

    if (c->line == 0 && c->t->len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
        c->pos = 3;
    if (c->pos >= c->t->len)
        return 0;
    c->line++;
    end = c->pos;
    while (end < c->t->len && b[end] != '\n')
        end++;
    *start = b + c->pos;
    *len = end - c->pos;
    if (*len > 0 && (*start)[*len - 1] == '\r')
        (*len)--;
    c->pos = end + 1;
    return 1;
}

static size_t split_tabs(const char *s, size_t len, struct field *out, size_t max,
                         long first_col)
{
    size_t n = 0, i, start = 0;
    for (i = 0; i <= len; i++) {
        if (i == len || s[i] == '\t') {
            if (n < max) {
                out[n].p = s + start;
                out[n].len = i - start;
                out[n].col = first_col + (long)start;
            }
            n++;
            start = i + 1;
        }
    }
    return n;
}

static int field_is(const struct field *f, const char *s)
{
    return f->len == strlen(s) && memcmp(f->p, s, f->len) == 0;
}

static int field_none(const struct field *f)
{
    return field_is(f, "-");
}

/* Offset of the first byte outside printable ASCII (0x20..0x7E), or -1. */
static long first_non_printable(const struct field *f)
{
    size_t i;
    for (i = 0; i < f->len; i++) {
        unsigned char ch = (unsigned char)f->p[i];
        if (ch < 0x20 || ch > 0x7E)
            return (long)i;
    }
    return -1;
}

/* Offset of the first byte that breaks UTF-8 or is a control byte, or -1. */
static long first_bad_utf8(const struct field *f)
{
    size_t i = 0;
    while (i < f->len) {
        unsigned char ch = (unsigned char)f->p[i];
        size_t need, k;
        unsigned long cp;
        if (ch < 0x80) {
            if (ch < 0x20 || ch == 0x7F)
                return (long)i;
            i++;
            continue;
        }
        if (ch >= 0xC2 && ch <= 0xDF) {
            need = 1;
            cp = ch & 0x1Fu;
        } else if (ch >= 0xE0 && ch <= 0xEF) {
            need = 2;
            cp = ch & 0x0Fu;
        } else if (ch >= 0xF0 && ch <= 0xF4) {
            need = 3;
            cp = ch & 0x07u;
        } else {
            return (long)i;
        }
        if (i + need >= f->len)
            return (long)i;  /* truncated sequence */
        for (k = 1; k <= need; k++) {
            unsigned char cc = (unsigned char)f->p[i + k];
            if ((cc & 0xC0u) != 0x80u)
                return (long)i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return (long)i;
        i += need + 1;
    }
    return -1;
}

/* Checks that a field is printable ASCII; reports and returns 0 if not. */
static int check_ascii(const char *file, long line, const struct field *f,
                       const char *what)
{
    long bad = first_non_printable(f);
    if (bad < 0)
        return 1;
    {
        unsigned char ch = (unsigned char)f->p[bad];
        report(file, line, f->col + bad, "%s byte 0x%02X in %s",
               ch < 0x80 ? "control" : "non-ASCII", ch, what);
    }
    return 0;
}

static int check_nonempty(const char *file, long line, const struct field *f,
                          const char *what)
{
    if (f->len > 0)
        return 1;
    report(file, line, f->col, "empty %s (write - for none)", what);
    return 0;
}

/* ---------------------------------------------------------------------- */
/* The model                                                               */

/*
 * The small vocabularies of the data. Each is written here once: the
 * generator reads data/status.tsv with these words and writes them out as
 * the X-macro lists of httpstatus_codes.h (HTTPSTATUS_CLASS_MAP, ...), from
 * which httpstatus.h makes its enums and the library its name functions.
 * A word's value is its index (a flag's bit is 1 << index); index 0 of the
 * enumerations is "none" and has no entry.
 */
struct word {
    const char *constant;     /* HTTPSTATUS_<prefix><constant> */
    const char *tsv;          /* as data/status.tsv writes it */
    const char *title;        /* as the API names it, where that differs */
    const char *doc;          /* a comment for the generated list */
};

static const struct word class_words[] = {
    {NULL, NULL, NULL, NULL},
    {"INFORMATIONAL", "informational", "Informational", "1xx"},
    {"SUCCESSFUL", "successful", "Successful", "2xx"},
    {"REDIRECTION", "redirection", "Redirection", "3xx"},
    {"CLIENT_ERROR", "client-error", "Client Error", "4xx"},
    {"SERVER_ERROR", "server-error", "Server Error", "5xx"}};

static const struct word status_words[] = {
    {NULL, NULL, NULL, NULL},
    {"PERMANENT", "permanent", NULL, "a permanent registration"},
    {"TEMPORARY", "temporary", NULL, "registered until an expiry date"},
    {"UNUSED", "unused", NULL, "reserved, no phrase: 306, 418"},
    {"OBSOLETED", "obsoleted", NULL, "still listed, not to be used: 510"},
    {"UNREGISTERED", "unregistered", NULL, "not in the registry; see origin"}};
enum { ST_PERMANENT = 1, ST_TEMPORARY, ST_UNUSED, ST_OBSOLETED, ST_UNREGISTERED };

static const struct word level_words[] = {
    {NULL, NULL, NULL, NULL},
    {"MAY", "MAY", NULL, NULL},
    {"SHOULD", "SHOULD", NULL, NULL},
    {"MUST", "MUST", NULL, NULL},
    {"SHOULD_NOT", "SHOULD NOT", NULL, NULL},
    {"MUST_NOT", "MUST NOT", NULL, NULL}};

static const struct word flag_words[] = {
    {"INTERIM", "interim", NULL, "1xx: a final response follows"},
    {"CONTENT_FORBIDDEN", "content-forbidden", NULL, "never has content: 1xx, 204, 205, 304"},
    {"CACHEABLE", "cacheable", NULL, "heuristically cacheable by default"},
    {"METHOD_PRESERVING", "method-preserving", NULL, "a redirect keeps the method: 307, 308"},
    {"METHOD_TO_GET", "method-to-get", NULL, "the follow-up is GET (HEAD stays HEAD): 303"},
    {"METHOD_MAY_CHANGE", "method-may-change", NULL, "POST may become GET: 301, 302"},
    {"RETRYABLE", "retryable", NULL, "the RFC lets the client repeat the request"}};

#define COUNT_OF(a) ((int)(sizeof (a) / sizeof (a)[0]))
#define FLAG_COUNT COUNT_OF(flag_words)
enum {
    FL_INTERIM = 1, FL_NO_CONTENT = 2, FL_CACHEABLE = 4, FL_PRESERVE = 8,
    FL_TO_GET = 16, FL_MAY_CHANGE = 32, FL_RETRYABLE = 64
};

/* Prefixes a constant name may not start with: HTTPSTATUS_<name> would
 * collide with, or be mistaken for, a name httpstatus.h or the generated
 * header defines (HTTPSTATUS_CLASS_*, HTTPSTATUS_VERSION_NUMBER,
 * HTTPSTATUS_MAP, HTTPSTATUS_PARSE_OK, HTTPSTATUS_HAS_RULES, ...). */
static const char *const reserved_prefixes[] = {
    "ANY", "API", "CHECK_", "CLASS_", "CODE", "FIELD_", "FLAG_", "HAS_", "H_",
    "LEVEL_", "MAP", "MAX_", "PARSE_", "RANGES_", "REG_", "REGISTRY", "RULE_",
    "UNOFFICIAL", "VERSION", "XX"};

/* Whole names the header uses as macros (switches, the include guard); a
 * prefix would be too wide here, as NO_CONTENT and NO_RESPONSE are codes. */
static const char *const reserved_names[] = {
    "BUILDING_DLL", "DLL", "H", "INLINE", "NO_DESCRIPTIONS", "NO_INLINE",
    "NO_RULES", "NO_UNOFFICIAL"};

struct rule {
    int field;                /* index into fields[] (0-based) */
    int level;
    int conditional;
    struct field reference;   /* the section that states it; len 0: the row's */
};

struct row {
    long line;
    int code;
    int cls, status, flags;
    int nrules, naliases;
    struct field reason, name, origin, reference, expires, aliases, desc;
    struct field alias[MAX_ALIASES]; /* aliases, split on '|' */
    struct rule rules[MAX_RULES];
};

struct hfield {
    struct field name, reference;
};

static struct row rows[MAX_ROWS];
static int nrows;

static struct hfield fields[MAX_FIELDS];
static int nfields;

/* ---------------------------------------------------------------------- */
/* data/fields.tsv: id <TAB> name <TAB> reference                         */

static int is_tchar(unsigned char c)
{
    /* RFC 9110, Section 5.6.2 token characters */
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
           (c >= 'a' && c <= 'z') || (c != 0 && strchr("!#$%&'*+-.^_`|~", c));
}

static int ascii_casecmp_n(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y)
            return x - y;
    }
    return 0;
}

/* Field ids are the values of enum http_status_field, so a program built
 * against one version of the header names the same field in every later one.
 * They run 1, 2, 3, ... in file order with no gap: a field that is dropped
 * keeps its row with the name "-" (a tombstone), so its id is never given
 * to another field. */
static int parse_field_id(const char *file, long line, const struct field *f,
                          int expected)
{
    size_t i;
    int v = 0;
    long bad = f->len == 0 ? 0 : -1; /* column offset of the first bad byte */
    for (i = 0; i < f->len && bad < 0; i++) {
        if (f->p[i] < '0' || f->p[i] > '9' || (i == 0 && f->p[i] == '0') || i >= 3)
            bad = (long)i;
        else
            v = v * 10 + (f->p[i] - '0');
    }
    if (bad < 0 && v > MAX_FIELDS)
        bad = 0;
    if (bad >= 0) {
        report(file, line, f->col + bad, "field id '%.*s' is not a number from 1 to %d",
               (int)(f->len > 20 ? 20 : f->len), f->p, MAX_FIELDS);
        return -1;
    }
    if (v < expected) {
        report(file, line, f->col,
               "field id %d is already taken: ids are never reused (next free id: %d)",
               v, expected);
        return -1;
    }
    if (v > expected) {
        report(file, line, f->col,
               "field id %d skips id %d: a dropped field keeps its row with the "
               "name - so that its id is never reused",
               v, expected);
        return -1;
    }
    return v;
}

static void parse_fields(const struct text *t)
{
    struct cursor c = {0};
    const char *s;
    size_t len;
    int header_seen = 0;

    c.t = t;
    while (next_line(&c, &s, &len)) {
        struct field f[4];
        size_t n, i;
        int id;
        if (len == 0 || s[0] == '#')
            continue;
        n = split_tabs(s, len, f, 4, 1);
        if (n != 3) {
            report(t->path, c.line, n > 3 ? f[3].col : (long)len + 1,
                   "expected 3 tab-separated columns, found %lu",
                   (unsigned long)n);
            continue;
        }
        if (!header_seen) {
            header_seen = 1;
            if (!field_is(&f[0], "id") || !field_is(&f[1], "name") ||
                !field_is(&f[2], "reference")) {
                report(t->path, c.line, 1,
                       "header row: expected 'id<TAB>name<TAB>reference'");
                return;
            }
            continue;
        }
        id = parse_field_id(t->path, c.line, &f[0], nfields + 1);
        if (id < 0)
            return; /* every later id would be reported too */
        if (!check_nonempty(t->path, c.line, &f[2], "reference") ||
            !check_ascii(t->path, c.line, &f[2], "reference"))
            return;
        fields[nfields].reference = f[2];
        fields[nfields].name = f[1];
        nfields++;
        if (field_none(&f[1]))
            continue; /* a tombstone: the reference says why it was dropped */
        if (!check_nonempty(t->path, c.line, &f[1], "field name"))
            continue;
        for (i = 0; i < f[1].len; i++) {
            if (!is_tchar((unsigned char)f[1].p[i])) {
                report(t->path, c.line, f[1].col + (long)i,
                       "byte 0x%02X is not allowed in a field name",
                       (unsigned char)f[1].p[i]);
                break;
            }
        }
        for (i = 0; i + 1 < (size_t)nfields; i++) {
            if (fields[i].name.len == f[1].len &&
                ascii_casecmp_n(fields[i].name.p, f[1].p, f[1].len) == 0) {
                report(t->path, c.line, f[1].col, "duplicate field name '%.*s'",
                       (int)f[1].len, f[1].p);
                break;
            }
        }
    }
    if (!header_seen)
        report(t->path, c.line + 1, 1, "no header row");
}

/* Whether fields[i] is a live field rather than the tombstone of one. */
static int field_live(int i)
{
    return !field_none(&fields[i].name);
}

/* ---------------------------------------------------------------------- */
/* data/status.tsv                                                         */

enum {
    C_CODE, C_REASON, C_CLASS, C_STATUS, C_EXPIRES, C_NAME, C_ORIGIN,
    C_REFERENCE, C_HEADERS, C_FLAGS, C_ALIASES, C_DESCRIPTION, NCOLS
};
static const char *const column_names[NCOLS] = {
    "code", "reason", "class", "status", "expires", "name", "origin",
    "reference", "headers", "flags", "aliases", "description"};

static int lookup_word(const struct field *f, const struct word *words, int n)
{
    int i;
    for (i = 0; i < n; i++)
        if (words[i].tsv && field_is(f, words[i].tsv))
            return i;
    return -1;
}

/* Splits f on sep into parts; returns how many (parts beyond max dropped).
 * A sep inside [brackets] does not split: a header rule's reference,
 * "[RFC 9110, Section 9.3.3]", holds commas. */
static size_t split_on(const struct field *f, char sep, struct field *out,
                       size_t max)
{
    size_t n = 0, i, start = 0;
    int depth = 0;
    for (i = 0; i <= f->len; i++) {
        if (i < f->len && f->p[i] == '[')
            depth++;
        else if (i < f->len && f->p[i] == ']' && depth > 0)
            depth--;
        if (i == f->len || (f->p[i] == sep && depth == 0)) {
            if (n < max) {
                out[n].p = f->p + start;
                out[n].len = i - start;
                out[n].col = f->col + (long)start;
            }
            n++;
            start = i + 1;
        }
    }
    return n;
}

static int parse_code(const char *file, long line, const struct field *f)
{
    size_t i;
    int v = 0;
    if (f->len != 3) {
        report(file, line, f->col, "code '%.*s' is not three digits",
               (int)(f->len > 20 ? 20 : f->len), f->p);
        return -1;
    }
    for (i = 0; i < 3; i++) {
        if (f->p[i] < '0' || f->p[i] > '9') {
            report(file, line, f->col + (long)i, "code '%.*s' is not three digits",
                   (int)f->len, f->p);
            return -1;
        }
        v = v * 10 + (f->p[i] - '0');
    }
    if (v < 100 || v > 599) {
        report(file, line, f->col, "code %d is outside 100-599", v);
        return -1;
    }
    return v;
}

static int parse_date(const struct field *f)
{
    /* YYYY-MM-DD */
    static const char shape[] = "dddd-dd-dd";
    size_t i;
    int month, day;
    if (f->len != 10)
        return 0;
    for (i = 0; i < 10; i++) {
        if (shape[i] == 'd' ? (f->p[i] < '0' || f->p[i] > '9') : f->p[i] != '-')
            return 0;
    }
    month = (f->p[5] - '0') * 10 + (f->p[6] - '0');
    day = (f->p[8] - '0') * 10 + (f->p[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

static void parse_rules(const char *file, long line, const struct field *f,
                        struct row *r)
{
    struct field parts[MAX_RULES + 1];
    size_t n, i;

    if (field_none(f))
        return;
    n = split_on(f, ',', parts, MAX_RULES + 1);
    if (n > MAX_RULES) {
        report(file, line, parts[MAX_RULES].col,
               "more than %d header rules in one row", MAX_RULES);
        return;
    }
    for (i = 0; i < n; i++) {
        struct field nm, lv, ref = {NULL, 0, 0};
        const char *colon = memchr(parts[i].p, ':', parts[i].len);
        const char *open = memchr(parts[i].p, '[', parts[i].len);
        int fi, level, cond = 0, j;
        /* Field:LEVEL[?][reference]: the section that states the rule, when
         * it is not the row's own */
        if (open != NULL) {
            ref.p = open + 1;
            ref.col = parts[i].col + (long)(open - parts[i].p) + 1;
            ref.len = parts[i].len - (size_t)(open - parts[i].p) - 1;
            if (ref.len == 0 || ref.p[ref.len - 1] != ']') {
                report(file, line, ref.col - 1,
                       "a rule's reference is written [RFC NNNN, Section N.N] at its end");
                continue;
            }
            ref.len--;
            if (!check_nonempty(file, line, &ref, "rule reference") ||
                !check_ascii(file, line, &ref, "rule reference"))
                continue;
            if (memchr(ref.p, '[', ref.len) || memchr(ref.p, ']', ref.len)) {
                report(file, line, ref.col, "a bracket inside a rule's reference");
                continue;
            }
            parts[i].len = (size_t)(open - parts[i].p);
            if (colon > open)
                colon = NULL;
        }
        if (!colon) {
            report(file, line, parts[i].col,
                   "header rule '%.*s' is not Name:LEVEL", (int)parts[i].len,
                   parts[i].p);
            continue;
        }
        nm.p = parts[i].p;
        nm.len = (size_t)(colon - parts[i].p);
        nm.col = parts[i].col;
        lv.p = colon + 1;
        lv.len = parts[i].len - nm.len - 1;
        lv.col = nm.col + (long)nm.len + 1;
        if (lv.len > 0 && lv.p[lv.len - 1] == '?') {
            cond = 1;
            lv.len--;
        }
        fi = -1;
        for (j = 0; j < nfields; j++)
            if (field_live(j) && fields[j].name.len == nm.len &&
                memcmp(fields[j].name.p, nm.p, nm.len) == 0)
                fi = j;
        if (fi < 0) {
            report(file, line, nm.col, "unknown header field '%.*s'",
                   (int)nm.len, nm.p);
            continue;
        }
        level = lookup_word(&lv, level_words, COUNT_OF(level_words));
        if (level < 0) {
            report(file, line, lv.col,
                   "unknown requirement level '%.*s' (MUST, MUST NOT, SHOULD, "
                   "SHOULD NOT or MAY, optionally followed by ?)",
                   (int)lv.len, lv.p);
            continue;
        }
        for (j = 0; j < r->nrules; j++) {
            if (r->rules[j].field == fi) {
                report(file, line, nm.col, "header field '%.*s' listed twice",
                       (int)nm.len, nm.p);
                break;
            }
        }
        if (j < r->nrules)
            continue;
        r->rules[r->nrules].field = fi;
        r->rules[r->nrules].level = level;
        r->rules[r->nrules].conditional = cond;
        r->rules[r->nrules].reference = ref;
        r->nrules++;
    }
}

static int parse_flags(const char *file, long line, const struct field *f)
{
    struct field parts[FLAG_COUNT + 1];
    size_t n, i;
    int flags = 0;

    if (field_none(f))
        return 0;
    n = split_on(f, ',', parts, FLAG_COUNT + 1);
    if (n > FLAG_COUNT) {
        report(file, line, parts[FLAG_COUNT].col, "too many flags");
        return -1;
    }
    for (i = 0; i < n; i++) {
        int k = lookup_word(&parts[i], flag_words, FLAG_COUNT);
        if (k < 0) {
            report(file, line, parts[i].col, "unknown flag '%.*s'",
                   (int)parts[i].len, parts[i].p);
            return -1;
        }
        if (flags & (1 << k)) {
            report(file, line, parts[i].col, "flag '%s' listed twice",
                   flag_words[k].tsv);
            return -1;
        }
        flags |= 1 << k;
    }
    return flags;
}

static int check_constant_name(const char *file, long line, const struct field *f)
{
    size_t i;
    if (f->len == 0 || f->p[0] < 'A' || f->p[0] > 'Z') {
        report(file, line, f->col,
               "constant name must start with an upper-case letter");
        return 0;
    }
    for (i = 0; i < f->len; i++) {
        char ch = f->p[i];
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) {
            report(file, line, f->col + (long)i,
                   "constant name may hold only A-Z, 0-9 and _");
            return 0;
        }
    }
    for (i = 0; i < sizeof reserved_prefixes / sizeof reserved_prefixes[0]; i++) {
        size_t pl = strlen(reserved_prefixes[i]);
        if (f->len >= pl && memcmp(f->p, reserved_prefixes[i], pl) == 0) {
            report(file, line, f->col,
                   "constant name '%.*s' is reserved by httpstatus.h",
                   (int)f->len, f->p);
            return 0;
        }
    }
    for (i = 0; i < sizeof reserved_names / sizeof reserved_names[0]; i++) {
        if (field_is(f, reserved_names[i])) {
            report(file, line, f->col,
                   "constant name '%.*s' is reserved by httpstatus.h",
                   (int)f->len, f->p);
            return 0;
        }
    }
    return 1;
}

static void parse_status(const struct text *t)
{
    struct cursor c = {0};
    const char *s;
    size_t len;
    int header_seen = 0, prev_code = 0;
    const char *file = t->path;

    c.t = t;
    while (next_line(&c, &s, &len)) {
        struct field f[NCOLS + 1];
        struct row r;
        size_t n, i;
        long line = c.line;
        int errors_before = error_count;

        if (len == 0 || s[0] == '#')
            continue;
        n = split_tabs(s, len, f, NCOLS + 1, 1);
        if (n != NCOLS) {
            report(file, line, n > NCOLS ? f[NCOLS].col : (long)len + 1,
                   "expected %d tab-separated columns, found %lu", NCOLS,
                   (unsigned long)n);
            continue;
        }
        if (!header_seen) {
            header_seen = 1;
            for (i = 0; i < NCOLS; i++)
                if (!field_is(&f[i], column_names[i]))
                    report(file, line, f[i].col,
                           "header row: expected column '%s', found '%.*s'",
                           column_names[i], (int)(f[i].len > 40 ? 40 : f[i].len),
                           f[i].p);
            if (error_count > errors_before)
                return;  /* the rest would only repeat the confusion */
            continue;
        }

        memset(&r, 0, sizeof r);
        r.code = parse_code(file, line, &f[C_CODE]);
        if (r.code < 0)
            continue;
        if (r.code == prev_code) {
            report(file, line, f[C_CODE].col, "duplicate code %d", r.code);
            continue;
        }
        if (r.code < prev_code) {
            report(file, line, f[C_CODE].col,
                   "code %d is out of order (after %d): keep rows sorted by code",
                   r.code, prev_code);
            continue;
        }
        prev_code = r.code;

        for (i = 0; i < NCOLS; i++)
            check_nonempty(file, line, &f[i], column_names[i]);
        if (error_count > errors_before)
            continue;

        /* reason */
        r.reason = f[C_REASON];
        if (!field_none(&r.reason) &&
            check_ascii(file, line, &r.reason, "reason phrase")) {
            if (r.reason.p[0] == ' ' || r.reason.p[r.reason.len - 1] == ' ')
                report(file, line, r.reason.col,
                       "reason phrase has a leading or trailing space");
            else if (r.reason.len > 255)
                report(file, line, r.reason.col, "reason phrase too long");
        }

        /* class */
        r.cls = lookup_word(&f[C_CLASS], class_words, COUNT_OF(class_words));
        if (r.cls < 0)
            report(file, line, f[C_CLASS].col,
                   "unknown class '%.*s' (informational, successful, "
                   "redirection, client-error or server-error)",
                   (int)f[C_CLASS].len, f[C_CLASS].p);
        else if (r.cls != r.code / 100)
            report(file, line, f[C_CLASS].col,
                   "class '%s' disagrees with code %d (expected '%s')",
                   class_words[r.cls].tsv, r.code, class_words[r.code / 100].tsv);

        /* registration status and expiry */
        r.status = lookup_word(&f[C_STATUS], status_words, COUNT_OF(status_words));
        r.expires = f[C_EXPIRES];
        if (r.status < 0) {
            report(file, line, f[C_STATUS].col,
                   "unknown registration status '%.*s' (permanent, temporary, "
                   "unused, obsoleted or unregistered)",
                   (int)f[C_STATUS].len, f[C_STATUS].p);
        } else {
            if (r.status == ST_TEMPORARY && !parse_date(&r.expires))
                report(file, line, r.expires.col,
                       "a temporary registration needs its expiry date as "
                       "YYYY-MM-DD");
            if (r.status != ST_TEMPORARY && !field_none(&r.expires))
                report(file, line, r.expires.col,
                       "only a temporary registration has an expiry date");
            if (r.status == ST_UNUSED && !field_none(&r.reason))
                report(file, line, r.reason.col,
                       "an unused code has no reason phrase (write -)");
            /* (an unofficial code may have none: its vendor may publish
             * none, and a phrase is never invented) */
            if (r.status != ST_UNUSED && r.status != ST_UNREGISTERED &&
                field_none(&r.reason))
                report(file, line, r.reason.col, "missing reason phrase");
        }

        /* constant name */
        r.name = f[C_NAME];
        if (check_constant_name(file, line, &r.name)) {
            int k;
            for (k = 0; k < nrows; k++)
                if (rows[k].name.len == r.name.len &&
                    memcmp(rows[k].name.p, r.name.p, r.name.len) == 0)
                    report(file, line, r.name.col,
                           "constant name '%.*s' already used by code %d",
                           (int)r.name.len, r.name.p, rows[k].code);
        }

        /* origin: IANA for registry rows, someone else for the others */
        r.origin = f[C_ORIGIN];
        if (check_ascii(file, line, &r.origin, "origin") && r.status > 0) {
            int iana = field_is(&r.origin, "IANA");
            if (r.status == ST_UNREGISTERED && iana)
                report(file, line, r.origin.col,
                       "an unregistered code names who uses it, not IANA");
            if (r.status != ST_UNREGISTERED && !iana)
                report(file, line, r.origin.col,
                       "a registry row has origin IANA");
        }

        r.reference = f[C_REFERENCE];
        check_ascii(file, line, &r.reference, "reference");

        parse_rules(file, line, &f[C_HEADERS], &r);

        r.flags = parse_flags(file, line, &f[C_FLAGS]);
        if (r.flags >= 0 && r.cls > 0) {
            if (!!(r.flags & FL_INTERIM) != (r.cls == 1))
                report(file, line, f[C_FLAGS].col,
                       "flag 'interim' belongs to every 1xx code and no other");
            if (r.cls == 1 && !(r.flags & FL_NO_CONTENT))
                report(file, line, f[C_FLAGS].col,
                       "a 1xx code needs flag 'content-forbidden'");
            if ((r.flags & (FL_PRESERVE | FL_TO_GET | FL_MAY_CHANGE)) &&
                r.cls != 3)
                report(file, line, f[C_FLAGS].col,
                       "method flags belong to 3xx codes only");
        }

        r.aliases = f[C_ALIASES];
        if (!field_none(&r.aliases) &&
            check_ascii(file, line, &r.aliases, "aliases")) {
            size_t k, na = split_on(&r.aliases, '|', r.alias, MAX_ALIASES);
            if (na > MAX_ALIASES)
                report(file, line, r.aliases.col, "more than %d aliases", MAX_ALIASES);
            for (k = 0; k < na && k < MAX_ALIASES; k++)
                if (r.alias[k].len == 0)
                    report(file, line, r.alias[k].col, "empty alias");
            r.naliases = (int)(na < MAX_ALIASES ? na : MAX_ALIASES);
        }

        r.desc = f[C_DESCRIPTION];
        {
            long bad = first_bad_utf8(&r.desc);
            if (bad >= 0)
                report(file, line, r.desc.col + bad,
                       "byte 0x%02X in description is a control byte or not "
                       "valid UTF-8",
                       (unsigned char)r.desc.p[bad]);
            else if (r.desc.len > 4000)
                report(file, line, r.desc.col,
                       "description longer than 4000 bytes");
        }

        r.line = line;
        if (error_count == errors_before)
            rows[nrows++] = r;
    }
    if (!header_seen)
        report(file, c.line + 1, 1, "no header row");
    else if (nrows == 0 && error_count == 0)
        report(file, c.line + 1, 1, "no status rows");
}

/* Collects the phrases a row answers to: its reason and its aliases. */
static size_t phrases_of(const struct row *r, struct field *out, size_t max)
{
    size_t n = 0;
    int i;
    if (!field_none(&r->reason) && n < max)
        out[n++] = r->reason;
    for (i = 0; i < r->naliases && n < max; i++)
        out[n++] = r->alias[i];
    return n;
}

/*
 * A phrase (current or former) must name one code only, ignoring ASCII
 * case, or the reverse lookup could not answer. Rows are checked in order, so
 * the later row is the one reported, at the column of its phrase.
 */
static void check_phrases_unique(const char *file)
{
    int i, j;
    for (i = 0; i < nrows; i++) {
        struct field mine[17];
        size_t nm = phrases_of(&rows[i], mine, 17), a;
        for (a = 0; a < nm; a++) {
            for (j = 0; j <= i; j++) {
                struct field theirs[17];
                size_t nt = phrases_of(&rows[j], theirs, 17), b;
                for (b = 0; b < nt; b++) {
                    if (j == i && b >= a)
                        break;
                    if (theirs[b].len == mine[a].len &&
                        ascii_casecmp_n(theirs[b].p, mine[a].p, mine[a].len) == 0) {
                        report(file, rows[i].line, mine[a].col,
                               "phrase '%.*s' already names code %d",
                               (int)mine[a].len, mine[a].p, rows[j].code);
                        j = i + 1;
                        break;
                    }
                }
            }
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Descriptions in other languages: data/descriptions.TAG.tsv              */

#define MAX_LANGS 8

struct lang {
    char tag[8];
    struct text text;
    struct field desc[MAX_ROWS]; /* by row index; len 0 = none */
};

static struct lang langs[MAX_LANGS];
static int nlangs;

/* TAG=FILE, with TAG two or three lower-case letters. */
static int parse_lang_arg(const char *arg)
{
    const char *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : 0, i;
    if (n < 2 || n > 3 || nlangs == MAX_LANGS) {
        fprintf(stderr, "gen_table: bad language argument '%s' (want TAG=FILE)\n", arg);
        return -1;
    }
    for (i = 0; i < n; i++)
        if (arg[i] < 'a' || arg[i] > 'z') {
            fprintf(stderr, "gen_table: bad language tag in '%s'\n", arg);
            return -1;
        }
    memcpy(langs[nlangs].tag, arg, n);
    langs[nlangs].tag[n] = '\0';
    if (strcmp(langs[nlangs].tag, "en") == 0) {
        fprintf(stderr, "gen_table: English lives in the status file itself\n");
        return -1;
    }
    if (read_file(eq + 1, &langs[nlangs].text) != 0)
        return -1;
    nlangs++;
    return 0;
}

static void parse_lang(struct lang *lg)
{
    struct cursor c = {0};
    const char *s;
    size_t len;
    int header_seen = 0, prev = 0;
    const char *file = lg->text.path;

    c.t = &lg->text;
    while (next_line(&c, &s, &len)) {
        struct field f[3];
        size_t n;
        int code, r;
        long bad;
        if (len == 0 || s[0] == '#')
            continue;
        n = split_tabs(s, len, f, 3, 1);
        if (n != 2) {
            report(file, c.line, n > 2 ? f[2].col : (long)len + 1,
                   "expected 2 tab-separated columns, found %lu", (unsigned long)n);
            continue;
        }
        if (!header_seen) {
            header_seen = 1;
            if (!field_is(&f[0], "code") || !field_is(&f[1], "description")) {
                report(file, c.line, 1, "header row: expected 'code<TAB>description'");
                return;
            }
            continue;
        }
        code = parse_code(file, c.line, &f[0]);
        if (code < 0)
            continue;
        if (code <= prev) {
            report(file, c.line, 1, code == prev ? "duplicate code %d"
                                                 : "code %d is out of order", code);
            continue;
        }
        prev = code;
        for (r = 0; r < nrows && rows[r].code != code; r++)
            ;
        if (r == nrows) {
            report(file, c.line, 1, "code %d has no row in the status file", code);
            continue;
        }
        if (!check_nonempty(file, c.line, &f[1], "description"))
            continue;
        bad = first_bad_utf8(&f[1]);
        if (bad >= 0) {
            report(file, c.line, f[1].col + bad,
                   "byte 0x%02X in description is a control byte or not valid UTF-8",
                   (unsigned char)f[1].p[bad]);
            continue;
        }
        if (f[1].len > 4000) {
            report(file, c.line, f[1].col, "description longer than 4000 bytes");
            continue;
        }
        lg->desc[r] = f[1];
    }
    if (!header_seen)
        report(file, c.line + 1, 1, "no header row");
}

/* ---------------------------------------------------------------------- */
/* Output                                                                  */

/*
 * The outputs are committed (src/table_data.inc, include/httpstatus_codes.h)
 * and hold everything: what a small build leaves out is wrapped in
 * #if !HTTPSTATUS_NO_DESCRIPTIONS, _NO_UNOFFICIAL and _NO_RULES, so the same
 * files serve every build, with or without CMake, and the drop-in pair too.
 * Rows are numbered registry rows first, then the unofficial ones, so that
 * leaving the latter out removes a tail and renumbers nothing.
 */

/*
 * Strings go into a struct of char arrays, one member per distinct string,
 * as musl's strerror does: offsetof() turns each into a small constant
 * offset, so the table needs no pointers and no load-time relocations, and no
 * string literal exceeds the length every C99 compiler must accept.
 */
struct pool {
    const char *tag;          /* member prefix */
    const struct field *items[MAX_ROWS * 8];
    int n;
    int first_unofficial;     /* items from here on serve unofficial rows only */
};

static int pool_add(struct pool *pl, const struct field *f)
{
    int i;
    for (i = 0; i < pl->n; i++)
        if (pl->items[i]->len == f->len &&
            memcmp(pl->items[i]->p, f->p, f->len) == 0)
            return i;
    pl->items[pl->n] = f;
    return pl->n++;
}

/* Index of a string registered before the pool was written out. */
static int pool_find(const struct pool *pl, const struct field *f)
{
    int i;
    for (i = 0; i < pl->n; i++)
        if (pl->items[i]->len == f->len && memcmp(pl->items[i]->p, f->p, f->len) == 0)
            return i;
    fprintf(stderr, "gen_table: internal error: string '%.*s' not in pool %s\n",
            (int)f->len, f->p, pl->tag);
    exit(3);
}

static void put_c_string(FILE *o, const char *p, size_t len)
{
    size_t i;
    fputc('"', o);
    for (i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (ch == '"' || ch == '\\')
            fprintf(o, "\\%c", ch);
        else if (ch == '?' && i + 1 < len && p[i + 1] == '?')
            fputs("\\?", o);  /* no trigraphs */
        else if (ch < 0x20 || ch >= 0x7F)
            fprintf(o, "\\%03o", ch);  /* octal: never swallows a following digit */
        else
            fputc(ch, o);
    }
    fputc('"', o);
}

/* The file name without its folders, so the output does not depend on where
 * the tree is. */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* SHA-256 of data/, in hex, given by --data-hash (see cmake/DataHash.cmake). */
static char data_hash[65] = "unknown";

static const char *const unofficial_if = "#if !HTTPSTATUS_NO_UNOFFICIAL\n";

/* Writes a pool as a struct of char arrays and its initializer. head_decl
 * and head_init, when given, put a member before the strings (the reason
 * index, kept next to the phrases it points at). */
static void emit_pool_with_head(FILE *o, const struct pool *pl, const char *type,
                                const char *head_decl, void (*head_init)(FILE *))
{
    int i;
    fprintf(o, "static const struct %s {\n", type);
    if (head_decl)
        fprintf(o, "    %s\n", head_decl);
    fputs("    char none[1];\n", o);
    for (i = 0; i < pl->n; i++) {
        if (i == pl->first_unofficial)
            fputs(unofficial_if, o);
        fprintf(o, "    char %s%d[%lu];\n", pl->tag, i,
                (unsigned long)pl->items[i]->len + 1);
    }
    if (pl->first_unofficial < pl->n)
        fputs("#endif\n", o);
    fprintf(o, "} %s = {\n", type);
    if (head_init)
        head_init(o);
    fputs("    \"\",\n", o);
    for (i = 0; i < pl->n; i++) {
        if (i == pl->first_unofficial)
            fputs(unofficial_if, o);
        fputs("    ", o);
        put_c_string(o, pl->items[i]->p, pl->items[i]->len);
        fputs(",\n", o);
    }
    if (pl->first_unofficial < pl->n)
        fputs("#endif\n", o);
    fputs("};\n\n", o);
}

static void emit_pool(FILE *o, const struct pool *pl, const char *type)
{
    emit_pool_with_head(o, pl, type, NULL, NULL);
}

static struct pool names_pool = {"n", {0}, 0, 0};
static struct pool text_pool = {"t", {0}, 0, 0};
static struct pool desc_pool = {"d", {0}, 0, 0};
static struct pool i18n_pool = {"l", {0}, 0, 0};

/* Row numbers: order[k] is the index in rows[] of row k + 1. */
static int order[MAX_ROWS], nregistry;

/* "HTTP/1.1 404 Not Found\r\n" for each registry row with a phrase, so that
 * http_status_line() is one copy (index: rows[]). */
static char line_text[MAX_ROWS][300];
static struct field line_fields[MAX_ROWS];

/* Each stored line fills a slot of LINE_SLOT bytes, NUL-padded, so that
 * http_status_line() copies a fixed size; a longer line is composed at run
 * time instead. */
#define LINE_SLOT 48

static int has_line(const struct row *r)
{
    return r->status != ST_UNREGISTERED && !field_none(&r->reason);
}

static void emit_offset(FILE *o, const struct pool *pl, const char *type,
                        const struct field *f)
{
    if (field_none(f)) {
        fputs("0", o);
        return;
    }
    fprintf(o, "offsetof(struct %s, %s%d)", type, pl->tag, pool_find(pl, f));
}

/*
 * Code -> registry phrase, the hot path of http_status_reason(). Indexed by
 * the code itself from 0, so a lookup needs no subtraction, and kept in the
 * same struct as the phrases, so one base address serves the index and the
 * result (offsets count from the struct's start; 0 is inside the index,
 * never a string, and means "none").
 */
static void emit_reason_of_init(FILE *o)
{
    int i, j;
    fputs("    {", o);
    for (i = 0, j = 0; i < 600; i++) {
        fputs(i % 4 ? " " : "\n     ", o);
        while (j < nrows && rows[j].code < i)
            j++;
        if (j < nrows && rows[j].code == i && has_line(&rows[j]))
            emit_offset(o, &names_pool, "hs_names", &rows[j].reason);
        else
            fputc('0', o);
        fputc(',', o);
    }
    fputs("},\n", o);
}

/* Registers every string, registry rows first, so that the strings only
 * unofficial rows use come last in each pool. */
static void fill_pools(void)
{
    int k, j, i;
    for (i = 0; i < nfields; i++)
        if (field_live(i)) {
            pool_add(&text_pool, &fields[i].name);
            pool_add(&text_pool, &fields[i].reference);
        }
    for (k = 0; k < nrows; k++) {
        const struct row *r = &rows[order[k]];
        if (k == nregistry) {
            names_pool.first_unofficial = names_pool.n;
            text_pool.first_unofficial = text_pool.n;
            desc_pool.first_unofficial = desc_pool.n;
        }
        if (!field_none(&r->reason))
            pool_add(&names_pool, &r->reason);
        pool_add(&text_pool, &r->name);
        pool_add(&text_pool, &r->origin);
        pool_add(&text_pool, &r->reference);
        if (!field_none(&r->expires))
            pool_add(&text_pool, &r->expires);
        for (j = 0; j < r->naliases; j++)
            pool_add(&text_pool, &r->alias[j]);
        for (j = 0; j < r->nrules; j++)
            if (r->rules[j].reference.len > 0)
                pool_add(&text_pool, &r->rules[j].reference);
        if (!field_none(&r->desc))
            pool_add(&desc_pool, &r->desc);
    }
    if (nregistry == nrows) {
        names_pool.first_unofficial = names_pool.n;
        text_pool.first_unofficial = text_pool.n;
        desc_pool.first_unofficial = desc_pool.n;
    }
    /* one pool for every language: the registry rows' texts first */
    for (k = 0; k < nregistry; k++)
        for (i = 0; i < nlangs; i++)
            if (langs[i].desc[order[k]].len)
                pool_add(&i18n_pool, &langs[i].desc[order[k]]);
    i18n_pool.first_unofficial = i18n_pool.n;
    for (k = nregistry; k < nrows; k++)
        for (i = 0; i < nlangs; i++)
            if (langs[i].desc[order[k]].len)
                pool_add(&i18n_pool, &langs[i].desc[order[k]]);
}

static void emit_row(FILE *o, int k, int rule_at, int alias_at)
{
    const struct row *r = &rows[order[k]];
    fprintf(o, "    {%d, ", r->code);
    emit_offset(o, &names_pool, "hs_names", &r->reason);
    fputs(", ", o);
    emit_offset(o, &text_pool, "hs_text", &r->name);
    fputs(", ", o);
    emit_offset(o, &text_pool, "hs_text", &r->origin);
    fputs(", ", o);
    emit_offset(o, &text_pool, "hs_text", &r->reference);
    fputs(", ", o);
    if (field_none(&r->desc))
        fputs("0", o);
    else
        fprintf(o, "HS_D(d%d)", pool_find(&desc_pool, &r->desc));
    fputs(", ", o);
    emit_offset(o, &text_pool, "hs_text", &r->expires);
    fprintf(o, ", HS_R(%d), %d, %lu, %d, %d, %d},\n", rule_at, alias_at,
            (unsigned long)(field_none(&r->reason) ? 0 : r->reason.len),
            r->flags, r->cls, r->status);
}

/* ---------------------------------------------------------------------- */
/* The reverse lookup's perfect hashes (src/reverse.c)                     */

/*
 * http_status_from_reason() and http_status_from_name() find a key in one
 * probe: a hash of the key's length and four of its bytes, ASCII
 * lower-cased, picks a slot, and one exact comparison confirms it. The
 * bytes are those at 0, 1, n/4 and n/2 (2 <= n <= 255), with the 0x20
 * bit set, packed into a 64-bit word with the length; the slot is the
 * top bits of that word times a multiplier, searched for here until no two
 * keys share a slot. src/reverse.c computes the same hash, so the two must change
 * together.
 */
#define KEY_BITS 9
#define KEY_SLOTS (1 << KEY_BITS)
#define KEY_TRIES 2000000L

struct key {
    struct field text;  /* as written in the data */
    long line;
    int row;            /* row number, 1-based, in table order */
};

static struct key phrase_keys[MAX_ROWS * (1 + MAX_ALIASES)], name_keys[MAX_ROWS];
static int nphrase_keys, nname_keys;

static unsigned char lower_byte(char c)
{
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* The part of a key the hash sees: its bytes at 0, 1, n/4 and n/2, each
 * with the 0x20 bit set (which makes letters lower-case, and which the
 * exact comparison after the hash makes up for), in the low four bytes, and
 * its length above them. */
static uint64_t key_sample(const struct field *f)
{
    size_t n = f->len;
    const unsigned char *p = (const unsigned char *)f->p;
    uint32_t bytes = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[n >> 2] << 16 |
                     (uint32_t)p[n >> 1] << 24 | 0x20202020u;
    return bytes | (uint64_t)n << 32;
}

/* The top KEY_BITS bits of the sample times an odd multiplier. */
static unsigned key_slot(const struct field *f, uint64_t mul)
{
    return (unsigned)((key_sample(f) * mul) >> (64 - KEY_BITS));
}

static void collect_keys(void)
{
    int k, j;
    for (k = 0; k < nrows; k++) {
        const struct row *r = &rows[order[k]];
        if (!field_none(&r->reason)) {
            phrase_keys[nphrase_keys].text = r->reason;
            phrase_keys[nphrase_keys].line = r->line;
            phrase_keys[nphrase_keys++].row = k + 1;
        }
        for (j = 0; j < r->naliases; j++) {
            phrase_keys[nphrase_keys].text = r->alias[j];
            phrase_keys[nphrase_keys].line = r->line;
            phrase_keys[nphrase_keys++].row = k + 1;
        }
        name_keys[nname_keys].text = r->name;
        name_keys[nname_keys].line = r->line;
        name_keys[nname_keys++].row = k + 1;
    }
}

/*
 * Every key is at least two bytes long, and no two keys look alike to the
 * hash (same length, same sampled bytes), or no multipliers could separate
 * them. The later key is reported, at its column.
 */
static void check_keys(const char *file, const struct key *keys, int n, const char *what)
{
    int i, j;
    for (i = 0; i < n; i++) {
        uint64_t a;
        if (keys[i].text.len < 2 || keys[i].text.len > 255) {
            report(file, keys[i].line, keys[i].text.col,
                   "%s '%.*s' is not 2 to 255 bytes long, as the reverse lookup needs", what,
                   (int)keys[i].text.len, keys[i].text.p);
            continue;
        }
        a = key_sample(&keys[i].text);
        for (j = 0; j < i; j++) {
            if (keys[j].text.len < 2 || keys[j].text.len > 255)
                continue;
            if (key_sample(&keys[j].text) == a) {
                report(file, keys[i].line, keys[i].text.col,
                       "%s '%.*s' and '%.*s' share their length and the bytes at 0, 1, "
                       "n/4 and n/2 (but for the 0x20 bit), so the reverse lookup's "
                       "hash cannot tell them apart",
                       what, (int)keys[i].text.len, keys[i].text.p, (int)keys[j].text.len,
                       keys[j].text.p);
                break;
            }
        }
    }
}

/* A multiplier under which the keys take distinct slots; 0 when none was
 * found. The search is seeded, so the output is the same on every run. */
static int find_multiplier(const struct key *keys, int n, uint64_t *mul)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    long tries;
    for (tries = 0; tries < KEY_TRIES; tries++) {
        unsigned char used[KEY_SLOTS];
        int i, ok = 1;
        state ^= state << 13; /* xorshift64 */
        state ^= state >> 7;
        state ^= state << 17;
        *mul = state | 1u;
        memset(used, 0, sizeof used);
        for (i = 0; i < n && ok; i++) {
            unsigned slot = key_slot(&keys[i].text, *mul);
            ok = !used[slot];
            used[slot] = 1;
        }
        if (ok)
            return 1;
    }
    return 0;
}

static void emit_key_set(FILE *o, const char *status_path, const struct key *keys, int n,
                         const char *what, unsigned long *text_at)
{
    uint64_t mul;
    unsigned char slots[KEY_SLOTS];
    int i;
    if (n > 255 || !find_multiplier(keys, n, &mul)) {
        fprintf(stderr, "%s:0:0: no perfect hash of the %d %s keys in %d slots\n", status_path,
                n, what, KEY_SLOTS);
        error_count++;
        return;
    }
    memset(slots, 0, sizeof slots);
    for (i = 0; i < n; i++)
        slots[key_slot(&keys[i].text, mul)] = (unsigned char)(i + 1);
    fprintf(o, "const uint64_t httpstatus__%s_mul = UINT64_C(0x%08lX%08lX);\n", what,
            (unsigned long)(mul >> 32), (unsigned long)(mul & 0xFFFFFFFFu));
    fprintf(o, "const struct hs_key httpstatus__%s_keys[] = {\n    {0, 0, 0, 0},\n", what);
    for (i = 0; i < n; i++) {
        fprintf(o, "    {%lu, %d, ", *text_at, (int)keys[i].text.len);
        if (keys[i].row > nregistry)
            fprintf(o, "HS_U(HTTPSTATUS_UNOFFICIAL), %d}, /* %.*s */\n",
                    rows[order[keys[i].row - 1]].code, (int)keys[i].text.len, keys[i].text.p);
        else
            fprintf(o, "HTTPSTATUS_REGISTRY, %d}, /* %.*s */\n", rows[order[keys[i].row - 1]].code,
                    (int)keys[i].text.len, keys[i].text.p);
        *text_at += keys[i].text.len;
    }
    fprintf(o, "};\nconst unsigned char httpstatus__%s_slots[%d] = {", what, KEY_SLOTS);
    for (i = 0; i < KEY_SLOTS; i++)
        fprintf(o, "%s%d,", i % 16 ? " " : "\n    ", slots[i]);
    fputs("\n};\n", o);
}

/* The keys' bytes, letters upper-cased; with mask, 0xDF for each letter
 * and 0xFF for any other byte instead: a byte b matches when b & mask is
 * the key's byte. */
static void emit_keys_text(FILE *o, const struct key *keys, int n, unsigned long *at,
                           int mask)
{
    int i;
    size_t c;
    for (i = 0; i < n; i++)
        for (c = 0; c < keys[i].text.len; c++, (*at)++) {
            unsigned char b = lower_byte(keys[i].text.p[c]);
            int letter = b >= 'a' && b <= 'z';
            fprintf(o, "%s%d,", *at % 16 ? " " : "\n    ",
                    mask ? (letter ? 0xDF : 0xFF) : (letter ? b - 32 : b));
        }
}

static void emit_reverse(FILE *o, const char *status_path)
{
    unsigned long at = 0;
    fputs("/* The reverse lookup (src/reverse.c): the phrases, current and former,\n"
          " * and the constant names, upper-cased, one after another, and 0xDF under\n"
          " * each letter of them and 0xFF under any other byte; then for each set the hash's multiplier, the keys\n"
          " * (offset, length, registry or not, code) and the slots (key index + 1, 0\n"
          " * for none). tools/gen_table.c, \"The reverse lookup's perfect hashes\",\n"
          " * explains the hash. */\n", o);
    fprintf(o, "typedef char hs_key_bits_match[HS_KEY_BITS == %d ? 1 : -1];\n", KEY_BITS);
    fputs("const unsigned char httpstatus__keys[] = {", o);
    emit_keys_text(o, phrase_keys, nphrase_keys, &at, 0);
    emit_keys_text(o, name_keys, nname_keys, &at, 0);
    fputs(" 0\n};\n", o);
    at = 0;
    fputs("const unsigned char httpstatus__key_mask[] = {", o);
    emit_keys_text(o, phrase_keys, nphrase_keys, &at, 1);
    emit_keys_text(o, name_keys, nname_keys, &at, 1);
    fputs(" 0\n};\n", o);
    if (at > 65535) {
        fprintf(stderr, "%s:0:0: the reverse lookup's keys take more than 64 KiB\n",
                status_path);
        error_count++;
    }
    at = 0;
    emit_key_set(o, status_path, phrase_keys, nphrase_keys, "phrase", &at);
    emit_key_set(o, status_path, name_keys, nname_keys, "name", &at);
    fputc('\n', o);
}

static void emit_table(FILE *o, const char *status_path)
{
    int i, j, k, rule_at, alias_at;
    int rules_registry = 0, aliases_registry = 0;

    fill_pools();
    for (i = 0; i < nrows; i++) {
        if (!has_line(&rows[i]))
            continue;
        sprintf(line_text[i], "HTTP/1.1 %d %.*s\r\n", rows[i].code,
                (int)rows[i].reason.len, rows[i].reason.p);
        line_fields[i].p = line_text[i];
        line_fields[i].len = strlen(line_text[i]);
    }

    fprintf(o, "/* Generated from %s by tools/gen_table.c. Do not edit: change the\n"
               " * files in data/ and run `cmake --build build --target regenerate`. */\n\n",
            base_name(status_path));
    fprintf(o, "#define HS_DATA_HASH \"%s\" /* of data/, as cmake/DataHash.cmake takes it */\n\n",
            data_hash);
    fputs("/* What a small build leaves out gives 0: no row, no rule, no text. */\n"
          "#if HTTPSTATUS_NO_UNOFFICIAL\n#define HS_U(row) 0\n#else\n#define HS_U(row) row\n#endif\n"
          "#if HTTPSTATUS_NO_RULES\n#define HS_R(n) 0\n#else\n#define HS_R(n) n\n#endif\n"
          "#if HTTPSTATUS_NO_DESCRIPTIONS\n#define HS_D(member) 0\n#else\n"
          "#define HS_D(member) offsetof(struct hs_desc, member)\n#endif\n\n", o);

    emit_pool_with_head(o, &names_pool, "hs_names", "unsigned short reason_of[600];",
                        emit_reason_of_init);
    emit_pool(o, &text_pool, "hs_text");
    fputs("#if !HTTPSTATUS_NO_DESCRIPTIONS\n", o);
    emit_pool(o, &desc_pool, "hs_desc");
    fputs("#endif\n\n", o);

    fputs("/* Header rules, grouped by row: field id, level, conditional, and the\n"
          " * section that states the rule (0: the row's own). */\n"
          "const struct hs_rule httpstatus__rules[] = {\n#if !HTTPSTATUS_NO_RULES\n", o);
    for (k = 0; k < nrows; k++) {
        const struct row *r = &rows[order[k]];
        if (k == nregistry)
            fputs(unofficial_if, o);
        for (j = 0; j < r->nrules; j++) {
            fprintf(o, "    {%d, %d, %d, ", r->rules[j].field + 1, r->rules[j].level,
                    r->rules[j].conditional);
            if (r->rules[j].reference.len > 0)
                emit_offset(o, &text_pool, "hs_text", &r->rules[j].reference);
            else
                fputc('0', o);
            fprintf(o, "}, /* %d %.*s */\n", r->code, (int)fields[r->rules[j].field].name.len,
                    fields[r->rules[j].field].name.p);
        }
        if (k < nregistry)
            rules_registry += r->nrules;
    }
    if (nregistry < nrows)
        fputs("#endif\n", o);
    fputs("#endif\n    {0, 0, 0, 0}\n};\n\n", o);

    fputs("/* Former phrases, grouped by row: offsets into hs_text. */\n"
          "const unsigned short httpstatus__aliases[] = {\n", o);
    for (k = 0; k < nrows; k++) {
        const struct row *r = &rows[order[k]];
        if (k == nregistry)
            fputs(unofficial_if, o);
        for (j = 0; j < r->naliases; j++) {
            fputs("    ", o);
            emit_offset(o, &text_pool, "hs_text", &r->alias[j]);
            fprintf(o, ", /* %d */\n", r->code);
        }
        if (k < nregistry)
            aliases_registry += r->naliases;
    }
    if (nregistry < nrows)
        fputs("#endif\n", o);
    fputs("    0\n};\n\n", o);

    /* Rows: registry, then unofficial; the row after the last one kept is a
     * sentinel whose rule and alias starts close the last row's ranges. */
    fputs("const struct hs_row httpstatus__rows[] = {\n"
          "    {0, 0, 0, 0, 0, 0, 0, HS_R(0), 0, 0, 0, 0, 0},\n", o);
    for (k = 0, rule_at = 0, alias_at = 0; k < nrows; k++) {
        if (k == nregistry)
            fprintf(o, "#if HTTPSTATUS_NO_UNOFFICIAL\n"
                       "    {1000, 0, 0, 0, 0, 0, 0, HS_R(%d), %d, 0, 0, 0, 0},\n#else\n",
                    rules_registry, aliases_registry);
        emit_row(o, k, rule_at, alias_at);
        rule_at += rows[order[k]].nrules;
        alias_at += rows[order[k]].naliases;
    }
    fprintf(o, "    {1000, 0, 0, 0, 0, 0, 0, HS_R(%d), %d, 0, 0, 0, 0},\n", rule_at, alias_at);
    if (nregistry < nrows)
        fputs("#endif\n", o);
    fputs("};\n\n", o);
    if (rule_at > 65535 || alias_at > 255) {
        fprintf(stderr, "%s:0:0: more header rules or aliases than the row indexes hold\n",
                status_path);
        error_count++;
    }
    fprintf(o, "#if HTTPSTATUS_NO_UNOFFICIAL\n#define HS_ROW_COUNT %d\n#else\n"
               "#define HS_ROW_COUNT %d\n#endif\n"
               "const unsigned httpstatus__row_count = HS_ROW_COUNT;\n\n",
            nregistry, nrows);

    /* Code -> row number, 0 where the table has no row. */
    fputs("static const unsigned char hs_row_of[500] = {", o);
    for (i = 0; i < 500; i++) {
        int row = 0;
        for (k = 0; k < nrows; k++)
            if (rows[order[k]].code == i + 100)
                row = k + 1;
        fputs(i % 16 ? " " : "\n    ", o);
        if (row > nregistry)
            fprintf(o, "HS_U(%d),", row);
        else
            fprintf(o, "%d,", row);
    }
    fputs("\n};\n\n", o);

    /* Code -> whole status line, the hot path of http_status_line(): the
     * lines in one char array (a brace list, so no string literal grows past
     * what C99 compilers must accept), one NUL-padded slot each, and an
     * offset and a length per code (length 0: no line). Shared with
     * src/status_line.c. */
    {
        unsigned long at = 0, offsets[MAX_ROWS];
        fprintf(o, "typedef char hs_line_slot_match[HS_LINE_SLOT == %d ? 1 : -1];\n", LINE_SLOT);
        fputs("const char httpstatus__lines[] = {", o);
        for (i = 0; i < nrows; i++) {
            size_t c;
            if (!has_line(&rows[i]) || line_fields[i].len >= LINE_SLOT)
                continue;
            offsets[i] = at;
            for (c = 0; c < LINE_SLOT; c++, at++)
                fprintf(o, "%s%d,", at % 16 ? " " : "\n    ",
                        c < line_fields[i].len ? (unsigned char)line_text[i][c] : 0);
        }
        fputs("\n};\n\n", o);
        if (at > 65535) {
            fprintf(stderr, "%s:0:0: status lines take more than 64 KiB\n", status_path);
            error_count++;
        }
        /* length << 16 | offset: one load gives both */
        fputs("const uint32_t httpstatus__line_at[600] = {", o);
        for (i = 0, j = 0; i < 600; i++) {
            while (j < nrows && rows[j].code < i)
                j++;
            if (j < nrows && rows[j].code == i && has_line(&rows[j]) &&
                line_fields[j].len < LINE_SLOT)
                fprintf(o, "%s0x%06lXu,", i % 8 ? " " : "\n    ",
                        (unsigned long)line_fields[j].len << 16 | offsets[j]);
            else
                fprintf(o, "%s0,", i % 8 ? " " : "\n    ");
        }
        fputs("\n};\n\n", o);
    }

    emit_reverse(o, status_path);

    /* Fields by id; a dropped field keeps an empty slot. */
    fputs("static const struct hs_field hs_fields[] = {\n    {0, 0},\n", o);
    for (i = 0; i < nfields; i++) {
        if (!field_live(i)) {
            fprintf(o, "    {0, 0}, /* %d: dropped; the id is not reused */\n", i + 1);
            continue;
        }
        fputs("    {", o);
        emit_offset(o, &text_pool, "hs_text", &fields[i].name);
        fputs(", ", o);
        emit_offset(o, &text_pool, "hs_text", &fields[i].reference);
        fputs("},\n", o);
    }
    fputs("};\n\n", o);

    /* Descriptions in other languages: one blob, and per language an offset
     * for each row (0: none, use English). */
    if (nlangs == 0) {
        fputs("#define HS_LANG_COUNT 0\n", o);
        return;
    }
    fprintf(o, "#if HTTPSTATUS_NO_DESCRIPTIONS\n#define HS_LANG_COUNT 0\n#else\n"
               "#define HS_LANG_COUNT %d\n", nlangs);
    emit_pool(o, &i18n_pool, "hs_i18n");
    fprintf(o, "static const char hs_lang_tags[%d][4] = {", nlangs);
    for (i = 0; i < nlangs; i++)
        fprintf(o, "%s\"%s\"", i ? ", " : "", langs[i].tag);
    fputs("};\n", o);
    fprintf(o, "static const unsigned short hs_lang_desc[%d][HS_ROW_COUNT + 2] = {\n", nlangs);
    for (i = 0; i < nlangs; i++) {
        fputs("    {0,", o);
        for (k = 0; k < nrows; k++) {
            const struct field *d = &langs[i].desc[order[k]];
            if (k == nregistry)
                fputs("\n#if !HTTPSTATUS_NO_UNOFFICIAL", o);
            fputs(k % 4 && k != nregistry ? " " : "\n     ", o);
            if (d->len)
                emit_offset(o, &i18n_pool, "hs_i18n", d);
            else
                fputs("0", o);
            fputc(',', o);
        }
        if (nregistry < nrows)
            fputs("\n#endif", o);
        fputs("\n     0},\n", o);
    }
    fputs("};\n#endif\n", o);
}

static void put_upper_ident(FILE *o, const struct field *f)
{
    size_t i;
    for (i = 0; i < f->len; i++) {
        char ch = f->p[i];
        if (ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 32);
        else if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            ch = '_';
        fputc(ch, o);
    }
}

static void emit_map(FILE *o, const char *macro, int unofficial)
{
    int i;
    fprintf(o, "#define %s(XX) \\\n", macro);
    for (i = 0; i < nrows; i++) {
        const struct row *r = &rows[i];
        if ((r->status == ST_UNREGISTERED) != unofficial)
            continue;
        fprintf(o, "    XX(%d, %.*s, ", r->code, (int)r->name.len, r->name.p);
        if (field_none(&r->reason))
            put_c_string(o, "", 0);
        else
            put_c_string(o, r->reason.p, r->reason.len);
        fputs(") \\\n", o);
    }
    fputs("    /* end */\n\n", o);
}

/* One vocabulary as an X-macro list: XX(value, NAME, "tsv word") with the
 * API's title before the word where the API's name differs from it. */
static void emit_words(FILE *o, const char *macro, const char *shape,
                       const char *what, const struct word *words, int n, int bits)
{
    int i;
    fprintf(o, "/*\n * %s(XX) expands XX(%s):\n"
               " * %s, as data/status.tsv spells them.\n */\n"
               "#define %s(XX) \\\n", macro, shape, what, macro);
    for (i = 0; i < n; i++) {
        if (words[i].constant == NULL)
            continue;
        if (bits)
            fprintf(o, "    XX(0x%02Xu, %s, ", 1u << i, words[i].constant);
        else
            fprintf(o, "    XX(%d, %s, ", i, words[i].constant);
        if (words[i].title) {
            put_c_string(o, words[i].title, strlen(words[i].title));
            fputs(", ", o);
        }
        put_c_string(o, words[i].tsv, strlen(words[i].tsv));
        fputs(")", o);
        if (words[i].doc)
            fprintf(o, " /* %s */", words[i].doc);
        fputs(" \\\n", o);
    }
    fputs("    /* end */\n\n", o);
}

static void emit_header(FILE *o, const char *status_path)
{
    int i, nreg = 0, nlive = 0;
    fprintf(o,
            "/* Generated from %s by tools/gen_table.c. Do not edit: change the\n"
            " * files in data/ and run `cmake --build build --target regenerate`.\n"
            " * Include <httpstatus.h>, which includes this file. */\n"
            "#ifndef HTTPSTATUS_CODES_H\n#define HTTPSTATUS_CODES_H\n\n",
            base_name(status_path));
    fputs("/*\n"
          " * HTTPSTATUS_MAP(XX) expands XX(code, NAME, \"Reason Phrase\") once for\n"
          " * every code of the IANA HTTP Status Code Registry, in code order. The\n"
          " * reason is \"\" for the codes the registry marks (Unused): 306, 418.\n"
          " * HTTPSTATUS_UNOFFICIAL_MAP(XX) does the same for the widely used codes\n"
          " * that are not in the registry, with \"\" where the vendor publishes no\n"
          " * phrase (530); it is empty in a build with HTTPSTATUS_NO_UNOFFICIAL.\n"
          " */\n", o);
    emit_map(o, "HTTPSTATUS_MAP", 0);
    for (i = 0; i < nrows; i++)
        nreg += rows[i].status != ST_UNREGISTERED;
    fputs("#if HTTPSTATUS_NO_UNOFFICIAL\n#define HTTPSTATUS_UNOFFICIAL_MAP(XX)\n"
          "#define HTTPSTATUS_UNOFFICIAL_COUNT 0\n#else\n", o);
    emit_map(o, "HTTPSTATUS_UNOFFICIAL_MAP", 1);
    fprintf(o, "#define HTTPSTATUS_UNOFFICIAL_COUNT %d\n#endif\n\n", nrows - nreg);
    fprintf(o, "/* Number of rows in HTTPSTATUS_MAP. */\n"
               "#define HTTPSTATUS_REGISTRY_COUNT %d\n\n", nreg);
    fputs("/*\n"
          " * HTTPSTATUS_FIELD_MAP(XX) expands XX(id, NAME, \"Field-Name\") for every\n"
          " * header field the table relates to a code (data/fields.tsv). The id is\n"
          " * the field's value in enum http_status_field; ids are never reused.\n"
          " */\n"
          "#define HTTPSTATUS_FIELD_MAP(XX) \\\n", o);
    for (i = 0; i < nfields; i++) {
        if (!field_live(i))
            continue;
        fprintf(o, "    XX(%d, ", i + 1);
        put_upper_ident(o, &fields[i].name);
        fputs(", ", o);
        put_c_string(o, fields[i].name.p, fields[i].name.len);
        fputs(") \\\n", o);
        nlive++;
    }
    fprintf(o, "    /* end */\n\n"
               "/* The number of fields in the list, and the highest id given so far. */\n"
               "#define HTTPSTATUS_FIELD_COUNT %d\n#define HTTPSTATUS_FIELD_MAX_ID %d\n\n",
            nlive, nfields);
    emit_words(o, "HTTPSTATUS_CLASS_MAP", "value, NAME, \"Title\", \"slug\"",
               "the classes of enum http_status_class", class_words,
               COUNT_OF(class_words), 0);
    emit_words(o, "HTTPSTATUS_REGISTRATION_MAP", "value, NAME, \"name\"",
               "the registration statuses of enum http_status_registration",
               status_words, COUNT_OF(status_words), 0);
    emit_words(o, "HTTPSTATUS_LEVEL_MAP", "value, NAME, \"NAME\"",
               "the requirement levels of enum http_status_level", level_words,
               COUNT_OF(level_words), 0);
    emit_words(o, "HTTPSTATUS_FLAG_MAP", "bit, NAME, \"name\"",
               "the flags of enum http_status_flag", flag_words, FLAG_COUNT, 1);
    fputs("#endif /* HTTPSTATUS_CODES_H */\n", o);
}

/* Writes through a temporary file so a failure never leaves a partial one. */
static int write_output(const char *path, const char *src,
                        void (*emit)(FILE *, const char *))
{
    char tmp[4096];
    FILE *o;
    int bad;
    if (strlen(path) + 5 > sizeof tmp) {
        fprintf(stderr, "%s:0:0: output path too long\n", path);
        return -1;
    }
    sprintf(tmp, "%s.tmp", path);
    o = fopen(tmp, "wb");
    if (!o) {
        fprintf(stderr, "%s:0:0: cannot write: %s\n", tmp, strerror(errno));
        return -1;
    }
    emit(o, src);
    bad = ferror(o) || error_count > 0;
    bad |= fclose(o) != 0;
    if (bad) {
        remove(tmp);
        fprintf(stderr, "%s:0:0: write error\n", tmp);
        return -1;
    }
    remove(path);  /* rename() does not replace on every system */
    if (rename(tmp, path) != 0) {
        remove(tmp);
        fprintf(stderr, "%s:0:0: cannot rename: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

static int is_hex_hash(const char *s)
{
    size_t i;
    for (i = 0; s[i]; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return i == 64;
}

int main(int argc, char **argv)
{
    struct text status, fieldtext;
    int check_only = 0, i, first = 1, positional;
    const char *status_path, *fields_path;

    for (; first < argc && strncmp(argv[first], "--", 2) == 0; first++) {
        if (strcmp(argv[first], "--check") == 0) {
            check_only = 1;
        } else if (strncmp(argv[first], "--data-hash=", 12) == 0 &&
                   is_hex_hash(argv[first] + 12)) {
            memcpy(data_hash, argv[first] + 12, sizeof data_hash); /* 64 digits and NUL */
        } else {
            break;
        }
    }
    positional = check_only ? 2 : 4;
    if (argc - first < positional || (first < argc && strncmp(argv[first], "--", 2) == 0)) {
        fprintf(stderr,
                "usage: gen_table [OPTIONS] STATUS_TSV FIELDS_TSV OUT_TABLE OUT_HEADER [TAG=FILE...]\n"
                "       gen_table --check STATUS_TSV FIELDS_TSV [TAG=FILE...]\n"
                "TAG=FILE adds the descriptions in language TAG from FILE.\n"
                "OPTIONS: --data-hash=HEX, the SHA-256 of data/ to record in the\n"
                "output (64 lower-case hex digits; cmake/DataHash.cmake computes it).\n");
        return 2;
    }
    for (i = first + positional; i < argc; i++)
        if (parse_lang_arg(argv[i]) != 0)
            return 2;
    status_path = argv[first];
    fields_path = argv[first + 1];
    if (read_file(fields_path, &fieldtext) != 0)
        return 1;
    parse_fields(&fieldtext);
    if (error_count)
        return 1;
    if (read_file(status_path, &status) != 0)
        return 1;
    parse_status(&status);
    if (error_count == 0)
        check_phrases_unique(status_path);
    for (i = 0; i < nlangs && error_count == 0; i++)
        parse_lang(&langs[i]);
    if (error_count > MAX_ERRORS)
        fprintf(stderr, "%s: %d more errors not shown\n", status_path,
                error_count - MAX_ERRORS);
    if (error_count)
        return 1;
    for (i = 0; i < nrows; i++) /* row numbers: the registry first */
        if (rows[i].status != ST_UNREGISTERED)
            order[nregistry++] = i;
    for (i = 0, positional = nregistry; i < nrows; i++)
        if (rows[i].status == ST_UNREGISTERED)
            order[positional++] = i;
    collect_keys();
    check_keys(status_path, phrase_keys, nphrase_keys, "phrase");
    check_keys(status_path, name_keys, nname_keys, "name");
    if (error_count)
        return 1;
    if (check_only)
        return 0;
    if (write_output(argv[first + 2], status_path, emit_table) != 0 ||
        write_output(argv[first + 3], status_path, emit_header) != 0)
        return 1;
    return 0;
}
