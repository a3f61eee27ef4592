"""Shows that each check of check_typography.py catches what it is meant to, on hand-made
`pdftotext -bbox-layout` pages (a text area 10..110 x 10..60 pt; body lines 12 pt apart).
Usage: check_typography_selftest.py HYPHENATION_POINTS DICTIONARY.dic"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_typography  # noqa: E402

AREA = (10, 10, 110, 60)
BODY, HEADING = 12.26, 16.3
SOURCE = "some forty-five words"


# A line: words spread from `left` to `right` at `top`; `height` picks the kind of line.
def line(top, words, left=10, right=110, height=BODY):
    step = (right - left) / len(words)
    return [(left + i * step, top, left + (i + 1) * step - 2 if i + 1 < len(words) else right,
             top + height, word) for i, word in enumerate(words)]


def paragraph(first_top, count, indent=True, last_right=60, words=("lorem", "ipsum")):
    lines = []
    for i in range(count):
        right = last_right if i == count - 1 else 110
        lines.append(line(first_top + 12 * i, list(words), left=19 if i == 0 and indent else 10,
                          right=right))
    return lines


def xhtml(pages):
    out = ['<html xmlns="http://www.w3.org/1999/xhtml"><body><doc>']
    for lines in pages:
        out.append('<page width="120" height="80"><flow><block>')
        for words in lines:
            out.append("<line>" + "".join(
                f'<word xMin="{a}" yMin="{b}" xMax="{c}" yMax="{d}">{text}</word>'
                for a, b, c, d, text in words) + "</line>")
        out.append("</block></flow></page>")
    out.append("</doc></body></html>")
    return "".join(out)


def failures_of(pages, helper, dictionary):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as file:
        file.write(xhtml(pages))
    checker = check_typography.Checker(check_typography.read_pages(file.name), SOURCE, AREA)
    os.unlink(file.name)
    for name, check in [("bounds", checker.check_bounds),
                        ("justified", checker.check_justified_edges),
                        ("page-ends", checker.check_page_ends),
                        ("hyphens", lambda: checker.check_hyphens(helper, dictionary)),
                        ("hyphen-runs", checker.check_hyphen_runs),
                        ("loose", lambda: checker.check_loose_lines(30))]:
        checker.current_check = name
        check()
    return sorted({name for name, _ in checker.failures})


def main(helper, dictionary):
    # A paragraph of 6 lines split 4 + 2.
    split = [paragraph(10, 4, last_right=110), paragraph(10, 2, indent=False)]
    cases = {
        "a good split paragraph": ([], split),
        "a word past the right edge": (["bounds", "justified"],
                                       [[line(10, ["lorem", "ipsum"], right=113)] +
                                        paragraph(22, 2, indent=False)]),
        "a justified line short of the edge": (["justified"],
                                               [[line(10, ["a", "b"], left=19, right=100)] +
                                                paragraph(22, 2, indent=False)]),
        "a short line of one word": ([], [[line(10, ["https://example.org/"], left=19, right=90)] +
                                          paragraph(22, 2, indent=False)]),
        "a heading at the foot of a page": (["page-ends"],
                                            [paragraph(10, 2) + [line(40, ["Title"], right=40,
                                                                      height=HEADING)],
                                             paragraph(10, 2)]),
        "an orphan": (["page-ends"], [paragraph(10, 3) + [line(46, ["lorem", "ipsum"], left=19)],
                                      paragraph(10, 3, indent=False)]),
        "a widow": (["page-ends"], [split[0], paragraph(10, 1, indent=False)]),
        "a dictionary hyphen": ([], [[line(10, ["an", "infor-"], left=19),
                                      line(22, ["mation"], right=50)]]),
        "a hyphen the text has": ([], [[line(10, ["some", "forty-"], left=19),
                                        line(22, ["five"], right=50)]]),
        "a hyphen at no dictionary break": (["hyphens"], [[line(10, ["an", "informat-"], left=19),
                                                          line(22, ["ion"], right=50)]]),
        "a hyphen leaving one letter": (["hyphens"], [[line(10, ["an", "i-"], left=19),
                                                      line(22, ["nformation"], right=50)]]),
        "a very loose line": (["loose"], [[[(19, 10, 40, 10 + BODY, "a"),
                                            (80, 10, 110, 10 + BODY, "b")]] +
                                          paragraph(22, 2, indent=False)]),
        "two hyphenated lines in a row": ([], [[line(10, ["an", "infor-"], left=19),
                                                line(22, ["mation", "infor-"]),
                                                line(34, ["mation"], right=50)]]),
        "three hyphenated lines in a row": (["hyphen-runs"], [[line(10, ["an", "infor-"], left=19),
                                                            line(22, ["mation", "infor-"]),
                                                            line(34, ["mation", "infor-"]),
                                                            line(46, ["mation"], right=50)]]),
    }
    wrong = 0
    for name, (expected, pages) in cases.items():
        found = failures_of(pages, helper, dictionary)
        print(f"{'ok' if found == expected else 'WRONG'}: {name}: {found or 'no failures'}")
        wrong += found != expected
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main(*sys.argv[1:3])
