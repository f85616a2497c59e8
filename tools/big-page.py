#!/usr/bin/env python3
"""Writes a large test page of invented sentences, for memory and time measurements of `read`
and `extract`: tools/big-page.py KIND MEGABYTES > FILE, KIND one of html-one, html-lines,
xml-one, xml-lines (one line, or one paragraph a line). A third of the paragraphs are quotations."""
import sys

PEOPLE = ["Mara Quill", "Tomas Reyes", "Ines Varga", "Oskar Lind", "Priya Natesan", "Jonah Adeyemi",
          "Lea Brandt", "Kofi Mensah"]
PLACES = ["Corran", "Brindle", "Arden Street", "the Halver ferry", "Lowmarsh", "the north quay"]
WORDS = ["depot", "ferry", "budget", "harbour", "school", "bridge", "library", "timetable", "grant",
         "road", "market", "clinic"]


def paragraph(i):
    person, word = PEOPLE[i % len(PEOPLE)], WORDS[(i // 3) % len(WORDS)]
    place = PLACES[(i // 7) % len(PLACES)]
    if i % 3 == 0:
        return f"\u201cThe {word} at {place} opens in week {i % 52 + 1}, before the number {i},\u201d said {person}."
    return f"{person} said the {word} at {place} would cost {i * 37 % 9973} more by May."


def main():
    kind, target = sys.argv[1], int(sys.argv[2]) * 1_000_000
    separator = "\n" if kind.endswith("lines") else ""
    if kind.startswith("html"):
        head = ('<!DOCTYPE html><html lang="en"><head><title>The ferry timetable</title></head><body>'
                "<article><h1>The ferry timetable</h1>")
        tail = "</article></body></html>\n"
    else:
        head, tail = '<?xml version="1.0" encoding="UTF-8"?>\n<report>', "</report>\n"
    out, size, i = [head + separator], 0, 0
    while size < target:
        text = f"<p>{paragraph(i)}</p>{separator}"
        out.append(text)
        size += len(text.encode())
        i += 1
    out.append(tail)
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
