# NotoSans-Bold whose directory gives its 'hmtx' (the glyphs' widths) 4 bytes: every table still
# lies inside the file, but HarfBuzz would read every width after the first as 0.
python3 - "$SOURCE_DIR/fonts/NotoSans-Bold.ttf" <<'PY'
import struct, sys
font = bytearray(open(sys.argv[1], "rb").read())
(tables,) = struct.unpack(">H", font[4:6])
for i in range(tables):
    record = 12 + 16 * i
    if font[record:record + 4] == b"hmtx":
        font[record + 12:record + 16] = struct.pack(">I", 4)
open("short-widths.ttf", "wb").write(font)
PY
