# Three 2000 x 1500 RGBA PNGs of one colour: each decodes to 12 MB of pixels that stay until
# the PDF is written; the third goes past the 32 MiB the figures of a document may keep.
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = zlib.compress((b"\0" + b"\x40\x80\xc0\x80" * 2000) * 1500, 9)
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2000, 1500, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
for name in ("a.png", "b.png", "c.png"):
    open(name, "wb").write(png)
PY
printf 'title: Figures\nfigures:\n  - path: a.png\n  - path: b.png\n  - path: c.png\n' >data.yaml
