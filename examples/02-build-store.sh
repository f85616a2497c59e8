#!/usr/bin/env bash
# Build a store from folders: the seeds and the example inputs (a news page, TEI, Hansard, NITF…).
# The store is $VERBATIM_STORE (run-all.sh sets it), else ./verbatim.sqlite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"${VERBATIM:-verbatim}" ingest "$root/seeds" "$root/examples/inputs" --quiet
"${VERBATIM:-verbatim}" speakers list | head -n 8
