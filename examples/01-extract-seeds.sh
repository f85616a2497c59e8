#!/usr/bin/env bash
# Extract the quotes of the three seed articles: one JSON object a line, and a table to read.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"${VERBATIM:-verbatim}" extract "$root/seeds" --format jsonl > "${OUT:-.}/seed-quotes.jsonl"
echo "$(wc -l < "${OUT:-.}/seed-quotes.jsonl") quotes in ${OUT:-.}/seed-quotes.jsonl"
"${VERBATIM:-verbatim}" extract "$root/seeds/001_53e8c9973c9c1ad0.txt" --format table
