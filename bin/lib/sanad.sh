# shellcheck shell=bash
# Shared by bin/ and bench/: finding a JDK, PostgreSQL and the fonts, and running the tools module.

SANAD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SANAD_HOME="$(mkdir -p "${SANAD_HOME:-$SANAD_ROOT/.sanad}" && cd "${SANAD_HOME:-$SANAD_ROOT/.sanad}" && pwd)"
SANAD_DEV_ISSUER="urn:sanad:dev"
SANAD_AUDIENCE="${SANAD_JWT_AUDIENCE:-sanad}"
SANAD_SERVICES=(curriculum enrollment certification)

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# --- Java --------------------------------------------------------------------------------------------
java_major() { "$1/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n1; }

# Uses JAVA_HOME when it is 21 or newer, else the newest JDK 21+ under /usr/lib/jvm.
pick_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then
    export JAVA_HOME; export PATH="$JAVA_HOME/bin:$PATH"; return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    [[ -x "$dir/bin/javac" && ! -L "$dir" ]] || continue
    major="$(java_major "$dir")"
    if [[ -n "$major" ]] && (( major >= 21 && major > best_major )); then best="$dir"; best_major="$major"; fi
  done
  [[ -n "$best" ]] || die "Sanad needs a JDK 21 or newer. Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) or set JAVA_HOME to it."
  export JAVA_HOME="$best"; export PATH="$JAVA_HOME/bin:$PATH"
}

need_maven() {
  command -v mvn >/dev/null || { say "Installing Maven"; apt_install maven; }
}

apt_install() {
  [[ $(id -u) -eq 0 ]] || die "Please install: $* (needs root)"
  if [[ -z "${SANAD_APT_UPDATED:-}" ]]; then apt-get update -qq >/dev/null; SANAD_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- The fonts printed certificates are drawn with (certification-service, sanad.documents.fonts) ------
# Noto Sans for every script it has, Droid Sans Fallback for Chinese and Japanese, Nanum for Korean.
DOCUMENT_FONT_PACKAGES=(fonts-noto-core fonts-droid-fallback fonts-nanum)

ensure_document_fonts() {
  local missing=() package
  for package in "${DOCUMENT_FONT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if ((${#missing[@]} > 0)); then say "Installing the fonts certificates print with: ${missing[*]}"; apt_install "${missing[@]}"; fi
}

# --- PostgreSQL --------------------------------------------------------------------------------------
# The server the standard PG* variables name, else 127.0.0.1:5432; started or installed if need be.
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

pg_answers() { pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2 2>/dev/null; }

ensure_postgres() {
  command -v pg_isready >/dev/null || { say "Installing PostgreSQL (Debian's postgresql package)"; apt_install postgresql; }
  pg_answers && return
  if [[ "$PGHOST" != "127.0.0.1" && "$PGHOST" != "localhost" && "$PGHOST" != /* ]]; then
    die "PostgreSQL at $PGHOST:$PGPORT does not answer"
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    say "Installing PostgreSQL (Debian's postgresql package)"; apt_install postgresql
  fi
  local version; version="$(ls /etc/postgresql | sort -V | tail -n1)"
  say "Starting the local PostgreSQL $version cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
  pg_answers || die "PostgreSQL did not start on $PGHOST:$PGPORT (see /var/log/postgresql)"
  # A fresh Debian cluster only lets the postgres OS user in over the socket: open loopback to tests.
  if ! psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    [[ -w "$hba" ]] || die "Cannot connect to PostgreSQL as $PGUSER; set PGUSER/PGPASSWORD"
    say "Allowing local connections as $PGUSER on loopback (development cluster)"
    sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  fi
}

psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

# Creates a database unless it exists; the name is one of ours, never user input.
ensure_database() {
  local name="$1"
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "bad database name: $name"
  if [[ -z "$(psql_admin -c "select 1 from pg_database where datname = '$name'")" ]]; then
    psql_admin -c "create database $name" >/dev/null
  fi
}

b64url() { basenc --base64url -w0 | tr -d '='; }

# --- The tools module: development keys and tokens, demo data, login, the log check ---------------
SANAD_TOOLS_JAR="$SANAD_ROOT/tools/target/sanad-tools.jar"

# sanad_tools COMMAND ARGS...: runs the tools module, built first when missing or older than its sources.
sanad_tools() {
  if [[ ! -f "$SANAD_TOOLS_JAR" || -n "$(find "$SANAD_ROOT/tools" "$SANAD_ROOT/common/src/main" "$SANAD_ROOT/certification-service/src/main" \
      -newer "$SANAD_TOOLS_JAR" \( -name '*.java' -o -name pom.xml \) -print -quit 2>/dev/null)" ]]; then
    need_maven >&2
    (cd "$SANAD_ROOT" && mvn -B -q -DskipTests package -pl tools -am) >&2 || die "Building the tools module failed"
  fi
  SANAD_HOME="$SANAD_HOME" "$JAVA_HOME/bin/java" -jar "$SANAD_TOOLS_JAR" "$@"
}

# Both development keys under $SANAD_HOME/keys (generated on first use, never committed; prod refuses them).
ensure_dev_keys() { sanad_tools dev-keys; }

# mint_token ROLE INSTITUTION SUBJECT TTL_SECONDS
mint_token() { sanad_tools token "$1" ${2:+--institution "$2"} --sub "$3" --ttl "$4s"; }
