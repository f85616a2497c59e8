#!/usr/bin/env python3
"""Recall on PolNeAR by kind of attribution (direct, mixed, indirect), matched as score.py
matches them (overlap50: at least half of each side's characters shared, one to one).
score.py prints direct and direct+mixed recall; this adds indirect.

usage (from the project root, after predict.py):
  python3 tools/polnear-recall-by-kind.py ../shared/bench/polnear/dev.jsonl /tmp/pred.jsonl
"""
import collections, json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(sys.argv[1]))))
from score import match  # noqa: E402  (the benchmark's own matcher)

gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
pred = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        pred[d["doc_id"]] = d.get("quotes", [])
total, hit = collections.Counter(), collections.Counter()
for d in gold:
    matched = match(d["attributions"], pred.get(d["doc_id"], []), d["text"], 0.5)
    for i, a in enumerate(d["attributions"]):
        total[a["quote_type"]] += 1
        hit[a["quote_type"]] += i in matched
for kind in ("direct", "mixed", "indirect"):
    print(f"{kind}_R {hit[kind] / total[kind]:.4f} ({hit[kind]} of {total[kind]})")
