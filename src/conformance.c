/*
 * Checks a response's header field names, content and request method
 * against the rules the table holds for its code.
 *
 * SPDX-License-Identifier: MIT
 */
#include "table.h"

#include <string.h>

/* Whether one of the field names is name, ignoring ASCII case. */
static int carries(const char *const *fields, size_t count, const char *name)
{
    size_t i, n = strlen(name);
    for (i = 0; i < count; i++)
        if (fields[i] != NULL && strlen(fields[i]) == n &&
            httpstatus__same_ascii_ci(fields[i], name, n))
            return 1;
    return 0;
}

/* Adds a violation: stores it when there is room, counts it always. */
static void report(struct http_status_violation *out, size_t out_size,
                   size_t *count, enum http_status_rule rule,
                   enum http_status_field field, enum http_status_level level,
                   int conditional, const char *reference)
{
    if (*count < out_size) {
        struct http_status_violation *v = &out[*count];
        v->rule = rule;
        v->field = field;
        v->level = level;
        v->conditional = conditional;
        v->reference = reference;
    }
    ++*count;
}

static int is_must(enum http_status_level level)
{
    return level == HTTPSTATUS_LEVEL_MUST || level == HTTPSTATUS_LEVEL_MUST_NOT;
}

size_t http_status_check(const struct http_status_response *r, unsigned options,
                         struct http_status_violation *out, size_t out_size)
{
    size_t count = 0, field_count;
    unsigned row, i;
    const char *reference, *method;
    const char *const *fields;
    int code, head, connect;
    int want_conditional = (options & HTTPSTATUS_CHECK_CONDITIONAL) != 0;
    int must_only = (options & HTTPSTATUS_CHECK_MUST_ONLY) != 0;

    if (out == NULL)
        out_size = 0;
    if (r == NULL || !http_status_is_valid(r->code)) {
        report(out, out_size, &count, HTTPSTATUS_RULE_INVALID_CODE,
               HTTPSTATUS_FIELD_NONE, HTTPSTATUS_LEVEL_MUST, 0,
               "RFC 9110, Section 15");
        return count;
    }
    code = r->code;
    method = r->method;
    fields = r->fields;
    field_count = fields ? r->field_count : 0;
    head = method != NULL && strcmp(method, "HEAD") == 0;
    connect = method != NULL && strcmp(method, "CONNECT") == 0;

    row = httpstatus__find_row(code, 0);
    for (i = row ? httpstatus__rows[row].rule_first : 0;
         row && i < httpstatus__rows[row + 1].rule_first; i++) {
        const struct hs_rule *rule = &httpstatus__rules[i];
        enum http_status_field field = (enum http_status_field)rule->field;
        enum http_status_level level = (enum http_status_level)rule->level;
        int present;
        if ((rule->conditional && !want_conditional) || (must_only && !is_must(level)))
            continue;
        present = carries(fields, field_count, http_status_field_name(field));
        reference = httpstatus__rule_reference(row, i);
        if ((level == HTTPSTATUS_LEVEL_MUST || level == HTTPSTATUS_LEVEL_SHOULD) && !present)
            report(out, out_size, &count, HTTPSTATUS_RULE_FIELD_MISSING, field,
                   level, rule->conditional, reference);
        else if ((level == HTTPSTATUS_LEVEL_MUST_NOT ||
                  level == HTTPSTATUS_LEVEL_SHOULD_NOT) && present)
            report(out, out_size, &count, HTTPSTATUS_RULE_FIELD_FORBIDDEN, field,
                   level, rule->conditional, reference);
    }

    /* Framing fields where no content can follow, unless the code's own
     * row already said so (100, 204): on every 1xx, with a row or not,
     * which those fields' own sections forbid (RFC 9110, 8.6; RFC 9112,
     * 6.1), and on a 2xx to CONNECT, which a tunnel follows (RFC 9110,
     * 9.3.6). */
    if (http_status_is_informational(code) || (connect && http_status_is_successful(code))) {
        static const enum http_status_field framing[] = {
            HTTPSTATUS_FIELD_CONTENT_LENGTH, HTTPSTATUS_FIELD_TRANSFER_ENCODING};
        for (i = 0; i < 2; i++)
            if (http_status_header_level(code, framing[i]) != HTTPSTATUS_LEVEL_MUST_NOT &&
                carries(fields, field_count, http_status_field_name(framing[i])))
                report(out, out_size, &count, HTTPSTATUS_RULE_FIELD_FORBIDDEN,
                       framing[i], HTTPSTATUS_LEVEL_MUST_NOT, 0,
                       http_status_is_informational(code)
                           ? http_status_field_reference(framing[i])
                           : "RFC 9110, Section 9.3.6");
    }

    /* Content: RFC 9110, 15.2 for every 1xx; the code's own section for
     * 204, 205 and 304; else the method's (a response to HEAD; a 2xx to
     * CONNECT). */
    if (r->has_content && !http_status_may_have_content(code, method)) {
        const char *why;
        if (http_status_is_informational(code))
            why = "RFC 9110, Section 15.2";
        else if (!http_status_may_have_content(code, NULL)) /* a row's flag */
            why = httpstatus__text_at(httpstatus__rows[row].reference);
        else
            why = head ? "RFC 9110, Section 9.3.2" : "RFC 9110, Section 9.3.6";
        report(out, out_size, &count, HTTPSTATUS_RULE_CONTENT_FORBIDDEN,
               HTTPSTATUS_FIELD_NONE, HTTPSTATUS_LEVEL_MUST_NOT, 0, why);
    }
    return count;
}

const char *http_status_rule_name(enum http_status_rule rule)
{
    switch (rule) {
#define XX(value, name, string, meaning) case HTTPSTATUS_RULE_##name: return string;
    HTTPSTATUS_RULE_MAP(XX)
#undef XX
    case HTTPSTATUS_RULE_NONE: break;
    }
    return NULL;
}
