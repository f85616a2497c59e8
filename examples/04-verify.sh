#!/usr/bin/env bash
# Verify "X said Y": the exit code is the verdict (0 verbatim, 2 altered, 3 misattributed,
# 4 paraphrase, 5 not found), so a script can act on it.
set -uo pipefail
expect() {
  local wanted=$1
  shift
  "${VERBATIM:-verbatim}" verify "$@"
  local code=$?
  [ "$code" -eq "$wanted" ] || { echo "expected exit code $wanted, got $code" >&2; exit 1; }
}
words="I do take what Councillor Ali has said at face value"
expect 0 --speaker "Nick Thomas-Symonds" "$words"
expect 3 --speaker "Azhar Ali" "$words"
expect 2 --speaker "Thomas-Symonds" "I do not take what Councillor Ali has said at face value"
expect 4 --speaker "Azhar Ali" "Israel had taken the October 7 Hamas assault as a pretext to invade Gaza"
"${VERBATIM:-verbatim}" verify --speaker "Azhar Ali" "$words" --format json > "${OUT:-.}/verify.json"
[ $? -eq 3 ] || exit 1
