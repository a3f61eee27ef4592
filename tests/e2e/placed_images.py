#!/usr/bin/env python3
"""The sizes images are placed at in a PDF, read from its content streams, for the end-to-end tests.

  placed_images.py PDF    one line per image drawn, in the order drawn: "WIDTHxHEIGHT" in
                          millimetres with two decimals

handout draws an image as "q W 0 0 H X Y cm /Name Do Q" (write/image_drawing.cc), and imposition
moves pages onto sheets without scaling them, so W and H are the printed size. The file is
rewritten by qpdf with uncompressed streams first.
"""
import re
import subprocess
import sys
import tempfile

NUMBER = rb"(-?[0-9.]+)"
PLACED = re.compile(NUMBER + rb" 0 0 " + NUMBER + rb" " + NUMBER + rb" " + NUMBER +
                    rb" cm\s*/[A-Za-z0-9_]+ Do")
MILLIMETRES_PER_POINT = 25.4 / 72


def main():
    with tempfile.NamedTemporaryFile(suffix=".pdf") as qdf:
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", sys.argv[1], qdf.name],
                       check=True)
        content = open(qdf.name, "rb").read()
    for match in PLACED.finditer(content):
        width, height = float(match.group(1)), float(match.group(2))
        print(f"{width * MILLIMETRES_PER_POINT:.2f}x{height * MILLIMETRES_PER_POINT:.2f}")


if __name__ == "__main__":
    main()
