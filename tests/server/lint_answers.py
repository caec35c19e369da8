#!/usr/bin/env python3
"""Every answer of httpstatus-server, held to the project's own linter.

    lint_answers.py PATH/TO/httpstatus-server PATH/TO/httpstatus

Asks the server for /status/100 to /status/599 with each method (GET, HEAD,
OPTIONS, POST) and each body format (plain, JSON, HTML by Accept), in
origin-form, and with GET in absolute-form too; then `OPTIONS *`, a list of
codes, a refusal of each kind (400, 405, 408, 411, 413, 414, 431, 505) and
an HTTP/1.0 request. Each answer is read off the wire with its own framing
and linted with `httpstatus lint --raw`; a finding at MUST or SHOULD level,
or of error severity, fails the test. Connects only to 127.0.0.1.
"""
import concurrent.futures
import json
import os
import re
import socket
import subprocess
import sys
import time

import server_process

HOST = "127.0.0.1"
ACCEPTS = {"text": None, "json": "application/json", "html": "text/html"}


def read_answer(sock, buf, method):
    """One response off the socket, framed as a client frames it: (raw
    bytes, status, the bytes left over)."""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise EOFError("closed before a whole head: %r" % buf[:200])
        buf += chunk
    end = buf.index(b"\r\n\r\n") + 4
    head = buf[:end].decode("latin-1")
    status = int(head.split(" ", 2)[1])
    m = re.search(r"\r\ncontent-length: *(\d+)\r\n", head, re.I)
    length = 0 if (method == "HEAD" or status < 200 or status in (204, 304)) else (
        int(m.group(1)) if m else None)
    if length is None:  # framed by the close
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            buf += chunk
        return buf, status, b""
    while len(buf) < end + length:
        chunk = sock.recv(65536)
        if not chunk:
            raise EOFError("closed inside a body")
        buf += chunk
    return buf[:end + length], status, buf[end + length:]


def exchange(port, requests):
    """[(method, request bytes)], one at a time over a kept-alive connection,
    and over a new one after an answer that closes: [(method, response
    bytes, http10)]."""
    out, buf, s = [], b"", None
    try:
        for method, data in requests:
            if s is None:
                s, buf = socket.create_connection((HOST, port), timeout=10), b""
            s.sendall(data)
            raw, status, buf = read_answer(s, buf, method)
            out.append((method, raw, b"HTTP/1.0" in data.split(b"\r\n", 1)[0]))
            head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
            if re.search(rb"\r\nconnection: *close\r\n", head, re.I) or b"HTTP/1.0" in data[:64]:
                s.close()
                s = None
    finally:
        if s is not None:
            s.close()
    return out


def request(method, target, headers=(), version="HTTP/1.1", body=b""):
    lines = ["%s %s %s" % (method, target, version)]
    if version == "HTTP/1.1":
        lines.append("Host: test")
    lines += list(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def lint(cli, answer):
    method, raw, http10 = answer
    args = [cli, "lint", "--raw", "--json", "--method", method, "--min-severity", "info"]
    if http10:
        args.append("--http10")
    r = subprocess.run(args, input=raw, capture_output=True, timeout=30)
    if r.returncode == 2:
        return ["the linter could not read it: " + r.stderr.decode(errors="replace")]
    bad = []
    for response in json.loads(r.stdout or b"[]"):
        for f in response["findings"]:
            if f["severity"] == "error" or (f["level"] or "").startswith(("MUST", "SHOULD")):
                bad.append("%s [%s] %s" % (f["rule"], f["level"], f["message"]))
    return bad


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, cli = sys.argv[1], sys.argv[2]
    proc, port = server_process.start(binary, "--head-timeout", "500", "--body-timeout", "500")
    answers = []
    started = time.monotonic()
    try:
        for method in ("GET", "HEAD", "OPTIONS", "POST"):
            for fmt, accept in ACCEPTS.items():
                headers = ["Accept: " + accept] if accept else []
                answers += exchange(port, [(method, request(method, "/status/%d" % c, headers))
                                           for c in range(100, 600)])
        answers += exchange(port, [("GET", request("GET", "http://example.com/status/%d?x" % c))
                                   for c in range(100, 600)])
        answers += exchange(port, [("OPTIONS", request("OPTIONS", "*")),
                                   ("GET", request("GET", "/status/200,301,404,503")),
                                   ("GET", request("GET", "/nowhere")),
                                   ("DELETE", request("DELETE", "/status/200")),
                                   ("GET", request("GET", "/status/200", version="HTTP/1.0"))])
        for method, data in (("GET", b"GET /status/200\r\n"),
                             ("GET", request("GET", "/status/2000")),
                             ("POST", request("POST", "/status/200",
                                              ["Transfer-Encoding: chunked"])),
                             ("POST", request("POST", "/status/200", ["Content-Length: 9999999"])),
                             ("GET", request("GET", "/status/200?" + "a" * 9000)),
                             ("GET", request("GET", "/status/200", ["X-Big: " + "a" * 9000])),
                             ("GET", b"GET /status/200 HTTP/2.0\r\nHost: x\r\n\r\n"),
                             ("GET", b"GET /status/200 HTTP/1.1\r\nHost: x\r\n"),  # then 408
                             ("POST", request("POST", "/status/200", ["Content-Length: 5"])
                              + b"ab")):  # then a body timeout
            answers += exchange(port, [(method, data)])
    finally:
        proc.terminate()
        code = proc.wait(timeout=10)
    # Answers that differ only in their Date are linted once: a sanitizer
    # build of the linter starts slowly, and there are thousands.
    distinct = {}
    for a in answers:
        distinct.setdefault((a[0], a[2], re.sub(rb"\r\nDate: [^\r]*", b"", a[1])), a)
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda a: lint(cli, a), distinct.values()))
    failures = [(a, bad) for a, bad in zip(distinct.values(), results) if bad]
    for (method, raw, _), bad in failures[:20]:
        print("FAIL: %s -> %s" % (method, raw.split(b"\r\n", 1)[0].decode("latin-1")))
        for b in bad:
            print("    " + b)
    statuses = {int(raw.split(b" ", 2)[1]) for _, raw, _ in answers}
    print("lint_answers: %d answers (%d distinct but for Date, %d distinct codes) linted in "
          "%.1f s, %d with a MUST or SHOULD finding; the server exited %d"
          % (len(answers), len(distinct), len(statuses), time.monotonic() - started,
             len(failures), code))
    return 1 if failures or code != 0 or len(answers) < 4000 else 0


if __name__ == "__main__":
    sys.exit(main())
