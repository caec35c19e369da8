#!/usr/bin/env python3
"""Every rule of HTTPSTATUS_LINT_RULE_MAP is in the manual, with its section,
and the manual names no rule the library lacks.
    tests/lint_rules_documented.py include/httpstatus.h docs/httpstatus.1"""
import re
import sys

header, manual = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
block = header[header.index("#define HTTPSTATUS_LINT_RULE_MAP"):]
block = block[:block.index("\n\n")].replace("\\\n", " ")
rules = re.findall(r'XX\(\s*\w+,\s*"([a-z0-9-]+)",\s*\w+,\s*\w+,\s*"([^"]+)"', block)
section = manual[manual.index(".SH LINT RULES"):]
section = section[:section.index("\n.SH ", 1)]
documented = re.findall(r"^\.B ([a-z0-9\\-]+)\n(.*)$", section, re.M)
documented = {name.replace("\\-", "-"): text for name, text in documented}
problems = []
for rule, reference in rules:
    if rule not in documented:
        problems.append(f"{rule}: not in the manual's LINT RULES")
    elif reference not in documented[rule]:
        problems.append(f"{rule}: the manual does not give {reference}")
for rule in documented:
    if rule not in dict(rules):
        problems.append(f"{rule}: in the manual, not in the library")
if not rules:
    problems.append("no rule found in the header")
print("\n".join(problems) or f"ok: {len(rules)} rules documented")
sys.exit(1 if problems else 0)
