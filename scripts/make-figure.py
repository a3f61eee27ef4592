#!/usr/bin/env python3
"""Draws the category map of a handout's items: a central "Rust" node and one node per item.

Usage: scripts/make-figure.py [DATA_YAML] [OUTPUT_PNG] [--dot]

Defaults: data/rust-is-used-for.yaml -> data/rust-is-used-for.png (relative to the repository).
With --dot the Graphviz source is printed instead of rendered.

The labels are the item headings in the data's order, clockwise from the top. A heading loses
its parenthetical remark only when it is very long and the shorter form stays unique; nothing
else is added or changed. Node positions are computed here (Graphviz `neato -n2` only draws
them): every label box is measured first, then the boxes are walked around a ring that grows
until no box overlaps another box or a spoke; the script fails rather than write a figure with
overlaps. The PNG is written as an opaque 8-bit palette image, sized to about 1900 px wide.

Needs python3 and Graphviz (`dot`, `neato`) with the "Noto Sans" font. PyYAML is used when it
is installed; otherwise the simple subset our data files use is read by hand.
"""

import math
import re
import struct
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / "data" / "rust-is-used-for.yaml"
DEFAULT_PNG = REPO_ROOT / "data" / "rust-is-used-for.png"

CENTER_LABEL = "Rust"
FONT = "Noto Sans"
TEXT_COLOR = "#222222"
ACCENT = "#9A4A2C"        # a muted rust red: borders and the centre
ACCENT_LIGHT = "#D9B7AA"  # the same hue, lighter: spokes
NODE_FILL = "#FBF6F4"
FONT_SIZE = 12            # points at the figure's natural size
CENTER_FONT_SIZE = 22
WRAP_COLUMNS = 24         # characters per label line
LONG_LABEL = 60           # longer headings drop their "(...)" remark
ASPECT = 1.40             # width / height of the ring; with its boxes the drawing is about
                          # 1.57:1, so it fills the A4 template's text width within 42% height
SUPERELLIPSE = 4.0        # the ring's exponent: 2 is an ellipse, larger is squarer
TARGET_WIDTH_PX = 1900    # sharp at 16 cm wide (about 300 dpi)
MAX_PNG_KB = 300
GAP = 6.0                 # points kept free around each box


# ---------------------------------------------------------------- reading the data


def read_headings(path):
    text = path.read_text(encoding="utf-8")
    try:
        import yaml  # noqa: PLC0415 -- optional
    except ImportError:
        return headings_from_simple_yaml(text)
    data = yaml.safe_load(text)
    items = data.get("items") or []
    return [str(item["heading"]) for item in items]


def headings_from_simple_yaml(text):
    """Reads `heading:` values inside the top-level `items:` list of our data format."""
    headings = []
    in_items = False
    for line in text.splitlines():
        if re.match(r"^\S", line):  # a top-level key starts or ends the list
            in_items = line.startswith("items:")
            continue
        match = re.match(r"^\s*(?:-\s+)?heading:\s*(.*)$", line)
        if in_items and match:
            headings.append(yaml_scalar(match.group(1)))
    return headings


def yaml_scalar(raw):
    raw = raw.strip()
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        body = raw[1:-1]
        return re.sub(r'\\(["\\/])', r"\1", body)
    if raw.startswith("'") and raw.endswith("'") and len(raw) >= 2:
        return raw[1:-1].replace("''", "'")
    return re.sub(r"\s+#.*$", "", raw)  # a plain scalar may carry a trailing comment


# ---------------------------------------------------------------- labels


def node_labels(headings):
    """Shortens only very long headings, and only when no two labels would become equal."""
    shortened = [shorten(heading) for heading in headings]
    labels = []
    for heading, short in zip(headings, shortened):
        unique = shortened.count(short) == 1 and short not in headings
        labels.append(short if unique else heading)
    return [wrap(label) for label in labels]


def shorten(heading):
    if len(heading) <= LONG_LABEL:
        return heading
    return re.sub(r"\s*\([^)]*\)", "", heading).strip() or heading


def wrap(label):
    """The fewest lines of at most WRAP_COLUMNS characters (a longer word gets a line of its
    own), balanced, and preferably not broken inside a parenthesis."""
    words = label.split()
    limit = max(WRAP_COLUMNS, *(len(word) for word in words))
    for line_count in range(1, len(words) + 1):
        fitting = [lines for lines in splits(words, line_count)
                   if max(len(line) for line in lines) <= limit]
        if fitting:
            return min(fitting, key=wrap_cost)
    return words


def splits(words, line_count):
    if line_count == 1:
        yield [" ".join(words)]
        return
    for first in range(1, len(words) - line_count + 2):
        for rest in splits(words[first:], line_count - 1):
            yield [" ".join(words[:first])] + rest


def wrap_cost(lines):
    inside_parens = sum(line.count("(") > line.count(")") for line in lines[:-1])
    return max(len(line) for line in lines) + 8 * inside_parens


# ---------------------------------------------------------------- graph text


def dot_escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def dot_label(lines):
    return "\\n".join(dot_escape(line) for line in lines)


def graph_source(labels, positions=None, dpi=72):
    out = [
        "graph categories {",
        f'  graph [bgcolor="white", pad="0.15", dpi="{dpi:.1f}", outputorder="edgesfirst",'
        ' splines="line"];',
        f'  node [shape=box, style="rounded,filled", fillcolor="{NODE_FILL}", color="{ACCENT}",'
        f' penwidth=1.3, fontname="{FONT}", fontsize={FONT_SIZE}, fontcolor="{TEXT_COLOR}",'
        ' margin="0.10,0.05"];',
        f'  edge [color="{ACCENT_LIGHT}", penwidth=1.6];',
        f'  center [label="{CENTER_LABEL}", shape=ellipse, style=filled, fillcolor="{ACCENT}",'
        f' color="{ACCENT}", fontcolor="white", fontname="{FONT} Bold",'
        f' fontsize={CENTER_FONT_SIZE}, margin="0.25,0.12"{pos_attr(positions, 0)}];',
    ]
    for index, lines in enumerate(labels, start=1):
        out.append(f'  n{index} [label="{dot_label(lines)}"{pos_attr(positions, index)}];')
    out += [f"  center -- n{index};" for index in range(1, len(labels) + 1)]
    out.append("}")
    return "\n".join(out) + "\n"


def pos_attr(positions, index):
    if positions is None:
        return ""
    x, y = positions[index]
    return f', pos="{x:.1f},{y:.1f}!"'


# ---------------------------------------------------------------- measuring and placing


def measure_boxes(labels):
    """Box sizes in points as Graphviz draws them: [(width, height)], the centre first."""
    plain = run(["dot", "-Tplain"], graph_source(labels))
    sizes = {}
    for line in plain.splitlines():
        fields = line.split()
        if fields and fields[0] == "node":
            sizes[fields[1]] = (float(fields[4]) * 72, float(fields[5]) * 72)
    return [sizes["center"]] + [sizes[f"n{i}"] for i in range(1, len(labels) + 1)]


def ring_curve(half_width):
    """Points 1 pt apart, clockwise from the top, on a superellipse: between an ellipse and a
    rectangle, so boxes form rows at the top and bottom and columns at the sides."""
    return resample([(half_width * x, half_width * y) for x, y in UNIT_RING], 1.0)


def unit_ring(steps=20000):
    points = []
    for step in range(steps + 1):
        angle = math.pi / 2 - 2 * math.pi * step / steps
        cos, sin = math.cos(angle), math.sin(angle)
        points.append((math.copysign(abs(cos) ** (2 / SUPERELLIPSE), cos),
                       math.copysign(abs(sin) ** (2 / SUPERELLIPSE), sin) / ASPECT))
    return points


UNIT_RING = unit_ring()


def resample(polyline, spacing):
    points, carried = [polyline[0]], 0.0
    for (x0, y0), (x1, y1) in zip(polyline, polyline[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        along = spacing - carried
        while along <= length:
            t = along / length
            points.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
            along += spacing
        carried = length - (along - spacing)
    return points


def boxes_overlap(a, b, gap):
    (ax, ay, aw, ah), (bx, by, bw, bh) = a, b
    return abs(ax - bx) * 2 < aw + bw + 2 * gap and abs(ay - by) * 2 < ah + bh + 2 * gap


def spoke_hits_box(end, box, margin):
    """Whether the line from the centre to `end` passes within `margin` of the box
    (Liang-Barsky clipping against the enlarged box)."""
    x, y, w, h = box
    low, high = 0.0, 1.0
    for delta, box_low, box_high in ((end[0], x - w / 2 - margin, x + w / 2 + margin),
                                     (end[1], y - h / 2 - margin, y + h / 2 + margin)):
        if delta == 0:
            if not box_low < 0 < box_high:
                return False
            continue
        enter, leave = sorted((box_low / delta, box_high / delta))
        low, high = max(low, enter), min(high, leave)
        if low >= high:
            return False
    return True


def clear_of(first, second, gap):
    """Two boxes (x, y, w, h) keep `gap` between them, and half of it from each other's spoke."""
    return not (boxes_overlap(first, second, gap) or spoke_hits_box(first[:2], second, gap / 2)
                or spoke_hits_box(second[:2], first, gap / 2))


def walk_ring(curve, sizes, gap):
    """Puts the first box at the top and each next one at the first point where it is clear of
    the one before; None when they do not fit in one turn."""
    boxes = [(*curve[0], *sizes[1])]
    point = 0
    for size in sizes[2:]:
        while not clear_of((*curve[point], *size), boxes[-1], gap):
            point += 1
            if point == len(curve):
                return None
        boxes.append((*curve[point], *size))
    if not clear_of(boxes[-1], boxes[0], gap):
        return None
    return [(0.0, 0.0)] + [box[:2] for box in boxes]


def layout_is_clean(positions, sizes):
    """Checks every pair, not only neighbours: no box overlaps a box or crosses a spoke."""
    boxes = [(x, y, w, h) for (x, y), (w, h) in zip(positions, sizes)]
    if any(boxes_overlap(boxes[0], box, GAP) for box in boxes[1:]):
        return False
    return all(clear_of(first, second, GAP)
               for i, first in enumerate(boxes[1:], start=1) for second in boxes[i + 1:])


def place(sizes):
    """The smallest ring (in 2-point steps) that keeps every box and spoke clear, with the
    spare length shared out as equal gaps between neighbours."""
    for half_width in range(100, 2000, 2):
        curve = ring_curve(half_width)
        positions = walk_ring(curve, sizes, GAP)
        if positions and layout_is_clean(positions, sizes):
            return widest_even_gaps(curve, sizes, positions)
    raise SystemExit("make-figure: could not place the labels without overlaps")


def widest_even_gaps(curve, sizes, positions):
    low, high = GAP, GAP + 60
    while high - low > 0.25:
        middle = (low + high) / 2
        wider = walk_ring(curve, sizes, middle)
        if wider and layout_is_clean(wider, sizes):
            low, positions = middle, wider
        else:
            high = middle
    return positions


# ---------------------------------------------------------------- rendering


def run(command, stdin_text):
    result = subprocess.run(command, input=stdin_text, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"make-figure: {' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def drawing_width(positions, sizes):
    left = min(x - w / 2 for (x, _), (w, _) in zip(positions, sizes))
    right = max(x + w / 2 for (x, _), (w, _) in zip(positions, sizes))
    return right - left + 2 * 0.15 * 72  # plus the graph's pad on both sides


def render_png(source, png_path):
    result = subprocess.run(["neato", "-n2", "-Tpng"], input=source.encode(), capture_output=True)
    if result.returncode != 0 or result.stderr.strip():
        raise SystemExit(f"make-figure: neato failed:\n{result.stderr.decode()}")
    width, height, rgb = opaque_rgb(*decode_png(result.stdout))
    png_path.write_bytes(palette_png(width, height, rgb))


# ---------------------------------------------------------------- an opaque palette PNG
# Graphviz (cairo) writes 24- or 32-bit colour. A flat drawing needs far fewer colours: an
# opaque 8-bit palette image is a third of the size and gives the PDF writer no alpha to carry.


def png_chunks(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("make-figure: Graphviz did not write a PNG")
    offset = 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        yield data[offset + 4:offset + 8], data[offset + 8:offset + 8 + length]
        offset += 12 + length


def decode_png(data):
    """Decodes the non-interlaced 8-bit RGB or RGBA PNGs that Graphviz's cairo renderer writes
    into (width, height, RGBA bytes)."""
    chunks = list(png_chunks(data))
    width, height, depth, color_type, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if depth != 8 or color_type not in (2, 6) or interlace:
        raise SystemExit("make-figure: expected an 8-bit RGB(A) PNG from Graphviz")
    channels = 4 if color_type == 6 else 3
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    stride, previous, rows = width * channels, bytearray(width * channels), []
    for y in range(height):
        start = y * (stride + 1)
        row = bytearray(raw[start + 1:start + 1 + stride])
        previous = unfilter(raw[start], row, previous, channels)
        rows.append(previous if channels == 4 else with_opaque_alpha(previous))
    return width, height, b"".join(rows)


def with_opaque_alpha(rgb_row):
    rgba = bytearray(len(rgb_row) // 3 * 4)
    for channel in range(3):
        rgba[channel::4] = rgb_row[channel::3]
    rgba[3::4] = b"\xff" * (len(rgb_row) // 3)
    return rgba


def unfilter(kind, row, above, bpp):
    if kind == 2:
        return bytearray((a + b) & 255 for a, b in zip(row, above))
    for i in range(len(row)):
        left = row[i - bpp] if i >= bpp else 0
        upper_left = above[i - bpp] if i >= bpp else 0
        if kind == 1:
            row[i] = (row[i] + left) & 255
        elif kind == 3:
            row[i] = (row[i] + (left + above[i]) // 2) & 255
        elif kind == 4:
            row[i] = (row[i] + paeth(left, above[i], upper_left)) & 255
    return row


def paeth(left, upper, upper_left):
    estimate = left + upper - upper_left
    distances = (abs(estimate - left), abs(estimate - upper), abs(estimate - upper_left))
    if distances[0] <= distances[1] and distances[0] <= distances[2]:
        return left
    return upper if distances[1] <= distances[2] else upper_left


def opaque_rgb(width, height, rgba):
    """Composites onto the white page the figure is printed on."""
    rgb = bytearray(width * height * 3)
    for pixel in range(width * height):
        r, g, b, a = rgba[pixel * 4:pixel * 4 + 4]
        for channel, value in enumerate((r, g, b)):  # PNG alpha is straight, not premultiplied
            rgb[pixel * 3 + channel] = (value * a + 255 * (255 - a) + 127) // 255
    return width, height, bytes(rgb)


def palette_png(width, height, rgb):
    """The 256 most frequent colours; the rare anti-aliasing shades take the nearest one."""
    pixels = [rgb[i:i + 3] for i in range(0, len(rgb), 3)]
    palette = [color for color, _ in Counter(pixels).most_common(256)]
    index_of = {color: index for index, color in enumerate(palette)}
    for color in set(pixels) - index_of.keys():
        index_of[color] = min(range(len(palette)), key=lambda i: distance(palette[i], color))
    indices = bytes(index_of[color] for color in pixels)
    scanlines = b"".join(b"\0" + indices[y * width:(y + 1) * width] for y in range(height))
    return b"\x89PNG\r\n\x1a\n" + b"".join([
        png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)),
        png_chunk(b"PLTE", b"".join(palette)),
        png_chunk(b"IDAT", zlib.compress(scanlines, 9)),
        png_chunk(b"IEND", b""),
    ])


def distance(first, second):
    return sum((a - b) ** 2 for a, b in zip(first, second))


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def main(argv):
    args = [arg for arg in argv if arg != "--dot"]
    data_path = Path(args[0]) if args else DEFAULT_DATA
    png_path = Path(args[1]) if len(args) > 1 else DEFAULT_PNG
    headings = read_headings(data_path)
    if not headings:
        raise SystemExit(f"make-figure: {data_path} has no items")
    labels = node_labels(headings)
    sizes = measure_boxes(labels)
    positions = place(sizes)
    dpi = TARGET_WIDTH_PX * 72 / drawing_width(positions, sizes)
    source = graph_source(labels, positions, dpi)
    if "--dot" in argv:
        sys.stdout.write(source)
        return
    render_png(source, png_path)
    size_kb = png_path.stat().st_size / 1024
    print(f"make-figure: {len(headings)} areas -> {png_path} ({size_kb:.0f} KB)")
    if size_kb > MAX_PNG_KB:
        print(f"make-figure: warning: larger than {MAX_PNG_KB} KB", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
