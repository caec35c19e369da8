#!/usr/bin/env bash
# Checks the httpstatus command-line tool against docs/httpstatus.1.
#
#     tests/test_cli.sh build/cli/httpstatus
#
# Every check names its case; a failing one is reported on stderr. The last
# line is "cli: N passed, M failed", and the exit status is 1 when M > 0.
# JSON is validated with python3 -m json.tool when python3 is installed; the
# colour checks need script(1) for a terminal.

set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH-TO-httpstatus" >&2
    exit 2
fi
BIN=$1
export LC_ALL=C
unset NO_COLOR

passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

have_python=0
if command -v python3 >/dev/null 2>&1; then
    have_python=1
else
    echo "note: python3 not found; JSON validation and width checks are skipped" >&2
fi

pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    printf 'FAIL: %s\n' "$1" >&2
}

# run ARG...: runs the tool; stdout in $tmp/out, stderr in $tmp/err, status in $rc.
run() {
    "$BIN" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# ---- assertions on the last run -------------------------------------------

expect_rc() { # NAME WANT
    if [ "$rc" -eq "$2" ]; then pass; else fail "$1: exit status $rc, expected $2"; fi
}

expect_line() { # NAME LINE: stdout has exactly this line
    if grep -Fxq -- "$2" "$tmp/out"; then pass; else fail "$1: no line '$2' on stdout"; fi
}

expect_no_line() { # NAME LINE
    if grep -Fxq -- "$2" "$tmp/out"; then fail "$1: unexpected line '$2' on stdout"; else pass; fi
}

expect_text() { # NAME TEXT: stdout contains this text
    if grep -Fq -- "$2" "$tmp/out"; then pass; else fail "$1: '$2' not on stdout"; fi
}

expect_no_text() { # NAME TEXT
    if grep -Fq -- "$2" "$tmp/out"; then fail "$1: unexpected '$2' on stdout"; else pass; fi
}

expect_regex() { # NAME ERE: some line of stdout matches
    if grep -Eq -- "$2" "$tmp/out"; then pass; else fail "$1: nothing on stdout matches /$2/"; fi
}

expect_first_line() { # NAME LINE
    local first
    first=$(head -n 1 "$tmp/out")
    if [ "$first" = "$2" ]; then pass; else fail "$1: first line '$first', expected '$2'"; fi
}

expect_empty_stdout() { # NAME
    if [ -s "$tmp/out" ]; then fail "$1: stdout is not empty"; else pass; fi
}

expect_quiet() { # NAME: nothing on stderr
    if [ -s "$tmp/err" ]; then fail "$1: unexpected stderr: $(head -c 200 "$tmp/err")"; else pass; fi
}

# NAME TEXT: stderr is one line, "httpstatus: ...", containing TEXT.
expect_error() {
    local lines
    lines=$(wc -l <"$tmp/err")
    if [ "$lines" -ne 1 ] || [ "$(wc -c <"$tmp/err")" -gt 400 ]; then
        fail "$1: stderr should be one short line, got $lines lines"
    elif ! grep -q '^httpstatus: ' "$tmp/err"; then
        fail "$1: stderr lacks the 'httpstatus: ' prefix: $(cat "$tmp/err")"
    elif ! grep -Fq -- "$2" "$tmp/err"; then
        fail "$1: stderr lacks '$2': $(cat "$tmp/err")"
    else
        pass
    fi
}

# NAME ERE: every line of stdout matches.
expect_all_lines() {
    if [ -s "$tmp/out" ] && ! grep -Evq -- "$2" "$tmp/out"; then
        pass
    else
        fail "$1: some line of stdout does not match /$2/"
    fi
}

# NAME PYTHON-EXPRESSION: stdout is valid JSON and the expression, over the
# parsed document `d`, is true.
expect_json() {
    if [ "$have_python" -eq 0 ]; then
        return # skipped; noted at the start
    fi
    if ! python3 -m json.tool "$tmp/out" >/dev/null 2>"$tmp/json_err"; then
        fail "$1: stdout is not valid JSON: $(head -c 200 "$tmp/json_err")"
        return
    fi
    if python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 1)
' "$tmp/out" "$2" 2>"$tmp/json_err"; then
        pass
    else
        fail "$1: JSON check failed: $2 $(head -c 200 "$tmp/json_err")"
    fi
}

# ---- one code, laid out for a person ---------------------------------------

run 404
expect_rc "404" 0
expect_quiet "404"
expect_first_line "404" "404 Not Found"
expect_regex "404 class" '^ +class: +Client Error'
expect_regex "404 registration" '^ +registration: +permanent$'
expect_regex "404 constant" '^ +constant: +HTTPSTATUS_NOT_FOUND$'
expect_regex "404 reference" '^ +reference: +RFC 9110, Section 15\.5\.5$'
expect_regex "404 flags" '^ +flags: +.*cacheable'
expect_regex "404 description" 'representation'
if awk 'length > 78 { bad = 1 } END { exit bad }' "$tmp/out"; then pass; else
    fail "404: a line is wider than 78 columns"; fi
if grep -q $'\033' "$tmp/out"; then fail "404: colour on a pipe"; else pass; fi

# Today decides whether a temporary registration has expired: 104's date,
# 2026-11-13, is after 2026-01-01 and before 2027-01-01.
SOURCE_DATE_EPOCH=1767225600 run 104
expect_rc "104 temporary" 0
expect_line "104 before its expiry" '  registration:   temporary, expires 2026-11-13'
SOURCE_DATE_EPOCH=1798761600 run 104
expect_line "104 after its expiry" '  registration:   temporary, expired on 2026-11-13; check the IANA registry'
SOURCE_DATE_EPOCH=1798761600 run --json 104
expect_json "--json 104 after its expiry" 'd["expired"] is True and d["expires"] == "2026-11-13"'
SOURCE_DATE_EPOCH=1767225600 run --json 104
expect_json "--json 104 before its expiry" 'd["expired"] is False'
run --json 404
expect_json "--json 404 has no expiry" 'd["expired"] is False and d["expires"] is None'

run 413
expect_rc "413 former phrases" 0
expect_regex "413 former phrases" '^ +former phrases: .*Payload Too Large'
expect_regex "413 former phrases" 'Request Entity Too Large'
expect_regex "413 conditional header" '^ +headers: +Retry-After SHOULD \(conditional\)$'

run 405
expect_regex "405 header" '^ +headers: +Allow MUST$'

run 206
expect_regex "206 several headers" '^ +Content-Type MUST \(conditional\) \(RFC 9110, Section 15\.3\.7\.2\)$'

run 307
expect_regex "307 flags" '^ +flags: .*method-preserving'

run 418
expect_rc "418 unused" 0
expect_first_line "418 unused" "418 (unused)"
expect_regex "418 unused" '^ +registration: +unused$'
expect_regex "418 alias" "I'm a teapot"

run 510
expect_regex "510 obsoleted" '^ +registration: +obsoleted$'

# ---- several codes ------------------------------------------------------------

run 200 404
expect_rc "200 404" 0
expect_first_line "200 404" "200 OK"
if grep -B1 -x '404 Not Found' "$tmp/out" | head -n 1 | grep -qx ''; then pass; else
    fail "200 404: no blank line before the second record"; fi
if [ "$(grep -c '^[1-5][0-9][0-9] ' "$tmp/out")" -eq 2 ]; then pass; else
    fail "200 404: expected two records"; fi

run 200 299 404
expect_rc "200 299 404" 1
expect_line "200 299 404" "200 OK"
expect_line "200 299 404" "404 Not Found"
expect_error "200 299 404" "299: not in the registry (class Successful)"

run 404 --json
expect_rc "options after operands" 0
expect_json "options after operands" 'd["code"] == 404'

# ---- unregistered codes ---------------------------------------------------------

run 299
expect_rc "299" 1
expect_empty_stdout "299"
expect_error "299" "299: not in the registry (class Successful)"

run 499
expect_rc "499 without --unofficial" 1
expect_empty_stdout "499 without --unofficial"
expect_error "499 without --unofficial" "(not in the registry; try --unofficial)"

run --unofficial 499
expect_rc "--unofficial 499" 0
expect_first_line "--unofficial 499" "499 Client Closed Request"
expect_regex "--unofficial 499" '^ +registration: +not in the registry; used by nginx$'

# a vendor that publishes no phrase gets none
run --unofficial 530
expect_rc "--unofficial 530" 0
expect_first_line "--unofficial 530" "530 (no official phrase)"
run --json --unofficial 530
expect_json "--json --unofficial 530" 'd["reason"] is None and d["status"] == "unregistered"'

# ---- class listings and --all -------------------------------------------------------

run 4xx
expect_rc "4xx" 0
expect_quiet "4xx"
expect_all_lines "4xx" '^4[0-9]{2}  [^ ]'
expect_line "4xx" "404  Not Found"
expect_line "4xx" "418  (unused)"
expect_no_text "4xx" "499"
cp "$tmp/out" "$tmp/4xx"

run 4XX
expect_rc "4XX" 0
if cmp -s "$tmp/out" "$tmp/4xx"; then pass; else fail "4XX: differs from 4xx"; fi

run --unofficial 4xx
expect_line "--unofficial 4xx" "499  Client Closed Request  [nginx]"
expect_line "--unofficial 4xx" "404  Not Found"

run --all
expect_rc "--all" 0
expect_all_lines "--all" '^[1-5][0-9]{2}  [^ ]'
expect_line "--all" "100  Continue"
expect_line "--all" "306  (unused)"
expect_line "--all" "511  Network Authentication Required"
expect_no_text "--all" "["
if cut -c1-3 "$tmp/out" | sort -c -n -u 2>/dev/null; then pass; else
    fail "--all: codes not in ascending order"; fi
cp "$tmp/out" "$tmp/all"
: >"$tmp/classes"
for c in 1 2 3 4 5; do "$BIN" "${c}xx" >>"$tmp/classes"; done
if cmp -s "$tmp/all" "$tmp/classes"; then pass; else
    fail "--all: differs from the five class listings"; fi

run --all --unofficial
expect_rc "--all --unofficial" 0
expect_line "--all --unofficial" "499  Client Closed Request  [nginx]"
expect_regex "--all --unofficial" '^52[0-9]  .*  \[Cloudflare\]$'
if [ -z "$(comm -23 <(sort "$tmp/all") <(sort "$tmp/out"))" ]; then pass; else
    fail "--all --unofficial: not a superset of --all"; fi

run 1xx 5xx
expect_rc "1xx 5xx" 0
if grep -B1 -x '500  Internal Server Error' "$tmp/out" | head -n 1 | grep -qx ''; then pass; else
    fail "1xx 5xx: no blank line between the listings"; fi

# ---- search --------------------------------------------------------------------------

run search not found
expect_rc "search not found" 0
expect_first_line "search not found" "404  Not Found"
expect_all_lines "search not found" '^[1-5][0-9]{2}  '

run search NOT FOUND
expect_first_line "search is case-insensitive" "404  Not Found"

run search timeout
expect_rc "search timeout" 0
if [ "$(head -n 2 "$tmp/out" | cut -c1-3 | tr '\n' ' ')" = "408 504 " ]; then pass; else
    fail "search timeout: phrase matches 408, 504 should come first, in code order"; fi

# 431 has both words in its phrase, 413 needs a former phrase, the rest the description.
run search request large
expect_rc "search ranking" 0
expect_first_line "search ranking" "431  Request Header Fields Too Large"
if [ "$(grep -n '^413 ' "$tmp/out" | cut -d: -f1)" = 2 ]; then pass; else
    fail "search ranking: 413 (former phrase) should be second"; fi

run search ""
expect_rc "search with an empty word" 2

run search teapot
expect_first_line "search by constant name" "418  (unused)"

run search client closed
expect_no_text "search without --unofficial" "499"

run --unofficial search client closed
expect_rc "search --unofficial" 0
expect_first_line "search --unofficial" "499  Client Closed Request  [nginx]"

run search zzzzqqq
expect_rc "search no match" 1
expect_empty_stdout "search no match"
expect_error "search no match" "zzzzqqq"

run search
expect_rc "search without words" 2
expect_error "search without words" "search"

# ---- phrases and constant names ------------------------------------------------------

for arg in "not found" "Not Found" NOT_FOUND not_found HTTPSTATUS_NOT_FOUND; do
    run "$arg"
    expect_rc "bare text '$arg'" 0
    expect_first_line "bare text '$arg'" "404 Not Found"
done

run "payload too large"
expect_rc "former phrase" 0
expect_first_line "former phrase" "413 Content Too Large"

run "I'm a teapot"
expect_first_line "teapot phrase" "418 (unused)"

run "client closed request"
expect_rc "unofficial phrase without --unofficial" 1
expect_empty_stdout "unofficial phrase without --unofficial"
expect_error "unofficial phrase without --unofficial" "try --unofficial"

run --unofficial "client closed request"
expect_rc "unofficial phrase" 0
expect_first_line "unofficial phrase" "499 Client Closed Request"

run --unofficial CLIENT_CLOSED_REQUEST
expect_first_line "unofficial name" "499 Client Closed Request"

run "no such thing"
expect_rc "unknown text" 1
expect_empty_stdout "unknown text"
expect_error "unknown text" "no such thing"

run 404 "no such thing" 200
expect_rc "unknown text among codes" 1
expect_line "unknown text among codes" "404 Not Found"
expect_line "unknown text among codes" "200 OK"

# ---- JSON ------------------------------------------------------------------------------

fields='["code","reason","class","status","expires","expired","origin","reference","name","aliases","description","headers","flags"]'

run --json 404
expect_rc "--json 404" 0
expect_quiet "--json 404"
expect_json "--json 404 fields" "list(d) == $fields"
expect_json "--json 404" 'd["code"] == 404 and d["reason"] == "Not Found" and d["class"] == "client-error"'
expect_json "--json 404" 'd["status"] == "permanent" and d["expires"] is None and d["origin"] == "IANA"'
expect_json "--json 404" 'd["name"] == "HTTPSTATUS_NOT_FOUND" and d["aliases"] == [] and d["headers"] == {}'
expect_json "--json 404" 'd["reference"] == "RFC 9110, Section 15.5.5" and d["flags"] == ["cacheable"]'
expect_json "--json 404" 'isinstance(d["description"], str) and len(d["description"]) > 20'

run --json 413
expect_json "--json 413" 'd["aliases"] == ["Payload Too Large", "Request Entity Too Large"]'
expect_json "--json 413" 'd["headers"] == {"Retry-After": "SHOULD?"}'

run --json 405
expect_json "--json 405" 'd["headers"] == {"Allow": "MUST"}'

run --json 104
expect_json "--json 104" 'd["status"] == "temporary" and len(d["expires"]) == 10'
expect_json "--json 104" 'd["flags"] == ["interim", "content-forbidden"]'

run --json 418
expect_json "--json 418" 'd["reason"] is None and d["status"] == "unused" and d["aliases"] == ["I'"'"'m a teapot"]'

run --json 303
expect_json "--json 303" '"method-to-get" in d["flags"]'

run --json --unofficial 499
expect_json "--json 499" 'd["status"] == "unregistered" and d["origin"] == "nginx"'

run --json 200 404
expect_rc "--json several" 0
expect_json "--json several" '[o["code"] for o in d] == [200, 404]'

run --json 200 299
expect_rc "--json several, one missing" 1
expect_json "--json several, one missing" '[o["code"] for o in d] == [200]'

run --json 299
expect_rc "--json missing" 1
expect_json "--json missing" 'd is None'

run --json 4xx
expect_json "--json 4xx" 'isinstance(d, list) and all(o["class"] == "client-error" for o in d)'
expect_json "--json 4xx" 'len(d) == '"$(wc -l <"$tmp/4xx")"

run --json --all --unofficial
expect_rc "--json --all" 0
expect_json "--json --all" 'len(d) == '"$(grep -c . "$tmp/all")"' + sum(o["status"] == "unregistered" for o in d)'
expect_json "--json --all fields" "all(list(o) == $fields for o in d)"
expect_json "--json --all flags" 'set(f for o in d for f in o["flags"]) <= {"interim", "content-forbidden", "cacheable", "method-preserving", "method-to-get", "method-may-change", "retryable"}'
expect_json "--json --all levels" 'set(v.rstrip("?") for o in d for v in o["headers"].values()) <= {"MAY", "SHOULD", "MUST", "SHOULD NOT", "MUST NOT"}'
cp "$tmp/out" "$tmp/all.json"

run --json search request large
expect_json "--json search" '[o["code"] for o in d][:2] == [431, 413]'

run --json search zzzzqqq
expect_rc "--json search no match" 1
expect_json "--json search no match" 'd == []'

run --json --lang ko --all --unofficial
expect_json "--json --lang ko" 'all(o["description"] for o in d)'

# A description holding quotes, backslashes or control characters must come
# back unchanged; the table's texts are compared with the person layout.
if [ "$have_python" -eq 1 ]; then
    if python3 - "$BIN" "$tmp/all.json" <<'EOF'; then pass; else fail "JSON strings round-trip"; fi
import json, subprocess, sys
rows = json.load(open(sys.argv[2], encoding="utf-8"))
for o in rows:
    text = subprocess.run([sys.argv[1], "--unofficial", str(o["code"])],
                          capture_output=True).stdout.decode("utf-8")
    body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    if " ".join(body.split()) != " ".join(o["description"].split()):
        print("description of", o["code"], "differs", file=sys.stderr)
        sys.exit(1)
EOF
fi

# ---- languages and wrapping ----------------------------------------------------------------

run --lang ko 404
expect_rc "--lang ko" 0
expect_first_line "--lang ko" "404 Not Found"
# Hangul syllables, U+AC00..U+D7A3, start with the bytes EA..ED in UTF-8.
if grep -q $'[\xea-\xed][\x80-\xbf][\x80-\xbf]' "$tmp/out"; then pass; else
    fail "--lang ko: no Hangul"; fi
cp "$tmp/out" "$tmp/ko"

run --lang=ko 404
if cmp -s "$tmp/out" "$tmp/ko"; then pass; else fail "--lang=ko: differs from --lang ko"; fi

run --lang KO-kr 404
expect_rc "--lang KO-kr" 0

run --lang en 404
cp "$tmp/out" "$tmp/en"
run 404
if cmp -s "$tmp/out" "$tmp/en"; then pass; else fail "--lang en: differs from the default"; fi

# Search reads the description in the language asked for: a word of 404's
# Korean description finds 404 with --lang ko and not without it.
word=$(awk 'seen && NF { print $2; exit } !NF { seen = 1 }' "$tmp/ko")
run --lang ko search "$word"
expect_line "--lang ko search '$word'" "404  Not Found"
run search "$word"
expect_no_line "search '$word' without --lang" "404  Not Found"

run --lang xx 404
expect_rc "--lang unknown" 2
expect_empty_stdout "--lang unknown"
expect_error "--lang unknown" "unknown language"

run 404 --lang
expect_rc "--lang without a tag" 2
expect_error "--lang without a tag" "--lang"

# Every line of every record fits 78 columns (two for Hangul and CJK), is
# valid UTF-8, and the description survives the wrapping word for word.
if [ "$have_python" -eq 1 ]; then
    codes=$(cut -c1-3 "$tmp/all")
    for lang in en ko; do
        # shellcheck disable=SC2086
        "$BIN" --unofficial --lang "$lang" $codes 499 520 >"$tmp/wrap" 2>/dev/null
        if python3 - "$tmp/wrap" <<'EOF'; then pass; else fail "wrapping ($lang)"; fi
import sys
def width(ch):
    c = ord(ch)
    wide = [(0x1100, 0x115F), (0x2E80, 0xA4CF), (0xAC00, 0xD7A3),
            (0xF900, 0xFAFF), (0xFF00, 0xFF60)]
    return 2 if any(a <= c <= b for a, b in wide) else 1
text = open(sys.argv[1], "rb").read().decode("utf-8")  # strict: fails on split characters
for line in text.split("\n"):
    if sum(width(ch) for ch in line) > 78:
        print("too wide:", line, file=sys.stderr)
        sys.exit(1)
EOF
    done
fi

# ---- help, version, usage errors --------------------------------------------------------------

run --help
expect_rc "--help" 0
expect_quiet "--help"
expect_regex "--help" '^usage: httpstatus'

run -h
expect_rc "-h" 0

run --version
expect_rc "--version" 0
expect_all_lines "--version" '^httpstatus [0-9]+\.[0-9]+\.[0-9]+$'

run
expect_rc "no arguments" 2
expect_empty_stdout "no arguments"
expect_error "no arguments" "httpstatus: "

run --bogus 404
expect_rc "unknown option" 2
expect_empty_stdout "unknown option"
expect_error "unknown option" "--bogus"

run --all 404
expect_rc "--all with an operand" 2

run 4041
expect_rc "4041" 2
expect_error "4041" "not a status code: 4041"

run -- -1
expect_rc "-- -1" 2
expect_error "-- -1" "not a status code"

run -1
expect_rc "-1 as an option" 2

for arg in 99 600 0 099 +404 000 99999999999999999999999; do
    run "$arg"
    expect_rc "bad number $arg" 2
    expect_empty_stdout "bad number $arg"
    expect_error "bad number $arg" "not a status code"
done

run 9xx
expect_rc "9xx" 2
expect_error "9xx" "no such class: 9xx"

run 0xx
expect_rc "0xx" 2

run 404 4041
expect_rc "usage error after a good code" 2
expect_empty_stdout "usage error after a good code"

# ---- arguments that must not crash ---------------------------------------------------------------

run ""
expect_rc "empty argument" 1
expect_error "empty argument" "httpstatus: "

run -
expect_rc "lone dash" 1

long=$(head -c 100000 /dev/zero | tr '\0' 'a')
run "$long"
expect_rc "huge argument" 1
expect_error "huge argument" "..."

run "${long//a/7}"
expect_rc "huge number" 2
expect_error "huge number" "not a status code"

run search "$long"
expect_rc "huge search word" 1

run $'\xff\xfe\xc3'
expect_rc "non-UTF-8 bytes" 1
expect_error "non-UTF-8 bytes" '\xFF'

run $'line\nbreak\033[31m'
expect_rc "control characters" 1
expect_error "control characters" '\x0A'
if grep -q $'\033' "$tmp/err"; then fail "control characters: escape echoed raw"; else pass; fi

run "정말 없는 상태"
expect_rc "Hangul argument" 1
expect_error "Hangul argument" "정말"

run --lang ""
expect_rc "empty language" 2

# ---- colour ------------------------------------------------------------------------------

if command -v script >/dev/null 2>&1; then
    qbin=$(printf '%q' "$BIN")
    script -qc "$qbin 404" /dev/null >"$tmp/tty" 2>&1 </dev/null
    if grep -q $'\033\\[1m404 Not Found' "$tmp/tty"; then pass; else fail "colour on a terminal"; fi
    if grep -q $'\033\\[2mclass:' "$tmp/tty"; then pass; else fail "dim labels on a terminal"; fi
    NO_COLOR=1 script -qc "$qbin 404" /dev/null >"$tmp/tty" 2>&1 </dev/null
    if grep -q $'\033' "$tmp/tty"; then fail "NO_COLOR=1"; else pass; fi
    NO_COLOR='' script -qc "$qbin 404" /dev/null >"$tmp/tty" 2>&1 </dev/null
    if grep -q $'\033\\[1m' "$tmp/tty"; then pass; else fail "empty NO_COLOR keeps colour"; fi
    script -qc "$qbin --json 404" /dev/null >"$tmp/tty" 2>&1 </dev/null
    if grep -q $'\033' "$tmp/tty"; then fail "JSON on a terminal is coloured"; else pass; fi
else
    echo "note: script(1) not found; colour on a terminal is not checked" >&2
fi

# ---- write errors ----------------------------------------------------------------------------

if [ -w /dev/full ]; then
    "$BIN" --all >/dev/full 2>"$tmp/err"
    rc=$?
    expect_rc "write error" 2
    expect_error "write error" "standard output"
fi

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
