#!/usr/bin/env bash
# Proves on one machine that every service is correct with several replicas behind the gateway:
# two instances of each service on different ports, started at the same moment against the same
# databases (so their Flyway migrations race), and one gateway balancing over them. It shows that
#   1. seats are never oversold: 60 registrations, sent at once to both enrollment instances, for 20 seats;
#   2. the outbox delivers each completion exactly once while both enrollment instances relay;
#   3. the certificate log stays one chain while both certification instances issue at once;
#   4. the gateway spreads requests over the instances and stops sending to one that is killed.
#
#   bench/scale-out/run.sh
#
# Home target/scale-out-home, databases *_scale (dropped first), ports 31080 (gateway) and
# 31081-31083 / 31091-31093 (first / second instance of curriculum, enrollment, certification).
# Results are printed and written to bench/results/scale-out-<timestamp>.txt; exit 1 if a check fails.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export SANAD_HOME="$ROOT/target/scale-out-home"
source "$ROOT/bin/lib/sanad.sh"

SUFFIX=_scale
GATEWAY_PORT=31080
GW="http://127.0.0.1:$GATEWAY_PORT"
declare -A FIRST=([curriculum]=31081 [enrollment]=31082 [certification]=31083)
declare -A SECOND=([curriculum]=31091 [enrollment]=31092 [certification]=31093)
WORK="$SANAD_HOME/work"
LOGS="$SANAD_HOME/logs"
RESULTS="$ROOT/bench/results"
OUT="$RESULTS/scale-out-$(date -u +%Y%m%dT%H%M%SZ).txt"
declare -A PIDS=()
failures=0

cleanup() {
  local rc=$?
  trap - EXIT
  for name in "${!PIDS[@]}"; do kill -TERM "${PIDS[$name]}" 2>/dev/null || true; done
  for name in "${!PIDS[@]}"; do wait "${PIDS[$name]}" 2>/dev/null || true; done
  exit "$rc"
}
trap cleanup EXIT

report() { printf '%s\n' "$*" | tee -a "$OUT"; }
verdict() { # verdict DESCRIPTION CONDITION-RESULT(0/1)
  if [[ "$2" == 0 ]]; then report "  ok: $1"; else report "  FAILED: $1"; failures=$((failures + 1)); fi
}
psql_db() { psql_admin -d "$1$SUFFIX" -Atc "$2"; }

pick_java
ensure_postgres
ensure_dev_keys
mkdir -p "$WORK" "$LOGS" "$RESULTS"
for service in "${SANAD_SERVICES[@]}"; do
  [[ -f "$ROOT/$service-service/target/quarkus-app/quarkus-run.jar" ]] || { need_maven; (cd "$ROOT" && mvn -B -q -DskipTests package); break; }
done
[[ -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" ]] || { need_maven; (cd "$ROOT" && mvn -B -q -DskipTests package); }
for service in "${SANAD_SERVICES[@]}"; do
  psql_admin -c "DROP DATABASE IF EXISTS $service$SUFFIX WITH (FORCE)" >/dev/null
  ensure_database "$service$SUFFIX"
done

start() { # start NAME COMPONENT PORT [ENV...]
  local name="$1" component="$2" port="$3"; shift 3
  local jar="$ROOT/$component/target/quarkus-app/quarkus-run.jar"
  # The local profile trusts the development keys under SANAD_HOME; the variables below override its addresses.
  env "QUARKUS_HTTP_PORT=$port" "$@" "$JAVA_HOME/bin/java" -Xmx256m -Dquarkus.profile=local \
    -Dquarkus.config.locations="$SANAD_HOME/keys/development-keys.properties" -jar "$jar" > "$LOGS/$name.log" 2>&1 < /dev/null &
  PIDS[$name]=$!
}
service_env() { # service_env SERVICE CERTIFICATION-PORT
  local host="$PGHOST"; [[ "$host" == /* ]] && host=127.0.0.1
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$host:$PGPORT/$1$SUFFIX" "QUARKUS_DATASOURCE_USERNAME=$PGUSER" \
    "QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}" "SANAD_CURRICULUM_URL=http://127.0.0.1:${FIRST[curriculum]}" \
    "SANAD_CERTIFICATION_URL=http://127.0.0.1:$2" "SANAD_OUTBOX_INTERVAL=1s" "SANAD_PUBLIC_URL=$GW"
}

report "Sanad scale-out check, $(date -u +%FT%TZ), $(nproc) cores"
say "Starting two instances of each service at once, and the gateway"
for service in "${SANAD_SERVICES[@]}"; do
  # shellcheck disable=SC2046 # one word per variable
  start "$service-1" "$service-service" "${FIRST[$service]}" $(service_env "$service" "${FIRST[certification]}")
  # shellcheck disable=SC2046
  start "$service-2" "$service-service" "${SECOND[$service]}" $(service_env "$service" "${SECOND[certification]}")
done
urls() { echo "http://127.0.0.1:${FIRST[$1]},http://127.0.0.1:${SECOND[$1]}"; }
start gateway gateway "$GATEWAY_PORT" "SANAD_GATEWAY_CURRICULUM_URL=$(urls curriculum)" \
  "SANAD_GATEWAY_ENROLLMENT_URL=$(urls enrollment)" "SANAD_GATEWAY_CERTIFICATION_URL=$(urls certification)" \
  "SANAD_GATEWAY_PUBLIC_RATE_PER_SECOND=100000" "SANAD_GATEWAY_PUBLIC_RATE_BURST=100000" "SANAD_GATEWAY_HEALTH_INTERVAL=1s"
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready" 2>/dev/null; }
deadline=$((SECONDS + 180))
for port in "${FIRST[@]}" "${SECOND[@]}" "$GATEWAY_PORT"; do
  until ready "$port"; do
    (( SECONDS < deadline )) || { tail -n 20 "$LOGS"/*.log >&2; die "port $port not ready in 180 s"; }
    sleep 1
  done
done
migrations="$(for s in "${SANAD_SERVICES[@]}"; do psql_db "$s" "SELECT count(*) FROM flyway_schema_history WHERE success"; done | paste -sd/)"
report "all 7 processes ready; Flyway history rows (curriculum/enrollment/certification): $migrations"
verdict "both instances of each service migrated the same database at the same moment without error" \
  "$(grep -l -i 'migration.*failed\|FlywayException' "$LOGS"/*-[12].log >/dev/null 2>&1 && echo 1 || echo 0)"

SANAD_GATEWAY="$GW" "$ROOT/demo/load" > "$LOGS/demo.log" 2>&1 || { tail "$LOGS/demo.log" >&2; die "demo curriculum did not load"; }
admin="$("$ROOT/bin/token" admin --sub scale-out --ttl 1h)"
registrar="$("$ROOT/bin/token" registrar --institution DGSN --sub scale-out-registrar --ttl 1h)"
api() { # api TOKEN METHOD URL [BODY] -> body on stdout, fails on non-2xx
  local args=(-sS -f -X "$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json')
  [[ $# -ge 4 ]] && args+=(--data-binary "$4")
  curl "${args[@]}" "$3"
}
first_id() { grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2; }
new_cohort() { # new_cohort CODE CAPACITY -> id
  api "$registrar" POST "$GW/api/enrollment/cohorts" "{\"code\":\"$1\",\"programme\":{\"code\":\"TOT-MIGRATION\",\"version\":1},
    \"logistics\":{\"location\":\"Rabat\",\"startDate\":\"2025-09-01\",\"endDate\":\"2025-09-02\",
    \"sessionDays\":[\"2025-09-01\",\"2025-09-02\"],\"capacity\":$2,\"language\":\"fr\"}}" | first_id
}
move() { # move COHORT STATUS
  local etag; etag="$(curl -s -D - -o /dev/null -H "Authorization: Bearer $admin" "$GW/api/enrollment/cohorts/$1" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
  curl -sS -f -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    -d "{\"status\":\"$2\"}" "$GW/api/enrollment/cohorts/$1/status"
}
participants_csv() { # participants_csv COUNT PREFIX
  echo "given_name,family_name,institution,service_number,rank,gender"
  for i in $(seq 1 "$1"); do echo "Agent$i,$2,DGSN,$2-$i,Officier de paix,FEMALE"; done
}

say "1. Sixty registrations at once for twenty seats, across both enrollment instances"
report "1. seats"
cohort="$(new_cohort SCALE-SEATS 20)"
move "$cohort" OPEN
: > "$WORK/participants"
for i in $(seq 1 60); do
  api "$registrar" POST "$GW/api/enrollment/participants" \
    "{\"givenName\":\"Seat$i\",\"familyName\":\"Test\",\"institution\":\"DGSN\",\"serviceNumber\":\"SEAT-$i-$RANDOM\",\"gender\":\"MALE\"}" \
    | first_id >> "$WORK/participants"
done
i=0
while read -r participant; do
  port=$(( i % 2 == 0 ? ${FIRST[enrollment]} : ${SECOND[enrollment]} )); i=$((i + 1))
  echo "$port $participant"
done < "$WORK/participants" | xargs -P 30 -n 2 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -X POST \
  -H "Authorization: Bearer '"$registrar"'" -H "Content-Type: application/json" \
  -d "{\"participantId\":$1}" "http://127.0.0.1:$0/api/enrollment/cohorts/'"$cohort"'/enrollments"' > "$WORK/enroll-status"
confirmed="$(psql_db enrollment "SELECT count(*) FROM enrollment WHERE cohort_id = $cohort AND status = 'CONFIRMED'")"
waitlisted="$(psql_db enrollment "SELECT count(*) FROM enrollment WHERE cohort_id = $cohort AND status = 'WAITLISTED'")"
report "  answers: $(sort "$WORK/enroll-status" | uniq -c | tr -s ' ' | paste -sd,); confirmed $confirmed, waitlisted $waitlisted"
verdict "exactly 20 confirmed, 40 waitlisted" "$([[ $confirmed == 20 && $waitlisted == 40 ]] && echo 0 || echo 1)"

say "2. A cohort of 150 completes; both enrollment instances relay its completions"
report "2. outbox"
cohort="$(new_cohort SCALE-OUTBOX 150)"
participants_csv 150 "OUTBOX$RANDOM" > "$WORK/outbox.csv"
curl -sS -f -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv; charset=UTF-8' \
  --data-binary "@$WORK/outbox.csv" "$GW/api/enrollment/cohorts/$cohort/enrollments/import"
move "$cohort" OPEN; move "$cohort" IN_PROGRESS
mapfile -t enrollments < <(psql_db enrollment "SELECT id FROM enrollment WHERE cohort_id = $cohort ORDER BY id")
marks() { local out="" e; for e in "${enrollments[@]}"; do out+="${out:+,}{\"enrollmentId\":$e,$1}"; done; echo "[$out]"; }
for day in 2025-09-01 2025-09-02; do api "$admin" PUT "$GW/api/enrollment/cohorts/$cohort/attendance/$day" "$(marks '"present":true')" > /dev/null; done
for module in MIGRANT-RIGHTS MIGRATION-FRAMEWORKS TREATY-BODY-ENGAGEMENT MIGRATION-CASES; do
  api "$admin" PUT "$GW/api/enrollment/cohorts/$cohort/assessments/$module" "$(marks '"score":88')" > /dev/null
done
move "$cohort" COMPLETED
deadline=$((SECONDS + 120))
until [[ "$(psql_db enrollment "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL")" == 0 ]]; do
  (( SECONDS < deadline )) || break
  sleep 1
done
read -r events delivered once <<< "$(psql_db enrollment "SELECT count(*), count(delivered_at), count(*) FILTER (WHERE attempts = 1) FROM outbox_event" | tr '|' ' ')"
receipts="$(psql_db certification "SELECT count(*) FROM completion_receipt")"
issued="$(psql_db certification "SELECT count(*) FROM certificate WHERE source_event_id IS NOT NULL")"
metric() { curl -s "http://127.0.0.1:$1/q/metrics" | awk -v m="$2" 'index($0, m) == 1 { s += $NF } END { printf "%d", s }'; }
sent_1="$(metric "${FIRST[enrollment]}" sanad_outbox_delivered_total)"; sent_2="$(metric "${SECOND[enrollment]}" sanad_outbox_delivered_total)"
repeats="$(( $(metric "${FIRST[certification]}" 'sanad_completions_received_total{outcome="ISSUED",repeated="true"') \
  + $(metric "${SECOND[certification]}" 'sanad_completions_received_total{outcome="ISSUED",repeated="true"') ))"
report "  events $events, delivered $delivered, sent on the first attempt $once; delivered by instance 1: $sent_1, by instance 2: $sent_2"
report "  certification-service: $receipts receipts, $issued certificates, $repeats repeated deliveries"
verdict "every completion delivered exactly once" "$([[ $events == 150 && $delivered == 150 && $once == 150 && $receipts == 150 && $issued == 150 && $repeats == 0 ]] && echo 0 || echo 1)"

say "3. Both certification instances issue at the same time"
report "3. log"
batch() { # batch SEED -> JSON of 250 certificates
  awk -v seed="$1" 'BEGIN { printf "{\"certificates\":["; for (i = 0; i < 250; i++) { if (i) printf ",";
    printf "{\"holder\":{\"givenName\":\"Agent %s-%d\",\"familyName\":\"Keita\",\"institution\":\"PN-MALI\"},", seed, i;
    printf "\"programme\":{\"code\":\"JUDICIAL-POLICE-IHRL\",\"version\":1,\"title\":\"Police judiciaire\",\"kind\":\"TRAINER\",\"validityMonths\":36,\"standards\":[]},";
    printf "\"training\":{\"location\":\"Bamako\",\"startDate\":\"2025-03-03\",\"endDate\":\"2025-03-14\"},\"issuingInstitutions\":[\"PN-MALI\"]}" }
    printf "]}" }'
}
for n in 1 2 3 4 5 6 7 8; do batch "$n" > "$WORK/batch-$n.json"; done
batches=()
for n in 1 2 3 4 5 6 7 8; do
  port=$(( n % 2 == 0 ? ${FIRST[certification]} : ${SECOND[certification]} ))
  curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    --data-binary "@$WORK/batch-$n.json" "http://127.0.0.1:$port/api/certification/certificates/batch" >> "$WORK/batch-status" &
  batches+=($!)
done
for job in "${batches[@]}"; do wait "$job" || true; done
auditor="$("$ROOT/bin/token" auditor --ttl 10m)"
curl -s -H "Authorization: Bearer $auditor" "$GW/api/certification/log/audit" > "$WORK/audit.json"
entries="$(grep -o '"entriesChecked":[0-9]*' "$WORK/audit.json" | cut -d: -f2)"
certificates="$(psql_db certification "SELECT count(*) FROM certificate")"
consistent="$(grep -o '"consistent":[a-z]*' "$WORK/audit.json" | cut -d: -f2)"
report "  batches answered: $(sort "$WORK/batch-status" | uniq -c | tr -s ' ' | paste -sd,); $certificates certificates, $entries log entries, audit consistent: $consistent"
"$ROOT/bin/verify-log" --url "$GW" --token "$auditor" > "$WORK/verify-log.out" 2>&1 && outside=0 || outside=1
report "  bin/verify-log: $(tail -n 1 "$WORK/verify-log.out")"
verdict "one consistent chain: $certificates issuances, every one logged" "$([[ $consistent == true && $entries == "$certificates" && $outside == 0 && $certificates == 2150 ]] && echo 0 || echo 1)"

say "4. The gateway balances, and a killed instance costs no request"
report "4. balancing"
mapfile -t codes < <(psql_db certification "SELECT verification_code FROM certificate ORDER BY random() LIMIT 50")
served() { metric "$1" 'http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/verify/{code}"'; }
load() { # load COUNT -> status codes, one per line
  for i in $(seq 1 "$1"); do echo "${codes[$(( i % ${#codes[@]} ))]}"; done \
    | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H 'Accept: application/json' "$GW/verify/{}"
}
before_1="$(served "${FIRST[certification]}")"; before_2="$(served "${SECOND[certification]}")"
load 600 > "$WORK/load-1"
after_1="$(served "${FIRST[certification]}")"; after_2="$(served "${SECOND[certification]}")"
report "  600 verifications: $(sort "$WORK/load-1" | uniq -c | tr -s ' ' | paste -sd,); instance 1 served $((after_1 - before_1)), instance 2 served $((after_2 - before_2))"
verdict "both instances served" "$([[ $((after_1 - before_1)) -gt 100 && $((after_2 - before_2)) -gt 100 ]] && echo 0 || echo 1)"
load 1500 > "$WORK/load-2" &
loader=$!
sleep 1
kill -9 "${PIDS[certification-2]}"; unset 'PIDS[certification-2]'
wait "$loader"
failed="$(grep -cv '^200$' "$WORK/load-2" || true)"
report "  1,500 verifications with instance 2 killed (SIGKILL) one second in: $(sort "$WORK/load-2" | uniq -c | tr -s ' ' | paste -sd,)"
verdict "no request failed, not even those in flight on the killed instance ($failed failed)" "$([[ $failed == 0 ]] && echo 0 || echo 1)"
load 300 > "$WORK/load-3"
report "  300 more afterwards: $(sort "$WORK/load-3" | uniq -c | tr -s ' ' | paste -sd,)"
verdict "afterwards every request is answered" "$(grep -qv '^200$' "$WORK/load-3" && echo 1 || echo 0)"

report "results: $OUT"
(( failures == 0 )) || die "$failures check(s) failed"
