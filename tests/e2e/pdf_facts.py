#!/usr/bin/env python3
"""Facts about a rendered PDF for the end-to-end tests, read with poppler's pdftotext and qpdf.

  pdf_facts.py columns PDF MARGIN_TOP MARGIN_BOTTOM   column count of each page's body
  pdf_facts.py column-lefts PDF PAGE MARGIN_TOP MARGIN_BOTTOM   left edges of its columns
  pdf_facts.py cells PDF LEFT TOP RIGHT BOTTOM COLS ROWS   cards holding text on each page
  pdf_facts.py outline PDF                            page<TAB>level<TAB>title per entry
  pdf_facts.py links PDF                              page<TAB>uri URL | goto PAGE per link
  pdf_facts.py toc PDF PAGE                           checks the contents on PAGE (see below)
  pdf_facts.py words PDF PAGE                         the words of PAGE, one line each

Lengths are in points; a page's margins exclude the header and footer from the body.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree


def pages_of_words(pdf):
    """Per page: (width, height, [(x0, y0, x1, y1, text)])."""
    xhtml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True,
                           text=True).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml)
    root = ElementTree.fromstring(xhtml)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                  float(w.get("yMax")), w.text or "")
                 for w in page.iter("{http://www.w3.org/1999/xhtml}word")]
        pages.append((float(page.get("width")), float(page.get("height")), words))
    return pages


def covered_intervals(spans, tolerance=2.0):
    """Merges x-intervals that overlap (or nearly): the columns of text on a page."""
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + tolerance:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def columns(pdf, margin_top, margin_bottom):
    counts = []
    for _, height, words in pages_of_words(pdf):
        body = [(x0, x1) for x0, y0, x1, y1, _ in words
                if y0 >= float(margin_top) - 1 and y1 <= height - float(margin_bottom) + 1]
        counts.append(str(len(covered_intervals(body))))
    print(" ".join(counts))


def column_lefts(pdf, page, margin_top, margin_bottom):
    """The left edges of the columns of text on PAGE, rounded to whole points."""
    _, height, words = pages_of_words(pdf)[int(page) - 1]
    body = [(x0, x1) for x0, y0, x1, y1, _ in words
            if y0 >= float(margin_top) - 1 and y1 <= height - float(margin_bottom) + 1]
    print(" ".join(str(int(start + 0.5)) for start, _ in covered_intervals(body)))


def cells(pdf, left, top, right, bottom, cols, rows):
    left, top, right, bottom = map(float, (left, top, right, bottom))
    cols, rows = int(cols), int(rows)
    counts = []
    for width, height, words in pages_of_words(pdf):
        cell_w = (width - left - right) / cols
        cell_h = (height - top - bottom) / rows
        occupied = set()
        for x0, y0, x1, y1, _ in words:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if left <= cx <= width - right and top <= cy <= height - bottom:
                occupied.add((int((cx - left) // cell_w), int((cy - top) // cell_h)))
        counts.append(str(len(occupied)))
    print(" ".join(counts))


def qpdf_json(pdf):
    return json.loads(subprocess.run(["qpdf", "--json", pdf], check=True, capture_output=True,
                                     text=True).stdout)


def outline_entries(pdf):
    entries = []

    def walk(items, level):
        for item in items:
            entries.append((item.get("destpageposfrom1"), level, item.get("title", "")))
            walk(item.get("kids", []), level + 1)

    walk(qpdf_json(pdf).get("outlines", []), 1)
    return entries


def outline(pdf):
    for page, level, title in outline_entries(pdf):
        print(f"{page}\t{level}\t{title}")


def object_of(data, ref):
    objects = data["qpdf"][1]
    return objects.get("obj:" + ref, {}).get("value")


def links(pdf):
    data = qpdf_json(pdf)
    page_numbers = {page["object"]: index + 1 for index, page in enumerate(data["pages"])}
    for index, page in enumerate(data["pages"]):
        annots = object_of(data, page["object"]).get("/Annots", [])
        if isinstance(annots, str):
            annots = object_of(data, annots)
        for ref in annots:
            annot = object_of(data, ref) if isinstance(ref, str) else ref
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A", {})
            if isinstance(action, str):
                action = object_of(data, action)
            dest = annot.get("/Dest") or action.get("/D")
            if isinstance(dest, str):
                dest = object_of(data, dest)
            if action.get("/URI"):
                print(f"{index + 1}\turi {action['/URI'].removeprefix('u:')}")
            elif dest:
                print(f"{index + 1}\tgoto {page_numbers.get(dest[0], '?')}")


def words(pdf, page):
    for x0, y0, x1, y1, text in pages_of_words(pdf)[int(page) - 1][2]:
        print(f"{x0:.1f}\t{y0:.1f}\t{text}")


def toc_lines(page_words):
    """Lines of the contents page that end with a page number: (title, number)."""
    lines = {}
    for x0, y0, x1, y1, text in page_words:
        lines.setdefault(round(y1), []).append((x0, text))
    found = []
    for _, line in sorted(lines.items()):
        texts = [t for _, t in sorted(line) if not re.fullmatch(r"[.·…]+", t)]
        if len(texts) >= 2 and texts[-1].isdigit():
            found.append((" ".join(texts[:-1]).rstrip(" ."), int(texts[-1])))
    return found


def toc(pdf, page):
    """Every contents line names an outline entry and the page that entry's heading is on, and
    the heading's words are on that page; prints the lines checked, fails on a mismatch."""
    pages = pages_of_words(pdf)
    by_title = {title: number for number, _, title in outline_entries(pdf)}
    lines = toc_lines(pages[int(page) - 1][2])
    if not lines:
        sys.exit("no contents lines found on page " + page)
    for title, number in lines:
        if by_title.get(title) != number:
            sys.exit(f"contents says '{title}' is on page {number}; the outline says "
                     f"{by_title.get(title)}")
        on_page = " ".join(w[4] for w in pages[number - 1][2])
        if title not in on_page:
            sys.exit(f"'{title}' is not on page {number}")
        print(f"{number}\t{title}")


if __name__ == "__main__":
    commands = {"columns": columns, "column-lefts": column_lefts, "cells": cells, "outline": outline, "links": links,
                "toc": toc, "words": words}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
