"""Writes the soak test's documents: FOLDER/doc-NNNNN.yaml (good) and FOLDER/bad-NNNNN.yaml
(one in ten, broken in one of the ways below, in turn), plus the figures they use.
Usage: make_soak_inputs.py FOLDER COUNT   (prints the number of broken documents)"""
import os, shutil, struct, sys, zlib
import yaml  # PyYAML: python3-yaml

folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder, exist_ok=True)
source = yaml.safe_load(open("data/rust-is-used-for.yaml"))
shutil.copy("data/rust-is-used-for.png", f"{folder}/figure.png")
png = open("data/rust-is-used-for.png", "rb").read()
open(f"{folder}/truncated.png", "wb").write(png[: len(png) // 3])
open(f"{folder}/text.png", "w").write("this is not an image\n")
# A PNG whose header claims 100000 x 100000 pixels, with a valid checksum.
header = struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0)
chunk = b"IHDR" + header
open(f"{folder}/huge.png", "wb").write(
    b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk
    + struct.pack(">I", zlib.crc32(chunk)) + b"\0\0\0\0IEND\xaeB`\x82")


def good(n):
    items = [source["items"][(n + k) % len(source["items"])] for k in range(6)]
    return {"title": f"Handout {n}: {items[0]['heading']}", "lang": "en-US",
            "figure": dict(source["figure"], path="figure.png"), "items": items}


def dump(n, prefix, document=None, text=None, binary=None):
    path = f"{folder}/{prefix}-{n:05d}.yaml"
    if binary is not None:
        open(path, "wb").write(binary)
    elif text is not None:
        open(path, "w").write(text)
    else:
        with open(path, "w") as out:
            yaml.safe_dump(document, out, allow_unicode=True, sort_keys=False)


def with_figure(n, name):
    document = good(n)
    document["figure"]["path"] = name
    return document


BROKEN = [
    lambda n: dict(text="title: Broken\nitems: [unclosed\n"),
    lambda n: dict(document=dict(good(n), title=["not", "text"])),
    lambda n: dict(document=dict(good(n), items=[{"heading": "A", "descripton": "typo"}])),
    lambda n: dict(document=with_figure(n, "missing.png")),
    lambda n: dict(document=with_figure(n, "text.png")),
    lambda n: dict(document=with_figure(n, "truncated.png")),
    lambda n: dict(document=with_figure(n, "huge.png")),
    lambda n: dict(text=""),
    lambda n: dict(binary=bytes(range(256)) * 4),
    lambda n: dict(text="a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)) + "title: *i\n"),
]

broken = 0
for n in range(1, count + 1):
    if n % 10 == 0:
        dump(n, "bad", **BROKEN[(n // 10) % len(BROKEN)](n))
        broken += 1
    else:
        dump(n, "doc", good(n))
print(broken)
