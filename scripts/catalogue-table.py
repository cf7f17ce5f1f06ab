#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the table of finding codes of docs/findings.md from engine/catalogue/entries/*.cpp.

Usage: scripts/catalogue-table.py [--readme] [engine/catalogue]
With --readme it prints the short catalogue of README.md instead: one row per family of codes,
the codes sorted by severity (TestCatalogue checks that README.md names every code).
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

arguments = sys.argv[1:]
readme = "--readme" in arguments
arguments = [a for a in arguments if a != "--readme"]
catalogue = arguments[0] if arguments else "engine/catalogue"


def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


join = read(os.path.join(catalogue, "CatalogueEntries.cpp"))
joined = re.search(r"&part\s*:\s*\{(.*?)\}\)", join, re.S).group(1)  # the lists it joins
lists = re.findall(r"\b([a-z][A-Za-z]*)Entries\(\)", joined)  # rdpSecurityEntries() too
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
    source = read(os.path.join(catalogue, "entries", name[0].upper() + name[1:] + "Entries.cpp"))
    rows.extend(match.groups() for match in entry.finditer(source))
if not rows:
    sys.exit(f"no catalogue entries found under {catalogue}")
rows.sort(key=lambda row: stage_order.index(row[3]))  # stable: keeps the join order

if readme:
    families = {}
    for code, severity, _, _, _ in rows:
        families.setdefault(code.split(".")[0], {}).setdefault(severity.lower(), []).append(code)
    print("| family | error | warning | info |")
    print("|---|---|---|---|")
    for family, by_severity in families.items():
        cells = [", ".join(f"`{c}`" for c in by_severity.get(s, [])) or "—"
                 for s in ("error", "warning", "info")]
        print(f"| `{family}.` | " + " | ".join(cells) + " |")
    sys.exit(0)

print("| code | severity | page | stage | title |")
print("|---|---|---|---|---|")
for code, severity, category, stage, title in rows:
    title = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', title)).replace('\\"', '"')
    print(f"| `{code}` | {severity.lower()} | {category.lower()} | {stage.lower()} | {title} |")
