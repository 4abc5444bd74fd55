#!/usr/bin/env bash
# The demo's provincial trust, done in one go (docs/trust-bundle.md): a demo root (made once, its key in
# DATA/demo-root.json — in a province the root never touches a networked machine), pinned at the central and
# by the kiosk (DATA/trust-root.pub); the kiosk's issuer key listed for its id; the demo's operator accounts
# (scripts/demo-operators.sh, known DEMO passwords); a draft signed and published (scripts/demo-publish.sh).
# Usage: demo-trust.sh DATA CONFIG KIOSK_BIN CENTRAL_BIN
set -euo pipefail
data="$1" config="$2" kiosk_bin="$3" central_bin="$4"
db="sqlite:$data/central.sqlite"
root="$data/demo-root.json"

umask 077
if [ ! -f "$root" ]; then "$central_bin" trust root-init --out "$root" >/dev/null; fi
root_key="$(sed -n 's/.*"publicKey" : "\([^"]*\)".*/\1/p' "$root")"
printf '%s\n' "$root_key" >"$data/trust-root.pub"
"$central_bin" trust pin-root --public-key "$root_key" --db "$db" >/dev/null

kiosk_id="$(sed -n 's/^kiosk_id:[[:space:]]*\([A-Za-z0-9-]*\).*/\1/p' "$config" | head -1)"
kiosk_id="${kiosk_id:-KP-DEMO-001}"
issuer_key="$("$kiosk_bin" trust issuer-key --data "$data")"
"$central_bin" trust add-signer --public-key "$issuer_key" --scope "kiosk:$kiosk_id" --label "demo kiosk $kiosk_id" --db "$db" >/dev/null

bash "$(dirname "$0")/demo-operators.sh" "$data" "$config" "$central_bin"
published="$(bash "$(dirname "$0")/demo-publish.sh" "$data" "$central_bin")"
echo "Demo trust: a demo provincial root (key in $root; a real root stays offline) drafted, signed and published a trust bundle."
echo "  $published"
echo "  The kiosk pins that root ($data/trust-root.pub) and signs passes with its own issuer key ($data/issuer-keys.json) for $kiosk_id."
