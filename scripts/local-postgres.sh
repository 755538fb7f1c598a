#!/usr/bin/env bash
# A throwaway local PostgreSQL for tests and CI, listening on 127.0.0.1 only.
#   scripts/local-postgres.sh start <dir> <port>   init (if needed) and start; prints DATABASE_URL
#   scripts/local-postgres.sh stop <dir>           stop it
# Installs Debian's postgresql when no server binaries are found. initdb and pg_ctl refuse to run
# as root, so as root they run as the postgres user, with a data directory it owns.
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  [ "$(id -u)" = 0 ] || { echo "PostgreSQL is not installed and this user cannot install it (needs root)" >&2; exit 1; }
  echo "Installing Debian's postgresql package..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  # Debian's package starts a cluster of its own on port 5432; it is not used here.
  service postgresql stop >/dev/null 2>&1 || true
}

cmd=${1:?usage: local-postgres.sh start|stop <dir> [port]}
dir=${2:?data directory required}
port=${3:-55432}

bin=$(find_bin) || { install_postgres; bin=$(find_bin); }

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
