#!/usr/bin/env python3
"""The README's table of what real servers get wrong, from the committed
captures: every warning or error `httpstatus lint --raw` finds in them.

    tests/lint/findings_table.py HTTPSTATUS CORPUS_DIR            # print it
    tests/lint/findings_table.py HTTPSTATUS CORPUS_DIR README.md  # check it

In the README the table sits between <!-- lint-findings --> and
<!-- /lint-findings -->; the check exits 1 when it differs from the one
these captures give.
"""
import json
import os
import re
import subprocess
import sys

BEGIN, END = "<!-- lint-findings -->", "<!-- /lint-findings -->"


def server_name(directory, fallback):
    """The Server field of its 200, else what live.sh wrote to version."""
    version = os.path.join(directory, "version")
    if os.path.exists(version):
        with open(version) as f:
            return f.read().strip()
    with open(os.path.join(directory, "get.response"), "rb") as f:
        m = re.search(rb"^Server:[ \t]*([^\r\n]+)", f.read(), re.I | re.M)
    return m.group(1).decode("latin-1") if m else fallback


def table(binary, corpus):
    rows = []
    for server in sorted(os.listdir(corpus)):
        directory = os.path.join(corpus, server)
        name = server_name(directory, server)
        for entry in sorted(os.listdir(directory)):
            if not entry.endswith(".response"):
                continue
            scenario = entry[:-len(".response")]
            with open(os.path.join(directory, scenario + ".request"), "rb") as f:
                request = f.readline().decode("latin-1").split()
            args = [binary, "lint", "--raw", "--json", "--method", request[0]]
            if request[2:] == ["HTTP/1.0"]:
                args.append("--http10")
            out = subprocess.run(args + [os.path.join(directory, entry)],
                                 capture_output=True, check=False)
            for response in json.loads(out.stdout):
                for f in response["findings"]:
                    what = f["rule"] + (f" ({f['field']})" if f["field"] else "")
                    rows.append(f"| {name} | {scenario}: {request[0]} → {response['status']} "
                                f"| {what}, {f['level'] or f['severity']} | {f['reference']} |")
    head = ["| server | scenario: request → status | finding | section |",
            "| --- | --- | --- | --- |"]
    return "\n".join(head + rows)


def main():
    binary, corpus = sys.argv[1:3]
    text = table(binary, corpus)
    if len(sys.argv) < 4:
        print(text)
        return 0
    with open(sys.argv[3], encoding="utf-8") as f:
        readme = f.read()
    if BEGIN not in readme or END not in readme:
        print(f"{sys.argv[3]}: no {BEGIN} ... {END} block")
        return 1
    stated = readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    if stated != text:
        print("the README's table differs from the captures; it should read:\n" + text)
        return 1
    print("ok: the README's table matches the captures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
