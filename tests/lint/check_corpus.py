#!/usr/bin/env python3
"""Lints every captured response of a corpus with `httpstatus lint --raw`
and compares the findings with tests/lint/expected.tsv.

    tests/lint/check_corpus.py HTTPSTATUS CORPUS_DIR EXPECTED [SERVER...]

CORPUS_DIR holds one directory per server, each with <scenario>.request
and <scenario>.response. The request's method, and HTTP/1.0 when its
version says so, are passed to the linter. A finding is written rule, or
rule:Field when it concerns a field; each line of EXPECTED is server,
scenario and the sorted findings (or -), tab-separated. Every difference is
printed; the exit status is 1 if there is one. With --write, EXPECTED is
rewritten from what was found (review the diff before committing it).
"""
import json
import os
import subprocess
import sys


def lint(binary, directory, scenario):
    with open(os.path.join(directory, scenario + ".request"), "rb") as f:
        line = f.readline().split()
    args = [binary, "lint", "--raw", "--json", "--min-severity", "info",
            "--method", line[0].decode()]
    if len(line) > 2 and line[2] == b"HTTP/1.0":
        args.append("--http10")
    args.append(os.path.join(directory, scenario + ".response"))
    out = subprocess.run(args, capture_output=True)
    if out.returncode not in (0, 1):
        return ["(lint failed: " + out.stderr.decode(errors="replace").strip() + ")"]
    found = set()
    for response in json.loads(out.stdout):
        for f in response["findings"]:
            found.add(f["rule"] + (":" + f["field"] if f["field"] else "")
                      + ("@" + str(response["index"]) if response["index"] else ""))
    return sorted(found)


def main():
    args = [a for a in sys.argv[1:] if a != "--write"]
    write = "--write" in sys.argv
    binary, corpus, expected_path = args[:3]
    servers = args[3:] or sorted(os.listdir(corpus))
    expected = {}
    if os.path.exists(expected_path):
        with open(expected_path) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                server, scenario, findings = line.rstrip("\n").split("\t")
                expected[(server, scenario)] = [] if findings == "-" else findings.split(",")
    got = {}
    for server in servers:
        directory = os.path.join(corpus, server)
        for name in sorted(os.listdir(directory)):
            if name.endswith(".response"):
                scenario = name[:-len(".response")]
                got[(server, scenario)] = lint(binary, directory, scenario)
    if write:
        kept = {k: v for k, v in expected.items() if k[0] not in servers}
        kept.update(got)
        with open(expected_path, "w") as f:
            f.write("# server\tscenario\tfindings of `httpstatus lint --raw --min-severity info`"
                    " (rule:Field@response), or -\n")
            for (server, scenario), findings in sorted(kept.items()):
                f.write(f"{server}\t{scenario}\t{','.join(findings) or '-'}\n")
        return 0
    differences = 0
    for key in sorted(set(got) | {k for k in expected if k[0] in servers}):
        if got.get(key) != expected.get(key):
            differences += 1
            print(f"{key[0]} {key[1]}: expected {expected.get(key, '(no line)')}, "
                  f"found {got.get(key, '(no capture)')}")
    print(f"{len(got)} captures from {len(servers)} servers, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
