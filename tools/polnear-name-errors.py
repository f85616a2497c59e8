#!/usr/bin/env python3
"""The speaker-name misses on PolNeAR, one a line, grouped by kind, with the benchmark's own
matcher and name check (score.py's `match`, `gold_name`, `name_ok`).

usage (from the project root, after `swift build -c release --product verbatim`):
  python3 tools/polnear-name-errors.py ../shared/bench/polnear/train.jsonl [--bin PATH] [--save F | --pred F]
      [--kind KIND] [--limit N] [--context]

Runs ONE `verbatim extract FOLDER --format jsonl` over the split's texts (as predict.py does) and
keeps each quote's resolved name, mention, sieve and speaker rule (`--save` keeps that output,
`--pred` reads a saved one). Of the matched quotes whose gold source is a bare name, each miss is
put in one kind:
  convention   the name is right but the scorer compares its last word ("Ana Ruiz Jr." for
               "Ruiz", "Ruiz, a spokesman for the council" judged on its last word)
  common-noun  the gold source is one capitalised common word ("Officials", "Some") that the
               scorer takes for a name; the quote keeps it as a description or group, no name
  span         the mention does not overlap the gold source (the wrong phrase was taken)
  null         the mention overlaps the gold source but no name was given
  wrong        the mention overlaps but another name was given
and a count per kind and per speaker rule is printed at the end. The texts are the benchmark's:
what this prints is for reading, never for copying into the project.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

args = [a for a in sys.argv[1:]]


def option(name, default=None):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i:i + 2]
        return value
    return default


binary = option("--bin", ".build/release/verbatim")
save = option("--save")
saved = option("--pred")
only = option("--kind")
limit = int(option("--limit", "100000"))
context = "--context" in args
if context:
    args.remove("--context")
gold_path = args[0]
sys.path.insert(0, os.path.dirname(os.path.abspath(gold_path)))
from score import gold_name, match, name_ok  # noqa: E402  (the benchmark's own rules)

docs = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
if saved:
    lines = open(saved, encoding="utf-8").read().splitlines()
else:
    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            with open(os.path.join(tmp, d["doc_id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(d["text"])
        done = subprocess.run([binary, "extract", tmp, "--format", "jsonl"], capture_output=True, text=True)
        lines = done.stdout.splitlines()
    if save:
        open(save, "w", encoding="utf-8").write("\n".join(lines) + "\n")

offsets = {}
for d in docs:  # byte offset -> code point offset
    m, b = {}, 0
    for i, ch in enumerate(d["text"]):
        m[b] = i
        b += len(ch.encode())
    m[b] = len(d["text"])
    offsets[d["doc_id"]] = m

quotes = collections.defaultdict(list)
for line in lines:
    if not line.strip():
        continue
    q = json.loads(line)
    doc = os.path.splitext(os.path.basename(q["document"]["path"]))[0]
    m = offsets[doc]
    speaker = q.get("speaker") or {}
    mention = speaker.get("mention") or {}
    quotes[doc].append({
        "content": [[m[s["start"]["byte"]], m[s["end"]["byte"]]] for s in q["spans"]],
        "source": [[m[s["start"]["byte"]], m[s["end"]["byte"]]] for s in mention.get("spans") or []],
        "speaker": speaker.get("name"), "mention": mention.get("text"), "sieve": q.get("sieve"),
        "rule": q.get("speakerRule"), "type": speaker.get("type")})


def words(name):
    return [w.strip(".,’'").replace("’s", "").replace("'s", "").lower() for w in re.findall(r"[\w'’.-]+", name or "")]


kinds = collections.Counter()
rules = collections.Counter()
rows = []
total = 0
for d in docs:
    text = d["text"]
    preds = quotes.get(d["doc_id"], [])
    matched = match(d["attributions"], preds, text, 0.5)
    for gi, g in enumerate(d["attributions"]):
        if gi not in matched or not g["source"] or g["source_is_pronoun"]:
            continue
        gold = gold_name(g["source_text"])
        if not gold:
            continue
        total += 1
        p = preds[matched[gi]]
        if name_ok(p["speaker"], gold):
            continue
        gold_chars = set().union(*[set(range(a, b)) for a, b in g["source"]])
        pred_chars = set().union(*[set(range(a, b)) for a, b in p["source"]]) if p["source"] else set()
        gold_words = [w.lower() for w in gold]
        if p["speaker"] and (gold[-1].lower() in words(p["speaker"])
                             or words(p["speaker"])[-1] in gold_words):
            kind = "convention"
        elif not p["speaker"] and p["mention"] and len(gold) == 1 and words(p["mention"]) == gold_words \
                and p["type"] in ("group", "description", "document"):
            kind = "common-noun"
        elif not gold_chars & pred_chars:
            kind = "span"
        elif not p["speaker"]:
            kind = "null"
        else:
            kind = "wrong"
        kinds[kind] += 1
        rules[(kind, p["rule"])] += 1
        if only and kind != only:
            continue
        around = ""
        if context:
            a = min(x for x, _ in g["source"])
            around = " | " + text[max(0, a - 80):a + 80].replace("\n", " ")
        rows.append(f"{kind:10s} gold={g['source_text']!r} name={p['speaker']!r} mention={p['mention']!r} "
                    f"sieve={p['sieve']} rule={p['rule']}{around}")

for row in rows[:limit]:
    print(row)
print(f"\n{total} judged names, {sum(kinds.values())} misses")
for kind, n in kinds.most_common():
    print(f"  {kind:10s} {n}")
print("by kind and speaker rule:")
for (kind, rule), n in rules.most_common():
    print(f"  {kind:10s} {str(rule):28s} {n}")
