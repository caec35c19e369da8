#!/usr/bin/env python3
"""tools/registry_diff.py against a copy of the registry's CSV export.

    check_registry_diff.py TOOL FIXTURE STATUS_TSV

FIXTURE (http-status-codes-1.csv beside this file) is the IANA HTTP Status
Code Registry as of its 2025-09-15 update, in the registry's own CSV format:
75 rows, 64 of them assigned codes. On it the tool must find no difference
from data/status.tsv; on copies with one change each, it must find that
change, and only it; on a malformed file it must stop with file:line.
"""
import os
import subprocess
import sys
import tempfile

tool, fixture, status = sys.argv[1:4]
with open(fixture, encoding='utf-8') as f:
    registry = f.read()
with open(status, encoding='utf-8') as f:
    data = f.read()
failures = 0
work = tempfile.mkdtemp()


def run(registry_text, data_text):
    reg = os.path.join(work, 'registry.csv')
    tsv = os.path.join(work, 'status.tsv')
    with open(reg, 'w', encoding='utf-8') as f:
        f.write(registry_text)
    with open(tsv, 'w', encoding='utf-8') as f:
        f.write(data_text)
    p = subprocess.run([sys.executable, tool, reg, tsv], capture_output=True, text=True)
    return p.returncode, p.stdout.splitlines()[:-1], p.stderr


def check(name, ok, detail=''):
    global failures
    if not ok:
        failures += 1
        print('FAIL: %s %s' % (name, detail))


def edited(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


rc, lines, err = run(registry, data)
check('the fixture matches the data', rc == 0 and lines == [], '%d %r %s' % (rc, lines, err))

# One change each: (name, registry text, data text, the one line expected)
cases = [
    ('a phrase', edited(registry, '404,Not Found,', '404,Not Fund,'), data,
     "404: phrase: registry 'Not Fund', data 'Not Found'"),
    ('a phrase in the data', registry, edited(data, '\tGateway Timeout\t', '\tGateway Time-out\t'),
     "504: phrase: registry 'Gateway Timeout', data 'Gateway Time-out'"),
    ('a code added', edited(registry, '209-225,Unassigned,\n', '209,Something New,[RFC9999]\n210-225,Unassigned,\n'),
     data, '209: in the registry (Something New), not in the data'),
    ('an unofficial code registered', edited(registry, '452-499,Unassigned,\n', '452-498,Unassigned,\n499,Client Closed Request,[RFC9999]\n'),
     data, '499: registered now (Client Closed Request), the data lists it as unregistered'),
    ('a code removed', edited(registry, '226,IM Used,[RFC3229]\n', '226,Unassigned,\n'), data,
     '226: in the data as permanent, unassigned in the registry'),
    ('a status', edited(registry, 'Not Extended (OBSOLETED)', 'Not Extended'), data,
     '510: status: registry permanent, data obsoleted'),
    ('an expiry date', edited(registry, 'expires 2026-11-13', 'expires 2027-11-13'), data,
     '104: expires: registry 2027-11-13, data 2026-11-13'),
    ('a reference', edited(registry, '"[RFC9110, Section 15.5.5]"', '"[RFC9110, Section 15.5.6]"'), data,
     "404: reference: registry 'RFC 9110, Section 15.5.6', data 'RFC 9110, Section 15.5.5'"),
    ('a reference by document', edited(registry, '423,Locked,[RFC4918]', '423,Locked,[RFC4919]'), data,
     "423: reference: registry 'RFC 4919', data 'RFC 4918, Section 11.3'"),
]
for name, reg, tsv, want in cases:
    rc, lines, err = run(reg, tsv)
    check(name, rc == 1 and lines == [want], 'got %d %r %s' % (rc, lines, err))

# Malformed input: exit 2 and the place.
rc, lines, err = run(edited(registry, 'Value,Description,Reference', 'Code,Description'), data)
check('a wrong header', rc == 2 and 'registry.csv:1:' in err, '%d %r' % (rc, err))
rc, lines, err = run(edited(registry, '103,Early Hints,', '1x3,Early Hints,'), data)
check('a bad value', rc == 2 and 'registry.csv:5:' in err, '%d %r' % (rc, err))

total = len(cases) + 3
print('registry_diff: %d passed, %d failed' % (total - failures, failures))
sys.exit(1 if failures else 0)
