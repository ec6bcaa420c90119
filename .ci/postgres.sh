#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's packages.
#
#   .ci/postgres.sh start   install if missing, create the cluster if missing, start it;
#                           prints the connection URL (the only line on stdout)
#   .ci/postgres.sh stop    stop the server and delete the cluster
#   .ci/postgres.sh halt    stop the server but keep the cluster (start brings it back)
#   .ci/postgres.sh url     print the connection URL
#
# PG_PORT (default 54329) picks the instance; each port has its own cluster directory, so a
# test can run a second server of its own. Safe to run twice. Progress goes to stderr.
set -euo pipefail

PORT="${PG_PORT:-54329}"
DIR="${PG_DIR:-${TMPDIR:-/tmp}/factbot-pg-${PORT}}"
DATA="$DIR/data"
APP_USER=factbot
APP_PASSWORD=factbot-test
APP_DB=factbot
URL="postgres://${APP_USER}:${APP_PASSWORD}@127.0.0.1:${PORT}/${APP_DB}"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local initdb
  initdb="$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$initdb" ]] && dirname "$initdb"
}

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# initdb and postgres refuse to run as root; CI runs as root, developers usually do not.
as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_server() {
  say "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  if ! as_root apt-get install -y --no-install-recommends postgresql >&2; then
    as_root apt-get update >&2
    as_root apt-get install -y --no-install-recommends postgresql >&2
  fi
}

is_running() { [[ -f "$DATA/PG_VERSION" ]] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

psql_admin() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres "$@"; }

create_cluster() {
  say "creating a cluster in $DIR"
  mkdir -p "$DIR"
  if [[ $EUID -eq 0 ]]; then chown postgres: "$DIR"; fi
  as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # A disposable test server: durability is traded for speed.
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

start() {
  BIN="$(find_bin)" || { install_server; BIN="$(find_bin)"; }
  [[ -f "$DATA/PG_VERSION" ]] || create_cluster
  if ! is_running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start >/dev/null \
      || { tail -n 20 "$DIR/server.log" >&2; exit 1; }
  fi
  psql_admin <<SQL
SELECT 'CREATE ROLE $APP_USER LOGIN CREATEDB PASSWORD ''$APP_PASSWORD'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_USER') \gexec
SELECT 'CREATE DATABASE $APP_DB OWNER $APP_USER'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$APP_DB') \gexec
SQL
  say "running on 127.0.0.1:$PORT"
  echo "$URL"
}

halt() {
  BIN="$(find_bin)" || return 0
  if is_running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
}

case "${1:-}" in
  start) start ;;
  halt) halt; say "halted (cluster kept in $DIR)" ;;
  stop) halt; rm -rf "$DIR"; say "stopped and removed $DIR" ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|halt|url" >&2; exit 2 ;;
esac
