/*
 * httpstatus-server: a self-hosted test target for HTTP clients, answering
 * /status/{code} with that status, built whole by the library.
 *
 * One thread and one poll() loop serve every connection. Each connection
 * carries its own deadline for the stage it is in (the request head, the
 * body, the idle time between requests, the sending of an answer, a
 * requested sleep), so no client, however slow, holds up another. See
 * httpstatus-server(1) and --help.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L /* NOLINT(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp): POSIX asks for it */

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "answer.h"
#include "pages.h"
#include "request.h"

#define LINGER_MS 2000   /* draining input before a close, at most */
#define PAGE_HEAD_ROOM 512 /* before a page's body, for its head */
#define SHUTDOWN_MARGIN_MS 100 /* to send a cut-short answer before the exit */
#define ACCEPTS_PER_ROUND 64

/* The options, each with its default; OPTION_MAP(XX) lists them once for
 * the parser, --help and the check of their values. */
#define OPTION_MAP(XX)                                                                       \
    XX(max_connections, "--max-connections", 1024, "connections served at once; one more gets 503") \
    XX(head_timeout, "--head-timeout", 10000, "ms for a whole request head, from its first byte") \
    XX(body_timeout, "--body-timeout", 10000, "ms for a whole request body, after its head")  \
    XX(idle_timeout, "--idle-timeout", 5000, "ms a kept-alive connection may wait for a request") \
    XX(send_timeout, "--send-timeout", 10000, "ms for the client to take a whole answer")   \
    XX(max_sleep, "--max-sleep", 10000, "the largest ?sleep=MS a request may ask")           \
    XX(shutdown_timeout, "--shutdown-timeout", 5000, "ms for answers in flight after SIGINT or SIGTERM")

struct options {
#define XX(name, flag, value, help) unsigned long name;
    OPTION_MAP(XX)
#undef XX
    struct in_addr address;
    unsigned short port;
};

enum stage {
    STAGE_HEAD,   /* waiting for (the rest of) a request head */
    STAGE_BODY,   /* reading and dropping a request body */
    STAGE_SLEEP,  /* the answer waits for ?sleep= */
    STAGE_SEND,   /* the answer is going out */
    STAGE_LINGER  /* sent the last answer; draining input before the close */
};

struct connection {
    int fd;                  /* -1: a free slot */
    enum stage stage;
    long long deadline;      /* ms on the monotonic clock */
    int started;             /* a byte of the current request head arrived */
    size_t in_len;
    unsigned long body_left; /* of the current request's body, not yet read */
    size_t consumed;         /* bytes of in[] the current request took */
    struct answer answer;    /* the answer held during a sleep */
    char method[16];
    int method_known;        /* method[] holds the current request's method */
    int interim;             /* out[] holds a 100 Continue, then the body */
    int pending;             /* in[] may hold a pipelined request, for the next round */
    long long body_deadline;
    size_t out_len, out_sent;
    const char *send_from;   /* out[], or the head and body in page */
    char *page;              /* a reference page being answered, or NULL */
    size_t page_len;
    char in[REQUEST_HEAD_MAX];
    char out[ANSWER_MAX];
};

static volatile sig_atomic_t stop_requested;
static struct options opt;
static struct connection *conns;
static struct pollfd *fds;  /* what poll() watches, and the slot of each */
static size_t *slot_of;
static size_t open_count;
static uint32_t random_state;
static int spare_fd = -1; /* closed to accept one connection when out of descriptors */

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void set_nonblocking(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

static void drop_page(struct connection *c)
{
    free(c->page);
    c->page = NULL;
}

static void close_connection(struct connection *c)
{
    drop_page(c);
    close(c->fd);
    c->fd = -1;
    open_count--;
}

/* Stops sending, then drops what the client still sends for a moment, so
 * that unread input does not make the kernel answer with a reset that could
 * destroy the response before the client has read it. */
static void linger(struct connection *c, long long now)
{
    shutdown(c->fd, SHUT_WR);
    c->stage = STAGE_LINGER;
    c->deadline = now + LINGER_MS;
}

/* Renders the page the answer names, now, while the request's bytes are
 * still in place; its status becomes the answer's. */
static void render_page(struct connection *c, const struct request *rq)
{
    struct answer *a = &c->answer;
    drop_page(c); /* a smaller one, left from a pipelined request */
    if ((c->page = malloc(PAGE_HEAD_ROOM + PAGE_MAX)) == NULL) {
        a->page = 0;
        a->code = HTTPSTATUS_SERVICE_UNAVAILABLE;
        a->note = "out of memory for the page";
        return;
    }
    a->code = page_write(c->page + PAGE_HEAD_ROOM, PAGE_MAX, &c->page_len, rq->path,
                         rq->path_len, rq->query, rq->query_len, rq->lang);
    if (c->page_len > 0) {
        /* hold only what the page takes while a slow client reads it */
        char *fit = realloc(c->page, PAGE_HEAD_ROOM + c->page_len);
        if (fit != NULL)
            c->page = fit;
    } else {
        drop_page(c);
        a->page = 0;
        a->code = HTTPSTATUS_INTERNAL_SERVER_ERROR;
        a->note = "the page did not fit";
    }
}

/* The head of a page, just before its body; the bytes to send. */
static size_t page_answer(struct connection *c, const char *date)
{
    char head[PAGE_HEAD_ROOM];
    int n = (int)http_status_line(head, sizeof head, c->answer.code);
    n += snprintf(head + n, sizeof head - (size_t)n,
                  "Date: %s\r\nServer: httpstatus-server/%s\r\n"
                  "Content-Type: text/html; charset=utf-8\r\nContent-Length: %lu\r\n"
                  "Vary: Accept-Language\r\n%s\r\n",
                  date, HTTPSTATUS_VERSION, (unsigned long)c->page_len,
                  c->answer.close ? "Connection: close\r\n"
                  : c->answer.minor == 0 ? "Connection: keep-alive\r\n" : "");
    c->send_from = c->page + PAGE_HEAD_ROOM - n;
    memcpy(c->page + PAGE_HEAD_ROOM - n, head, (size_t)n);
    /* pages answer GET and HEAD only (answer_route()), so method is set */
    return (size_t)n + (c->answer.method && strcmp(c->answer.method, "HEAD") == 0 ? 0 : c->page_len);
}

/* Queues the answer and sends what the socket takes at once. */
static void start_answer(struct connection *c, long long now)
{
    char date[32];
    http_status_date(date, sizeof date, (long long)time(NULL));
    /* a 400 says the request was not understood, so nothing after it on
     * the connection can be trusted to be framed as the client meant */
    if (stop_requested || (c->answer.code == HTTPSTATUS_BAD_REQUEST && !c->answer.demo))
        c->answer.close = 1;
    if (c->answer.page && c->page) {
        c->out_len = page_answer(c, date);
    } else {
        c->out_len = answer_write(c->out, sizeof c->out, &c->answer, date);
        c->send_from = c->out;
    }
    c->out_sent = 0;
    c->stage = STAGE_SEND;
    c->deadline = now + (long long)opt.send_timeout;
    if (c->out_len == 0)
        c->answer.close = 1; /* nothing to send: close (logged by answer_write) */
}

/* An answer decided before the request could be read whole (a framing
 * error, a deadline): it closes the connection. */
static void answer_and_close(struct connection *c, int code, const char *note,
                             enum http_status_format format, long long now)
{
    memset(&c->answer, 0, sizeof c->answer);
    c->answer.code = code;
    c->answer.note = note;
    c->answer.minor = 1;
    c->answer.close = 1;
    c->answer.format = format;
    /* a HEAD request gets its answer without content, even this one */
    c->answer.method = c->method_known ? c->method : NULL;
    start_answer(c, now);
}

static void begin_wait_for_request(struct connection *c, long long now)
{
    c->stage = STAGE_HEAD;
    c->started = 0;
    c->method_known = 0;
    c->deadline = now + (long long)(stop_requested ? 0 : opt.idle_timeout);
}

/* The decided answer goes out, now or after its ?sleep=. */
static void deliver(struct connection *c, long long now)
{
    if (c->answer.sleep_ms > 0 && !stop_requested) {
        c->stage = STAGE_SLEEP;
        c->deadline = now + (long long)c->answer.sleep_ms;
        return;
    }
    start_answer(c, now);
}

/* Works through the buffered input of a connection waiting for a request
 * head, or reading a body. */
static void take_input(struct connection *c, long long now)
{
    struct request rq;
    struct answer *a = &c->answer;
    size_t skip, end, take;

    c->pending = 0;
    if (c->stage == STAGE_BODY) {
        take = c->body_left < c->in_len ? (size_t)c->body_left : c->in_len;
        memmove(c->in, c->in + take, c->in_len - take);
        c->in_len -= take;
        c->body_left -= take;
        if (c->body_left == 0)
            deliver(c, now);
        return;
    }
    if (c->stage != STAGE_HEAD)
        return;

    skip = request_leading_empty_lines(c->in, c->in_len);
    if (skip > 0) {
        memmove(c->in, c->in + skip, c->in_len - skip);
        c->in_len -= skip;
    }
    if (c->in_len == 0)
        return;
    if (!c->started) {
        c->started = 1;
        c->deadline = now + (long long)opt.head_timeout;
    }
    switch (request_line_state(c->in, c->in_len)) {
    case LINE_INCOMPLETE:
        return;
    case LINE_TOO_LONG:
        answer_and_close(c, HTTPSTATUS_URI_TOO_LONG, "the request line is longer than 8 KiB",
                         HTTPSTATUS_FORMAT_TEXT, now);
        return;
    case LINE_BAD:
        answer_and_close(c, HTTPSTATUS_BAD_REQUEST,
                         "malformed request line: a method, a target and an HTTP version, "
                         "separated by single spaces",
                         HTTPSTATUS_FORMAT_TEXT, now);
        return;
    case LINE_OK:
        break;
    }
    end = request_head_end(c->in, c->in_len);
    if (end == 0) {
        if (c->in_len == sizeof c->in)
            answer_and_close(c, HTTPSTATUS_REQUEST_HEADER_FIELDS_TOO_LARGE,
                             "the request head is larger than 8 KiB", HTTPSTATUS_FORMAT_TEXT, now);
        return;
    }

    request_parse(c->in, end, &rq);
    if (rq.method_len > 0 && rq.method_len < sizeof c->method) {
        memcpy(c->method, rq.method, rq.method_len);
        c->method[rq.method_len] = '\0';
        c->method_known = 1;
    }
    /* Answers after which the request's framing is unknown: close. */
    if (rq.bad || rq.major != 1 || rq.transfer_encoding || rq.content_length_too_big ||
        rq.expect_other) {
        int code = rq.bad ? HTTPSTATUS_BAD_REQUEST
                 : rq.major != 1 ? HTTPSTATUS_HTTP_VERSION_NOT_SUPPORTED
                 : rq.transfer_encoding ? HTTPSTATUS_LENGTH_REQUIRED
                 : rq.content_length_too_big ? HTTPSTATUS_CONTENT_TOO_LARGE
                 : HTTPSTATUS_EXPECTATION_FAILED;
        const char *note = rq.bad ? rq.bad
                         : rq.major != 1 ? "only HTTP/1.x is spoken here"
                         : rq.transfer_encoding ? "send a body with Content-Length, not Transfer-Encoding"
                         : rq.content_length_too_big ? "request bodies are limited to 1 MiB"
                         : "only Expect: 100-continue is understood";
        answer_and_close(c, code, note, rq.format, now);
        return;
    }

    memset(a, 0, sizeof *a);
    a->minor = rq.minor;
    a->method = c->method_known ? c->method : NULL;
    a->close = rq.minor >= 1 ? rq.close : !rq.keep_alive || rq.close;
    if (rq.host_count != 1 && (rq.minor >= 1 || rq.host_count > 1)) {
        a->code = HTTPSTATUS_BAD_REQUEST;
        a->note = "an HTTP/1.1 request carries exactly one Host field";
        a->format = rq.format;
    } else {
        answer_route(&rq, opt.max_sleep, &random_state, a);
        if (a->page)
            render_page(c, &rq);
    }

    /* The answer is decided; a body is read and dropped first, within its
     * own deadline. */
    take = rq.content_length < c->in_len - end ? (size_t)rq.content_length : c->in_len - end;
    c->consumed = end + take;
    c->body_left = rq.content_length - take;
    if (c->body_left == 0) {
        deliver(c, now);
        return;
    }
    memmove(c->in, c->in + c->consumed, c->in_len - c->consumed);
    c->in_len -= c->consumed;
    c->consumed = 0;
    c->stage = STAGE_BODY;
    c->deadline = c->body_deadline = now + (long long)opt.body_timeout;
    if (rq.expect_continue && rq.minor >= 1) {
        /* the interim answer goes out as any other, then the body is read */
        static const char go_on[] = "HTTP/1.1 100 Continue\r\n\r\n";
        memcpy(c->out, go_on, sizeof go_on - 1);
        c->send_from = c->out;
        c->out_len = sizeof go_on - 1;
        c->out_sent = 0;
        c->interim = 1;
        c->stage = STAGE_SEND;
    }
}

/* The answer went out: wait for the next request, or close. */
static void answer_sent(struct connection *c, long long now)
{
    if (c->interim) { /* a 100 Continue: now the body */
        c->interim = 0;
        c->stage = STAGE_BODY;
        c->deadline = c->body_deadline;
        take_input(c, now);
        return;
    }
    drop_page(c);
    if (c->answer.close || stop_requested) {
        linger(c, now);
        return;
    }
    memmove(c->in, c->in + c->consumed, c->in_len - c->consumed);
    c->in_len -= c->consumed;
    c->consumed = 0;
    begin_wait_for_request(c, now);
    /* a pipelined request waits for the next round of the loop, so that a
     * client with many queued requests takes one turn among the others */
    c->pending = c->in_len > 0;
}

static void on_readable(struct connection *c, long long now)
{
    ssize_t n;
    if (c->stage == STAGE_LINGER) {
        char scratch[4096];
        n = recv(c->fd, scratch, sizeof scratch, 0);
        if (n <= 0 && !(n < 0 && (errno == EAGAIN || errno == EINTR)))
            close_connection(c);
        return;
    }
    if (c->in_len == sizeof c->in)
        return; /* full: take_input() has answered, or will */
    n = recv(c->fd, c->in + c->in_len, sizeof c->in - c->in_len, 0);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        close_connection(c); /* the client went away */
        return;
    }
    if (n > 0) {
        c->in_len += (size_t)n;
        take_input(c, now);
    }
}

static void on_writable(struct connection *c, long long now)
{
    while (c->out_sent < c->out_len) {
        ssize_t n = send(c->fd, c->send_from + c->out_sent, c->out_len - c->out_sent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                return;
            close_connection(c);
            return;
        }
        c->out_sent += (size_t)n;
    }
    answer_sent(c, now);
}

static void on_deadline(struct connection *c, long long now)
{
    switch (c->stage) {
    case STAGE_HEAD:
        if (c->started && c->in_len > 0)
            answer_and_close(c, HTTPSTATUS_REQUEST_TIMEOUT,
                             "the request head did not arrive in time", HTTPSTATUS_FORMAT_TEXT, now);
        else
            close_connection(c); /* idle: nothing to answer */
        break;
    case STAGE_BODY:
        answer_and_close(c, HTTPSTATUS_REQUEST_TIMEOUT, "the request body did not arrive in time",
                         c->answer.format, now);
        break;
    case STAGE_SLEEP:
        start_answer(c, now);
        break;
    case STAGE_SEND:
    case STAGE_LINGER:
        close_connection(c);
        break;
    }
    if (c->fd >= 0 && c->stage == STAGE_SEND)
        on_writable(c, now);
}

/* A connection beyond --max-connections: 503 and close, at once. */
static void refuse(int fd)
{
    struct answer a;
    char buf[1024], date[32];
    size_t n;
    memset(&a, 0, sizeof a);
    a.code = HTTPSTATUS_SERVICE_UNAVAILABLE;
    a.note = "too many connections; try again in a second";
    a.minor = 1;
    a.close = 1;
    a.retry_after = "1";
    http_status_date(date, sizeof date, (long long)time(NULL));
    n = answer_write(buf, sizeof buf, &a, date);
    if (n > 0 && send(fd, buf, n, MSG_NOSIGNAL | MSG_DONTWAIT) > 0)
        shutdown(fd, SHUT_WR);
    close(fd);
}

/* Returns nonzero when accepting failed for a reason that leaves the
 * listening socket readable (out of memory or descriptors): the caller
 * stops watching it for a moment rather than spin. */
static int accept_connections(int lfd, long long now)
{
    int round;
    for (round = 0; round < ACCEPTS_PER_ROUND; round++) {
        struct connection *c;
        size_t i;
        int one = 1, fd = accept(lfd, NULL, NULL);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE) && spare_fd >= 0) {
            /* out of descriptors: free the spare one to refuse the client */
            close(spare_fd);
            fd = accept(lfd, NULL, NULL);
            if (fd >= 0)
                refuse(fd);
            spare_fd = open("/dev/null", O_RDONLY);
            continue;
        }
        if (fd < 0)
            return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR &&
                   errno != ECONNABORTED;
        if (open_count >= opt.max_connections) {
            refuse(fd);
            continue;
        }
        for (i = 0; conns[i].fd >= 0; i++)
            ;
        c = &conns[i];
        set_nonblocking(fd);
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        c->fd = fd;
        c->in_len = 0;
        c->consumed = 0;
        c->out_len = c->out_sent = 0;
        c->page = NULL;
        c->method_known = 0;
        c->interim = 0;
        c->pending = 0;
        c->stage = STAGE_HEAD;
        /* the first request's head: its deadline runs from the accept */
        c->started = 1;
        c->deadline = now + (long long)opt.head_timeout;
        open_count++;
    }
    return 0;
}

/* ---- the command line ----------------------------------------------------- */

static void usage(FILE *to)
{
    fprintf(to, "usage: httpstatus-server [--listen ADDR:PORT] [OPTION MS|N]...\n"
                "       httpstatus-server --help | --version\n"
                "Answers GET /status/{code} with that status, built by the httpstatus library.\n"
                "  --listen ADDR:PORT      IPv4 address and port (default 127.0.0.1:8080;\n"
                "                          port 0 picks a free one)\n");
#define XX(name, flag, value, help) fprintf(to, "  %-22s  %s (default %lu)\n", flag " N", help, (unsigned long)(value));
    OPTION_MAP(XX)
#undef XX
    fprintf(to, "Prints \"listening on ADDR:PORT\" once it listens. SIGINT or SIGTERM: stops\n"
                "accepting, lets answers in flight finish, exits 0. See httpstatus-server(1).\n");
}

static int parse_number(const char *s, unsigned long *out)
{
    char *end;
    unsigned long v;
    if (*s < '0' || *s > '9')
        return -1;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (errno != 0 || *end != '\0' || v > 86400000ul)
        return -1;
    *out = v;
    return 0;
}

static int parse_listen(const char *s)
{
    char host[64];
    const char *colon = strrchr(s, ':');
    unsigned long port;
    if (colon == NULL || (size_t)(colon - s) >= sizeof host || parse_number(colon + 1, &port) != 0 ||
        port > 65535)
        return -1;
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = '\0';
    if (inet_pton(AF_INET, host, &opt.address) != 1)
        return -1;
    opt.port = (unsigned short)port;
    return 0;
}

static int parse_options(int argc, char **argv)
{
    int i;
#define XX(name, flag, value, help) opt.name = (value);
    OPTION_MAP(XX)
#undef XX
    opt.address.s_addr = htonl(INADDR_LOOPBACK);
    opt.port = 8080;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        }
        if (strcmp(a, "--version") == 0) {
            printf("httpstatus-server %s\n", http_status_version());
            exit(0);
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "httpstatus-server: %s: unknown option or missing value\n", a);
            return -1;
        }
        if (strcmp(a, "--listen") == 0) {
            if (parse_listen(argv[++i]) != 0) {
                fprintf(stderr, "httpstatus-server: --listen takes an IPv4 ADDR:PORT, not '%s'\n", argv[i]);
                return -1;
            }
            continue;
        }
#define XX(name, flag, value, help)                                                    \
        if (strcmp(a, flag) == 0) {                                                    \
            if (parse_number(argv[++i], &opt.name) != 0) {                             \
                fprintf(stderr, "httpstatus-server: %s takes a number, not '%s'\n", flag, argv[i]); \
                return -1;                                                             \
            }                                                                          \
            continue;                                                                  \
        }
        OPTION_MAP(XX)
#undef XX
        fprintf(stderr, "httpstatus-server: unknown option '%s'\n", a);
        return -1;
    }
    if (opt.max_connections == 0) {
        fprintf(stderr, "httpstatus-server: --max-connections must be at least 1\n");
        return -1;
    }
    return 0;
}

/* Room for every connection, the listening socket, the spare and stdio. */
static void raise_descriptor_limit(void)
{
    struct rlimit rl;
    rlim_t want = (rlim_t)opt.max_connections + 16;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    if (rl.rlim_cur < want) {
        rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want ? want : rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    if (rl.rlim_cur < want) {
        opt.max_connections = rl.rlim_cur > 32 ? (unsigned long)rl.rlim_cur - 16 : 16;
        fprintf(stderr, "httpstatus-server: the descriptor limit allows %lu connections\n",
                opt.max_connections);
    }
}

int main(int argc, char **argv)
{
    struct sigaction sa;
    struct sockaddr_in addr;
    socklen_t addr_len = sizeof addr;
    long long stop_deadline = 0, accept_after = 0;
    int lfd, one = 1, status = 0;
    size_t i;

    if (parse_options(argc, argv) != 0) {
        usage(stderr);
        return 2;
    }
    raise_descriptor_limit();

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    conns = calloc(opt.max_connections, sizeof *conns);
    fds = calloc(opt.max_connections + 1, sizeof *fds);
    slot_of = calloc(opt.max_connections + 1, sizeof *slot_of);
    if (conns == NULL || fds == NULL || slot_of == NULL) {
        fprintf(stderr, "httpstatus-server: out of memory for %lu connections\n", opt.max_connections);
        free(conns);
        free(fds);
        free(slot_of);
        return 1;
    }
    for (i = 0; i < opt.max_connections; i++)
        conns[i].fd = -1;
    random_state = (uint32_t)time(NULL) ^ (uint32_t)getpid() << 16 ^ 0x2545F491u;

    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0) {
        perror("httpstatus-server: socket");
        return 1;
    }
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(opt.port);
    addr.sin_addr = opt.address;
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 4096) != 0 ||
        getsockname(lfd, (struct sockaddr *)&addr, &addr_len) != 0) {
        perror("httpstatus-server: cannot listen");
        close(lfd);
        return 1;
    }
    set_nonblocking(lfd);
    spare_fd = open("/dev/null", O_RDONLY);
    {
        char text[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &addr.sin_addr, text, sizeof text);
        printf("listening on %s:%u\n", text, (unsigned)ntohs(addr.sin_port));
        fflush(stdout);
    }

    for (;;) {
        long long now = now_ms(), next = now + 1000;
        size_t nfds = 0;
        int ready, timeout;

        if (stop_requested && lfd >= 0) {
            /* stop accepting; idle connections go at once, answers in flight
             * get until the shutdown deadline */
            close(lfd);
            lfd = -1;
            stop_deadline = now + (long long)opt.shutdown_timeout;
            for (i = 0; i < opt.max_connections; i++) {
                struct connection *c = &conns[i];
                if (c->fd >= 0 && c->stage == STAGE_HEAD && c->in_len == 0)
                    close_connection(c);
                /* a sleep that would outlast the shutdown is cut short, so
                 * that its answer still goes out whole */
                else if (c->fd >= 0 && c->stage == STAGE_SLEEP &&
                         c->deadline > stop_deadline - SHUTDOWN_MARGIN_MS)
                    c->deadline = stop_deadline - SHUTDOWN_MARGIN_MS;
            }
        }
        if (lfd < 0 && (open_count == 0 || now > stop_deadline))
            break;

        if (lfd >= 0 && now >= accept_after) {
            fds[nfds].fd = lfd;
            fds[nfds].events = POLLIN;
            slot_of[nfds++] = (size_t)-1;
        }
        for (i = 0; i < opt.max_connections; i++) {
            struct connection *c = &conns[i];
            if (c->fd < 0)
                continue;
            if (c->deadline < next)
                next = c->deadline;
            if (c->pending)
                next = now - 1; /* a turn this round: do not wait */
            if (c->stage == STAGE_SLEEP)
                continue;
            fds[nfds].fd = c->fd;
            fds[nfds].events = c->stage == STAGE_SEND ? POLLOUT : POLLIN;
            slot_of[nfds++] = i;
        }
        if (lfd < 0 && stop_deadline < next)
            next = stop_deadline;
        if (lfd >= 0 && accept_after > now && accept_after < next)
            next = accept_after;
        /* the clock is read in whole milliseconds, rounded down: a deadline
         * is due once the clock is past it, so that none fires early */
        timeout = next < now ? 0 : (int)(next - now) + 1;
        ready = poll(fds, (nfds_t)nfds, timeout);
        if (ready < 0 && errno != EINTR) {
            perror("httpstatus-server: poll");
            status = 1;
            break;
        }
        now = now_ms();
        for (i = 0; ready > 0 && i < nfds; i++) {
            struct connection *c;
            if (fds[i].revents == 0)
                continue;
            if (slot_of[i] == (size_t)-1) {
                if (accept_connections(lfd, now))
                    accept_after = now + 100;
                continue;
            }
            c = &conns[slot_of[i]];
            if (c->fd != fds[i].fd)
                continue; /* closed and reused in this round */
            if (fds[i].revents & POLLOUT)
                on_writable(c, now);
            else
                on_readable(c, now);
        }
        for (i = 0; i < opt.max_connections; i++) {
            struct connection *c = &conns[i];
            if (c->fd >= 0 && c->pending && c->stage == STAGE_HEAD)
                take_input(c, now);
            if (c->fd >= 0 && c->deadline < now)
                on_deadline(c, now);
        }
    }

    for (i = 0; i < opt.max_connections; i++)
        if (conns[i].fd >= 0)
            close_connection(&conns[i]);
    if (lfd >= 0)
        close(lfd);
    if (spare_fd >= 0)
        close(spare_fd);
    free(conns);
    free(fds);
    free(slot_of);
    return status;
}
