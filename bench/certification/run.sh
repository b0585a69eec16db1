#!/usr/bin/env bash
# certification-service at the sizes its users reach:
#   issue    10,000 certificates in bulk (signed, stored, logged), twice: cold JVM, then warm
#            (target: 1,000 per second or better)
#   grow     to 100,000 certificates, 1 % of them revoked
#   status   the revocation status list for 100,000 certificates (target: a few kilobytes compressed)
#   verify   public verification by code through the gateway and direct, with wrk, random codes
#            (target: thousands of requests per second through the gateway)
#
#   bench/certification/run.sh [--batch 1000] [--duration 20s] [--connections 32]
#
# It starts the whole platform with bin/run on ports 29080-29083 (home target/bench-certification-home,
# databases *_cbench, dropped first) with the gateway's per-client limit on public routes lifted:
# every request here comes from one address. Results are printed and written to
# bench/results/certification-<timestamp>.txt.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export SANAD_HOME="$ROOT/target/bench-certification-home"
export SANAD_PORT_BASE=29080 SANAD_DB_SUFFIX=_cbench
# One client address sends everything: without this the gateway would answer 429 after 60 requests.
export SANAD_GATEWAY_PUBLIC_RATE_PER_SECOND=1000000 SANAD_GATEWAY_PUBLIC_RATE_BURST=1000000
source "$ROOT/bin/lib/sanad.sh"

GW="http://127.0.0.1:$SANAD_PORT_BASE"
SERVICE="http://127.0.0.1:$((SANAD_PORT_BASE + 3))"
WORK="$SANAD_HOME/bench"
RESULTS="$ROOT/bench/results"
batch=1000 duration=20s connections=32
while [[ $# -gt 0 ]]; do
  case "$1" in
    --batch) batch="${2:?}"; shift 2 ;;
    --duration) duration="${2:?}"; shift 2 ;;
    --connections) connections="${2:?}"; shift 2 ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done

started=""
cleanup() {
  local rc=$?
  trap - EXIT
  [[ -n "$started" ]] && "$ROOT/bin/run" stop >/dev/null 2>&1 || true
  exit "$rc"
}
trap cleanup EXIT

pick_java
command -v wrk >/dev/null || { say "Installing wrk (Debian's wrk package)"; apt_install wrk; }
ensure_postgres
mkdir -p "$WORK" "$RESULTS"
for name in "${SANAD_SERVICES[@]}"; do
  psql_admin -c "DROP DATABASE IF EXISTS $name$SANAD_DB_SUFFIX WITH (FORCE)" >/dev/null
done
say "Starting the platform on ports $SANAD_PORT_BASE-$((SANAD_PORT_BASE + 3)) (log: $WORK/bin-run.log)"
started=1
"$ROOT/bin/run" start > "$WORK/bin-run.log" 2>&1 || { tail -n 30 "$WORK/bin-run.log" >&2; die "the platform did not start"; }
admin="$("$ROOT/bin/token" admin --sub bench-certification --ttl 2h)"

OUT="$RESULTS/certification-$(date -u +%Y%m%dT%H%M%SZ).txt"
report() { printf '%s\n' "$*" | tee -a "$OUT"; }
report "certification-service benchmark, $(date -u +%FT%TZ), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"

# One batch body of $batch certificates for past trainings of the Mali judicial police (ids vary per batch).
write_batch() { # write_batch FILE SEED
  awk -v n="$batch" -v seed="$2" 'BEGIN {
    printf "{\"certificates\":["
    for (i = 0; i < n; i++) {
      if (i) printf ","
      printf "{\"holder\":{\"givenName\":\"Officier %d-%d\",\"familyName\":\"Keita\",\"institution\":\"PN-MALI\",", seed, i
      printf "\"serviceNumber\":\"PN-%d-%d\",\"language\":\"fr\"},", seed, i
      printf "\"programme\":{\"code\":\"JUDICIAL-POLICE-IHRL\",\"version\":1,\"title\":\"Police judiciaire et droits humains\","
      printf "\"kind\":\"TRAINER\",\"validityMonths\":36,\"standards\":["
      printf "{\"provision\":\"ICCPR-9\",\"instrument\":\"ICCPR\",\"shortTitle\":\"Liberty and security of person\"},"
      printf "{\"provision\":\"UNCAT-11\",\"instrument\":\"UNCAT\",\"shortTitle\":\"Review of custody arrangements\"}]},"
      printf "\"training\":{\"cohortCode\":\"JP-MALI-%d\",\"location\":\"Bamako\",\"startDate\":\"2025-03-03\",\"endDate\":\"2025-03-14\"},", seed
      printf "\"issuingInstitutions\":[\"PN-MALI\",\"MINUSMA\"]}"
    }
    printf "]}"
  }' > "$1"
}

issue() { # issue COUNT LABEL -> prints certificates per second
  local count="$1" label="$2" batches i start end status
  batches=$(( count / batch ))
  for i in $(seq 1 "$batches"); do write_batch "$WORK/batch-$i.json" "$RANDOM$i"; done
  start=$(date +%s.%N)
  for i in $(seq 1 "$batches"); do
    status="$(curl -s -o "$WORK/issued-$i.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $admin" \
      -H 'Content-Type: application/json' --data-binary "@$WORK/batch-$i.json" "$GW/api/certification/certificates/batch")"
    [[ "$status" == 201 ]] || { cat "$WORK/issued-$i.json" >&2; die "batch $i: HTTP $status"; }
  done
  end=$(date +%s.%N)
  awk -v n="$count" -v s="$start" -v e="$end" -v l="$label" \
    'BEGIN { printf "%s: %d certificates in %.2f s = %.0f per second (batches of '"$batch"', through the gateway)\n", l, n, e - s, n / (e - s) }' | tee -a "$OUT"
  cat "$WORK"/issued-*.json | grep -o '"verificationCode":"[A-Z2-7]*"' | cut -d'"' -f4 >> "$WORK/codes"
  grep -ho '"id":"[0-9a-f-]*"' "$WORK"/issued-*.json | cut -d'"' -f4 >> "$WORK/ids"
  rm -f "$WORK"/batch-*.json "$WORK"/issued-*.json
}

: > "$WORK/codes"; : > "$WORK/ids"
say "Bulk issuance"
issue 10000 "issue run 1 (cold JVM)"
issue 10000 "issue run 2 (warm)"

say "Growing to 100,000 certificates"
issue 80000 "grow to 100,000"
total="$(wc -l < "$WORK/ids")"
say "Revoking 1 % of them"
shuf -n $(( total / 100 )) "$WORK/ids" > "$WORK/revoke"
start=$(date +%s.%N)
while read -r id; do
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"reason":"ISSUED_IN_ERROR","note":"benchmark"}' "$GW/api/certification/certificates/$id/revocation"
done < "$WORK/revoke"
end=$(date +%s.%N)
awk -v n="$(wc -l < "$WORK/revoke")" -v s="$start" -v e="$end" \
  'BEGIN { printf "revocations: %d one at a time in %.1f s (%.1f ms each, curl start-up included)\n", n, e - s, 1000 * (e - s) / n }' | tee -a "$OUT"

say "Status list"
# Each issuer publishes its own lists; these certificates are PN-MALI's (co-issued with MINUSMA).
list_url="$GW/verify/status-lists/PN-MALI/revocation/0"
read -r answered first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Accept: application/vc+jwt' "$list_url")
[[ "$answered" == 200 ]] || die "GET $list_url answered $answered"
again="$(curl -s -o /dev/null -w '%{time_total}' -H 'Accept: application/vc+jwt' "$list_url")"
plain="$(curl -s -H 'Accept: application/vc+jwt' "$list_url" | wc -c)"
gzipped="$(curl -s -H 'Accept: application/vc+jwt' -H 'Accept-Encoding: gzip' "$list_url" | wc -c)"
json="$(curl -s -H 'Accept: application/json' "$list_url" | wc -c)"
report "status list for $total certificates, $(wc -l < "$WORK/revoke") revoked: VC-JWT $plain bytes ($gzipped bytes with HTTP gzip), JSON $json bytes"
report "status list fetch: $first s after a change (rebuilt and signed), $again s when unchanged (cached)"

say "Public verification by code ($duration per target, $connections connections)"
cat > "$WORK/verify.lua" <<LUA
local codes = {}
for line in io.lines("$WORK/codes") do codes[#codes + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/verify/" .. codes[math.random(#codes)], { ["Accept"] = "application/json" })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.errors.timeout))
end
LUA
measure() { # measure LABEL BASE
  wrk -t2 -c"$connections" -d10s -s "$WORK/verify.lua" "$2" > /dev/null 2>&1 || true   # warm-up
  wrk -t2 -c"$connections" -d"$duration" -s "$WORK/verify.lua" "$2" | grep '^RESULT' | \
    awk -v l="$1" '{ printf "verify by code, %s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d, timeouts %d\n", l, $2, $3, $4, $5, $6 }' | tee -a "$OUT"
}
measure "through the gateway" "$GW"
measure "direct to the service" "$SERVICE"

admin_audit="$(curl -s -o "$WORK/audit.json" -w '%{time_total}' -H "Authorization: Bearer $("$ROOT/bin/token" auditor --ttl 10m)" \
  "$GW/api/certification/log/audit")"
report "log audit of $(grep -o '"entriesChecked":[0-9]*' "$WORK/audit.json" | cut -d: -f2) entries: $admin_audit s, consistent: $(grep -o '"consistent":[a-z]*' "$WORK/audit.json" | cut -d: -f2)"
report "results: $OUT"
