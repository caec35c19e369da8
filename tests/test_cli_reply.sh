#!/usr/bin/env bash
# "httpstatus reply" against docs/httpstatus.1 (REPLY): whole responses,
# refusals with the missing field named, and the options.
#
#     tests/test_cli_reply.sh build/cli/httpstatus
set -u
BIN=$1
. "$(dirname "$0")/expect.sh"

imf='Sun, 06 Nov 1994 08:49:37 GMT'
crlf=$(printf '\r\n')

expect "405 refused without Allow" 1 "^httpstatus: refused: 405 needs Allow \(RFC 9110, Section 15\.5\.6\); give it with --header 'Allow: \.\.\.'$" -- "$BIN" reply 405
expect "401 refused without WWW-Authenticate" 1 'refused: 401 needs WWW-Authenticate' -- "$BIN" reply 401
expect "101 refused without Upgrade" 1 'refused: 101 needs Upgrade' -- "$BIN" reply 101
expect "refusal writes nothing" 1 '^httpstatus: refused' -- sh -c "\"$BIN\" reply 407 2>/dev/null | wc -c | grep -qx 0 && \"$BIN\" reply 407"
expect "405 with Allow" 0 "^Allow: GET, HEAD${crlf}$" -- "$BIN" reply 405 --header 'Allow: GET, HEAD'
expect "status line" 0 "^HTTP/1.1 404 Not Found${crlf}$" -- "$BIN" reply 404
expect "--http10 answers HTTP/1.1" 0 "^HTTP/1.1 404 Not Found${crlf}$" -- "$BIN" reply 404 --http10
expect "1xx to HTTP/1.0" 1 'interim-to-http10' -- "$BIN" reply 103 --http10
expect "--date now" 0 "^Date: [A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT${crlf}$" -- "$BIN" reply 200
expect "--date given" 0 "^Date: ${imf}${crlf}$" -- "$BIN" reply 200 --date "$imf"
expect "--date none" 0 '^ok$' -- sh -c "\"$BIN\" reply 200 --date none >\"$tmp/200\" && grep -q '^HTTP/1.1 200 OK' \"$tmp/200\" && ! grep -q '^Date:' \"$tmp/200\" && echo ok"
expect "bad date" 1 'date-invalid' -- "$BIN" reply 200 --date yesterday
expect "text body" 0 '^404 Not Found$' -- "$BIN" reply 404 --date none
expect "--detail" 0 '^no user 42$' -- "$BIN" reply 404 --detail 'no user 42'
expect "html escapes detail" 0 '<p>&lt;b&gt;&amp;</p>' -- "$BIN" reply 404 --format html --detail '<b>&'
expect "json media type" 0 "^Content-Type: application/problem\+json${crlf}$" -- "$BIN" reply 503 --format json
expect "json body" 0 '^\{"type":"about:blank","title":"Service Unavailable","status":503\}$' -- "$BIN" reply 503 --format json
expect "--lang ko" 0 '<p lang="ko">' -- "$BIN" reply 404 --format html --lang ko
expect "HEAD has no content" 0 '^ok$' -- sh -c "\"$BIN\" reply 404 --method HEAD --date none | tail -c 4 | od -An -c | grep -q '\\\\r  *\\\\n  *\\\\r  *\\\\n' && echo ok"
expect "HEAD keeps Content-Length" 0 "^Content-Length: [1-9][0-9]*${crlf}$" -- "$BIN" reply 404 --method HEAD
expect "204 has no Content-Length" 0 '^ok$' -- sh -c "\"$BIN\" reply 204 >\"$tmp/204\" && grep -q '^HTTP/1.1 204 No Content' \"$tmp/204\" && ! grep -qi '^content-length' \"$tmp/204\" && echo ok"
expect "205 says 0" 0 "^Content-Length: 0${crlf}$" -- "$BIN" reply 205
expect "Upgrade brings Connection" 0 "^Connection: upgrade, close${crlf}$" -- "$BIN" reply 426 --header 'Upgrade: HTTP/3.0' --header 'Connection: close'
expect "other fields pass" 0 "^Cache-Control: no-store${crlf}$" -- "$BIN" reply 404 --header 'Cache-Control: no-store'
# (crlf above is CR alone: command substitution drops the LF)
expect "CR LF in a header" 1 'refused: --header .*value-invalid' -- "$BIN" reply 404 --header $'X-A: a\r\nSet-Cookie: x=1'
expect "a lone CR in a header" 1 'refused: --header .*value-invalid' -- "$BIN" reply 404 --header "X-A: a${crlf}Set-Cookie: x=1"
expect "control byte in a header" 1 "refused: --header 'X-A: a\\\\x01': .*value-invalid" -- "$BIN" reply 404 --header "X-A: a$(printf '\001')"
expect "reserved field" 1 'field-reserved' -- "$BIN" reply 404 --header 'Content-Length: 1'
expect "a field twice" 2 'Allow is given twice' -- "$BIN" reply 405 --header 'Allow: GET' --header 'allow: PUT'
expect "header without colon" 2 "needs 'Name: value'" -- "$BIN" reply 404 --header 'Allow'
expect "bad format" 2 'no such format: xml' -- "$BIN" reply 404 --format xml
expect "bad code" 2 'not a status code: 99' -- "$BIN" reply 99
expect "no code" 2 'reply needs a status code' -- "$BIN" reply
expect "two codes" 2 'reply takes one code' -- "$BIN" reply 200 404
expect "unknown language" 2 'no descriptions in fr' -- "$BIN" reply 404 --lang fr
expect "unknown option" 2 'unknown reply option --bogus' -- "$BIN" reply --bogus
expect "missing value" 2 '--format needs a value' -- "$BIN" reply 404 --format
# the length a refusal names is the length of the body the reply writes
len=$("$BIN" reply 206 --date none --header 'Content-Range: bytes 0-0/1' 2>&1 | sed -n 's/.*the body is \([0-9]*\) bytes.*/\1/p')
expect "206 names the length to give" 1 "the body is ${len} bytes, so a 206 needs 'Content-Range: bytes 0-$((len - 1))/LENGTH'" -- "$BIN" reply 206 --header 'Content-Range: bytes 0-9/10'
expect "206 with the body's range" 0 "^Content-Range: bytes 0-$((len - 1))/1000000${crlf}$" -- "$BIN" reply 206 --header "Content-Range: bytes 0-$((len - 1))/1000000"
expect "206 body is that long" 0 '^ok$' -- sh -c "\"$BIN\" reply 206 --date none --header 'Content-Range: bytes 0-$((len - 1))/1000000' | sed '1,/^\r\$/d' | wc -c | grep -qx '$len' && echo ok"
expect "whitespace around a value goes" 0 "^Allow: GET${crlf}$" -- "$BIN" reply 405 --header 'Allow:   GET  '
expect "a date twice" 2 'date is given twice' -- "$BIN" reply 200 --date none --header "Date: $imf"
expect "--help" 0 '^usage: httpstatus reply' -- "$BIN" reply --help

# The output is what the linter accepts, and what Python's http.client reads.
expect "lints clean" 0 '^1 response: 0 errors, 0 warnings' -- sh -c "\"$BIN\" reply 405 --method DELETE --header 'Allow: GET' --format html | \"$BIN\" lint --raw --method DELETE"
if command -v python3 >/dev/null 2>&1; then
    expect "http.client reads it" 0 '^ok$' -- sh -c "\"$BIN\" reply 404 --format json --detail 'x' | python3 -c '
import http.client, io, json, sys
class S:
    def makefile(self, mode): return io.BytesIO(sys.stdin.buffer.read())
r = http.client.HTTPResponse(S()); r.begin()
body = r.read()
assert r.status == 404 and len(body) == int(r.getheader(\"Content-Length\")), r.status
assert json.loads(body)[\"detail\"] == \"x\"
print(\"ok\")'"
fi

echo "cli_reply: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
