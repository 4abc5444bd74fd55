#!/usr/bin/env bash
# DEMO ONLY: the demo's two operator accounts with KNOWN passwords (README "Operator accounts"), at the kiosk's
# centre. In a province `operators add` prints a first-time code that the operator replaces at the first
# sign-in; an admin setting a password (`operators set-password`) is for demos and account recovery.
# Usage: demo-operators.sh DATA CONFIG CENTRAL_BIN
set -euo pipefail
data="$1" config="$2" central_bin="$3"
db="sqlite:$data/central.sqlite"
umask 077
centre="$(sed -n 's/^centre_name:[[:space:]]*//p' "$config" | head -1 | sed 's/[[:space:]]*#.*$//; s/^"\(.*\)"$/\1/; s/^'"'"'\(.*\)'"'"'$/\1/; s/[[:space:]]*$//')"
centre="${centre:-Demo Facilitation Centre}"
existing="$("$central_bin" operators list --json --db "$db")"
add() { # id name role password
  if ! printf '%s' "$existing" | grep -q "\"id\" : \"$1\""; then
    "$central_bin" operators add --id "$1" --name "$2" --role "$3" --centre "$centre" --db "$db" >/dev/null
    secret="$(mktemp "$data/.demo-password.XXXXXX")"
    printf '%s\n' "$4" >"$secret"
    "$central_bin" operators set-password --id "$1" --password-file "$secret" --db "$db" >/dev/null
    rm -f "$secret"
  fi
}
add OP-0001 "Demo Operator" operator "counter-demo-1"
add SV-0001 "Demo Supervisor" supervisor "supervisor-demo-1"
echo "Demo operators (DEMO passwords, see README): OP-0001 / counter-demo-1 (operator), SV-0001 / supervisor-demo-1 (supervisor), centre $centre."
