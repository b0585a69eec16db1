#!/usr/bin/env bash
# Measures what the Sanad gateway costs: the same authenticated GET sent with wrk
#   1. straight to curriculum-service,
#   2. through the Sanad gateway,
#   3. through HAProxy checking the same JWT (RS256 signature, alg, iss, aud, exp, nbf),
# then compares the gateway with HAProxy. Target: gateway >= 80% of HAProxy's requests/s and
# p99 no more than 2 ms above HAProxy's.
#
#   bench/gateway/run.sh [--path P] [--duration 20s] [--warmup 30s] [--max-warmup 180s]
#                        [--connections 32] [--threads 2] [--role admin] [--strict]
#
# --path        GET path on curriculum-service (default /api/curriculum/instruments); the direct
#               call must answer 200 or 404 with the token, else the benchmark refuses to run
# --duration    measured wrk run per target (default 20s)
# --warmup      unmeasured wrk load per target, for the JIT, before any target is measured; it goes
#               on in 10 s steps while the JVMs on the path still compile, up to --max-warmup
#               (defaults 30s and 180s; --warmup 0 skips warming)
# --connections wrk connections (default 32); --threads wrk threads (default 2)
# --role        role of the token sent (default admin)
# --strict      exit 3 when the target is not met (default: report it, exit 0)
#
# It starts its own platform (ports 28080-28083, home target/bench-home, fresh databases *_bench)
# and an HAProxy on 28090, all on 127.0.0.1, and stops them on exit, Ctrl-C or failure. Results are
# printed and written to bench/results/gateway-<timestamp>.txt. See bench/gateway/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"

# Never the developer's platform: own ports, home and databases, whatever the environment says.
export SANAD_PORT_BASE=28080
export SANAD_HOME="$ROOT/target/bench-home"
export SANAD_DB_SUFFIX=_bench
unset SANAD_JWT_AUDIENCE
# shellcheck source=../../bin/lib/sanad.sh source-path=SCRIPTDIR
source "$ROOT/bin/lib/sanad.sh"

GATEWAY_PORT=$SANAD_PORT_BASE
SERVICE_PORT=$((SANAD_PORT_BASE + 1))
HAPROXY_PORT=$((SANAD_PORT_BASE + 10))
WORK="$SANAD_HOME/bench"
RESULTS_DIR="$ROOT/bench/results"

usage() { sed -n '9,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# --- Parameters ---------------------------------------------------------------------------------------
path="/api/curriculum/instruments" duration="20s" warmup="30s" max_warmup="180s" connections=32 threads=2 role=admin strict=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --path) path="${2:?--path needs a value}"; shift 2 ;;
    --duration) duration="${2:?--duration needs a value}"; shift 2 ;;
    --warmup) warmup="${2:?--warmup needs a value}"; shift 2 ;;
    --max-warmup) max_warmup="${2:?--max-warmup needs a value}"; shift 2 ;;
    --connections) connections="${2:?--connections needs a value}"; shift 2 ;;
    --threads) threads="${2:?--threads needs a value}"; shift 2 ;;
    --role) role="${2:?--role needs a value}"; shift 2 ;;
    --strict) strict=1; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
path_re='^/[A-Za-z0-9._~/?=&%:@,+-]*$'
[[ "$path" =~ $path_re ]] || die "--path: an absolute path such as /api/curriculum/instruments"
# Only curriculum-service's own paths: the gateway answers others itself (health, OpenAPI, 404).
[[ "$path" == /api/curriculum/* ]] || die "--path: a path of curriculum-service, under /api/curriculum/"
seconds_of() { # 20s, 2m, 20 -> seconds
  case "$1" in
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}
for value in "$duration" "$warmup" "$max_warmup"; do
  [[ "$value" =~ ^[0-9]+[sm]?$ ]] || die "durations are like 20s, 2m (got $value)"
done
(( $(seconds_of "$duration") >= 1 && $(seconds_of "$duration") <= 600 )) || die "--duration: between 1s and 10m"
(( $(seconds_of "$warmup") <= 600 && $(seconds_of "$max_warmup") <= 600 )) || die "--warmup, --max-warmup: at most 10m"
(( $(seconds_of "$max_warmup") >= $(seconds_of "$warmup") )) || max_warmup="$warmup"
[[ "$connections" =~ ^[0-9]+$ && "$threads" =~ ^[0-9]+$ ]] || die "--connections and --threads are numbers"
(( threads >= 1 && connections >= threads && connections <= 1000 )) || die "need 1 <= threads <= connections <= 1000"

# --- Clean-up: everything started here is stopped on any exit ----------------------------------------
platform_started="" haproxy_pid="" wrk_pid=""
# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$wrk_pid" ]] && kill -0 "$wrk_pid" 2>/dev/null; then kill -TERM "$wrk_pid" 2>/dev/null || true; fi
  if [[ -n "$haproxy_pid" ]] && kill -0 "$haproxy_pid" 2>/dev/null; then
    kill -TERM "$haproxy_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$haproxy_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$haproxy_pid" 2>/dev/null; then kill -KILL "$haproxy_pid" 2>/dev/null || true; fi
    wait "$haproxy_pid" 2>/dev/null || true
  fi
  if [[ -n "$platform_started" ]]; then
    say "Stopping the benchmark's platform"
    "$ROOT/bin/run" stop >/dev/null 2>&1 || warn "bin/run stop failed; check: SANAD_HOME=$SANAD_HOME SANAD_PORT_BASE=$SANAD_PORT_BASE bin/run status"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- Tools ------------------------------------------------------------------------------------------
pick_java
command -v curl >/dev/null || { say "Installing curl"; apt_install curl; }
command -v openssl >/dev/null || { say "Installing openssl"; apt_install openssl; }
command -v wrk >/dev/null || { say "Installing wrk (Debian's wrk package)"; apt_install wrk; }
command -v haproxy >/dev/null || { say "Installing HAProxy (Debian's haproxy package)"; apt_install haproxy; }
haproxy_version="$(haproxy -v 2>/dev/null | sed -nE 's/^HA-?Proxy version ([^ ]+).*/\1/p' | head -n1)"
[[ "$haproxy_version" == 2.6.* ]] || warn "HAProxy $haproxy_version found; this benchmark was written for 2.6 (Debian bookworm)"
# (Output captured first: with pipefail, grep -q closing the pipe early would fail the test.)
haproxy_build="$(haproxy -vv 2>&1 || true)"
[[ "$haproxy_build" == *OPENSSL* ]] || die "this HAProxy is built without OpenSSL: it has no jwt_verify"

# --- Platform ---------------------------------------------------------------------------------------
mkdir -p "$SANAD_HOME" "$WORK"
platform_status="$("$ROOT/bin/run" status)"
if [[ "$platform_status" == *running* ]]; then
  die "a benchmark platform is already running in $SANAD_HOME (another run?). Stop it with: SANAD_HOME=$SANAD_HOME SANAD_PORT_BASE=$SANAD_PORT_BASE bin/run stop"
fi
port_open "$HAPROXY_PORT" && die "port $HAPROXY_PORT (HAProxy for the benchmark) is already in use"
# Fresh databases each run: the figures never depend on what an earlier run (or an earlier schema,
# while a migration is being written) left in them. Only the *_bench databases are touched.
ensure_postgres
for name in "${SANAD_SERVICES[@]}"; do
  psql_admin -c "drop database if exists $name$SANAD_DB_SUFFIX with (force)" >/dev/null || die "cannot drop $name$SANAD_DB_SUFFIX"
done
say "Starting the platform on ports $GATEWAY_PORT-$((SANAD_PORT_BASE + 3)) (bin/run start; log: $WORK/bin-run.log)"
platform_started=1
"$ROOT/bin/run" start > "$WORK/bin-run.log" 2>&1 || { tail -n 30 "$WORK/bin-run.log" >&2; die "the platform did not start"; }

# --- Tokens -----------------------------------------------------------------------------------------
# Valid for the whole run with room to spare; bin/token signs with the bench home's dev key.
ttl=$(( 3 * ($(seconds_of "$max_warmup") + $(seconds_of "$duration")) + 900 ))
token="$("$ROOT/bin/token" "$role" --sub bench-gateway --ttl "${ttl}s")"
other="$("$ROOT/bin/token" "$role" --sub bench-tampered --ttl "${ttl}s")"
IFS=. read -r t_header t_payload t_signature <<< "$token"
IFS=. read -r _ o_payload _ <<< "$other"
none_header="$(printf '{"alg":"none","typ":"JWT"}' | b64url)"
declare -A bad=(
  ["payload swapped, signature kept"]="$t_header.$o_payload.$t_signature"
  ["signature replaced"]="$t_header.$t_payload.$(printf 'not the signature' | b64url)"
  ["alg none, no signature"]="$none_header.$t_payload."
  ["other issuer, well signed"]="$(sanad_tools token "$role" --sub bench-gateway --ttl 600s --issuer urn:sanad:other)"
  ["other audience, well signed"]="$(SANAD_JWT_AUDIENCE=not-sanad mint_token "$role" "" bench-gateway 600)"
  ["expired 2 min ago, well signed"]="$(sanad_tools token "$role" --sub bench-gateway --ttl 60s --expired-since 120s)"
)

# --- HAProxy ----------------------------------------------------------------------------------------
# jwt_verify (2.6) needs the PEM public key, derived here from the dev key of this run's home.
public_key="$WORK/dev-public.pem"
openssl pkey -in "$SANAD_HOME/keys/dev-private.pem" -pubout -out "$public_key" 2>/dev/null || die "cannot derive the public key"
haproxy_cfg="$WORK/haproxy.cfg"
sed -e "s|@PORT@|$HAPROXY_PORT|" -e "s|@UPSTREAM_PORT@|$SERVICE_PORT|" -e "s|@PUBLIC_KEY@|$public_key|" \
    -e "s|@ISSUER@|$SANAD_DEV_ISSUER|" -e "s|@AUDIENCE@|$SANAD_AUDIENCE|" -e "s|@THREADS@|$(nproc)|" \
    "$BENCH_DIR/haproxy.cfg.in" > "$haproxy_cfg"
haproxy -c -q -f "$haproxy_cfg" || die "HAProxy refuses $haproxy_cfg"
say "Starting HAProxy $haproxy_version on port $HAPROXY_PORT (config: $haproxy_cfg)"
haproxy -db -f "$haproxy_cfg" > "$WORK/haproxy.log" 2>&1 < /dev/null &
haproxy_pid=$!
for _ in $(seq 1 50); do port_open "$HAPROXY_PORT" && break; kill -0 "$haproxy_pid" 2>/dev/null || break; sleep 0.1; done
port_open "$HAPROXY_PORT" || { cat "$WORK/haproxy.log" >&2; die "HAProxy did not start"; }

# --- Checks before measuring: same answer everywhere, bad tokens refused everywhere --------------------
declare -A url=(
  [direct]="http://127.0.0.1:$SERVICE_PORT$path"
  [gateway]="http://127.0.0.1:$GATEWAY_PORT$path"
  [haproxy]="http://127.0.0.1:$HAPROXY_PORT$path"
)
TARGETS=(direct gateway haproxy)
status_of() { curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' --max-time 10 "$@" || echo 000; }

expected="$(status_of -H "Authorization: Bearer $token" "${url[direct]}")"
case "$expected" in
  200|404) ;;
  *) head -c 400 "$WORK/body" >&2; echo >&2; die "the direct call to curriculum-service answers $expected, not 200 or 404: refusing to measure $path" ;;
esac
say "Checking each target: good token -> $expected, bad tokens -> 401/403"
for target in "${TARGETS[@]}"; do
  got="$(status_of -H "Authorization: Bearer $token" "${url[$target]}")"
  [[ "$got" == "$expected" ]] || die "$target answers $got with a good token, the service directly $expected"
  # Without a token the service itself may answer 404 for a path it lacks; a proxy must say 401.
  if [[ "$target" != direct ]]; then
    got="$(status_of "${url[$target]}")"
    [[ "$got" == 401 ]] || die "$target answers $got without a token, not 401"
  fi
  for case_name in "${!bad[@]}"; do
    got="$(status_of -H "Authorization: Bearer ${bad[$case_name]}" "${url[$target]}")"
    [[ "$got" == 401 || "$got" == 403 ]] || die "$target answers $got to a bad token ($case_name), not 401/403"
    # HAProxy must refuse on its own, not pass the token on for the service to refuse.
    if [[ "$target" == haproxy ]] && ! grep -qi '^X-Refused-By: haproxy-jwt' "$WORK/headers"; then
      die "HAProxy let a bad token ($case_name) through to the service"
    fi
  done
done
echo "   ok: each target answers $expected with the token; each refuses no token and ${#bad[@]} bad ones"

# --- Measuring --------------------------------------------------------------------------------------
# All targets are warmed first (the service's JIT then warms on every path, not only the first one
# measured), then each is measured in turn. Besides wrk's figures, each measured run records the CPU
# time the service and the proxy spent per request, and the share of the machine that processes
# outside the benchmark used meanwhile: a sign the run was disturbed.
clk_tck="$(getconf CLK_TCK)"
cpu_ticks() { [[ -r "/proc/$1/stat" ]] && awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" || echo 0; }
# user + nice + system + steal; not irq and softirq time, which is mostly our own loopback traffic.
busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $9; exit }' /proc/stat; }
# wrk's CPU time: `times` run by this shell itself (not in a subshell, where it would start from 0).
children_ticks() { awk -v t="$clk_tck" 'NR == 2 { n = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); n += a[1] * 60 + a[2] }; printf "%.0f", n * t }' "$1"; }
service_pid="$(cat "$SANAD_HOME/run/curriculum.pid")"
gateway_pid="$(cat "$SANAD_HOME/run/gateway.pid")"
declare -A proxy_pid=([direct]="" [gateway]="$gateway_pid" [haproxy]="$haproxy_pid")
ours_ticks() { # every process of the benchmark but wrk
  local total=0 name pid
  for name in curriculum enrollment certification gateway; do
    pid="$(cat "$SANAD_HOME/run/$name.pid" 2>/dev/null || true)"
    [[ -n "$pid" ]] && total=$((total + $(cpu_ticks "$pid")))
  done
  echo $((total + $(cpu_ticks "$haproxy_pid")))
}

run_wrk() { # TARGET DURATION OUTPUT
  wrk -t "$threads" -c "$connections" -d "$2" --timeout 5s --latency \
      -H "Authorization: Bearer $token" "${url[$1]}" > "$3" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid" || { cat "$3" >&2; die "wrk failed against $1"; }
  wrk_pid=""
}

to_ms() { # 1.23ms, 850.00us, 1.02s, 1.5m -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.3f", n }'
}
per_request_us() { awk -v d="$1" -v t="$clk_tck" -v n="$2" 'BEGIN { printf "%.0f", d / t / n * 1e6 }'; }

# A JVM is warm once its JIT compiler threads go quiet: the CPU they used in the last 10 s step.
jit_ticks() {
  local task total=0 comm
  for task in /proc/"$1"/task/*; do
    comm="$(cat "$task/comm" 2>/dev/null || true)"
    [[ "$comm" == C[12]\ Compiler* ]] && total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$task/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
declare -A jvms=([direct]="$service_pid" [gateway]="$service_pid $gateway_pid" [haproxy]="$service_pid")
declare -A warmed=([direct]=0 [gateway]=0 [haproxy]=0)
JIT_QUIET_TICKS=$(( clk_tck / 5 ))   # under 0.2 s of compiling in a 10 s step
if [[ "$(seconds_of "$warmup")" -gt 0 ]]; then
  for target in "${TARGETS[@]}"; do
    say "$target: warm-up $warmup (longer while the JIT is busy, at most $max_warmup)"
    run_wrk "$target" "$warmup" "$WORK/wrk-$target-warmup.txt"
    warmed[$target]="$(seconds_of "$warmup")"
    while (( warmed[$target] + 10 <= $(seconds_of "$max_warmup") )); do
      j0=0; for pid in ${jvms[$target]}; do j0=$((j0 + $(jit_ticks "$pid"))); done
      run_wrk "$target" 10s "$WORK/wrk-$target-warmup.txt"
      j1=0; for pid in ${jvms[$target]}; do j1=$((j1 + $(jit_ticks "$pid"))); done
      warmed[$target]=$((warmed[$target] + 10))
      (( j1 - j0 < JIT_QUIET_TICKS )) && break
    done
  done
fi

# How busy is the machine with other work, the benchmark idle? Measured, not guessed from the load.
b0="$(busy_ticks)"; o0="$(ours_ticks)"; t0="$(date +%s%N)"; sleep 3
b1="$(busy_ticks)"; o1="$(ours_ticks)"; t1="$(date +%s%N)"
idle_other="$(awk -v other=$(( (b1 - b0) - (o1 - o0) )) -v t="$clk_tck" -v ns=$((t1 - t0)) -v cpus="$(nproc)" \
  'BEGIN { p = other / t / (ns / 1e9 * cpus) * 100; printf "%.0f", p < 0 ? 0 : p }')"
(( idle_other <= 10 )) || warn "other processes use ${idle_other}% of the machine right now: expect disturbed figures"

declare -A rps p50 p99 requests errors cpu_service cpu_proxy other_cpu
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for target in "${TARGETS[@]}"; do
  say "$target: measuring $duration, $connections connections, $threads threads"
  s0="$(cpu_ticks "$service_pid")"; x0=0; [[ -n "${proxy_pid[$target]}" ]] && x0="$(cpu_ticks "${proxy_pid[$target]}")"
  b0="$(busy_ticks)"; o0="$(ours_ticks)"; times > "$WORK/times.0"; t0="$(date +%s%N)"
  out="$WORK/wrk-$target.txt"
  run_wrk "$target" "$duration" "$out"
  t1="$(date +%s%N)"; times > "$WORK/times.1"; b1="$(busy_ticks)"; o1="$(ours_ticks)"
  w0="$(children_ticks "$WORK/times.0")"; w1="$(children_ticks "$WORK/times.1")"
  s1="$(cpu_ticks "$service_pid")"; x1=0; [[ -n "${proxy_pid[$target]}" ]] && x1="$(cpu_ticks "${proxy_pid[$target]}")"

  rps[$target]="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p50[$target]="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  p99[$target]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  requests[$target]="$(awk '/requests in/ { print $1 }' "$out")"
  [[ -n "${rps[$target]}" && -n "${requests[$target]}" && "${requests[$target]}" -gt 0 ]] || { cat "$out" >&2; die "no result from wrk for $target"; }
  non_ok="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"; non_ok="${non_ok:-0}"
  socket="$(awk '/Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n + 0 }' "$out")"; socket="${socket:-0}"
  # Every answer must be the status the checks saw: all 2xx for a 200, all non-2xx for a 404.
  if [[ "$expected" == 200 ]]; then errors[$target]=$((non_ok + socket)); else errors[$target]=$((requests[$target] - non_ok + socket)); fi
  cpu_service[$target]="$(per_request_us $((s1 - s0)) "${requests[$target]}")"
  cpu_proxy[$target]="$(per_request_us $((x1 - x0)) "${requests[$target]}")"
  other_cpu[$target]="$(awk -v other=$(( (b1 - b0) - (o1 - o0) - (w1 - w0) )) -v t="$clk_tck" -v ns=$((t1 - t0)) -v cpus="$(nproc)" \
    'BEGIN { p = other / t / (ns / 1e9 * cpus) * 100; printf "%.0f", p < 0 ? 0 : p }')"
done

# --- Report -----------------------------------------------------------------------------------------
report="$WORK/report.txt"
{
  echo "Sanad gateway benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "GET $path (answers $expected), token role $role; wrk $threads threads, $connections connections,"
  echo "$duration measured per target after warm-ups of ${warmed[direct]} s, ${warmed[gateway]} s, ${warmed[haproxy]} s; $(nproc) CPU(s), $(sed -nE 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n1)"
  echo "before measuring: load average $load_before; other processes used ${idle_other}% of the machine"
  commit="not a git checkout"
  if head_commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)"; then
    commit="$head_commit"
    git -C "$ROOT" diff --quiet HEAD 2>/dev/null || commit="$commit + uncommitted changes"
  fi
  echo "commit $commit, Java $(java_major "$JAVA_HOME"), HAProxy $haproxy_version"
  echo
  printf '%-8s %8s %8s %8s %7s %13s %11s %10s\n' target req/s p50_ms p99_ms errors service_us/req proxy_us/req other_cpu%
  for target in "${TARGETS[@]}"; do
    proxy_cpu="${cpu_proxy[$target]}"; [[ "$target" == direct ]] && proxy_cpu="-"
    printf '%-8s %8.0f %8.2f %8.2f %7d %13s %11s %10s\n' "$target" "${rps[$target]}" "${p50[$target]}" "${p99[$target]}" \
      "${errors[$target]}" "${cpu_service[$target]}" "$proxy_cpu" "${other_cpu[$target]}"
  done
  echo
  awk -v g="${rps[gateway]}" -v h="${rps[haproxy]}" -v gp="${p99[gateway]}" -v hp="${p99[haproxy]}" 'BEGIN {
    ratio = g / h; diff = gp - hp
    printf "gateway/HAProxy throughput: %.1f%% (target >= 80%%)  %s\n", ratio * 100, ratio >= 0.8 ? "met" : "NOT met"
    printf "gateway - HAProxy p99:      %+.2f ms (target <= 2 ms)  %s\n", diff, diff <= 2 ? "met" : "NOT met"
    printf "TARGET %s\n", (ratio >= 0.8 && diff <= 2) ? "MET" : "NOT MET" }'
  total_errors=$(( errors[direct] + errors[gateway] + errors[haproxy] ))
  echo "(service_us/req, proxy_us/req: CPU time spent per request; other_cpu%: share of the machine used"
  echo " by processes outside the benchmark during that run - above ~10% the figures are disturbed)"
  (( total_errors == 0 )) || echo "WARNING: $total_errors answer(s) differed from $expected or failed: the figures above are suspect"
} > "$report"

mkdir -p "$RESULTS_DIR"
result_file="$RESULTS_DIR/gateway-$stamp.txt"
{
  cat "$report"
  for target in "${TARGETS[@]}"; do echo; echo "--- wrk, $target: ${url[$target]}"; cat "$WORK/wrk-$target.txt"; done
} > "$result_file"
echo
cat "$report"
echo
say "Written to ${result_file#"$ROOT"/}"
if [[ -n "$strict" ]] && ! grep -q '^TARGET MET' "$report"; then exit 3; fi
exit 0
