#!/usr/bin/env bash
# enrollment-service at the sizes its users reach, with the heap capped at 256 MB:
#   import   a CSV of 10,000 rows into one cohort (target: under 5 s)
#   export   the 99,990 enrollments a partner sees, streamed as CSV (target: under 3 s, heap < 256 MB)
#   page     a partner's page of 500 changes with 1,000,020 enrollments in the database (target: under 100 ms)
#
#   bench/enrollment/run.sh [--requests 50] [--reseed] [--build]
#
# It starts enrollment-service alone on 127.0.0.1:28282 with -Xmx256m (home target/bench-enrollment-home,
# database enrollment_bench_scale, seeded once from seed.sql) and stops it on exit. Results are printed and
# written to bench/results/enrollment-<timestamp>.txt.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export SANAD_HOME="$ROOT/target/bench-enrollment-home"
source "$ROOT/bin/lib/sanad.sh"

PORT=28282
# Its own database: the gateway benchmark drops and reseeds *_bench, enrollment_bench among them, with demo data.
DB=enrollment_bench_scale
BASE="http://127.0.0.1:$PORT/api/enrollment"
WORK="$SANAD_HOME/work"
RESULTS="$ROOT/bench/results"
requests=50 reseed="" build=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --requests) requests="${2:?}"; shift 2 ;;
    --reseed) reseed=1; shift ;;
    --build) build=1; shift ;;
    *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done

service_pid=""
sampler_pid=""
cleanup() {
  local rc=$?
  trap - EXIT
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
    kill -TERM "$service_pid"; wait "$service_pid" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT

pick_java
ensure_postgres
ensure_dev_keys
mkdir -p "$WORK" "$RESULTS"
JAR="$ROOT/enrollment-service/target/quarkus-app/quarkus-run.jar"
if [[ -n "$build" || ! -f "$JAR" ]]; then
  say "Building enrollment-service"
  (cd "$ROOT" && mvn -B -q -DskipTests package -pl enrollment-service -am)
fi
if [[ -n "$reseed" ]]; then psql_admin -c "DROP DATABASE IF EXISTS $DB" >/dev/null; fi
ensure_database "$DB"

say "Starting enrollment-service with -Xmx256m"
SANAD_JWT_ISSUER="$SANAD_DEV_ISSUER" SANAD_JWT_JWKS="file:$SANAD_HOME/keys/jwks.json" QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  SANAD_CERTIFICATION_URL=http://127.0.0.1:9 QUARKUS_LOG_LEVEL=WARN \
  "$JAVA_HOME/bin/java" -Xmx256m -Dquarkus.profile=local -jar "$JAR" > "$WORK/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.5; done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { tail -30 "$WORK/service.log"; die "not ready"; }

psql_db() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [[ "$(psql_db -c 'SELECT count(*) FROM enrollment')" -lt 1000000 ]]; then
  say "Seeding 1,000,020 enrollments (once; --reseed to redo)"
  time psql_db -f "$BENCH_DIR/seed.sql" > /dev/null
fi

registrar="$(mint_token registrar DGSN bench-registrar 3600)"
partner="$(mint_token partner MINUSMA bench-partner 3600)"
report="$RESULTS/enrollment-$(date -u +%Y%m%dT%H%M%SZ).txt"
out() { printf '%s\n' "$*" | tee -a "$report"; }
out "enrollment-service benchmark, $(date -u +%FT%TZ), $(nproc) cores, heap -Xmx256m, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
out "database: $(psql_db -c 'SELECT count(*) FROM enrollment') enrollments, $(psql_db -c 'SELECT count(*) FROM cohort') cohorts"

heap_max() { # samples the heap in use every 100 ms into $WORK/heap until killed
  while :; do
    curl -s "http://127.0.0.1:$PORT/q/metrics" | awk 'index($0, "jvm_memory_used_bytes{") == 1 && index($0, "area=\"heap\"") {s += $NF} END {printf "%d\n", s}' >> "$WORK/heap"
    sleep 0.1
  done
}

# --- import ---------------------------------------------------------------------------------------
for run in 1 2 3; do
  code="IMPORT-$(date +%s%N)"
  cohort="$(psql_db -c "INSERT INTO cohort (id, code, programme_code, programme_version, programme_title,
      min_attendance_percent, min_overall_score, certificate_kind, certificate_months, programme_snapshot,
      host_institution, location, start_date, end_date, session_days, capacity, language, status)
      VALUES (nextval('id_seq'), '$code', 'TOT-MIGRATION', 1, 'Bench', 80, 75, 'TRAINER', 36, '{}', 'DGSN',
      'Rabat', date '2026-01-05', date '2026-01-07', ARRAY[date '2026-01-05'], 10000, 'fr', 'OPEN') RETURNING id" | head -1)"
  csv="$WORK/import.csv"
  { echo "given_name,family_name,service_number,gender,rank,email"
    for i in $(seq 1 10000); do echo "Officer $i,Family $i,$code-$i,$([[ $((i % 3)) == 0 ]] && echo FEMALE || echo MALE),Officier,"; done
  } > "$csv"
  result="$(curl -s -o "$WORK/import.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $registrar" \
    -H 'Content-Type: text/csv' --data-binary "@$csv" "$BASE/cohorts/$cohort/enrollments/import")"
  out "import run $run: HTTP ${result% *}, 10,000 rows in ${result#* } s: $(cat "$WORK/import.json")"
done

# --- export ---------------------------------------------------------------------------------------
for run in 1 2 3; do
  : > "$WORK/heap"
  heap_max & sampler_pid=$!
  result="$(curl -s -o "$WORK/export.csv" -w '%{http_code} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $partner" "$BASE/exports/enrollments")"
  kill "$sampler_pid"; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""
  read -r status seconds bytes <<< "$result"
  out "export run $run: HTTP $status, $(( $(wc -l < "$WORK/export.csv") - 1 )) rows, $((bytes / 1024)) KB in $seconds s; heap in use peaked at $(( $(sort -n "$WORK/heap" | tail -1) / 1048576 )) MB (cap 256 MB)"
done

# --- partner pages --------------------------------------------------------------------------------
percentiles() {
  sort -n | awk '{a[NR]=$1} END {p50=int(NR*0.5); if (p50<1) p50=1; p99=int(NR*0.99); if (p99<1) p99=1;
    printf "p50 %.1f ms, p99 %.1f ms, max %.1f ms", a[p50]*1000, a[p99]*1000, a[NR]*1000}'
}
first="$BASE/changes?size=500"
middle_cursor="$(curl -s -H "Authorization: Bearer $partner" "$BASE/changes?size=500" | sed -E 's/.*"next":"([^"]+)".*/\1/')"
for i in $(seq 1 100); do
  middle_cursor="$(curl -s -H "Authorization: Bearer $partner" "$BASE/changes?size=500&cursor=$middle_cursor" | sed -E 's/.*"next":"([^"]+)".*/\1/')"
done
for shape in "first page|$first" "page 102 (after 50,500 changes)|$BASE/changes?size=500&cursor=$middle_cursor" \
             "cohort list page|$BASE/cohorts?size=500"; do
  name="${shape%%|*}" url="${shape#*|}"
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "Authorization: Bearer $partner" "$url"; done
  stats="$(for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $partner" "$url"; done | percentiles)"
  out "partner $name, 500 items: $stats over $requests requests"
done
out "results: $report"
