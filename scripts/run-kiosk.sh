#!/usr/bin/env bash
# `make run`: starts an embedded-SQLite central store in the background (DATA/central.sqlite, log in
# DATA/central.log), points the kiosk at it, and stops the central when the kiosk exits.
# The central advances each application one status step every DEMO_PROGRESS seconds, so a newcomer
# sees statuses come back in "My applications" (set DEMO_PROGRESS=0 to turn that off).
# Usage: run-kiosk.sh DATA CONFIG KIOSK_BIN CENTRAL_BIN
set -euo pipefail
data="$1" config="$2" kiosk_bin="$3" central_bin="$4"
progress="${DEMO_PROGRESS:-20}"

# Everything in the data folder is the owner's alone (central.sqlite and its log hold full CNICs),
# whatever umask this was started with.
umask 077
mkdir -p "$data"
chmod 700 "$data"
log="$data/central.log"
: >"$log"
chmod 600 "$log"
demo=()
if [ "$progress" != "0" ]; then demo=(--demo-progress "$progress"); fi
"$central_bin" serve --db "sqlite:$data/central.sqlite" --host 127.0.0.1 --port 0 "${demo[@]}" >>"$log" 2>&1 &
central_pid=$!
trap 'kill "$central_pid" 2>/dev/null || true; wait "$central_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 200); do
  url="$(grep -o 'listening on http://[0-9.:]*' "$log" | head -1 | sed 's/listening on //' || true)"
  [ -n "$url" ] && break
  if ! kill -0 "$central_pid" 2>/dev/null; then break; fi
  sleep 0.05
done
if [ -z "$url" ]; then
  echo "The central store did not start; the kiosk runs offline. See $log" >&2
  url="http://127.0.0.1:9"
fi
"$kiosk_bin" run --config "$config" --data "$data" --central "$url"
