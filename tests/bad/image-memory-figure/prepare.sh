# A 6000 x 6000 RGBA PNG of one colour: 36 megapixels, under --max-megapixels, in a file of a
# few hundred KiB, whose decoding would take about 412 MiB.
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = zlib.compress((b"\0" + b"\x40\x80\xc0\x80" * 6000) * 6000, 9)
open("big.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 6000, 6000, 8, 6, 0, 0, 0)) + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
PY
printf 'title: A big figure\nfigure:\n  path: big.png\n  caption: Big\n' >data.yaml
