#!/usr/bin/env bash
# The fleet side of the registry on one machine: PostgreSQL, N thaid-registryd processes sharing
# it, and nginx in front (packaging/registry/nginx). Each piece is stopped by its process ID.
#
#   scripts/fleet.sh start DIR [--processes N] [--kiosk-port P] [--phone-port P]
#                              [--stations IDS] [--config INI]
#       Makes DIR (a demo registry with its CA, certificates and citizens, unless DIR already
#       holds one), starts everything and prints one line:
#         fleet ready kiosk=https://127.0.0.1:P phone=https://127.0.0.1:P processes=N
#       Port 0 (the default) picks free ports.
#   scripts/fleet.sh stop DIR          stops nginx, the registry processes and PostgreSQL
#   scripts/fleet.sh remove DIR        stops them and deletes DIR with the database
#   scripts/fleet.sh kill DIR I        kills registry process I (1..N) at once, as a crash would
#   scripts/fleet.sh restart DIR I     starts registry process I again
#
# DIR afterwards: registry/ (CA, certificates, keys), postgres/, nginx/, registry-I.log and
# .pid. See the README, "The registry for a fleet", for the same pieces on separate machines.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

REGISTRYD="${THAID_REGISTRYD:-$THAID_BUILD/bin/thaid-registryd}"
PROXY_NAME=thaid-proxy
BACKEND_NAME=registry-backend

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_ready() {  # log file, pid
    for _ in $(seq 300); do
        grep -q "^thaid-registryd ready" "$1" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || { cat "$1" >&2; die "registry process $2 exited"; }
        sleep 0.1
    done
    die "registry process $2 did not become ready"
}

start_process() {  # DIR I
    local dir=$1 i=$2 kiosk phone url log pid
    kiosk=$(sed -n "${i}p" "$dir/backend-kiosk-ports")
    phone=$(sed -n "${i}p" "$dir/backend-phone-ports")
    url=$(cat "$dir/database-url")
    log="$dir/registry-$i.log"
    : >"$log"
    "$REGISTRYD" --dir "$dir/registry" --db "$url" --trusted-proxy "$PROXY_NAME" \
        --listen "127.0.0.1:$kiosk" --phone-listen "127.0.0.1:$phone" \
        --config "$dir/registry.ini" >>"$log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/registry-$i.pid"
    wait_ready "$log" "$pid"
}

write_nginx() {  # DIR KIOSK_PORT PHONE_PORT
    local dir=$1 kport=$2 pport=$3 user_line=""
    mkdir -p "$dir/nginx/tmp"
    : >"$dir/registry/upstreams-kiosk.conf"
    : >"$dir/registry/upstreams-phone.conf"
    while read -r p; do
        echo "server 127.0.0.1:$p max_fails=3 fail_timeout=5s;" >>"$dir/registry/upstreams-kiosk.conf"
    done <"$dir/backend-kiosk-ports"
    while read -r p; do
        echo "server 127.0.0.1:$p max_fails=3 fail_timeout=5s;" >>"$dir/registry/upstreams-phone.conf"
    done <"$dir/backend-phone-ports"
    sed -e "s#/etc/thaid-registry#$dir/registry#g" -e "s#proxy_ssl_name thaid-registry-backend#proxy_ssl_name $BACKEND_NAME#" \
        "$THAID_ROOT/packaging/registry/nginx/nginx-proxy.conf" >"$dir/registry/nginx-proxy.conf"
    sed -e "s#/etc/thaid-registry#$dir/registry#g" -e "s#listen 8443 ssl#listen 127.0.0.1:$kport ssl#" \
        -e "s#listen 8444 ssl#listen 127.0.0.1:$pport ssl#" \
        "$THAID_ROOT/packaging/registry/nginx/thaid-registry.conf" >"$dir/nginx/thaid-registry.conf"
    # As root, nginx's workers drop to www-data; they read no file after start.
    [ "$(id -u)" -eq 0 ] && user_line="user www-data;"
    cat >"$dir/nginx/nginx.conf" <<CONF
$user_line
worker_processes auto;
worker_rlimit_nofile 20000;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 9000; multi_accept on; }
http {
    access_log off;
    client_body_temp_path $dir/nginx/tmp/body;
    proxy_temp_path $dir/nginx/tmp/proxy;
    fastcgi_temp_path $dir/nginx/tmp/fastcgi;
    uwsgi_temp_path $dir/nginx/tmp/uwsgi;
    scgi_temp_path $dir/nginx/tmp/scgi;
    include $dir/nginx/thaid-registry.conf;
}
CONF
}

start() {
    local dir=$1; shift
    local n=2 kport=0 pport=0 stations=10501,10502 config=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --processes) n=$2; shift 2 ;;
            --kiosk-port) kport=$2; shift 2 ;;
            --phone-port) pport=$2; shift 2 ;;
            --stations) stations=$2; shift 2 ;;
            --config) config=$2; shift 2 ;;
            *) die "fleet.sh start: unknown option $1" ;;
        esac
    done
    [ -x "$REGISTRYD" ] || die "no $REGISTRYD: build first (scripts/demo.sh or cmake --build build)"
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || die "nginx is not installed"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    local url
    url=$("$THAID_ROOT/scripts/lib/postgres.sh" start "$dir/postgres")
    echo "$url" >"$dir/database-url"
    if [ ! -f "$dir/registry/ca.pem" ]; then
        "$REGISTRYD" init --dir "$dir/registry" --db "$url" \
            --demo-data "$THAID_ROOT/resources/demo/registry/demo-registry.json" \
            --images "$THAID_ROOT/tests/data/fingerprints" --stations "$stations" \
            --server-name "127.0.0.1,$BACKEND_NAME" >"$dir/init.log" 2>&1 ||
            { cat "$dir/init.log" >&2; die "thaid-registryd init failed"; }
    fi
    # Behind nginx the registry serves one client, the proxy, with thousands of requests: the
    # per-client limits are nginx's. [database] and [http] from --config come on top.
    {
        echo "[http]"
        echo "max_connections=20000"
        echo "max_long_polls=20000"
        [ -n "$config" ] && grep -v '^\[http\]' "$config" || true
    } >"$dir/registry.ini"
    : >"$dir/backend-kiosk-ports"
    : >"$dir/backend-phone-ports"
    for _ in $(seq "$n"); do
        free_port >>"$dir/backend-kiosk-ports"
        free_port >>"$dir/backend-phone-ports"
    done
    for i in $(seq "$n"); do start_process "$dir" "$i"; done
    [ "$kport" = 0 ] && kport=$(free_port)
    [ "$pport" = 0 ] && pport=$(free_port)
    write_nginx "$dir" "$kport" "$pport"
    /usr/sbin/nginx -q -t -e "$dir/nginx/error.log" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" 2>"$dir/nginx/check.log" ||
        { cat "$dir/nginx/check.log" >&2; die "nginx refused the configuration"; }
    /usr/sbin/nginx -e "$dir/nginx/error.log" -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
    for _ in $(seq 100); do [ -s "$dir/nginx/nginx.pid" ] && break; sleep 0.05; done
    echo "$n" >"$dir/processes"
    echo "fleet ready kiosk=https://127.0.0.1:$kport phone=https://127.0.0.1:$pport processes=$n"
}

stop_pid() {  # pidfile [signal]
    local pid
    [ -f "$1" ] || return 0
    pid=$(cat "$1")
    kill "-${2:-TERM}" "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$1"
}

stop() {
    local dir=$1
    [ -d "$dir" ] || return 0
    dir=$(cd "$dir" && pwd)
    stop_pid "$dir/nginx/nginx.pid" QUIT
    for f in "$dir"/registry-*.pid; do [ -e "$f" ] && stop_pid "$f"; done
    "$THAID_ROOT/scripts/lib/postgres.sh" stop "$dir/postgres"
}

case "${1:-}" in
    start) start "$2" "${@:3}" ;;
    stop) stop "$2" ;;
    remove) stop "$2"; "$THAID_ROOT/scripts/lib/postgres.sh" remove "$2/postgres"; rm -rf "$2" ;;
    kill) stop_pid "$2/registry-$3.pid" KILL ;;
    restart) start_process "$(cd "$2" && pwd)" "$3" ;;
    *) echo "usage: fleet.sh start DIR [options] | stop DIR | remove DIR | kill DIR I | restart DIR I" >&2
       exit 2 ;;
esac
