/*
 * The reference pages: see pages.h. Every string from the table goes out
 * through put_text(), which escapes it for HTML; the pages hold one inline
 * stylesheet and one small script, and load nothing else.
 *
 * SPDX-License-Identifier: MIT
 */
#include "pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "record.h"
#include "search.h"

#define QUERY_VALUE_MAX 256
#define SEARCH_WORDS_MAX 16

/* A page being written; `full` once something did not fit. */
struct html {
    char *buf;
    size_t size, len;
    int full;
};

static void put_n(struct html *h, const char *s, size_t n)
{
    if (h->full || n > h->size - h->len) {
        h->full = 1;
        return;
    }
    memcpy(h->buf + h->len, s, n);
    h->len += n;
}

static void put(struct html *h, const char *s)
{
    put_n(h, s, strlen(s));
}

/* Text for an element or a quoted attribute; NULL writes nothing. */
static void put_text(struct html *h, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': put(h, "&amp;"); break;
        case '<': put(h, "&lt;"); break;
        case '>': put(h, "&gt;"); break;
        case '"': put(h, "&quot;"); break;
        case '\'': put(h, "&#39;"); break;
        default: put_n(h, s, 1);
        }
    }
}

/* The same, ASCII letters lower-cased: the text the script searches. */
static void put_search_text(struct html *h, const char *s)
{
    char low[2] = {0, 0};
    for (; s && *s; s++) {
        if (*s >= 'A' && *s <= 'Z') {
            low[0] = (char)(*s + 32);
            put(h, low);
        } else {
            char one[2] = {*s, 0};
            put_text(h, one);
        }
    }
}

static void put_int(struct html *h, int v)
{
    char digits[16];
    snprintf(digits, sizeof digits, "%d", v);
    put(h, digits);
}

/* ---- the query ------------------------------------------------------------ */

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
         : -1;
}

/* The value of name= in the query, percent-decoded and '+' as a space, into
 * out (at most size - 1 bytes, then cut); 0 when the query has no such
 * parameter. A '%' not followed by two hex digits stays as it is. */
static int query_value(const char *q, size_t len, const char *name, char *out, size_t size)
{
    size_t i = 0, n = strlen(name), o = 0;
    while (i < len) {
        size_t start = i, end;
        while (i < len && q[i] != '&')
            i++;
        end = i++;
        if (end - start > n && memcmp(q + start, name, n) == 0 && q[start + n] == '=') {
            size_t j;
            for (j = start + n + 1; j < end && o + 1 < size; j++) {
                int hi, lo;
                if (q[j] == '+') {
                    out[o++] = ' ';
                } else if (q[j] == '%' && j + 2 < end && (hi = hex_digit(q[j + 1])) >= 0 &&
                           (lo = hex_digit(q[j + 2])) >= 0) {
                    out[o++] = (char)(hi * 16 + lo);
                    j += 2;
                } else {
                    out[o++] = q[j];
                }
            }
            out[o] = '\0';
            return 1;
        }
    }
    if (size > 0)
        out[0] = '\0';
    return 0;
}

/* Splits text in place into words at spaces and controls. */
static size_t split_words(char *text, const char **words, size_t max)
{
    size_t n = 0;
    char *p = text;
    while (*p && n < max) {
        while (*p && (unsigned char)*p <= ' ')
            p++;
        if (!*p)
            break;
        words[n++] = p;
        while (*p && (unsigned char)*p > ' ')
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

/* ---- pieces shared by the pages ------------------------------------------ */

static const char style[] =
    ":root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#5c6166;--link:#0b57d0;"
    "--line:#dcdfe3;--must:#b3261e}"
    "@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#16171a;--muted:#a3a8ad;"
    "--link:#8ab4f8;--line:#34373c;--must:#f2b8b5}}"
    "body{margin:0 auto;max-width:54rem;padding:1rem;font:16px/1.5 system-ui,sans-serif;"
    "color:var(--fg);background:var(--bg)}"
    "a{color:var(--link)}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .3rem}"
    "ul{list-style:none;margin:0;padding:0}li{padding:.35rem 0;border-bottom:1px solid var(--line)}"
    ".code{font-weight:700;font-variant-numeric:tabular-nums;margin-right:.35rem}"
    ".summary,.origin{display:block;color:var(--muted);font-size:.92rem}"
    "form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0 1rem}"
    "input{font:inherit;padding:.4rem .5rem;flex:1 1 14rem;min-width:0;color:inherit;"
    "background:transparent;border:1px solid var(--line);border-radius:.3rem}"
    "button{font:inherit;padding:.4rem .8rem}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{color:var(--muted)}dd{margin:0}"
    ".wide{overflow-x:auto}table{border-collapse:collapse;width:100%}"
    "th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}"
    ".MUST,.MUST_NOT{color:var(--must);font-weight:700}.expired{color:var(--must);font-weight:700}"
    "@media (max-width:32rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}";

/* The live filter; the form also works without it, as ?q= on the server. */
static const char script[] =
    "(function(){var box=document.getElementById('q'),items=document.querySelectorAll('li[data-s]'),"
    "count=document.getElementById('count');"
    "function filter(){var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;"
    "items.forEach(function(li){var s=li.getAttribute('data-s'),ok=words.every(function(w){"
    "return s.indexOf(w)>=0;});li.hidden=!ok;if(ok)shown++;});"
    "document.querySelectorAll('section').forEach(function(sec){"
    "sec.hidden=!sec.querySelector('li:not([hidden])');});"
    "count.textContent=shown+(shown===1?' code':' codes');}"
    "if(location.hash.indexOf('#q=')===0){try{box.value=decodeURIComponent(location.hash.slice(3));}"
    "catch(e){box.value=location.hash.slice(3);}}"
    "box.addEventListener('input',filter);filter();})();";

static void page_start(struct html *h, const char *title)
{
    put(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    put_text(h, title);
    put(h, "</title>\n<style>");
    put(h, style);
    put(h, "</style>\n</head>\n<body>\n");
}

static void page_end(struct html *h, int with_script)
{
    put(h, "<footer><p class=\"summary\">From the table of httpstatus ");
    put_text(h, http_status_version());
    put(h, ": the IANA HTTP Status Code Registry and the RFCs it cites, and, kept apart, "
           "codes in wide use outside it.</p></footer>\n");
    if (with_script) {
        put(h, "<script>");
        put(h, script);
        put(h, "</script>\n");
    }
    put(h, "</body>\n</html>\n");
}

/* "?lang=ko" for links when the page is in Korean, else "". */
static const char *lang_suffix(const char *lang)
{
    return lang ? "?lang=ko" : "";
}

/* The first sentence of text: its length, up to and with the first ". ". */
static size_t first_sentence(const char *text)
{
    const char *stop = text ? strstr(text, ". ") : NULL;
    return text == NULL ? 0 : stop ? (size_t)(stop - text) + 1 : strlen(text);
}

/* The rows `code` has: the registry's, else the unofficial ones. */
static unsigned rows_of(int code)
{
    http_status_info info;
    return http_status_lookup(code, HTTPSTATUS_REGISTRY, &info) ? HTTPSTATUS_REGISTRY
                                                                : HTTPSTATUS_UNOFFICIAL;
}

static void put_phrase(struct html *h, const struct record *rec)
{
    if (rec->info.reason)
        put_text(h, rec->info.reason);
    else
        put(h, rec->info.registration == HTTPSTATUS_REG_UNUSED ? "(Unused)" : "(no phrase)");
}

/* ---- the index ------------------------------------------------------------- */

static void index_item(struct html *h, const struct record *rec, const char *lang)
{
    unsigned i;
    put(h, "<li id=\"c");
    put_int(h, rec->info.code);
    put(h, "\" data-s=\"");
    put_int(h, rec->info.code);
    put(h, " ");
    put_search_text(h, rec->info.reason);
    put(h, " ");
    put_search_text(h, rec->info.name);
    for (i = 0; i < rec->info.alias_count; i++) {
        put(h, " ");
        put_search_text(h, http_status_alias_at(rec->info.code, rec->which, i));
    }
    put(h, " ");
    put_search_text(h, rec->info.description);
    if (rec->description != rec->info.description) {
        put(h, " ");
        put_search_text(h, rec->description);
    }
    put(h, "\"><a href=\"/codes/");
    put_int(h, rec->info.code);
    put(h, lang_suffix(lang));
    put(h, "\"><span class=\"code\">");
    put_int(h, rec->info.code);
    put(h, "</span>");
    put_phrase(h, rec);
    put(h, "</a>");
    if (rec->which == HTTPSTATUS_UNOFFICIAL) {
        put(h, "<span class=\"origin\">");
        put_text(h, rec->info.origin);
        put(h, "</span>");
    }
    if (rec->description) {
        char sentence[1024];
        size_t n = first_sentence(rec->description);
        if (n >= sizeof sentence)
            n = sizeof sentence - 1;
        memcpy(sentence, rec->description, n);
        sentence[n] = '\0';
        put(h, lang ? "<span class=\"summary\" lang=\"ko\">" : "<span class=\"summary\">");
        put_text(h, sentence);
        put(h, "</span>");
    }
    put(h, "</li>\n");
}

/* One section of the index: the rows `which` selects in one class (or, for
 * cls NONE, every class); only those that match the words, when there are
 * any, and no section at all when none does. Returns how many it listed. */
static unsigned index_section(struct html *h, unsigned which, enum http_status_class cls,
                              const char *title, const char *id, const char *lang,
                              const char *const *words, size_t word_count)
{
    unsigned listed = 0;
    size_t start = h->len;
    int c;
    put(h, "<section id=\"");
    put(h, id);
    put(h, "\">\n<h2>");
    put_text(h, title);
    put(h, "</h2>\n<ul>\n");
    for (c = http_status_next(0, which); c; c = http_status_next(c, which)) {
        struct record rec;
        if ((cls != HTTPSTATUS_CLASS_NONE && http_status_class(c) != cls) ||
            !record_fetch(&rec, c, which, lang))
            continue;
        if (word_count > 0 && search_rank(&rec, words, word_count) == SEARCH_NONE)
            continue;
        index_item(h, &rec, lang);
        listed++;
    }
    put(h, "</ul>\n</section>\n");
    if (listed == 0 && !h->full)
        h->len = start; /* no empty section */
    return listed;
}

static void write_index(struct html *h, const char *lang, char *q)
{
    static const char *const classes[] = {"", "1xx Informational", "2xx Successful",
                                          "3xx Redirection", "4xx Client Error",
                                          "5xx Server Error"};
    const char *words[SEARCH_WORDS_MAX];
    size_t word_count;
    unsigned listed = 0, k;
    size_t count_at;
    char query_copy[QUERY_VALUE_MAX];

    memcpy(query_copy, q, strlen(q) + 1);
    word_count = split_words(q, words, SEARCH_WORDS_MAX);
    page_start(h, "HTTP status codes");
    put(h, "<header>\n<h1>HTTP status codes</h1>\n"
           "<form action=\"/\" method=\"get\" role=\"search\">\n"
           "<label for=\"q\">Search</label>\n<input id=\"q\" name=\"q\" type=\"search\" value=\"");
    put_text(h, query_copy);
    put(h, "\" placeholder=\"phrase, name or words of the description\">\n");
    if (lang)
        put(h, "<input type=\"hidden\" name=\"lang\" value=\"ko\">\n");
    put(h, "<button type=\"submit\">Search</button>\n</form>\n<p>");
    put(h, lang ? "<a href=\"/?lang=en\">English</a> · 한국어" : "English · <a href=\"/?lang=ko\">한국어</a>");
    put(h, "</p>\n</header>\n<main>\n<p id=\"count\">");
    count_at = h->len;
    put(h, "             </p>\n");
    for (k = 1; k <= 5; k++) {
        char id[16];
        snprintf(id, sizeof id, "class-%u", k);
        listed += index_section(h, HTTPSTATUS_REGISTRY, (enum http_status_class)k, classes[k], id,
                                lang, words, word_count);
    }
    listed += index_section(h, HTTPSTATUS_UNOFFICIAL, HTTPSTATUS_CLASS_NONE,
                            "Unofficial codes, outside the registry", "unofficial", lang, words,
                            word_count);
    put(h, "</main>\n");
    /* the count, known only now, in the room kept for it */
    if (!h->full) {
        char count[16];
        int n = snprintf(count, sizeof count, "%u %s", listed, listed == 1 ? "code" : "codes");
        memcpy(h->buf + count_at, count, (size_t)n);
    }
    page_end(h, 1);
}

/* ---- one code ---------------------------------------------------------------- */

static void write_code(struct html *h, const struct record *rec, const char *lang)
{
    const http_status_info *info = &rec->info;
    struct http_status_header field;
    char title[320];
    unsigned i, bit;
    const char *flag;

    snprintf(title, sizeof title, "%d %s", info->code,
             info->reason ? info->reason
                          : info->registration == HTTPSTATUS_REG_UNUSED ? "(Unused)" : "(no phrase)");
    page_start(h, title);
    put(h, "<nav><a href=\"/");
    put(h, lang_suffix(lang));
    put(h, "\">All codes</a></nav>\n<main>\n<h1>");
    put_text(h, title);
    put(h, "</h1>\n");
    if (rec->description) {
        put(h, lang ? "<p lang=\"ko\">" : "<p>");
        put_text(h, rec->description);
        put(h, "</p>\n");
    }
    put(h, "<dl>\n<dt>Class</dt><dd>");
    put_text(h, http_status_class_name(info->cls));
    put(h, "</dd>\n<dt>Constant</dt><dd><code>HTTPSTATUS_");
    put_text(h, info->name);
    put(h, "</code></dd>\n<dt>Registration</dt><dd>");
    put_text(h, registration_slug(info->registration));
    if (info->expires) {
        put(h, ", until ");
        put_text(h, info->expires);
        if (rec->expired)
            put(h, " <span class=\"expired\">(expired)</span>");
    }
    put(h, "</dd>\n<dt>Origin</dt><dd>");
    put_text(h, info->origin);
    put(h, "</dd>\n<dt>Defined in</dt><dd>");
    put_text(h, info->reference ? info->reference : "(no section)");
    put(h, "</dd>\n");
    if (info->alias_count > 0) {
        put(h, "<dt>Former phrases</dt><dd>");
        for (i = 0; i < info->alias_count; i++) {
            if (i > 0)
                put(h, "; ");
            put_text(h, http_status_alias_at(info->code, rec->which, i));
        }
        put(h, "</dd>\n");
    }
    put(h, "<dt>Flags</dt><dd>");
    for (i = 0, bit = 0; (flag = flag_at(info->flags, &bit)) != NULL; i++) {
        if (i > 0)
            put(h, ", ");
        put_text(h, flag);
    }
    if (i == 0)
        put(h, "none");
    put(h, "</dd>\n</dl>\n<h2>Header fields</h2>\n");
    if (info->header_count == 0) {
        put(h, "<p>The table relates no header field to this code.</p>\n");
    } else {
        put(h, "<div class=\"wide\"><table>\n<thead><tr><th>Field</th><th>Level</th><th>When</th>"
               "<th>Section</th></tr></thead>\n<tbody>\n");
        for (i = 0; http_status_header_at(info->code, rec->which, i, &field); i++) {
            const char *level = http_status_level_name(field.level);
            char level_class[16];
            size_t k;
            snprintf(level_class, sizeof level_class, "%s", level ? level : "");
            for (k = 0; level_class[k]; k++)
                if (level_class[k] == ' ')
                    level_class[k] = '_';
            put(h, "<tr><td>");
            put_text(h, http_status_field_name(field.field));
            put(h, "</td><td class=\"");
            put_text(h, level_class);
            put(h, "\">");
            put_text(h, level);
            put(h, "</td><td>");
            put(h, field.conditional ? "under the condition its section states" : "always");
            put(h, "</td><td>");
            put_text(h, field.reference);
            put(h, "</td></tr>\n");
        }
        put(h, "</tbody>\n</table></div>\n");
    }
    put(h, "<h2>Try it</h2>\n<p><a href=\"/status/");
    put_int(h, info->code);
    put(h, "\">GET /status/");
    put_int(h, info->code);
    put(h, "</a>");
    if (http_status_is_informational(info->code))
        put(h, " (a 1xx is never a final answer, so this server says 400)");
    put(h, "</p>\n</main>\n");
    page_end(h, 0);
}

static void write_missing(struct html *h, const char *what)
{
    page_start(h, "No such code");
    put(h, "<nav><a href=\"/\">All codes</a></nav>\n<main>\n<h1>No such code</h1>\n<p>The table "
           "has no row for ");
    put_text(h, what);
    put(h, ".</p>\n</main>\n");
    page_end(h, 0);
}

/* ---- entry points ---------------------------------------------------------- */

int page_is_page(const char *path, size_t len)
{
    return (len == 1 && path[0] == '/') || (len >= 7 && memcmp(path, "/codes/", 7) == 0);
}

int page_write(char *buf, size_t size, size_t *len, const char *path, size_t path_len,
               const char *query, size_t query_len, const char *lang)
{
    struct html h;
    char q[QUERY_VALUE_MAX], tag[16], what[32];
    int status = 200;

    h.buf = buf;
    h.size = size;
    h.len = 0;
    h.full = 0;
    if (query && query_value(query, query_len, "lang", tag, sizeof tag))
        lang = tag;
    /* the pages know one language beside English, Korean */
    lang = lang && http_status_has_language(lang) && (lang[0] | 0x20) == 'k' ? "ko" : NULL;
    if (!query || !query_value(query, query_len, "q", q, sizeof q))
        q[0] = '\0';

    if (path_len == 1 && q[0] == '\0') {
        /* the two unsearched indexes never change while the server runs:
         * written once, then copied */
        static char *cache[2];
        static size_t cache_len[2];
        int k = lang != NULL;
        if (cache[k] == NULL) {
            write_index(&h, lang, q);
            if (!h.full && (cache[k] = malloc(h.len)) != NULL) {
                memcpy(cache[k], h.buf, h.len);
                cache_len[k] = h.len;
            }
        } else {
            put_n(&h, cache[k], cache_len[k]);
        }
    } else if (path_len == 1) {
        write_index(&h, lang, q);
    } else {
        struct record rec;
        int code = 0;
        size_t i, digits = path_len - 7;
        for (i = 7; i < path_len && path[i] >= '0' && path[i] <= '9' && i < 10; i++)
            code = code * 10 + (path[i] - '0');
        if (digits == 3 && i == path_len && record_fetch(&rec, code, rows_of(code), lang)) {
            write_code(&h, &rec, lang);
        } else {
            snprintf(what, sizeof what, digits == 3 && i == path_len ? "%d" : "that name", code);
            write_missing(&h, what);
            status = 404;
        }
    }
    *len = h.full ? 0 : h.len;
    return status;
}
