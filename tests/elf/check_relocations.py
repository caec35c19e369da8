#!/usr/bin/env python3
"""The shared library's load-time relocations, as readelf lists them.

    check_relocations.py READELF LIBRARY

Fails when a relocation names a symbol the library defines (one of its own
functions reached through the PLT, or a variable through the GOT), or when
one is written anywhere but the C runtime's and the dynamic linker's own
slots (.init_array, .fini_array, .got, .got.plt, .data): a relocation in
.rodata or .data.rel.ro would mean a table of pointers that every process
has to patch at load time.
"""
import re
import subprocess
import sys

ALLOWED_SECTIONS = {".init_array", ".fini_array", ".got", ".got.plt", ".data"}


def readelf(tool, *args):
    return subprocess.run([tool, "-W", *args], check=True, capture_output=True,
                          text=True).stdout


def main():
    tool, library = sys.argv[1], sys.argv[2]
    sections = []
    for m in re.finditer(r"^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)",
                         readelf(tool, "-S", library), re.M):
        name, addr, size = m.group(1), int(m.group(2), 16), int(m.group(3), 16)
        if size:
            sections.append((addr, addr + size, name))

    def section_of(offset):
        for lo, hi, name in sections:
            if lo <= offset < hi:
                return name
        return "(none)"

    bad, count = [], 0
    # Offset Info Type [Symbol's value  Symbol's name + addend]
    row = re.compile(r"^([0-9a-f]{8,16})\s+[0-9a-f]+\s+(\S+)\s*(?:([0-9a-f]+)\s+(\S+))?")
    for line in readelf(tool, "-r", library).splitlines():
        m = row.match(line)
        if not m:
            continue
        count += 1
        offset, kind, value, name = int(m.group(1), 16), m.group(2), m.group(3), m.group(4)
        where = section_of(offset)
        if where not in ALLOWED_SECTIONS:
            bad.append(f"{kind} written in {where}: {line.strip()}")
        if name and int(value, 16) != 0:
            bad.append(f"{kind} names the library's own {name}: {line.strip()}")
    print(f"{count} relocations")
    for b in bad:
        print(b)
    if count == 0:
        print("readelf listed no relocations at all: the parser above no longer matches")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
