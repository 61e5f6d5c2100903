#!/usr/bin/env bash
# Stops the throwaway MariaDB started by tests/db/start.sh. Keeps its data
# directory (the next start reuses it); pass --wipe to delete it as well.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${EBPDOCS_DB_DIR:-$repo_root/.cache/mariadb}"
port="${EBPDOCS_DB_PORT:-33061}"
datadir="$base/data"
socket="$base/mysqld.sock"
pidfile="$base/mysqld.pid"

[ -d "$base" ] || { echo "MariaDB: nothing to stop ($base does not exist)"; exit 0; }
exec 9>"$base/.lock"
flock -w 60 9 || { echo "tests/db/stop.sh: another start/stop holds $base/.lock" >&2; exit 1; }

server_pid() {
  # The mariadbd that owns our data directory, whatever its pid/socket files say.
  local p cmd
  p="$(cat "$pidfile" 2>/dev/null || true)"
  if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then echo "$p"; return; fi
  for cmd in /proc/[0-9]*/cmdline; do
    if tr '\0' '\n' <"$cmd" 2>/dev/null | grep -qxF -- "--datadir=$datadir"; then
      p="${cmd#/proc/}"; echo "${p%/cmdline}"; return
    fi
  done
}

pid="$(server_pid)"
if mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1; then
  mariadb-admin --no-defaults --socket="$socket" -uroot shutdown >/dev/null 2>&1 || true
elif [ -n "$pid" ]; then
  kill "$pid" 2>/dev/null || true
fi

if [ -n "$pid" ]; then
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "tests/db/stop.sh: mariadbd $pid still running after 20 s, sending KILL" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
fi
# The server removes its own pid file and socket; clean up only after a crash.
if ! mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1; then
  rm -f "$socket"
fi
p="$(cat "$pidfile" 2>/dev/null || true)"
if [ -n "$p" ] && ! kill -0 "$p" 2>/dev/null; then
  rm -f "$pidfile"
fi
echo "MariaDB stopped"

if [ "${1:-}" = "--wipe" ]; then
  rm -rf "$base"
  echo "MariaDB data removed ($base)"
fi
