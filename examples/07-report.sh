#!/usr/bin/env bash
# One self-contained HTML page: every document with its quotes highlighted per speaker.
set -euo pipefail
"${VERBATIM:-verbatim}" report --output "${OUT:-.}/report.html" --title "Rochdale and the examples"
