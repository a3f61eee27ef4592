"""Checks pdftotext output of a handout: the title first, then every heading followed by its
description, in order. Usage: check_text_order.py TEXT_FILE EXPECTED_TSV TITLE

Running footers ("<title> ... Page N of M") are removed and white space is folded first, since
a description may wrap across lines or pages."""
import re
import sys


def main(text_file, expected_file, title):
    text = open(text_file, encoding="utf-8").read()
    text = re.sub(r"Page \d+ of \d+", " ", text)
    text = " ".join(text.split())
    expected = [line.rstrip("\n").split("\t") for line in open(expected_file, encoding="utf-8")
                if line.strip() and not line.startswith("#")]
    position = text.find(title)
    if position < 0:
        sys.exit(f"title {title!r} not found")
    position += len(title)
    for number, (heading, description) in enumerate(expected, 1):
        wanted = f"{heading} {description}"
        found = text.find(wanted, position)
        if found < 0:
            sys.exit(f"item {number}: {wanted!r} not found after position {position}; "
                     f"text there: {text[position:position + 200]!r}")
        position = found + len(wanted)
    print(f"title and {len(expected)} items in order")


if __name__ == "__main__":
    main(*sys.argv[1:4])
