#!/usr/bin/env bash
# A PostgreSQL cluster of the project's own, for the tests, the fleet and the benchmark:
#   postgres.sh start DIR [PORT]   initdb into DIR/data if needed, start it listening on a Unix
#                                  socket in DIR (and on 127.0.0.1:PORT if given), print its URL
#   postgres.sh stop DIR           stop it by the process ID in DIR/data/postmaster.pid
#   postgres.sh remove DIR         stop it and delete its data
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

# Where the cluster of DIR lives. As root that is a folder of the postgres user's own under /tmp,
# named in DIR/cluster: the postgres user may not be able to reach into DIR (mktemp folders are
# 0700), and PostgreSQL must not run as root.
cluster() {
    local dir=$1
    if [ "$(id -u)" -ne 0 ]; then echo "$dir"; return; fi
    if [ ! -s "$dir/cluster" ] || [ ! -d "$(cat "$dir/cluster")" ]; then
        local c
        c=$(mktemp -d /tmp/thaid-postgres.XXXXXX)
        chown postgres: "$c"
        echo "$c" >"$dir/cluster"
    fi
    cat "$dir/cluster"
}

url() { echo "postgresql://postgres@/${2:-thaid}?host=$(cluster "$1")"; }

start() {
    local dir=$1 port=${2:-} bin
    bin=$(pg_bin)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    local base=$dir
    dir=$(cluster "$base")
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
    url "$base"
}

stop() {
    local dir=$1 pid
    [ -d "$dir" ] || return 0
    dir=$(cluster "$dir")
    [ -f "$dir/data/postmaster.pid" ] || return 0
    pid=$(head -1 "$dir/data/postmaster.pid")
    # SIGINT is PostgreSQL's "fast shutdown": sessions end, everything committed is kept.
    kill -INT "$pid" 2>/dev/null || return 0
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

# Stops the cluster and deletes it.
remove() {
    local dir=$1
    [ -d "$dir" ] || return 0
    stop "$dir"
    rm -rf "$(cluster "$dir")" "$dir"
}

case "${1:-}" in
    start) start "$2" "${3:-}" ;;
    stop) stop "$2" ;;
    remove) remove "$2" ;;
    url) url "$2" "${3:-}" ;;
    *) echo "usage: postgres.sh start DIR [PORT] | stop DIR | remove DIR | url DIR [DB]" >&2; exit 2 ;;
esac
