#!/usr/bin/env python3
"""Holds every #include under src/ to the layers of docs/architecture.md.

Usage: include_layers_test.py SOURCE_DIR

The rules are read from docs/architecture.md, never written here: the folder table's "may use"
column (backquoted folder and library names) and the library table (backquoted header patterns
of each library). A file may include its own folder, the folders and libraries its row names,
and the system headers. A header of another folder counts with every library header it brings
in through its own includes, so that a yaml-cpp header reached through load/ is seen in app/.

Exit 0 when every include keeps to the rules and every known violation below still occurs;
1 with one line per problem (file:line, the include, the rule) otherwise.
"""

import fnmatch
import os
import re
import sys

# Known violations, each (file under src/, the included header as written) with what removes it.
# An include listed here is tolerated; one listed here that no longer breaks a rule fails the test,
# so that the list only shrinks. Empty it as the changes that remove them land.
KNOWN_VIOLATIONS = [
    # The model holds the font and image handles themselves; they are being replaced with resource
    # keys, after which model depends on core only.
    ("model/doc_tree.h", "text/font_face.h"),
    ("model/font_embedding.h", "text/font_face.h"),
    ("model/page_layout.h", "image/raster_image.h"),
    ("model/page_layout.h", "text/font_face.h"),
    ("model/page_layout.h", "text/shaper.h"),
]

DOC = "docs/architecture.md"
SYSTEM = "system"  # the library every folder may use
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
BACKQUOTED = re.compile(r"`([^`]+)`")


def table_rows(text, first_header):
    """The cells of each row of the Markdown table whose first column is headed first_header."""
    rows, inside = [], False
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|"):
            inside = False
        elif cells[0] == first_header:
            inside = True
        elif inside and not set(cells[0]) <= set("-: "):
            rows.append(cells)
    return rows


def read_rules(text):
    """(folder -> allowed names, library -> header patterns) from the two tables of the doc."""
    libraries = {}
    for cells in table_rows(text, "library"):
        names = BACKQUOTED.findall(cells[0])
        if len(names) != 1 or len(cells) != 2:
            raise SystemExit(f"{DOC}: library row '{cells[0]}' needs one `name` and a headers cell")
        libraries[names[0]] = BACKQUOTED.findall(cells[1])
    folders = {}
    for cells in table_rows(text, "folder"):
        paths = BACKQUOTED.findall(cells[0])
        if len(paths) != 1 or not paths[0].startswith("src/") or len(cells) != 3:
            raise SystemExit(f"{DOC}: folder row '{cells[0]}' needs one `src/...` path and 3 cells")
        folders[paths[0][len("src/"):]] = BACKQUOTED.findall(cells[2])
    if not libraries or not folders:
        raise SystemExit(f"{DOC}: the folder table or the library table is missing")
    for folder, names in folders.items():
        for name in names:
            if name not in folders and name not in libraries:
                raise SystemExit(f"{DOC}: src/{folder} may use `{name}`, which is neither a "
                                 "folder of the table nor a library of the library table")
    return folders, libraries


def library_of(header, libraries):
    """The library an angle-bracket header belongs to, or None when no row names it."""
    if "." not in header:
        return SYSTEM  # <vector>, <string>: the C++ standard library
    for library, patterns in libraries.items():
        if any(fnmatch.fnmatchcase(header, p) for p in patterns):
            return library
    return None


def folder_of(path, folders):
    """The table row a path under src/ belongs to: its folder, or the file itself (main.cc)."""
    if path in folders:
        return path
    top = path.split("/")[0]
    return top if top in folders else None


def includes_of(source_dir, path):
    """(line number, '<' or '"', header) for each #include of src/path."""
    found = []
    with open(os.path.join(source_dir, "src", path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            match = INCLUDE.match(line)
            if match:
                found.append((number, match.group(1), match.group(2)))
    return found


class Checker:
    def __init__(self, source_dir, folders, libraries):
        self.source_dir, self.folders, self.libraries = source_dir, folders, libraries
        self.brought_in = {}  # project header -> [(library header, "a.h:3 <- b.h:7")]

    def exists(self, header):
        return os.path.isfile(os.path.join(self.source_dir, "src", header))

    def library_headers(self, header, seen=None):
        """The library headers a project header brings in, each with where it is included."""
        if header in self.brought_in:
            return self.brought_in[header]
        seen = set() if seen is None else seen
        seen.add(header)
        found = []
        for number, kind, included in includes_of(self.source_dir, header):
            if kind == "<":
                if library_of(included, self.libraries) != SYSTEM:
                    found.append((included, f"{header}:{number}"))
            elif included not in seen and self.exists(included):
                for library_header, where in self.library_headers(included, seen):
                    found.append((library_header, f"{where} via {header}:{number}"))
        self.brought_in[header] = found
        return found

    def allowed_where(self, library, where):
        """Whether the header that includes a library header ("a/b.h:3 via ...") may use it."""
        folder = folder_of(where.split(":")[0], self.folders)
        return library is not None and folder is not None and library in self.folders[folder]

    def problems_of(self, path):
        """(line, header, rule broken) for each include of src/path that breaks a rule."""
        folder = folder_of(path, self.folders)
        if folder is None:
            return [(1, path, f"src/{path} is in no folder of the table in {DOC}")]
        allowed = set(self.folders[folder]) | {SYSTEM, folder}
        problems = []
        for number, kind, header in includes_of(self.source_dir, path):
            if kind == "<":
                library = library_of(header, self.libraries)
                if library is None:
                    problems.append((number, f"<{header}>",
                                     f"a header of no library in {DOC}'s library table"))
                elif library not in allowed:
                    problems.append((number, f"<{header}>",
                                     f"src/{folder} may not use {library} ({DOC})"))
                continue
            if not self.exists(header):
                problems.append((number, f'"{header}"', "no such header under src/"))
                continue
            target = folder_of(header, self.folders)
            if target != folder and target not in allowed:
                problems.append((number, f'"{header}"',
                                 f"src/{folder} may not use src/{target} ({DOC})"))
            if target == folder:
                continue  # its own library includes are checked where they are written
            reported = set()
            for library_header, where in self.library_headers(header):
                library = library_of(library_header, self.libraries)
                if library in allowed or library_header in reported or not self.allowed_where(
                        library, where):
                    continue  # a header that may not include it is reported where it does
                reported.add(library_header)
                problems.append((number, f'"{header}"',
                                 f"brings in <{library_header}> ({where}), and src/{folder} "
                                 f"may not use {library} ({DOC})"))
        return problems


def source_files(source_dir):
    root = os.path.join(source_dir, "src")
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if name.endswith((".h", ".cc")):
                yield os.path.relpath(os.path.join(folder, name), root)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: include_layers_test.py SOURCE_DIR")
    source_dir = sys.argv[1]
    with open(os.path.join(source_dir, DOC), encoding="utf-8") as f:
        folders, libraries = read_rules(f.read())
    checker = Checker(source_dir, folders, libraries)
    known = {(path, header): False for path, header in KNOWN_VIOLATIONS}
    failures, files, includes = [], 0, 0
    for path in source_files(source_dir):
        files += 1
        includes += len(includes_of(source_dir, path))
        for number, header, rule in checker.problems_of(path):
            key = (path, header.strip('"<>'))
            if key in known:
                known[key] = True
                continue
            failures.append(f"src/{path}:{number}: #include {header}: {rule}")
    for (path, header), seen in known.items():
        if not seen:
            failures.append(f"src/{path}: #include \"{header}\" is listed as a known violation in "
                            f"{os.path.basename(__file__)} but no longer breaks a rule: remove it "
                            "from KNOWN_VIOLATIONS")
    for failure in failures:
        print(failure)
    print(f"{files} files, {includes} includes, {len(failures)} problems, "
          f"{len(KNOWN_VIOLATIONS)} known violations tolerated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
