#!/usr/bin/env python3
"""Throughput of httpstatus-server next to nginx's, in one run.

    load.py PATH/TO/httpstatus-server [SECONDS]

Starts Debian's nginx (one worker, `return 204;` on /status/204) and
httpstatus-server, each on a free port of 127.0.0.1 with its own
configuration, then drives each in turn with Debian's wrk: 100 keep-alive
connections for SECONDS (default 10), GET /status/204. Prints both servers'
requests per second and latency percentiles, and the ratio; exits 1 when
httpstatus-server makes less than 0.8 times nginx's requests per second, or
when wrk reports errors against it. Both servers are stopped at the end.
Needs nginx and wrk (apt-get install nginx-light wrk).
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import server_process

MIN_RATIO = 0.8
CONNECTIONS = 100

NGINX_CONF = """daemon off;
master_process off;
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location = /status/204 {{ return 204; }}
    }}
}}
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, proc, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def wrk(port, seconds):
    out = subprocess.run(["wrk", "-t1", "-c%d" % CONNECTIONS, "-d%ds" % seconds, "--latency",
                          "http://127.0.0.1:%d/status/204" % port],
                         check=True, capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.M))
    errors = re.search(r"Socket errors: (.*)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency, (errors.group(1) if errors else ""), (int(non2xx.group(1)) if non2xx else 0)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    for tool in ("nginx", "wrk"):
        if not shutil.which(tool) and not os.path.exists("/usr/sbin/" + tool):
            sys.exit("load.py: needs %s (apt-get install nginx-light wrk)" % tool)
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    run = tempfile.mkdtemp(prefix="httpstatus-load-")
    nginx_port = free_port()
    with open(os.path.join(run, "nginx.conf"), "w") as f:
        f.write(NGINX_CONF.format(run=run, port=nginx_port))
    ours = theirs = None
    try:
        theirs = subprocess.Popen([nginx, "-c", os.path.join(run, "nginx.conf"), "-p", run],
                                  stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_for_port(nginx_port, theirs):
            sys.exit("load.py: nginx did not start (see %s/error.log)" % run)
        ours, port = server_process.start(binary)
        # nginx first, then ours: each has the machine to itself while measured
        n_rps, n_lat, n_err, _ = wrk(nginx_port, seconds)
        o_rps, o_lat, o_err, o_non2xx = wrk(port, seconds)
    finally:
        for proc in (ours, theirs):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(run, ignore_errors=True)
    ratio = o_rps / n_rps
    print("wrk, %d keep-alive connections, %d s, GET /status/204:" % (CONNECTIONS, seconds))
    print("  nginx (1 worker, return 204): %10.0f requests/s, latency p50 %s p90 %s p99 %s%s"
          % (n_rps, n_lat.get("50"), n_lat.get("90"), n_lat.get("99"),
             ", socket errors: " + n_err if n_err else ""))
    print("  httpstatus-server:            %10.0f requests/s, latency p50 %s p90 %s p99 %s%s"
          % (o_rps, o_lat.get("50"), o_lat.get("90"), o_lat.get("99"),
             ", socket errors: " + o_err if o_err else ""))
    print("  ratio: %.2f (at least %.1f required)" % (ratio, MIN_RATIO))
    bad = ratio < MIN_RATIO or o_err or o_non2xx
    if o_non2xx:
        print("  httpstatus-server answered %d requests with other than 204" % o_non2xx)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
