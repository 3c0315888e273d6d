# SPDX-License-Identifier: Apache-2.0
# Throwaway PostgreSQL cluster for the tests. Source this file, then:
#   trap pg_stop EXIT; pg_start
# pg_start exports WN_TEST_PG_URL (superuser "wn", no password, loopback only);
# pg_stop stops the server and deletes everything it wrote. PG_FSYNC=on keeps fsync (benchmarks
# that compare with SQLite's durable commits); tests run without it.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=
pg_as=() # prefix that runs the PostgreSQL binaries as their owner

pg_start()
{
    if [[ ! -x $PG_BIN/initdb || ! -x $PG_BIN/pg_ctl ]]; then
        echo "error: PostgreSQL 15 binaries not found in $PG_BIN (scripts/setup installs them)" >&2
        return 1
    fi
    PG_DIR=$(mktemp -d)
    # PostgreSQL refuses to run as root: hand the cluster to the postgres user.
    if ((EUID == 0)); then
        chown postgres: "$PG_DIR"
        pg_as=(runuser -u postgres --)
    fi
    "${pg_as[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U wn >/dev/null

    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # fsync off unless asked: the data is thrown away; many connections: test suites run in
    # parallel.
    if ! "${pg_as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -s start \
        -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-off} -c max_connections=300"; then
        cat "$PG_DIR/log" >&2
        return 1
    fi
    export WN_TEST_PG_URL="postgres://wn@127.0.0.1:$port/postgres"
}

pg_stop()
{
    [[ -n $PG_DIR ]] || return 0
    if [[ -f $PG_DIR/data/postmaster.pid ]]; then
        "${pg_as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -s stop || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=
}
