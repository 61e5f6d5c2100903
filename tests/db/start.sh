#!/usr/bin/env bash
# Starts a throwaway MariaDB for the test suites, with its own data directory
# under <repo>/.cache/mariadb, its own socket, and TCP on 127.0.0.1 only.
# Idempotent: when our server already answers, it is reused.
# Needs Debian's mariadb-server (tests/run.sh installs it).
#
# Env contract for tests (printed at the end):
#   EBPDOCS_DB_HOST=127.0.0.1 EBPDOCS_DB_PORT=33061 EBPDOCS_DB_USER=root EBPDOCS_DB_PASSWORD=
# EBPDOCS_DB_PORT overrides the port.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${EBPDOCS_DB_DIR:-$repo_root/.cache/mariadb}"
port="${EBPDOCS_DB_PORT:-33061}"
datadir="$base/data"
socket="$base/mysqld.sock"
pidfile="$base/mysqld.pid"
logfile="$base/mysqld.log"
tmpdir="$base/tmp"
dbname="${EBPDOCS_DB_NAME:-ebpdocuments_test}"

die() { echo "tests/db/start.sh: $*" >&2; exit 1; }

mariadbd_bin="$(command -v mariadbd || true)"
[ -n "$mariadbd_bin" ] || mariadbd_bin="$(command -v /usr/sbin/mariadbd || true)"
[ -n "$mariadbd_bin" ] || die "mariadbd not found: apt-get install -y mariadb-server (tests/run.sh does it)"
command -v mariadb >/dev/null || die "mariadb client not found: apt-get install -y mariadb-client"
command -v mariadb-admin >/dev/null || die "mariadb-admin not found: apt-get install -y mariadb-client"

ping_socket() { mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1; }
# Our server answering on TCP although its socket file is gone (removed by hand, say).
ours_on_tcp() {
  local dd
  dd="$(mariadb --no-defaults -h127.0.0.1 -P"$port" -uroot -N -B -e 'SELECT @@datadir' 2>/dev/null)" || return 1
  [ "$(cd "${dd%/}" 2>/dev/null && pwd -P)" = "$(cd "$datadir" 2>/dev/null && pwd -P)" ]
}
sql() {
  if [ -S "$socket" ]; then
    mariadb --no-defaults --socket="$socket" -uroot -N -B -e "$1"
  else
    mariadb --no-defaults -h127.0.0.1 -P"$port" -uroot -N -B -e "$1"
  fi
}

print_settings() {
  cat <<SETTINGS
MariaDB ready ($(sql 'SELECT VERSION()' 2>/dev/null || echo '?')), data in ${datadir#"$repo_root"/}
  EBPDOCS_DB_HOST=127.0.0.1
  EBPDOCS_DB_PORT=$port
  EBPDOCS_DB_USER=root
  EBPDOCS_DB_PASSWORD=
  EBPDOCS_DB_NAME=$dbname
  EBPDOCS_DB_SOCKET=$socket
SETTINGS
}

mkdir -p "$base" "$tmpdir"
# One start/stop at a time for this data directory.
exec 9>"$base/.lock"
flock -w 60 9 || die "another start/stop holds $base/.lock"

if ping_socket || ours_on_tcp; then
  echo "MariaDB already running for ${datadir#"$repo_root"/} (reused)"
  print_settings
  exit 0
fi

# A stale pid file from a killed server: remove it, after checking the pid is not ours any more.
if [ -f "$pidfile" ]; then
  oldpid="$(cat "$pidfile" 2>/dev/null || true)"
  if [ -n "$oldpid" ] && kill -0 "$oldpid" 2>/dev/null; then
    die "a server with pid $oldpid owns $pidfile but does not answer on $socket; stop it with tests/db/stop.sh"
  fi
  rm -f "$pidfile" "$socket"
fi

if [ ! -d "$datadir/mysql" ]; then
  echo "Initialising MariaDB data directory in ${datadir#"$repo_root"/}"
  rm -rf "$datadir"
  mkdir -p "$datadir"
  install_db="$(command -v mariadb-install-db || command -v mysql_install_db || true)"
  [ -n "$install_db" ] || die "mariadb-install-db not found (package mariadb-server)"
  if ! "$install_db" --no-defaults --user="$(id -un)" --datadir="$datadir" \
      --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
      >"$base/install.log" 2>&1; then
    cat "$base/install.log" >&2
    die "mariadb-install-db failed"
  fi
fi

# Port already taken by someone else?
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "port $port on 127.0.0.1 is in use by another program; set EBPDOCS_DB_PORT"
fi

# --no-defaults must come first: nothing from /etc/mysql is read.
setsid "$mariadbd_bin" --no-defaults \
  --user="$(id -un)" \
  --datadir="$datadir" \
  --socket="$socket" \
  --pid-file="$pidfile" \
  --log-error="$logfile" \
  --tmpdir="$tmpdir" \
  --port="$port" \
  --bind-address=127.0.0.1 \
  --skip-name-resolve \
  --skip-log-bin \
  --character-set-server=utf8mb4 \
  --collation-server=utf8mb4_general_ci \
  --default-storage-engine=InnoDB \
  --innodb-buffer-pool-size=64M \
  --innodb-log-file-size=32M \
  --innodb-flush-log-at-trx-commit=2 \
  --innodb-doublewrite=0 \
  --innodb-use-native-aio=0 \
  --max-connections=200 \
  --max-allowed-packet=64M \
  </dev/null >>"$logfile" 2>&1 9>&- &
server_pid=$!

for _ in $(seq 1 150); do
  if ping_socket; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    tail -n 40 "$logfile" >&2 || true
    die "mariadbd exited during start-up (log: $logfile)"
  fi
  sleep 0.2
done
ping_socket || { tail -n 40 "$logfile" >&2 || true; die "mariadbd did not answer within 30 s (log: $logfile)"; }

# root without password over TCP on loopback (skip-name-resolve: host is the literal address).
sql "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
     GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
     CREATE DATABASE IF NOT EXISTS \`$dbname\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;"

mariadb --no-defaults -h127.0.0.1 -P"$port" -uroot -e 'SELECT 1' >/dev/null \
  || die "MariaDB does not accept root over TCP 127.0.0.1:$port"

echo "MariaDB started (pid $server_pid)"
print_settings
