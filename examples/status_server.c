/*
 * status_server: the everyday use of the library in a server, in a hundred
 * lines. It answers GET /status/{code} with that status, one connection at
 * a time, and closes each connection after its answer. The status line,
 * the reason phrase, the fields the code must carry and whether it may
 * have content all come from http_status_reply(); the server only says
 * which code, and gives a value for each field the code needs.
 *
 *     ./status_server 8080      # 0 picks a free port
 *     curl -i http://127.0.0.1:8080/status/405
 *
 * For a server that holds up under load and abuse, see server/ and
 * httpstatus-server(1).
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L

#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "httpstatus.h"

/* The code the request asks for, or the code that says why it cannot be. */
static int code_for(const char *request)
{
    int code = 0;
    if (strncmp(request, "GET /status/", 12) != 0 && strncmp(request, "HEAD /status/", 13) != 0)
        return strncmp(request, "GET ", 4) == 0 ? 404 : 405;
    if (sscanf(strchr(request, '/') + 8, "%3d", &code) != 1 || !http_status_is_valid(code) ||
        http_status_is_informational(code))
        return 400;
    return code;
}

/* A value for each field the table says the code MUST or SHOULD carry,
 * whatever the request: Allow on 405, WWW-Authenticate on 401, ... */
static void give_fields(struct http_status_reply *r, char *range, size_t size)
{
    struct http_status_header h;
    unsigned i;
    for (i = 0; http_status_header_at(r->code, 0, i, &h); i++) {
        if (h.conditional || (h.level != HTTPSTATUS_LEVEL_MUST && h.level != HTTPSTATUS_LEVEL_SHOULD))
            continue;
        switch (h.field) {
        case HTTPSTATUS_FIELD_ALLOW: r->allow = "GET, HEAD"; break;
        case HTTPSTATUS_FIELD_LOCATION: r->location = "/status/200"; break;
        case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: r->www_authenticate = "Basic realm=\"s\""; break;
        case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: r->proxy_authenticate = "Basic realm=\"s\""; break;
        case HTTPSTATUS_FIELD_UPGRADE: r->upgrade = "HTTP/3.0"; break;
        default: break;
        }
    }
    /* a 206 is its whole body, as one part (RFC 9110, Section 15.3.7) */
    if (r->code == HTTPSTATUS_PARTIAL_CONTENT) {
        unsigned long len = (unsigned long)http_status_body(NULL, 0, r->code, r->format, NULL);
        snprintf(range, size, "bytes 0-%lu/%lu", len - 1, len);
        r->content_range = range;
    }
}

static void answer(int fd)
{
    char request[4096], response[4096], date[32], range[48];
    struct http_status_reply r;
    struct http_status_reply_error e;
    size_t n, len = 0;
    ssize_t got;

    /* the request head, up to its empty line (a body is not read) */
    while (len < sizeof request - 1 &&
           (got = recv(fd, request + len, sizeof request - 1 - len, 0)) > 0) {
        len += (size_t)got;
        request[len] = '\0';
        if (strstr(request, "\r\n\r\n") != NULL)
            break;
    }
    request[len] = '\0';

    memset(&r, 0, sizeof r);
    r.code = code_for(request);
    r.method = strncmp(request, "HEAD ", 5) == 0 ? "HEAD" : "GET";
    http_status_date(date, sizeof date, (long long)time(NULL));
    r.date = date;
    r.connection = "close";
    give_fields(&r, range, sizeof range);
    n = http_status_reply(response, sizeof response, &r, &e);
    if (n == 0 || n >= sizeof response)
        fprintf(stderr, "status_server: no reply for %d: %s\n", r.code,
                http_status_reply_error_name(e.code));
    else
        send(fd, response, n, 0);
    close(fd);
}

int main(int argc, char **argv)
{
    struct sockaddr_in addr;
    socklen_t addr_len = sizeof addr;
    int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1, fd;

    if (argc != 2 || lfd < 0) {
        fprintf(stderr, "usage: status_server PORT\n");
        return 2;
    }
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)atoi(argv[1]));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 16) != 0 ||
        getsockname(lfd, (struct sockaddr *)&addr, &addr_len) != 0) {
        perror("status_server");
        return 1;
    }
    printf("listening on 127.0.0.1:%u\n", (unsigned)ntohs(addr.sin_port));
    fflush(stdout);
    while ((fd = accept(lfd, NULL, NULL)) >= 0)
        answer(fd);
    return 0;
}
