#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the table of finding codes of docs/findings.md from engine/catalogue/entries/*.cpp.

Usage: scripts/catalogue-table.py [engine/catalogue]
The engine's catalogue is the one place codes are defined; tests/engine/TestCatalogue.cpp
checks that the table in docs/findings.md (the contract) lists every code with the same
severity, page (category) and stage. The last column printed is the catalogue's title; in
docs/findings.md that column holds a one-line meaning, so edit a new row's title into one. The rows
come in catalogue order: the lists in the order catalogueEntries() joins them
(engine/catalogue/CatalogueEntries.cpp), stably sorted by stage (StageId in
engine/model/Enums.h).
"""
import os
import re
import sys

catalogue = sys.argv[1] if len(sys.argv) > 1 else "engine/catalogue"


def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


join = read(os.path.join(catalogue, "CatalogueEntries.cpp"))
joined = re.search(r"&part\s*:\s*\{(.*?)\}\)", join, re.S).group(1)  # the lists it joins
lists = re.findall(r"\b([a-z]+)Entries\(\)", joined)
enums = read(os.path.join(catalogue, "..", "model", "Enums.h"))
stages = re.search(r"enum class StageId \{([^}]*)\}", enums).group(1)
stage_order = [name.strip() for name in stages.split(",") if name.strip()]

# Entries start: {"code", Severity::X, Category::Y, StageId::Z, QT_TRANSLATE_NOOP("ctx", "title" ...)
entry = re.compile(
    r'\{\s*"([a-z0-9_]+\.[a-z0-9_]+)",\s*Severity::(\w+),\s*Category::(\w+),\s*StageId::(\w+),'
    r'\s*QT_TRANSLATE_NOOP\(\s*"rdpdiag::Catalogue",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)',
    re.S,
)
rows = []
for name in lists:
    source = read(os.path.join(catalogue, "entries", name.capitalize() + "Entries.cpp"))
    rows.extend(match.groups() for match in entry.finditer(source))
if not rows:
    sys.exit(f"no catalogue entries found under {catalogue}")
rows.sort(key=lambda row: stage_order.index(row[3]))  # stable: keeps the join order

print("| code | severity | page | stage | title |")
print("|---|---|---|---|---|")
for code, severity, category, stage, title in rows:
    title = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', title)).replace('\\"', '"')
    print(f"| `{code}` | {severity.lower()} | {category.lower()} | {stage.lower()} | {title} |")
