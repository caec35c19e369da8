/*
 * status_server: a small HTTP/1.1 server that answers GET /status/{code} (and
 * HEAD) with that status, the way httpbin's /status/ endpoint does, but with
 * every response built from the table:
 *
 *   - http_status_reply() writes each response whole: the status line
 *     ("HTTP/1.1 299 \r\n" for a code nobody registered: the space before
 *     the empty phrase stays), Date, Content-Type and Content-Length where
 *     RFC 9110 allows them (never on 204 or 304, 0 on 205, the GET length
 *     on HEAD), and the default body, which it leaves out on 204, 205, 304
 *     and for HEAD;
 *   - the header fields a code MUST or SHOULD carry come from
 *     http_status_header_at() (Allow on 405, WWW-Authenticate on
 *     401, Location on 301/302/303/307/308, Upgrade on 426, ...), and
 *     Retry-After goes on every code whose row names it (413, 429, 503);
 *     http_status_reply() refuses a response that lacks a MUST field, and
 *     the refusal is logged to stderr (this never happens unless the table
 *     gains a rule the server does not know how to fill);
 *   - a 206 carries its body as a single part with Content-Range, and a 416
 *     gives the representation's length in an unsatisfied-range (RFC 9110,
 *     Section 14.4).

 *     ./status_server 8080       # 0 picks a free port
 *     curl -i http://127.0.0.1:8080/status/405
 *
 * The first line on stdout is "listening on 127.0.0.1:PORT".
 *
 * What it answers besides /status/{code}:
 *   /status/1xx                  400: a 1xx is interim, never a final answer
 *   /status/{not 1 to 3 digits}  400, and so is a code outside 100..599
 *   any other path               404
 *   a method other than GET, HEAD on /status/...  405 with Allow
 *   a malformed request line or header   400, then the connection closes
 *   a request head over 8 KiB    431 (414 when the request line alone is),
 *                                then the connection closes
 *   HTTP/1.1 without one Host    400
 *   a major version other than 1 505, then close
 *   Transfer-Encoding            411 (send Content-Length), then close
 *   a body over 1 MiB            413, then close; smaller bodies are read
 *                                and discarded (after a 100 Continue when
 *                                the request asks with Expect)
 *   Expect other than 100-continue       417, then close
 *   a request head that stalls   408, then close
 *
 * Single-threaded, one connection at a time, persistent connections and
 * pipelining (HTTP/1.1 keeps the connection unless "Connection: close";
 * HTTP/1.0 closes unless "Connection: keep-alive"). Reads time out after 5
 * seconds, a request head must arrive within 10. SIGINT and SIGTERM end the
 * loop; nothing is allocated on the heap. POSIX sockets, libc and httpstatus
 * only.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "httpstatus.h"

#define HEAD_MAX 8192                 /* the request head must fit in this */
#define RESPONSE_MAX 4096             /* status line, header section and content */
#define BODY_MAX (1024UL * 1024UL)    /* largest request body read and discarded */
#define IO_TIMEOUT_SECONDS 5          /* SO_RCVTIMEO and SO_SNDTIMEO */
#define HEAD_DEADLINE_SECONDS 10      /* the whole request head */
#define LINGER_SECONDS 2              /* draining input before a close */

#define ALLOWED_METHODS "GET, HEAD"
#define RETRY_AFTER_VALUE "5"

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

/* ---- small helpers ------------------------------------------------------ */

static time_t now_seconds(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        return 0;
    return ts.tv_sec;
}

static int is_tchar(unsigned char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static unsigned char ascii_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* len bytes at s equal the NUL-terminated lit, ASCII case-insensitively. */
static int equals_nocase(const char *s, size_t len, const char *lit)
{
    size_t i;
    if (strlen(lit) != len)
        return 0;
    for (i = 0; i < len; i++)
        if (ascii_lower((unsigned char)s[i]) != ascii_lower((unsigned char)lit[i]))
            return 0;
    return 1;
}

static void set_timeout(int fd, int option, int seconds)
{
    struct timeval tv;
    tv.tv_sec = seconds;
    tv.tv_usec = 0;
    if (setsockopt(fd, SOL_SOCKET, option, &tv, sizeof tv) != 0)
        perror("status_server: setsockopt");
}

static int send_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = send(fd, data, len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR && !stop_requested)
                continue;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/*
 * Closes a connection after the last response without losing it: stops
 * sending, then reads and drops what the client still sends for a moment,
 * so that unread input does not make the kernel answer with a reset that
 * could destroy the response before the client has read it.
 */
static void close_gracefully(int fd)
{
    static char scratch[4096];
    time_t deadline = now_seconds() + LINGER_SECONDS;
    size_t drained = 0;

    if (shutdown(fd, SHUT_WR) == 0) {
        set_timeout(fd, SO_RCVTIMEO, 1);
        while (drained < BODY_MAX && now_seconds() < deadline && !stop_requested) {
            ssize_t n = recv(fd, scratch, sizeof scratch, 0);
            if (n <= 0)
                break;
            drained += (size_t)n;
        }
    }
    close(fd);
}

/* ---- responses ---------------------------------------------------------- */

/*
 * The value this server sends for a field the table ties to a code, or NULL
 * for a field it has no value for (http_status_reply() then refuses a code
 * that needs it).
 */
static const char *field_value(enum http_status_field field)
{
    switch (field) {
    case HTTPSTATUS_FIELD_ALLOW: return ALLOWED_METHODS;
    case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: return "Basic realm=\"status\"";
    case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: return "Basic realm=\"status\"";
    case HTTPSTATUS_FIELD_LOCATION: return "/status/200";
    case HTTPSTATUS_FIELD_RETRY_AFTER: return RETRY_AFTER_VALUE;
    case HTTPSTATUS_FIELD_UPGRADE: return "HTTP/3.0";
    case HTTPSTATUS_FIELD_ETAG: return "\"status\"";
    case HTTPSTATUS_FIELD_LINK: return "</>; rel=\"blocked-by\"";
    default: return NULL;
    }
}

/* What to answer, decided from the request. */
struct answer {
    int code;
    int demo;            /* an answer to /status/{code}: add the optional extras */
    int keep_alive;
    int minor;           /* the request's HTTP/1.<minor>; 1 when unknown */
    const char *method;  /* the request method, NULL when unknown */
    const char *note;    /* a line of content explaining the answer */
};

/* Puts the value for field in its member of r, or as a line of extra. */
static void give_field(struct http_status_reply *r, enum http_status_field field,
                       char *extra, size_t size)
{
    const char *value = field_value(field);
    size_t used = strlen(extra);
    if (value == NULL)
        return;
    switch (field) {
    case HTTPSTATUS_FIELD_ALLOW: r->allow = value; break;
    case HTTPSTATUS_FIELD_WWW_AUTHENTICATE: r->www_authenticate = value; break;
    case HTTPSTATUS_FIELD_PROXY_AUTHENTICATE: r->proxy_authenticate = value; break;
    case HTTPSTATUS_FIELD_LOCATION: r->location = value; break;
    case HTTPSTATUS_FIELD_RETRY_AFTER: r->retry_after = value; break;
    case HTTPSTATUS_FIELD_UPGRADE: r->upgrade = value; break;
    default:
        snprintf(extra + used, size - used, "%s: %s\r\n", http_status_field_name(field), value);
    }
}

/*
 * Builds the response for a with http_status_reply() and sends it. Returns
 * 0 when it went out, -1 when it could not be built or sent.
 */
static int send_answer(int fd, const struct answer *a)
{
    static char buf[RESPONSE_MAX];
    struct http_status_reply r;
    struct http_status_reply_error e;
    struct http_status_header h;
    char date[32], extra[512], range[64];
    size_t n, i;

    memset(&r, 0, sizeof r);
    r.code = a->code;
    r.request_http10 = a->minor == 0;
    r.method = a->method;
    r.detail = a->note;
    http_status_date(date, sizeof date, (long long)time(NULL));
    r.date = date;
    snprintf(extra, sizeof extra, "Server: httpstatus-status-server/%s\r\n", HTTPSTATUS_VERSION);

    /* The fields the table ties to the code: every MUST and SHOULD that holds
     * unconditionally; on an answer to /status/{code}, which shows what the
     * code carries, the unconditional MAYs too (303's Location) and
     * Retry-After wherever the row names it. */
    for (i = 0; http_status_header_at(a->code, 0, (unsigned)i, &h); i++) {
        int wanted = !h.conditional && (h.level == HTTPSTATUS_LEVEL_MUST ||
                                        h.level == HTTPSTATUS_LEVEL_SHOULD ||
                                        (a->demo && h.level == HTTPSTATUS_LEVEL_MAY));
        if (a->demo && h.field == HTTPSTATUS_FIELD_RETRY_AFTER &&
            h.level >= HTTPSTATUS_LEVEL_MAY && h.level <= HTTPSTATUS_LEVEL_MUST)
            wanted = 1;
        if (wanted)
            give_field(&r, h.field, extra, sizeof extra);
    }
    /* A 206 is its whole body as one part; a 416 names the length of a
     * representation no range of which was satisfiable. */
    if (a->code == HTTPSTATUS_PARTIAL_CONTENT) {
        size_t len = http_status_body(NULL, 0, a->code, r.format, r.detail);
        snprintf(range, sizeof range, "bytes 0-%lu/%lu", (unsigned long)len - 1ul,
                 (unsigned long)len);
        r.content_range = range;
    } else if (a->code == HTTPSTATUS_RANGE_NOT_SATISFIABLE) {
        r.content_range = "bytes */0";
    }
    r.extra = extra;
    if (!a->keep_alive)
        r.connection = "close";
    else if (a->minor == 0)
        r.connection = "keep-alive";

    n = http_status_reply(buf, sizeof buf, &r, &e);
    if (n == 0 || n >= sizeof buf) {
        fprintf(stderr, "status_server: no response for %d: %s %s\n", a->code,
                n ? "too large" : http_status_reply_error_name(e.code),
                e.field_name ? e.field_name : "");
        return -1;
    }
    return send_all(fd, buf, n);
}

/* ---- requests ----------------------------------------------------------- */

struct connection {
    int fd;
    size_t len;          /* bytes in buf: the current request head, then pipelined ones */
    char buf[HEAD_MAX];
};

enum head_result {
    HEAD_OK,
    HEAD_CLOSED,         /* the client closed, or an I/O error: close quietly */
    HEAD_IDLE_TIMEOUT,   /* nothing arrived: close quietly */
    HEAD_STALLED,        /* part of a head, then nothing: 408 */
    HEAD_TOO_LARGE,      /* 431 */
    HEAD_LINE_TOO_LONG,  /* the request line alone fills the buffer: 414 */
    HEAD_STOPPING        /* a signal asked the server to stop */
};

/* Where the head in buf[0..len) ends (after its empty line), or 0. */
static size_t find_head_end(const char *buf, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        if (buf[i] != '\n')
            continue;
        if (i + 1 < len && buf[i + 1] == '\n')
            return i + 2;
        if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

/* Reads until c->buf holds a whole request head; *head_len is its length. */
static enum head_result read_head(struct connection *c, size_t *head_len)
{
    time_t deadline = now_seconds() + HEAD_DEADLINE_SECONDS;

    for (;;) {
        size_t skip = 0, end;
        ssize_t n;

        /* Empty lines before a request line are ignored (RFC 9112, 2.2). */
        while (skip < c->len && (c->buf[skip] == '\n' ||
                                 (c->buf[skip] == '\r' && skip + 1 < c->len &&
                                  c->buf[skip + 1] == '\n')))
            skip += c->buf[skip] == '\n' ? 1 : 2;
        if (skip > 0) {
            memmove(c->buf, c->buf + skip, c->len - skip);
            c->len -= skip;
        }

        end = find_head_end(c->buf, c->len);
        if (end > 0) {
            *head_len = end;
            return HEAD_OK;
        }
        if (c->len == sizeof c->buf)
            return memchr(c->buf, '\n', c->len) ? HEAD_TOO_LARGE : HEAD_LINE_TOO_LONG;
        if (stop_requested)
            return HEAD_STOPPING;
        if (now_seconds() >= deadline)
            return c->len > 0 ? HEAD_STALLED : HEAD_IDLE_TIMEOUT;

        n = recv(c->fd, c->buf + c->len, sizeof c->buf - c->len, 0);
        if (n > 0) {
            c->len += (size_t)n;
        } else if (n == 0) {
            return HEAD_CLOSED;
        } else if (errno == EINTR) {
            if (stop_requested)
                return HEAD_STOPPING;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return c->len > 0 ? HEAD_STALLED : HEAD_IDLE_TIMEOUT;
        } else {
            return HEAD_CLOSED;
        }
    }
}

struct request {
    int bad;                  /* malformed request line or field line */
    int major, minor;
    char method[32];
    int method_known;         /* method[] holds it (it is short enough) */
    const char *target;
    size_t target_len;
    int host_count;
    int connection_close, connection_keep_alive;
    int transfer_encoding;
    int content_length_seen;
    unsigned long content_length;
    int content_length_too_big;
    int expect_continue, expect_other;
};

/* Notes the tokens of a Connection field value. */
static void parse_connection(struct request *rq, const char *v, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t start, end;
        while (i < len && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
            i++;
        start = i;
        while (i < len && v[i] != ',')
            i++;
        end = i;
        while (end > start && (v[end - 1] == ' ' || v[end - 1] == '\t'))
            end--;
        if (equals_nocase(v + start, end - start, "close"))
            rq->connection_close = 1;
        else if (equals_nocase(v + start, end - start, "keep-alive"))
            rq->connection_keep_alive = 1;
    }
}

/* Content-Length: 1*DIGIT; a second field line must repeat the value. */
static void parse_content_length(struct request *rq, const char *v, size_t len)
{
    unsigned long value = 0;
    int too_big = 0;
    size_t i;

    if (len == 0) {
        rq->bad = 1;
        return;
    }
    for (i = 0; i < len; i++) {
        unsigned digit;
        if (v[i] < '0' || v[i] > '9') {
            rq->bad = 1;
            return;
        }
        digit = (unsigned)(v[i] - '0');
        if (too_big || value > (BODY_MAX * 10UL))
            too_big = 1;
        else
            value = value * 10UL + digit;
    }
    if (value > BODY_MAX)
        too_big = 1;
    if (rq->content_length_seen &&
        (too_big != rq->content_length_too_big || value != rq->content_length)) {
        rq->bad = 1;
        return;
    }
    rq->content_length_seen = 1;
    rq->content_length = value;
    rq->content_length_too_big = too_big;
}

/* Parses the head in buf[0..len) (which ends with an empty line) into rq. */
static void parse_head(const char *buf, size_t len, struct request *rq)
{
    const char *line = buf, *end = buf + len;
    size_t n, i, j, v;

    memset(rq, 0, sizeof *rq);
    rq->minor = 1;

    /* request-line = method SP request-target SP HTTP-version */
    n = (size_t)((const char *)memchr(line, '\n', len) - line);
    if (n > 0 && line[n - 1] == '\r')
        n--;
    for (i = 0; i < n && is_tchar((unsigned char)line[i]); i++)
        ;
    if (i == 0 || i >= n || line[i] != ' ') {
        rq->bad = 1;
        return;
    }
    if (i < sizeof rq->method) {
        memcpy(rq->method, line, i);
        rq->method[i] = '\0';
        rq->method_known = 1;
    }
    for (j = i + 1; j < n && (unsigned char)line[j] > 0x20 && (unsigned char)line[j] < 0x7f; j++)
        ;
    if (j == i + 1 || j >= n || line[j] != ' ') {
        rq->bad = 1;
        return;
    }
    rq->target = line + i + 1;
    rq->target_len = j - (i + 1);
    v = j + 1;
    if (n - v != 8 || memcmp(line + v, "HTTP/", 5) != 0 || line[v + 5] < '0' ||
        line[v + 5] > '9' || line[v + 6] != '.' || line[v + 7] < '0' || line[v + 7] > '9') {
        rq->bad = 1;
        return;
    }
    rq->major = line[v + 5] - '0';
    rq->minor = line[v + 7] - '0';

    /* field-line = field-name ":" OWS field-value OWS */
    line = (const char *)memchr(line, '\n', len) + 1;
    while (line < end) {
        const char *value;
        size_t name_len, value_len;

        n = (size_t)((const char *)memchr(line, '\n', (size_t)(end - line)) - line);
        if (n > 0 && line[n - 1] == '\r')
            n--;
        if (n == 0)
            break; /* the empty line that ends the head */
        for (i = 0; i < n && is_tchar((unsigned char)line[i]); i++)
            ;
        if (i == 0 || i >= n || line[i] != ':') {
            rq->bad = 1; /* also obs-fold and whitespace before the colon */
            return;
        }
        name_len = i;
        for (j = i + 1; j < n; j++) {
            unsigned char c = (unsigned char)line[j];
            if (c != '\t' && (c < 0x20 || c == 0x7f)) {
                rq->bad = 1;
                return;
            }
        }
        value = line + i + 1;
        value_len = n - (i + 1);
        while (value_len > 0 && (*value == ' ' || *value == '\t')) {
            value++;
            value_len--;
        }
        while (value_len > 0 && (value[value_len - 1] == ' ' || value[value_len - 1] == '\t'))
            value_len--;

        if (equals_nocase(line, name_len, "Host"))
            rq->host_count++;
        else if (equals_nocase(line, name_len, "Connection"))
            parse_connection(rq, value, value_len);
        else if (equals_nocase(line, name_len, "Content-Length"))
            parse_content_length(rq, value, value_len);
        else if (equals_nocase(line, name_len, "Transfer-Encoding"))
            rq->transfer_encoding = 1;
        else if (equals_nocase(line, name_len, "Expect")) {
            if (equals_nocase(value, value_len, "100-continue"))
                rq->expect_continue = 1;
            else
                rq->expect_other = 1;
        }
        if (rq->bad)
            return;
        line = (const char *)memchr(line, '\n', (size_t)(end - line)) + 1;
    }
}

/*
 * Reads and drops the rest of a request body: `remaining` bytes after what
 * the buffer already held. 0 when done, -1 when the client closed or
 * stalled (*stalled says which).
 */
static int discard_body(int fd, unsigned long remaining, int *stalled)
{
    static char scratch[4096];
    *stalled = 0;
    while (remaining > 0) {
        size_t want = remaining < sizeof scratch ? (size_t)remaining : sizeof scratch;
        ssize_t n = recv(fd, scratch, want, 0);
        if (n > 0) {
            remaining -= (unsigned long)n;
        } else if (n < 0 && errno == EINTR && !stop_requested) {
            continue;
        } else {
            *stalled = n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
            return -1;
        }
    }
    return 0;
}

/* The answer to a well-framed request for target with this method. */
static void route(const struct request *rq, struct answer *a)
{
    const char *path = rq->target, *p;
    size_t len = rq->target_len, i;
    int code = 0;

    /* absolute-form "http://host/path" (RFC 9112, 3.2.2): keep the path */
    if (len >= 7 && equals_nocase(path, 7, "http://")) {
        p = memchr(path + 7, '/', len - 7);
        if (p != NULL) {
            len -= (size_t)(p - path);
            path = p;
        } else {
            path = "/";
            len = 1;
        }
    } else if (len == 0 || path[0] != '/') {
        a->code = HTTPSTATUS_BAD_REQUEST;
        a->note = "the request target must be a path such as /status/200";
        return;
    }
    p = memchr(path, '?', len);
    if (p != NULL)
        len = (size_t)(p - path);

    if (len < 8 || memcmp(path, "/status/", 8) != 0) {
        a->code = HTTPSTATUS_NOT_FOUND;
        a->note = "no such path; try /status/418";
        return;
    }
    if (!rq->method_known ||
        (strcmp(rq->method, "GET") != 0 && strcmp(rq->method, "HEAD") != 0)) {
        a->code = HTTPSTATUS_METHOD_NOT_ALLOWED;
        a->note = "only GET and HEAD are served";
        return;
    }
    path += 8;
    len -= 8;
    for (i = 0; i < len && path[i] >= '0' && path[i] <= '9'; i++)
        if (i < 3)
            code = code * 10 + (path[i] - '0');
    if (len == 0 || i != len) {
        a->code = HTTPSTATUS_BAD_REQUEST;
        a->note = "not a status code: ask for /status/ and three digits";
        return;
    }
    if (len != 3 || !http_status_is_valid(code)) {
        a->code = HTTPSTATUS_BAD_REQUEST;
        a->note = "status codes run from 100 to 599";
        return;
    }
    if (http_status_is_informational(code)) {
        a->code = HTTPSTATUS_BAD_REQUEST;
        a->note = "a 1xx is an interim response and is never sent as the final "
                  "answer; ask for 200 to 599";
        return;
    }
    a->code = code;
    a->demo = 1;
    /* 408 means the server has decided to close (RFC 9110, 15.5.9). */
    if (code == HTTPSTATUS_REQUEST_TIMEOUT)
        a->keep_alive = 0;
}

/* Answers one request after another on fd until either side closes. */
static void serve_connection(int fd)
{
    static struct connection c;
    static struct request rq;

    c.fd = fd;
    c.len = 0;

    while (!stop_requested) {
        struct answer a;
        size_t head_len = 0, consumed, buffered;
        enum head_result hr = read_head(&c, &head_len);

        memset(&a, 0, sizeof a);
        a.minor = 1;
        switch (hr) {
        case HEAD_OK:
            break;
        case HEAD_TOO_LARGE:
        case HEAD_LINE_TOO_LONG:
        case HEAD_STALLED:
            a.code = hr == HEAD_TOO_LARGE ? HTTPSTATUS_REQUEST_HEADER_FIELDS_TOO_LARGE
                   : hr == HEAD_LINE_TOO_LONG ? HTTPSTATUS_URI_TOO_LONG
                   : HTTPSTATUS_REQUEST_TIMEOUT;
            a.note = hr == HEAD_STALLED ? "the request head did not arrive in time"
                                        : "the request head is larger than 8 KiB";
            send_answer(fd, &a);
            close_gracefully(fd);
            return;
        case HEAD_CLOSED:
        case HEAD_IDLE_TIMEOUT:
        case HEAD_STOPPING:
            close(fd);
            return;
        }

        parse_head(c.buf, head_len, &rq);
        a.method = rq.method_known ? rq.method : NULL;
        a.minor = rq.minor;
        a.keep_alive = rq.minor >= 1 ? !rq.connection_close
                                     : rq.connection_keep_alive && !rq.connection_close;

        /* Answers after which the request's framing is unknown: close. */
        if (rq.bad || rq.major != 1 || rq.transfer_encoding || rq.content_length_too_big ||
            rq.expect_other) {
            a.keep_alive = 0;
            if (rq.bad) {
                a.code = HTTPSTATUS_BAD_REQUEST;
                a.note = "malformed request line or header field";
            } else if (rq.major != 1) {
                a.code = HTTPSTATUS_HTTP_VERSION_NOT_SUPPORTED;
                a.minor = 1;
                a.note = "only HTTP/1.x is spoken here";
            } else if (rq.transfer_encoding) {
                a.code = HTTPSTATUS_LENGTH_REQUIRED;
                a.note = "send the body with Content-Length, not Transfer-Encoding";
            } else if (rq.content_length_too_big) {
                a.code = HTTPSTATUS_CONTENT_TOO_LARGE;
                a.note = "request bodies are limited to 1 MiB";
            } else {
                a.code = HTTPSTATUS_EXPECTATION_FAILED;
                a.note = "only Expect: 100-continue is understood";
            }
            send_answer(fd, &a);
            close_gracefully(fd);
            return;
        }

        /* Read and drop the body: what the buffer holds, then the rest. */
        buffered = c.len - head_len;
        consumed = head_len;
        if (rq.content_length > 0) {
            unsigned long take = rq.content_length < buffered ? rq.content_length
                                                               : (unsigned long)buffered;
            consumed += (size_t)take;
            if (take < rq.content_length) {
                int stalled = 0;
                if (rq.expect_continue && rq.minor >= 1) {
                    char line[64];
                    struct http_status_reply interim;
                    size_t n;
                    memset(&interim, 0, sizeof interim);
                    interim.code = HTTPSTATUS_CONTINUE;
                    n = http_status_reply(line, sizeof line, &interim, NULL);
                    if (send_all(fd, line, n) != 0) {
                        close(fd);
                        return;
                    }
                }
                if (discard_body(fd, rq.content_length - take, &stalled) != 0) {
                    if (stalled) {
                        a.code = HTTPSTATUS_REQUEST_TIMEOUT;
                        a.keep_alive = 0;
                        a.note = "the request body did not arrive in time";
                        send_answer(fd, &a);
                        close_gracefully(fd);
                    } else {
                        close(fd);
                    }
                    return;
                }
            }
        }

        if (rq.host_count > 1 || (rq.minor >= 1 && rq.host_count == 0)) {
            a.code = HTTPSTATUS_BAD_REQUEST;
            a.note = "an HTTP/1.1 request carries exactly one Host field";
        } else {
            route(&rq, &a);
        }

        if (send_answer(fd, &a) != 0) {
            close(fd);
            return;
        }
        if (!a.keep_alive) {
            close_gracefully(fd);
            return;
        }
        memmove(c.buf, c.buf + consumed, c.len - consumed);
        c.len -= consumed;
    }
    close(fd);
}

/* ---- main ----------------------------------------------------------------- */

static int parse_port(const char *s, unsigned short *port)
{
    char *end;
    long value;
    errno = 0;
    value = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || value < 0 || value > 65535)
        return -1;
    *port = (unsigned short)value;
    return 0;
}

int main(int argc, char **argv)
{
    static char stdout_buffer[256];
    struct sigaction sa;
    struct sockaddr_in addr;
    socklen_t addr_len = sizeof addr;
    unsigned short port;
    int lfd, one = 1, flags;

    if (argc != 2 || parse_port(argv[1], &port) != 0) {
        fprintf(stderr, "usage: %s PORT   (0 picks a free port)\n", argc > 0 ? argv[0] : "status_server");
        return 2;
    }

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);
    sa.sa_handler = on_signal; /* no SA_RESTART: a blocked call returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0) {
        perror("status_server: socket");
        return 1;
    }
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 16) != 0 ||
        getsockname(lfd, (struct sockaddr *)&addr, &addr_len) != 0) {
        perror("status_server: bind");
        close(lfd);
        return 1;
    }
    /* Non-blocking, so that accept() after poll() never waits for a client
     * that went away in between. */
    flags = fcntl(lfd, F_GETFL);
    if (flags >= 0)
        fcntl(lfd, F_SETFL, flags | O_NONBLOCK);

    /* A buffer of our own, so that stdio does not allocate one. */
    setvbuf(stdout, stdout_buffer, _IOLBF, sizeof stdout_buffer);
    printf("listening on 127.0.0.1:%u\n", (unsigned)ntohs(addr.sin_port));
    fflush(stdout);

    while (!stop_requested) {
        struct pollfd pfd;
        int cfd, ready;

        pfd.fd = lfd;
        pfd.events = POLLIN;
        pfd.revents = 0;
        ready = poll(&pfd, 1, 1000);
        if (ready < 0 && errno != EINTR) {
            perror("status_server: poll");
            break;
        }
        if (ready <= 0)
            continue; /* timeout, or EINTR: look at stop_requested again */
        cfd = accept(lfd, NULL, NULL);
        if (cfd < 0)
            continue;
        flags = fcntl(cfd, F_GETFL);
        if (flags >= 0)
            fcntl(cfd, F_SETFL, flags & ~O_NONBLOCK);
        set_timeout(cfd, SO_RCVTIMEO, IO_TIMEOUT_SECONDS);
        set_timeout(cfd, SO_SNDTIMEO, IO_TIMEOUT_SECONDS);
        serve_connection(cfd);
    }

    close(lfd);
    return 0;
}
