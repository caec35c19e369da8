#!/usr/bin/env python3
"""Sends each scenario's request to a server on 127.0.0.1 and keeps the raw
bytes of both sides, for tests/lint/check_corpus.py.

    tests/lint/capture.py PORT OUT_DIR

Writes OUT_DIR/<scenario>.request and OUT_DIR/<scenario>.response. Every
request ends with Connection: close, so the server's closing ends the
capture. Only 127.0.0.1 is ever contacted.
"""
import os
import re
import socket
import sys
import time

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
OUT = sys.argv[2]
AUTHORITY = f"{HOST}:{PORT}"


def request(method, target, fields=(), version="HTTP/1.1", host=True, body=b""):
    lines = [f"{method} {target} {version}"]
    if host:
        lines.append(f"Host: {AUTHORITY}")
    lines += list(fields)
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def exchange(raw, pause_after_head=False):
    with socket.create_connection((HOST, PORT), timeout=10) as s:
        if pause_after_head:
            head, _, body = raw.partition(b"\r\n\r\n")
            s.sendall(head + b"\r\n\r\n")
            time.sleep(0.5)  # the time a client gives a 100 (Continue) to come
            s.sendall(body)
        else:
            s.sendall(raw)
        chunks = []
        while True:
            try:
                data = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


def field(response, name):
    m = re.search(rb"^" + name.encode() + rb":[ \t]*([^\r\n]*)", response, re.I | re.M)
    return m.group(1).decode("latin-1") if m else None


def main():
    os.makedirs(OUT, exist_ok=True)
    first = exchange(request("GET", "/file.txt"))
    etag = field(first, "ETag") or '"none"'
    modified = field(first, "Last-Modified") or "Sun, 06 Nov 1994 08:49:37 GMT"
    scenarios = [
        ("get", request("GET", "/file.txt"), False),
        ("head", request("HEAD", "/file.txt"), False),
        ("not-found", request("GET", "/missing.txt"), False),
        ("directory-without-slash", request("GET", "/dir"), False),
        ("if-none-match", request("GET", "/file.txt", [f"If-None-Match: {etag}"]), False),
        ("if-modified-since", request("GET", "/file.txt", [f"If-Modified-Since: {modified}"]), False),
        ("range", request("GET", "/file.txt", ["Range: bytes=0-3"]), False),
        ("range-unsatisfiable", request("GET", "/file.txt", ["Range: bytes=5000-"]), False),
        ("range-multi", request("GET", "/file.txt", ["Range: bytes=0-1,4-5"]), False),
        ("delete", request("DELETE", "/file.txt"), False),
        ("unknown-method", request("FROB", "/file.txt"), False),
        ("options", request("OPTIONS", "/file.txt"), False),
        ("http10", request("GET", "/file.txt", version="HTTP/1.0"), False),
        ("expect-continue", request("POST", "/file.txt", ["Expect: 100-continue",
                                                          "Content-Length: 5"], body=b"hello"), True),
        ("missing-host", request("GET", "/file.txt", host=False), False),
        ("long-uri", request("GET", "/" + "a" * 20000), False),
        ("huge-header", request("GET", "/file.txt", ["X-Big: " + "b" * 70000]), False),
    ]
    for name, raw, pause in scenarios:
        response = exchange(raw, pause)
        with open(os.path.join(OUT, name + ".request"), "wb") as f:
            f.write(raw if len(raw) < 4096 else raw[:4096])
        with open(os.path.join(OUT, name + ".response"), "wb") as f:
            f.write(response)


if __name__ == "__main__":
    main()
