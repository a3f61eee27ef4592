"""Writes the inputs of tests/e2e/memory_bound_test.sh into the working folder: for each way a
document can ask for memory, one just within the default limits (docs/ci.md, "Limits").

    python3 memory_bound_inputs.py CASE...

Cases (each writes CASE.yaml, and a template or figure when it needs one):
  prose     a data file of --max-input-size of prose, in paragraphs, with the bundled template
  word      paragraphs of one word each, at --max-paragraph-size, as much as the file holds
  aliases   a small file of aliases that repeat a text up to the YAML text bound
  values    --max-yaml-values values in one file
  blocks    --max-blocks pieces: headings and paragraphs (a heading costs an outline entry too)
  pages     --max-pages pages, each with long header and footer slots of their own
  repeated  a table over about 930 pages, each repeating six full slots and its header row
  glyphs    --max-input-size of private-use characters, which no font has
  figure    noise PNGs as large as --max-image-memory lets a figure, and a document's, be
  all       all of the above at once, in one document
"""

import os
import random
import struct
import sys
import zlib

KIB = 1024
MIB = 1024 * KIB
MAX_INPUT = 4 * MIB  # --max-input-size
MAX_VALUES = 250_000  # --max-yaml-values
MAX_BLOCKS = 50_000  # --max-blocks
MAX_PAGES = 1_000  # --max-pages
MAX_PARAGRAPH = 64 * KIB  # --max-paragraph-size
MAX_IMAGE_MEMORY = 256 * MIB  # --max-image-memory
MARGIN = 4 * KIB  # room for the keys and the YAML syntax around a value

WORDS = ("memory bound paragraph shaping layout document handout template figure page "
         "glyph line column margin budget limit value alias each block heading").split()


def prose(rng, size):
    words, length = [], 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size].strip()


def write(name, text):
    with open(name, "w", encoding="utf-8") as out:
        out.write(text)


def items_yaml(title, descriptions, extra=""):
    lines = [f"title: {title}", extra.rstrip("\n"), "items:"] if extra else [f"title: {title}",
                                                                           "items:"]
    for i, description in enumerate(descriptions):
        lines.append(f"  - heading: Item {i}")
        lines.append(f"    description: {description}")
    return "\n".join(lines) + "\n"


def prose_case(rng, budget=MAX_INPUT - MARGIN):
    # Paragraphs of 2 to 8 KiB, as a long text would have them.
    descriptions, used = [], 0
    while used < budget:
        size = min(rng.randint(2 * KIB, 8 * KIB), budget - used)
        if size < 64:
            break
        descriptions.append(prose(rng, size))
        used += size + 40
    return descriptions


def word_case(budget=MAX_INPUT - MARGIN):
    # The most the file holds of the worst paragraphs: each one word at the paragraph limit, which
    # layout breaks between letters (two such are set at once, one on each thread). A narrow
    # letter, so that all of them fit in --max-pages: a glyph costs the same whatever its width.
    count = budget // (MAX_PARAGRAPH + 40)
    return ["i" * (MAX_PARAGRAPH - 64) for _ in range(count)]


def aliases_yaml():
    # One anchored text of 64 KiB, repeated by aliases until just under the YAML text bound
    # (which counts every repetition): the file is a few hundred KiB.
    text = "alias " * (64 * KIB // 6)
    copies = (MAX_INPUT - MARGIN) // (len(text) + 16) - 1
    lines = ["title: Aliases", "items:", f"  - heading: First", f"    description: &text {text}"]
    for i in range(copies):
        lines.append(f"  - heading: Copy {i}")
        lines.append("    description: *text")
    return "\n".join(lines) + "\n"


def values_yaml():
    # --max-yaml-values values in flow lists under a key the template does not know: the load
    # builds them all before the data contract refuses the key.
    per_list = 1000
    lists = (MAX_VALUES - 10) // (per_list + 2)
    row = "[" + ",".join(["v"] * per_list) + "]"
    lines = ["title: Values", "extra:"] + [f"  - {row}" for _ in range(lists)]
    return "\n".join(lines) + "\n"


def blocks_descriptions():
    # The bundled template makes three pieces of each item (the element `each` goes through, its
    # heading and its paragraph).
    return ["x"] * (MAX_BLOCKS // 3 - 10)


# A header slot of about 250 bytes once filled, near the 256 a slot may hold; the page number
# makes each page's text new.
LONG_SLOT = "Page {{page}} of {{pages}} " + "x" * 225


def running_slots(slot, style):
    # The template's header and footer: `slot` in all six places, in `style`.
    places = f'left: "{slot}", center: "{slot}", right: "{slot}", style: {style}'
    return f"header: {{{places}}}\nfooter: {{{places}}}\n"


def pages_template():
    # Every page has its own six slots of a long text.
    return f"""fonts:
  sans: {{regular: NotoSans-Regular.ttf}}
styles:
  body: {{font: sans, size: 10pt, leading: 12pt}}
{running_slots(LONG_SLOT, "body")}body:
  - each: items
    blocks:
      - paragraph: "{{{{heading}}}}"
      - page-break
"""


def pages_yaml():
    lines = ["title: Pages", "items:"] + [f"  - {{heading: P{i}}}" for i in range(MAX_PAGES - 1)]
    return "\n".join(lines) + "\n"


def all_template():
    # No data contract, so that any key loads: long header and footer slots of their own on
    # every page, the figure, a page of prose or of one long word for each of `pages`, and
    # a paragraph for each of `blocks` up to the block limit, in small type so that all of it fits
    # in --max-pages pages.
    slot = "Page {{page}} of {{pages}} {{title}}"
    return f"""fonts:
  sans: {{regular: NotoSans-Regular.ttf}}
styles:
  body: {{font: sans, size: 3pt, leading: 3pt, hyphenate: true, align: justify}}
  heading: {{font: sans, size: 2pt, leading: 2pt}}
  header: {{font: sans, size: 10pt, leading: 12pt}}
{running_slots(slot, "header")}body:
  - each: figures
    blocks:
      - figure: "{{{{path}}}}"
        caption: "{{{{caption}}}}"
  - each: pages
    blocks:
      - heading: "{{{{heading}}}}"
      - paragraph: "{{{{text}}}}"
      - page-break
  - each: blocks
    blocks:
      - paragraph: "{{{{.}}}}"
"""


def repeated_template():
    # Six full slots and a table header row of 500 bytes (under the 512 a repeated one may hold)
    # on every page, over rows tall enough that the table runs to about 930 pages.
    head = "y" * 250
    return f"""fonts:
  sans: {{regular: NotoSans-Regular.ttf}}
styles:
  body: {{font: sans, size: 4pt}}
  table: {{font: sans, size: 36pt}}
  table-header: {{font: sans, size: 4pt}}
{running_slots(LONG_SLOT, "body")}body:
  - table: items
    columns:
      - {{header: "{head}", text: "{{{{n}}}}"}}
      - {{header: "{head}", text: "{{{{n}}}}"}}
"""


def repeated_yaml():
    # 13,000 rows of two cells: 39,000 cells and elements, under --max-blocks.
    rows = "\n".join(f"  - n: {i}" for i in range(13_000))
    return "title: Repeated\nitems:\n" + rows + "\n"


def glyphs_yaml():
    # Headings over paragraphs of 1,300 private-use characters (U+E000..U+F8FF), up to just
    # under --max-input-size.
    lines, size, n = ["title: Private use", "items:"], 0, 0
    while size < MAX_INPUT - 60_000:
        text = "".join(chr(0xE000 + (n * 1300 + k) % 6400) for k in range(1300))
        lines.append(f"  - heading: H{n}\n    description: \"{text}\"")
        size, n = size + len(text.encode()) + 30, n + 1
    return "\n".join(lines) + "\n"


def all_yaml(rng):
    # Every limit at once within one file of --max-input-size: --max-yaml-values values (most of
    # them kept in the data tree only), --max-pages pages, --max-blocks pieces, words at the
    # paragraph limit and prose for the rest of the file.
    pages = MAX_PAGES - 120  # with the pages of text and of headings: just under --max-pages
    blocks = (MAX_BLOCKS - 4 * pages - 10) // 2  # an element and a paragraph each
    values_left = MAX_VALUES - 5 * pages - blocks - 20  # a page: its mapping, two keys, two values
    per_list = 1000
    head = ["title: All " + "t" * 200] + FIGURES.splitlines()
    tail = ["blocks:"] + [f"  - b{i}" for i in range(blocks)] + ["extra:"]
    tail += ["  - [" + ",".join(["v"] * per_list) + "]"] * (values_left // (per_list + 1))
    page_lines = [f"  - {{heading: P{i}, text: x}}" for i in range(pages)]
    budget = MAX_INPUT - MARGIN - sum(len(line) + 1 for line in head + tail + page_lines)
    words = word_case(budget // 4)
    texts = words + prose_case(rng, budget - sum(len(word) + 64 for word in words))
    for i, text in enumerate(texts[:pages]):
        page_lines[i] = f"  - {{heading: P{i}, text: {text}}}"
    return "\n".join(head + ["pages:"] + page_lines + tail) + "\n"


def noise_png(name, width, height, channels, solid=False):
    # 8-bit RGBA (colour type 6, decoded) or RGB (colour type 2, passed through as it is); of
    # noise, or of one colour (a file of a few hundred KiB, whatever its size in pixels).
    rng = random.Random(7)
    if solid:
        data = zlib.compress((b"\0" + b"\x40\x80\xc0\xff"[:channels] * width) * height, 6)
    else:
        rows = bytearray()
        for _ in range(height):
            rows += b"\0" + rng.randbytes(width * channels)
        data = zlib.compress(bytes(rows), 1)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    color_type = 6 if channels == 4 else 2
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    with open(name, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) +
                  chunk(b"IEND", b""))


def write_figures():
    # The figures of one document keep at most an eighth of --max-image-memory: an RGBA one
    # (decoded: 4 bytes a pixel kept; its file of noise, 4 bytes a pixel, and the decoder's 12
    # fill half of what reading one figure may take) as large as that allows, and a small RGB one
    # passed through as it is (data read, copied and inflated once to check it) for the rest.
    kept_most = MAX_IMAGE_MEMORY // 8
    side = int(((kept_most - 512 * KIB) / 4) ** 0.5) - 8  # room for the one-colour file below
    noise_png("noise-rgba.png", side, side, 4)
    rgb_side = int(((kept_most - side * side * 4 - 256 * KIB) / 3) ** 0.5) - 16
    noise_png("noise-rgb.png", rgb_side, rgb_side, 3)
    # And one that takes almost all of --max-image-memory to read (an 8-bit RGB PNG: 9 bytes a
    # pixel) but keeps next to nothing: of one colour, passed through as its small file.
    solid_side = int(((MAX_IMAGE_MEMORY - MIB) / 9) ** 0.5)
    noise_png("solid-rgb.png", solid_side, solid_side, 3, solid=True)


FIGURES = ("figures:\n  - {path: noise-rgba.png, caption: Noise}\n"
           "  - {path: noise-rgb.png, caption: Noise}\n"
           "  - {path: solid-rgb.png, caption: One colour}\n")


def main(cases):
    rng = random.Random(13)
    for case in cases:
        if case == "prose":
            write("prose.yaml", items_yaml("Prose", prose_case(rng)))
        elif case == "word":
            write("word.yaml", items_yaml("Words", word_case()))
        elif case == "aliases":
            write("aliases.yaml", aliases_yaml())
        elif case == "values":
            write("values.yaml", values_yaml())
        elif case == "blocks":
            write("blocks.yaml", items_yaml("Blocks", blocks_descriptions()))
        elif case == "pages":
            write("pages-template.yaml", pages_template())
            write("pages.yaml", pages_yaml())
        elif case == "repeated":
            write("repeated-template.yaml", repeated_template())
            write("repeated.yaml", repeated_yaml())
        elif case == "glyphs":
            write("missing-glyphs.yaml", glyphs_yaml())
        elif case == "figure":
            write_figures()
            write("figure.yaml", "title: Figures\n" + FIGURES)
        elif case == "all":
            write("all-template.yaml", all_template())
            write("all.yaml", all_yaml(rng))
            if not os.path.exists("noise-rgb.png"):
                write_figures()
        else:
            sys.exit(f"unknown case {case}")


if __name__ == "__main__":
    main(sys.argv[1:])
