#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps translations when a user-visible string moves to another translation context.

lupdate keeps a translation only while its context and source text stay the same. When code
moves a string (a title table moved from the HTML report to model/Stages.cpp, say), lupdate
marks the old message obsolete and adds the new one as unfinished. This script, run between
two lupdate passes (the `update_translations` target does: the first keeps obsolete messages,
the second drops them and writes lupdate's own format again), gives every unfinished message
the translation of a finished or obsolete message with the same source text (and comment)
from any context of the same file (lupdate's own guesses for such messages stay unfinished).

Usage: scripts/translations-carry-over.py translations/rdpdiag_de.ts …
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return source, comment


def carry_over(path):
    tree = ET.parse(path)
    root = tree.getroot()
    known = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        if (translation.text or "").strip() or len(translation):
            known.setdefault(key(message), translation)
    carried = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        # lupdate may have filled in a guess already; the same source text's own translation
        # is better than a guess.
        previous = known.get(key(message))
        if previous is None:
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(previous))
        copy.attrib.pop("type", None)
        message.append(copy)
        carried += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print("%s: %d translations carried over" % (path, carried))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for ts in sys.argv[1:]:
        carry_over(ts)
