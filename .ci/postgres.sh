#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests. Prints ONE line on stdout:
#   export PARLEY_TEST_POSTGRES=postgresql://parley@127.0.0.1:54329/parley_test
# so `.ci/run` can `eval "$(.ci/postgres.sh)"`. Everything else goes to stderr.
# Idempotent: a server already answering on the port is reused (takes well under a second).
# Settings (optional): PARLEY_PG_PORT (54329), PARLEY_PG_DIR (/tmp/parley-pg-$PORT).
set -euo pipefail

PORT="${PARLEY_PG_PORT:-54329}"
DIR="${PARLEY_PG_DIR:-/tmp/parley-pg-$PORT}"
HOST=127.0.0.1
DB=parley_test
SUPERUSER=parley
log() { echo "postgres.sh: $*" >&2; }

# Debian keeps the server binaries off PATH, under /usr/lib/postgresql/<version>/bin.
find_bin() {
    command -v "$1" 2>/dev/null && return
    ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1
}

if [[ -z "$(find_bin initdb)" || -z "$(find_bin pg_ctl)" ]]; then
    log "installing the Debian postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
fi
INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"
PG_ISREADY="$(find_bin pg_isready)"
PSQL="$(find_bin psql)"

# initdb and postgres refuse to run as root, so the cluster belongs to `postgres` under root.
if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" postgres
    as_owner() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_owner() { "$@"; }
    OWNER="$(id -un)"
fi

if ! "$PG_ISREADY" -q -h "$HOST" -p "$PORT"; then
    if [[ ! -f "$DIR/PG_VERSION" ]]; then
        log "creating a cluster in $DIR"
        mkdir -p "$DIR"
        chown "$OWNER" "$DIR"
        chmod 700 "$DIR"
        # Trust auth, listening on 127.0.0.1 only.
        as_owner "$INITDB" -D "$DIR" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
            --locale=C --no-sync >/dev/null
    fi
    log "starting the server on $HOST:$PORT"
    # fsync off: a test cluster need not survive a power cut, and it makes commits fast.
    as_owner "$PG_CTL" -D "$DIR" -l "$DIR/server.log" -w -t 30 \
        -o "-h $HOST -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off" start >/dev/null
fi

exists="$("$PSQL" -h "$HOST" -p "$PORT" -U "$SUPERUSER" -d postgres -Atqc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'")"
if [[ "$exists" != 1 ]]; then
    # A linguistic (ICU "en") default collation, unlike the cluster's C: the store must sort
    # byte-wise anyway, and the tests would catch it if it did not. Plain database without ICU.
    "$PSQL" -h "$HOST" -p "$PORT" -U "$SUPERUSER" -d postgres -qc \
        "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' \
LOCALE_PROVIDER icu ICU_LOCALE 'en'" >&2 2>/dev/null ||
        "$PSQL" -h "$HOST" -p "$PORT" -U "$SUPERUSER" -d postgres -qc "CREATE DATABASE $DB" >&2
fi
echo "export PARLEY_TEST_POSTGRES=postgresql://$SUPERUSER@$HOST:$PORT/$DB"
