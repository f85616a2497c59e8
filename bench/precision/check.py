#!/usr/bin/env python3
"""Precision of `verbatim extract` on WCXB dev article pages, judged by reading (issue 17.5).

usage: python3 bench/precision/check.py [--bin PATH] [--pages DIR] [--pred FILE] [--save FILE]
                                        [--judgements FILE] [--size N] [--seed S]
                                        [--todo] [--show] [--list] [--json]

Run from the project root after `swift build -c release`. Defaults: --bin .build/release/verbatim,
--pages ../shared/bench/wcxb/pages (every <id>.html.gz there), --judgements
bench/precision/judgements.jsonl, --size 200, --seed verbatim-precision-1.

1. Extract: the pages are unzipped to a temporary folder and read by ONE `verbatim extract FOLDER
   --format jsonl` (--save FILE keeps the output, --pred FILE reads a saved one instead).
2. Sample: every extracted quote gets a rank, sha256 of the seed, its page id and its byte span (first
   start, last end); the --size quotes of lowest rank are the sample. A quote whose page and span do
   not change keeps its rank from build to build, so a new build's sample keeps every unchanged quote
   that is still among the lowest ranks and draws new ones only where the output changed; the draw
   is uniform over quotes, so it spreads over many pages on its own.
3. Judge: judgements.jsonl has one line per judged quote, keyed by page, start and end byte and the
   first five words of the quote's text:
     {"page": "0123", "start": 4100, "end": 4188, "prefix": "five words of the quote",
      "verdict": "ok" | "not-a-quote" | "extent" | "duplicate",
      "speaker": "speaker-ok" | "speaker-wrong" | "speaker-missing" | null,
      "speaker_name": the tool's speaker.name when judged, "note": "why"}
   `ok`: a real quotation or reported claim of someone, with the right extent; `not-a-quote`: list
   items, product blurbs, captions, credits, headlines, titles of works, scare quotes, the writer's
   own sentence; `extent`: the right claim with a wrong extent; `duplicate`: another extracted quote
   already covers it. `speaker` (null for not-a-quote and duplicate): is the speaker the tool gives
   right (a descriptive source such as `a tester` is right with no name), wrong, or missing where the
   page names one. A judgement is re-used when its key matches; its speaker verdict is re-used only
   while the tool still gives the same speaker.name.
4. Report: precision (ok / judged), the verdict and speaker breakdowns, and what still needs reading:
   --todo prints a judgement stub (JSON, verdict null) for every sampled quote with no judgement and
   every speaker verdict gone stale; --show adds each one's paragraph and the one before (from
   `verbatim read`, not saved anywhere) to judge it by; --list prints the whole sample with its
   judgements; --json prints the numbers as one object.
"""
import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter

sys.dont_write_bytecode = True  # no __pycache__ left in bench/
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wcxb_pages import add_run_options, extracted, fold, page_id, run, unzip  # noqa: E402


VERDICTS = ("ok", "not-a-quote", "extent", "duplicate")
SPEAKERS = ("speaker-ok", "speaker-wrong", "speaker-missing")


def prefix_of(text, words=5):
    """The first words of a quote's text: the judgement key's text part."""
    return " ".join(text.split()[:words])


def span(quote):
    """A quote's first start byte and last end byte."""
    spans = quote.get("spans") or []
    return spans[0]["start"]["byte"], spans[-1]["end"]["byte"]


def sample(lines, size, seed):
    """The `size` quotes of lowest rank (sha256 of seed, page and span), in page order; and how many there were."""
    quotes = []
    for line in lines:
        if not line.strip():
            continue
        q = json.loads(line)
        if not q.get("spans"):
            continue
        q["_page"] = page_id(q["document"]["path"])
        q["_start"], q["_end"] = span(q)
        key = f"{seed}:{q['_page']}:{q['_start']}:{q['_end']}".encode()
        q["_rank"] = hashlib.sha256(key).hexdigest()
        quotes.append(q)
    chosen = sorted(quotes, key=lambda q: q["_rank"])[:size]
    return sorted(chosen, key=lambda q: (q["_page"], q["_start"], q["_end"])), len(quotes)


def load_judgements(path):
    """The judgements by key (page, start, end, folded prefix); a later line with the same key wins."""
    judged = {}
    if not os.path.exists(path):
        return judged
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        j = json.loads(line)
        if j.get("verdict") not in VERDICTS:
            sys.exit(f"check.py: {path}:{n}: verdict must be one of {', '.join(VERDICTS)}")
        if j.get("speaker") is not None and j["speaker"] not in SPEAKERS:
            sys.exit(f"check.py: {path}:{n}: speaker must be null or one of {', '.join(SPEAKERS)}")
        judged[(j["page"], j["start"], j["end"], fold(j["prefix"]))] = j
    return judged


def speaker_name(q):
    return (q.get("speaker") or {}).get("name")


def stub(q):
    """A judgement line to fill in, with the tool's kind, mention and rule to help."""
    speaker = q.get("speaker") or {}
    return {"page": q["_page"], "start": q["_start"], "end": q["_end"], "prefix": prefix_of(q["text"]),
            "verdict": None, "speaker": None, "speaker_name": speaker.get("name"),
            "kind": q.get("kind"), "mention": (speaker.get("mention") or {}).get("text"),
            "rule": q.get("rule"), "note": ""}


def contexts(binary, pages_dir, quotes):
    """For each quote, the text of the blocks it lies in and the block before, from `verbatim read`."""
    ids = sorted({q["_page"] for q in quotes})
    with tempfile.TemporaryDirectory() as tmp:
        unzip(pages_dir, ids, tmp)
        lines = run(binary, "read", tmp)
    blocks = {}
    for line in lines:
        d = json.loads(line)
        blocks[page_id(d["document"]["path"])] = d.get("blocks") or []
    found = {}
    for q in quotes:
        page_blocks = blocks.get(q["_page"], [])
        inside = [i for i, b in enumerate(page_blocks)
                  if b["start"]["byte"] < q["_end"] and b["end"]["byte"] > q["_start"]]
        if not inside:
            found[id(q)] = []
            continue
        first = max(0, inside[0] - 1)
        found[id(q)] = [page_blocks[i]["text"] for i in range(first, inside[-1] + 1)]
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_run_options(ap)
    ap.add_argument("--judgements", default="bench/precision/judgements.jsonl")
    ap.add_argument("--size", type=int, default=200)
    ap.add_argument("--seed", default="verbatim-precision-1")
    ap.add_argument("--todo", action="store_true", help="print stubs for what still needs judging")
    ap.add_argument("--show", action="store_true", help="with --todo: the paragraphs to judge by")
    ap.add_argument("--list", action="store_true", help="print the sample with its judgements")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    ids = [f[:-len(".html.gz")] for f in os.listdir(args.pages) if f.endswith(".html.gz")]
    lines = extracted(args, ids)
    chosen, total = sample(lines, args.size, args.seed)
    judged = load_judgements(args.judgements)

    verdicts, speakers = Counter(), Counter()
    by_kind, by_sieve = {}, {}
    todo, stale = [], []
    for q in chosen:
        j = judged.get((q["_page"], q["_start"], q["_end"], fold(prefix_of(q["text"]))))
        q["_judgement"] = j
        if j is None:
            todo.append(q)
            continue
        verdicts[j["verdict"]] += 1
        sieve = q.get("sieve") or (q.get("rule") or "").split("+")[0]
        for table, key in ((by_kind, q.get("kind")), (by_sieve, sieve)):
            table.setdefault(key, Counter())[j["verdict"]] += 1
        if j["verdict"] in ("ok", "extent"):
            if j.get("speaker") is None or j.get("speaker_name") != speaker_name(q):
                stale.append(q)
            else:
                speakers[j["speaker"]] += 1

    n = sum(verdicts.values())
    spoken = sum(speakers.values())

    def share(a, b):
        return round(a / b, 3) if b else None

    result = {"extracted": total, "sample": len(chosen), "pages": len({q["_page"] for q in chosen}),
              "judged": n, "unjudged": len(todo), "precision": share(verdicts["ok"], n),
              "ok_or_extent": share(verdicts["ok"] + verdicts["extent"], n),
              "verdicts": {v: verdicts[v] for v in VERDICTS},
              "speaker_judged": spoken, "speaker_stale": len(stale),
              "speaker_ok": share(speakers["speaker-ok"], spoken),
              "speakers": {s: speakers[s] for s in SPEAKERS},
              "by_kind": {k: dict(c) for k, c in sorted(by_kind.items())},
              "by_sieve": {k: dict(c) for k, c in sorted(by_sieve.items())}}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"sample      {len(chosen)} of {total} extracted quotes, on {result['pages']} pages")
        print(f"judged      {n} ({len(todo)} not judged yet)")
        print(f"precision   {result['precision']}  (ok / judged; ok or extent: {result['ok_or_extent']})")
        print("verdicts    " + ", ".join(f"{v} {verdicts[v]}" for v in VERDICTS))
        print(f"speaker     {result['speaker_ok']} right over {spoken} ok or extent quotes"
              f" ({len(stale)} to re-judge): " + ", ".join(f"{s} {speakers[s]}" for s in SPEAKERS))
        for title, table in (("by kind", by_kind), ("by sieve", by_sieve)):
            rows = sorted(table.items(), key=lambda kv: -sum(kv[1].values()))
            print(f"{title:11} " + "; ".join(f"{k} {c['ok']}/{sum(c.values())} ok" for k, c in rows))
    if args.list:
        for q in chosen:
            j = q["_judgement"] or {}
            print(json.dumps({"page": q["_page"], "start": q["_start"], "end": q["_end"],
                              "prefix": prefix_of(q["text"]), "kind": q.get("kind"),
                              "speaker_name": speaker_name(q), "verdict": j.get("verdict"),
                              "speaker": j.get("speaker"), "note": j.get("note")}, ensure_ascii=False))
    if args.todo:
        need = todo + stale
        shown = contexts(args.bin, args.pages, need) if args.show and need else {}
        for q in need:
            s = stub(q)
            if q["_judgement"] is not None:
                s["verdict"] = q["_judgement"]["verdict"]
                s["note"] = q["_judgement"].get("note", "")
            print(json.dumps(s, ensure_ascii=False))
            if args.show:
                print(f"    quote: {q['text']}")
                for text in shown.get(id(q), []):
                    print(f"    | {text}")


if __name__ == "__main__":
    main()
