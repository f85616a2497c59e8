#!/usr/bin/env bash
# A citation list of everything quoted, for Zotero (CSL-JSON or RIS: File > Import), for LaTeX
# (BibTeX), for a spreadsheet (CSV), and to paste under a story (Markdown).
set -euo pipefail
out=${OUT:-.}
"${VERBATIM:-verbatim}" cite --format csl-json > "$out/citations.json"
"${VERBATIM:-verbatim}" cite --format ris > "$out/citations.ris"
"${VERBATIM:-verbatim}" cite --format bibtex > "$out/citations.bib"
"${VERBATIM:-verbatim}" cite --format csv > "$out/citations.csv"
"${VERBATIM:-verbatim}" cite --format markdown --speaker "Thomas-Symonds" | tee "$out/citations.md"
