"""Compares page images (grey PNGs from `pdftoppm -gray -png`) with committed references.
Usage: compare_pages.py ACTUAL_DIR REFERENCE_DIR NAME...   (NAME-1.png, NAME-2.png, ...)

A page passes when at most 0.5% of its pixels differ by more than 64 grey levels: small
anti-aliasing changes pass, a moved line or a missing word does not. With UPDATE_REFERENCES=1
the actual images replace the references (review them before committing)."""
import os
import shutil
import struct
import sys
import zlib


def paeth(left, up, up_left):
    estimate = left + up - up_left
    a, b, c = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
    return left if a <= b and a <= c else up if b <= c else up_left


def unfilter(rows, row_bytes, pixel_bytes):
    """Undoes the PNG row filters of 8-bit samples."""
    pixels, previous = bytearray(), bytearray(row_bytes)
    for row in rows:
        kind, line = row[0], bytearray(row[1:])
        for x in range(row_bytes):
            left = line[x - pixel_bytes] if x >= pixel_bytes else 0
            up_left = previous[x - pixel_bytes] if x >= pixel_bytes else 0
            predictor = (0, left, previous[x], (left + previous[x]) // 2,
                         paeth(left, previous[x], up_left))[kind]
            line[x] = (line[x] + predictor) & 0xFF
        pixels += line
        previous = line
    return bytes(pixels)


def read_grey_png(path):
    """Width, height and grey pixels of an 8-bit grey or RGB non-interlaced PNG (pdftoppm -gray
    writes grey pages as RGB PNGs); RGB keeps its green channel, which for grey is the grey."""
    data = open(path, "rb").read()
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (0, 2) or interlace:
        sys.exit(f"{path}: not an 8-bit grey or RGB, non-interlaced PNG")
    pixel_bytes = 1 if colour == 0 else 3
    row_bytes = width * pixel_bytes
    raw = zlib.decompress(idat)
    rows = [raw[y * (row_bytes + 1):(y + 1) * (row_bytes + 1)] for y in range(height)]
    samples = unfilter(rows, row_bytes, pixel_bytes)
    return width, height, samples[pixel_bytes // 2::pixel_bytes]


def compare(actual, reference):
    width, height, pixels = read_grey_png(actual)
    ref_width, ref_height, ref_pixels = read_grey_png(reference)
    if (width, height) != (ref_width, ref_height):
        return f"size {width}x{height}, reference {ref_width}x{ref_height}"
    differing = sum(1 for a, b in zip(pixels, ref_pixels) if abs(a - b) > 64)
    share = differing / (width * height)
    return None if share <= 0.005 else f"{share:.2%} of the pixels differ"


def main(actual_dir, reference_dir, names):
    update = os.environ.get("UPDATE_REFERENCES") == "1"
    failures = 0
    for name in names:
        pages = sorted(f for f in os.listdir(actual_dir) if f.startswith(name + "-"))
        references = sorted(f for f in os.listdir(reference_dir) if f.startswith(name + "-"))
        if update:
            for page in pages:
                shutil.copy(os.path.join(actual_dir, page), os.path.join(reference_dir, page))
            print(f"{name}: {len(pages)} reference pages updated")
            continue
        if pages != references:
            print(f"{name}: pages {pages}, references {references}")
            failures += 1
            continue
        for page in pages:
            problem = compare(os.path.join(actual_dir, page), os.path.join(reference_dir, page))
            print(f"{page}: {problem or 'matches'}")
            failures += problem is not None
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
