# Sourced by the command's shell tests: counts in $passed and $failed, a
# scratch directory in $tmp (removed on exit), and
#
#     expect NAME STATUS PATTERN -- COMMAND...
#
# which passes when COMMAND exits with STATUS and its output (stdout and
# stderr) matches the extended regex PATTERN.
export LC_ALL=C
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect() {
    local name=$1 want=$2 pattern=$3 got
    shift 4
    "$@" >"$tmp/out" 2>&1
    got=$?
    if [ "$got" -eq "$want" ] && grep -Eq -- "$pattern" "$tmp/out"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name: status $got (want $want), output:" >&2
        sed 's/^/    /' "$tmp/out" >&2
    fi
}
