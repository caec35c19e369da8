#!/usr/bin/env python3
"""Lists every difference between the IANA HTTP Status Code Registry and
data/status.tsv.

    tools/registry_diff.py http-status-codes-1.csv [data/status.tsv]

The first file is the registry's CSV export, as IANA publishes it at
https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv:
columns Value, Description and Reference; a Value is a code or a range of
unassigned codes ("105-199"); a Description may end in a note such as
"(TEMPORARY - registered 2024-11-13, ..., expires 2026-11-13)" or
"(OBSOLETED)", and is "(Unused)" for a reserved code.

It compares each registry row with the row of data/status.tsv for the same
code: the phrase, the registration status, the expiry date and the
reference (the registry's first reference must be the row's, or, where the
registry names no section, the start of it). A code the registry assigns
that the data lacks or lists as unregistered, and a registry row of the
data that the registry no longer assigns, are differences too.

Prints one line per difference and exits 1 when there is one, 0 when there
is none, and 2 on a usage error or a file it cannot read, naming
file:line.
"""
import csv
import re
import sys

NOTE = re.compile(r'^(?P<phrase>.*?)\s*\((?P<note>[^()]*)\)$')
EXPIRES = re.compile(r'expires (\d{4}-\d{2}-\d{2})')
REFERENCE = re.compile(r'\[([^\]]+)\]')
RFC = re.compile(r'^RFC(\d+)(.*)$')


class InputError(Exception):
    pass


def normalised_reference(text):
    """'[RFC9110, Section 15.2.1][...]' -> 'RFC 9110, Section 15.2.1' (the first)."""
    refs = REFERENCE.findall(text)
    if not refs:
        return ''
    m = RFC.match(refs[0])
    return 'RFC %s%s' % (m.group(1), m.group(2)) if m else refs[0]


def read_registry(path):
    """code -> (phrase or None, status, expires or None, reference), and the
    set of codes in unassigned ranges."""
    assigned, unassigned = {}, set()
    try:
        with open(path, newline='', encoding='utf-8') as f:
            rows = list(csv.reader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError('%s:0: %s' % (path, e))
    if not rows or [c.strip() for c in rows[0]] != ['Value', 'Description', 'Reference']:
        raise InputError('%s:1: expected the header Value,Description,Reference' % path)
    for line, row in enumerate(rows[1:], 2):
        if len(row) != 3:
            raise InputError('%s:%d: expected 3 columns, found %d' % (path, line, len(row)))
        value, description, reference = (c.strip() for c in row)
        m = re.fullmatch(r'(\d{3})(?:-(\d{3}))?', value)
        if not m:
            raise InputError('%s:%d: value %r is not a code or a range' % (path, line, value))
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if description == 'Unassigned':
            unassigned.update(range(first, last + 1))
            continue
        if first != last:
            raise InputError('%s:%d: a range that is not Unassigned' % (path, line))
        phrase, status, expires = description, 'permanent', None
        if description == '(Unused)':
            phrase, status = None, 'unused'
        else:
            n = NOTE.match(description)
            if n:
                note = n.group('note')
                phrase = n.group('phrase')
                if note.startswith('TEMPORARY'):
                    status = 'temporary'
                    e = EXPIRES.search(note)
                    expires = e.group(1) if e else None
                elif note == 'OBSOLETED':
                    status = 'obsoleted'
                else:
                    raise InputError('%s:%d: unknown note (%s)' % (path, line, note))
        if first in assigned:
            raise InputError('%s:%d: code %d listed twice' % (path, line, first))
        assigned[first] = (phrase, status, expires, normalised_reference(reference))
    return assigned, unassigned


def read_data(path):
    """code -> (phrase or None, status, expires or None, reference), for
    every row of data/status.tsv."""
    rows = {}
    header = None
    try:
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
    except (OSError, UnicodeDecodeError) as e:
        raise InputError('%s:0: %s' % (path, e))
    for line, text in enumerate(lines, 1):
        text = text.rstrip('\r')
        if not text or text.startswith('#'):
            continue
        cols = text.split('\t')
        if header is None:
            header = cols
            continue
        if len(cols) != len(header):
            raise InputError('%s:%d: expected %d columns' % (path, line, len(header)))
        row = dict(zip(header, cols))
        none = lambda v: None if v == '-' else v
        rows[int(row['code'])] = (none(row['reason']), row['status'], none(row['expires']),
                                  row['reference'])
    if header is None:
        raise InputError('%s:0: no header row' % path)
    return rows


def same_reference(registry, data):
    if registry == data:
        return True
    # The registry names the document only: the data may add a section.
    return ', Section' not in registry and (data == registry or data.startswith(registry + ','))


def differences(registry_path, data_path):
    assigned, unassigned = read_registry(registry_path)
    data = read_data(data_path)
    out = []
    for code in sorted(assigned):
        phrase, status, expires, reference = assigned[code]
        if code not in data:
            out.append('%d: in the registry (%s), not in the data' % (code, phrase or '(Unused)'))
            continue
        d_phrase, d_status, d_expires, d_reference = data[code]
        if d_status == 'unregistered':
            out.append('%d: registered now (%s), the data lists it as unregistered'
                       % (code, phrase or '(Unused)'))
            continue
        if phrase != d_phrase:
            out.append('%d: phrase: registry %r, data %r' % (code, phrase, d_phrase))
        if status != d_status:
            out.append('%d: status: registry %s, data %s' % (code, status, d_status))
        if expires != d_expires:
            out.append('%d: expires: registry %s, data %s' % (code, expires, d_expires))
        if not same_reference(reference, d_reference):
            out.append('%d: reference: registry %r, data %r' % (code, reference, d_reference))
    for code in sorted(data):
        if code in assigned or data[code][1] == 'unregistered':
            continue
        where = 'unassigned' if code in unassigned else 'absent'
        out.append('%d: in the data as %s, %s in the registry' % (code, data[code][1], where))
    return out


def main(argv):
    if len(argv) not in (2, 3) or argv[1].startswith('-'):
        print(__doc__.strip().split('\n\n')[1], file=sys.stderr)
        return 2
    try:
        found = differences(argv[1], argv[2] if len(argv) == 3 else 'data/status.tsv')
    except InputError as e:
        print('registry_diff: %s' % e, file=sys.stderr)
        return 2
    for line in found:
        print(line)
    print('%d difference%s' % (len(found), '' if len(found) == 1 else 's'))
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
