#!/usr/bin/env python3
"""Writes a plain grey RGB PNG for the end-to-end tests: a figure with few pixels.

  grey_png.py FILE WIDTH HEIGHT
"""
import struct
import sys
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def main():
    path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    pixels = b"".join(b"\0" + b"\x80" * width * 3 for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                  chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    main()
