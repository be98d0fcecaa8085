# A throwaway PostgreSQL 15 cluster for the tests. Source this file, then:
#   postgres_start   initdb into a temporary folder, start on a free loopback port (trust auth, the unix
#                    socket in that folder), wait until it accepts connections and export
#                    SOURCINGBOT_TEST_POSTGRES, the connection string the tests read
#   postgres_stop    stop it and delete the folder (safe to call twice, or when it never started)
# PG_BIN overrides where initdb and pg_ctl are found.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
POSTGRES_DIR=""

# initdb and the server refuse to run as root: as root, run them as the postgres user (or nobody).
_postgres_as_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  else
    local user=postgres
    id -u postgres >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  fi
}

_postgres_owner() {
  if [ "$(id -u)" -ne 0 ]; then id -un; elif id -u postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

_postgres_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

postgres_start() {
  if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "postgres_start: no initdb/pg_ctl in $PG_BIN (apt-get install postgresql-15, or set PG_BIN)" >&2
    return 1
  fi

  POSTGRES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sourcingbot-postgres.XXXXXX")
  chmod 755 "$POSTGRES_DIR"
  chown "$(_postgres_owner)" "$POSTGRES_DIR"
  _postgres_as_owner "$PG_BIN/initdb" -D "$POSTGRES_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
    --no-sync >"$POSTGRES_DIR/initdb.log" 2>&1 || { cat "$POSTGRES_DIR/initdb.log" >&2; return 1; }

  # A port taken between the check and the start makes pg_ctl fail; then try another.
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    _postgres_port_in_use "$port" && continue
    # Durability is not what these tests check, so fsync is off: faster, and the cluster is thrown away.
    if _postgres_as_owner "$PG_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$POSTGRES_DIR -c max_connections=300 -c fsync=off" \
      start >/dev/null; then
      export SOURCINGBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') for the tests on 127.0.0.1:$port"
      return 0
    fi
  done

  cat "$POSTGRES_DIR/server.log" >&2
  return 1
}

postgres_stop() {
  if [ -n "$POSTGRES_DIR" ] && [ -d "$POSTGRES_DIR" ]; then
    if [ -f "$POSTGRES_DIR/data/postmaster.pid" ]; then
      _postgres_as_owner "$PG_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$POSTGRES_DIR"
  fi
  POSTGRES_DIR=""
  unset SOURCINGBOT_TEST_POSTGRES
}
