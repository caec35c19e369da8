#!/usr/bin/env python3
"""Real clients against httpstatus-server.

    check_clients.py PATH/TO/httpstatus-server

Starts the server on a free port (it prints "listening on 127.0.0.1:PORT"
first), then for every IANA registry code from 200 to 599 in data/status.tsv
fetches /status/CODE with curl and with http.client over one persistent
connection, and checks the status code, the reason phrase, the header fields
the code requires and the absence of content where there must be none. Then
malformed and unusual requests over raw sockets, each followed by a normal
request to show the server is still up. The server is stopped at the end,
pass or fail, and must exit with status 0.

SERVER_WRAPPER, when set, is put before the server command, for example
SERVER_WRAPPER="valgrind --error-exitcode=9 --leak-check=full".

Prints one line per failed check, then "clients: N passed, M failed"; exits 1
on any failure. Python 3 standard library only; connects only to 127.0.0.1.
"""

import ctypes
import http.client
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HOST = "127.0.0.1"
WRAPPER = shlex.split(os.environ.get("SERVER_WRAPPER", ""))
# Everything takes longer under valgrind.
SLOW = 4 if WRAPPER else 1
TIMEOUT = 10.0 * SLOW
CURL_MAX_TIME = str(5 * SLOW)
ALLOWED = {"GET", "HEAD", "OPTIONS"}

# Header fields each code must carry in this server's answers. (416's
# Content-Range is owed only to a byte-range request, which these are not.)
REQUIRED = {
    401: ["WWW-Authenticate"],
    405: ["Allow"],
    407: ["Proxy-Authenticate"],
    301: ["Location"],
    302: ["Location"],
    303: ["Location"],
    307: ["Location"],
    308: ["Location"],
    426: ["Upgrade"],
    429: ["Retry-After"],
    503: ["Retry-After"],
}
NO_CONTENT = {204, 205, 304}

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, flush=True)
    return ok


DESCRIPTIONS = {}  # code -> English description of its IANA row


def registry_codes():
    """(code, phrase) for the IANA rows of data/status.tsv in 200..599; fills
    DESCRIPTIONS for every IANA row."""
    here = os.path.dirname(os.path.abspath(__file__))
    tsv = os.path.join(here, "..", "..", "data", "status.tsv")
    rows = []
    with open(tsv, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 7 or not cols[0].isdigit():
                continue  # the column-name row
            code = int(cols[0])
            if cols[6] == "IANA":
                DESCRIPTIONS[code] = cols[11]
            if cols[6] == "IANA" and 200 <= code <= 599:
                rows.append((code, "" if cols[1] == "-" else cols[1]))
    return rows


def content_of(code, phrase=None):
    """The plain-text body the server sends: "404 Not Found", then the
    row's description, each on its line (http_status_body(3))."""
    if phrase is None:
        phrase = dict(registry_codes()).get(code, "")
    first = ("%d %s" % (code, phrase)).rstrip() + "\n"
    description = DESCRIPTIONS.get(code)
    return (first + (description + "\n" if description else "")).encode()


# ---- the server ----------------------------------------------------------


def start_server(binary, stderr_file):
    # a head deadline well inside check_stalled()'s bound
    cmd = WRAPPER + [binary, "--listen", "127.0.0.1:0", "--head-timeout", "3000"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=stderr_file)
    line = b""
    deadline = time.monotonic() + 15 * SLOW
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None:
            break
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if not ready:
            break
        chunk = os.read(proc.stdout.fileno(), 1)
        if not chunk:
            break
        line += chunk
    m = re.fullmatch(rb"listening on 127\.0\.0\.1:(\d+)\n", line)
    return proc, (int(m.group(1)) if m else None), line


def stop_server(proc):
    """Terminates the server; returns (exit status, whether it had to be killed)."""
    if proc.poll() is not None:
        return proc.returncode, False
    proc.terminate()
    try:
        return proc.wait(timeout=10 * SLOW), False
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait(timeout=10), True


# ---- raw sockets -----------------------------------------------------------


def connect(port):
    s = socket.create_connection((HOST, port), timeout=TIMEOUT)
    s.settimeout(TIMEOUT)
    return s


def send_quietly(s, data):
    """Sends data; the server may close early (431, 400): that is no error."""
    try:
        s.sendall(data)
    except OSError:
        pass


def read_response(s, buf=b"", head_request=False):
    """Reads one response from s. Returns (status, reason, headers, body, rest,
    state): headers a dict of lower-case name -> list of values; rest the bytes
    read past the response; state 'ok', 'closed' (EOF before any byte), 'reset',
    'timeout' or 'truncated'. status is None unless state is 'ok'."""
    def more():
        try:
            return s.recv(65536)
        except socket.timeout:
            raise TimeoutError
    try:
        while b"\r\n\r\n" not in buf:
            chunk = more()
            if not chunk:
                return None, None, {}, b"", buf, "closed" if not buf else "truncated"
            buf += chunk
        head, _, rest = buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        m = re.fullmatch(rb"HTTP/1\.1 (\d{3}) (.*)", lines[0])
        if not m:
            return None, None, {}, b"", buf, "truncated"
        status = int(m.group(1))
        reason = m.group(2).decode("latin-1")
        headers = {}
        for line in lines[1:]:
            name, sep, value = line.partition(b":")
            if not sep:
                return None, None, {}, b"", buf, "truncated"
            headers.setdefault(name.decode("latin-1").lower(), []).append(
                value.strip().decode("latin-1"))
        if 100 <= status < 200:
            return status, reason, headers, b"", rest, "ok"
        if head_request or status in (204, 304):
            length = 0
        else:
            length = int(headers.get("content-length", ["0"])[0])
        while len(rest) < length:
            chunk = more()
            if not chunk:
                return None, None, {}, b"", rest, "truncated"
            rest += chunk
        return status, reason, headers, rest[:length], rest[length:], "ok"
    except TimeoutError:
        return None, None, {}, b"", buf, "timeout"
    except ConnectionResetError:
        return None, None, {}, b"", buf, "reset"


def wait_for_close(s, rest=b""):
    """'closed' when the server closes s with nothing more sent, else what happened."""
    if rest:
        return "extra bytes %r" % rest[:40]
    try:
        data = s.recv(65536)
    except socket.timeout:
        return "still open"
    except ConnectionResetError:
        return "reset"
    return "closed" if not data else "extra bytes %r" % data[:40]


def request(method, target, version="HTTP/1.1", headers=()):
    lines = ["%s %s %s" % (method, target, version)]
    if version == "HTTP/1.1":
        lines.append("Host: %s" % HOST)
    lines.extend(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def still_up(port, after):
    """A normal GET /status/200 on a new connection works."""
    try:
        with connect(port) as s:
            s.sendall(request("GET", "/status/200", headers=["Connection: close"]))
            status, reason, _, body, _, state = read_response(s)
    except OSError as e:
        status, reason, body, state = None, None, b"", "error %s" % e
    check(state == "ok" and status == 200 and reason == "OK" and body == content_of(200),
          "server not answering GET /status/200 after %s (%s, %r)" % (after, state, status))


# ---- the checks --------------------------------------------------------------


# The library's own conformance check, run on what the client received
# (argv[2]: the shared library), so the test does not take the server's
# word for it.
CHECK_MUST_ONLY = 2
library = None


class Response(ctypes.Structure):
    """struct http_status_response of httpstatus.h."""
    _fields_ = [("code", ctypes.c_int), ("method", ctypes.c_char_p),
                ("fields", ctypes.POINTER(ctypes.c_char_p)), ("field_count", ctypes.c_size_t),
                ("has_content", ctypes.c_int), ("struct_size", ctypes.c_size_t)]


def load_library(path):
    global library
    library = ctypes.CDLL(path)
    library.http_status_check.restype = ctypes.c_size_t
    library.http_status_check.argtypes = [
        ctypes.POINTER(Response), ctypes.c_uint, ctypes.c_void_p, ctypes.c_size_t]


def must_violations(code, header_names, has_content, method):
    names = (ctypes.c_char_p * max(1, len(header_names)))(
        *[n.encode("latin-1") for n in header_names])
    response = Response(code, method.encode(), names, len(header_names), int(has_content),
                        ctypes.sizeof(Response))
    return library.http_status_check(ctypes.byref(response), CHECK_MUST_ONLY, None, 0)


def check_response(client, code, phrase, status, reason, headers, body, method="GET"):
    """headers: dict of lower-case name -> list of values."""
    what = "%s %s /status/%d" % (client, method, code)
    if library is not None:
        n = must_violations(status, list(headers), body != b"", method)
        check(n == 0, "%s: http_status_check finds %d MUST violation(s)" % (what, n))
    check(status == code, "%s: status %r" % (what, status))
    check(reason == phrase, "%s: reason %r, registry says %r" % (what, reason, phrase))
    for field in REQUIRED.get(code, []):
        check(field.lower() in headers, "%s: no %s field" % (what, field))
    if code == 204:
        check("content-length" not in headers and "transfer-encoding" not in headers,
              "%s: framing field on a 204" % what)
    if method == "HEAD" or code in NO_CONTENT:
        check(body == b"", "%s: content %r where there must be none" % (what, body[:40]))
    else:
        check(body == content_of(code, phrase), "%s: content %r" % (what, body[:60]))
        cl = headers.get("content-length")
        check(cl == [str(len(body))], "%s: Content-Length %r for %d bytes" % (what, cl, len(body)))


def check_curl(port, codes):
    curl = shutil.which("curl")
    if curl is None:
        print("SKIP: curl is not installed; the curl checks did not run", flush=True)
        return
    for code, phrase in codes:
        for method in ("GET", "HEAD"):
            cmd = [curl, "-s", "-i", "--max-time", CURL_MAX_TIME]
            if method == "HEAD":
                cmd.append("-I")
            cmd.append("http://%s:%d/status/%d" % (HOST, port, code))
            try:
                out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     timeout=10 * SLOW)
            except subprocess.TimeoutExpired:
                check(False, "curl %s /status/%d: curl hung" % (method, code))
                continue
            if not check(out.returncode == 0, "curl %s /status/%d: exit status %d"
                         % (method, code, out.returncode)):
                continue
            head, sep, body = out.stdout.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            m = re.fullmatch(rb"HTTP/1\.1 (\d{3}) (.*)", lines[0])
            if not check(sep and m, "curl %s /status/%d: bad response %r"
                         % (method, code, out.stdout[:60])):
                continue
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers.setdefault(name.decode("latin-1").strip().lower(), []).append(
                    value.strip().decode("latin-1"))
            check_response("curl", code, phrase, int(m.group(1)),
                           m.group(2).decode("latin-1"), headers, body, method)


def check_http_client(port, codes):
    """One persistent connection for every code; the server closes only after 408."""
    conn = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
    try:
        for method in ("GET", "HEAD"):
            for code, phrase in codes:
                what = "http.client %s /status/%d" % (method, code)
                try:
                    conn.request(method, "/status/%d" % code)
                    resp = conn.getresponse()
                    body = resp.read()
                except (OSError, http.client.HTTPException) as e:
                    check(False, "%s: %s: %s" % (what, type(e).__name__, e))
                    conn.close()  # http.client opens a new one for the next request
                    continue
                headers = {}
                for name, value in resp.getheaders():
                    headers.setdefault(name.lower(), []).append(value)
                check_response("http.client", code, phrase, resp.status, resp.reason,
                               headers, body, method)
                check(resp.will_close == (code == 408),
                      "%s: keep-alive %s" % (what, "ended" if resp.will_close else "kept"))
    finally:
        conn.close()


def check_framing(port):
    """Pipelined requests on one raw connection: the answers without content
    (HEAD, 204, 205, 304) must carry no stray bytes before the next answer."""
    content = {c: content_of(c) for c in (200, 299, 418)}
    plan = [("HEAD", 200), ("GET", 204), ("GET", 205), ("GET", 304), ("HEAD", 404),
            ("HEAD", 204), ("GET", 299), ("GET", 418), ("GET", 200)]
    data = b"".join(request(m, "/status/%d" % c) for m, c in plan[:-1])
    data += request("GET", "/status/200", headers=["Connection: close"])
    with connect(port) as s:
        s.sendall(data)
        rest = b""
        for method, code in plan:
            status, _, _, body, rest, state = read_response(s, rest, method == "HEAD")
            if not check(state == "ok" and status == code,
                         "pipelined %s /status/%d: %s, status %r" % (method, code, state, status)):
                return
            want = b"" if method == "HEAD" or code in NO_CONTENT else content[code]
            check(body == want, "pipelined %s /status/%d: content %r" % (method, code, body))
        check(wait_for_close(s, rest) == "closed",
              "pipelined: connection not closed after Connection: close")


def check_versions(port):
    # HTTP/1.0 without keep-alive: answer, then the server closes.
    with connect(port) as s:
        s.sendall(b"GET /status/200 HTTP/1.0\r\n\r\n")
        status, reason, headers, body, rest, state = read_response(s)
        check(state == "ok" and status == 200 and body == content_of(200),
              "HTTP/1.0 GET: %s, status %r" % (state, status))
        check("keep-alive" not in ",".join(headers.get("connection", [])).lower(),
              "HTTP/1.0 GET: keep-alive offered without being asked")
        how = wait_for_close(s, rest)
        check(how == "closed", "HTTP/1.0 GET: connection %s" % how)
    # HTTP/1.0 with keep-alive: the connection stays for a second request.
    with connect(port) as s:
        s.sendall(b"GET /status/404 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        status, _, headers, _, rest, state = read_response(s)
        check(state == "ok" and status == 404, "HTTP/1.0 keep-alive: %s, %r" % (state, status))
        check(headers.get("connection") == ["keep-alive"],
              "HTTP/1.0 keep-alive: Connection %r" % headers.get("connection"))
        s.sendall(b"GET /status/201 HTTP/1.0\r\n\r\n")
        status, _, _, _, rest, state = read_response(s, rest)
        check(state == "ok" and status == 201,
              "HTTP/1.0 keep-alive: second request %s, %r" % (state, status))
        check(wait_for_close(s, rest) == "closed", "HTTP/1.0: not closed after the last request")
    # HTTP/1.1 with Connection: close.
    with connect(port) as s:
        s.sendall(request("GET", "/status/500", headers=["Connection: close"]))
        status, _, headers, _, rest, state = read_response(s)
        check(state == "ok" and status == 500 and headers.get("connection") == ["close"],
              "HTTP/1.1 Connection: close: %s, %r, %r" % (state, status, headers.get("connection")))
        check(wait_for_close(s, rest) == "closed", "HTTP/1.1 Connection: close not honoured")


# name, bytes to send, acceptable statuses (None: a clean close without answer is fine)
MALFORMED = [
    ("garbage line", b"\x16\x03\x01garbage here\r\n\r\n", {400}),
    ("non-numeric code", request("GET", "/status/abc"), {400}),
    ("no version, code 9999", b"GET /status/9999\r\n\r\n", {400}),
    ("code 9999", request("GET", "/status/9999"), {400}),
    ("code 600", request("GET", "/status/600"), {400}),
    ("code 99", request("GET", "/status/099"), {400}),
    ("1xx code", request("GET", "/status/101"), {400}),
    ("unknown path", request("GET", "/nowhere"), {404}),
    ("20 KiB header", request("GET", "/status/200", headers=["X-Big: " + "a" * 20480]), {431}),
    ("20 KiB request line", request("GET", "/status/200?" + "a" * 20480), {414, 431}),
    ("unknown method", request("BREW", "/status/200"), {405}),
    ("NUL in request line", b"GET /status/\x00200 HTTP/1.1\r\nHost: x\r\n\r\n", {400}),
    ("NUL in a field", b"GET /status/200 HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n", {400}),
    ("space before colon", b"GET /status/200 HTTP/1.1\r\nHost : x\r\n\r\n", {400}),
    ("obs-fold", b"GET /status/200 HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", {400}),
    ("no Host on HTTP/1.1", b"GET /status/200 HTTP/1.1\r\n\r\n", {400}),
    ("two Host fields", request("GET", "/status/200", headers=["Host: y"]), {400}),
    ("HTTP/2.0", b"GET /status/200 HTTP/2.0\r\nHost: x\r\n\r\n", {505}),
    ("chunked body", request("POST", "/status/200", headers=["Transfer-Encoding: chunked"])
     + b"5\r\nhello\r\n0\r\n\r\n", {411, 400}),
    ("bad Content-Length", request("POST", "/status/200", headers=["Content-Length: 5x"]), {400}),
    ("conflicting Content-Length", request("POST", "/status/200", headers=[
        "Content-Length: 1", "Content-Length: 2"]) + b"ab", {400}),
    ("huge Content-Length", request("POST", "/status/200", headers=[
        "Content-Length: 99999999999999999999999"]), {413}),
    ("unknown Expect", request("GET", "/status/200", headers=["Expect: tea"]), {417}),
    ("incomplete request, then close", b"GET /status/200 HTTP/1.1\r\nHost: x\r\n", None),
    ("only a request line, then close", b"GET /status/200 HTTP/1.1\r\n", None),
]


def check_malformed(port):
    for name, data, statuses in MALFORMED:
        try:
            with connect(port) as s:
                send_quietly(s, data)
                if statuses is None:
                    s.shutdown(socket.SHUT_WR)
                    how = wait_for_close(s)
                    check(how == "closed", "%s: connection %s" % (name, how))
                else:
                    status, _, headers, _, _, state = read_response(s)
                    ok = state == "ok" and status in statuses
                    check(ok or state == "closed", "%s: %s, status %r" % (name, state, status))
                    if status == 405:
                        check(headers.get("allow") == ["GET, HEAD, OPTIONS"],
                              "%s: Allow %r" % (name, headers.get("allow")))
        except OSError as e:
            check(False, "%s: %s" % (name, e))
        still_up(port, name)


def check_bodies(port):
    """Bodies are read and dropped, and the connection goes on."""
    with connect(port) as s:
        s.sendall(request("POST", "/status/200", headers=["Content-Length: 5"]) + b"hello"
                  + request("GET", "/status/202", headers=["Content-Length: 3"]) + b"abc"
                  + request("GET", "/status/203"))
        rest = b""
        for want in (405, 202, 203):
            status, _, _, _, rest, state = read_response(s, rest)
            check(state == "ok" and status == want,
                  "body then pipelined request: %s, %r instead of %d" % (state, status, want))
    # A body sent in pieces after the head.
    with connect(port) as s:
        s.sendall(request("PUT", "/status/200", headers=["Content-Length: 70000"]))
        for _ in range(7):
            s.sendall(b"x" * 10000)
        s.sendall(request("GET", "/status/200"))
        rest = b""
        for want in (405, 200):
            status, _, _, _, rest, state = read_response(s, rest)
            check(state == "ok" and status == want,
                  "large body: %s, %r instead of %d" % (state, status, want))
    # Expect: 100-continue gets the interim answer before the body is sent.
    with connect(port) as s:
        s.sendall(request("GET", "/status/200", headers=[
            "Content-Length: 4", "Expect: 100-continue"]))
        status, reason, _, _, rest, state = read_response(s)
        check(state == "ok" and status == 100 and reason == "Continue",
              "Expect: 100-continue: %s, %r %r" % (state, status, reason))
        s.sendall(b"data")
        status, _, _, _, rest, state = read_response(s, rest)
        check(state == "ok" and status == 200, "after 100 Continue: %s, %r" % (state, status))


def check_stalled(port):
    """A client that stops in the middle of a head gets 408 (or a close)
    within the server's read timeout, and the server goes on."""
    with connect(port) as s:
        s.settimeout(20 * SLOW)
        s.sendall(b"GET /status/200 HTTP/1.1\r\nHost: x\r\n")
        t = time.monotonic()
        status, _, _, _, rest, state = read_response(s)
        check((state == "ok" and status == 408) or state == "closed",
              "stalled head: %s, %r" % (state, status))
        check(time.monotonic() - t < 15 * SLOW, "stalled head: the server waited too long")
    still_up(port, "a stalled head")


def check_server_log(log):
    violations = [line for line in log.splitlines() if "violation" in line]
    check(not violations, "the server reported broken rules: %s" % "; ".join(violations[:5]))


def main():
    if len(sys.argv) < 2:
        print("usage: check_clients.py PATH/TO/httpstatus-server [PATH/TO/libhttpstatus.so]",
              file=sys.stderr)
        return 2
    binary = sys.argv[1]
    if len(sys.argv) > 2:
        load_library(sys.argv[2])
    else:
        print("SKIP: no library given; the client-side conformance check did not run",
              flush=True)
    codes = registry_codes()
    check(len(codes) >= 50, "data/status.tsv: only %d registry codes in 200..599" % len(codes))

    with tempfile.TemporaryFile() as log_file:
        proc, port, first = start_server(binary, log_file)
        rc, killed = None, False
        try:
            if check(port is not None, "first line %r is not 'listening on 127.0.0.1:PORT'"
                     % first):
                for step in (check_curl, check_http_client):
                    step(port, codes)
                for step in (check_framing, check_versions, check_malformed, check_bodies,
                             check_stalled):
                    try:
                        step(port)
                    except (OSError, ValueError) as e:
                        check(False, "%s: %s: %s" % (step.__name__, type(e).__name__, e))
        except Exception as e:  # report, and still stop the server
            check(False, "unexpected %s: %s" % (type(e).__name__, e))
        finally:
            rc, killed = stop_server(proc)
            proc.stdout.close()
        log_file.seek(0)
        log = log_file.read().decode("utf-8", "replace")

    check(not killed, "the server did not stop on SIGTERM and was killed")
    if not check(rc == 0, "the server exited with status %r%s" % (rc, " under " + " ".join(WRAPPER)
                                                                  if WRAPPER else "")):
        sys.stdout.write(log[-4000:])
    check_server_log(log)

    print("clients: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
