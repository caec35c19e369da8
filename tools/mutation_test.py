#!/usr/bin/env python3
"""Mutation testing: does the test suite notice a wrong line of code or data?

Applies each mutation of a list (tools/mutations.tsv by default) on its own,
to a scratch copy of the working tree, and runs the README's test command
there. A mutation is killed when the command fails, and survives when it
passes. Mutations of data/ or of the generator are followed by a
regeneration of the table, as a maintainer would do after the same edit, so
the stale-data check cannot kill them on its own.

    tools/mutation_test.py                  # every mutation
    tools/mutation_test.py --only src/reverse.c --only 413
    tools/mutation_test.py --sample 6       # an evenly spread sample

Prints one line per mutation, then the kill rates of data and of code
mutations, and exits 1 unless every data mutation and at least 95% of the
code mutations were killed (or when a mutation no longer applies).
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The README's test command, which .ci/run also checks is still shown there.
TEST_COMMAND = ("cmake -S . -B build && cmake --build build && "
                "ctest --test-dir build --output-on-failure")
REGENERATE = "cmake --build build --target regenerate"
GENERATED = ("src/table_data.inc", "include/httpstatus_codes.h")
CODE_TARGET = 0.95
TIMEOUT = 1200  # seconds for one run: a mutation that hangs the suite is killed


def unescape(text, where):
    out, i = [], 0
    while i < len(text):
        if text[i] != "\\":
            out.append(text[i])
            i += 1
            continue
        escaped = {"t": "\t", "n": "\n", "\\": "\\"}.get(text[i + 1:i + 2])
        if escaped is None:
            sys.exit(f"{where}: unknown escape '{text[i:i + 2]}' (\\t, \\n or \\\\)")
        out.append(escaped)
        i += 2
    return "".join(out)


def read_mutations(path):
    mutations = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("file\t"):
                continue
            cols = line.split("\t")
            where = f"{path}:{number}"
            if len(cols) != 4 or not all(cols[:2]) or not cols[3]:
                sys.exit(f"{where}: expected file, find, replace, description")
            mutations.append({
                "where": where, "file": cols[0],
                "find": unescape(cols[1], where), "replace": unescape(cols[2], where),
                "description": cols[3],
                "kind": "data" if cols[0].startswith("data/") else "code",
                "regenerate": cols[0].startswith("data/") or cols[0] == "tools/gen_table.c",
            })
    return mutations


def copy_tree(dest):
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        src = os.path.join(ROOT, name)
        if not os.path.isfile(src):
            continue  # deleted in the working tree
        os.makedirs(os.path.dirname(os.path.join(dest, name)), exist_ok=True)
        shutil.copy2(src, os.path.join(dest, name))


def run(command, cwd, log):
    """Runs a shell command in its own process group; returns its status."""
    with open(log, "w") as out:
        proc = subprocess.Popen(command, shell=True, cwd=cwd, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            return proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return "timeout"


def failed_tests(log):
    with open(log, errors="replace") as f:
        text = f.read()
    names = re.findall(r"^\s*\d+ - (\S+) \(", text, re.M)
    if names:
        return ", ".join(sorted(set(names)))
    if "Errors while running CTest" in text or "tests failed" in text:
        return "ctest"
    return "the build"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", default=os.path.join(ROOT, "tools", "mutations.tsv"))
    parser.add_argument("--only", action="append", default=[],
                        help="run only mutations whose file or description contains this")
    parser.add_argument("--sample", type=int, default=0,
                        help="run only this many, spread evenly over the list")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="parallel build and test jobs (default: every core)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch tree")
    args = parser.parse_args()

    mutations = read_mutations(args.list)
    if args.only:
        mutations = [m for m in mutations
                     if any(o in m["file"] or o in m["description"] for o in args.only)]
    if args.sample and args.sample < len(mutations):
        step = len(mutations) / args.sample
        mutations = [mutations[int(i * step)] for i in range(args.sample)]
    if not mutations:
        sys.exit("no mutation selected")

    os.environ["CMAKE_BUILD_PARALLEL_LEVEL"] = str(args.jobs)
    os.environ["CTEST_PARALLEL_LEVEL"] = str(args.jobs)
    scratch = tempfile.mkdtemp(prefix="httpstatus-mutants-")
    log = os.path.join(scratch, "last.log")
    tree = os.path.join(scratch, "tree")
    os.makedirs(tree)
    copy_tree(tree)
    print(f"scratch tree: {tree}; {len(mutations)} mutations; command: {TEST_COMMAND}")
    started = time.time()
    if run(TEST_COMMAND, tree, log) != 0:
        print(f"the suite fails before any mutation: see {log}", file=sys.stderr)
        return 2
    print(f"unmutated suite passes ({time.time() - started:.0f} s)")

    originals = {name: open(os.path.join(tree, name), "rb").read() for name in GENERATED}
    tally = {"data": [0, 0], "code": [0, 0]}
    invalid = 0
    for m in mutations:
        path = os.path.join(tree, m["file"])
        with open(path, encoding="utf-8", newline="") as f:
            original = f.read()
        count = original.count(m["find"])
        if count != 1:
            print(f"INVALID   {m['where']}: the text occurs {count} times in {m['file']}")
            invalid += 1
            continue
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(original.replace(m["find"], m["replace"]))
        started = time.time()
        status = run(REGENERATE, tree, log) if m["regenerate"] else 0
        if status != 0:
            why = "the generator refused it"
        else:
            status = run(TEST_COMMAND, tree, log)
            why = "timed out" if status == "timeout" else failed_tests(log)
        killed = status != 0
        tally[m["kind"]][0] += killed
        tally[m["kind"]][1] += 1
        print(f"{'killed  ' if killed else 'SURVIVED'}  {m['file']}: {m['description']}"
              + (f"  [{why}]" if killed else "") + f"  ({time.time() - started:.0f} s)",
              flush=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(original)
        for name, content in originals.items():
            with open(os.path.join(tree, name), "rb") as f:
                if f.read() == content:
                    continue
            with open(os.path.join(tree, name), "wb") as f:
                f.write(content)

    ok = invalid == 0
    for kind in ("data", "code"):
        killed, total = tally[kind]
        if total:
            rate = killed / total
            print(f"{kind} mutations: {killed} of {total} killed ({100 * rate:.1f}%)")
            ok &= rate >= (1.0 if kind == "data" else CODE_TARGET)
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
