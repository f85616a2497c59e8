#!/usr/bin/env bash
# Who said a phrase? The words may be a fragment, or slightly misremembered.
set -euo pipefail
"${VERBATIM:-verbatim}" who-said "pretext to invade Gaza"
"${VERBATIM:-verbatim}" who-said "pretext to invade Gaza" --format json > "${OUT:-.}/who-said.json"
"${VERBATIM:-verbatim}" said-by "Mr Ali" --format json > "${OUT:-.}/said-by.json"
