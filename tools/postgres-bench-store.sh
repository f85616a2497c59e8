#!/usr/bin/env bash
# The PostgreSQL side of `verbatim-bench store` at a million claims (a benchmark, not a CI test):
# builds the generated claims in SQLite with `verbatim-bench store` (when the file holds fewer
# than CLAIMS), makes an empty PostgreSQL store with `verbatim` (its tables and migrations),
# loads each table's rows with psql's COPY (the claims' words, their counts and the GIN index are
# made by the store's own triggers as the rows arrive), then times who-said and said-by on both.
#   .ci/with-postgres tools/postgres-bench-store.sh [SQLITE] [CLAIMS] [QUERIES]
# Run it inside .ci/with-postgres (it reads VERBATIM_TEST_POSTGRES and makes a database `bench`
# there); a release build first (swift build -c release). Needs sqlite3 and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
sqlite=${1:-/tmp/verbatim-b1m.sqlite}
claims=${2:-1000000}
queries=${3:-500}
bin=${BIN:-.build/release}
server=${VERBATIM_TEST_POSTGRES:?run this inside .ci/with-postgres}
target=${server%/*}/bench

"$bin/verbatim-bench" store "$sqlite" --claims "$claims" --queries 1 > /dev/null
psql "$server" -qc "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
"$bin/verbatim" ingest "$empty" --store "$target" --quiet 2> /dev/null || true # makes the tables
for table in document document_link speaker speaker_key speaker_alias speaker_role speaker_identifier \
  claim mention claim_fingerprint claim_span; do
  columns=$(psql "$target" -Atc "SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position)
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '$table' AND column_name <> 'fts'")
  start=$(date +%s)
  sqlite3 -readonly -csv "$sqlite" "SELECT $columns FROM $table" | psql "$target" -qc "\\copy $table($columns) FROM STDIN CSV"
  echo "$table: $(psql "$target" -Atc "SELECT count(*) FROM $table") rows in $(($(date +%s) - start)) s" >&2
done
psql "$target" -qc "VACUUM ANALYZE"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL:"
"$bin/verbatim-bench" store "$target" --claims "$claims" --queries "$queries"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "SQLite:"
"$bin/verbatim-bench" store "$sqlite" --claims "$claims" --queries "$queries"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
