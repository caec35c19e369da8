#!/usr/bin/env bash
# Instructions per call of each contender, counted by callgrind (repeatable on
# a busy machine, unlike nanoseconds), and each one's ratio to its baseline.
#   bench/instructions.sh [path/to/httpstatus_bench] [N]
# Each count is the whole loop iteration (call, PLT jump, function, loop),
# collected only inside that contender's loop and divided by N.
set -euo pipefail
bench=${1:-build/bench/httpstatus_bench}
n=${2:-1000000}

count() { # mode -> instructions per call
  local fn="run_${1//-/_}" total
  total=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect="$fn" \
            "$bench" --callgrind "$1" --iterations "$n" 2>&1 | awk '/Collected/ {print $4}')
  awk -v t="$total" -v n="$n" 'BEGIN { printf "%.2f", t / n }'
}

row() { # group mode baseline-count
  local c
  c=$(count "$2")
  if [ -n "${3:-}" ]; then
    printf '%-12s %-20s %8s instr/call %6.2fx %s\n' "$1" "$2" "$c" "$(awk -v a="$c" -v b="$3" 'BEGIN {print a / b}')" "$4"
  else
    printf '%-12s %-20s %8s instr/call\n' "$1" "$2" "$c"
  fi
}

array=$(count reason-array); div=$(count class-div); memcpy=$(count line-memcpy)
printf '%-12s %-20s %8s instr/call (baseline)\n' reason reason-array "$array"
row reason reason-switch "$array" reason-array
row reason reason-lib "$array" reason-array
printf '%-12s %-20s %8s instr/call (baseline)\n' class class-div "$div"
row class class-lib "$div" class-div
printf '%-12s %-20s %8s instr/call (baseline)\n' line line-memcpy "$memcpy"
snprintf=$(count line-snprintf)
printf '%-12s %-20s %8s instr/call\n' line line-snprintf "$snprintf"
row line line-lib "$memcpy" line-memcpy
row line line-lib "$snprintf" line-snprintf
row parse parse-line
row parse parse-common
row reverse from-reason-known
row reverse from-reason-unknown
row reverse from-reason-former
row reverse from-name
# 452 bytes of response head per call: a hundredth of the calls is enough
n=$((n / 100 > 0 ? n / 100 : 1))
row lint lint
