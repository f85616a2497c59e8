#!/usr/bin/env python3
"""Score the speaker names `verbatim extract` gives on WCXB dev pages against bench/names/gold.jsonl.

usage: python3 bench/names/score.py [--bin PATH] [--gold FILE] [--pages DIR] [--pred FILE]
                                    [--save FILE] [--errors] [--json]

Run from the project root after `swift build -c release`. Defaults: --bin .build/release/verbatim,
--gold bench/names/gold.jsonl, --pages ../shared/bench/wcxb/pages (each page is <id>.html.gz).

Step 1 (predict): the pages the gold names are unzipped to a temporary folder as <id>.html and read by
ONE `verbatim extract FOLDER --format jsonl` (--save FILE keeps that output; --pred FILE scores a saved
output instead of running the tool).
Step 2 (score): each gold quotation is matched to the extracted quote of its page whose text contains
the gold prefix, after folding quotation marks and apostrophes, case and whitespace; when several
contain it, the one where it starts earliest (then the shortest) wins. Reported:
  found       share of gold quotations some extracted quote contains
  exact       over found quotations whose gold name is not null: speaker.name == gold name (trimmed)
  last-word   same, comparing only the last word of each name (case-folded)
  null        over the same: the tool gave no name where the page names one
  gold-null   over found quotations whose gold name is null: the tool also gave no name
--errors lists every miss (not found, wrong name, no name, a name where none is due).
--json prints the numbers as one JSON object instead of the table.
"""
import argparse
import json
import os
import re
import sys
from collections import defaultdict

sys.dont_write_bytecode = True  # no __pycache__ left in bench/
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wcxb_pages import add_run_options, extracted, fold, page_id  # noqa: E402


def last_word(name):
    words = re.findall(r"[\w'.-]+", fold(name))
    return words[-1].strip(".") if words else ""


def match(gold_quote, quotes):
    """The extracted quote whose folded text contains the folded prefix, earliest start first."""
    prefix = fold(gold_quote)
    best = None
    for q in quotes:
        at = q["_folded"].find(prefix)
        if at < 0:
            continue
        key = (at, len(q["_folded"]))
        if best is None or key < best[0]:
            best = (key, q)
    return best[1] if best else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_run_options(ap)
    ap.add_argument("--gold", default="bench/names/gold.jsonl")
    ap.add_argument("--errors", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    gold = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    ids = {g["page"] for g in gold}
    lines = extracted(args, ids)

    by_page = defaultdict(list)
    for line in lines:
        if not line.strip():
            continue
        q = json.loads(line)
        q["_folded"] = fold(q.get("text") or "")
        by_page[page_id(q["document"]["path"])].append(q)

    found = exact = relaxed = null = named = 0
    gold_null = gold_null_found = gold_null_agree = 0
    errors = []
    for g in gold:
        q = match(g["quote"], by_page.get(g["page"], []))
        expected = g["name"]
        if expected is None:
            gold_null += 1
        if q is None:
            errors.append(("not-found", g, None))
            continue
        found += 1
        speaker = q.get("speaker") or {}
        got = (speaker.get("name") or "").strip() or None
        if expected is None:
            gold_null_found += 1
            if got is None:
                gold_null_agree += 1
            else:
                errors.append(("name-not-due", g, q))
            continue
        named += 1
        if got is None:
            null += 1
            errors.append(("no-name", g, q))
        elif got == expected.strip():
            exact += 1
            relaxed += 1
        else:
            if last_word(got) == last_word(expected):
                relaxed += 1
            errors.append(("wrong-name", g, q))

    def share(a, b):
        return round(a / b, 3) if b else None

    result = {"gold": len(gold), "pages": len(ids), "found": share(found, len(gold)),
              "named": named, "exact": share(exact, named), "last_word": share(relaxed, named),
              "null": share(null, named), "gold_null": gold_null_found,
              "gold_null_agree": share(gold_null_agree, gold_null_found)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"gold quotations  {len(gold)} on {len(ids)} pages ({gold_null} with no name due)")
        print(f"found            {result['found']}  ({found} of {len(gold)})")
        print(f"exact name       {result['exact']}  ({exact} of {named} found with a name due)")
        print(f"last-word name   {result['last_word']}  ({relaxed} of {named})")
        print(f"null             {result['null']}  ({null} of {named})")
        print(f"gold null agreed {result['gold_null_agree']}  ({gold_null_agree} of {gold_null_found} found)")
    if args.errors:
        for kind, g, q in errors:
            speaker = (q or {}).get("speaker") or {}
            mention = (speaker.get("mention") or {}).get("text")
            got = speaker.get("name")
            rule = (q or {}).get("rule")
            print(f"{kind:12} {g['page']} {g['quote']!r}: want {g['name']!r}, got {got!r}"
                  + (f" (mention {mention!r}, {rule})" if q else ""))


if __name__ == "__main__":
    main()
