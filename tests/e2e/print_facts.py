#!/usr/bin/env python3
"""Facts about printed sheets for tests/e2e/print_test.sh, read with poppler's tools.

  print_facts.py halves PDF      per sheet, the page markers (words p1, p2, ...) on its two
                                 halves: "8|1" (left|right, or top|bottom on a tall sheet),
                                 "-" for a half without one
  print_facts.py darkest PDF PAGE X Y W H   the darkest grey (0 black .. 255 white) in the
                                 rectangle, in points from the media's top-left corner
"""
import re
import subprocess
import sys

from pdf_facts import pages_of_words


def halves(pdf):
    for width, height, words in pages_of_words(pdf):
        tall = height > width
        sides = {0: "-", 1: "-"}
        for x0, y0, x1, y1, text in words:
            if re.fullmatch(r"p\d+", text):
                middle = (y0 + y1) / 2 if tall else (x0 + x1) / 2
                sides[int(middle > (height if tall else width) / 2)] = text[1:]
        print(f"{sides[0]}|{sides[1]}")


def darkest(pdf, page, x, y, w, h):
    """Renders the rectangle at 72 dpi in grey (one pixel per point) and reads the PGM."""
    pgm = subprocess.run(["pdftoppm", "-f", page, "-l", page, "-r", "72", "-gray",
                          "-x", x, "-y", y, "-W", w, "-H", h, pdf],
                         check=True, capture_output=True).stdout
    fields = pgm.split(maxsplit=4)  # P5, width, height, maxval, pixels
    print(min(fields[4]))


if __name__ == "__main__":
    commands = {"halves": halves, "darkest": darkest}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
