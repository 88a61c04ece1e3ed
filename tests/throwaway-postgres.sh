# Sourced by ./test.sh and tests/CaseRegister.Benchmarks/run-postgres.sh: starts a private
# PostgreSQL cluster in a temp folder on 127.0.0.1 and a free port, sets $pg_port and $pg_version,
# and stops and deletes the cluster when the calling script exits.
#   start_throwaway_postgres "-c fsync=off ..."   (extra server settings)

start_throwaway_postgres() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2; exit 1; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_work=$(mktemp -d /tmp/caseregister-pg.XXXXXX)
  pg_port=$(( 20000 + RANDOM % 20000 ))
  while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$(( pg_port + 1 )); done

  # PostgreSQL refuses to run as root: run the cluster as the 'postgres' system user then.
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$pg_work"
  fi
  trap stop_throwaway_postgres EXIT

  as_postgres "$pg_bin/initdb" -D "$pg_work/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_work/data" -l "$pg_work/server.log" -w start \
    -o "-h 127.0.0.1 -p $pg_port -k $pg_work -c max_connections=200 $1" >/dev/null
  pg_version=$("$pg_bin/postgres" --version | awk '{print $3}')
}

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_throwaway_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_work"
}
