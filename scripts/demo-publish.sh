#!/usr/bin/env bash
# The demo's trust bundle cycle (docs/trust-bundle.md): draft at the central, sign with the DEMO root (in a
# province the root holder signs offline), publish. Prints the publish line.
# Usage: demo-publish.sh DATA CENTRAL_BIN
set -euo pipefail
data="$1" central_bin="$2"
db="sqlite:$data/central.sqlite"
umask 077
"$central_bin" trust draft --out "$data/trust-draft.json" --db "$db" >/dev/null
"$central_bin" trust sign --root-key "$data/demo-root.json" --draft "$data/trust-draft.json" --out "$data/trust-bundle.ktb" >/dev/null
"$central_bin" trust publish "$data/trust-bundle.ktb" --db "$db"
