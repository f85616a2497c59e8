#!/usr/bin/env bash
# The provenance graph for other software: JSON lines, W3C PROV-O (JSON-LD and Turtle), W3C Web
# Annotations a browser annotation tool can anchor, and ClaimReview drafts for a fact-checker.
set -euo pipefail
out=${OUT:-.}
"${VERBATIM:-verbatim}" export --format jsonl > "$out/graph.jsonl"
"${VERBATIM:-verbatim}" export --format prov-jsonld > "$out/provenance.jsonld"
"${VERBATIM:-verbatim}" export --format prov-turtle > "$out/provenance.ttl"
"${VERBATIM:-verbatim}" export --format web-annotation > "$out/annotations.json"
"${VERBATIM:-verbatim}" export --format claimreview --query "pretext to invade Gaza" > "$out/claimreview.json"
wc -l "$out/graph.jsonl" "$out/provenance.ttl"
