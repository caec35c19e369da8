/*
 * Whole HTTP/1.x responses: the status line, the fields the code needs,
 * framing that RFC 9110 and RFC 9112 allow, and the default body; or a
 * refusal that names the rule the response would break.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint32_t field_set; /* bit f: field id f is given */
typedef char field_ids_fit_in_a_set[HTTPSTATUS_FIELD_MAX_ID < 32 ? 1 : -1];

#define BIT(field) ((field_set)1 << (field))

/* The members of struct http_status_reply that hold a field's value, as
 * offsets, so that the list needs no relocations; and whether the field's
 * grammar allows an empty value (an empty Allow lists no method, an empty
 * Location is a same-document reference). */
static const struct {
    unsigned char field;
    unsigned char member;
    unsigned char may_be_empty;
} value_members[] = {
#define M(field, member, may_be_empty)                                          \
    {HTTPSTATUS_FIELD_##field, (unsigned char)offsetof(struct http_status_reply, member),  \
     may_be_empty}
    M(LOCATION, location, 1),
    M(ALLOW, allow, 1),
    M(RETRY_AFTER, retry_after, 0),
    M(WWW_AUTHENTICATE, www_authenticate, 0),
    M(PROXY_AUTHENTICATE, proxy_authenticate, 0),
    M(UPGRADE, upgrade, 0),
    M(CONTENT_RANGE, content_range, 0),
#undef M
};
typedef char member_offsets_fit_in_a_byte[offsetof(struct http_status_reply, extra) < 256 ? 1 : -1];

static const char *member_at(const struct http_status_reply *r, unsigned offset)
{
    const char *const *p = (const char *const *)(const void *)((const char *)r + offset);
    return *p;
}

/* Whether s[0..n) may be a field value: no control byte but tab (RFC 9110,
 * Section 5.5), so that nothing in it can end the line or the header. */
static int is_field_value(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t') || c == 0x7F)
            return 0;
    }
    return 1;
}

/* Writes an empty string and fills *error. name is the field's when it is
 * not one of the table's. */
static size_t refuse(struct httpstatus__out *o, struct http_status_reply_error *error,
                     enum http_status_reply_error_code code, enum http_status_field field,
                     const char *name, const char *reference, size_t offset)
{
    if (error != NULL) {
        static const char sections[][32] = {
            "",
#define XX(value, name, id, section, message) section,
            HTTPSTATUS_REPLY_ERROR_MAP(XX)
#undef XX
        };
        error->code = code;
        error->field = field;
        error->field_name = field != HTTPSTATUS_FIELD_NONE ? http_status_field_name(field) : name;
        if (reference == NULL && sections[code][0] != '\0')
            reference = sections[code];
        error->reference = reference;
        error->offset = offset;
    }
    o->len = 0;
    httpstatus__finish(o);
    return 0;
}

/* Whether extra may not hold the field name[0..n): the reply writes it
 * itself, or takes it in a member, so that each field has one way in. The
 * names are compared as written, not through the table, whose rows may
 * change. */
static int is_reserved(const char *name, size_t n, enum http_status_field field)
{
    static const char written[][18] = {"Content-Length", "Transfer-Encoding",
                                       "Content-Type", "Date", "Connection"};
    size_t i;
    for (i = 0; i < sizeof written / sizeof written[0]; i++)
        if (strlen(written[i]) == n && httpstatus__same_ascii_ci(name, written[i], n))
            return 1;
    for (i = 0; i < sizeof value_members / sizeof value_members[0]; i++)
        if (field == (enum http_status_field)value_members[i].field)
            return 1;
    return 0;
}

/* Reads a decimal number, saturating at SIZE_MAX; 0 when there is none. */
static int read_size(const char **s, size_t *out)
{
    const char *p = *s;
    size_t v = 0;
    if (*p < '0' || *p > '9')
        return 0;
    for (; *p >= '0' && *p <= '9'; p++)
        v = v > (SIZE_MAX - 9) / 10 ? SIZE_MAX : v * 10 + (size_t)(*p - '0');
    *s = p;
    *out = v;
    return 1;
}

/* Whether a 206's Content-Range, "bytes first-last/length" with a length
 * or "*" (RFC 9110, Section 14.4), names exactly the n bytes of the body. */
static int range_is_body(const char *v, size_t n)
{
    size_t first, last, complete;
    if (strlen(v) < 6 || !httpstatus__same_ascii_ci(v, "bytes ", 6))
        return 0;
    v += 6;
    if (!read_size(&v, &first) || *v++ != '-' || !read_size(&v, &last) || *v++ != '/')
        return 0;
    if (n == 0 || last < first || last - first != n - 1)
        return 0;
    if (v[0] == '*' && v[1] == '\0')
        return 1;
    return read_size(&v, &complete) && *v == '\0' && last < complete;
}

/* "Connection" when the line at s names that field, else NULL: the one
 * name a refusal reports that is not a field of the table. */
static const char *connection_at(const char *s)
{
    return strlen(s) > 10 && httpstatus__same_ascii_ci(s, "Connection", 10) && s[10] == ':'
               ? "Connection"
               : NULL;
}

/*
 * Reads extra, "name: value\r\n" lines, adding the fields of the table it
 * names to *given. Returns HTTPSTATUS_REPLY_OK, or the error with the
 * line's offset and field in *at and *field.
 */
static enum http_status_reply_error_code read_extra(const char *extra, field_set *given,
                                                    size_t *at, enum http_status_field *field)
{
    size_t p = 0;
    while (extra[p] != '\0') {
        size_t name = p, end;
        const char *cr;
        *at = p;
        *field = HTTPSTATUS_FIELD_NONE;
        while (httpstatus__is_tchar((unsigned char)extra[p]))
            p++;
        if (p == name || extra[p] != ':')
            return HTTPSTATUS_REPLY_EXTRA_INVALID;
        cr = strchr(extra + p, '\r');
        if (cr == NULL)
            return HTTPSTATUS_REPLY_EXTRA_INVALID;
        end = (size_t)(cr - extra);
        *field = httpstatus__field_id(extra + name, p - name);
        /* a lone CR, or an LF before the CRLF, is a byte of the value */
        if (!is_field_value(extra + p + 1, end - p - 1) || extra[end + 1] != '\n')
            return HTTPSTATUS_REPLY_VALUE_INVALID;
        if (is_reserved(extra + name, p - name, *field))
            return HTTPSTATUS_REPLY_FIELD_RESERVED;
        if (*field != HTTPSTATUS_FIELD_NONE) {
            if (*given & BIT(*field))
                return HTTPSTATUS_REPLY_FIELD_TWICE;
            *given |= BIT(*field);
        }
        p = end + 2;
    }
    return HTTPSTATUS_REPLY_OK;
}

static void put_field(struct httpstatus__out *o, const char *name, const char *value)
{
    httpstatus__puts(o, name);
    httpstatus__put(o, ": ", 2);
    httpstatus__puts(o, value);
    httpstatus__put(o, "\r\n", 2);
}

size_t http_status_reply(char *buf, size_t size, const struct http_status_reply *r,
                         struct http_status_reply_error *error)
{
    struct httpstatus__out o;
    struct http_status_header h;
    field_set given = 0;
    enum http_status_field field = HTTPSTATUS_FIELD_NONE;
    size_t i, at = 0, body_len = 0;
    const char *connection;
    char line[300];
    int code, get_content, sends_content, connect_2xx;

    o.buf = buf;
    o.size = buf != NULL ? size : 0;
    o.len = 0;
    if (error != NULL)
        memset(error, 0, sizeof *error);
    if (r == NULL || !http_status_is_valid(r->code))
        return refuse(&o, error, HTTPSTATUS_REPLY_CODE_INVALID, field, NULL, NULL, 0);
    code = r->code;
    if (http_status_format_name(r->format) == NULL)
        return refuse(&o, error, HTTPSTATUS_REPLY_FORMAT_INVALID, field, NULL, NULL, 0);
    if (r->request_http10 && http_status_is_informational(code))
        return refuse(&o, error, HTTPSTATUS_REPLY_INTERIM_TO_HTTP10, field, NULL, NULL, 0);

    for (i = 0; i < sizeof value_members / sizeof value_members[0]; i++) {
        const char *v = member_at(r, value_members[i].member);
        field = (enum http_status_field)value_members[i].field;
        if (v == NULL)
            continue;
        if (!is_field_value(v, strlen(v)) || (v[0] == '\0' && !value_members[i].may_be_empty))
            return refuse(&o, error, HTTPSTATUS_REPLY_VALUE_INVALID, field, NULL, NULL, 0);
        given |= BIT(field);
    }
    field = HTTPSTATUS_FIELD_NONE;
    connection = r->connection != NULL && r->connection[0] != '\0' ? r->connection : NULL;
    if (connection != NULL && !is_field_value(connection, strlen(connection)))
        return refuse(&o, error, HTTPSTATUS_REPLY_VALUE_INVALID, field, "Connection", NULL, 0);
    if (r->date != NULL) {
        if (!httpstatus__is_imf_fixdate(r->date, strlen(r->date)))
            return refuse(&o, error, HTTPSTATUS_REPLY_DATE_INVALID, HTTPSTATUS_FIELD_DATE,
                          NULL, NULL, 0);
        given |= BIT(HTTPSTATUS_FIELD_DATE);
    }
    if (r->extra != NULL) {
        enum http_status_reply_error_code e = read_extra(r->extra, &given, &at, &field);
        if (e != HTTPSTATUS_REPLY_OK)
            return refuse(&o, error, e, field, connection_at(r->extra + at), NULL, at);
    }

    /* The table's unconditional MUST and MUST NOT rules for the code, and a
     * 206's Content-Range, whose condition (a single part) holds for every
     * body written here. */
    for (i = 0; http_status_header_at(code, 0, (unsigned)i, &h); i++) {
        int has = (given & BIT(h.field)) != 0;
        if (h.conditional &&
            !(code == HTTPSTATUS_PARTIAL_CONTENT && h.field == HTTPSTATUS_FIELD_CONTENT_RANGE))
            continue;
        if ((h.level == HTTPSTATUS_LEVEL_MUST && !has) ||
            (h.level == HTTPSTATUS_LEVEL_MUST_NOT && has))
            return refuse(&o, error,
                          has ? HTTPSTATUS_REPLY_FIELD_FORBIDDEN : HTTPSTATUS_REPLY_FIELD_MISSING,
                          h.field, NULL, h.reference, 0);
    }

    /* Content: a GET would get it unless the code forbids it; HEAD and a 2xx
     * to CONNECT get none, but HEAD gets the fields a GET would. */
    get_content = http_status_may_have_content(code, "GET");
    sends_content = http_status_may_have_content(code, r->method);
    connect_2xx = r->method != NULL && strcmp(r->method, "CONNECT") == 0 &&
                  http_status_is_successful(code);
    if (get_content && !connect_2xx) {
        struct httpstatus__out count;
        count.buf = NULL;
        count.size = 0;
        count.len = 0;
        httpstatus__body(&count, code, r->format, r->detail, r->lang);
        body_len = count.len;
        if (code == HTTPSTATUS_PARTIAL_CONTENT && r->content_range != NULL &&
            !range_is_body(r->content_range, body_len))
            return refuse(&o, error, HTTPSTATUS_REPLY_RANGE_MISMATCH,
                          HTTPSTATUS_FIELD_CONTENT_RANGE, NULL, NULL, 0);
    }

    httpstatus__put(&o, line, http_status_line(line, sizeof line, code));
    if (r->date != NULL)
        put_field(&o, "Date", r->date);
    for (i = 0; i < sizeof value_members / sizeof value_members[0]; i++) {
        const char *v = member_at(r, value_members[i].member);
        if (v != NULL)
            put_field(&o, http_status_field_name((enum http_status_field)value_members[i].field),
                      v);
    }
    if (r->extra != NULL)
        httpstatus__puts(&o, r->extra);
    /* RFC 9110, Section 7.8: a sender of Upgrade also sends the "upgrade"
     * connection option. */
    if (r->upgrade != NULL || connection != NULL) {
        httpstatus__puts(&o, "Connection: ");
        if (r->upgrade != NULL)
            httpstatus__puts(&o, connection != NULL ? "upgrade, " : "upgrade");
        if (connection != NULL)
            httpstatus__puts(&o, connection);
        httpstatus__put(&o, "\r\n", 2);
    }
    if (get_content && !connect_2xx)
        put_field(&o, "Content-Type", http_status_media_type(r->format, code));
    /* RFC 9110, Section 8.6: never on a 1xx, a 204 or a 2xx to CONNECT; on a
     * 304 only the length of the 200 it stands for, which is not known here.
     * A 205 says 0 (Section 15.3.6); HEAD gets the length a GET would. */
    if (!http_status_is_informational(code) && code != HTTPSTATUS_NO_CONTENT &&
        code != HTTPSTATUS_NOT_MODIFIED && !connect_2xx) {
        char length[24];
        size_t n = sizeof length - 1, v = body_len;
        length[n] = '\0';
        do {
            length[--n] = (char)('0' + v % 10u);
            v /= 10u;
        } while (v != 0);
        put_field(&o, "Content-Length", length + n);
    }
    httpstatus__put(&o, "\r\n", 2);
    if (sends_content)
        httpstatus__body(&o, code, r->format, r->detail, r->lang);
    /* a saturated length: a HEAD response states the body's without
     * writing it */
    return o.len != SIZE_MAX && body_len != SIZE_MAX ? httpstatus__finish(&o)
                             : refuse(&o, error, HTTPSTATUS_REPLY_TOO_LARGE,
                                      HTTPSTATUS_FIELD_NONE, NULL, NULL, 0);
}

const char *http_status_reply_error_name(enum http_status_reply_error_code error)
{
    switch (error) {
#define XX(value, name, id, section, message) case HTTPSTATUS_REPLY_##name: return id;
    HTTPSTATUS_REPLY_ERROR_MAP(XX)
#undef XX
    case HTTPSTATUS_REPLY_OK: break;
    }
    return NULL;
}

/* This file ends where the next begins in the drop-in httpstatus.c. */
#undef BIT
