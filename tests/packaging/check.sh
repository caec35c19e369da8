#!/usr/bin/env bash
# Checks the four ways into a project: an installed library found by CMake's
# find_package, by pkg-config and by plain cc -I/-L; add_subdirectory; and the
# drop-in pair compiled alone. Also checks that the shared library exports
# exactly the functions the header declares.
#   tests/packaging/check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
here="$src/tests/packaging"
work="$build/packaging"
cc=${CC:-cc}
passed=0
ok() { passed=$((passed + 1)); echo "ok: $1"; }
rm -rf "$work"
mkdir -p "$work"

echo "-- install to a temporary prefix"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
prefix="$work/prefix"
libdir=$(dirname "$(find "$prefix" -name 'httpstatus.pc')")/..
libdir=$(cd "$libdir" && pwd)
for f in include/httpstatus.h include/httpstatus_codes.h share/man/man3/httpstatus.3 \
         share/doc/httpstatus/LICENSE share/httpstatus/amalgamation/httpstatus.c \
         share/httpstatus/amalgamation/httpstatus.h; do
  test -f "$prefix/$f" || { echo "not installed: $f"; exit 1; }
done
ls "$libdir"/libhttpstatus.so.1 "$libdir"/libhttpstatus.a >/dev/null
if [ -x "$build/cli/httpstatus" ]; then
  # the command, installed with its man page, answers from the installed library
  test -f "$prefix/share/man/man1/httpstatus.1" || { echo "not installed: httpstatus.1"; exit 1; }
  langs=""
  grep -q 'define HTTPSTATUS_HAS_DESCRIPTIONS 1' "$prefix/include/httpstatus_codes.h" && langs="--lang ko 404"
  for args in "404" "4xx" "search timeout" "--json --all" ${langs:+"$langs"}; do
    # shellcheck disable=SC2086
    "$prefix/bin/httpstatus" $args >/dev/null ||
      { echo "installed httpstatus $args failed"; exit 1; }
  done
  ok "installed httpstatus command"
fi

echo "-- exported symbols are exactly the API"
bash "$here/api_functions.sh" "$prefix/include" "$cc" > "$work/declared"
nm -D --defined-only "$libdir/libhttpstatus.so" | awk '{print $3}' | sort -u > "$work/exported"
if ! diff -u "$work/declared" "$work/exported"; then
  echo "the shared library's exports differ from the header's functions"; exit 1
fi
readelf -d "$libdir/libhttpstatus.so" | grep -q 'SONAME.*libhttpstatus.so.1' ||
  { echo "no SONAME libhttpstatus.so.1"; exit 1; }
ok "install; $(wc -l < "$work/exported") exported functions, all declared; SONAME libhttpstatus.so.1"

# No load-time relocation may point into the table (.rodata): the strings are
# reached by offsets, never by stored pointers.
# (A sanitizer build is left out: its instrumentation adds relocations of
# its own, describing the globals.)
lib="$libdir/libhttpstatus.so"
if nm -D "$lib" | grep -q '__asan_\|__ubsan_\|__tsan_'; then
  echo "skip: relocation check (sanitizer build)"
elif readelf -h "$lib" | grep -q 'X86-64'; then
  read -r ro_start ro_size < <(readelf -SW "$lib" | sed 's/^ *\[ *[0-9]*\]//' |
                               awk '$1 == ".rodata" {print $3, $5}')
  into=$(readelf -rW "$lib" | awk '/R_X86_64_RELATIVE/ {print $NF}' |
         while read -r addend; do
           if (( 16#$addend >= 16#$ro_start && 16#$addend < 16#$ro_start + 16#$ro_size )); then
             echo "$addend"
           fi
         done)
  [ -z "$into" ] || { echo "relocations point into .rodata: $into"; exit 1; }
  ok "no load-time relocation points into the table ($(readelf -rW "$lib" | grep -c R_X86_64) in all: the C runtime and libc calls)"
fi

echo "-- find_package"
cmake -S "$here/find_package" -B "$work/find_package" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/find_package" >/dev/null
LD_LIBRARY_PATH="$libdir" "$work/find_package/consumer"
"$work/find_package/consumer_static"
ok "find_package"

echo "-- pkg-config"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
# shellcheck disable=SC2046
# CFLAGS and LDFLAGS matter when the library was built with sanitizers.
"$cc" ${CFLAGS:-} -std=c99 -Wall -Wextra -Wpedantic -Werror $(pkg-config --cflags httpstatus) \
  "$here/consumer.c" $(pkg-config --libs httpstatus) ${LDFLAGS:-} -o "$work/consumer_pc"
LD_LIBRARY_PATH="$libdir" "$work/consumer_pc"
ok "pkg-config"

echo "-- plain cc -I -L"
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -std=c99 -I"$prefix/include" "$here/consumer.c" -L"$libdir" -lhttpstatus ${LDFLAGS:-} \
  -o "$work/consumer_plain"
LD_LIBRARY_PATH="$libdir" "$work/consumer_plain"
ok "plain cc"

echo "-- add_subdirectory"
cmake -S "$here/subdirectory" -B "$work/subdirectory" -DHTTPSTATUS_SOURCE_DIR="$src" >/dev/null
cmake --build "$work/subdirectory" >/dev/null
"$work/subdirectory/consumer"
ok "add_subdirectory"

echo "-- the drop-in pair, alone (plain flags: nothing else is linked in)"
mkdir -p "$work/dropin"
cp "$build/amalgamation/httpstatus.h" "$build/amalgamation/httpstatus.c" "$work/dropin/"
for compiler in gcc clang; do
  command -v "$compiler" >/dev/null || continue
  (cd "$work/dropin" && "$compiler" -std=c99 -pedantic -Wall -Wextra -Werror -c httpstatus.c -o "httpstatus-$compiler.o")
  "$compiler" -std=c99 -I"$work/dropin" "$here/consumer.c" "$work/dropin/httpstatus-$compiler.o" -o "$work/dropin/consumer-$compiler"
  "$work/dropin/consumer-$compiler"
  ok "drop-in pair with $compiler"
done
# The size switches reach the pair: with all three, the parts are gone and
# every function still answers.
cat > "$work/dropin/small.c" <<'EOF'
#include <string.h>
#include "httpstatus.h"
int main(void)
{
    struct http_status_response r = {0};
    r.code = 405;
    return !(HTTPSTATUS_HAS_DESCRIPTIONS == 0 && HTTPSTATUS_HAS_RULES == 0 &&
             HTTPSTATUS_UNOFFICIAL_COUNT == 0 && http_status_description(404) == NULL &&
             http_status_reason_in(499, HTTPSTATUS_ANY) == NULL &&
             http_status_check(&r, 0, NULL, 0) == 0 &&
             strcmp(http_status_reason(404), "Not Found") == 0);
}
EOF
small="-DHTTPSTATUS_NO_DESCRIPTIONS=1 -DHTTPSTATUS_NO_UNOFFICIAL=1 -DHTTPSTATUS_NO_RULES=1"
# shellcheck disable=SC2086
(cd "$work/dropin" && "$cc" -std=c99 -pedantic -Wall -Wextra -Werror $small -c httpstatus.c -o small.o &&
   "$cc" -std=c99 $small small.c small.o -o small && ./small)
ok "drop-in pair with the size switches ($(wc -c < "$work/dropin/small.o") bytes of object)"

if command -v g++ >/dev/null; then
  g++ -std=c++11 -Wall -Wextra -Werror -I"$work/dropin" "$here/consumer.cpp" "$work/dropin/httpstatus-gcc.o" -o "$work/dropin/consumer-cpp"
  "$work/dropin/consumer-cpp"
  (cd "$work/dropin" && g++ -x c++ -std=c++11 -Wall -Wextra -Werror -c httpstatus.c -o httpstatus-as-cpp.o)
  ok "drop-in pair in a C++ program"
fi
echo "packaging: $passed passed, 0 failed"
