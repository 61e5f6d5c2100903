#!/usr/bin/env bash
# Stops the throwaway MariaDB started by tests/db/start.sh. Keeps its data
# directory (the next start reuses it); pass --wipe to delete it as well.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${EBPDOCS_DB_DIR:-$repo_root/.cache/mariadb}"
socket="$base/mysqld.sock"
pidfile="$base/mysqld.pid"

pid=""
[ -f "$pidfile" ] && pid="$(cat "$pidfile" 2>/dev/null || true)"

if mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1; then
  mariadb-admin --no-defaults --socket="$socket" -uroot shutdown >/dev/null 2>&1 || true
elif [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
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
rm -f "$pidfile" "$socket"
echo "MariaDB stopped"

if [ "${1:-}" = "--wipe" ]; then
  rm -rf "$base"
  echo "MariaDB data removed ($base)"
fi
