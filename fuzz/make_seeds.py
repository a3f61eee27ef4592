#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<target>/seed-*.

The YAML seeds are the repository's own data files and templates (bundled and test fixtures),
alone and joined as "data, #%template, template" (fuzz/fuzz_inputs.h), plus a few small files
for the YAML features the fixtures do not use. The image seeds are the test fixtures' PNGs and
JPEGs and tiny files of every other format stb_image reads, spelled out here byte by byte (only
struct and zlib). Run it again after a fixture changes; inputs of findings (regression-*) are
kept as they are.
"""
import glob
import os
import struct
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


def main():
    yaml = yaml_seeds()
    write_corpus("fuzz_load_bind", yaml)
    write_corpus("fuzz_layout_write", yaml)
    write_corpus("fuzz_image", image_seeds())


if __name__ == "__main__":
    main()
