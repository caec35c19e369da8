#!/usr/bin/env python3
"""httpstatus-server(1) documents every option --help lists, and no other.

    check_manual.py PATH/TO/httpstatus-server docs/httpstatus-server.1
"""
import re
import subprocess
import sys


def main():
    binary, manual = sys.argv[1], sys.argv[2]
    usage = subprocess.run([binary, "--help"], check=True, capture_output=True, text=True).stdout
    listed = set(re.findall(r"^\s+(--[a-z-]+)", usage, re.M))
    with open(manual, encoding="utf-8") as f:
        page = f.read()
    documented = {m.replace("\\-", "-") for m in re.findall(r"^\.BI? (\\-\\-[a-z\\-]+)", page, re.M)}
    documented -= {"--help", "--version"}
    missing, extra = listed - documented, documented - listed
    for option in sorted(missing):
        print(f"--help lists {option}, the manual does not")
    for option in sorted(extra):
        print(f"the manual documents {option}, --help does not list it")
    print(f"{len(listed)} options in --help, {len(documented)} in the manual")
    return 1 if missing or extra or not listed else 0


if __name__ == "__main__":
    sys.exit(main())
