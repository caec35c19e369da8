/*
 * From phrases and constant names back to codes: every phrase and alias of
 * the table, in any ASCII case, and the answers for unknown input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "httpstatus.h"

static void flip_case(char *s)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
        else if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
    }
}

static void test_every_phrase_and_alias(void **state)
{
    int c, aliases = 0;
    (void)state;
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        http_status_info info;
        int registry;
        assert_true(http_status_lookup(c, HTTPSTATUS_ANY, &info));
        registry = info.registration != HTTPSTATUS_REG_UNREGISTERED;
        if (info.reason) {
            char flipped[300];
            strcpy(flipped, info.reason);
            flip_case(flipped);
            assert_int_equal(http_status_from_reason(info.reason), registry ? c : 0);
            assert_int_equal(http_status_from_reason(flipped), registry ? c : 0);
            assert_int_equal(http_status_from_reason_n(flipped, strlen(flipped),
                                                       HTTPSTATUS_ANY), c);
            assert_int_equal(http_status_from_reason_n(info.reason, info.reason_len,
                                                       registry ? HTTPSTATUS_UNOFFICIAL
                                                                : HTTPSTATUS_REGISTRY),
                             0);
        }
        {
            unsigned i;
            const char *alias;
            for (i = 0; (alias = http_status_alias_at(c, HTTPSTATUS_ANY, i)) != NULL; i++) {
                assert_int_equal(http_status_from_reason_n(alias, strlen(alias), HTTPSTATUS_ANY), c);
                assert_int_equal(http_status_from_reason_n(alias, strlen(alias), 0),
                                 registry ? c : 0);
                aliases++;
            }
            assert_int_equal(i, info.alias_count);
        }
        assert_int_equal(http_status_from_name(info.name), registry ? c : 0);
        assert_int_equal(http_status_from_name_n(info.name, strlen(info.name), HTTPSTATUS_ANY), c);
    }
    assert_true(aliases >= 7);
}

static void test_former_phrases(void **state)
{
    (void)state;
    assert_int_equal(http_status_from_reason("Payload Too Large"), 413);
    assert_int_equal(http_status_from_reason("Request Entity Too Large"), 413);
    assert_int_equal(http_status_from_reason("Unprocessable Entity"), 422);
    assert_int_equal(http_status_from_reason("Requested Range Not Satisfiable"), 416);
    assert_int_equal(http_status_from_reason("Request-URI Too Long"), 414);
    assert_int_equal(http_status_from_reason("Moved Temporarily"), 302);
    assert_int_equal(http_status_from_reason("I'm a teapot"), 418);
    assert_int_equal(http_status_from_reason("i'M A TEAPOT"), 418);
}

static void test_unknown_input(void **state)
{
    const char buf[] = {'N', 'o', 't', ' ', 'F', 'o', 'u', 'n', 'd', 'X'};
    (void)state;
    assert_int_equal(http_status_from_reason(NULL), 0);
    assert_int_equal(http_status_from_reason(""), 0);
    assert_int_equal(http_status_from_reason("Not Foun"), 0);
    assert_int_equal(http_status_from_reason("Not Found "), 0);
    assert_int_equal(http_status_from_reason(" Not Found"), 0);
    assert_int_equal(http_status_from_reason("Not\tFound"), 0);
    assert_int_equal(http_status_from_reason("Client Closed Request"), 0);
    assert_int_equal(http_status_from_reason("(Unused)"), 0);
    assert_int_equal(http_status_from_reason("|"), 0);
    /* The length form reads only len bytes: no NUL needed. */
    assert_int_equal(http_status_from_reason_n(buf, 9, HTTPSTATUS_REGISTRY), 404);
    assert_int_equal(http_status_from_reason_n(buf, 10, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n(buf, 0, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n(NULL, 9, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n(buf, 9, 0), 404); /* 0 is the registry */
    assert_int_equal(http_status_from_reason_n("Client Closed Request", 21, 0), 0);

    assert_int_equal(http_status_from_name("NOT_FOUND"), 404);
    assert_int_equal(http_status_from_name("not_found"), 404);
    assert_int_equal(http_status_from_name("HTTPSTATUS_NOT_FOUND"), 404);
    assert_int_equal(http_status_from_name("httpstatus_not_found"), 404);
    assert_int_equal(http_status_from_name("HTTPSTATUS_"), 0);
    assert_int_equal(http_status_from_name("NOT FOUND"), 0);
    assert_int_equal(http_status_from_name("NOT_FOUN"), 0);
    assert_int_equal(http_status_from_name(""), 0);
    assert_int_equal(http_status_from_name(NULL), 0);
    assert_int_equal(http_status_from_name("CLIENT_CLOSED_REQUEST"), 0);
    assert_int_equal(http_status_from_name_n("CLIENT_CLOSED_REQUEST", 21, HTTPSTATUS_ANY),
                     HTTPSTATUS_HAS_UNOFFICIAL ? 499 : 0);
    assert_int_equal(http_status_from_name_n(NULL, 3, HTTPSTATUS_ANY), 0);
}

/* Nothing answers to a part of a phrase, a former phrase or a name: every
 * proper prefix of each gives 0 (unless it is itself another code's
 * phrase). And `which` holds for former phrases as for current ones. */
static void check_no_prefix(const char *s, int code, unsigned which)
{
    size_t n, len = strlen(s);
    for (n = 1; n < len; n++) {
        int got = http_status_from_reason_n(s, n, which);
        if (got != 0 && http_status_reason_in(got, HTTPSTATUS_ANY) != NULL &&
            strlen(http_status_reason_in(got, HTTPSTATUS_ANY)) == n)
            continue; /* a whole phrase of its own */
        if (got != 0)
            fail_msg("\"%.*s\", a prefix of %d's \"%s\", gives %d", (int)n, s, code, s, got);
        assert_int_equal(http_status_from_name_n(s, n, which), 0);
    }
}

static void test_prefixes_and_which(void **state)
{
    int c;
    (void)state;
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        http_status_info info;
        const char *alias;
        unsigned i;
        assert_true(http_status_lookup(c, HTTPSTATUS_ANY, &info));
        if (info.reason)
            check_no_prefix(info.reason, c, HTTPSTATUS_ANY);
        for (i = 0; (alias = http_status_alias_at(c, HTTPSTATUS_ANY, i)) != NULL; i++)
            check_no_prefix(alias, c, HTTPSTATUS_ANY);
        for (i = 1; i < strlen(info.name); i++)
            assert_int_equal(http_status_from_name_n(info.name, i, HTTPSTATUS_ANY) == c, 0);
    }
    assert_int_equal(http_status_from_reason("Moved"), 0);           /* 301's "Moved Permanently" */
    assert_int_equal(http_status_from_reason("Payload Too"), 0);     /* 413's former phrase */
    assert_int_equal(http_status_from_reason("Moved Temporarily"), 302);
    /* 449's former phrase "Reply With" is unofficial: not in the registry */
    assert_int_equal(http_status_from_reason_n("Reply With", 10, HTTPSTATUS_REGISTRY), 0);
    assert_int_equal(http_status_from_reason_n("Reply With", 10, 0), 0);
    assert_int_equal(http_status_from_reason_n("Reply With", 10, HTTPSTATUS_UNOFFICIAL),
                     HTTPSTATUS_HAS_UNOFFICIAL ? 449 : 0);
    /* and a registry former phrase is not unofficial */
    assert_int_equal(http_status_from_reason_n("Payload Too Large", 17, HTTPSTATUS_UNOFFICIAL), 0);
}

/* The code key[0..n) gives, by phrase or by name. */
static int answer(const char *key, size_t n, int by_name)
{
    return by_name ? http_status_from_name_n(key, n, HTTPSTATUS_ANY)
                   : http_status_from_reason_n(key, n, HTTPSTATUS_ANY);
}

/*
 * Every byte of every phrase, former phrase and name, changed: flipping the
 * 0x20 bit of a letter keeps the answer (that is only its case); any other
 * change of any byte, the 0x20 bit of a space, digit, hyphen or apostrophe
 * included ("Not\0Found", "I\am a teapot"), loses it. This holds whichever
 * bytes a hash reads and however many at a time a comparison takes.
 */
static void check_every_byte(const char *key, int code, int by_name)
{
    static const unsigned char changes[] = {0x20, 0x01, 0x80, 0x40, 0x08, 0xFF};
    char copy[300];
    size_t n = strlen(key), i, j;
    assert_true(n < sizeof copy);
    for (i = 0; i < n; i++) {
        for (j = 0; j < sizeof changes; j++) {
            unsigned char c = (unsigned char)key[i], changed = (unsigned char)(c ^ changes[j]);
            int letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            int want = changes[j] == 0x20 && letter ? code : 0;
            int got;
            memcpy(copy, key, n);
            copy[i] = (char)changed;
            got = answer(copy, n, by_name);
            if (got != want && !(got != 0 && got != code)) /* another key's text */
                fail_msg("\"%s\" with byte %lu changed to 0x%02x gives %d, not %d", key,
                         (unsigned long)i, changed, got, want);
        }
    }
}

static void test_every_byte_counts(void **state)
{
    int c;
    (void)state;
    for (c = http_status_next(0, HTTPSTATUS_ANY); c; c = http_status_next(c, HTTPSTATUS_ANY)) {
        http_status_info info;
        const char *alias;
        unsigned i;
        assert_true(http_status_lookup(c, HTTPSTATUS_ANY, &info));
        if (info.reason)
            check_every_byte(info.reason, c, 0);
        for (i = 0; (alias = http_status_alias_at(c, HTTPSTATUS_ANY, i)) != NULL; i++)
            check_every_byte(alias, c, 0);
        check_every_byte(info.name, c, 1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prefixes_and_which),
        cmocka_unit_test(test_every_byte_counts),
        cmocka_unit_test(test_every_phrase_and_alias),
        cmocka_unit_test(test_former_phrases),
        cmocka_unit_test(test_unknown_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
