#!/usr/bin/env python3
"""httpstatus-server end to end, over real sockets, against its manual, httpstatus-server(1).

    check_server.py PATH/TO/httpstatus-server

Starts the server itself (--listen 127.0.0.1:0, then reads "listening on
127.0.0.1:PORT" from its stdout), several times with different flags, and
checks:

  - the command line: --help, --version, a bad option (exit 2), a port in use
    (exit 1);
  - deadlines, each to within 100 ms: a slow request body gets 408 at
    --body-timeout after its head; an idle kept-alive connection is closed
    without a response at --idle-timeout; a partial head gets 408 at
    --head-timeout from its first byte; a connection that sends nothing is
    closed without a response; meanwhile other clients are answered within
    100 ms;
  - request targets (origin, absolute with any scheme, asterisk, authority
    form), OPTIONS and Allow, 405, HTTP/0.9 request lines, the 8 KiB limits
    (414, 431), 411, 413, 505, a missing Host;
  - Content-Range on 206 and 416, code lists, ?sleep=MS, the Accept formats
    (JSON problem details, JSON, HTML, plain text), pipelining;
  - --max-connections (503 with Retry-After, closed at once);
  - a bounded slowloris, three times over with 500 connections at once, each
    to within 100 ms of its deadline: heads sent one byte every 200 ms get
    408 and a close at --head-timeout from their first byte; whole heads
    with Content-Length: 1048576 and then a body byte every 200 ms get 408
    and a close at --body-timeout from the end of the head; kept-alive
    connections silent after one answer are closed without a byte at
    --idle-timeout from it; meanwhile a normal client's 100 sequential
    requests, each on a new connection, are each answered within 100 ms;
  - a burst of 5000 connection attempts against --max-connections 256
    (nothing hangs, the excess get 503, the server's file descriptors return
    to their idle count);
  - graceful shutdown on SIGTERM: the request in flight is answered in full,
    idle connections are closed, new connections are refused, exit 0 within
    --shutdown-timeout + 500 ms, also when a request sleeps past it.

Every response received is kept; when HTTPSTATUS_CLI names the project's
`httpstatus` command, each one is run through `httpstatus lint --raw --method
METHOD` and any finding at MUST, MUST NOT, SHOULD or SHOULD NOT level fails.

Prints one line per check group with what it measured (times in ms), a
"FAIL: ..." line per failed check, then "server: N passed, M failed"; exits
1 on any failure. Every server instance must exit 0 after SIGTERM. Takes
about 35 s. Python 3 standard library only; connects only to 127.0.0.1.
Timing-sensitive: run it on a machine that is not otherwise saturated.
"""

import collections
import errno
import heapq
import json
import os
import re
import resource
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time

HOST = "127.0.0.1"
# The manual's two promises on time: every deadline holds to within 100 ms,
# and no client delays another's request by more than 100 ms.
SLACK_MS = 100
FAST_MS = 100
# Socket timeout for anything that should be quick; nothing in the manual
# takes longer, so a hang shows as a failure, never as a stuck test.
TIMEOUT = 2.0
DEADLINE_MS = 1000
SHORT = ["--head-timeout", str(DEADLINE_MS), "--body-timeout", str(DEADLINE_MS),
         "--idle-timeout", str(DEADLINE_MS), "--send-timeout", str(DEADLINE_MS)]
ALLOW = "GET, HEAD, OPTIONS"
# Statuses after which the manual has the server close the connection, whatever
# led to them.
CLOSING = {400, 408, 411, 413, 414, 431, 505}

passed = 0
failed = 0
RESPONSES = []  # (where, request method, raw response bytes), for the linter


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, flush=True)
    return ok


def ms(seconds):
    return seconds * 1000.0


def fmt(x):
    return "-" if x is None else "%.0f" % x


def now():
    return time.monotonic()


# ---- responses ---------------------------------------------------------------


class Response:
    def __init__(self, status, reason, headers, body, raw):
        self.status = status
        self.reason = reason
        self.headers = headers  # lower-case name -> list of values
        self.body = body
        self.raw = raw

    def field(self, name):
        """The value of a field that must occur once; None when absent,
        all values joined by ", " when repeated (so a comparison fails)."""
        values = self.headers.get(name.lower())
        return None if values is None else ", ".join(values)

    def media_type(self):
        value = self.field("content-type") or ""
        return value.split(";")[0].strip().lower()

    def closes(self):
        return "close" in [t.strip().lower() for t in (self.field("connection") or "").split(",")]

    def __repr__(self):
        return "%d %s" % (self.status, self.reason)


TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def parse_response(buf, method="GET", eof=False):
    """(Response, rest) when buf starts with a whole response, None when more
    bytes are needed. Raises ValueError on a malformed or truncated one."""
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        if eof:
            raise ValueError("connection closed inside a response head: %r" % buf[:80])
        return None
    lines = buf[:end].split(b"\r\n")
    m = re.fullmatch(rb"HTTP/1\.1 ([0-9]{3}) ([\t\x20-\x7e\x80-\xff]*)", lines[0])
    if not m:
        raise ValueError("bad status line %r" % lines[0][:80])
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if not sep or not TOKEN.fullmatch(name):
            raise ValueError("bad field line %r" % line[:80])
        headers.setdefault(name.decode("latin-1").lower(), []).append(
            value.strip(b" \t").decode("latin-1"))
    status = int(m.group(1))
    start = end + 4
    if status < 200 or method == "HEAD" or status in (204, 304):
        length = 0
    elif "transfer-encoding" in headers:
        raise ValueError("Transfer-Encoding in a response: %r" % headers["transfer-encoding"])
    elif "content-length" in headers:
        values = headers["content-length"]
        if len(values) != 1 or not re.fullmatch(r"[0-9]+", values[0]):
            raise ValueError("bad Content-Length %r" % values)
        length = int(values[0])
    elif eof:
        length = len(buf) - start  # delimited by the close
    else:
        return None
    if len(buf) - start < length:
        if eof:
            raise ValueError("connection closed inside a body (%d of %d bytes)"
                             % (len(buf) - start, length))
        return None
    raw = buf[:start + length]
    response = Response(status, m.group(2).decode("latin-1"), headers,
                        buf[start:start + length], raw)
    return response, buf[start + length:]


def keep(where, method, response, interim=b""):
    """Keeps a final response for the linter, with the interim ones that came
    before it: the linter reads one exchange, and a 100 alone is incomplete."""
    if response is not None:
        RESPONSES.append((where, method, interim + response.raw))


def request(method, target, headers=(), version="HTTP/1.1", host=HOST):
    lines = ["%s %s %s" % (method, target, version)]
    if host is not None:
        lines.append("Host: %s" % host)
    lines.extend(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


# ---- blocking clients --------------------------------------------------------


class Client:
    """One connection with a read buffer; every read has a deadline."""

    def __init__(self, port, timeout=TIMEOUT):
        self.t_open = now()
        self.sock = socket.create_connection((HOST, port), timeout=timeout)
        self.buf = b""
        self.eof = False
        self.interim = b""  # 1xx responses read since the last final one

    def send(self, data):
        self.sock.sendall(data)
        return now()

    def _recv(self, deadline):
        left = deadline - now()
        if left <= 0:
            raise socket.timeout
        self.sock.settimeout(left)
        data = self.sock.recv(65536)
        if not data:
            self.eof = True
        self.buf += data
        return data

    def response(self, where, method="GET", limit=TIMEOUT):
        """(Response or None, state, time of its first byte, time complete).
        state: 'ok', 'closed' (no byte before EOF), 'reset', 'timeout' or
        the parse error."""
        deadline = now() + limit
        t_first = now() if self.buf else None
        try:
            while True:
                parsed = parse_response(self.buf, method, self.eof)
                if parsed:
                    response, self.buf = parsed
                    if response.status < 200:
                        self.interim += response.raw
                    else:
                        keep(where, method, response, self.interim)
                        self.interim = b""
                    return response, "ok", t_first, now()
                if self.eof:
                    return None, "closed", None, now()
                if self._recv(deadline) and t_first is None:
                    t_first = now()
        except socket.timeout:
            return None, "timeout", t_first, now()
        except ConnectionResetError:
            return None, "reset", t_first, now()
        except ValueError as e:
            return None, "malformed: %s" % e, t_first, now()

    def closed(self, limit=TIMEOUT):
        """('closed' | 'reset' | 'open' | 'extra bytes ...', when)."""
        if self.buf:
            return "extra bytes %r" % self.buf[:40], now()
        deadline = now() + limit
        try:
            while not self.eof:
                if self._recv(deadline):
                    return "extra bytes %r" % self.buf[:40], now()
            return "closed", now()
        except socket.timeout:
            return "open", now()
        except ConnectionResetError:
            return "reset", now()

    def close(self):
        self.sock.close()

    def closes_soon(self, where, after):
        """After an answer that ends the connection: the server must close
        it then, not leave it to the idle deadline."""
        t0 = now()
        how, t = self.closed(0.5)
        waited = ms(t - t0)
        check(how == "closed" and waited <= SLACK_MS,
              "%s: after the %s the connection is %s (%s ms later; limit %d)"
              % (where, after, how, fmt(waited), SLACK_MS))
        return how, waited

    def ends_after(self, where, response):
        """An answer with a status of CLOSING says Connection: close and is
        followed by the close."""
        if response is None or response.status not in CLOSING:
            return
        check(response.closes(), "%s: %d without Connection: close" % (where, response.status))
        self.closes_soon(where, response.status)


def exchange(port, data, where, method="GET", limit=TIMEOUT):
    """data on a new connection. (Response, state, latency ms, client);
    the caller closes the client."""
    t0 = now()
    c = Client(port)
    c.send(data)
    response, state, _, t_done = c.response(where, method, limit)
    return response, state, ms(t_done - t0), c


def probe(port, where):
    """GET /status/204 on a new connection: latency in ms, or None when
    the answer is not a 204."""
    try:
        response, state, latency, c = exchange(port, request("GET", "/status/204"), where,
                                               limit=2.0)
        c.close()
    except OSError as e:
        check(False, "%s: probe GET /status/204: %s" % (where, e))
        return None
    if not check(state == "ok" and response.status == 204,
                 "%s: probe GET /status/204: %s, %r" % (where, state, response)):
        return None
    return latency


def watch(c, limit, drip=b"", drip_every=0.2, probe_port=None, probe_at=(), where=""):
    """Waits on client c until the server closes it or limit seconds pass,
    meanwhile sending drip one byte every drip_every seconds (stopping as
    soon as anything arrives, so the server never closes on unread bytes
    because of the test) and making probe requests at the given offsets.
    Returns a dict: data, t_first (first byte), t_end, end ('eof', 'reset',
    'timeout'), probes (latencies in ms, None for a failed one)."""
    t0 = now()
    sent = 0
    next_drip = t0 + drip_every if drip else None
    probes = sorted(t0 + p for p in probe_at)
    out = {"data": b"", "t_first": None, "t_end": None, "end": "timeout", "probes": []}
    sel = selectors.DefaultSelector()
    c.sock.setblocking(False)
    sel.register(c.sock, selectors.EVENT_READ)
    try:
        while now() < t0 + limit:
            wake = [t0 + limit]
            if next_drip is not None and out["t_first"] is None and sent < len(drip):
                wake.append(next_drip)
            if probes:
                wake.append(probes[0])
            if sel.select(max(0.0, min(wake) - now())):
                try:
                    data = c.sock.recv(65536)
                except ConnectionResetError:
                    out["t_end"], out["end"] = now(), "reset"
                    break
                except BlockingIOError:
                    continue
                if not data:
                    out["t_end"], out["end"] = now(), "eof"
                    break
                if out["t_first"] is None:
                    out["t_first"] = now()
                out["data"] += data
                continue
            t = now()
            if (next_drip is not None and out["t_first"] is None and sent < len(drip)
                    and t >= next_drip):
                try:
                    c.sock.send(drip[sent:sent + 1])
                    sent += 1
                except OSError:
                    pass  # the read side tells what happened
                next_drip += drip_every
            if probes and t >= probes[0]:
                probes.pop(0)
                out["probes"].append(probe(probe_port, where))
    finally:
        sel.close()
        c.sock.setblocking(True)
    return out


def read_in(out, where, method="GET"):
    """The response at the start of watch()'s data (None if there is none)."""
    if not out["data"]:
        return None
    try:
        parsed = parse_response(out["data"], method, eof=out["end"] != "timeout")
    except ValueError as e:
        check(False, "%s: %s" % (where, e))
        return None
    if not check(parsed is not None, "%s: incomplete response %r" % (where, out["data"][:80])):
        return None
    response, rest = parsed
    keep(where, method, response)
    check(rest == b"", "%s: bytes after the response: %r" % (where, rest[:40]))
    return response


def probes_ok(where, latencies):
    good = [x for x in latencies if x is not None]
    worst = max(good) if good else None
    check(len(good) == len(latencies) and worst is not None and worst <= FAST_MS,
          "%s: other clients' requests took %s ms (limit %d)"
          % (where, [fmt(x) for x in latencies], FAST_MS))
    return worst


def near(where, what, got_ms, want_ms, slack=SLACK_MS):
    check(got_ms is not None and abs(got_ms - want_ms) <= slack,
          "%s: %s after %s ms, expected %d +- %d" % (where, what, fmt(got_ms), want_ms, slack))


# ---- the server --------------------------------------------------------------


def fd_count(pid):
    try:
        return len(os.listdir("/proc/%d/fd" % pid))
    except OSError:
        return None


class Server:
    """An instance of the server for the length of a with block; at the end
    it is sent SIGTERM (unless a check already did) and must exit 0."""

    def __init__(self, binary, name, flags):
        self.binary, self.name, self.flags = binary, name, flags
        self.proc = None
        self.port = None
        self.signalled = False

    def __enter__(self):
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([self.binary, "--listen", HOST + ":0"] + self.flags,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self.log)
        line = b""
        deadline = now() + 10
        while not line.endswith(b"\n") and now() < deadline:
            ready = selectors.DefaultSelector()
            ready.register(self.proc.stdout, selectors.EVENT_READ)
            events = ready.select(max(0.0, deadline - now()))
            ready.close()
            if not events:
                break
            chunk = os.read(self.proc.stdout.fileno(), 1)
            if not chunk:
                break
            line += chunk
        m = re.fullmatch(rb"listening on 127\.0\.0\.1:([0-9]+)\n", line)
        if not check(m is not None, "%s: first line %r is not 'listening on 127.0.0.1:PORT'"
                     % (self.name, line)):
            self.stop()
            raise RuntimeError("server %s did not start" % self.name)
        self.port = int(m.group(1))
        return self

    def terminate(self):
        self.signalled = True
        self.proc.send_signal(signal.SIGTERM)
        return now()

    def stop(self):
        killed = False
        if self.proc.poll() is None:
            if not self.signalled:
                self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
                killed = True
        self.proc.stdout.close()
        self.log.seek(0)
        log = self.log.read().decode("utf-8", "replace")
        self.log.close()
        check(not killed, "%s: the server did not exit within 10 s of SIGTERM and was killed"
              % self.name)
        if not check(self.proc.returncode == 0, "%s: the server exited with status %r"
                     % (self.name, self.proc.returncode)):
            sys.stdout.write(log[-3000:])

    def __exit__(self, *exc):
        self.stop()
        return False


def group(name, func, *args):
    """Runs one check group; an exception fails it and the run goes on."""
    try:
        func(*args)
    except Exception as e:  # report, and go on with the other groups
        check(False, "%s: unexpected %s: %s" % (name, type(e).__name__, e))


# ---- the checks --------------------------------------------------------------


def check_command_line(binary):
    out = subprocess.run([binary, "--version"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         timeout=10)
    check(out.returncode == 0 and out.stdout.startswith(b"httpstatus-server "),
          "--version: exit %d, %r" % (out.returncode, out.stdout[:80]))
    version = out.stdout.decode("latin-1").split()[-1] if out.stdout.split() else ""
    out = subprocess.run([binary, "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         timeout=10)
    check(out.returncode == 0 and b"--max-connections" in out.stdout,
          "--help: exit %d, %r" % (out.returncode, out.stdout[:80]))
    bad = subprocess.run([binary, "--no-such-option"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, timeout=10)
    check(bad.returncode == 2 and bad.stderr and not bad.stdout,
          "bad option: exit %d, stdout %r, stderr %r" % (bad.returncode, bad.stdout[:80],
                                                         bad.stderr[:80]))
    bad_value = subprocess.run([binary, "--head-timeout", "soon"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=10)
    check(bad_value.returncode == 2 and bad_value.stderr,
          "--head-timeout soon: exit %d" % bad_value.returncode)
    # A port already taken: the server cannot listen.
    with socket.socket() as taken:
        taken.bind((HOST, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        busy = subprocess.Popen([binary, "--listen", "%s:%d" % (HOST, port)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _, err = busy.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            busy.kill()
            busy.communicate()
        check(busy.returncode == 1 and err, "port in use: exit %r, stderr %r"
              % (busy.returncode, err[:80] if busy.returncode is not None else None))
    print("command line: --version %r, bad option exit %d, port in use exit %r"
          % (version, bad.returncode, busy.returncode), flush=True)
    return version


def check_basics(port, version):
    """A plain answer with its Server and Date fields, pipelining with HEAD,
    request bodies read and dropped (after 100 Continue when asked)."""
    response, state, latency, c = exchange(port, request("GET", "/status/200"), "GET /status/200")
    c.close()
    if check(state == "ok", "GET /status/200: %s" % state):
        check(response.status == 200 and response.reason == "OK", "GET /status/200: %r" % response)
        check(response.field("server") == "httpstatus-server/" + version,
              "GET /status/200: Server %r, expected httpstatus-server/%s"
              % (response.field("server"), version))
        check(response.field("date") is not None, "GET /status/200: no Date")
        check(response.media_type() == "text/plain",
              "GET /status/200 without Accept: Content-Type %r" % response.field("content-type"))
        check(response.body != b"", "GET /status/200: empty body")
    plain = response.body if response is not None else b""
    # Three requests in one write: three answers in order, the HEAD one
    # without content, on a connection that stays open.
    c = Client(port)
    c.send(request("GET", "/status/201") + request("HEAD", "/status/200")
           + request("GET", "/status/202"))
    got = []
    for method, want in (("GET", 201), ("HEAD", 200), ("GET", 202)):
        response, state, _, _ = c.response("pipelined %s /status/%d" % (method, want), method)
        got.append(response.status if response else state)
        if check(state == "ok" and response.status == want,
                 "pipelined %s /status/%d: %s, %r" % (method, want, state, response)):
            if method == "HEAD":
                check(response.field("content-length") == str(len(plain)),
                      "HEAD /status/200: Content-Length %r, GET's body has %d bytes"
                      % (response.field("content-length"), len(plain)))
    how, _ = c.closed(0.3)
    check(how == "open", "pipelined requests: connection %s, expected it kept open" % how)
    c.close()
    # A small body is read and dropped, after 100 Continue when asked, and
    # the connection goes on.
    c = Client(port)
    c.send(request("GET", "/status/201", headers=["Content-Length: 4",
                                                  "Expect: 100-continue"]))
    interim, state, _, _ = c.response("Expect: 100-continue")
    check(state == "ok" and interim.status == 100, "Expect: 100-continue: %s, %r, expected 100"
          % (state, interim))
    c.send(b"data" + request("GET", "/status/203", headers=["Content-Length: 3"]) + b"abc"
           + request("GET", "/status/202"))
    for want in (201, 203, 202):
        response, state, _, _ = c.response("after a request body")
        got.append(response.status if response else state)
        check(state == "ok" and response.status == want,
              "request with a body, then pipelined: %s, %r, expected %d" % (state, response, want))
    c.close()
    print("basics: GET /status/200 in %s ms; pipelined GET, HEAD, GET, then 100 Continue"
          " and bodies -> %s"
          % (fmt(latency), got), flush=True)


def check_slow_body(port):
    """1. A request body trickling in must not hold up anyone, and gets 408
    at --body-timeout after its head."""
    where = "slow body"
    c = Client(port)
    t_head = c.send(request("GET", "/status/200", headers=["Content-Length: 1048576"]))
    out = watch(c, 3.0, drip=b"x" * 100, probe_port=port,
                probe_at=(0.05, 0.3, 0.55, 0.8, 0.95), where=where)
    c.close()
    response = read_in(out, where)
    at = ms(out["t_first"] - t_head) if out["t_first"] else None
    close_after = ms(out["t_end"] - out["t_first"]) if out["t_first"] and out["t_end"] else None
    if check(response is not None and response.status == 408,
             "%s: got %r (%s), expected 408" % (where, response, out["end"])):
        check(response.closes(), "%s: 408 without Connection: close" % where)
    near(where, "408", at, DEADLINE_MS)
    check(out["end"] == "eof" and close_after is not None and close_after <= SLACK_MS,
          "%s: after the 408 the connection %s (%s ms later)" % (where, out["end"],
                                                                 fmt(close_after)))
    worst = probes_ok(where, out["probes"])
    print("1 slow body: 408 at %s ms after the head (deadline %d), closed %s ms later; "
          "other client max %s ms over %d requests"
          % (fmt(at), DEADLINE_MS, fmt(close_after), fmt(worst), len(out["probes"])), flush=True)


def check_idle(port):
    """2. A kept-alive connection with nothing more to ask is closed, with
    nothing sent, at --idle-timeout after its last answer."""
    where = "idle keep-alive"
    c = Client(port)
    c.send(request("GET", "/status/200"))
    response, state, _, t_answer = c.response(where)
    check(state == "ok" and response.status == 200, "%s: first request %s, %r"
          % (where, state, response))
    out = watch(c, 3.0, probe_port=port, probe_at=(0.15, 0.45, 0.75, 0.95), where=where)
    c.close()
    at = ms(out["t_end"] - t_answer) if out["t_end"] else None
    check(out["data"] == b"", "%s: the server sent %r instead of closing silently"
          % (where, out["data"][:80]))
    check(out["end"] == "eof", "%s: connection %s" % (where, out["end"]))
    near(where, "close", at, DEADLINE_MS)
    worst = probes_ok(where, out["probes"])
    print("2 idle: closed %s ms after the answer (deadline %d), %d bytes sent; "
          "other client max %s ms" % (fmt(at), DEADLINE_MS, len(out["data"]), fmt(worst)),
          flush=True)


def check_partial_heads(port):
    """3. Head deadlines: from the first byte of a head, whether it is the
    connection's first request or a later one; nothing sent -> silent close."""
    where = "partial head"
    c = Client(port)
    t_first = c.send(b"GET /status/200 HTTP/1.1\r\nHo")
    out = watch(c, 3.0)
    c.close()
    response = read_in(out, where)
    at = ms(out["t_first"] - t_first) if out["t_first"] else None
    close_at = ms(out["t_end"] - t_first) if out["t_end"] else None
    if check(response is not None and response.status == 408,
             "%s: got %r (%s), expected 408" % (where, response, out["end"])):
        check(response.closes(), "%s: 408 without Connection: close" % where)
    near(where, "408", at, DEADLINE_MS)
    check(out["end"] == "eof", "%s: after the 408 the connection %s" % (where, out["end"]))
    near(where, "close", close_at, DEADLINE_MS)

    # The second request of a connection: its deadline runs from its own
    # first byte, not from the previous answer (which is where the idle
    # deadline ran from).
    where2 = "partial second head"
    c = Client(port)
    c.send(request("GET", "/status/200"))
    response, state, _, _ = c.response(where2)
    check(state == "ok" and response.status == 200, "%s: first request %s, %r"
          % (where2, state, response))
    time.sleep(0.3)
    t_first2 = c.send(b"GET /status/200 HTTP/1.1\r\n")
    out = watch(c, 3.0)
    c.close()
    response = read_in(out, where2)
    at2 = ms(out["t_first"] - t_first2) if out["t_first"] else None
    check(response is not None and response.status == 408,
          "%s: got %r (%s), expected 408" % (where2, response, out["end"]))
    near(where2, "408", at2, DEADLINE_MS)

    # Nothing at all: closed without a response at the head deadline from
    # the accept.
    where3 = "silent connection"
    c = Client(port)
    out = watch(c, 3.0)
    c.close()
    at3 = ms(out["t_end"] - c.t_open) if out["t_end"] else None
    check(out["data"] == b"" and out["end"] == "eof",
          "%s: %s after %r, expected a close without a response"
          % (where3, out["end"], out["data"][:80]))
    near(where3, "close", at3, DEADLINE_MS)
    print("3 head deadline: 408 at %s ms and close at %s ms after the first byte; second "
          "request's 408 at %s ms after its first byte; silent connection closed at %s ms "
          "(deadline %d)" % (fmt(at), fmt(close_at), fmt(at2), fmt(at3), DEADLINE_MS),
          flush=True)


TARGETS = [
    # (request bytes, method, status, Allow expected)
    # an empty path is "/" (RFC 9110, Section 4.2.3), the index page: the
    # query never stands in for the path
    (b"GET http://example.com?/status/202 HTTP/1.1\r\nHost: example.com\r\n\r\n", "GET", 200, None),
    (b"GET http://example.com/nowhere?/status/202 HTTP/1.1\r\nHost: example.com\r\n\r\n", "GET", 404, None),
    (b"GET https://example.com/status/201 HTTP/1.1\r\nHost: example.com\r\n\r\n", "GET", 201, None),
    (b"GET foo+bar.baz-1://h:8/status/202?x=1 HTTP/1.1\r\nHost: h:8\r\n\r\n", "GET", 202, None),
    (b"GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "GET", 400, None),
    (b"OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "OPTIONS", 204, ALLOW),
    (request("OPTIONS", "/status/200"), "OPTIONS", 204, ALLOW),
    (request("DELETE", "/status/200"), "DELETE", 405, ALLOW),
    (b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", "CONNECT", 405, ALLOW),
    (request("GET", "/nowhere"), "GET", 404, None),
    (request("GET", "/status/200", host=None), "GET", 400, None),
    (request("GET", "/status/200", headers=["Host: other"]), "GET", 400, None),
    (b"GET /status/200 HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n", "GET", 505, None),
    (request("POST", "/status/200", headers=["Transfer-Encoding: chunked"]), "POST", 411, None),
    (request("GET", "/status/200", headers=["Content-Length: 1048577"]), "GET", 413, None),
]


def check_targets(port):
    """4. Request targets, methods and the other answers the manual names."""
    seen = []
    for data, method, want, allow in TARGETS:
        where = data.split(b"\r\n")[0].decode("latin-1")
        if b"Host:" not in data:
            where += " (no Host)"
        elif data.count(b"Host:") > 1:
            where += " (two Host fields)"
        elif b"Transfer-Encoding" in data or b"Content-Length" in data:
            where += " (%s)" % data.split(b"\r\n")[2].decode()
        response, state, _, c = exchange(port, data, where, method)
        seen.append("%s %s" % (want, response.status if response else state))
        if check(state == "ok" and response.status == want,
                 "%s: %s, %r, expected %d" % (where, state, response, want)):
            if allow is not None:
                check(response.field("allow") == allow,
                      "%s: Allow %r, expected %r" % (where, response.field("allow"), allow))
            c.ends_after(where, response)
        c.close()
    print("4 targets: %d requests, expected/got: %s" % (len(TARGETS), ", ".join(seen)),
          flush=True)


def check_http09(port):
    """5. No version: 400 as soon as the line end arrives, then close."""
    where = "HTTP/0.9 request line"
    c = Client(port)
    t0 = c.send(b"GET /status/200\r\n")
    response, state, t_first, t_done = c.response(where, limit=2.0)
    latency = ms(t_done - t0)
    how, waited = c.closes_soon(where, 400)
    c.close()
    if check(state == "ok" and response.status == 400, "%s: %s, %r, expected 400"
             % (where, state, response)):
        check(response.closes(), "%s: 400 without Connection: close" % where)
    check(latency <= FAST_MS, "%s: answered after %s ms, limit %d" % (where, fmt(latency),
                                                                      FAST_MS))
    print("5 HTTP/0.9: %s in %s ms, then %s %s ms later"
          % (response.status if response else state, fmt(latency), how, fmt(waited)),
          flush=True)


def check_limits(port):
    """6. 8 KiB request line and head limits."""
    line = "GET /status/200?" + "a" * (9000 - len("GET /status/200? HTTP/1.1")) + " HTTP/1.1"
    assert len(line) == 9000
    field = "X-Big: " + "b" * (9000 - len("X-Big: "))
    figures = []
    for where, data, want, text in (
            ("9000-byte request line", (line + "\r\nHost: 127.0.0.1\r\n\r\n").encode(), 414,
             b"request line"),
            ("9000-byte header field", request("GET", "/status/200", headers=[field]), 431,
             b"request head")):
        response, state, latency, c = exchange(port, data, where)
        figures.append("%s -> %s in %s ms" % (where, response.status if response else state,
                                             fmt(latency)))
        if check(state == "ok" and response.status == want, "%s: %s, %r, expected %d"
                 % (where, state, response, want)):
            check(text in response.body.lower(), "%s: body %r does not say %r"
                  % (where, response.body[:120], text))
            check(response.closes(), "%s: %d without Connection: close" % (where, want))
            c.closes_soon(where, want)
        c.close()
    print("6 limits: " + "; ".join(figures), flush=True)


def check_ranges(port):
    """7. Content-Range on 206 and 416, in each format."""
    figures = []
    for accept in (None, "application/json", "text/html"):
        headers = ["Accept: " + accept] if accept else []
        what = "(Accept: %s)" % accept if accept else "(no Accept)"
        r206, s206, _, c = exchange(port, request("GET", "/status/206", headers), "206 " + what)
        c.close()
        r416, s416, _, c = exchange(port, request("GET", "/status/416", headers), "416 " + what)
        c.close()
        r200, s200, _, c = exchange(port, request("GET", "/status/200", headers), "200 " + what)
        c.close()
        if check(s206 == "ok" and r206.status == 206, "GET /status/206 %s: %s, %r"
                 % (what, s206, r206)):
            n = len(r206.body)
            want = "bytes 0-%d/%d" % (n - 1, n)
            check(n > 0 and r206.field("content-range") == want,
                  "GET /status/206 %s: Content-Range %r for a %d-byte body, expected %r"
                  % (what, r206.field("content-range"), n, want))
            figures.append("206 %s: %r" % (accept or "plain", r206.field("content-range")))
        if check(s416 == "ok" and r416.status == 416, "GET /status/416 %s: %s, %r"
                 % (what, s416, r416)):
            value = r416.field("content-range") or ""
            m = re.fullmatch(r"bytes \*/([1-9][0-9]*)", value)
            check(m is not None, "GET /status/416 %s: Content-Range %r, expected bytes */N"
                  % (what, value))
            if m and s200 == "ok" and r200.status == 200:
                check(int(m.group(1)) == len(r200.body),
                      "GET /status/416 %s: Content-Range %r, the 200 body has %d bytes"
                      % (what, value, len(r200.body)))
            figures.append("416: %r (200 body %d bytes)"
                           % (value, len(r200.body) if r200 else -1))
    print("7 ranges: " + "; ".join(figures), flush=True)


def check_code_lists(port):
    """8. /status/a,b,c picks among them; invalid codes -> 400."""
    where = "/status/200,201,202"
    counts = collections.Counter()
    c = Client(port)
    for _ in range(60):
        c.send(request("GET", "/status/200,201,202"))
        response, state, _, _ = c.response(where)
        if not check(state == "ok", "%s: %s" % (where, state)):
            break
        counts[response.status] += 1
    c.close()
    check(set(counts) == {200, 201, 202} and sum(counts.values()) == 60,
          "%s: 60 requests answered %s, expected all of 200, 201, 202 and nothing else"
          % (where, dict(counts)))
    sixteen = ",".join(str(code) for code in range(200, 216))
    results = []
    for target, want in (("/status/200,abc", {400}), ("/status/100", {400}),
                         ("/status/200,100", {400}), ("/status/200,", {400}),
                         ("/status/600", {400}), ("/status/20", {400}),
                         ("/status/" + sixteen, set(range(200, 216)))):
        response, state, _, c = exchange(port, request("GET", target), "GET " + target)
        if state == "ok":
            c.ends_after("GET " + target, response)
        c.close()
        results.append("%s -> %s" % (target if len(target) < 30 else target[:27] + "...",
                                     response.status if response else state))
        check(state == "ok" and response.status in want, "GET %s: %s, %r, expected %s"
              % (target, state, response, sorted(want) if len(want) < 3 else "one of them"))
    print("8 code lists: 60 x %s -> %s; %s" % (where, dict(sorted(counts.items())),
                                               ", ".join(results)), flush=True)


def check_sleep(port):
    """9. ?sleep=MS delays that answer only."""
    where = "?sleep=300"
    c = Client(port)
    t0 = c.send(request("GET", "/status/200?sleep=300"))
    out = watch(c, 3.0, probe_port=port, probe_at=(0.05, 0.15, 0.25), where=where)
    c.close()
    response = read_in(out, where)
    at = ms(out["t_first"] - t0) if out["t_first"] else None
    check(response is not None and response.status == 200, "%s: got %r" % (where, response))
    check(at is not None and 300 <= at <= 300 + SLACK_MS,
          "%s: answered after %s ms, expected 300..%d"
          % (where, "-" if at is None else "%.2f" % at, 300 + SLACK_MS))
    worst = probes_ok(where, out["probes"])
    # The largest allowed sleep (--max-sleep 1000), and what is not allowed:
    # refused at once, not after sleeping.
    c = Client(port)
    t0 = c.send(request("GET", "/status/201?sleep=1000&x=y"))
    response, state, t_first, _ = c.response("?sleep=1000", limit=3.0)
    c.close()
    at_max = ms(t_first - t0) if t_first else None
    check(state == "ok" and response.status == 201, "?sleep=1000 (the maximum): %s, %r"
          % (state, response))
    check(at_max is not None and 1000 <= at_max <= 1000 + SLACK_MS,
          "?sleep=1000: answered after %s ms, expected 1000..%d"
          % ("-" if at_max is None else "%.2f" % at_max, 1000 + SLACK_MS))
    bad = []
    for query in ("sleep=5000", "sleep=abc", "sleep=-1", "sleep="):
        response, state, latency, c = exchange(port, request("GET", "/status/200?" + query),
                                               "?" + query)
        if state == "ok":
            c.ends_after("?" + query, response)
        c.close()
        bad.append("%s -> %s in %s ms" % (query, response.status if response else state,
                                          fmt(latency)))
        check(state == "ok" and response.status == 400 and latency <= FAST_MS,
              "?%s: %s, %r after %s ms, expected 400 at once" % (query, state, response,
                                                                 fmt(latency)))
    print("9 sleep: ?sleep=300 answered at %s ms, other client max %s ms; ?sleep=1000 at %s "
          "ms; %s" % ("-" if at is None else "%.1f" % at, fmt(worst),
                      "-" if at_max is None else "%.1f" % at_max, ", ".join(bad)), flush=True)


def check_formats(port):
    """10. Accept picks the body's format."""
    figures = []
    for target, accept, media in (
            ("/status/404", "application/json", "application/problem+json"),
            ("/status/500", "application/problem+json", "application/problem+json"),
            ("/status/200", "application/json", "application/json"),
            ("/status/404", "text/html", "text/html"),
            ("/status/200", "text/html", "text/html"),
            ("/status/404", None, "text/plain")):
        where = "GET %s, Accept: %s" % (target, accept)
        headers = ["Accept: " + accept] if accept else []
        response, state, _, c = exchange(port, request("GET", target, headers), where)
        c.close()
        if not check(state == "ok" and response.status == int(target[-3:]),
                     "%s: %s, %r" % (where, state, response)):
            continue
        figures.append("%s %s -> %s" % (target, accept or "-", response.field("content-type")))
        check(response.media_type() == media, "%s: Content-Type %r, expected %s"
              % (where, response.field("content-type"), media))
        if media.startswith("application/"):
            try:
                document = json.loads(response.body.decode("utf-8"))
            except ValueError as e:
                check(False, "%s: body is not JSON (%s): %r" % (where, e, response.body[:120]))
                continue
            check(isinstance(document, dict), "%s: JSON body is not an object" % where)
            if media == "application/problem+json":
                status = document.get("status") if isinstance(document, dict) else None
                check(type(status) is int and status == response.status,
                      "%s: problem \"status\" is %r, expected %d" % (where, status,
                                                                    response.status))
        elif media == "text/html":
            check(b"<html" in response.body.lower(), "%s: no <html in %r"
                  % (where, response.body[:120]))
    print("10 formats: " + "; ".join(figures), flush=True)


def check_max_connections(binary):
    """11. One connection over --max-connections: 503, Retry-After, closed."""
    where = "11th of --max-connections 10"
    flags = SHORT[:] + ["--max-connections", "10"]
    flags[1] = "5000"  # the ten held connections must outlive the check
    with Server(binary, "max-connections", flags) as srv:
        held = [Client(srv.port) for _ in range(10)]
        time.sleep(0.2)  # all ten accepted
        c = Client(srv.port)
        response, state, t_first, _ = c.response(where, limit=1.0)
        first = response.status if response else state
        how, t_close = c.closed(1.0)
        c.close()
        took = ms(t_close - c.t_open)
        if check(state == "ok" and response.status == 503, "%s: %s, %r, expected 503"
                 % (where, state, response)):
            check(response.field("retry-after") == "1", "%s: Retry-After %r, expected 1"
                  % (where, response.field("retry-after")))
            check(response.closes(), "%s: 503 without Connection: close" % where)
        check(how == "closed" and took <= 1000, "%s: connection %s after %s ms" % (where, how,
                                                                                  fmt(took)))
        # The ten are served, and a freed place goes to the next comer.
        held[0].send(request("GET", "/status/200"))
        response, state, _, _ = held[0].response("held connection")
        check(state == "ok" and response.status == 200, "a held connection: %s, %r"
              % (state, response))
        held[1].close()
        time.sleep(0.1)
        response, state, _, c = exchange(srv.port, request("GET", "/status/202"), "freed place")
        c.close()
        check(state == "ok" and response.status == 202,
              "after one of 10 closed, a new connection: %s, %r" % (state, response))
        for h in held:
            h.close()
        freed = response.status if response else state
    print("11 max-connections: 11th got %s, %s %s ms after connecting; after one of the 10 "
          "closed, a new connection got %s" % (first, how, fmt(took), freed), flush=True)


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


# The load checks (12): LOAD_SLOW slow connections at once against one normal
# client, whose LOAD_NORMAL requests, 25 ms apart, span the moment the slow
# connections' deadlines expire together.
LOAD_SLOW, LOAD_NORMAL, LOAD_DEADLINE_MS = 500, 100, 2000
SLOW_EVERY = 0.2  # seconds between two bytes of a slow connection


def set_flag(flags, name, value):
    flags = flags[:]
    flags[flags.index(name) + 1] = str(value)
    return flags


def slow_connection(sock, t_ref, drip=b""):
    """A slow connection for crowd(): t_ref is what its deadline runs from;
    drip, the bytes it still sends one at a time, from t_ref + SLOW_EVERY."""
    sock.setblocking(False)
    return {"sock": sock, "t_ref": t_ref, "drip": drip, "sent": 0, "buf": b"", "t_data": None,
            "t_end": None, "end": None}


def crowd(port, slow, limit):
    """Drives, in this one thread, the slow connections and a normal client
    making LOAD_NORMAL sequential GET /status/204 requests on fresh
    connections, until every slow connection has ended and the normal client
    is done, or limit seconds have passed. A slow connection stops sending
    once anything arrives, so the server never finds unread bytes because of
    the test; it gets buf, t_data (first byte), t_end and end ('eof',
    'reset', None while open). Returns the normal requests' latencies in ms,
    None for a failed one."""
    sel = selectors.DefaultSelector()
    sends = []  # heap of (time, index)
    normal = None  # the normal request in flight: (socket, start time, buffer)
    try:
        for i, c in enumerate(slow):
            sel.register(c["sock"], selectors.EVENT_READ, i)
            if c["drip"]:
                heapq.heappush(sends, (c["t_ref"] + SLOW_EVERY, i))
        t_start = now()
        latencies = []
        next_normal = t_start
        hard_stop = t_start + limit
        open_slow = len(slow)
        while now() < hard_stop and (open_slow or len(latencies) < LOAD_NORMAL):
            wake = [hard_stop]
            if sends:
                wake.append(sends[0][0])
            if normal is None and len(latencies) < LOAD_NORMAL:
                wake.append(next_normal)
            elif normal is not None:
                wake.append(normal[1] + 2.0)
            for key, _ in sel.select(max(0.0, min(wake) - now())):
                if key.data == "normal":
                    s, t0, buf = normal
                    try:
                        data = s.recv(65536)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except ConnectionResetError:
                        data = None
                    done = now()
                    try:
                        parsed = parse_response(buf + (data or b""), eof=not data)
                    except ValueError:
                        parsed = False
                    if parsed is None:
                        normal = (s, t0, buf + data)
                        continue
                    if parsed and parsed[0].status == 204:
                        keep("normal client under load", "GET", parsed[0])
                        latencies.append(ms(done - t0))
                    else:
                        latencies.append(None)
                    sel.unregister(s)
                    s.close()
                    normal = None
                    next_normal = max(done, t_start + len(latencies) * 0.025)
                    continue
                c = slow[key.data]
                try:
                    data = c["sock"].recv(65536)
                except (BlockingIOError, InterruptedError):
                    continue
                except ConnectionResetError:
                    c["t_end"], c["end"] = now(), "reset"
                    data = None
                if data:
                    if c["t_data"] is None:
                        c["t_data"] = now()
                    c["buf"] += data
                    continue
                if data is not None:
                    c["t_end"], c["end"] = now(), "eof"
                sel.unregister(c["sock"])
                open_slow -= 1
            t = now()
            while sends and sends[0][0] <= t:
                _, i = heapq.heappop(sends)
                c = slow[i]
                if c["t_data"] is not None or c["end"] is not None or c["sent"] >= len(c["drip"]):
                    continue
                try:
                    c["sock"].send(c["drip"][c["sent"]:c["sent"] + 1])
                    c["sent"] += 1
                except OSError:
                    continue  # the read side tells what happened
                # From t_ref, not from now: a late byte does not delay the rest.
                heapq.heappush(sends, (c["t_ref"] + SLOW_EVERY * (c["sent"] + 1), i))
            if normal is None and len(latencies) < LOAD_NORMAL and t >= next_normal:
                t0 = now()
                try:
                    s = socket.create_connection((HOST, port), timeout=2.0)
                    s.sendall(request("GET", "/status/204"))
                    s.setblocking(False)
                    sel.register(s, selectors.EVENT_READ, "normal")
                    normal = (s, t0, b"")
                except OSError:
                    latencies.append(None)
            elif normal is not None and t > normal[1] + 2.0:
                sel.unregister(normal[0])
                normal[0].close()
                normal = None
                latencies.append(None)
    finally:
        if normal is not None:
            normal[0].close()
        sel.close()
    return latencies


def crowd_ends(where, slow, deadline_ms, answer):
    """Checks that every slow connection got the answer (408, or None for
    nothing at all) and the close, each within SLACK_MS of t_ref +
    deadline_ms. Returns (how many did, worst lateness of the answer, of the
    close)."""
    ok, late_answer, late_close = 0, [], []
    problems, example = collections.Counter(), None
    for c in slow:
        deadline = c["t_ref"] + deadline_ms / 1000.0
        try:
            parsed = parse_response(c["buf"], eof=True) if c["buf"] else None
        except ValueError:
            parsed = None
        if answer is None and c["buf"] == b"" and c["end"] == "eof":
            ok += 1
            late_close.append(ms(c["t_end"] - deadline))
        elif (answer is not None and parsed and parsed[0].status == answer and parsed[1] == b""
              and c["end"] == "eof"):
            ok += 1
            keep(where + " connection", "GET", parsed[0])
            late_answer.append(ms(c["t_data"] - deadline))
            late_close.append(ms(c["t_end"] - deadline))
        else:
            problems["%s/%s" % (parsed[0].status if parsed else "%d bytes" % len(c["buf"]),
                                c["end"] or "open")] += 1
            if example is None:
                example = ("trickled %d byte(s) after its first write, got %r, %s"
                           % (c["sent"], c["buf"][:200],
                              "then %s %s ms after its deadline"
                              % (c["end"], fmt(ms(c["t_end"] - deadline))) if c["t_end"]
                              else "and was still open"))
    want = "got %d and a close" % answer if answer else "were closed without a byte"
    check(ok == len(slow), "%s: %d of %d slow connections %s; the others: %s; the first of "
          "them: %s" % (where, ok, len(slow), want, dict(problems), example))
    worst_answer = max(late_answer, key=abs) if late_answer else None
    worst_close = max(late_close, key=abs) if late_close else None
    if answer is not None:
        check(worst_answer is not None and abs(worst_answer) <= SLACK_MS,
              "%s: a %d came %s ms off its deadline (limit %d)" % (where, answer,
                                                                   fmt(worst_answer), SLACK_MS))
    check(worst_close is not None and abs(worst_close) <= SLACK_MS,
          "%s: a close came %s ms off its deadline (limit %d)" % (where, fmt(worst_close),
                                                                  SLACK_MS))
    return ok, worst_answer, worst_close


def normal_client(where, latencies):
    """Checks the normal client's requests. Returns (how many got their 204,
    the slowest, the 99th percentile)."""
    good = sorted(x for x in latencies if x is not None)
    check(len(good) == LOAD_NORMAL, "%s: %d of %d normal requests answered 204"
          % (where, len(good), LOAD_NORMAL))
    worst = good[-1] if good else None
    p99 = good[-(-99 * len(good) // 100) - 1] if good else None
    check(worst is not None and worst <= FAST_MS,
          "%s: a normal request took %s ms (limit %d)" % (where, fmt(worst), FAST_MS))
    return len(good), worst, p99


def check_slowloris(binary):
    """12. 500 connections sending a head one byte per 200 ms must each get
    408 at --head-timeout, and must not slow a normal client down."""
    where = "slowloris"
    flags = set_flag(SHORT + ["--max-connections", "1024"], "--head-timeout", LOAD_DEADLINE_MS)
    head = b"GET /status/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"s" * 200
    with Server(binary, where, flags) as srv:
        slow = []
        try:
            for _ in range(LOAD_SLOW):
                s = socket.create_connection((HOST, srv.port), timeout=2.0)
                s.setblocking(False)
                t = now()
                s.send(head[:1])
                slow.append(slow_connection(s, t, head[1:]))
            latencies = crowd(srv.port, slow, LOAD_DEADLINE_MS / 1000.0 + 3.0)
        finally:
            for c in slow:
                c["sock"].close()
        got408, worst408, worst_close = crowd_ends(where, slow, LOAD_DEADLINE_MS, 408)
        answered, worst, p99 = normal_client(where, latencies)
    print("12 slowloris: %d/%d slow connections got 408 + close; lateness max %s ms (408), "
          "%s ms (close); normal client %d/%d answered, max %s ms, p99 %s ms"
          % (got408, LOAD_SLOW, fmt(worst408), fmt(worst_close), answered, LOAD_NORMAL,
             fmt(worst), fmt(p99)), flush=True)


def check_slow_bodies(binary):
    """12. 500 connections sending a whole head, then its 1 MiB body one byte
    per 200 ms, must each get 408 at --body-timeout after the head, and must
    not slow a normal client down."""
    where = "slow bodies"
    flags = set_flag(SHORT + ["--max-connections", "1024"], "--body-timeout", LOAD_DEADLINE_MS)
    head = request("GET", "/status/200", headers=["Content-Length: 1048576"])
    # More bytes than the deadline leaves time for: the body never ends.
    body = b"x" * (2 * LOAD_DEADLINE_MS // int(SLOW_EVERY * 1000))
    with Server(binary, where, flags) as srv:
        slow = []
        try:
            for _ in range(LOAD_SLOW):
                s = socket.create_connection((HOST, srv.port), timeout=2.0)
                s.sendall(head)
                slow.append(slow_connection(s, now(), body))
            latencies = crowd(srv.port, slow, LOAD_DEADLINE_MS / 1000.0 + 3.0)
        finally:
            for c in slow:
                c["sock"].close()
        got408, worst408, worst_close = crowd_ends(where, slow, LOAD_DEADLINE_MS, 408)
        answered, worst, p99 = normal_client(where, latencies)
    print("12 slowloris, bodies: %d/%d slow connections got 408 + close; lateness after "
          "the head + %d ms: max %s ms (408), %s ms (close); normal client %d/%d answered, "
          "max %s ms, p99 %s ms"
          % (got408, LOAD_SLOW, LOAD_DEADLINE_MS, fmt(worst408), fmt(worst_close), answered,
             LOAD_NORMAL, fmt(worst), fmt(p99)), flush=True)


def check_idle_crowd(binary):
    """12. 500 kept-alive connections that go quiet after one answer must
    each be closed, without a byte, at --idle-timeout after it, and must not
    slow a normal client down."""
    where = "idle keep-alive crowd"
    flags = set_flag(SHORT + ["--max-connections", "1024"], "--idle-timeout", LOAD_DEADLINE_MS)
    with Server(binary, where, flags) as srv:
        slow = []
        setup = collections.Counter()
        try:
            for _ in range(LOAD_SLOW):
                c = Client(srv.port)
                c.send(request("GET", "/status/200"))
                response, state, _, t_answer = c.response(where + " first request")
                setup[response.status if response else state] += 1
                if c.buf:
                    setup["bytes after the answer"] += 1
                slow.append(slow_connection(c.sock, t_answer))
            latencies = crowd(srv.port, slow, LOAD_DEADLINE_MS / 1000.0 + 3.0)
        finally:
            for c in slow:
                c["sock"].close()
        check(setup == {200: LOAD_SLOW}, "%s: first requests answered %s, expected %d x 200"
              % (where, dict(setup), LOAD_SLOW))
        closed, _, worst_close = crowd_ends(where, slow, LOAD_DEADLINE_MS, None)
        answered, worst, p99 = normal_client(where, latencies)
    print("12 slowloris, idle keep-alive: %d/%d connections closed without a byte; lateness "
          "after the answer + %d ms: max %s ms (close); normal client %d/%d answered, max %s "
          "ms, p99 %s ms"
          % (closed, LOAD_SLOW, LOAD_DEADLINE_MS, fmt(worst_close), answered, LOAD_NORMAL,
             fmt(worst), fmt(p99)), flush=True)


def check_overload(binary):
    """13. A burst of 5000 attempts on --max-connections 256: no attempt
    hangs, the excess are turned away with 503, and the server's file
    descriptors go back to their idle count."""
    limit, batches, per_batch = 256, 10, 500
    outcomes = collections.Counter()
    no_retry_after = no_close = 0
    served_per_batch = []
    problems = []
    with Server(binary, "overload", SHORT + ["--max-connections", str(limit)]) as srv:
        pid = srv.proc.pid
        time.sleep(0.1)
        idle_fds = fd_count(pid)
        peak_fds = idle_fds
        worst_wait = 0.0
        for _ in range(batches):
            sel = selectors.DefaultSelector()
            conns = []
            try:
                for _ in range(per_batch):
                    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    s.setblocking(False)
                    t = now()
                    err = s.connect_ex((HOST, srv.port))
                    c = {"sock": s, "t0": t, "buf": b"", "result": None, "connected": err == 0}
                    conns.append(c)
                    if err in (0, errno.EINPROGRESS):
                        sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE, c)
                    else:
                        c["result"], c["t_end"] = "refused", now()
                pending = sum(1 for c in conns if c["result"] is None)
                last_sample = 0.0
                while pending:
                    t = now()
                    if t - last_sample > 0.05:
                        last_sample = t
                        peak_fds = max(peak_fds, fd_count(pid) or 0)
                    oldest = min(c["t0"] for c in conns if c["result"] is None)
                    if t > oldest + 2.0:
                        break
                    for key, events in sel.select(min(0.05, oldest + 2.0 - t)):
                        c = key.data
                        if not c["connected"] and events & selectors.EVENT_WRITE:
                            err = c["sock"].getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                            if err:
                                c["result"], c["t_end"] = "refused", now()
                                sel.unregister(c["sock"])
                                pending -= 1
                                continue
                            c["connected"] = True
                            sel.modify(c["sock"], selectors.EVENT_READ, c)
                        if not events & selectors.EVENT_READ:
                            continue
                        try:
                            data = c["sock"].recv(65536)
                        except (BlockingIOError, InterruptedError):
                            continue
                        except ConnectionResetError:
                            c["result"], c["t_end"] = "reset", now()
                            sel.unregister(c["sock"])
                            pending -= 1
                            continue
                        if data:
                            c["buf"] += data
                            continue
                        c["t_end"] = now()
                        if not c["buf"]:
                            c["result"] = "closed"
                        else:
                            try:
                                parsed = parse_response(c["buf"], eof=True)
                                response, rest = parsed
                                keep("overload", "GET", response)
                                if response.status == 503 and rest == b"":
                                    c["result"] = "503"
                                    if response.field("retry-after") != "1":
                                        no_retry_after += 1
                                    if not response.closes():
                                        no_close += 1
                                else:
                                    c["result"] = "answer %r" % response
                            except ValueError as e:
                                c["result"] = "malformed: %s" % e
                        sel.unregister(c["sock"])
                        pending -= 1
                for c in conns:
                    if c["result"] is None:
                        c["result"], c["t_end"] = "hang", now()
                    worst_wait = max(worst_wait, c["t_end"] - c["t0"])
                    outcomes[c["result"]] += 1
                    if c["result"] not in ("503", "closed", "refused") and len(problems) < 5:
                        problems.append(c["result"])
                served_per_batch.append(sum(1 for c in conns if c["result"] == "closed"))
            finally:
                for c in conns:
                    c["sock"].close()
                sel.close()
        t_after = now()
        fds = fd_count(pid)
        while fds is not None and idle_fds is not None and fds > idle_fds and now() < t_after + 2.0:
            time.sleep(0.02)
            fds = fd_count(pid)
        back_in = ms(now() - t_after)
        total = batches * per_batch
        check(outcomes["hang"] == 0, "overload: %d of %d attempts got nothing within 2 s"
              % (outcomes["hang"], total))
        check(not problems, "overload: unexpected outcomes, e.g. %s" % problems)
        check(outcomes["503"] > 0, "overload: no attempt got a 503")
        check(no_retry_after == 0, "overload: %d of %d 503s without Retry-After: 1"
              % (no_retry_after, outcomes["503"]))
        check(no_close == 0, "overload: %d of %d 503s without Connection: close"
              % (no_close, outcomes["503"]))
        check(all(n == limit for n in served_per_batch),
              "overload: connections served per batch of %d: %s, expected %d each"
              % (per_batch, served_per_batch, limit))
        check(fds is not None and idle_fds is not None and fds <= idle_fds,
              "overload: the server has %s open files 2 s after the burst, %s when idle"
              % (fds, idle_fds))
    print("13 overload: %d attempts -> %s; served per batch %s; slowest outcome %s ms; "
          "server fds idle %s, peak %s, back to %s in %s ms"
          % (total, dict(outcomes), sorted(set(served_per_batch)), fmt(ms(worst_wait)),
             idle_fds, peak_fds, fds, fmt(back_in)), flush=True)


def check_shutdown(binary):
    """14. SIGTERM: the answer in flight completes, idle connections close,
    the listener goes, exit 0 within --shutdown-timeout + 500 ms."""
    shutdown_ms = 2000
    srv = Server(binary, "shutdown", SHORT + ["--shutdown-timeout", str(shutdown_ms)])
    with srv:
        idle = Client(srv.port)
        idle.send(request("GET", "/status/200"))
        response, state, _, _ = idle.response("idle before SIGTERM")
        check(state == "ok" and response.status == 200, "shutdown: first request %s, %r"
              % (state, response))
        busy = Client(srv.port)
        t_req = busy.send(request("GET", "/status/200?sleep=500"))
        time.sleep(0.1)
        t_sig = srv.terminate()
        sel = selectors.DefaultSelector()
        for c in (idle, busy):
            c.sock.setblocking(False)
            sel.register(c.sock, selectors.EVENT_READ, c)
        ends = {}  # client -> (time, 'eof' or 'reset')
        data = {idle: b"", busy: b""}
        t_busy_first = None
        refused_at, exit_at, attempts = None, None, 0
        while now() < t_sig + shutdown_ms / 1000.0 + 1.0:
            if refused_at is None:
                attempts += 1
                try:
                    socket.create_connection((HOST, srv.port), timeout=0.2).close()
                except ConnectionRefusedError:
                    refused_at = now()
                except OSError:
                    pass
            for key, _ in sel.select(0.01):
                c = key.data
                try:
                    chunk = c.sock.recv(65536)
                except (BlockingIOError, InterruptedError):
                    continue
                except ConnectionResetError:
                    chunk = None
                if chunk:
                    if c is busy and t_busy_first is None:
                        t_busy_first = now()
                    data[c] += chunk
                    continue
                ends[c] = (now(), "eof" if chunk is not None else "reset")
                sel.unregister(c.sock)
                # As any client does on EOF: the server may be lingering,
                # waiting for this close before it lets go of the socket.
                c.close()
            if exit_at is None and srv.proc.poll() is not None:
                exit_at = now()
            if exit_at is not None and refused_at is not None and len(ends) == 2:
                break
        sel.close()
        idle.close()
        busy.close()
        try:
            parsed = parse_response(data[busy], eof=busy in ends)
        except ValueError as e:
            parsed = None
            check(False, "shutdown: the request in flight: %s" % e)
        response = parsed[0] if parsed else None
        keep("in flight at SIGTERM", "GET", response)
        answered = ms(t_busy_first - t_req) if t_busy_first else None
        check(response is not None and response.status == 200 and parsed[1] == b"",
              "shutdown: the request in flight got %r (%d bytes), expected a whole 200"
              % (response, len(data[busy])))
        check(answered is not None and answered >= 500,
              "shutdown: the sleeping request answered after %s ms, asked 500" % fmt(answered))
        if response is not None:
            # The server closes it next: a client must not be led to reuse it.
            check(response.closes(), "shutdown: the answer in flight lacks Connection: close")
        busy_closed = ms(ends[busy][0] - t_busy_first) if busy in ends and t_busy_first else None
        check(busy in ends and ends[busy][1] == "eof" and busy_closed <= SLACK_MS,
              "shutdown: after its answer the busy connection %s (%s ms later)"
              % (ends[busy][1] if busy in ends else "stayed open", fmt(busy_closed)))
        idle_closed = ms(ends[idle][0] - t_sig) if idle in ends else None
        check(data[idle] == b"" and idle_closed is not None and idle_closed <= SLACK_MS,
              "shutdown: the idle connection got %r, closed %s ms after SIGTERM (limit %d)"
              % (data[idle][:60], fmt(idle_closed), SLACK_MS))
        refused = ms(refused_at - t_sig) if refused_at else None
        check(refused is not None and refused <= SLACK_MS,
              "shutdown: new connections refused %s ms after SIGTERM (limit %d)"
              % (fmt(refused), SLACK_MS))
        exited = ms(exit_at - t_sig) if exit_at else None
        check(exited is not None and exited <= shutdown_ms + 500 and srv.proc.returncode == 0,
              "shutdown: exit status %r %s ms after SIGTERM (limit %d)"
              % (srv.proc.returncode, fmt(exited), shutdown_ms + 500))
        # --shutdown-timeout bounds the wait for answers in flight; once the
        # last one is out and the clients have closed their ends there is
        # nothing left to wait for, and a supervisor restarting the server
        # should not be kept waiting for the rest of the timeout.
        last = max(t for t, _ in ends.values()) if len(ends) == 2 else None
        exit_after_last = ms(exit_at - last) if exit_at and last else None
        check(exit_after_last is not None and exit_after_last <= SLACK_MS,
              "shutdown: exited %s ms after the last connection closed (limit %d; "
              "%s ms after SIGTERM, --shutdown-timeout %d)"
              % (fmt(exit_after_last), SLACK_MS, fmt(exited), shutdown_ms))
    print("14 shutdown: in-flight ?sleep=500 got %r at %s ms, closed %s ms later; idle "
          "connection closed %s ms after SIGTERM; connections refused after %s ms (%d attempts); "
          "exit %r after %s ms (limit %d), %s ms after the last connection closed"
          % (response, fmt(answered), fmt(busy_closed), fmt(idle_closed), fmt(refused), attempts,
             srv.proc.returncode, fmt(exited), shutdown_ms + 500, fmt(exit_after_last)),
          flush=True)

    # An answer that would outlast --shutdown-timeout does not hold the
    # exit back: its sleep is cut short, and it goes out whole before the
    # server exits.
    shutdown_ms = 1000
    srv = Server(binary, "shutdown past timeout",
                 SHORT + ["--shutdown-timeout", str(shutdown_ms), "--max-sleep", "5000"])
    with srv:
        busy = Client(srv.port)
        busy.send(request("GET", "/status/200?sleep=4000"))
        time.sleep(0.1)
        t_sig = srv.terminate()
        answer, _, _, t_done = busy.response("shutdown with ?sleep=4000 in flight",
                                             limit=(shutdown_ms + 500) / 1000.0)
        answered = ms(t_done - t_sig)
        try:
            srv.proc.wait(timeout=(shutdown_ms + 2000) / 1000.0)
        except subprocess.TimeoutExpired:
            pass
        exited = ms(now() - t_sig) if srv.proc.returncode is not None else None
        how, _ = busy.closed(1.0)
        busy.close()
        check(answer is not None and answer.status == 200 and answer.closes() and
              answered <= shutdown_ms,
              "shutdown with ?sleep=4000 in flight: %r %s ms after SIGTERM (limit %d)"
              % (answer, fmt(answered), shutdown_ms))
        check(exited is not None and exited <= shutdown_ms + 500 and srv.proc.returncode == 0,
              "shutdown with ?sleep=4000 in flight: exit status %r %s ms after SIGTERM "
              "(limit %d)" % (srv.proc.returncode, fmt(exited), shutdown_ms + 500))
        check(how in ("closed", "reset"),
              "shutdown with ?sleep=4000 in flight: that connection is %s after the exit" % how)
    print("14 shutdown past --shutdown-timeout %d: exit %r after %s ms; the sleeping "
          "connection %s" % (shutdown_ms, srv.proc.returncode, fmt(exited), how), flush=True)


# ---- the linter --------------------------------------------------------------


LINT_LEVELS = {"MUST", "MUST NOT", "SHOULD", "SHOULD NOT"}


def lint_responses(cli):
    unique = collections.OrderedDict()
    for where, method, raw in RESPONSES:
        unique.setdefault((method, raw), where)
    findings, other = 0, collections.Counter()
    for (method, raw), where in unique.items():
        out = subprocess.run([cli, "lint", "--raw", "--json", "--min-severity", "info",
                              "--method", method], input=raw, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, timeout=30)
        status = raw.split(b"\r\n", 1)[0].decode("latin-1")
        if not check(out.returncode in (0, 1), "lint (%s, %s): exit %d: %s"
                     % (where, status, out.returncode, out.stderr.decode("utf-8", "replace"))):
            continue
        try:
            reports = json.loads(out.stdout.decode("utf-8"))
        except ValueError as e:
            check(False, "lint (%s): output is not JSON: %s" % (where, e))
            continue
        for report in reports:
            for f in report.get("findings", []):
                if f.get("level") in LINT_LEVELS:
                    findings += 1
                    check(False, "lint %s %s (%s): %s: %s [%s, %s]"
                          % (method, status, where, f.get("rule"), f.get("message"),
                             f.get("level"), f.get("reference")))
                else:
                    other[f.get("rule")] += 1
    print("lint: %d responses (%d distinct), %d finding(s) at MUST/SHOULD level, others: %s"
          % (len(RESPONSES), len(unique), findings, dict(other) or "none"), flush=True)


def main():
    if len(sys.argv) != 2:
        print("usage: check_server.py PATH/TO/httpstatus-server", file=sys.stderr)
        return 2
    binary = sys.argv[1]
    started = now()
    # The slowloris and overload groups hold hundreds of sockets here, and
    # the server, started from here, inherits the limit.
    nofile = raise_fd_limit()
    check(nofile >= 1024, "RLIMIT_NOFILE is only %d; the load checks need 1024" % nofile)

    version = ""
    try:
        version = check_command_line(binary)
    except Exception as e:
        check(False, "command line: unexpected %s: %s" % (type(e).__name__, e))
    try:
        with Server(binary, "main", SHORT + ["--max-sleep", "1000"]) as srv:
            group("basics", check_basics, srv.port, version)
            for name, func in (("slow body", check_slow_body), ("idle", check_idle),
                               ("partial head", check_partial_heads),
                               ("targets", check_targets), ("HTTP/0.9", check_http09),
                               ("limits", check_limits), ("ranges", check_ranges),
                               ("code lists", check_code_lists), ("sleep", check_sleep),
                               ("formats", check_formats)):
                group(name, func, srv.port)
    except Exception as e:  # the server did not start: the other instances may
        check(False, "main server: %s: %s" % (type(e).__name__, e))
    for name, func in (("max-connections", check_max_connections),
                       ("slowloris", check_slowloris), ("slow bodies", check_slow_bodies),
                       ("idle crowd", check_idle_crowd), ("overload", check_overload),
                       ("shutdown", check_shutdown)):
        group(name, func, binary)

    cli = os.environ.get("HTTPSTATUS_CLI")
    if cli:
        group("lint", lint_responses, cli)
    else:
        print("SKIP: HTTPSTATUS_CLI is not set; the %d responses were not linted"
              % len(RESPONSES), flush=True)

    print("server: %d passed, %d failed (%.0f s)" % (passed, failed, now() - started))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
