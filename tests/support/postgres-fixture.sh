#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 cluster on a free loopback port for the test suite.
#   postgres-fixture.sh start DIR   -> initdb into a fresh directory under /tmp, start, write the URL to DIR/url
#   postgres-fixture.sh stop DIR    -> stop the server and remove both directories
#   postgres-fixture.sh halt DIR    -> stop the server, keep the cluster (an outage the test causes)
#   postgres-fixture.sh resume DIR  -> start the halted cluster again on the same port
# Root cannot run postgres, so as root the cluster belongs to the 'postgres' system user; it lives under
# /tmp because the build tree may sit where that user cannot go (e.g. /root, mode 0700).
set -euo pipefail
action=${1:?start|stop|halt|resume}
dir=${2:?directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "postgres-fixture: PostgreSQL server binaries not found (install 'postgresql')" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    [ -f "$dir/cluster" ] || return 0
    cluster=$(cat "$dir/cluster")
    if [ -d "$cluster/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$cluster" in /tmp/castellan-pg.*) rm -rf "$cluster" ;; esac
}

start_cluster() {
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster/socket -c max_connections=200 -c fsync=off" start \
        >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
}

case "$action" in
start)
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/castellan-pg.XXXXXX)
    echo "$cluster" > "$dir/cluster"
    mkdir -p "$cluster/socket"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$cluster"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    echo "$password" > "$cluster/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres "$cluster/pwfile"
    as_owner "$bindir/initdb" -D "$cluster/data" -U castellan --pwfile="$cluster/pwfile" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    start_cluster
    echo "postgresql://castellan:$password@127.0.0.1:$port/postgres" > "$dir/url"
    echo "postgres-fixture: running on 127.0.0.1:$port"
    ;;
halt)
    cluster=$(cat "$dir/cluster")
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null
    ;;
resume)
    cluster=$(cat "$dir/cluster")
    port=$(cat "$dir/port")
    start_cluster
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop|halt|resume DIR" >&2
    exit 2
    ;;
esac
