#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<target>/seed-*, and
fuzz_cli's dictionary, fuzz/cli.dict.

The YAML seeds are the repository's own data files and templates (bundled and test fixtures),
alone and joined as "data, #%template, template" (fuzz/fuzz_inputs.h), plus a few small files
for the YAML features the fixtures do not use. The image seeds are the test fixtures' PNGs and
JPEGs and tiny files of every other format stb_image reads, spelled out here byte by byte (only
struct and zlib). fuzz_cli's seeds are command lines with their files (fuzz/cli_input.h): every
case of tests/bad (its run line and files), the bundled and fixture data with their templates,
and the commands and options the tests use (build with -j, --each/--name, --depfile, --report;
check; render with print options). Run it again after a fixture or a bad-input case changes
(`fuzz/make_seeds.py [TARGET...]`, default every target); inputs of findings (regression-*)
are kept as they are.
"""
import glob
import os
import re
import struct
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
MARKER = b"\n#%template\n"


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def write_corpus(target, seeds):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    for old in glob.glob(os.path.join(folder, "seed-*")):
        os.remove(old)
    for name, data in seeds.items():
        with open(os.path.join(folder, "seed-" + name), "wb") as f:
            f.write(data)


# --- YAML -------------------------------------------------------------------------------------

DATA_FILES = {
    "rust": "data/rust-is-used-for.yaml",
    "cheat-sheet": "data/cli-cheat-sheet.yaml",
    "body-data": "tests/fixtures/body/data.yaml",
    "blocks-data": "tests/fixtures/blocks/data.yaml",
    "contract-good": "tests/fixtures/contract/good.yaml",
    "contract-violations": "tests/fixtures/contract/violations.yaml",
    "workshop": "tests/fixtures/workshop/workshop.yaml",
    "specimen": "tests/fixtures/specimen/specimen.yaml",
}

TEMPLATE_FILES = {
    "handout": "templates/handout.yaml",
    "reference-sheet": "templates/reference-sheet.yaml",
    "cards": "templates/cards.yaml",
    "body-blocks": "tests/fixtures/body/blocks.yaml",
    "blocks": "tests/fixtures/blocks/blocks.yaml",
    "contents": "tests/fixtures/blocks/contents.yaml",
    "qr-code": "tests/fixtures/blocks/qr-code.yaml",
    "contract": "tests/fixtures/contract/data-section.yaml",
    "narrow": "tests/fixtures/specimen/narrow.yaml",
    "partials": "tests/fixtures/partials/main.yaml",
}

# Which data goes with which template (the pairs the tests render).
PAIRS = [
    ("rust", "handout"), ("rust", "reference-sheet"), ("rust", "cards"),
    ("cheat-sheet", "reference-sheet"), ("body-data", "body-blocks"), ("blocks-data", "blocks"),
    ("blocks-data", "contents"), ("blocks-data", "qr-code"), ("contract-good", "contract"),
    ("contract-violations", "contract"), ("specimen", "narrow"), ("body-data", "partials"),
]

# YAML features and edge cases that no fixture has.
SMALL_DATA = {
    "anchors": b"title: &t Anchors\nsubtitle: *t\nitems:\n  - &i {heading: A, description: B}\n"
               b"  - *i\n  - <<: *i\n    heading: C\n",
    "tags": b"title: !!str 12\nauthor: !custom value\ndate: 2026-11-24\nkeywords: [a, b]\n",
    "block-scalars": b"title: Scalars\nintro: |\n  one\n  two\n\n  three\nsubtitle: >-\n  folded\n"
                     b"  text\n",
    "markup": b"title: '**bold** *it* `code` [link](https://example.org)'\nintro: \"\\u00e9 \\t"
              b" \\u2014\"\nitems:\n  - {heading: '`x`', description: '*a* **b** ***c***'}\n",
    "empty": b"",
    "null-title": b"title: ~\n",
    "flow": b"{title: Flow, items: [{heading: h, description: d}], lang: de-DE}\n",
    "multi-document": b"title: One\n---\ntitle: Two\n",
    "long-word": b"title: T\nintro: " + b"x" * 300 + b"\n",
    "figure": b"title: Figure\nfigure: {path: rust-is-used-for.png, caption: A figure}\n",
    "sections": b"title: S\nsections:\n  - title: One\n    items:\n      - {heading: a, "
                b"description: b}\n",
    "unicode": "title: Καλημέρα Привет 😀 \u00ad\nlang: el\n".encode(),
}

MINIMAL_TEMPLATE = b"""page: {size: A5, margins: 10mm}
fonts:
  sans: {regular: NotoSans-Regular.ttf}
styles:
  body: {font: sans, size: 9pt}
body:
  - title: "{{title}}"
  - each: items
    blocks:
      - include: partials/reference-item.yaml
"""

# The fuzz targets read the seeds as files of fuzz/files/, which links to the figures and
# partials the fixtures name; paths that reach elsewhere are rewritten to those links.
PATHS_IN_FUZZ_FILES = {b"../../../data/rust-is-used-for.png": b"rust-is-used-for.png",
                       b"../workshop/photo.jpg": b"photo.jpg"}


def read_seed(path):
    text = read(path)
    for old, new in PATHS_IN_FUZZ_FILES.items():
        text = text.replace(old, new)
    return text


def yaml_seeds():
    seeds = {}
    for name, path in DATA_FILES.items():
        seeds[name + ".yaml"] = read_seed(path)
    for data, layout in PAIRS:
        seeds[data + "+" + layout + ".yaml"] = read_seed(DATA_FILES[data]) + MARKER + \
            read_seed(TEMPLATE_FILES[layout])
    for name, text in SMALL_DATA.items():
        seeds[name + ".yaml"] = text
        seeds[name + "+minimal.yaml"] = text + MARKER + MINIMAL_TEMPLATE
    return seeds


# --- Images -----------------------------------------------------------------------------------

# 2 x 2 pixels: red, green / blue, white.
PIXELS = [[(255, 0, 0), (0, 255, 0)], [(0, 0, 255), (255, 255, 255)]]
PALETTE = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)]
INDICES = [[0, 1], [2, 3]]


def gif(interlaced=False, transparent=False, frames=1):
    """Minimal code size 2; a clear code before every pixel keeps the codes 3 bits wide."""
    palette = b"".join(bytes(c) for c in PALETTE)
    header = b"GIF89a" + struct.pack("<HHBBB", 2, 2, 0xF1, 0, 0) + palette
    codes = []
    for row in INDICES:
        for index in row:
            codes += [4, index]
    codes.append(5)
    bits, count, packed = 0, 0, bytearray()
    for code in codes:
        bits |= code << count
        count += 3
        while count >= 8:
            packed.append(bits & 0xFF)
            bits >>= 8
            count -= 8
    if count:
        packed.append(bits)
    image = b""
    for _ in range(frames):
        if transparent or frames > 1:
            image += b"\x21\xF9\x04" + bytes([0x01 if transparent else 0x00]) + \
                b"\x0A\x00" + b"\x03\x00"
        image += b"\x2C" + struct.pack("<HHHHB", 0, 0, 2, 2, 0x40 if interlaced else 0)
        image += b"\x02" + bytes([len(packed)]) + bytes(packed) + b"\x00"
    return header + image + b"\x3B"


def bmp(bits, compression=0, top_down=False):
    width, height = 2, 2
    palette = b""
    if bits <= 8:
        palette = b"".join(bytes((b, g, r, 0)) for r, g, b in PALETTE)
    rows = []
    for row in (PIXELS if top_down else PIXELS[::-1]):
        if bits == 24:
            data = b"".join(bytes((b, g, r)) for r, g, b in row)
        elif bits == 32:
            data = b"".join(bytes((b, g, r, 255)) for r, g, b in row)
        elif bits == 16:
            data = b"".join(struct.pack("<H", ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3))
                            for r, g, b in row)
        elif bits == 8:
            data = bytes(PALETTE.index(p) for p in row)
        elif bits == 4:
            a, b = (PALETTE.index(p) for p in row)
            data = bytes([(a << 4) | b])
        else:  # 1 bit: black and white only
            data = bytes([0x40 if row[1] == (255, 255, 255) else 0x00])
        rows.append(data + b"\0" * (-len(data) % 4))
    pixels = b"".join(rows)
    masks = b""
    if compression == 3:
        masks = struct.pack("<III", 0xF800, 0x07E0, 0x001F) if bits == 16 else \
            struct.pack("<III", 0x00FF0000, 0x0000FF00, 0x000000FF)
    info = struct.pack("<IiiHHIIiiII", 40, width, -height if top_down else height, 1, bits,
                       compression, len(pixels), 2835, 2835, len(palette) // 4, 0) + masks
    offset = 14 + len(info) + len(palette)
    return b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset) + info + palette + \
        pixels


def tga(kind):
    """kind: 2 true colour, 3 grey, 1 colour-mapped, 10 run-length true colour."""
    width, height = 2, 2
    flat = [p for row in PIXELS for p in row]
    if kind == 1:
        cmap = b"".join(bytes((b, g, r)) for r, g, b in PALETTE)
        header = struct.pack("<BBBHHBHHHHBB", 0, 1, 1, 0, 4, 24, 0, 0, width, height, 8, 0x20)
        return header + cmap + bytes(range(4))
    if kind == 3:
        header = struct.pack("<BBBHHBHHHHBB", 0, 0, 3, 0, 0, 0, 0, 0, width, height, 8, 0x20)
        return header + bytes((r + g + b) // 3 for r, g, b in flat)
    header = struct.pack("<BBBHHBHHHHBB", 0, 0, kind, 0, 0, 0, 0, 0, width, height, 32, 0x28)
    pixels = [bytes((b, g, r, 255)) for r, g, b in flat]
    if kind == 2:
        return header + b"".join(pixels)
    # one raw packet of two pixels, one run packet of two equal pixels
    return header + bytes([0x01]) + pixels[0] + pixels[1] + bytes([0x81]) + pixels[2]


def pnm(kind):
    flat = [p for row in PIXELS for p in row]
    if kind == "P5":
        return b"P5\n# grey\n2 2\n255\n" + bytes((r + g + b) // 3 for r, g, b in flat)
    return b"P6\n2 2\n255\n" + b"".join(bytes(p) for p in flat)


def psd(compression):
    header = b"8BPS" + struct.pack(">H6sHIIHH", 1, b"\0" * 6, 3, 2, 2, 8, 3)
    sections = struct.pack(">III", 0, 0, 0)  # colour mode data, image resources, layers
    planes = [bytes(p[c] for row in PIXELS for p in row) for c in range(3)]
    if compression == 0:
        return header + sections + struct.pack(">H", 0) + b"".join(planes)
    # PackBits: each row of 2 bytes is one literal run "01 a b" (3 bytes)
    counts = struct.pack(">" + "H" * 6, *([3] * 6))
    rows = b"".join(bytes([1]) + plane[at:at + 2] for plane in planes for at in (0, 2))
    return header + sections + struct.pack(">H", 1) + counts + rows


def hdr():
    def rgbe(r, g, b):
        return bytes((r, g, b, 128))
    pixels = b"".join(rgbe(*(c // 2 for c in p)) for row in PIXELS for p in row)
    return b"#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 2 +X 2\n" + pixels


def pic():
    """Softimage PIC: one uncompressed RGB channel packet."""
    header = struct.pack(">I", 0x5380F634) + struct.pack(">f", 3.71) + b"\0" * 80 + b"PICT" + \
        struct.pack(">HHfHH", 2, 2, 1.0, 3, 0)
    packet = bytes([0, 8, 0, 0xE0])  # last packet, 8 bits, uncompressed, channels R G B
    pixels = b"".join(bytes(p) for row in PIXELS for p in row)
    return header + packet + pixels


def image_seeds():
    seeds = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/images/*"))):
        name = os.path.basename(path)
        if name.endswith(".py") or os.path.getsize(path) > 4096:
            continue
        seeds[name] = read(path)
    seeds.update({
        "plain.gif": gif(), "interlaced.gif": gif(interlaced=True),
        "transparent.gif": gif(transparent=True), "animated.gif": gif(frames=2),
        "rgb24-top-down.bmp": bmp(24, top_down=True), "rgb32.bmp": bmp(32),
        "bitfields32.bmp": bmp(32, compression=3), "rgb565.bmp": bmp(16, compression=3),
        "palette8.bmp": bmp(8), "palette4.bmp": bmp(4), "mono.bmp": bmp(1),
        "truecolor.tga": tga(2), "grey.tga": tga(3), "colormapped.tga": tga(1),
        "rle.tga": tga(10), "grey.pgm": pnm("P5"), "rgb.ppm": pnm("P6"),
        "raw.psd": psd(0), "packbits.psd": psd(1), "radiance.hdr": hdr(), "softimage.pic": pic(),
    })
    return seeds


# --- Command lines (fuzz_cli) ---------------------------------------------------------------

def tiny_png(width=4, height=4):
    """An RGB PNG of a few pixels: a figure any seed can use, far under fuzz_cli's limits."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\0" + b"".join(bytes((x * 60 % 256, y * 60 % 256, 128))
                                      for x in range(width)) for y in range(height))
    return b"\x89PNG\r\n\x1a\n" + \
        chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# A PDF of the shape handout writes, as an earlier output: tests/bad's runner puts one at
# out/existing.pdf before every case, so that a case can aim -o at it.
def earlier_pdf():
    head = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    return head + b"xref\n0 2\ntrailer\n<< /Root 1 0 R >>\nstartxref\n" + \
        str(len(head)).encode() + b"\n%%EOF\n"


def quoted_argument(argument):
    if argument and not re.search(r"[ \t\"']", argument):
        return argument
    return "'" + argument + "'" if '"' in argument else '"' + argument + '"'


def cli_input(arguments, files):
    """The input fuzz_cli reads: the arguments' line, then "#%PATH" and the bytes of each file."""
    parts = [b"#%" + path.encode() + b"\n" + data for path, data in files]
    for path, data in files:
        assert b"\n#%" not in data and "\n" not in path, path
    return (" ".join(quoted_argument(a) for a in arguments) + "\n").encode() + b"\n".join(parts)


def bad_case_seeds():
    """Every case of tests/bad: its run line and its files (those a prepare.sh makes are not
    there, so such a case tries the same command on what is committed)."""
    seeds = {}
    for case in sorted(glob.glob(os.path.join(ROOT, "tests/bad/*/case"))):
        folder = os.path.dirname(case)
        run = next(line[4:].strip() for line in open(case, encoding="utf-8")
                   if line.startswith("run:"))
        files = [("out/existing.pdf", earlier_pdf())]
        for path in sorted(glob.glob(os.path.join(folder, "**"), recursive=True)):
            relative = os.path.relpath(path, folder)
            if os.path.islink(path) or not os.path.isfile(path) or \
                    relative in ("case", "prepare.sh"):
                continue
            files.append((relative, read(path)))
        seeds["bad-" + os.path.basename(folder)] = cli_input(run.split(" "), files)
    return seeds


# Figures the fixtures name, as tiny files under the names the seeds use.
FIGURE_NAMES = {b"../../../data/rust-is-used-for.png": b"figure.png",
                b"rust-is-used-for.png": b"figure.png", b"../workshop/photo.jpg": b"photo.jpg",
                b"../images/rgb.jpg": b"photo.jpg", b"../images/palette4.png": b"figure.png"}
FIGURES = [("figure.png", tiny_png()), ("banner.png", tiny_png(8, 2)),
           ("swatch.png", read("tests/fixtures/workshop/swatch.png")),
           ("photo.jpg", read("tests/fixtures/images/grey.jpg"))]


def with_short_figure_names(text):
    for old, new in FIGURE_NAMES.items():
        text = text.replace(old, new)
    return text


def partials_beside(template):
    """The partials a fixture template includes, at the same paths relative to it."""
    folder = os.path.dirname(os.path.join(ROOT, template))
    found = []
    for sub in ("partials", "parts"):
        for path in sorted(glob.glob(os.path.join(folder, sub, "**", "*.yaml"), recursive=True)):
            found.append((os.path.relpath(path, folder), read(path)))
    return found


# Data files and templates as the tests render them: (data, template or a bundled name,
# arguments after the data file).
RENDERED = [
    ("data/rust-is-used-for.yaml", None, ["-o", "out/rust.pdf"]),
    ("data/rust-is-used-for.yaml", "reference-sheet", ["--fit-pages", "1"]),
    ("data/rust-is-used-for.yaml", "cards", ["--impose", "cards", "--duplex"]),
    ("data/cli-cheat-sheet.yaml", None, ["-o", "cheat.pdf", "--page-size", "A6"]),
    ("tests/fixtures/body/data.yaml", "tests/fixtures/body/blocks.yaml", []),
    ("tests/fixtures/blocks/data.yaml", "tests/fixtures/blocks/blocks.yaml", ["--grayscale"]),
    ("tests/fixtures/blocks/data.yaml", "tests/fixtures/blocks/contents.yaml", []),
    ("tests/fixtures/blocks/data.yaml", "tests/fixtures/blocks/qr-code.yaml", []),
    ("tests/fixtures/contract/good.yaml", "tests/fixtures/contract/data-section.yaml", []),
    ("tests/fixtures/contract/violations.yaml", "tests/fixtures/contract/data-section.yaml", []),
    ("tests/fixtures/specimen/specimen.yaml", "tests/fixtures/specimen/narrow.yaml", []),
    ("tests/fixtures/body/data.yaml", "tests/fixtures/partials/main.yaml", []),
    ("tests/fixtures/body/data.yaml", "tests/fixtures/partials/cycle.yaml", []),
    ("tests/fixtures/workshop/workshop.yaml", None, ["--werror"]),
    ("tests/fixtures/colour/data.yaml", "tests/fixtures/colour/print.yaml", ["--grayscale"]),
    ("tests/fixtures/print/pages.yaml", None, ["--impose", "booklet", "--marks"]),
    ("tests/fixtures/print/pages.yaml", None, ["--impose", "2up", "--page-size", "half-letter"]),
    ("tests/fixtures/print/booklet.yaml", None, ["--bleed", "5mm", "--duplex", "--marks"]),
    ("tests/fixtures/print/flash-cards.yaml", "cards", ["--impose", "cards", "--bleed", "2mm"]),
]

# The templates a data file names with its `template` key, by file name.
NAMED_TEMPLATES = {"tests/fixtures/print/pages.yaml": "tests/fixtures/print/pages-template.yaml",
                   "tests/fixtures/print/booklet.yaml":
                       "tests/fixtures/print/booklet-template.yaml",
                   "tests/fixtures/specimen/specimen.yaml": "tests/fixtures/specimen/narrow.yaml"}


def rendered_seeds():
    seeds = {}
    for number, (data, layout, options) in enumerate(RENDERED):
        files = [(os.path.basename(data), with_short_figure_names(read(data)))]
        arguments = ["render", os.path.basename(data)]
        template_file = layout if layout and layout.endswith(".yaml") else NAMED_TEMPLATES.get(data)
        if layout:
            arguments += ["-t", os.path.basename(layout)]
        if template_file:
            files.append((os.path.basename(template_file), read(template_file)))
            files += partials_beside(template_file)
        files += FIGURES
        name = "%02d-%s+%s" % (number, os.path.basename(data)[:-5],
                               os.path.basename(layout or "own")[:30].replace(".yaml", ""))
        seeds["render-" + name] = cli_input(arguments + options, files)
        if number < 3:  # the same document checked, with the preflight report
            seeds["check-" + name] = cli_input(["check", os.path.basename(data), "--preflight"] +
                                               (["--json"] if number == 1 else []), files)
    return seeds


def handout_data(title, items=2, extra=""):
    lines = ["title: " + title, "items:"]
    lines += ["  - {heading: Item %d, description: The text of item %d.}" % (i, i)
              for i in range(1, items + 1)]
    return ("\n".join(lines) + "\n" + extra).encode()


COURSE = b"""title: Course
author: Ann Example
items: []
lessons:
  - title: "Intro: Why Rust?"
    items: [{heading: A, description: a}]
  - title: Ownership & Borrowing
    items: [{heading: B, description: b}]
  - title: "a name with spaces, $dollars and #hash"
    items: [{heading: C, description: c}]
"""

SMALL_LAYOUT = b"""page: {size: A6, margins: 8mm}
fonts:
  sans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf}
styles:
  body: {font: sans, size: 9pt}
  title: {based-on: body, size: 14pt, weight: bold}
body:
  - title: "{{title}}"
  - each: items
    blocks:
      - include: partials/item.yaml
  - table: items
    columns:
      - {header: Heading, text: "**{{heading}}**", width: 40%}
      - {header: Text, text: "{{description | default: \\"-\\"}}"}
  - if: figure
    blocks: [{figure: "{{figure.path}}", caption: "{{figure.caption}}"}]
"""

ITEM_PARTIAL = b"""- heading: "{{number}}. {{heading}}"
  level: 2
- paragraph: "{{description}}{{#last}} (last){{/last}}"
"""


# Text that today's line breaking, shaping and fonts take (each one mutation away from the kinds
# that broke them: flags and other regional indicators, U+FFFF, nested sections).
UNICODE_TEXT = ("title: \"Uni\\u00adcode \\U0001F468\\u200D\\U0001F469\\u200D\\U0001F467 "
                "\\U0001F44D\\U0001F3FD 1\\uFE0F\\u20E3\"\n"
                "items:\n"
                "  - {heading: \"\\u0E20\\u0E32\\u0E29\\u0E32\\u0E44\\u0E17\\u0E22 "
                "\\u1100\\u1161\\u11A8 \\u6F22\\u5B57\\u3002\", "
                "description: \"bom \\uFEFF fffe \\uFFFE rlo \\u202Eabc\\u202C e\\u0301\\u0308 "
                "tag \\U0001F3F4\\U000E0067\\U000E0062\\U000E007F pua \\uE000\"}\n"
                "  - {heading: Sections, description: \"x\"}\n"
                "keywords: [one, two, \"\\u0E01\\u0E32\"]\n").encode()

SECTIONS_LAYOUT = b"""page: {size: A6, margins: 8mm}
fonts:
  sans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf}
styles:
  body: {font: sans, size: 9pt}
body:
  - paragraph: "{{#keywords}}{{.}} {{/keywords}}{{^subtitle}}(no subtitle){{/subtitle}}"
  - each: items
    blocks:
      - paragraph: "{{#description}}{{description}}{{/description}}{{^description}}none{{/description}}"
"""


def batch_seeds():
    """build and check over several documents, with the batch options the tests use."""
    docs = [("docs/one.yaml", handout_data("One", extra="figure: {path: figure.png, caption: A "
                                            "figure}\n")),
            ("docs/two.yaml", handout_data("Two", 3)),
            ("docs/sub/three.yaml", handout_data("Three", 1)),
            ("docs/broken.yaml", b"title: Broken\nitems: [unclosed\n")]
    layout = [("layout.yaml", SMALL_LAYOUT), ("partials/item.yaml", ITEM_PARTIAL)]
    figure = [("docs/figure.png", tiny_png())]
    earlier = [("out/one.pdf", earlier_pdf())]
    runs = {
        "build-folder": ["build", "docs", "-o", "out", "-j", "2", "--report", "report.json",
                         "--depfile", "deps.d", "-t", "layout.yaml", "--root", "."],
        "build-glob": ["build", "docs/*.yaml", "-o", "out", "-j1", "--fail-fast", "-q"],
        "build-shard": ["build", "docs", "--shard", "1/2", "-o", "out", "--verbose"],
        "build-print": ["build", "docs", "-o", "out", "--impose", "2up", "--bleed", "3mm",
                        "--grayscale", "--page-size", "A5", "--werror"],
        "build-fit": ["build", "docs/one.yaml", "docs/two.yaml", "--fit-pages", "1", "-o", "fit",
                      "--jobs=2"],
        "check-folder": ["check", "docs", "--report", "report.json", "-t", "layout.yaml"],
        "check-preflight": ["check", "docs/one.yaml", "docs/two.yaml", "--preflight", "--json"],
        "render-stdout": ["render", "docs/two.yaml", "-o", "-"],
        "render-depfile": ["render", "docs/one.yaml", "-t", "layout.yaml", "-o", "out dir/a#1$.pdf",
                           "--depfile", "one.d", "--root", "."],
        "render-full": ["render", "docs/two.yaml", "-o", "/dev/full"],
        "render-null": ["render", "docs/two.yaml", "-o", "/dev/null", "--marks", "--duplex"],
        "render-stdin": ["render", "/dev/stdin", "-o", "out/stdin.pdf"],
        "render-example": [],
        "render-limits": ["render", "docs/two.yaml", "--max-pages", "1", "--max-blocks", "3",
                          "--max-yaml-depth", "2", "--max-megapixels", "0.01"],
    }
    seeds = {}
    for name, arguments in runs.items():
        seeds[name] = cli_input(arguments, docs + layout + figure + earlier)
    each = [("course.yaml", COURSE)] + layout + [("figure.png", tiny_png())]
    seeds["build-each-slug"] = cli_input(
        ["build", "course.yaml", "--each", "lessons", "--name", "{{slug title}}", "-o", "each",
         "--depfile", "deps.d", "--report", "report.json"], each)
    seeds["build-each-raw-name"] = cli_input(
        ["build", "course.yaml", "--each", "lessons", "--name", "{{title}}-{{index}}",
         "--depfile", "deps.d", "-t", "layout.yaml"], each)
    seeds["build-each-default-name"] = cli_input(
        ["build", "course.yaml", "--each", "lessons", "-j", "2"], each)
    seeds["check-each"] = cli_input(["check", "course.yaml", "--each", "lessons"], each)
    seeds["render-unicode"] = cli_input(["render", "data.yaml", "-o", "out/unicode.pdf"],
                                        [("data.yaml", UNICODE_TEXT)])
    seeds["build-sections"] = cli_input(
        ["build", "data.yaml", "-t", "sections.yaml", "-o", "out", "--depfile", "deps.d"],
        [("data.yaml", UNICODE_TEXT), ("sections.yaml", SECTIONS_LAYOUT)])
    seeds["init"] = cli_input(["init", "cards", "mine"], [])
    seeds["templates"] = cli_input(["templates"], [])
    seeds["help"] = cli_input(["--help"], [])
    seeds["version"] = cli_input(["-V"], [])
    return seeds


def cli_seeds():
    seeds = {}
    seeds.update(bad_case_seeds())
    seeds.update(rendered_seeds())
    seeds.update(batch_seeds())
    return seeds


# --- fuzz_cli's dictionary --------------------------------------------------------------------

# One code point of each line-breaking class of UAX #14 (Unicode 15.1), and more where a class
# holds very different characters. Line breaking, shaping and fonts meet every one of them.
LINE_BREAK_CLASSES = {
    "BK": [0x0C, 0x0B, 0x2028, 0x2029], "CR": [0x0D], "LF": [0x0A], "NL": [0x85],
    "CM": [0x0301, 0x0308, 0x20DD, 0x0E31], "SG": [], "WJ": [0x2060, 0xFEFF], "ZW": [0x200B],
    "GL": [0xA0, 0x202F, 0x0F0C], "SP": [0x20], "ZWJ": [0x200D], "B2": [0x2014], "BA": [0x2010,
    0x09, 0x1680], "BB": [0xB4, 0x1FFD], "HY": [0x2D], "CB": [0xFFFC], "CL": [0x7D, 0x3001],
    "CP": [0x29, 0x5D], "EX": [0x21, 0x3F], "IN": [0x2026], "NS": [0x17D6, 0x3005, 0x30FC],
    "OP": [0x28, 0x5B, 0x7B], "QU": [0x22, 0x27, 0xAB, 0xBB, 0x2018], "IS": [0x2C, 0x2E, 0x3A],
    "NU": [0x30, 0x0660], "PO": [0x25, 0xA2], "PR": [0x24, 0x2B, 0x20AC], "SY": [0x2F],
    "AI": [0xA7, 0x2460], "AK": [0x1B05], "AL": [0x41, 0x0627], "AP": [0x11003], "AS": [0x25CC],
    "CJ": [0x3041, 0x30A1], "EB": [0x1F466, 0x261D], "EM": [0x1F3FB, 0x1F3FF], "H2": [0xAC00],
    "H3": [0xAC01], "HL": [0x05D0], "ID": [0x4E00, 0x1F600, 0x3000, 0x20000], "JL": [0x1100],
    "JV": [0x1160], "JT": [0x11A8], "RI": [0x1F1E6, 0x1F1FA, 0x1F1F8], "SA": [0x0E01, 0x1000,
    0x17A0], "VF": [0x1BF2], "VI": [0x1B44], "XX": [0xE000, 0xFFFF, 0xFFFE, 0x10FFFF, 0xFDD0],
}

# Sequences of several code points that line breaking, shaping and clusters treat as one.
SEQUENCES = [
    [0x1F1FA, 0x1F1F8], [0x1F1E9, 0x1F1EA, 0x1F1EB, 0x1F1F7], [0x1F1FA],  # flags, a lone half
    [0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467], [0x1F3F3, 0xFE0F, 0x200D, 0x1F308],  # ZWJ
    [0x1F44D, 0x1F3FD], [0x1F3FD], [0x31, 0xFE0F, 0x20E3], [0x2764, 0xFE0E],  # modifier, keycap
    [0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F],  # a tag sequence
    [0x65, 0x0301, 0x0302, 0x0303, 0x0304, 0x0305], [0x0301],  # stacked marks, a lone mark
    [0x1100, 0x1161, 0x11A8], [0xAC00, 0x11A8],  # Hangul jamo
    [0x0E20, 0x0E32, 0x0E29, 0x0E32, 0x0E44, 0x0E17, 0x0E22],  # Thai
    [0x0939, 0x093F, 0x0928, 0x094D, 0x0926, 0x0940], [0x0627, 0x0644, 0x0639, 0x0631],
    [0x6F22, 0x5B57, 0x3002], [0x3053, 0x3093, 0x306B, 0x3061, 0x306F],
    [0x200E], [0x200F], [0x061C], [0x202A], [0x202B], [0x202C], [0x202D], [0x202E],  # bidi
    [0x2066], [0x2067], [0x2068], [0x2069], [0x202E, 0x61, 0x62, 0x63, 0x202C],
    [0xFFFD], [0xAD], [0x034F], [0xFE0F], [0xE0001],
]

# Control characters, terminal escape sequences and bytes that are not UTF-8.
CONTROL_BYTES = [bytes([c]) for c in list(range(0x00, 0x20)) + [0x7F]] + [
    b"\x1b[2J", b"\x1b[31m", b"\x1b[0m", b"\x1b]0;title\x07", b"\x1b]8;;https://x.example\x1b\\",
    b"\x1bc", b"\x1b[?1049h", b"\x1bP", b"\x9b", b"\xc2\x9b", b"\xc2\x85", b"\r\n", b"\x08\x08",
    b"\xc0\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80", b"\xff", b"\xfe",
    b"\xef\xbb\xbf", b"\xf0\x9f", b"\xe2\x80",
]

YAML_SYNTAX = [
    "---\n", "...\n", ": ", "- ", "? ", "&a ", "*a", "&b [*a, *a, *a, *a]", "<<: *a", "<<: [*a, *b]",
    "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!map", "!!seq", "!!binary ",
    "!!timestamp ", "!custom ", "!<tag:yaml.org,2002:str> ", "%YAML 1.2\n", "%TAG ! tag:x,2026:\n",
    "|\n", "|-\n", "|+\n", ">\n", ">-\n", "|2\n", "{", "}", "[", "]", ", ", "{a: [b, {c: d}]}",
    "\"", "'", "''", "\\u0000", "\\x1b", "\\e", "\\N", "\\L", "\\P", "\\_", "\\U0001F1FA",
    "\\uFFFF", "\\uD800", "# ", "~", "null", "true", "no", "0x1F", "0o17", "1e9", "-1",
    "99999999999999999999", ".inf", "-.nan", "2026-11-24", "\n  ", "\n    ", "\n\t",
]

MUSTACHE_SYNTAX = [
    "{{", "}}", "{{{", "}}}", "{{title}}", "{{.}}", "{{#items}}", "{{/items}}", "{{^items}}",
    "{{#a}}{{#b}}{{#c}}", "{{/c}}{{/b}}{{/a}}", "{{#items}}{{#items}}{{#items}}{{.}}",
    "{{/items}}{{/items}}{{/items}}", "{{! a comment }}", "{{> partial}}", "{{=<% %>=}}",
    "{{&title}}", "{{{title}}}", "{{title | default: \"x\"}}", "{{index}}", "{{number}}",
    "{{#first}}", "{{/first}}", "{{^last}}", "{{/last}}", "{{page}}", "{{pages}}", "{{section}}",
    "{{section.title}}", "{{figure.path}}", "{{slug title}}", "{{stem}}",
    "each: items\n", "each: sections\n", "as: section\n", "blocks:\n", "if: author\n",
    "unless: last\n", "else:\n", "include: partials/item.yaml\n", "table: items\n",
    "columns:\n", "- {header: H, text: \"{{heading}}\", width: 30%}", "repeat-header: true",
    "list: keywords\n", "item: \"{{.}}\"", "numbered: true", "**", "*", "`", "***",
    "[link](https://example.org)", "[x](javascript:alert(1))", "\\*",
]

# Values of the options, and the paths of the seeds' files.
OPTION_VALUES = [
    "render", "check", "build", "watch", "templates", "init", "help", "version",
    "-t", "-o", "-q", "-j", "-j2", "-v", "-h", "-V", "-", "2", "0", "1/2", "2/2", "auto",
    "none", "2up", "booklet", "cards", "A3", "A4", "A5", "A6", "Letter", "Legal", "Half-Letter",
    "3mm", "0mm", "1in", "25.4mm", "1K", "16M", "1G", "0.01", "1000000", "handout",
    "reference-sheet", "data.yaml", "docs", "docs/", "docs/*.yaml", "docs/**", "layout.yaml",
    "out", "out/", "out/existing.pdf", "deps.d", "report.json", "partials/item.yaml",
    "figure.png", "photo.jpg", "course.yaml", "lessons", "{{slug title}}", "{{title}}",
    "{{index}}", "/dev/null", "/dev/stdout", "/dev/stdin", "/dev/full", "/dev/zero", "../",
    "\n#%", "\n#%docs/a.yaml\n", "\n#%layout.yaml\n", "\n#%partials/item.yaml\n",
    "\n#%figure.png\n", " ", "\"", "'", "=",
]


def utf8(code_points):
    return "".join(chr(c) for c in code_points).encode("utf-8", "surrogatepass")


def source_names(pattern, files):
    names = set()
    for path in files:
        names.update(re.findall(pattern, read(path).decode()))
    return sorted(names)


def dictionary_entries():
    entries = []
    for name, code_points in LINE_BREAK_CLASSES.items():
        entries += [utf8([c]) for c in code_points]
    entries.append(b"\xed\xa0\x80")  # SG: a surrogate, which UTF-8 may not hold
    entries += [utf8(sequence) for sequence in SEQUENCES]
    entries += CONTROL_BYTES
    entries += [text.encode() for text in YAML_SYNTAX + MUSTACHE_SYNTAX + OPTION_VALUES]
    # Every command-line option, template and data key, block kind and value handout reads.
    options = source_names(r'"(--[a-z-]+)"', ["src/app/command_line.cc"]) + \
        source_names(r'"(--max-[a-z-]+)"', ["src/core/resource_limits.h"])
    entries += [option.encode() for option in options]
    entries += [(option + "=").encode() for option in options]
    keys = source_names(r'"([a-z][a-z0-9-]+)"', sorted(glob.glob(os.path.join(ROOT, "src/load/*.cc")))
                        + sorted(glob.glob(os.path.join(ROOT, "src/bind/*.cc"))))
    entries += [key.encode() for key in keys] + [(key + ": ").encode() for key in keys]
    unique = []
    for entry in entries:
        if entry and entry not in unique:
            unique.append(entry)
    return unique


def dictionary_line(entry):
    text = ""
    for byte in entry:
        if byte in (0x22, 0x5C):
            text += "\\" + chr(byte)
        elif 0x20 <= byte < 0x7F:
            text += chr(byte)
        else:
            text += "\\x%02X" % byte
    return '"' + text + '"'


def write_cli_dictionary():
    lines = ["# fuzz_cli's dictionary, written by fuzz/make_seeds.py (edit the lists there): one code",
             "# point of every Unicode line-break class (UAX #14) and emoji, flag, Hangul, Thai, bidi",
             "# and combining sequences; control characters, terminal escapes and bytes that are not",
             "# UTF-8; YAML and mustache syntax; every command, option, template and data key."]
    lines += [dictionary_line(entry) for entry in dictionary_entries()]
    with open(os.path.join(ROOT, "fuzz", "cli.dict"), "w") as out:
        out.write("\n".join(lines) + "\n")


def main(targets):
    """Writes the seeds of the given targets (all when none is given)."""
    writers = {"fuzz_load_bind": yaml_seeds, "fuzz_layout_write": yaml_seeds,
               "fuzz_image": image_seeds, "fuzz_cli": cli_seeds}
    for target in targets or writers:
        write_corpus(target, writers[target]())
        if target == "fuzz_cli":
            write_cli_dictionary()


if __name__ == "__main__":
    main(sys.argv[1:])
