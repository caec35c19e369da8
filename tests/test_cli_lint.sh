#!/usr/bin/env bash
# "httpstatus lint" against docs/httpstatus.1 (LINT): exit statuses, text and
# JSON output, the options, and curl's way of printing responses.
#
#     tests/test_cli_lint.sh build/cli/httpstatus
set -u
BIN=$1
. "$(dirname "$0")/expect.sh"

date='Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n'
printf "HTTP/1.1 405 Method Not Allowed\r\n${date}Content-Length: 0\r\n\r\n" >"$tmp/405"
printf "HTTP/1.1 200 OK\r\n${date}Content-Length: 5\r\n\r\nhello" >"$tmp/200"
printf "HTTP/1.1 404 Nope\r\n${date}Content-Length: 0\r\n\r\n" >"$tmp/404"
printf "HTTP/1.1 200 OK\r\n${date}Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n" >"$tmp/chunked"
printf "HTTP/1.1 200 OK\r\n${date}Transfer-Encoding: chunked\r\n\r\nhello" >"$tmp/decoded"
printf "HTTP/1.1 301 Moved Permanently\r\n${date}Location: /b\r\nContent-Length: 9\r\n\r\nHTTP/1.1 405 Method Not Allowed\r\n${date}Content-Length: 0\r\n\r\n" >"$tmp/chain"

expect "clean response" 0 '^1 response: 0 errors, 0 warnings, 0 info$' -- "$BIN" lint "$tmp/200"
expect "from standard input" 0 '^1 response: 0 errors' -- sh -c "\"$BIN\" lint <\"$tmp/200\""
expect "dash is standard input" 0 '^1 response: 0 errors' -- sh -c "\"$BIN\" lint - <\"$tmp/200\""
expect "405 without Allow" 1 '^error: field-missing: response 0 \(405\), byte [0-9]+: Allow: .*\[MUST, RFC 9110, Section 15\.5\.6\]$' -- "$BIN" lint --method DELETE "$tmp/405"
expect "summary line" 1 '^1 response: 1 error, 0 warnings, 0 info$' -- "$BIN" lint --method DELETE "$tmp/405"
expect "--ignore" 0 '^1 response: 0 errors' -- "$BIN" lint --ignore field-missing "$tmp/405"
expect "info below the default" 0 '^1 response: 0 errors, 0 warnings, 0 info$' -- "$BIN" lint "$tmp/404"
expect "--min-severity info" 1 '^info: reason-phrase-differs: ' -- "$BIN" lint --min-severity info "$tmp/404"
expect "--min-severity error" 0 '^1 response' -- sh -c "printf 'HTTP/1.1 301 Moved Permanently\r\n${date}Content-Length: 0\r\n\r\n' | \"$BIN\" lint --min-severity error"
expect "curl's decoded chunks" 0 '^1 response: 0 errors' -- "$BIN" lint "$tmp/decoded"
expect "--raw checks chunks" 1 '^error: chunk-size-invalid: ' -- "$BIN" lint --raw "$tmp/chunked"
expect "curl -L chain" 1 '^error: field-missing: response 1 \(405\)' -- "$BIN" lint "$tmp/chain"
expect "chain count" 1 '^2 responses: 1 error' -- "$BIN" lint "$tmp/chain"
expect "--http10" 1 'interim-to-http10' -- sh -c "printf 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n${date}Content-Length: 0\r\n\r\n' | \"$BIN\" lint --http10"
expect "--no-clock" 0 '^1 response: 0 errors' -- sh -c "printf 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' | \"$BIN\" lint --no-clock"
expect "--partial" 0 '^1 response: 0 errors' -- sh -c "printf 'HTTP/1.1 200 OK\r\n${date}Content-Length: 10\r\n\r\nhi' | \"$BIN\" lint --partial --raw"
expect "empty input" 1 'message-incomplete' -- sh -c "\"$BIN\" lint </dev/null"
expect "--help" 0 '^usage: httpstatus lint' -- "$BIN" lint --help
expect "unknown option" 2 'unknown lint option --bogus' -- "$BIN" lint --bogus
expect "unknown rule" 2 'no such rule: nope' -- "$BIN" lint --ignore nope "$tmp/200"
expect "bad severity" 2 'no such severity: loud' -- "$BIN" lint --min-severity loud "$tmp/200"
expect "missing value" 2 '--method needs a value' -- "$BIN" lint --method
expect "two files" 2 'lint reads one file' -- "$BIN" lint "$tmp/200" "$tmp/404"
expect "unreadable file" 2 'cannot open' -- "$BIN" lint "$tmp/no-such-file"

# JSON: valid, one object per response, the fields the manual names
if command -v python3 >/dev/null 2>&1; then
    expect "JSON" 1 '^ok$' -- sh -c "\"$BIN\" lint --json \"$tmp/chain\" | python3 -c '
import json, sys
a = json.load(sys.stdin)
assert [r[\"index\"] for r in a] == [0, 1] and [r[\"status\"] for r in a] == [301, 405], a
f = a[1][\"findings\"][0]
assert set(f) == {\"rule\", \"level\", \"severity\", \"field\", \"offset\", \"reference\", \"message\"}, f
assert (f[\"rule\"], f[\"level\"], f[\"field\"]) == (\"field-missing\", \"MUST\", \"Allow\"), f
assert a[0][\"findings\"] == []
print(\"ok\")' && exit 1"
    expect "JSON null field and status" 1 '^ok$' -- sh -c "printf 'garbage\r\n\r\n' | \"$BIN\" lint --json | python3 -c '
import json, sys
a = json.load(sys.stdin)
assert a[0][\"status\"] is None and a[0][\"findings\"][0][\"field\"] is None, a
print(\"ok\")' && exit 1"
fi

echo "cli_lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
