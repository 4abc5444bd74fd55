#!/usr/bin/env bash
# A throw-away PostgreSQL for the central store's tests: `start` makes a cluster in a temporary folder
# (trust authentication, 127.0.0.1 only, fsync off) and records its URL; `env` prints the export line;
# `stop` stops it and removes the folder. Run as root, the cluster belongs to and runs as `postgres`.
set -euo pipefail

state_file="${KHYBER_PG_STATE:-/tmp/khyber-pg-$(id -u).state}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ]; then
    echo "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin: run scripts/setup.sh (Debian package postgresql)." >&2
    exit 1
  fi
  echo "$dir"
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  if [ -f "$state_file" ]; then
    echo "A test PostgreSQL is already recorded in $state_file; stopping it first." >&2
    stop
  fi
  local bin folder port
  bin=$(pg_bin)
  folder=$(mktemp -d "/tmp/khyber-pg-$(id -u)-XXXX")
  chmod 755 "$folder"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$folder"; fi
  as_owner "$bin/initdb" --auth=trust -U postgres -D "$folder/data" --no-sync >"$folder/initdb.log" 2>&1 || {
    cat "$folder/initdb.log" >&2; exit 1; }
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
    start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
  for _ in $(seq 1 100); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then break; fi
    sleep 0.1
  done
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL did not become ready; see $folder/server.log" >&2; exit 1; }
  printf 'folder=%s\nurl=postgres://postgres@127.0.0.1:%s/postgres\n' "$folder" "$port" >"$state_file"
  echo "Test PostgreSQL running: postgres://postgres@127.0.0.1:$port/postgres (folder $folder)"
}

stop() {
  [ -f "$state_file" ] || return 0
  local folder
  folder=$(sed -n 's/^folder=//p' "$state_file")
  if [ -n "$folder" ] && [ -d "$folder/data" ]; then
    as_owner "$(pg_bin)/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$folder" in /tmp/khyber-pg-*) rm -rf "$folder" ;; esac
  rm -f "$state_file"
}

print_env() {
  [ -f "$state_file" ] || { echo "No test PostgreSQL is running: run scripts/test-postgres.sh start" >&2; exit 1; }
  echo "export KHYBER_TEST_POSTGRES_URL=$(sed -n 's/^url=//p' "$state_file")"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
