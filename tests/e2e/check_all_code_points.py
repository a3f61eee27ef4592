#!/usr/bin/env python3
"""Checks that the text pdftotext read back (TEXT_DIR/*.txt) from the PDFs of
make_all_code_points.py's documents holds every character of their paragraphs that the fonts
the text is set in (FONT...) can draw, except those
that cannot come back for a known reason (listed below). Prints the characters that are missing
and exits 1 if there are any.

With --titles PDF_DIR, checks instead that each PDF's Title and bookmarks (read with qpdf) are
its document's title and headings, character for character (as headings show them: white space
folded, the markup's escaping backslashes dropped).

Usage: check_all_code_points.py TEXT_DIR FONT...
       check_all_code_points.py --titles PDF_DIR
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

from make_all_code_points import TROUBLE, chunks, parts_of

# Spaces come back as U+0020, controls, format characters and line separators not at all.
INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}
MARKS = {"Mn", "Me", "Mc"}
# A ToUnicode target holds at most 63 UTF-16 units (src/write/to_unicode_cmap.cc): in a cluster
# of a letter and more marks than that, the later marks are not read back.
MAX_CLUSTER_UNITS = 63
# The light markup: a backslash escapes the next character and is not printed. Variation selectors
# (default ignorable) are not read back either.
MARKUP = {"\\"}


def is_arabic_presentation_form(c):
    # HarfBuzz draws the Arabic letters with the same glyphs, so these read back as the letters.
    return 0xFB50 <= c <= 0xFDFF or 0xFE70 <= c <= 0xFEFF


def is_variation_selector(c):
    return 0xFE00 <= c <= 0xFE0F or 0xE0100 <= c <= 0xE01EF


def units(c):
    return 2 if c > 0xFFFF else 1


def data_characters():
    """The code points of the documents' paragraphs, each with its base (the character before its
    run of marks, or itself) and the UTF-16 units of its cluster up to it, where first seen."""
    found = {}
    for chunk in chunks(4096):
        base, run = 0, 0
        for ch in chunk:
            c = ord(ch)
            if unicodedata.category(ch) in MARKS:
                run += units(c)
            else:
                base, run = c, units(c)
            found.setdefault(c, (base, run))
    return found


def expected_back(characters, drawable):
    for c, (base, cluster_units) in characters.items():
        ch = chr(c)
        if c not in drawable or ch in MARKUP or unicodedata.category(ch) in INVISIBLE:
            continue
        if is_arabic_presentation_form(c) or is_variation_selector(c):
            continue
        # A mark is drawn in its base's face: after a base no font draws, it is a .notdef's part.
        if base not in drawable or cluster_units > MAX_CLUSTER_UNITS:
            continue
        yield c


def as_heading(text):
    """The text a heading shows: white space folded, a backslash before punctuation dropped."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" ")


def pdf_title(pdf):
    qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, "-"],
                         capture_output=True).stdout
    found = re.search(rb"/Title <([0-9a-fA-F]*)>", qdf)
    data = bytes.fromhex(found.group(1).decode()) if found else b""
    return data[2:].decode("utf-16-be") if data[:2] == b"\xfe\xff" else data.decode("latin-1")


def bookmarks(pdf):
    listing = subprocess.run(["qpdf", "--json", "--json-key=outlines", pdf],
                             check=True, capture_output=True, text=True).stdout
    return [entry["title"] for entry in json.loads(listing)["outlines"]]


def check_titles(pdf_dir):
    wrong = 0
    for number, headings in enumerate(parts_of(list(chunks(4096)), 8), start=1):
        pdf = os.path.join(pdf_dir, "part-%02d.pdf" % number)
        if pdf_title(pdf) != "%s, part %d" % (TROUBLE, number):
            print("%s: the Title is %r" % (pdf, pdf_title(pdf)[:80]))
            wrong += 1
        found = bookmarks(pdf)
        expected = [as_heading(heading) for heading in headings]
        for index, (title, heading) in enumerate(zip(found, expected)):
            if title != heading:
                at = next(k for k, (a, b) in enumerate(zip(title, heading)) if a != b) \
                    if any(a != b for a, b in zip(title, heading)) else min(len(title), len(heading))
                print("%s: bookmark %d differs from U+%04X on" % (pdf, index + 1, ord(heading[at])))
                wrong += 1
        if len(found) != len(expected):
            print("%s: %d bookmarks, not %d" % (pdf, len(found), len(expected)))
            wrong += 1
    print("%d titles and bookmarks wrong" % wrong)
    return 1 if wrong else 0


def main():
    if sys.argv[1] == "--titles":
        return check_titles(sys.argv[2])
    text_dir, fonts = sys.argv[1], sys.argv[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    listing = subprocess.run(
        [sys.executable, os.path.join(here, "font_characters.py")] + fonts,
        check=True, capture_output=True, text=True).stdout
    drawable = {int(line, 16) for line in listing.split()}
    back = set()
    for path in glob.glob(os.path.join(text_dir, "*.txt")):
        with open(path, encoding="utf-8") as f:
            back.update(ord(ch) for ch in f.read())
    expected = sorted(expected_back(data_characters(), drawable))
    missing = [c for c in expected if c not in back]
    print("%d characters the fonts draw, %d read back, %d missing"
          % (len(expected), len(expected) - len(missing), len(missing)))
    for c in missing[:40]:
        print("  missing U+%04X %s" % (c, unicodedata.name(chr(c), "?")))
    if len(expected) < 5000:
        print("too few characters to check: are the fonts right?")
        return 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
