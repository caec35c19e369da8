#!/usr/bin/env bash
# Every function the header exports is in the SYNOPSIS of httpstatus(3), so
# the manual cannot fall behind the API.
#   tests/manual_lists_functions.sh INCLUDE_DIR MANUAL [CC]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
synopsis=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$2")
missing=0
count=0
for f in $("$here/packaging/api_functions.sh" "$1" "${3:-cc}"); do
  count=$((count + 1))
  if ! grep -qE "(^|[ *\"])$f\(" <<<"$synopsis"; then
    echo "$2: SYNOPSIS lacks $f()" >&2
    missing=1
  fi
done
[ "$count" -gt 40 ] || { echo "only $count functions found in the header" >&2; exit 1; }
[ "$missing" = 0 ] && echo "all $count functions are in the manual's SYNOPSIS"
