#!/usr/bin/env bash
# Load test of `verbatim serve` (a benchmark, not a CI test): 200 clients on loopback, 20 search
# requests each (4,000 in all, bounded in count and time), against a store of 1,000,000 generated
# claims; prints p50/p95/p99 latency and errors, for the search page and for /api/v1/who-said.
#   tools/serve-load.sh [STORE] [CLAIMS]
# STORE (default /tmp/verbatim-b1m.sqlite) is built by `verbatim-bench store` when it holds
# fewer than CLAIMS (default 1,000,000) claims. The queries are 4 to 8 words of random stored
# claims, one word changed in half of them for a word of another random stored claim (a
# misremembered wording, in the store's own words and as often as they are used, as
# `verbatim-bench store` asks): 8,000 different queries, each asked once. Besides latency it
# prints the server's CPU time a request (user + system, from /proc), which a busy machine
# inflates less than latency. wrk waits out its whole -d (120 s) even once every response is in.
# Needs a release build (swift build -c release; BIN=FOLDER names another build folder), wrk
# (apt-get install wrk) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-/tmp/verbatim-b1m.sqlite}
claims=${2:-1000000}
clients=200
per_client=20
total=$((clients * per_client))
bin=${BIN:-.build/release}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

"$bin/verbatim-bench" store "$store" --claims "$claims" --queries 20
work=$(mktemp -d)
trap 'kill "$server" 2> /dev/null || true; rm -rf "$work"' EXIT

python3 - "$store" "$work" "$total" <<'PY'
import random, sqlite3, sys, urllib.parse
store, work, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
count = db.execute("SELECT max(id) FROM claim").fetchone()[0]
rng = random.Random(21)
def claim():
    while True:
        row = db.execute("SELECT text FROM claim WHERE id = ?", (rng.randint(1, count),)).fetchone()
        if row:
            return row[0].split()
queries = set()
while len(queries) < 2 * total:
    words = claim()
    length = min(len(words), rng.randint(4, 8))
    start = rng.randint(0, len(words) - length)
    words = words[start:start + length]
    if rng.random() < 0.5:
        words[rng.randrange(len(words))] = rng.choice(claim())
    queries.add(urllib.parse.quote_plus(" ".join(words)))
queries = sorted(queries)
rng.shuffle(queries)
with open(f"{work}/search.txt", "w") as out:
    out.writelines(f"/search?q={q}\n" for q in queries[:total])
with open(f"{work}/who-said.txt", "w") as out:
    out.writelines(f"/api/v1/who-said?q={q}\n" for q in queries[total:])
PY

"$bin/verbatim" serve --store "$store" --port 0 --read-only 2> "$work/serve.log" &
server=$!
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | sed 's/.*://') || true
  [ -n "${port:-}" ] && break
  sleep 0.2
done
[ -n "${port:-}" ] || { cat "$work/serve.log" >&2; exit 1; }
# The server's CPU time so far (user + system), in milliseconds.
cpu() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$server/stat"; }
for kind in search who-said; do
  echo "== $kind: $clients clients x $per_client requests on 127.0.0.1:$port (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  before=$(cpu)
  PATHS_FILE="$work/$kind.txt" TOTAL=$total THREADS=2 \
    wrk -t2 -c"$clients" -d120s --timeout 10s --latency -s tools/serve-load.lua "http://127.0.0.1:$port" | tail -1
  used=$(($(cpu) - before))
  awk -v ms="$used" -v n="$total" \
    'BEGIN { printf "server CPU %.2f ms a request (%d ms for %d requests)\n", ms / n, ms, n }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
