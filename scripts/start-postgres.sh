#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the store tests and prints its URL on stdout.
# Idempotent: a second call finds the cluster running and prints the same URL.
# Dates are compared as strings, so the cluster gets the C.UTF-8 locale (byte order).
# Run as root (CI) or as a user who may `su postgres`. Needs `apt-get install -y postgresql`.
#
#   export PG_URL="$(bash scripts/start-postgres.sh)"
#   npx vitest run src/store src/export
#
# Settings (env): PG_DIR (data folder, default /tmp/chronicle-pg), PG_PORT (default 54329),
# PG_USER / PG_PASSWORD / PG_DB (default chronicle / chronicle / chronicle).
set -euo pipefail

PG_DIR="${PG_DIR:-/tmp/chronicle-pg}"
PG_PORT="${PG_PORT:-54329}"
PG_USER="${PG_USER:-chronicle}"
PG_PASSWORD="${PG_PASSWORD:-chronicle}"
PG_DB="${PG_DB:-chronicle}"

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "start-postgres: PostgreSQL is not installed; run: apt-get install -y postgresql" >&2
  exit 1
fi

# Run a command as the postgres OS user (initdb and the server refuse to run as root).
as_pg() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

mkdir -p "$PG_DIR"
chown postgres:postgres "$PG_DIR" 2>/dev/null || true
chmod 700 "$PG_DIR"

if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
  as_pg "$BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
fi

if ! as_pg "$BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
  # Unix socket in the data folder (not /var/run/postgresql, which may not exist); TCP on loopback only.
  # fsync off: a test cluster, thrown away, never worth the disk waits.
  as_pg "$BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { tail -n 20 "$PG_DIR/server.log" >&2; exit 1; }
fi

psql_admin() { as_pg "$BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$PG_USER'")" != 1 ]; then
  psql_admin -c "create role \"$PG_USER\" login password '$PG_PASSWORD'"
fi
# The store tests create a database per test file (see src/store/testing/dialects.ts).
psql_admin -c "alter role \"$PG_USER\" createdb"
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$PG_DB'")" != 1 ]; then
  psql_admin -c "create database \"$PG_DB\" owner \"$PG_USER\""
fi

echo "postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
