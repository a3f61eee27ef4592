"""Writes the layout benchmark's document: the example handout (data/rust-is-used-for.yaml) with
its items repeated COPIES times (100 by default: 2,400 items, about 190 pages), and the same
figure, copied next to the output (the renderer reads files under the data file's folder only,
so an absolute path to the example's figure would be refused).
Usage: make_layout_2400.py OUTPUT.yaml [COPIES]
The example is copied line by line rather than parsed, so its text and quoting stay exactly
as written; everything from `items:` to the end of the file is the list that is repeated."""
import os
import shutil
import sys

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                       "rust-is-used-for.yaml")


def main(output, copies=100):
    lines = open(EXAMPLE, encoding="utf-8").read().splitlines()
    start = lines.index("items:")
    head, items = lines[:start], lines[start + 1:]
    folder = os.path.dirname(os.path.realpath(EXAMPLE))
    output_folder = os.path.dirname(os.path.abspath(output))
    for index, line in enumerate(head):
        if line.startswith("  path: "):
            figure = line[len("  path: "):].strip()
            copy = os.path.join(output_folder, os.path.basename(figure))
            shutil.copyfile(os.path.join(folder, figure), copy)
            head[index] = "  path: " + os.path.basename(figure)
    with open(output, "w", encoding="utf-8") as file:
        file.write("\n".join(head + ["items:"] + items * int(copies)) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
