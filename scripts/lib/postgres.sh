#!/usr/bin/env bash
# A PostgreSQL cluster of the project's own, for the tests, the fleet and the benchmark:
#   postgres.sh start DIR [PORT]   initdb into DIR/data if needed, start it listening on a Unix
#                                  socket in DIR (and on 127.0.0.1:PORT if given), print its URL
#   postgres.sh stop DIR           stop it by the process ID in DIR/data/postmaster.pid
#   postgres.sh url DIR [DB]       the URL of database DB (default thaid)
# As root it runs as the postgres system user (PostgreSQL refuses to run as root).
set -euo pipefail

pg_bin() {
    local v
    v=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$v" ] || { echo "postgres.sh: PostgreSQL is not installed (apt install postgresql)" >&2; exit 1; }
    echo "/usr/lib/postgresql/$v/bin"
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgresql://postgres@/${2:-thaid}?host=$1"; }

start() {
    local dir=$1 port=${2:-} bin
    bin=$(pg_bin)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-instructions >"$dir/initdb.log"
        # Sized for a fleet on one machine: thousands of kiosks share a few registry
        # connections, so the database needs few connections and a little more memory.
        cat >>"$dir/data/postgresql.conf" <<CONF
max_connections = 200
shared_buffers = 256MB
synchronous_commit = on
fsync = on
log_min_messages = warning
CONF
    fi
    local listen="listen_addresses=''"
    [ -n "$port" ] && listen="listen_addresses='127.0.0.1' -c port=$port"
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c $listen" start >/dev/null
    as_pg "$bin/psql" -h "$dir" -U postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = 'thaid'" | grep -q 1 ||
        as_pg "$bin/createdb" -h "$dir" -U postgres thaid
    url "$dir"
}

stop() {
    local dir=$1 pid
    [ -f "$dir/data/postmaster.pid" ] || return 0
    pid=$(head -1 "$dir/data/postmaster.pid")
    # SIGINT is PostgreSQL's "fast shutdown": sessions end, everything committed is kept.
    kill -INT "$pid" 2>/dev/null || return 0
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
    start) start "$2" "${3:-}" ;;
    stop) stop "$2" ;;
    url) url "$2" "${3:-}" ;;
    *) echo "usage: postgres.sh start DIR [PORT] | stop DIR | url DIR [DB]" >&2; exit 2 ;;
esac
