/*
 * status_server: a small HTTP/1.1 server that answers GET /status/{code} (and
 * HEAD) with that status, the way httpbin's /status/ endpoint does, but with
 * every response built from the table:
 *
 *   - the status line comes from http_status_line() ("HTTP/1.1 299 \r\n" for
 *     a code nobody registered: the space before the empty phrase stays);
 *   - the header fields a code MUST or SHOULD carry come from
 *     http_status_header_at() (Allow on 405, WWW-Authenticate on
 *     401, Location on 301/302/303/307/308, Upgrade on 426, ...), and
 *     Retry-After goes on every code whose row names it (413, 429, 503);
 *   - http_status_may_have_content() decides whether content is sent (never
 *     on 204, 205, 304 or to HEAD), and Content-Length is left off where the
 *     table says MUST NOT (204);
 *   - before a response goes out, http_status_check() runs over it and any
 *     broken rule is logged to stderr (this never happens unless the table
 *     gains a rule the server does not know how to fill).
 *
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
#define RESPONSE_MAX 2048             /* status line, header section and content */
#define BODY_MAX (1024UL * 1024UL)    /* largest request body read and discarded */
#define IO_TIMEOUT_SECONDS 5          /* SO_RCVTIMEO and SO_SNDTIMEO */
#define HEAD_DEADLINE_SECONDS 10      /* the whole request head */
#define LINGER_SECONDS 2              /* draining input before a close */
#define MAX_FIELDS 16
#define MAX_VIOLATIONS 8

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

/*
 * The IMF-fixdate of t, "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110, 5.6.7),
 * computed here rather than with gmtime_r() and strftime(), which would make
 * the C library load time zone data on the heap.
 */
static void format_date(char *out, size_t size, time_t t)
{
    static const char day_names[7][4] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static const char month_names[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    long long seconds = (long long)t, days = seconds / 86400, rest = seconds % 86400;
    long long era, year;
    unsigned doe, yoe, doy, mp, day, month;
    int weekday;

    if (rest < 0) {
        rest += 86400;
        days--;
    }
    weekday = (int)(((days % 7) + 7) % 7); /* 1970-01-01 was a Thursday */
    /* civil_from_days, Howard Hinnant's algorithm */
    days += 719468;
    era = (days >= 0 ? days : days - 146096) / 146097;
    doe = (unsigned)(days - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = (long long)yoe + era * 400 + (month <= 2);
    snprintf(out, size, "%s, %02u %s %04lld %02d:%02d:%02d GMT", day_names[weekday], day,
             month_names[month - 1], year, (int)(rest / 3600), (int)(rest / 60 % 60),
             (int)(rest % 60));
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

struct response {
    char buf[RESPONSE_MAX];
    size_t len;
    int overflow;
    const char *fields[MAX_FIELDS]; /* names of the fields sent, for the check */
    size_t field_count;
};

static void put(struct response *r, const char *s, size_t n)
{
    if (r->overflow || n > sizeof r->buf - r->len) {
        r->overflow = 1;
        return;
    }
    memcpy(r->buf + r->len, s, n);
    r->len += n;
}

static void put_str(struct response *r, const char *s)
{
    put(r, s, strlen(s));
}

static void put_field(struct response *r, const char *name, const char *value)
{
    if (r->field_count == MAX_FIELDS) {
        r->overflow = 1;
        return;
    }
    r->fields[r->field_count++] = name;
    put_str(r, name);
    put(r, ": ", 2);
    put_str(r, value);
    put(r, "\r\n", 2);
}

/*
 * The value this server sends for a field the table ties to a code, or NULL
 * for a field it has no value for (http_status_check() then reports it).
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
    case HTTPSTATUS_FIELD_CONTENT_RANGE: return "bytes */0";
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
    const char *note;    /* a second line of content explaining the answer */
};

/*
 * Builds the response for a, checks it against the table's rules and sends
 * it. Returns 0 when it went out, -1 when it could not be sent.
 */
static int send_answer(int fd, const struct answer *a)
{
    static struct response r;
    struct http_status_violation v[MAX_VIOLATIONS];
    struct http_status_header hd, *h = &hd;
    struct http_status_response check = {0};
    char content[256], text[64], number[32], date[64];
    size_t content_len = 0, n, nv, i;
    int get_has_content, has_content, upgrade = 0;

    r.len = 0;
    r.overflow = 0;
    r.field_count = 0;

    n = http_status_line(r.buf, sizeof r.buf, a->code);
    if (n == 0 || n >= sizeof r.buf) {
        fprintf(stderr, "status_server: no status line for %d\n", a->code);
        return -1;
    }
    r.len = n;

    format_date(date, sizeof date, time(NULL));
    put_field(&r, "Date", date);
    put_field(&r, "Server", "httpstatus-status-server/" HTTPSTATUS_VERSION);

    /* The fields the table ties to the code: every MUST and SHOULD that holds
     * unconditionally; on an answer to /status/{code}, which shows what the
     * code carries, the unconditional MAYs too (303's Location) and
     * Retry-After wherever the row names it. */
    for (i = 0; http_status_header_at(a->code, 0, (unsigned)i, h); i++) {
        int wanted = !h->conditional && (h->level == HTTPSTATUS_LEVEL_MUST ||
                                         h->level == HTTPSTATUS_LEVEL_SHOULD ||
                                         (a->demo && h->level == HTTPSTATUS_LEVEL_MAY));
        if (a->demo && h->field == HTTPSTATUS_FIELD_RETRY_AFTER &&
            h->level >= HTTPSTATUS_LEVEL_MAY && h->level <= HTTPSTATUS_LEVEL_MUST)
            wanted = 1;
        if (wanted && field_value(h->field) != NULL) {
            put_field(&r, http_status_field_name(h->field), field_value(h->field));
            if (h->field == HTTPSTATUS_FIELD_UPGRADE)
                upgrade = 1;
        }
    }

    /* The content a GET would get: "404 Not Found", and a note. */
    n = http_status_text(text, sizeof text, a->code);
    while (n > 0 && text[n - 1] == ' ')
        text[--n] = '\0';
    if (a->note != NULL)
        n = (size_t)snprintf(content, sizeof content, "%s\n%s\n", text, a->note);
    else
        n = (size_t)snprintf(content, sizeof content, "%s\n", text);
    content_len = n < sizeof content ? n : sizeof content - 1;

    get_has_content = http_status_may_have_content(a->code, "GET");
    has_content = http_status_may_have_content(a->code, a->method);

    if (get_has_content)
        put_field(&r, "Content-Type", "text/plain; charset=utf-8");
    /* Content-Length: the length a GET gets (so 0 on 205, and the GET length
     * on a HEAD), except where the table forbids it (1xx, 204) and on 304,
     * where it would have to be the length of the 200 that was not sent. */
    if (http_status_header_level(a->code, HTTPSTATUS_FIELD_CONTENT_LENGTH) !=
            HTTPSTATUS_LEVEL_MUST_NOT && a->code != HTTPSTATUS_NOT_MODIFIED) {
        snprintf(number, sizeof number, "%lu",
                 (unsigned long)(get_has_content ? content_len : 0));
        put_field(&r, "Content-Length", number);
    }

    if (upgrade && !a->keep_alive)
        put_field(&r, "Connection", "upgrade, close");
    else if (upgrade && a->minor == 0)
        put_field(&r, "Connection", "upgrade, keep-alive");
    else if (upgrade)
        put_field(&r, "Connection", "upgrade");
    else if (!a->keep_alive)
        put_field(&r, "Connection", "close");
    else if (a->minor == 0)
        put_field(&r, "Connection", "keep-alive");

    put(&r, "\r\n", 2);
    if (has_content)
        put(&r, content, content_len);

    if (r.overflow) {
        fprintf(stderr, "status_server: the response for %d does not fit\n", a->code);
        return -1;
    }

    check.code = a->code;
    check.method = a->method;
    check.fields = r.fields;
    check.field_count = r.field_count;
    check.has_content = has_content;
    nv = http_status_check(&check, 0, v, MAX_VIOLATIONS);
    for (i = 0; i < nv && i < MAX_VIOLATIONS; i++) {
        const char *field = http_status_field_name(v[i].field);
        const char *level = http_status_level_name(v[i].level);
        fprintf(stderr, "status_server: violation: %d %s: %s %s (%s)\n", a->code,
                http_status_rule_name(v[i].rule), level ? level : "", field ? field : "content",
                v[i].reference ? v[i].reference : "");
    }

    return send_all(fd, r.buf, r.len);
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
                    size_t n = http_status_line(line, sizeof line - 2, HTTPSTATUS_CONTINUE);
                    memcpy(line + n, "\r\n", 2);
                    if (send_all(fd, line, n + 2) != 0) {
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
