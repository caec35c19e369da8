#!/usr/bin/env python3
"""The reference pages of httpstatus-server, in a real browser.

    check_pages.py PATH/TO/httpstatus-server PATH/TO/httpstatus DATA/status.tsv [SHOTS]

Starts the server on a free port of 127.0.0.1, then:
  - opens /, /codes/405, /codes/104?lang=ko and a search in Debian's chromium,
    headless, and reads each page's DOM after its script ran (--dump-dom):
    the 405 page names Allow at MUST; the Korean 104 page carries the Korean
    description, the expiry that data/status.tsv gives and whether it has
    passed; typing "timeout" in the search (the script reads #q=) leaves 408
    and 504 visible and hides 404, and the server-side ?q=timeout lists the
    same codes;
  - checks that every page (the index, each code's page, in English and in
    Korean, a search, a missing code) passes `tidy -errors -q` and
    `httpstatus lint --raw`, and that the search words come back escaped;
  - takes screenshots (wide, and phone-width in dark mode) into SHOTS when
    it is given (docs/ keeps one run's).
Exits 1 on any failure. Connects only to 127.0.0.1.
"""
import datetime
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

import server_process

HOST = "127.0.0.1"
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, flush=True)
    return ok


def fetch(port, target, headers=()):
    """The raw response to GET target, on a connection of its own."""
    with socket.create_connection((HOST, port), timeout=10) as s:
        s.sendall(("GET %s HTTP/1.1\r\nHost: test\r\nConnection: close\r\n%s\r\n"
                   % (target, "".join(h + "\r\n" for h in headers))).encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return data
            data += chunk


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("check_pages.py: needs chromium (apt-get install chromium)")


def chromium(exe, profile, *args):
    # --no-sandbox: CI runs as root, where the sandbox refuses to start
    cmd = [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", "--user-data-dir=" + profile, *args]
    return subprocess.run(cmd, capture_output=True, timeout=120, text=True)


def dom(exe, profile, url):
    r = chromium(exe, profile, "--virtual-time-budget=3000", "--dump-dom", url)
    return r.stdout


def item_hidden(page, code):
    """Whether the index's entry for code is there, and hidden: None when
    it is not in the page."""
    m = re.search(r'<li id="c%d"([^>]*)>' % code, page)
    return None if m is None else "hidden" in m.group(1)


def expiry_of(tsv, code):
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if cells[0] == str(code) and len(cells) > 4:
                return cells[4]
    return None


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, cli, tsv = sys.argv[1:4]
    shots = sys.argv[4] if len(sys.argv) > 4 else None
    exe = browser()
    profile = tempfile.mkdtemp(prefix="httpstatus-pages-")
    proc, port = server_process.start(binary)
    base = "http://%s:%d" % (HOST, port)
    try:
        # The server's bytes: valid HTML, lint-clean, search words escaped.
        for target, headers in (("/", ()), ("/?lang=ko", ()), ("/codes/405", ()),
                                ("/codes/104?lang=ko", ()), ("/codes/404", ("Accept-Language: ko",)),
                                ("/?q=timeout", ()), ("/codes/499", ()), ("/codes/418", ()),
                                ("/codes/299", ()), ("/?q=%3Cscript%3Ex%27%22", ())):
            raw = fetch(port, target, headers)
            head, _, body = raw.partition(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            check(status == (404 if target == "/codes/299" else 200),
                  "%s: status %d" % (target, status))
            with tempfile.NamedTemporaryFile(suffix=".html") as f:
                f.write(body)
                f.flush()
                t = subprocess.run(["tidy", "-errors", "-q", f.name], capture_output=True, text=True)
            check(t.returncode == 0, "%s: tidy says %s" % (target, t.stderr.strip()[:300]))
            lint = subprocess.run([cli, "lint", "--raw"], input=raw, capture_output=True)
            check(lint.returncode == 0, "%s: lint says %s" % (target, lint.stdout.decode()[:300]))
            if target.startswith("/?q=%3C"):
                check(b"<script>x" not in body and b"&lt;script&gt;x&#39;&quot;" in body,
                      "the search words are not escaped in the page")
            if target == "/codes/404":
                check(b'<p lang="ko">' in body, "Accept-Language: ko gives no Korean description")
        # Every code's page, in both languages: tidy and the linter.
        codes = sorted({int(c) for c in re.findall(r'<li id="c(\d+)"', fetch(port, "/").decode())})
        check(len(codes) > 60, "the index lists only %d codes" % len(codes))
        for code in codes:
            for target in ("/codes/%d" % code, "/codes/%d?lang=ko" % code):
                raw = fetch(port, target)
                head, _, body = raw.partition(b"\r\n\r\n")
                with tempfile.NamedTemporaryFile(suffix=".html") as f:
                    f.write(body)
                    f.flush()
                    t = subprocess.run(["tidy", "-errors", "-q", f.name], capture_output=True,
                                       text=True)
                lint = subprocess.run([cli, "lint", "--raw"], input=raw, capture_output=True)
                if not check(head.startswith(b"HTTP/1.1 200 ") and t.returncode == 0 and
                             lint.returncode == 0,
                             "%s: %s; tidy %s; lint %s" % (target, head.split(b"\r\n")[0],
                                                          t.stderr.strip()[:200],
                                                          lint.stdout.decode()[:200])):
                    break
        print("pages: %d code pages in two languages through tidy and the linter" % len(codes))
        server_side = fetch(port, "/?q=timeout").decode()
        for code, want in ((408, True), (504, True), (404, False)):
            check((item_hidden(server_side, code) is not None) == want,
                  "?q=timeout: %d %s" % (code, "missing" if want else "listed"))

        # In the browser.
        page = dom(exe, profile, base + "/codes/405")
        check(re.search(r"<td>Allow</td><td class=\"MUST\">MUST</td>", page) is not None,
              "/codes/405 in chromium: no Allow at MUST")
        page = dom(exe, profile, base + "/codes/104?lang=ko")
        expires = expiry_of(tsv, 104)
        check(expires is not None and ("until " + expires) in page,
              "/codes/104?lang=ko: no expiry %s" % expires)
        passed_ = expires is not None and datetime.date.fromisoformat(expires) < \
            datetime.datetime.now(datetime.timezone.utc).date()
        check(("(expired)" in page) == passed_,
              "/codes/104?lang=ko: says expired %s, the date says %s" % ("(expired)" in page, passed_))
        check(re.search(r'<p lang="ko">[^<]*[\uac00-\ud7a3]', page) is not None,
              "/codes/104?lang=ko: no Korean description")
        page = dom(exe, profile, base + "/#q=timeout")
        for code, hidden in ((408, False), (504, False), (404, True), (200, True)):
            check(item_hidden(page, code) is hidden,
                  "typing timeout: %d is %s" % (code, {None: "missing", True: "hidden",
                                                      False: "shown"}[item_hidden(page, code)]))
        shown_by_script = {int(c) for c in re.findall(r'<li id="c(\d+)"(?![^>]*hidden)', page)}
        shown_by_server = {int(c) for c in re.findall(r'<li id="c(\d+)"', server_side)}
        check(shown_by_script == shown_by_server,
              "the script shows %s, the server %s" % (sorted(shown_by_script), sorted(shown_by_server)))
        m = re.search(r'<p id="count">([^<]*)</p>', page)
        check(m is not None and m.group(1).strip() == "%d codes" % len(shown_by_script),
              "the count says %r" % (m.group(1) if m else None))

        if shots:
            os.makedirs(shots, exist_ok=True)
            for name, url, size, dark in (("pages-index.png", "/", "1000,1000", False),
                                          ("pages-405.png", "/codes/405", "1000,700", False),
                                          ("pages-104-ko-phone.png", "/codes/104?lang=ko",
                                           "390,844", True)):
                args = ["--window-size=" + size, "--screenshot=" + os.path.join(shots, name)]
                if dark:
                    args.append("--force-dark-mode")
                r = chromium(exe, profile, *args, base + url)
                check(os.path.exists(os.path.join(shots, name)),
                      "no screenshot %s: %s" % (name, r.stderr[-300:]))
    finally:
        proc.terminate()
        code = proc.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
    check(code == 0, "the server exited %d" % code)
    print("pages: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
