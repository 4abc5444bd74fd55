#!/usr/bin/env bash
# `make run`: starts an embedded-SQLite central store in the background (DATA/central.sqlite, log in
# DATA/central.log), points the kiosk at it, and stops the central when the kiosk exits.
# The central advances each application one status step every DEMO_PROGRESS seconds, so a newcomer
# sees statuses come back in "My applications" (set DEMO_PROGRESS=0 to turn that off).
# Trust: a DEMO provincial root whose key lives in DATA/demo-root.json (a real root is kept offline) drafts,
# signs and publishes a trust bundle listing this kiosk's own pass issuer key (scripts/demo-trust.sh); the
# kiosk pins the root in DATA/trust-root.pub and believes only that bundle.
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
bash "$(dirname "$0")/demo-trust.sh" "$data" "$config" "$kiosk_bin" "$central_bin" | tee -a "$log"
# DEMO_CITIZENS (make run passes DEMO_SIZE): the central gets the same synthetic registry the kiosk was seeded
# with, and the kiosk is approved for every district, so a PIN an operator sets at the desk is accepted by the
# central (it takes a PIN only for a citizen of its registry, from a kiosk enrolled for the citizen's district).
# A province imports its real registry (khyber-central registry import) and approves each kiosk's own districts.
demo_citizens="${DEMO_CITIZENS:-}"
approve_districts=()
if [ -n "$demo_citizens" ]; then
  if [ ! -f "$data/.demo-central-registry" ]; then
    if "$central_bin" registry demo-seed --citizens "$demo_citizens" --db "sqlite:$data/central.sqlite" 2>>"$log" | tee -a "$log" >&2; then
      : >"$data/.demo-central-registry"
    else
      echo "Demo: the central's registry could not be seeded; PINs set at a desk will be refused there. See $log" >&2
    fi
  fi
  codes="$(grep -o '"code": *[0-9]\{3\}\b' "$(dirname "$0")/../Assets/districts.json" | grep -o '[0-9]*$' | paste -sd, -)"
  [ -n "$codes" ] && approve_districts=(--districts "$codes")
fi
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
# Every sync request must be signed by an enrolled, approved kiosk. A province's supervisor approves a
# kiosk by hand (khyber-central devices approve ID --code C, reading the code off the kiosk); the demo
# does both steps itself, and says so.
enrolment="$("$kiosk_bin" enrol --config "$config" --data "$data" --central "$url" 2>&1 || true)"
code="$(printf '%s\n' "$enrolment" | sed -n 's/^code: //p' | head -1)"
kiosk_id="$(printf '%s\n' "$enrolment" | sed -n 's/^Enrolment requested for kiosk \([A-Z0-9]*\) .*/\1/p' | head -1)"
if [ -n "$code" ] && [ -n "$kiosk_id" ]; then
  if "$central_bin" devices approve "$kiosk_id" --code "$code" "${approve_districts[@]}" --db "sqlite:$data/central.sqlite" >>"$log" 2>&1; then
    echo "Demo: enrolled kiosk $kiosk_id at the central and approved it with code $code (in a province a supervisor approves it by hand)." | tee -a "$log" >&2
    # The next bundle lists the kiosk as a device of its centre, which is what makes the centre's operator
    # accounts usable on it; the kiosk fetches it at its first sync.
    bash "$(dirname "$0")/demo-publish.sh" "$data" "$central_bin" >>"$log" 2>&1 || echo "Demo: the trust bundle could not be republished; see $log" >&2
  else
    echo "Demo: the kiosk's enrolment could not be approved; it will be refused (HTTP 401). See $log" >&2
  fi
elif printf '%s\n' "$enrolment" | grep -q "already enrolled and approved"; then
  echo "Demo: this kiosk is already enrolled and approved at the central." | tee -a "$log" >&2
else
  printf 'Demo: the kiosk could not enrol (%s); it runs, but the central refuses its sync.\n' "$(printf '%s' "$enrolment" | tail -1)" | tee -a "$log" >&2
fi
# One round before the screen opens, so the kiosk already holds the trust bundle that lists it as an active
# device of its centre (an operator desk opens on sign-in, which needs the centre's accounts from it).
if ! "$kiosk_bin" sync --once --config "$config" --data "$data" --central "$url" >>"$log" 2>&1; then
  echo "Demo: the first sync did not complete; the kiosk keeps trying in the background. See $log" >&2
fi
"$kiosk_bin" run --config "$config" --data "$data" --central "$url"
