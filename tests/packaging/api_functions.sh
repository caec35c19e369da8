#!/usr/bin/env bash
# Prints, one a line and sorted, the functions include/httpstatus.h declares
# for export: what a shared library or DLL of httpstatus must export, no
# more and no less. The inline ones are read through HTTPSTATUS_NO_INLINE,
# and names ending in _ (the header's own inline helpers) are left out.
#   tests/packaging/api_functions.sh INCLUDE_DIR [CC]
set -euo pipefail
"${2:-cc}" -E -P -DHTTPSTATUS_NO_INLINE -I"$1" "$1/httpstatus.h" |
  grep -oE '\bhttp_status_[a-z0-9_]+ *\(' | tr -d ' (' | grep -v '_$' | sort -u
