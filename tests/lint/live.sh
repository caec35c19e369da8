#!/usr/bin/env bash
# Starts each server this machine has (nginx, lighttpd, apache2, h2o,
# python3 -m http.server, a node handler) on 127.0.0.1 with the config in
# tests/lint/servers/, captures every scenario of capture.py, stops it, and
# lints the captures against tests/lint/expected.tsv.
#
#     tests/lint/live.sh build/cli/httpstatus [OUT_DIR]
#
# With OUT_DIR the captures are kept there (to refresh tests/lint/corpus).
# A server that is not installed is skipped with a note; one that does not
# start fails the run.
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
out=${2:-$work/corpus}
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"

# The same files for every server.
root=$work/root
mkdir -p "$root/dir"
printf 'hello, world: twenty-nine bytes\n' >"$root/file.txt"
printf '<!doctype html><title>dir</title>\n' >"$root/dir/index.html"
chmod -R a+rX "$root"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_ready() { # port
  local i
  for i in $(seq 1 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 0.2)" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

servers=()
run() { # name command...
  local name=$1 port run_dir
  shift
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "note: $name skipped: $1 is not installed"
    return
  fi
  port=$(free_port)
  run_dir=$work/run-$name
  mkdir -p "$run_dir"
  chmod 777 "$run_dir"
  if [ -f "$here/servers/$name.conf" ]; then
    sed -e "s|@PORT@|$port|g" -e "s|@ROOT@|$root|g" -e "s|@RUN@|$run_dir|g" \
      "$here/servers/$name.conf" >"$run_dir/$name.conf"
  fi
  local args=()
  local a
  for a in "$@"; do
    a=${a//@CONF@/$run_dir/$name.conf}
    a=${a//@PORT@/$port}
    a=${a//@ROOT@/$root}
    args+=("$a")
  done
  "${args[@]}" >"$run_dir/stdout.log" 2>&1 &
  pid=$!
  if ! wait_ready "$port"; then
    echo "$name did not start:" >&2
    cat "$run_dir"/*.log >&2 || true
    exit 1
  fi
  python3 "$here/capture.py" "$port" "$out/$name"
  if ! grep -qi '^server:' "$out/$name/get.response"; then
    echo "$name $("$1" --version 2>&1 | head -1)" >"$out/$name/version"
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
  servers+=("$name")
  echo "$name: captured"
}

run nginx nginx -c @CONF@ -p "$work"
run lighttpd lighttpd -D -f @CONF@
run apache2 apache2 -f @CONF@ -DFOREGROUND
run h2o h2o -c @CONF@
run python3-http.server python3 -m http.server @PORT@ --bind 127.0.0.1 --directory @ROOT@
run node node "$here/servers/node_server.js" @PORT@ @ROOT@

[ ${#servers[@]} -gt 0 ] || { echo "no server installed" >&2; exit 1; }
python3 "$here/check_corpus.py" "$bin" "$out" "$here/expected.tsv" "${servers[@]}"
