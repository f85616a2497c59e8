#!/usr/bin/env bash
# Runs every example in order, each against the store the one before built.
#   VERBATIM=path/to/verbatim OUT=folder examples/run-all.sh
# VERBATIM defaults to `verbatim` on the PATH; OUT (where outputs go) to a new temporary folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export VERBATIM=${VERBATIM:-verbatim}
export OUT=${OUT:-$(mktemp -d)}
export VERBATIM_STORE=$OUT/verbatim.sqlite
rm -f "$VERBATIM_STORE"*
for example in "$here"/[0-9][0-9]-*.sh; do
  echo "== examples/$(basename "$example")"
  bash "$example"
done
echo "== outputs in $OUT"
