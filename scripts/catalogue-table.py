#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the table of finding codes of docs/findings.md from engine/catalogue/CatalogueEntries.cpp.

Usage: scripts/catalogue-table.py [engine/catalogue/CatalogueEntries.cpp]
The engine's catalogue is the one place codes are defined; tests/engine/TestCatalogue.cpp
checks that the table in docs/findings.md (the contract) lists every code with the same
severity, page (category) and stage. The last column printed is the catalogue's title; in
docs/findings.md that column holds a one-line meaning, so edit a new row's title into one.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "engine/catalogue/CatalogueEntries.cpp"
source = open(path, encoding="utf-8").read()
# Entries start: {"code", Severity::X, Category::Y, StageId::Z, QT_TRANSLATE_NOOP("ctx", "title" ...)
entry = re.compile(
    r'\{\s*"([a-z0-9_]+\.[a-z0-9_]+)",\s*Severity::(\w+),\s*Category::(\w+),\s*StageId::(\w+),'
    r'\s*QT_TRANSLATE_NOOP\(\s*"rdpdiag::Catalogue",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)',
    re.S,
)
print("| code | severity | page | stage | title |")
print("|---|---|---|---|---|")
count = 0
for match in entry.finditer(source):
    code, severity, category, stage, title = match.groups()
    title = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', title)).replace('\\"', '"')
    print(f"| `{code}` | {severity.lower()} | {category.lower()} | {stage.lower()} | {title} |")
    count += 1
if count == 0:
    sys.exit(f"no catalogue entries found in {path}")
