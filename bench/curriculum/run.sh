#!/usr/bin/env bash
# Latency of curriculum-service's coverage matrix and module search at scale: a programme of 30 modules
# measured against an instrument of 300 provisions, and module search over 10,000 module versions.
# Target: each query shape answers in under 50 ms at the service (judged on p99).
#
#   bench/curriculum/run.sh [--requests 300] [--warmup 200] [--role admin] [--reseed] [--build] [--strict]
#
# --requests  measured requests per query shape, one at a time on one keep-alive connection (default 300)
# --warmup    unmeasured requests per query shape before any is measured, for the JIT (default 200)
# --role      role of the token sent (default admin: sees drafts too; e.g. trainer sees published only)
# --reseed    drop the benchmark's database first and load the data again
# --build     build curriculum-service from the working tree into the benchmark's own directory even
#             if curriculum-service/target holds an up-to-date jar
# --strict    exit 3 when a shape misses the target (default: report it, exit 0)
#
# It starts curriculum-service alone on 127.0.0.1:28181 (home target/bench-curriculum-home, database
# curriculum_bench_scale, seeded once from seed.sql), and stops it on exit, Ctrl-C or failure. Results
# are printed and written to bench/results/curriculum-<timestamp>.txt.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"

# Never the developer's platform, nor the gateway benchmark's (which drops the *_bench databases).
export SANAD_HOME="$ROOT/target/bench-curriculum-home"
unset SANAD_JWT_AUDIENCE
# shellcheck source=../../bin/lib/sanad.sh
source "$ROOT/bin/lib/sanad.sh"

PORT=28181
DB=curriculum_bench_scale
BASE="http://127.0.0.1:$PORT/api/curriculum"
WORK="$SANAD_HOME/bench"
RESULTS_DIR="$ROOT/bench/results"
TARGET_MS=50

usage() { sed -n '6,15p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# --- Parameters ---------------------------------------------------------------------------------------
requests=300 warmup=200 role=admin reseed="" build="" strict=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --requests) requests="${2:?--requests needs a value}"; shift 2 ;;
    --warmup) warmup="${2:?--warmup needs a value}"; shift 2 ;;
    --role) role="${2:?--role needs a value}"; shift 2 ;;
    --reseed) reseed=1; shift ;;
    --build) build=1; shift ;;
    --strict) strict=1; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[[ "$requests" =~ ^[0-9]+$ ]] && (( requests >= 20 && requests <= 5000 )) || die "--requests: between 20 and 5000"
[[ "$warmup" =~ ^[0-9]+$ ]] && (( warmup <= 5000 )) || die "--warmup: between 0 and 5000"
case "$role" in
  admin|curriculum-author) statuses='{DRAFT,IN_REVIEW,PUBLISHED,RETIRED}' ;;
  registrar|trainer|partner|auditor|service) statuses='{PUBLISHED,RETIRED}' ;;
  *) die "--role: admin, curriculum-author, registrar, trainer, partner, auditor or service" ;;
esac

# --- Clean-up: the service started here is stopped on any exit ----------------------------------------
service_pid=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
    say "Stopping curriculum-service (pid $service_pid)"
    kill -TERM "$service_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$service_pid" 2>/dev/null && kill -KILL "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  rm -f "$WORK/curl-headers"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
psql_bench() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -v ON_ERROR_STOP=1 -X -q "$@"; }

# --- Tools ------------------------------------------------------------------------------------------
pick_java
command -v curl >/dev/null || { say "Installing curl"; apt_install curl; }
command -v jq >/dev/null || { say "Installing jq"; apt_install jq; }
command -v openssl >/dev/null || { say "Installing openssl"; apt_install openssl; }
mkdir -p "$WORK"
port_open "$PORT" && die "port $PORT is already in use (another run of this benchmark?)"

# --- The jar ----------------------------------------------------------------------------------------
# curriculum-service/target's jar when it is newer than every source it is built from (bin/run's rule).
# Otherwise the benchmark builds its own from the working tree, in its own directory: a developer's
# platform may be running from curriculum-service/target, and is not rebuilt under its feet.
shared_jar="$ROOT/curriculum-service/target/quarkus-app/quarkus-run.jar"
sources=("$ROOT/curriculum-service/src/main" "$ROOT/curriculum-service/pom.xml" "$ROOT/common/src/main" "$ROOT/common/pom.xml" "$ROOT/pom.xml")
if [[ -z "$build" && -f "$shared_jar" && -z "$(find "${sources[@]}" -newer "$shared_jar" -print -quit 2>/dev/null)" ]]; then
  jar="$shared_jar"; jar_origin="curriculum-service/target (up to date with the sources)"
else
  build_dir="$SANAD_HOME/build"
  fingerprint="$(cd "$ROOT" && find pom.xml common curriculum-service enrollment-service certification-service gateway \
      -path '*/target' -prune -o -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
  jar="$build_dir/curriculum-service/target/quarkus-app/quarkus-run.jar"
  if [[ -f "$jar" && "$(cat "$build_dir/.fingerprint" 2>/dev/null)" == "$fingerprint" ]]; then
    say "Using the benchmark's own build of the current sources ($fingerprint)"
  else
    say "Building curriculum-service from the working tree into ${build_dir#"$ROOT"/} (log: $WORK/build.log)"
    need_maven
    rm -rf "$build_dir"; mkdir -p "$build_dir"
    (cd "$ROOT" && tar --exclude='*/target' -cf - pom.xml common curriculum-service enrollment-service certification-service gateway) \
      | tar -C "$build_dir" -xf -
    (cd "$build_dir" && mvn -B -q -DskipTests package -pl curriculum-service -am) > "$WORK/build.log" 2>&1 \
      || { tail -n 30 "$WORK/build.log" >&2; die "the build failed"; }
    printf '%s\n' "$fingerprint" > "$build_dir/.fingerprint"
  fi
  jar_origin="own build of the working tree, ${build_dir#"$ROOT"/}"
fi

# --- Database and service ---------------------------------------------------------------------------
ensure_postgres
if [[ -n "$reseed" ]]; then
  say "Dropping $DB (--reseed)"
  psql_admin -c "drop database if exists $DB with (force)" >/dev/null
fi
ensure_database "$DB"
ensure_dev_keys

say "Starting curriculum-service on 127.0.0.1:$PORT against $DB (log: $WORK/curriculum.log)"
pg_host="$PGHOST"; [[ "$pg_host" == /* ]] && pg_host=127.0.0.1
env QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pg_host:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    SANAD_JWT_ISSUER="$SANAD_DEV_ISSUER" SANAD_JWT_JWKS="file:$SANAD_HOME/keys/jwks.json" \
    "$JAVA_HOME/bin/java" -Xmx384m -Dquarkus.profile=local -jar "$jar" > "$WORK/curriculum.log" 2>&1 < /dev/null &
service_pid=$!
deadline=$((SECONDS + 180))
until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; do
  kill -0 "$service_pid" 2>/dev/null || { tail -n 30 "$WORK/curriculum.log" >&2; die "curriculum-service exited during start-up"; }
  (( SECONDS < deadline )) || { tail -n 30 "$WORK/curriculum.log" >&2; die "curriculum-service not ready after 180 s"; }
  sleep 0.5
done

# --- Data: loaded once, kept between runs -----------------------------------------------------------
# What seed.sql leaves: 3000 BENCH modules and the instruments BENCH and BENCH-UNUSED.
seeded="$(psql_bench -tAc "select (select count(*) from module where code like 'BENCH-M%') || '/' ||
  (select count(*) from instrument where code in ('BENCH', 'BENCH-UNUSED'))")"
if [[ "$seeded" == 0/0 ]]; then
  say "Loading the benchmark data (seed.sql; about half a minute)"
  psql_bench -1 -f "$BENCH_DIR/seed.sql" > "$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; die "seed.sql failed"; }
  psql_bench -c "vacuum (analyze) instrument, provision, module, module_version, objective, alignment, programme, programme_version, programme_module" \
    || die "vacuum analyze failed"
elif [[ "$seeded" != 3000/2 ]]; then
  die "$DB holds other benchmark data than seed.sql makes (BENCH modules/instruments: $seeded, expected 3000/2): run with --reseed"
else
  say "Benchmark data present in $DB (--reseed loads it again)"
fi
read -r n_versions n_published n_objectives n_alignments < <(psql_bench -tA -F' ' -c "
  select (select count(*) from module_version), (select count(*) from module_version where status = 'PUBLISHED'),
         (select count(*) from objective), (select count(*) from alignment)")
pv_id="$(psql_bench -tAc "select pv.id from programme_version pv join programme p on p.id = pv.programme_id where p.code = 'BENCH-30' and pv.number = 1")"
bench_instrument_id="$(psql_bench -tAc "select id from instrument where code = 'BENCH'")"
[[ -n "$pv_id" && -n "$bench_instrument_id" ]] || die "BENCH-30 or BENCH missing in $DB: run with --reseed"

# --- Query shapes -----------------------------------------------------------------------------------
# name | path (under /api/curriculum) | prepared statement of prepare.sql with its arguments
b64url_of() { printf "$1" "${@:2}" | b64url; }
deep_cursor="$(b64url_of 'v1\037%s\037%s' BENCH-M2700 1)"   # the page after BENCH-M2700 v1, ~90% down the list
SHAPES=(coverage q-common q-rare track-language provision-hot provision-rare instrument-hot instrument-rare instrument-unused deep-page)
declare -A path stmt
path[coverage]="/programmes/BENCH-30/versions/1/coverage?instrument=BENCH"
stmt[coverage]="cov_cells($pv_id, $bench_instrument_id)"
path[q-common]="/modules?q=custody&size=50"
stmt[q-common]="search_text('$statuses', 'custody', 'custody', 51)"
path[q-rare]="/modules?q=polygraph&size=50"
stmt[q-rare]="search_text('$statuses', 'polygraph', 'polygraph', 51)"
path[track-language]="/modules?track=SPECIALIZED&language=fr&size=50"
stmt[track-language]="search_track_language('$statuses', 'SPECIALIZED', 'fr', 51)"
path[provision-hot]="/modules?provision=UNCAT-10&size=50"
stmt[provision-hot]="search_provision('$statuses', 'UNCAT-10', 51)"
path[provision-rare]="/modules?provision=PEI-3&size=50"
stmt[provision-rare]="search_provision('$statuses', 'PEI-3', 51)"
path[instrument-hot]="/modules?instrument=UNCAT&size=50"
stmt[instrument-hot]="search_instrument('$statuses', 'UNCAT', 51)"
path[instrument-rare]="/modules?instrument=IHL&size=50"
stmt[instrument-rare]="search_instrument('$statuses', 'IHL', 51)"
path[instrument-unused]="/modules?instrument=BENCH-UNUSED&size=50"
stmt[instrument-unused]="search_instrument('$statuses', 'BENCH-UNUSED', 51)"
path[deep-page]="/modules?size=50&cursor=$deep_cursor"
stmt[deep-page]="search_after('$statuses', 'BENCH-M2700', 1, 51)"

# --- Token and checks -------------------------------------------------------------------------------
token="$(mint_token "$role" "" bench-curriculum 7200)"
( umask 077; printf 'header = "Authorization: Bearer %s"\n' "$token" > "$WORK/curl-headers" )
get() { curl -sS --max-time 10 -K "$WORK/curl-headers" -o "$2" -w '%{http_code}' "$BASE$1" || echo 000; }

say "Checking each query shape's answer"
declare -A matches
for shape in "${SHAPES[@]}"; do
  code="$(get "${path[$shape]}" "$WORK/check.json")"
  [[ "$code" == 200 ]] || { head -c 400 "$WORK/check.json" >&2; echo >&2; die "$shape: GET ${path[$shape]} answers $code"; }
  if [[ "$shape" == coverage ]]; then
    read -r cols rows gaps covered < <(jq -r '[(.modules | length), (.rows | length), (.gaps | length), .totals.covered] | @tsv' "$WORK/check.json")
    [[ "$cols" == 30 && "$rows" == 300 && "$gaps" -gt 0 ]] || die "coverage: $cols modules, $rows rows, $gaps gaps (expected 30, 300, some)"
    cells="$(jq '[.rows[].cells | length] | add' "$WORK/check.json")"
    matches[$shape]="30 modules x 300 provisions, $cells cells, $covered covered, $gaps gaps; $(( $(wc -c < "$WORK/check.json") / 1024 )) KiB of JSON"
  else
    jq -r '.items[] | "\(.code)@\(.version)"' "$WORK/check.json" > "$WORK/api.txt"
    # Every shape finds module versions, but the instrument no module carries.
    if [[ "$shape" == instrument-unused ]]; then [[ ! -s "$WORK/api.txt" ]] || die "$shape: module versions found"
    else [[ -s "$WORK/api.txt" ]] || die "$shape: no module versions found"; fi
    # The prepared statement must return what the API returned, else the EXPLAIN below says nothing.
    psql_bench -tA -F@ -f "$BENCH_DIR/prepare.sql" -c "EXECUTE ${stmt[$shape]}" > "$WORK/sql-rows.txt"
    head -n 50 "$WORK/sql-rows.txt" | cut -d@ -f1,2 > "$WORK/sql.txt"
    first="$(head -n1 "$WORK/api.txt")"
    cmp -s "$WORK/api.txt" "$WORK/sql.txt" || die "$shape: prepare.sql's statement does not return what the API returns (out of step with ModuleSearch?)"
    matches[$shape]="$(wc -l < "$WORK/api.txt") items, first ${first:-none}, next page: $(jq -r 'if .next then "yes" else "no" end' "$WORK/check.json")"
  fi
  echo "   $shape: ${matches[$shape]}"
done

# --- Measuring --------------------------------------------------------------------------------------
# One curl per batch: each request in turn on one keep-alive connection, timed by curl (time_total:
# from sending the request to the last byte of the answer), answers discarded.
curl_config() { # SHAPE COUNT -> a curl config asking COUNT times for SHAPE ("all": round robin)
  local shape="$1" count="$2" i s
  for ((i = 0; i < count; i++)); do
    if [[ "$shape" == all ]]; then for s in "${SHAPES[@]}"; do printf 'url = "%s"\noutput = "/dev/null"\n' "$BASE${path[$s]}"; done
    else printf 'url = "%s"\noutput = "/dev/null"\n' "$BASE${path[$shape]}"; fi
  done
}
run_curl() { # CONFIG OUTPUT
  curl -s --max-time 10 -K "$WORK/curl-headers" -K "$1" -w '%{http_code} %{time_total}\n' > "$2" || true
}

clk_tck="$(getconf CLK_TCK)"
cpu_ticks() { [[ -r "/proc/$1/stat" ]] && awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" || echo 0; }
busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
backend_pids() { psql_bench -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"; }
pg_ticks() { local total=0 pid; for pid in $(backend_pids); do total=$((total + $(cpu_ticks "$pid"))); done; echo "$total"; }
# CPU ticks of this shell's finished children (curl), from bash's `times` (second line: children's user and system).
children_ticks() { awk -v t="$clk_tck" 'NR == 2 { n = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); n += a[1] * 60 + a[2] } printf "%.0f", n * t }' "$1"; }
ms_per_request() { awk -v d="$1" -v t="$clk_tck" -v n="$2" 'BEGIN { printf "%.2f", d / t / n * 1000 }'; }

if (( warmup > 0 )); then
  say "Warm-up: $warmup requests per shape, round robin ($((warmup * ${#SHAPES[@]})) requests)"
  curl_config all "$warmup" > "$WORK/warmup.cfg"
  run_curl "$WORK/warmup.cfg" "$WORK/warmup.txt"
  bad="$(awk '$1 != 200' "$WORK/warmup.txt" | wc -l)"
  (( bad == 0 )) || die "$bad warm-up request(s) did not answer 200"
fi

# How busy is the machine with other work, the benchmark idle? Measured, not guessed from the load.
b0="$(busy_ticks)"; s0="$(cpu_ticks "$service_pid")"; t0="$(date +%s%N)"; sleep 3
b1="$(busy_ticks)"; s1="$(cpu_ticks "$service_pid")"; t1="$(date +%s%N)"
idle_other="$(awk -v other=$(( (b1 - b0) - (s1 - s0) )) -v t="$clk_tck" -v ns=$((t1 - t0)) -v cpus="$(nproc)" \
  'BEGIN { p = other / t / (ns / 1e9 * cpus) * 100; printf "%.0f", p < 0 ? 0 : p }')"
(( idle_other <= 10 )) || warn "other processes use ${idle_other}% of the machine right now: expect disturbed figures"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
declare -A p50 p99 pmax mean errors svc_cpu pg_cpu other_cpu
for shape in "${SHAPES[@]}"; do
  say "$shape: $requests requests"
  curl_config "$shape" "$requests" > "$WORK/measure.cfg"
  s0="$(cpu_ticks "$service_pid")"; g0="$(pg_ticks)"; b0="$(busy_ticks)"; times > "$WORK/times.0"; t0="$(date +%s%N)"
  run_curl "$WORK/measure.cfg" "$WORK/times-$shape.txt"
  t1="$(date +%s%N)"; times > "$WORK/times.1"; b1="$(busy_ticks)"; g1="$(pg_ticks)"; s1="$(cpu_ticks "$service_pid")"
  c0="$(children_ticks "$WORK/times.0")"; c1="$(children_ticks "$WORK/times.1")"
  errors[$shape]="$(awk -v n="$requests" '$1 == 200 { ok++ } END { print n - ok }' "$WORK/times-$shape.txt")"
  read -r "p50[$shape]" "p99[$shape]" "pmax[$shape]" "mean[$shape]" < <(awk '$1 == 200 { print $2 * 1000 }' "$WORK/times-$shape.txt" | sort -n | awk '
    { v[NR] = $1; sum += $1 }
    function rank(p,   r) { r = int(p * NR); if (r < p * NR) r++; return v[r < 1 ? 1 : r] }
    END { if (NR == 0) { print "nan nan nan nan"; exit } printf "%.2f %.2f %.2f %.2f\n", rank(0.50), rank(0.99), v[NR], sum / NR }')
  svc_cpu[$shape]="$(ms_per_request $((s1 - s0)) "$requests")"
  pg_cpu[$shape]="$(ms_per_request $((g1 - g0)) "$requests")"
  # The rest of the machine during the run: everything but the service, its PostgreSQL backends and curl.
  other_cpu[$shape]="$(awk -v other=$(( (b1 - b0) - (s1 - s0) - (g1 - g0) - (c1 - c0) )) -v t="$clk_tck" -v ns=$((t1 - t0)) -v cpus="$(nproc)" \
    'BEGIN { p = other / t / (ns / 1e9 * cpus) * 100; printf "%.0f", p < 0 ? 0 : p }')"
done

# --- What PostgreSQL spends: the same statements, explained as the service's connection runs them ------
say "EXPLAIN (ANALYZE, BUFFERS) of each shape's statement (after 6 executions, as a pooled connection)"
declare -A db_ms plan_ms plan_kind
explain_all="$WORK/explain.txt"; : > "$explain_all"
for shape in "${SHAPES[@]}"; do
  out="$WORK/explain-$shape.txt"
  {
    cat "$BENCH_DIR/prepare.sql"
    echo '\o /dev/null'
    for _ in 1 2 3 4 5 6; do echo "EXECUTE ${stmt[$shape]};"; done
    echo '\o'
    # Five explained executions: the median Execution Time is reported, the last plan kept.
    for _ in 1 2 3 4 5; do echo '\echo ~~~ explain'; echo "EXPLAIN (ANALYZE, BUFFERS) EXECUTE ${stmt[$shape]};"; done
    echo "SELECT 'plans: generic ' || generic_plans || ', custom ' || custom_plans FROM pg_prepared_statements WHERE name = '${stmt[$shape]%%(*}';"
  } | psql_bench -tA -f - > "$out" 2>&1 || { cat "$out" >&2; die "EXPLAIN of $shape failed"; }
  db_ms[$shape]="$(sed -nE 's/^Execution Time: ([0-9.]+) ms$/\1/p' "$out" | sort -n | sed -n 3p)"
  plan_ms[$shape]="$(sed -nE 's/^Planning Time: ([0-9.]+) ms$/\1/p' "$out" | sort -n | sed -n 3p)"
  # Generic plans counted before the explained runs (6 executions) tell which plan the last ones used.
  read -r generic custom < <(sed -nE 's/^plans: generic ([0-9]+), custom ([0-9]+)$/\1 \2/p' "$out")
  if (( ${generic:-0} >= 5 )); then plan_kind[$shape]=generic; elif (( ${generic:-0} == 0 )); then plan_kind[$shape]=custom; else plan_kind[$shape]=mixed; fi
  {
    echo "--- $shape: EXECUTE ${stmt[$shape]}"
    echo "    (GET ${path[$shape]})"
    # The last explained execution's plan.
    awk '/^~~~ explain$/ { plan = ""; next } /^plans:/ { next } NF { plan = plan $0 "\n" } END { printf "%s", plan }' "$out"
    grep '^plans:' "$out"
    echo
  } >> "$explain_all"
done

# --- Report -----------------------------------------------------------------------------------------
report="$WORK/report.txt"
{
  echo "Sanad curriculum benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "curriculum-service alone on 127.0.0.1:$PORT, database $DB: $n_versions module versions ($n_published published)"
  echo "of 3000 modules, $n_objectives objectives, $n_alignments alignments; token role $role"
  echo "$requests sequential requests per shape on one keep-alive connection (curl), after $warmup warm-up each"
  echo "$(nproc) CPU(s), $(sed -nE 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n1); Java $(java_major "$JAVA_HOME"), $(psql_bench -tAc 'show server_version' | cut -d' ' -f1) PostgreSQL"
  echo "before measuring: load average $load_before; other processes used ${idle_other}% of the machine"
  commit="not a git checkout"
  if head_commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)"; then
    commit="$head_commit"
    git -C "$ROOT" diff --quiet HEAD -- common curriculum-service pom.xml 2>/dev/null || commit="$commit + uncommitted changes"
  fi
  echo "commit $commit; jar: $jar_origin"
  echo
  for shape in "${SHAPES[@]}"; do printf '%-18s GET /api/curriculum%s\n%-18s   %s\n' "$shape" "${path[$shape]}" "" "${matches[$shape]}"; done
  echo
  printf '%-18s %8s %8s %8s %8s %7s %8s %8s %8s %8s %7s %6s\n' shape p50_ms p99_ms max_ms mean_ms errors db_ms plan_ms plan svc_cpu pg_cpu other%
  for shape in "${SHAPES[@]}"; do
    printf '%-18s %8s %8s %8s %8s %7s %8s %8s %8s %8s %7s %6s\n' "$shape" "${p50[$shape]}" "${p99[$shape]}" "${pmax[$shape]}" \
      "${mean[$shape]}" "${errors[$shape]}" "${db_ms[$shape]:-?}" "${plan_ms[$shape]:-?}" "${plan_kind[$shape]}" \
      "${svc_cpu[$shape]}" "${pg_cpu[$shape]}" "${other_cpu[$shape]}"
  done
  echo
  echo "p50/p99/max/mean: curl's time_total per request, ms. db_ms, plan_ms: PostgreSQL's Execution and Planning"
  echo "Time of the shape's statement (median of 5 EXPLAIN ANALYZE runs; coverage: its CELLS query only); plan:"
  echo "the plan PostgreSQL used for it after 6 executions (generic: planned without the parameters' values)."
  echo "svc_cpu, pg_cpu: CPU ms per request of the service and of its PostgreSQL backends; other%: share of the"
  echo "machine used by other processes during the shape's run (above ~10% the figures are disturbed)."
  echo
  failed=0
  for shape in "${SHAPES[@]}"; do
    verdict=PASS
    if [[ "${errors[$shape]}" != 0 ]] || awk -v p="${p99[$shape]}" -v t="$TARGET_MS" 'BEGIN { exit !(p == "nan" || p + 0 >= t) }'; then
      verdict=FAIL; failed=$((failed + 1))
    fi
    note=""; (( ${other_cpu[$shape]} > 10 )) && note="  (disturbed: other processes ${other_cpu[$shape]}%)"
    printf '%-18s %s  p50 %s ms, p99 %s ms (target: p99 < %s ms)%s\n' "$shape" "$verdict" "${p50[$shape]}" "${p99[$shape]}" "$TARGET_MS" "$note"
  done
  echo
  if (( failed == 0 )); then echo "TARGET MET: every shape under $TARGET_MS ms at p99"; else echo "TARGET NOT MET: $failed shape(s) at or over $TARGET_MS ms at p99 (or with errors)"; fi
} > "$report"

mkdir -p "$RESULTS_DIR"
result_file="$RESULTS_DIR/curriculum-$stamp.txt"
{
  cat "$report"
  echo
  echo "--- Plans (EXPLAIN (ANALYZE, BUFFERS), last of 5, after 6 executions)"
  cat "$explain_all"
} > "$result_file"
echo
cat "$report"
echo
say "Written to ${result_file#"$ROOT"/} (with the plans)"
if [[ -n "$strict" ]] && ! grep -q '^TARGET MET' "$report"; then exit 3; fi
exit 0
