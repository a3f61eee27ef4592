"""Writes the soak test's documents: FOLDER/doc-NNNNN.yaml (good), FOLDER/bad-NNNNN.yaml (one in
ten, broken in one of the ways in BROKEN, in turn) and FOLDER/hostile-KIND-NNNNN.yaml (one in
twenty, one of the hostile documents in HOSTILE, in turn; escape-name in FOLDER.names/), plus
the figures they use and the hostile templates (FOLDER/tpl/*.tpl, which a batch does not take for data files). FOLDER/hostile.tsv
lists each hostile kind, whether it must build or fail, and what it is.
Usage: make_soak_inputs.py FOLDER COUNT   (prints the number of broken and hostile documents)"""
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


def dump(n, prefix, document=None, text=None, binary=None, into=None):
    path = f"{into or folder}/{prefix}-{n:05d}.yaml"
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

# --- Hostile documents: what an attacker or a careless user gives a batch --------------------

os.makedirs(f"{folder}/tpl", exist_ok=True)
TEMPLATE_HEAD = """page: {size: A5, margins: 10mm}
fonts: {sans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf}}
styles: {body: {font: sans, size: 9pt}}
"""
# Mustache sections nested five deep in one paragraph, over a 100-item list: 10^10 repetitions.
NESTED = "{{#items}}" * 5 + "x" + "{{/items}}" * 5
open(f"{folder}/tpl/nested-sections.tpl", "w").write(
    TEMPLATE_HEAD + f'body:\n  - paragraph: "{NESTED}"\n')
# A table of 2,000 columns over 2,000 rows: four million cells from a 22 KB data file.
open(f"{folder}/tpl/wide-table.tpl", "w").write(
    TEMPLATE_HEAD + "body:\n  - table: items\n    columns:\n" +
    "".join('      - {header: c, text: "{{heading}}"}\n' for _ in range(2000)))
# `each` nested six deep over a 20-item list: 64 million elements.
deep = "body:\n"
for depth in range(6):
    deep += "  " * (2 * depth + 1) + "- each: items\n" + "  " * (2 * depth + 2) + "blocks:\n"
deep += "  " * 13 + '- paragraph: "{{heading}}"\n'
open(f"{folder}/tpl/deep-each.tpl", "w").write(TEMPLATE_HEAD + deep)


def flat_items(count):
    return [{"heading": f"h{i}", "description": "d"} for i in range(count)]


def with_template(name, items):
    return {"template": f"tpl/{name}.tpl", "title": "Hostile", "items": items}


def good_with_description(n, text):
    document = good(n)
    document["items"][1] = dict(document["items"][1], description=text)
    return document


# A data tree just under the value limit (250,000): 22,000 aliases of a 10-value list, each
# counting 11 values (docs/ci.md, "Memory"), under a key whose values must be texts, so that the
# document fails after loading.
ALIASES = "title: Aliases\nanchor: &a [x, x, x, x, x, x, x, x, x, x]\nkeywords: [" + \
    ", ".join(["*a"] * 22_000) + "]\n"
FLAGS = "Flags \U0001F1FA\U0001F1F8 \U0001F1E9\U0001F1EA \U0001F1EF\U0001F1F5, a family " \
    "\U0001F468\u200D\U0001F469\u200D\U0001F467, thumbs \U0001F44D\U0001F3FD, keycap 1\uFE0F\u20E3"

# (kind, expected: "build" or "fail", what it is, how to write document n)
HOSTILE = [
    ("nested-sections", "fail", "mustache sections nested 5 deep over 100 items (10^10 "
     "repetitions): a limit error", lambda n: dict(document=with_template(
         "nested-sections", flat_items(100)))),
    ("wide-table", "fail", "a 2,000 x 2,000 table from a 22 KB data file: a limit error",
     lambda n: dict(document=with_template("wide-table", flat_items(2000)))),
    ("deep-each", "fail", "each nested 6 deep over 20 items: the --max-blocks error",
     lambda n: dict(document=with_template("deep-each", flat_items(20)))),
    ("huge-word", "build", "a 60 KiB word in an item: broken inside, over about 15 pages",
     lambda n: dict(document=good_with_description(n, "x" * (60 << 10)))),
    ("huge-paragraph", "fail", "a 1 MiB word in an item: over --max-paragraph-size",
     lambda n: dict(document=good_with_description(n, "x" * (1 << 20)))),
    ("aliases", "fail", "22,000 aliases: a data tree at the value limit, then a type error",
     lambda n: dict(text=ALIASES)),
    ("escape-key", "fail", "an unknown key with terminal escape sequences: the error quotes "
     "it sanitised", lambda n: dict(text='title: T\n"\\e[2J\\e]0;pwned\\a\\e[31mkey": 1\n')),
    ("control-text", "build", "control characters and escape sequences in text: missing-glyph "
     "warnings", lambda n: dict(document=good_with_description(
         n, "esc \x1b[31m bell \x07 del \x7f c1 \x9b nul-free"))),
    ("flags-emoji", "build", "flags, an emoji ZWJ sequence, a skin tone and a keycap in text",
     lambda n: dict(document=good_with_description(n, FLAGS))),
    ("noncharacters", "build", "U+FFFF, U+FFFE, U+FEFF and a lone regional indicator in text",
     lambda n: dict(document=good_with_description(
         n, "end \uFFFF \uFFFE \uFEFF \U0001F1FA alone"))),
]
ESCAPE_NAME = ("escape-name", "fail", "a broken file whose name holds an escape sequence: "
               "the name is printed sanitised")

with open(f"{folder}/hostile.tsv", "w") as manifest:
    for kind, expected, what, _ in HOSTILE + [ESCAPE_NAME + (None,)]:
        manifest.write(f"{kind}\t{expected}\t{what}\n")

broken = hostile = 0
for n in range(1, count + 1):
    if n % 10 == 0:
        dump(n, "bad", **BROKEN[(n // 10) % len(BROKEN)](n))
        broken += 1
    elif n % 20 == 5:
        kinds = HOSTILE + [ESCAPE_NAME + (lambda n: dict(text="title: [unclosed\n"),)]
        kind, _, _, write = kinds[(n // 20) % len(kinds)]
        if kind == "escape-name":
            # Such a data file makes `build` refuse the whole batch before it starts (its PDF's
            # name would hold the escape sequence), so it goes beside FOLDER and is tried alone.
            os.makedirs(folder + ".names", exist_ok=True)
            dump(n, "hostile-" + kind + "-\x1b[2J\x1b[31m", into=folder + ".names", **write(n))
        else:
            dump(n, "hostile-" + kind, **write(n))
        hostile += 1
    else:
        dump(n, "doc", good(n))
print(broken, hostile)
