# Sourced by the demo loaders (which define fail and SANAD_ROOT): the token they call the gateway with.
# SANAD_TOKEN, a token from your identity provider (e.g. SANAD_TOKEN="$(bin/login --token)"), or else a
# development admin token from bin/token with subject demo-loader.

# write_auth_header FILE: the Authorization header, in a file only you can read, so that the token
# is not on curl's command line where ps would show it.
write_auth_header() {
  local token
  if [[ -n "${SANAD_TOKEN:-}" ]]; then
    token="$SANAD_TOKEN"
  else
    token="$("$SANAD_ROOT/bin/token" admin --sub demo-loader)" \
      || fail "could not mint an admin token with bin/token (or set SANAD_TOKEN)"
  fi
  [[ -n "$token" ]] || fail "no token: bin/token printed none"
  (umask 077; printf 'Authorization: Bearer %s\n' "$token" > "$1")
}

# token_subject: the sub claim of the token write_auth_header uses.
token_subject() {
  [[ -n "${SANAD_TOKEN:-}" ]] || { echo demo-loader; return; }
  local payload subject
  payload="$(cut -d. -f2 <<< "$SANAD_TOKEN" | tr '_-' '/+')"
  while (( ${#payload} % 4 )); do payload="$payload="; done
  subject="$(base64 -d <<< "$payload" 2>/dev/null | grep -o '"sub":"[^"]*"' | head -n 1 | cut -d'"' -f4)" || true
  [[ -n "$subject" ]] || fail "SANAD_TOKEN has no sub claim"
  echo "$subject"
}
