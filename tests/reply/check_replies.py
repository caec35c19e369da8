#!/usr/bin/env python3
"""Reads every response that dump_replies writes with parsers that are not
the library's own, and fails on the first one they refuse:

- Python's http.client parses each response, with the request method;
  Content-Length equals the content's length, no byte follows the
  message, and HEAD gets the length GET gets but no content;
- the status line's phrase is the one data/status.tsv gives the code;
- every JSON body parses with json.loads made strict (no NaN, no repeated
  member) and holds the RFC 9457 members;
- every distinct HTML page passes `tidy -errors -q`;
- the detail reaches each body as Python's own UTF-8 decoder reads it,
  escaped for HTML in HTML.

usage: check_replies.py DUMP_REPLIES STATUS_TSV
"""
import html
import http.client
import io
import json
import re
import shutil
import subprocess
import sys

DETAIL = (b"<script>alert(\"x\" & 'y')</script>\x01 \xff\xc3( \xed\xa0\x80 "
          b"\xec\x82\xac")


def registry_phrases(path):
    """code -> phrase of the registry rows ('' for none), from the TSV."""
    phrases = {}
    with open(path, encoding="utf-8-sig") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\r\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if row["origin"] == "IANA":
                phrases[int(row["code"])] = "" if row["reason"] == "-" else row["reason"]
    return phrases


class Unclosed(io.BytesIO):
    """A stream that http.client cannot close, so that what it leaves
    unread stays readable."""

    def close(self):
        pass


class Wire:
    """The socket http.client reads from: the bytes of one record."""

    def __init__(self, data):
        self.file = Unclosed(data)

    def makefile(self, mode):
        return self.file


def strict_json(text):
    def no_constants(name):
        raise ValueError("JSON constant " + name)

    def no_repeats(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("repeated member")
        return dict(pairs)

    return json.loads(text, parse_constant=no_constants, object_pairs_hook=no_repeats)


def html_text(detail):
    """The detail as a browser reads it from the page: invalid UTF-8 and the
    characters HTML does not allow become U+FFFD."""
    out = []
    for ch in detail.decode("utf-8", errors="replace"):
        cp = ord(ch)
        bad = (cp < 0x20 and ch not in "\t\n\r") or 0x7F <= cp <= 0x9F \
            or 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE
        out.append("\ufffd" if bad else ch)
    return "".join(out)


def check(record, data, phrases, get_lengths, pages):
    code, method, fmt, lang = record
    wire = Wire(data)
    resp = http.client.HTTPResponse(wire, method=method)
    resp.begin()
    interim = 100 <= code < 200
    if code == 100:
        # http.client reads past a 100 to the final response
        assert resp.status == 200, resp.status
        body = resp.read()
        if method != "HEAD" and method != "CONNECT":
            assert len(body) == int(resp.getheader("Content-Length"))
        assert wire.file.read() == b""
        return
    else:
        assert resp.status == code, (resp.status, code)
        assert resp.reason == phrases.get(code, ""), (resp.reason, phrases.get(code))
    body = resp.read()
    rest = wire.file.read()
    if interim:
        # the 200 that follows, and nothing after it
        wire = Wire(rest)
        final = http.client.HTTPResponse(wire, method=method)
        final.begin()
        assert final.status == 200
        final.read()
        rest = wire.file.read()
    assert rest == b"", "bytes after the message: %r" % rest[:40]

    length = resp.getheader("Content-Length")
    ctype = resp.getheader("Content-Type")
    connect_2xx = method == "CONNECT" and 200 <= code < 300
    if interim or code in (204, 304) or connect_2xx:
        assert length is None, length
    else:
        assert length is not None
    no_content = interim or code in (204, 205, 304) or connect_2xx
    if no_content or method == "HEAD":
        assert body == b"", body[:40]
    else:
        assert int(length) == len(body), (length, len(body))
    key = (code, fmt, lang)
    if method == "GET" and length is not None:
        get_lengths[key] = int(length)
    if method == "HEAD" and length is not None:
        assert int(length) == get_lengths[key], (length, get_lengths[key])
    if no_content:
        assert ctype is None, ctype
        return
    assert ctype is not None
    if not body:
        return

    phrase = phrases.get(code, "")
    detail = DETAIL.decode("utf-8", errors="replace")
    if fmt == "json":
        problem = strict_json(body.decode("utf-8"))
        if code >= 400:
            assert ctype == "application/problem+json", ctype
            assert problem.get("type") == "about:blank", problem
        else:
            assert ctype == "application/json", ctype
            assert "type" not in problem
        assert problem["status"] == code
        assert problem.get("title", "") == phrase, problem
        assert problem["detail"] == detail, problem["detail"]
    elif fmt == "html":
        assert ctype == "text/html; charset=utf-8", ctype
        text = body.decode("utf-8")
        title = ("%d %s" % (code, phrase)).strip()
        assert "<title>%s</title>" % html.escape(title) in text
        paragraph = re.search(r"</h1>\n<p>(.*?)</p>", text, re.S)
        assert paragraph and html.unescape(paragraph.group(1)) == html_text(DETAIL), \
            paragraph and paragraph.group(1)
        assert "<script>" not in text
        pages.setdefault(body, record)
    else:
        assert ctype == "text/plain; charset=utf-8", ctype
        title = ("%d %s" % (code, phrase)).strip()
        assert body.decode("utf-8").startswith(title + "\n" + detail + "\n"), body[:80]


def main():
    dump, tsv = sys.argv[1], sys.argv[2]
    phrases = registry_phrases(tsv)
    data = subprocess.run([dump], check=True, stdout=subprocess.PIPE).stdout
    at, count, get_lengths, pages = 0, 0, {}, {}
    while at < len(data):
        end = data.index(b"\n", at)
        code, method, fmt, lang, length = data[at:end].decode().split()
        start = end + 1
        message = data[start:start + int(length)]
        record = (int(code), method, fmt, lang)
        try:
            check(record, message, phrases, get_lengths, pages)
        except Exception as e:
            print("FAIL %s %s %s %s: %s: %s" % (code, method, fmt, lang, type(e).__name__, e))
            print(message[:600].decode("utf-8", errors="replace"))
            return 1
        count += 1
        at = start + int(length)
    print("%d responses parsed by http.client; JSON strict, framing exact" % count)

    tidy = shutil.which("tidy")
    if tidy is None:
        print("tidy not found (Debian: apt-get install tidy)")
        return 1
    for page, record in pages.items():
        run = subprocess.run([tidy, "-errors", "-q"], input=page,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if run.returncode != 0:
            print("tidy refuses the page of %s:\n%s" % (record, run.stdout.decode()))
            return 1
    print("%d distinct HTML pages pass tidy -errors -q" % len(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
