/*
 * Calls every library function, with no stdio or other libc use that could
 * allocate, so that `valgrind ./alloc_probe` reporting "0 allocs" shows the
 * library allocates nothing (.ci/run checks that). Run alone, it exits 0
 * when every answer is as expected.
 */
#include <stddef.h>

/* The exported copies of the inline functions are library functions too. */
#define HTTPSTATUS_NO_INLINE
#include "httpstatus.h"

int main(void)
{
    static const char *const fields[] = {"Allow", "Content-Type"};
    struct http_status_violation v[4];
    struct http_status_response response = {0};
    struct http_status_header header;
    http_status_parsed parsed;
    http_status_info info;
    static char body[4096];
    struct http_status_reply reply = {0};
    struct http_status_reply_error why;
    struct http_status_finding findings[4];
    char buf[64], date[32];
    size_t written;
    int code, bad = 0;
    unsigned i;

    response.fields = fields;
    response.field_count = 2;
    response.has_content = 1;
    response.method = "GET";
    reply.method = "HEAD";
    reply.allow = "GET";
    reply.upgrade = "h2c";
    reply.www_authenticate = "Basic";
    reply.proxy_authenticate = "Basic";
    reply.content_range = "bytes 0-1/2";
    reply.extra = "ETag: \"a\"\r\n";
    for (code = -5; code <= 605; code++) {
        size_t n = http_status_line(buf, sizeof buf, code);
        bad |= http_status_is_valid(code) != (n != 0);
        if (n)
            bad |= http_status_parse_line(buf, n, 0, &parsed) != HTTPSTATUS_PARSE_OK;
        http_status_line_version(buf, sizeof buf, code, 0);
        http_status_text(buf, sizeof buf, code);
        http_status_reason(code);
        http_status_reason_in(code, HTTPSTATUS_ANY);
        http_status_description(code);
        http_status_description_in(code, HTTPSTATUS_ANY, "ko");
        http_status_class_name(http_status_class(code));
        http_status_is_informational(code);
        http_status_is_successful(code);
        http_status_is_redirection(code);
        http_status_is_client_error(code);
        http_status_is_server_error(code);
        http_status_is_error(code);
        http_status_lookup(code, HTTPSTATUS_ANY, &info);
        http_status_header_level(code, HTTPSTATUS_FIELD_ALLOW);
        http_status_is_cacheable(code);
        http_status_may_have_content(code, "GET");
        http_status_redirect_method(code, "POST");
        http_status_is_retryable(code);
        http_status_retry_after_applies(code);
        response.code = code;
        http_status_check(&response, HTTPSTATUS_CHECK_CONDITIONAL, v, 4);
        http_status_header_at(code, HTTPSTATUS_ANY, 0, &header);
        http_status_alias_at(code, HTTPSTATUS_ANY, 0);
        http_status_next(code, HTTPSTATUS_ANY);
        http_status_body_in(body, sizeof body, code, HTTPSTATUS_FORMAT_HTML, "<\xff>", "ko");
        http_status_media_type(HTTPSTATUS_FORMAT_JSON, code);
        reply.code = code;
        reply.format = (enum http_status_format)(code % 3);
        written = http_status_reply(body, sizeof body, &reply, &why);
        bad |= written == 0 && why.code == HTTPSTATUS_REPLY_OK;
        if (written)
            http_status_lint(body, written, reply.method, NULL, findings, 4);
    }
    for (i = 0; i < 32; i++) {
        http_status_field_name((enum http_status_field)i);
        http_status_field_reference((enum http_status_field)i);
        http_status_level_name((enum http_status_level)i);
        http_status_language_at(i);
        http_status_has_language(i % 2 ? "ko" : "xx");
        http_status_registration_name((enum http_status_registration)i);
        http_status_flag_name(1u << i);
        http_status_rule_name((enum http_status_rule)i);
        http_status_parse_result_name((enum http_status_parse_result)i);
        http_status_severity_name((enum http_status_severity)i);
        http_status_format_name((enum http_status_format)i);
        http_status_reply_error_name((enum http_status_reply_error_code)i);
    }
    bad |= http_status_date(date, sizeof date, 784111777) != 29;
    bad |= http_status_body(NULL, 0, 404, HTTPSTATUS_FORMAT_TEXT, NULL) == 0;
    bad |= http_status_from_reason("Not Found") != 404;
    bad |= http_status_from_reason_n("teapot", 6, HTTPSTATUS_ANY) != 0;
    bad |= http_status_from_name("NOT_FOUND") != 404;
    bad |= http_status_from_name_n("X", 1, HTTPSTATUS_ANY) != 0;
    bad |= http_status_version() == NULL || http_status_version_number() <= 0;
    return bad;
}
