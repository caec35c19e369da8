/*
 * Writes every response http_status_reply() gives for the codes 100..599,
 * the methods GET, HEAD, POST, OPTIONS and CONNECT, every format and the
 * languages en and ko, with the fields each code needs and a hostile
 * detail, for check_replies.py to read with other parsers. Each record is
 * a line "code method format lang length" and then length bytes; a 1xx is
 * followed by the final 200 it precedes on the wire, within the record.
 */
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"
#include "../reply_fields.h"

/* markup, quotes, a control byte, invalid UTF-8 and Korean */
#define DETAIL "<script>alert(\"x\" & 'y')</script>\x01 \xff\xc3( \xed\xa0\x80 \xec\x82\xac"

int main(void)
{
    static const char *const methods[] = {"GET", "HEAD", "POST", "OPTIONS", "CONNECT"};
    static const char *const langs[] = {"en", "ko"};
    static char buf[32768], extra[512];
    unsigned m, f, l;
    int code;
    for (code = 100; code <= 599; code++)
        for (m = 0; m < 5; m++)
            for (f = 0; http_status_format_name((enum http_status_format)f) != NULL; f++)
                for (l = 0; l < 2; l++) {
                    struct http_status_reply r;
                    struct http_status_reply_error e;
                    size_t n;
                    memset(&r, 0, sizeof r);
                    r.code = code;
                    r.method = methods[m];
                    r.format = (enum http_status_format)f;
                    r.lang = langs[l];
                    r.detail = DETAIL;
                    r.date = SAMPLE_DATE;
                    if (!give_fields(&r, extra, sizeof extra))
                        return 1;
                    n = http_status_reply(buf, sizeof buf, &r, &e);
                    if (n == 0 || n >= sizeof buf) {
                        fprintf(stderr, "dump_replies: %d %s: %s\n", code, methods[m],
                                http_status_reply_error_name(e.code));
                        return 1;
                    }
                    if (http_status_is_informational(code)) {
                        struct http_status_reply ok;
                        memset(&ok, 0, sizeof ok);
                        ok.code = 200;
                        ok.method = methods[m];
                        ok.date = SAMPLE_DATE;
                        n += http_status_reply(buf + n, sizeof buf - n, &ok, NULL);
                    }
                    printf("%d %s %s %s %lu\n", code, methods[m],
                           http_status_format_name(r.format), langs[l], (unsigned long)n);
                    fwrite(buf, 1, n, stdout);
                }
    return fflush(stdout) == 0 ? 0 : 1;
}
