#!/usr/bin/env bash
# The benchmark's one table: for every contender, the instructions per call
# that callgrind counts (the same on a busy machine), the median ns per call
# of one run whose repetitions interleave the contenders, and both as ratios
# to the library's row of the same group (a ratio above 1: the library is
# cheaper).
#
#   bench/instructions.sh [--tsv] [path/to/httpstatus_bench] [N]
#
# N (default 1000000) is the callgrind run's calls, shifted right by each
# contender's shift as in the timed run. Each count is the whole loop
# iteration (call, PLT jump, function, loop), collected only inside that
# contender's run_ function and divided by its calls. --tsv prints
# mode, group, contender, library mode, instructions, ns, tab-separated,
# for bench/report.
set -euo pipefail
tsv=0
if [ "${1:-}" = --tsv ]; then tsv=1; shift; fi
bench=${1:-build/bench/httpstatus_bench}
n=${2:-1000000}
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

timed=$("$bench" --tsv)
rows=""
while IFS=$'\t' read -r mode group name lib shift ns; do
  calls=$((n >> shift > 0 ? n >> shift : 1))
  total=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect="run_${mode//-/_}" \
            "$bench" --callgrind "$mode" --iterations "$calls" 2>&1 | awk '/Collected/ {print $4}')
  [ -n "$total" ] || { echo "instructions.sh: callgrind counted nothing for $mode" >&2; exit 1; }
  ir=$(awk -v t="$total" -v c="$calls" 'BEGIN { printf "%.2f", t / c }')
  rows+="$mode"$'\t'"$group"$'\t'"$name"$'\t'"$lib"$'\t'"$ir"$'\t'"$ns"$'\n'
done <<<"$timed"

if [ "$tsv" = 1 ]; then printf '%s' "$rows"; exit 0; fi
printf '%s' "$rows" | awk -F '\t' '
  { mode[NR] = $1; group[NR] = $2; name[NR] = $3; lib[NR] = $4; ir[NR] = $5; ns[NR] = $6
    at[$1] = NR }
  END {
    printf "%-12s %-48s %10s %6s %10s %6s\n", "group", "contender", "instr/call", "ratio", "ns/call", "ratio"
    for (i = 1; i <= NR; i++) {
      if (lib[i] == "-") { r1 = "-"; r2 = "-" }
      else { j = at[lib[i]]; r1 = sprintf("%.2fx", ir[i] / ir[j]); r2 = sprintf("%.2fx", ns[i] / ns[j]) }
      printf "%-12s %-48s %10.2f %6s %10.2f %6s\n", group[i], name[i], ir[i], r1, ns[i], r2
    }
  }'
