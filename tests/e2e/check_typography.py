"""Reads a rendered handout back from `pdftotext -bbox-layout` output and checks its typography.

Usage: check_typography.py BBOX.html SOURCE.yaml HYPHENATION_POINTS DICTIONARY.dic
                           LEFT TOP RIGHT BOTTOM [--min-justified=N] [--min-hyphens=N]
                           [--max-space=PT] [--pending=CHECK,...]

LEFT TOP RIGHT BOTTOM is the text area in points (top-left origin, y down). Checks, with a
0.5 pt tolerance:
  - no word box lies outside the text area, except the footer line "Page N of M" below it;
  - every line of justified text that its paragraph continues after ends at the right edge,
    unless it is a single word (say a piece of a URL), which has no space to stretch;
  - no page ends with a heading;
  - no page ends with the first line, or starts with the last line, of a longer paragraph;
  - every word divided with a hyphen at a line end is divided at a dictionary hyphenation point
    (or at a hyphen that the source text has), with at least 2 letters on each side and 5 in all;
  - no more than two hyphenated lines follow each other;
  - with --max-space=PT, no word space in a justified line is wider than PT (a very loose line).
--min-justified and --min-hyphens make sure the checks had something to check. A check named in
--pending (bounds, justified, page-ends, hyphens, hyphen-runs, loose) still runs and prints what it finds, but does
not fail: for a rule the layout does not meet yet.

What a line is comes from the geometry of the specimen template (tests/fixtures/specimen/
narrow.yaml): justified body text is the most common line height, every paragraph of it starts
with a first-line indent and is followed by some space, headings are taller than body lines,
captions shorter. So a body line continues its paragraph in the next line when that is a body
line one leading further down (or the first body line of the next page, under any captions) that
starts at the left edge.
"""
import collections
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

TOLERANCE = 0.5
XHTML = "{http://www.w3.org/1999/xhtml}"
FOOTER = re.compile(r"^Page \d+ of \d+$")
EDGE_PUNCTUATION = "\"'“”‘’()[],.;:!?…"


class Line:
    def __init__(self, words):
        self.words = sorted(words, key=lambda word: word["x_min"])
        heights = collections.Counter(round(w["y_max"] - w["y_min"], 2) for w in words)
        self.height = heights.most_common(1)[0][0]
        main = [w for w in words if round(w["y_max"] - w["y_min"], 2) == self.height]
        self.top = min(w["y_min"] for w in main)
        self.bottom = max(w["y_max"] for w in main)
        self.left = self.words[0]["x_min"]
        self.right = max(w["x_max"] for w in words)
        self.text = " ".join(w["text"] for w in self.words)

    def __repr__(self):
        return f"'{self.text[:60]}' (y {self.top:.1f})"


def read_pages(path):
    pages = []
    for page in ElementTree.parse(path).getroot().iter(XHTML + "page"):
        words = [{"text": w.text or "", "x_min": float(w.get("xMin")), "y_min": float(w.get("yMin")),
                  "x_max": float(w.get("xMax")), "y_max": float(w.get("yMax"))}
                 for w in page.iter(XHTML + "word")]
        pages.append(group_lines(words))
    return pages


# Words whose vertical centre falls inside a line's band belong to it, so that words in another
# face or size on the same baseline stay on their line.
def group_lines(words):
    bands = []
    for word in sorted(words, key=lambda w: (w["y_min"] + w["y_max"]) / 2):
        centre = (word["y_min"] + word["y_max"]) / 2
        if bands and bands[-1][0] <= centre <= bands[-1][1]:
            bands[-1][2].append(word)
        else:
            bands.append([word["y_min"], word["y_max"], [word]])
    return sorted((Line(band[2]) for band in bands), key=lambda line: line.top)


class Checker:
    def __init__(self, pages, source_text, area):
        self.left, self.top, self.right, self.bottom = area
        self.source = " ".join(source_text.split())
        self.failures = []  # (check, message)
        self.current_check = ""
        self.pages = [self.without_footer(index, lines) for index, lines in enumerate(pages)]
        every_line = [line for lines in self.pages for line in lines]
        self.body_height = collections.Counter(l.height for l in every_line).most_common(1)[0][0]
        steps = collections.Counter(
            round(b.top - a.top, 2) for lines in self.pages for a, b in zip(lines, lines[1:])
            if self.is_body(a) and self.is_body(b))
        self.leading = steps.most_common(1)[0][0]
        self.justified_checked = 0
        self.hyphens_checked = 0

    def fail(self, page_index, message):
        self.failures.append((self.current_check, f"page {page_index + 1}: {message}"))

    def without_footer(self, page_index, lines):
        kept = []
        for line in lines:
            if line.top >= self.bottom - TOLERANCE and FOOTER.match(line.text):
                continue
            kept.append(line)
        return kept

    def is_body(self, line):
        return abs(line.height - self.body_height) < 0.2

    def is_heading(self, line):
        return line.height > self.body_height + 0.3

    def starts_at_left(self, line):
        return abs(line.left - self.left) <= TOLERANCE

    # The line that continues `line`'s paragraph, or None when its paragraph ends with it.
    def continuation(self, page_index, line_index):
        lines = self.pages[page_index]
        line = lines[line_index]
        if not self.is_body(line):
            return None
        if line_index + 1 < len(lines):
            following = lines[line_index + 1]
            step = following.top - line.top
            if self.is_body(following) and abs(step - self.leading) < 0.2 and \
                    self.starts_at_left(following):
                return following
            return None
        return self.carried_line(page_index + 1)

    # The first body line of a page when only captions come before it and it continues a
    # paragraph (no indent); else None.
    def carried_line(self, page_index):
        if page_index >= len(self.pages):
            return None
        for line in self.pages[page_index]:
            if self.is_body(line):
                return line if self.starts_at_left(line) else None
            if line.height > self.body_height:
                return None
        return None

    def check_bounds(self):
        for index, lines in enumerate(self.pages):
            for line in lines:
                for word in line.words:
                    if (word["x_min"] < self.left - TOLERANCE or word["x_max"] > self.right + TOLERANCE
                            or word["y_min"] < self.top - TOLERANCE
                            or word["y_max"] > self.bottom + TOLERANCE):
                        self.fail(index, f"word '{word['text']}' at x {word['x_min']:.1f}-"
                                  f"{word['x_max']:.1f}, y {word['y_min']:.1f}-{word['y_max']:.1f} "
                                  f"is outside the text area")

    def check_justified_edges(self):
        for index, lines in enumerate(self.pages):
            for line_index, line in enumerate(lines):
                # A line of one word has no space to stretch (a piece of a long URL).
                if self.continuation(index, line_index) is None or len(line.words) < 2:
                    continue
                self.justified_checked += 1
                if abs(line.right - self.right) > TOLERANCE:
                    self.fail(index, f"justified line {line} ends at {line.right:.2f}, "
                              f"not at the right edge {self.right:.2f}")

    # A word space wider than `widest` points in a justified line: a very loose line, which a
    # total-fit breaker should have avoided.
    def check_loose_lines(self, widest):
        for index, lines in enumerate(self.pages):
            for line_index, line in enumerate(lines):
                if self.continuation(index, line_index) is None or len(line.words) < 2:
                    continue
                gap = max(b["x_min"] - a["x_max"] for a, b in zip(line.words, line.words[1:]))
                if gap > widest:
                    self.fail(index, f"justified line {line} has a word space of {gap:.1f} pt")

    def check_page_ends(self):
        for index, lines in enumerate(self.pages):
            if lines and self.is_heading(lines[-1]):
                self.fail(index, f"ends with the heading {lines[-1]}")
            if not lines or self.continuation(index, len(lines) - 1) is None:
                continue
            last = len(lines) - 1
            if last == 0 or self.continuation(index, last - 1) is not lines[last]:
                self.fail(index, f"ends with the first line of a paragraph: {lines[last]}")
            carried = self.carried_line(index + 1)
            carried_index = self.pages[index + 1].index(carried)
            if self.continuation(index + 1, carried_index) is None:
                self.fail(index + 1, f"starts with the last line of a paragraph: {carried}")

    def hyphenated_pairs(self):
        for index, lines in enumerate(self.pages):
            for line_index, line in enumerate(lines):
                last = line.words[-1]["text"]
                following = self.continuation(index, line_index)
                if following is not None and len(last) > 1 and last.endswith("-"):
                    yield index, last, following.words[0]["text"]

    # Never more than two hyphenated lines in a row (the rule; TeX's \doublehyphendemerits
    # only discourages them).
    def check_hyphen_runs(self):
        for index, lines in enumerate(self.pages):
            run = 0
            for line_index, line in enumerate(lines):
                last = line.words[-1]["text"]
                hyphenated = len(last) > 1 and last.endswith("-") and \
                    self.continuation(index, line_index) is not None
                run = run + 1 if hyphenated else 0
                if run == 3:
                    self.fail(index, f"three hyphenated lines in a row, the last {line}")

    def check_hyphens(self, helper, dictionary):
        pairs = [(index, head, tail) for index, head, tail in self.hyphenated_pairs()
                 if head + tail not in self.source]  # a hyphen the text itself has
        words = [(head[:-1].lstrip(EDGE_PUNCTUATION), tail.rstrip(EDGE_PUNCTUATION))
                 for _, head, tail in pairs]
        points = hyphenation_points(helper, dictionary, [(a + b).lower() for a, b in words])
        for (index, head, tail), (before, after) in zip(pairs, words):
            self.hyphens_checked += 1
            word = before + after
            offset = len(before.lower().encode())
            if len(word) < 5 or len(before) < 2 or len(after) < 2:
                self.fail(index, f"'{head} {tail}': divides a short word or leaves fewer than "
                          "2 letters on one side")
            elif offset not in points.get(word.lower(), set()):
                self.fail(index, f"'{head} {tail}': '{word}' has no dictionary break there "
                          f"(breaks after bytes {sorted(points.get(word.lower(), []))})")


def hyphenation_points(helper, dictionary, words):
    if not words:
        return {}
    result = subprocess.run([helper, dictionary], input="\n".join(words) + "\n",
                            capture_output=True, text=True, check=True)
    points = {}
    for row in result.stdout.splitlines():
        word, _, offsets = row.partition("\t")
        points[word] = {int(offset) for offset in offsets.split()}
    return points


def main(argv):
    positional = [a for a in argv if not a.startswith("--")]
    options = dict(a[2:].split("=", 1) for a in argv if a.startswith("--"))
    pending = set(filter(None, options.get("pending", "").split(",")))
    html, source, helper, dictionary = positional[:4]
    area = tuple(float(value) for value in positional[4:8])
    checker = Checker(read_pages(html), open(source, encoding="utf-8").read(), area)
    checks = {"bounds": checker.check_bounds, "justified": checker.check_justified_edges,
              "page-ends": checker.check_page_ends,
              "hyphens": lambda: checker.check_hyphens(helper, dictionary),
              "hyphen-runs": checker.check_hyphen_runs,
              "loose": lambda: checker.check_loose_lines(float(options.get("max-space", "inf")))}
    for name, check in checks.items():
        checker.current_check = name
        check()
    print(f"{len(checker.pages)} pages; body lines {checker.body_height} pt tall, "
          f"{checker.leading} pt apart; {checker.justified_checked} justified line ends and "
          f"{checker.hyphens_checked} hyphenated line ends checked")
    if checker.justified_checked < int(options.get("min-justified", 0)):
        checker.failures.append(("justified", f"only {checker.justified_checked} justified line "
                                 "ends found"))
    if checker.hyphens_checked < int(options.get("min-hyphens", 0)):
        checker.failures.append(("hyphens", f"only {checker.hyphens_checked} hyphenated line "
                                 "ends found"))
    failed = 0
    for name, message in checker.failures:
        print(f"  {'pending ' if name in pending else ''}{name}: {message}")
        failed += name not in pending
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
