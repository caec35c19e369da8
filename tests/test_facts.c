/*
 * Facts from the RFCs, the registry and the vendors, written here by hand
 * rather than read from the data file, so a wrong row in data/status.tsv
 * fails this test even though the oracle test (which trusts the file)
 * passes. Each names its source. Never fill this file from data/status.tsv,
 * nor the data from this file: when the two disagree, the RFC, the registry
 * or the vendor's text decides which one is wrong.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

#if HTTPSTATUS_HAS_RULES
static void assert_level(int code, enum http_status_field f,
                         enum http_status_level want, int conditional)
{
    struct http_status_header h;
    unsigned i, seen = 0;
    if (http_status_header_level(code, f) != want)
        fail_msg("%d %s: expected %s, got %s", code, http_status_field_name(f),
                 http_status_level_name(want),
                 http_status_level_name(http_status_header_level(code, f)));
    for (i = 0; http_status_header_at(code, HTTPSTATUS_REGISTRY, i, &h); i++)
        if (h.field == f) {
            assert_int_equal(h.conditional != 0, conditional);
            seen++;
        }
    assert_int_equal(seen, want != HTTPSTATUS_LEVEL_NONE);
}

#endif

static int has_flag(int code, unsigned flag)
{
    http_status_info info;
    assert_true(http_status_lookup(code, HTTPSTATUS_ANY, &info));
    return (info.flags & flag) != 0;
}

#if HTTPSTATUS_HAS_RULES
static void test_required_header_fields(void **state)
{
    (void)state;
    /* RFC 9110, 15.5.6: the origin server MUST generate Allow in a 405. */
    assert_level(405, HTTPSTATUS_FIELD_ALLOW, HTTPSTATUS_LEVEL_MUST, 0);
    /* 15.5.2: a 401 MUST carry WWW-Authenticate. */
    assert_level(401, HTTPSTATUS_FIELD_WWW_AUTHENTICATE, HTTPSTATUS_LEVEL_MUST, 0);
    /* 15.5.8: a 407 MUST carry Proxy-Authenticate. */
    assert_level(407, HTTPSTATUS_FIELD_PROXY_AUTHENTICATE, HTTPSTATUS_LEVEL_MUST, 0);
    /* 15.2.2 and 15.5.22: 101 and 426 MUST carry Upgrade. */
    assert_level(101, HTTPSTATUS_FIELD_UPGRADE, HTTPSTATUS_LEVEL_MUST, 0);
    assert_level(426, HTTPSTATUS_FIELD_UPGRADE, HTTPSTATUS_LEVEL_MUST, 0);
    /* 15.3.7.1: a single-part 206 MUST carry Content-Range. */
    assert_level(206, HTTPSTATUS_FIELD_CONTENT_RANGE, HTTPSTATUS_LEVEL_MUST, 1);
    /* 15.5.17: a 416 to a byte-range request SHOULD carry Content-Range. */
    assert_level(416, HTTPSTATUS_FIELD_CONTENT_RANGE, HTTPSTATUS_LEVEL_SHOULD, 1);
    /* 15.4.2, 15.4.3, 15.4.8, 15.4.9: Location SHOULD be generated. */
    assert_level(301, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0);
    assert_level(302, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0);
    assert_level(307, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0);
    assert_level(308, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0);
    /* 15.4.5: a 304 MUST carry those of these fields a 200 would have sent. */
    assert_level(304, HTTPSTATUS_FIELD_ETAG, HTTPSTATUS_LEVEL_MUST, 1);
    assert_level(304, HTTPSTATUS_FIELD_CONTENT_LOCATION, HTTPSTATUS_LEVEL_MUST, 1);
    assert_level(304, HTTPSTATUS_FIELD_DATE, HTTPSTATUS_LEVEL_MUST, 1);
    assert_level(304, HTTPSTATUS_FIELD_VARY, HTTPSTATUS_LEVEL_MUST, 1);
    assert_level(304, HTTPSTATUS_FIELD_CACHE_CONTROL, HTTPSTATUS_LEVEL_MUST, 1);
    assert_level(304, HTTPSTATUS_FIELD_EXPIRES, HTTPSTATUS_LEVEL_MUST, 1);
    /* 15.6.4 and RFC 6585, 4: Retry-After is optional on 503 and 429. */
    assert_level(503, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_MAY, 0);
    assert_level(429, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_MAY, 0);
    /* 15.5.14: a 413 SHOULD carry Retry-After when the condition is temporary. */
    assert_level(413, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_SHOULD, 1);
    /* 15.6.2 gives 501 no Retry-After, whatever the write-ups say. */
    assert_level(501, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_NONE, 0);
    /* 8.6: no Content-Length on 1xx or 204. */
    assert_level(100, HTTPSTATUS_FIELD_CONTENT_LENGTH, HTTPSTATUS_LEVEL_MUST_NOT, 0);
    assert_level(204, HTTPSTATUS_FIELD_CONTENT_LENGTH, HTTPSTATUS_LEVEL_MUST_NOT, 0);
    assert_level(200, HTTPSTATUS_FIELD_CONTENT_LENGTH, HTTPSTATUS_LEVEL_NONE, 0);
}


/*
 * Every header rule of the registry rows, written out by hand from the RFCs
 * and never from data/status.tsv: the field, the level of the BCP 14
 * keyword, whether a condition applies, and the section whose sentence
 * holds the keyword. A field a section names without a keyword is MAY (the
 * policy of data/status.tsv). When this list and the data disagree, the RFC
 * decides which one is wrong.
 */
#define CL HTTPSTATUS_FIELD_CONTENT_LENGTH
#define TE HTTPSTATUS_FIELD_TRANSFER_ENCODING
#define S9110(n) "RFC 9110, Section " n
/* RFC 9110, 8.6: "A server MUST NOT send a Content-Length header field in
 * any response with a status code of 1xx (Informational) or 204 (No
 * Content)"; RFC 9112, 6.1 says the same of Transfer-Encoding. */
#define NO_FRAMING(code)                                                       \
    {code, CL, HTTPSTATUS_LEVEL_MUST_NOT, 0, S9110("8.6")},                    \
    {code, TE, HTTPSTATUS_LEVEL_MUST_NOT, 0, "RFC 9112, Section 6.1"}

/* 15.3.7 (206) and 15.4.5 (304) name the same six fields: a response MUST
 * carry those of Date, Cache-Control, ETag, Expires, Content-Location and
 * Vary that a 200 to the same request would have carried. */
#define AS_A_200_WOULD(code, section)                                          \
    {code, HTTPSTATUS_FIELD_DATE, HTTPSTATUS_LEVEL_MUST, 1, S9110(section)},   \
    {code, HTTPSTATUS_FIELD_CACHE_CONTROL, HTTPSTATUS_LEVEL_MUST, 1, S9110(section)}, \
    {code, HTTPSTATUS_FIELD_ETAG, HTTPSTATUS_LEVEL_MUST, 1, S9110(section)},   \
    {code, HTTPSTATUS_FIELD_EXPIRES, HTTPSTATUS_LEVEL_MUST, 1, S9110(section)}, \
    {code, HTTPSTATUS_FIELD_CONTENT_LOCATION, HTTPSTATUS_LEVEL_MUST, 1, S9110(section)}, \
    {code, HTTPSTATUS_FIELD_VARY, HTTPSTATUS_LEVEL_MUST, 1, S9110(section)}

static const struct rule_fact {
    int code;
    enum http_status_field field;
    enum http_status_level level;
    int conditional;
    const char *section;
} rule_facts[] = {
    NO_FRAMING(100),
    {101, HTTPSTATUS_FIELD_UPGRADE, HTTPSTATUS_LEVEL_MUST, 0, S9110("15.2.2")},
    NO_FRAMING(101),
    NO_FRAMING(102),
    {103, HTTPSTATUS_FIELD_LINK, HTTPSTATUS_LEVEL_MAY, 0, "RFC 8297, Section 2"}, /* no keyword */
    NO_FRAMING(103),
    /* the resumable upload draft, Upload Creation, Server Behavior: a 104
     * that announces the upload resource "MUST include Location header
     * field pointing to the upload resource" */
    {104, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_MUST, 1,
     "draft-ietf-httpbis-resumable-upload, Upload Creation"},
    NO_FRAMING(104),
    /* 15.3.1: "In 200 responses to GET or HEAD, an origin server SHOULD send
     * any available validator fields" */
    {200, HTTPSTATUS_FIELD_ETAG, HTTPSTATUS_LEVEL_SHOULD, 1, S9110("15.3.1")},
    {200, HTTPSTATUS_FIELD_LAST_MODIFIED, HTTPSTATUS_LEVEL_SHOULD, 1, S9110("15.3.1")},
    /* 9.3.3: "the origin server SHOULD send a 201 (Created) response
     * containing a Location header field" when a POST created resources */
    {201, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 1, S9110("9.3.3")},
    NO_FRAMING(204),
    /* 15.3.7.1: a single-part 206 MUST carry Content-Range; 15.3.7.2: a
     * multipart one MUST carry Content-Type multipart/byteranges; 15.3.7: a
     * 206 MUST carry the listed fields a 200 would have carried */
    {206, HTTPSTATUS_FIELD_CONTENT_RANGE, HTTPSTATUS_LEVEL_MUST, 1, S9110("15.3.7.1")},
    {206, HTTPSTATUS_FIELD_CONTENT_TYPE, HTTPSTATUS_LEVEL_MUST, 1, S9110("15.3.7.2")},
    AS_A_200_WOULD(206, "15.3.7"),
    {226, HTTPSTATUS_FIELD_ETAG, HTTPSTATUS_LEVEL_MUST, 0, "RFC 3229, Section 10.4.1"},
    /* 15.4.1: "If the server has a preferred choice, the server SHOULD
     * generate a Location header field" */
    {300, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 1, S9110("15.4.1")},
    {301, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0, S9110("15.4.2")},
    {302, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0, S9110("15.4.3")},
    /* 15.4.4: "as indicated by a URI in the Location header field": no keyword */
    {303, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_MAY, 0, S9110("15.4.4")},
    /* 15.4.5: "any of the following header fields that would have been sent
     * in a 200 (OK) response to the same request" */
    AS_A_200_WOULD(304, "15.4.5"),
    /* 8.6: "A server MAY send a Content-Length header field in a 304 (Not
     * Modified) response to a conditional GET request" */
    {304, CL, HTTPSTATUS_LEVEL_MAY, 1, S9110("8.6")},
    {307, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0, S9110("15.4.8")},
    {308, HTTPSTATUS_FIELD_LOCATION, HTTPSTATUS_LEVEL_SHOULD, 0, S9110("15.4.9")},
    {401, HTTPSTATUS_FIELD_WWW_AUTHENTICATE, HTTPSTATUS_LEVEL_MUST, 0, S9110("15.5.2")},
    {405, HTTPSTATUS_FIELD_ALLOW, HTTPSTATUS_LEVEL_MUST, 0, S9110("15.5.6")},
    {407, HTTPSTATUS_FIELD_PROXY_AUTHENTICATE, HTTPSTATUS_LEVEL_MUST, 0, S9110("15.5.8")},
    /* 15.5.14: "If the condition is temporary, the server SHOULD generate a
     * Retry-After header field" */
    {413, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_SHOULD, 1, S9110("15.5.14")},
    /* 15.5.16: Accept-Encoding "ought to be used": no keyword */
    {415, HTTPSTATUS_FIELD_ACCEPT_ENCODING, HTTPSTATUS_LEVEL_MAY, 1, S9110("15.5.16")},
    /* 15.5.17: "When this status code is generated in response to a
     * byte-range request, the sender SHOULD generate a Content-Range" */
    {416, HTTPSTATUS_FIELD_CONTENT_RANGE, HTTPSTATUS_LEVEL_SHOULD, 1, S9110("15.5.17")},
    {426, HTTPSTATUS_FIELD_UPGRADE, HTTPSTATUS_LEVEL_MUST, 0, S9110("15.5.22")},
    {429, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_MAY, 0, "RFC 6585, Section 4"},
    /* RFC 7725 defines 451 in Section 3; Section 4 asks for the Link */
    {451, HTTPSTATUS_FIELD_LINK, HTTPSTATUS_LEVEL_SHOULD, 0, "RFC 7725, Section 4"},
    {503, HTTPSTATUS_FIELD_RETRY_AFTER, HTTPSTATUS_LEVEL_MAY, 0, S9110("15.6.4")},
    {511, HTTPSTATUS_FIELD_WWW_AUTHENTICATE, HTTPSTATUS_LEVEL_SHOULD_NOT, 0, "RFC 6585, Section 6"},
};

/* The library's rules and the list above are the same rules, each citing
 * the section that holds its keyword. */
static void test_every_rule_and_its_section(void **state)
{
    const size_t nfacts = sizeof rule_facts / sizeof rule_facts[0];
    size_t k, seen = 0;
    int c;
    (void)state;
    for (c = http_status_next(0, 0); c; c = http_status_next(c, 0)) {
        struct http_status_header h;
        unsigned i;
        for (i = 0; http_status_header_at(c, 0, i, &h); i++) {
            const struct rule_fact *f = NULL;
            for (k = 0; k < nfacts; k++)
                if (rule_facts[k].code == c && rule_facts[k].field == h.field)
                    f = &rule_facts[k];
            if (f == NULL)
                fail_msg("%d %s: a rule the RFCs do not state", c, http_status_field_name(h.field));
            if (f->level != h.level || f->conditional != (h.conditional != 0) ||
                strcmp(f->section, h.reference) != 0)
                fail_msg("%d %s: library %s%s (%s), RFC %s%s (%s)", c,
                         http_status_field_name(h.field), http_status_level_name(h.level),
                         h.conditional ? "?" : "", h.reference, http_status_level_name(f->level),
                         f->conditional ? "?" : "", f->section);
            seen++;
        }
    }
    if (seen != nfacts)
        fail_msg("the library has %u rules, the RFCs %u", (unsigned)seen, (unsigned)nfacts);
}

#endif /* HTTPSTATUS_HAS_RULES */

static void test_redirect_methods(void **state)
{
    (void)state;
    /* 15.4.8, 15.4.9: 307 and 308 keep the method. */
    assert_true(has_flag(307, HTTPSTATUS_FLAG_METHOD_PRESERVING));
    assert_true(has_flag(308, HTTPSTATUS_FLAG_METHOD_PRESERVING));
    /* 15.4.4: after 303 the user agent uses GET (or HEAD). */
    assert_true(has_flag(303, HTTPSTATUS_FLAG_METHOD_TO_GET));
    /* 15.4.2, 15.4.3: 301 and 302 MAY turn POST into GET, no more. */
    assert_true(has_flag(301, HTTPSTATUS_FLAG_METHOD_MAY_CHANGE));
    assert_true(has_flag(302, HTTPSTATUS_FLAG_METHOD_MAY_CHANGE));
    assert_false(has_flag(301, HTTPSTATUS_FLAG_METHOD_TO_GET));
    assert_false(has_flag(302, HTTPSTATUS_FLAG_METHOD_TO_GET));
    assert_false(has_flag(307, HTTPSTATUS_FLAG_METHOD_MAY_CHANGE));
}

static void test_content_forbidden(void **state)
{
    static const int forbidden[] = {100, 101, 102, 103, 104, 204, 205, 304};
    size_t i;
    int c;
    (void)state;
    /* 6.4.1, 15.3.6: 1xx, 204 and 304 have no content; 205 MUST NOT. */
    for (i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++)
        assert_true(has_flag(forbidden[i], HTTPSTATUS_FLAG_CONTENT_FORBIDDEN));
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        int expected = 0;
        for (i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++)
            expected |= forbidden[i] == c;
        assert_int_equal(has_flag(c, HTTPSTATUS_FLAG_CONTENT_FORBIDDEN), expected);
        assert_int_equal(has_flag(c, HTTPSTATUS_FLAG_INTERIM), c < 200);
    }
}

static void test_heuristically_cacheable(void **state)
{
    /* RFC 9110, 15.1 lists these; RFC 7725, 3 adds 451. */
    static const int cacheable[] = {200, 203, 204, 206, 300, 301, 308, 404,
                                    405, 410, 414, 451, 501};
    size_t i;
    int c;
    (void)state;
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        int expected = 0;
        for (i = 0; i < sizeof cacheable / sizeof cacheable[0]; i++)
            expected |= cacheable[i] == c;
        if (has_flag(c, HTTPSTATUS_FLAG_CACHEABLE) != expected)
            fail_msg("%d: cacheable should be %d", c, expected);
    }
}

static void test_registry_phrases(void **state)
{
    (void)state;
    /* The RFC 9110 names, as the IANA registry spells them. */
    assert_string_equal(http_status_reason(413), "Content Too Large");
    assert_string_equal(http_status_reason(422), "Unprocessable Content");
    assert_string_equal(http_status_reason(416), "Range Not Satisfiable");
    assert_string_equal(http_status_reason(414), "URI Too Long");
    assert_string_equal(http_status_reason(203), "Non-Authoritative Information");
    assert_string_equal(http_status_reason(404), "Not Found");
    assert_string_equal(http_status_reason(200), "OK");
    assert_string_equal(http_status_reason(302), "Found");
    assert_string_equal(http_status_reason(104), "Upload Resumption Supported");
    assert_string_equal(http_status_reason(510), "Not Extended");
    assert_int_equal(HTTPSTATUS_REGISTRY_COUNT, 64);
}

static void test_registration_status(void **state)
{
    http_status_info info;
    (void)state;
    /* (Unused) is never a reason phrase. */
    assert_null(http_status_reason(306));
    assert_null(http_status_reason(418));
    assert_true(http_status_lookup(418, HTTPSTATUS_REGISTRY, &info));
    assert_int_equal(info.registration, HTTPSTATUS_REG_UNUSED);
    assert_null(info.reason);
    assert_int_equal(info.reason_len, 0);
    assert_int_equal(info.alias_count, 1);
    assert_string_equal(http_status_alias_at(418, 0, 0), "I'm a teapot");
    assert_null(http_status_alias_at(418, 0, 1));
    assert_string_equal(http_status_alias_at(413, 0, 0), "Payload Too Large");
    assert_string_equal(http_status_alias_at(413, 0, 1), "Request Entity Too Large");
    assert_null(http_status_alias_at(413, 0, 2));
    assert_null(http_status_alias_at(404, 0, 0));
    assert_true(http_status_lookup(306, HTTPSTATUS_REGISTRY, &info));
    assert_int_equal(info.registration, HTTPSTATUS_REG_UNUSED);

    assert_true(http_status_lookup(104, HTTPSTATUS_REGISTRY, &info));
    assert_int_equal(info.registration, HTTPSTATUS_REG_TEMPORARY);
    assert_non_null(info.expires);
    assert_int_equal(strlen(info.expires), 10);

    assert_true(http_status_lookup(510, HTTPSTATUS_REGISTRY, &info));
    assert_int_equal(info.registration, HTTPSTATUS_REG_OBSOLETED);

    assert_true(http_status_lookup(404, HTTPSTATUS_REGISTRY, &info));
    assert_int_equal(info.registration, HTTPSTATUS_REG_PERMANENT);
    assert_string_equal(info.origin, "IANA");
    assert_string_equal(info.reference, "RFC 9110, Section 15.5.5");
    assert_null(info.expires);

#if HTTPSTATUS_HAS_UNOFFICIAL
    assert_true(http_status_lookup(499, HTTPSTATUS_UNOFFICIAL, &info));
    assert_int_equal(info.registration, HTTPSTATUS_REG_UNREGISTERED);
    assert_string_equal(info.origin, "nginx");
#else
    assert_false(http_status_lookup(499, HTTPSTATUS_ANY, &info));
#endif
}

/* A phrase only where its source gives one. */
static void test_no_invented_phrase(void **state)
{
    (void)state;
    assert_null(http_status_reason_in(530, HTTPSTATUS_ANY));
    assert_int_equal(http_status_from_reason_n("Cloudflare Error", 16, HTTPSTATUS_ANY), 0);
#if HTTPSTATUS_HAS_UNOFFICIAL
    {
        http_status_info info;
        assert_true(http_status_lookup(530, HTTPSTATUS_UNOFFICIAL, &info));
        assert_null(info.reason);
        assert_int_equal(info.reason_len, 0);
        assert_int_equal(info.registration, HTTPSTATUS_REG_UNREGISTERED);
    }
#endif
}

static void test_named_constants(void **state)
{
    (void)state;
    assert_int_equal(HTTPSTATUS_NOT_FOUND, 404);
    assert_int_equal(HTTPSTATUS_CONTENT_TOO_LARGE, 413);
    assert_int_equal(HTTPSTATUS_PERMANENT_REDIRECT, 308);
    assert_int_equal(HTTPSTATUS_IM_A_TEAPOT, 418);
#if HTTPSTATUS_HAS_UNOFFICIAL
    assert_int_equal(HTTPSTATUS_CLIENT_CLOSED_REQUEST, 499);
#endif
    assert_string_equal(http_status_field_name(HTTPSTATUS_FIELD_WWW_AUTHENTICATE),
                        "WWW-Authenticate");
    assert_string_equal(http_status_field_reference(HTTPSTATUS_FIELD_ALLOW),
                        "RFC 9110, Section 10.2.1");
}

#if HTTPSTATUS_HAS_DESCRIPTIONS
/* What a description says against the RFC's own words: each string below
 * is from (or must not contradict) the section named beside it. */
static void assert_says(int code, const char *lang, const char *text, int present)
{
    const char *d = http_status_description_in(code, HTTPSTATUS_ANY, lang);
    assert_non_null(d);
    if ((strstr(d, text) != NULL) != present)
        fail_msg("%d (%s) %s \"%s\"", code, lang ? lang : "en",
                 present ? "does not say" : "says", text);
}

static void test_descriptions_follow_the_rfcs(void **state)
{
    int c;
    (void)state;
    /* RFC 9110, 15.5.1: "deceptive request routing" */
    assert_says(400, NULL, "deceptive request routing", 1);
    assert_says(400, "ko", "기만적인 요청 라우팅(deceptive request routing)", 1);
    /* 15.5.15: "This rare condition is only likely to occur when ..." */
    assert_says(414, NULL, "rare condition", 1);
    assert_says(414, "ko", "드문 상황", 1);
    /* 15.5.19: "it can be re-assigned to another use" */
    assert_says(418, NULL, "never be given a serious meaning", 0);
    assert_says(418, NULL, "re-assigned", 1);
    assert_says(418, "ko", "커피 메이커 제어 프로토콜(HTCPCP)", 1);
    assert_says(418, "ko", "커피 포트", 0);
    /* Retry-After has a meaning on 503, 429, 413 and 3xx, not "with 503" only */
    assert_says(501, NULL, "goes with 503", 0);
    /* RFC 4918, 11.5: "MUST NOT be repeated until it is requested by a
     * separate user action" */
    assert_says(507, NULL, "may succeed later", 0);
    assert_says(507, NULL, "separate user action", 1);
    /* 104's temporary registration ran until 2026-11-13 */
    assert_says(104, NULL, "until that registration expires", 0);
    assert_says(104, NULL, "2026-11-13", 1);
    /* Korean: "reason phrase" is 사유 구문 wherever it is named */
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY))
        assert_says(c, "ko", "이유 구문", 0);
    assert_says(449, "ko", "사유 구문을 Reply With로", 1);
    /* Cloudflare's documentation names no phrase for 530: none is invented */
    assert_says(530, NULL, "no reason phrase", 1);
    /* MS-WDV: "When sending a 449 status code, the server MUST include the
     * Ms-Echo-Request header"; the client "MUST include the Ms-Echo-Reply
     * header with the new request" */
    assert_says(449, NULL, "MUST include an Ms-Echo-Request header field", 1);
    assert_says(449, NULL, "MUST repeat the request with an Ms-Echo-Reply header field", 1);
}
#endif

/* Every header field and the section that defines it, from the RFCs' own
 * tables of contents; compared both ways. */
static void test_field_sections(void **state)
{
    static const struct {
        const char *name;
        const char *section;
    } fields[] = {
        {"Accept-Encoding", "RFC 9110, Section 12.5.3"},
        {"Allow", "RFC 9110, Section 10.2.1"},
        {"Cache-Control", "RFC 9111, Section 5.2"},
        {"Content-Length", "RFC 9110, Section 8.6"},
        {"Content-Location", "RFC 9110, Section 8.7"},
        {"Content-Range", "RFC 9110, Section 14.4"},
        {"Content-Type", "RFC 9110, Section 8.3"},
        {"Date", "RFC 9110, Section 6.6.1"},
        {"ETag", "RFC 9110, Section 8.8.3"},
        {"Expires", "RFC 9111, Section 5.3"},
        {"Last-Modified", "RFC 9110, Section 8.8.2"},
        {"Link", "RFC 8288, Section 3"},
        {"Location", "RFC 9110, Section 10.2.2"},
        {"Proxy-Authenticate", "RFC 9110, Section 11.7.1"},
        {"Retry-After", "RFC 9110, Section 10.2.3"},
        {"Transfer-Encoding", "RFC 9112, Section 6.1"},
        {"Upgrade", "RFC 9110, Section 7.8"},
        {"Vary", "RFC 9110, Section 12.5.5"},
        {"WWW-Authenticate", "RFC 9110, Section 11.6.1"},
    };
    const size_t n = sizeof fields / sizeof fields[0];
    unsigned differences = 0, live = 0, f;
    size_t i;
    (void)state;
    for (f = 1; f <= HTTPSTATUS_FIELD_MAX_ID; f++) {
        const char *name = http_status_field_name((enum http_status_field)f);
        const char *section = http_status_field_reference((enum http_status_field)f);
        if (name == NULL)
            continue; /* a dropped field's id */
        live++;
        for (i = 0; i < n && strcmp(fields[i].name, name) != 0; i++)
            ;
        if (i == n) {
            print_error("%s: a field this list does not have\n", name);
            differences++;
        } else if (strcmp(fields[i].section, section) != 0) {
            print_error("%s: defined in %s, the library says %s\n", name, fields[i].section, section);
            differences++;
        }
    }
    if (live != n) {
        print_error("the library has %u fields, this list %u\n", live, (unsigned)n);
        differences++;
    }
    if (differences)
        fail_msg("%u differences from the fields written here", differences);
}

static int same_string(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/*
 * Every unofficial code, written from its vendor's own text: the phrase it
 * gives (NULL where it gives none) and who uses the code.
 */
#if HTTPSTATUS_HAS_UNOFFICIAL
static const struct unofficial_fact {
    int code;
    const char *reason;
    const char *origin;
} unofficial_facts[] = {
    {419, "Page Expired", "Laravel"},               /* errors/419.blade.php */
    {440, "Login Timeout", "Microsoft IIS"},
    {444, "No Response", "nginx"},                  /* NGX_HTTP_CLOSE */
    {449, "Retry With", "Microsoft"},               /* MS-WDV, 2.2.6 */
    {494, "Request Header Too Large", "nginx"},     /* NGX_HTTP_REQUEST_HEADER_TOO_LARGE */
    {495, "SSL Certificate Error", "nginx"},        /* NGX_HTTPS_CERT_ERROR */
    {496, "SSL Certificate Required", "nginx"},     /* NGX_HTTPS_NO_CERT */
    {497, "HTTP Request Sent to HTTPS Port", "nginx"}, /* NGX_HTTP_TO_HTTPS */
    {498, "Invalid Token", "Esri ArcGIS"},          /* Esri KB 000016034 */
    {499, "Client Closed Request", "nginx"},        /* NGX_HTTP_CLIENT_CLOSED_REQUEST */
    {509, "Bandwidth Limit Exceeded", "Apache mod_bw and cPanel"},
    {520, "Web Server Returned an Unknown Error", "Cloudflare"},
    {521, "Web Server Is Down", "Cloudflare"},
    {522, "Connection Timed Out", "Cloudflare"},
    {523, "Origin Is Unreachable", "Cloudflare"},
    {524, "A Timeout Occurred", "Cloudflare"},
    {525, "SSL Handshake Failed", "Cloudflare"},
    {526, "Invalid SSL Certificate", "Cloudflare"},
    {530, NULL, "Cloudflare"},                      /* no phrase published */
};

/* Compared both ways, and every difference printed before the test fails. */
static void test_unofficial_codes(void **state)
{
    const size_t n = sizeof unofficial_facts / sizeof unofficial_facts[0];
    unsigned differences = 0;
    size_t i;
    int c;
    (void)state;
    for (i = 0; i < n; i++) {
        const struct unofficial_fact *f = &unofficial_facts[i];
        http_status_info info;
        if (!http_status_lookup(f->code, HTTPSTATUS_UNOFFICIAL, &info)) {
            print_error("%d: missing from the unofficial rows\n", f->code);
            differences++;
            continue;
        }
        if (!same_string(info.reason, f->reason)) {
            print_error("%d: phrase \"%s\", expected \"%s\"\n", f->code,
                        info.reason ? info.reason : "(none)", f->reason ? f->reason : "(none)");
            differences++;
        }
        if (!same_string(info.origin, f->origin)) {
            print_error("%d: origin \"%s\", expected \"%s\"\n", f->code, info.origin, f->origin);
            differences++;
        }
        if (info.registration != HTTPSTATUS_REG_UNREGISTERED || info.expires != NULL) {
            print_error("%d: an unofficial code is unregistered and never expires\n", f->code);
            differences++;
        }
    }
    for (c = http_status_next(0, HTTPSTATUS_UNOFFICIAL); c; c = http_status_next(c, HTTPSTATUS_UNOFFICIAL)) {
        for (i = 0; i < n && unofficial_facts[i].code != c; i++)
            ;
        if (i == n) {
            print_error("%d: an unofficial row this list does not have\n", c);
            differences++;
        }
    }
    if (differences)
        fail_msg("%u differences from the unofficial codes written here", differences);
}
#endif

/*
 * The registry itself: tests/registry/http-status-codes-1.csv is the IANA
 * export of 2025-09-15, written from the registry's rows. The library must
 * give every code in it, and no other registry code, with its phrase,
 * registration status, expiry date and defining document.
 */
enum { CSV_FIELDS = 3, CSV_FIELD_MAX = 256 };

/* One record of RFC 4180 CSV (quotes, doubled quotes); 0 at end of file. */
static int read_csv_record(FILE *f, char field[CSV_FIELDS][CSV_FIELD_MAX])
{
    int ch, n = 0, quoted = 0;
    size_t len = 0;
    memset(field, 0, (size_t)CSV_FIELDS * CSV_FIELD_MAX);
    if ((ch = getc(f)) == EOF)
        return 0;
    for (;; ch = getc(f)) {
        if (ch == EOF || (!quoted && (ch == '\n' || ch == ','))) {
            if (ch == ',' && ++n < CSV_FIELDS) {
                len = 0;
                continue;
            }
            if (ch == ',')
                fail_msg("a CSV record with more than %d fields", CSV_FIELDS);
            return 1;
        }
        if (ch == '\r' && !quoted)
            continue;
        if (ch == '"') {
            int next;
            if (!quoted) {
                quoted = 1;
                continue;
            }
            if ((next = getc(f)) != '"') {
                quoted = 0;
                ungetc(next, f);
                continue;
            }
        }
        if (len + 1 >= CSV_FIELD_MAX)
            fail_msg("a CSV field longer than %d bytes", CSV_FIELD_MAX - 1);
        field[n][len++] = (char)ch;
    }
}

/* "[RFC9110, Section 15.2.1][...]" -> "RFC 9110, Section 15.2.1" */
static void registry_document(const char *ref, char *out, size_t size)
{
    size_t o = 0;
    if (*ref == '[')
        ref++;
    if (strncmp(ref, "RFC", 3) == 0 && ref[3] >= '0' && ref[3] <= '9') {
        memcpy(out, "RFC ", 4);
        o = 4;
        ref += 3;
    }
    for (; *ref && *ref != ']' && o + 1 < size; ref++)
        out[o++] = *ref;
    out[o] = '\0';
}

static void test_registry_export(void **state)
{
    static const char suffix_obsoleted[] = " (OBSOLETED)";
    static const char marker_temporary[] = " (TEMPORARY - ";
    char field[CSV_FIELDS][CSV_FIELD_MAX];
    unsigned differences = 0, rows = 0;
    int c;
    FILE *f = fopen(HTTPSTATUS_TESTS_DIR "/registry/http-status-codes-1.csv", "rb");
    (void)state;
    assert_non_null(f);
    assert_true(read_csv_record(f, field));
    assert_string_equal(field[0], "Value");
    while (read_csv_record(f, field)) {
        char *phrase = field[1], *mark, document[CSV_FIELD_MAX];
        enum http_status_registration want = HTTPSTATUS_REG_PERMANENT;
        const char *expires = NULL;
        http_status_info info;
        int code;
        if (strcmp(phrase, "Unassigned") == 0)
            continue;                     /* a code or a range of codes */
        code = atoi(field[0]);
        rows++;
        if (strcmp(phrase, "(Unused)") == 0) {
            want = HTTPSTATUS_REG_UNUSED;
            phrase = NULL;
        } else if ((mark = strstr(phrase, suffix_obsoleted)) != NULL) {
            want = HTTPSTATUS_REG_OBSOLETED;
            *mark = '\0';
        } else if ((mark = strstr(phrase, marker_temporary)) != NULL) {
            want = HTTPSTATUS_REG_TEMPORARY;
            expires = strstr(mark, "expires ");
            assert_non_null(expires);
            expires += strlen("expires ");
            mark[0] = '\0';
            ((char *)expires)[10] = '\0';
        }
        registry_document(field[2], document, sizeof document);
        if (!http_status_lookup(code, HTTPSTATUS_REGISTRY, &info)) {
            print_error("%d: in the registry, not in the library\n", code);
            differences++;
            continue;
        }
        if (!same_string(info.reason, phrase)) {
            print_error("%d: phrase \"%s\", the registry says \"%s\"\n", code,
                        info.reason ? info.reason : "(none)", phrase ? phrase : "(Unused)");
            differences++;
        }
        if (info.registration != want) {
            print_error("%d: status %s, the registry says %s\n", code,
                        http_status_registration_name(info.registration),
                        http_status_registration_name(want));
            differences++;
        }
        if (!same_string(info.expires, expires)) {
            print_error("%d: expires %s, the registry says %s\n", code,
                        info.expires ? info.expires : "never", expires ? expires : "never");
            differences++;
        }
        if (strncmp(info.reference, document, strlen(document)) != 0) {
            print_error("%d: reference \"%s\", the registry names \"%s\"\n", code,
                        info.reference, document);
            differences++;
        }
    }
    fclose(f);
    for (c = http_status_next(0, HTTPSTATUS_REGISTRY); c; c = http_status_next(c, HTTPSTATUS_REGISTRY))
        rows--;
    if (rows != 0) {
        print_error("the library has %d registry rows more than the registry\n", -(int)rows);
        differences++;
    }
    if (differences)
        fail_msg("%u differences from the registry export", differences);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#if HTTPSTATUS_HAS_RULES
        cmocka_unit_test(test_required_header_fields),
        cmocka_unit_test(test_every_rule_and_its_section),
#endif
        cmocka_unit_test(test_redirect_methods),
        cmocka_unit_test(test_content_forbidden),
        cmocka_unit_test(test_heuristically_cacheable),
        cmocka_unit_test(test_registry_phrases),
        cmocka_unit_test(test_registration_status),
        cmocka_unit_test(test_named_constants),
        cmocka_unit_test(test_no_invented_phrase),
#if HTTPSTATUS_HAS_UNOFFICIAL
        cmocka_unit_test(test_unofficial_codes),
#endif
        cmocka_unit_test(test_registry_export),
        cmocka_unit_test(test_field_sections),
#if HTTPSTATUS_HAS_DESCRIPTIONS
        cmocka_unit_test(test_descriptions_follow_the_rfcs),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
