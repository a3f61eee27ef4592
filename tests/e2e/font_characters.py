#!/usr/bin/env python3
"""Prints, one hexadecimal code point a line, the characters that any of the given TrueType or
OpenType fonts maps to a glyph (its Unicode cmap subtables of formats 4 and 12): what a PDF set in
those fonts can give back as text.

Usage: font_characters.py FONT...
"""
import struct
import sys


def tables(data):
    count = struct.unpack_from(">H", data, 4)[0]
    found = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        found[tag.decode("latin-1")] = (offset, length)
    return found


def format4(data, at):
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = at + 14
    starts = ends + 2 * segments + 2
    deltas = starts + 2 * segments
    range_offsets = deltas + 2 * segments
    for s in range(segments):
        end = struct.unpack_from(">H", data, ends + 2 * s)[0]
        start = struct.unpack_from(">H", data, starts + 2 * s)[0]
        delta = struct.unpack_from(">h", data, deltas + 2 * s)[0]
        range_offset = struct.unpack_from(">H", data, range_offsets + 2 * s)[0]
        for c in range(start, end + 1):
            if c == 0xFFFF:
                continue
            if range_offset == 0:
                glyph = (c + delta) & 0xFFFF
            else:
                where = range_offsets + 2 * s + range_offset + 2 * (c - start)
                glyph = struct.unpack_from(">H", data, where)[0]
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                yield c


def format12(data, at):
    groups = struct.unpack_from(">I", data, at + 12)[0]
    for g in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
        for c in range(start, end + 1):
            if glyph + c - start:
                yield c


def characters(path):
    with open(path, "rb") as f:
        data = f.read()
    offset, _ = tables(data)["cmap"]
    count = struct.unpack_from(">H", data, offset + 2)[0]
    found = set()
    for i in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
        if (platform, encoding) not in ((0, 3), (0, 4), (3, 1), (3, 10)):
            continue
        at = offset + sub
        kind = struct.unpack_from(">H", data, at)[0]
        if kind == 4:
            found.update(format4(data, at))
        elif kind == 12:
            found.update(format12(data, at))
    return found


def main():
    found = set()
    for path in sys.argv[1:]:
        found |= characters(path)
    for c in sorted(found):
        print("%X" % c)


if __name__ == "__main__":
    main()
