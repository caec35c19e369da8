"""Starting httpstatus-server for a test: on a free port of 127.0.0.1, with
the port read from the one line it prints once it listens."""
import re
import select
import subprocess
import sys


def start(binary, *flags, wait=10):
    """(process, port); exits the test when the server does not start."""
    proc = subprocess.Popen([binary, "--listen", "127.0.0.1:0", *flags],
                            stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    ready, _, _ = select.select([proc.stdout], [], [], wait)
    line = proc.stdout.readline().decode() if ready else ""
    m = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", line)
    if not m:
        proc.kill()
        sys.exit("%s: httpstatus-server did not start: %r" % (sys.argv[0], line))
    return proc, int(m.group(1))
