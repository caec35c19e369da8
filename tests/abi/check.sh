#!/usr/bin/env bash
# Holds the shared library to the ABI policy of the README: compares it with
# the committed baseline of its SONAME and fails on an incompatible change.
#   tests/abi/check.sh LIBRARY            compare (libabigail's abidiff)
#   tests/abi/check.sh --update LIBRARY   write the baseline of LIBRARY's SONAME
# LIBRARY is a libhttpstatus.so built with debug information (the default
# RelWithDebInfo build). An incompatible change must come with a new SONAME
# (HTTPSTATUS_SOVERSION in CMakeLists.txt) and then a baseline of its own.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
lib=${1:?usage: tests/abi/check.sh [--update] LIBRARY}
soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ -n "$soname" ] || { echo "abi: $lib has no SONAME" >&2; exit 1; }
baseline="$here/$soname.abi"

if [ "$update" = 1 ]; then
  abidw --no-corpus-path --no-show-locs \
    --out-file "$baseline" "$lib"
  echo "abi: wrote $(basename "$baseline")"
  exit 0
fi
if [ ! -f "$baseline" ]; then
  echo "abi: no baseline for $soname. A new SONAME needs one: tests/abi/check.sh --update $lib" >&2
  exit 1
fi
set +e
abidiff --no-show-locs --suppressions "$here/suppressions.ini" "$baseline" "$lib" \
  > "$lib.abidiff" 2>&1
rc=$?
set -e
# abidiff's exit status is a bit field: 1 error, 2 usage, 4 a change, 8 an
# incompatible change.
if (( rc & 3 )); then
  cat "$lib.abidiff" >&2
  echo "abi: abidiff failed ($rc)" >&2
  exit 1
fi
# A minor release may only add: abidiff counts a struct member that moved as
# an indirect change of every function that reaches the struct, which its
# exit status does not call incompatible, so the summary decides.
changed=$(awk '/changes summary:/ {removed += $4; changed += $6} END {print removed + changed}' \
          "$lib.abidiff")
if (( rc & 8 )) || [ "${changed:-0}" != 0 ]; then
  cat "$lib.abidiff"
  echo "abi: $soname changed incompatibly: bump HTTPSTATUS_SOVERSION and write its baseline" >&2
  exit 1
fi
if (( rc & 4 )); then
  cat "$lib.abidiff"
  echo "abi: $soname grew compatibly (allowed in a minor release)"
else
  echo "abi: $soname matches its baseline"
fi
