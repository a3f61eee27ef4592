#!/usr/bin/env python3
"""Writes PARTS handout data files (OUT_DIR/part-01.yaml, ...) whose text holds, between them,
every Unicode code point but the surrogates (U+0000..U+10FFFF), in order, for the default
template: one item per CHUNK code points, with the chunk both as the item's heading (so as a PDF
bookmark too) and as its description. Each title is made of the characters that have broken text
libraries before (flags, U+FFFE, U+FFFF, U+10FFFF, NUL, controls, line separators, a BOM,
joiners, emoji sequences).

Usage: make_all_code_points.py OUT_DIR [PARTS [CHUNK]]
"""
import sys

TROUBLE = (
    "Flags \U0001F1FA\U0001F1F8\U0001F1E9\U0001F1EA end \uFFFF \uFFFE \U0010FFFF \x00 \x01 \x7F "
    "\x85 \u2028 \u2029 \uFEFF \u200D \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F44D\U0001F3FD "
    "\U000E0001 \U000F0000 \uFDD0 \u0301 done"
)


def is_yaml_printable(c):
    # YAML's printable set, less the characters it may treat as line breaks or a BOM.
    if c in (0x85, 0x2028, 0x2029, 0xFEFF):
        return False
    return (
        0x20 <= c <= 0x7E
        or 0xA0 <= c <= 0xD7FF
        or 0xE000 <= c <= 0xFFFD
        or 0x10000 <= c <= 0x10FFFF
    )


def quoted(text):
    """A YAML double-quoted scalar that holds exactly `text`."""
    out = ['"']
    for ch in text:
        c = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif is_yaml_printable(c):
            out.append(ch)
        elif c <= 0xFF:
            out.append("\\x%02X" % c)
        elif c <= 0xFFFF:
            out.append("\\u%04X" % c)
        else:
            out.append("\\U%08X" % c)
    out.append('"')
    return "".join(out)


def chunks(size):
    chunk = []
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        chunk.append(chr(c))
        if len(chunk) == size:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def parts_of(all_chunks, parts):
    per_part = -(-len(all_chunks) // parts)
    return [all_chunks[part * per_part : (part + 1) * per_part] for part in range(parts)]


def main():
    out = sys.argv[1]
    parts = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 4096
    for part, mine in enumerate(parts_of(list(chunks(size)), parts)):
        path = "%s/part-%02d.yaml" % (out, part + 1)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("lang: en-US\n")
            f.write("title: %s\n" % quoted("%s, part %d" % (TROUBLE, part + 1)))
            f.write("items:\n")
            for chunk in mine:
                f.write("  - heading: %s\n" % quoted(chunk))
                f.write("    description: %s\n" % quoted(chunk))


if __name__ == "__main__":
    main()
