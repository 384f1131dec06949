#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the store tests: `start DIR [PORT]` creates a cluster in DIR
# (PORT: the first free one from 54329 when not given)
# (password login for user kg, listening on 127.0.0.1:PORT only, sockets in DIR), creates the
# database kg_test and prints its URL; `stop DIR` stops the cluster and deletes DIR. It never
# touches the machine's own clusters. As root, the server runs as the postgres user.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?usage: pg-throwaway.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-throwaway.sh start|stop DIR [PORT]}

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

case "$cmd" in
  start)
    port=${3:-}
    if [ -z "$port" ]; then
      # the first free port from 54329 on
      port=54329
      while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    fi
    mkdir -p "$dir"
    printf 'kgpass\n' >"$dir/pw"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "'$BIN/initdb' -D '$dir/data' -U kg --pwfile='$dir/pw' --auth=scram-sha-256 -E UTF8 --no-locale >'$dir/initdb.log' 2>&1"
    as_owner "'$BIN/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50\" start >/dev/null"
    PGPASSWORD=kgpass "$BIN/createdb" -h 127.0.0.1 -p "$port" -U kg kg_test
    echo "postgres://kg:kgpass@127.0.0.1:$port/kg_test"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "'$BIN/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-throwaway.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
