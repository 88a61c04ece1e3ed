#!/usr/bin/env bash
# Runs a benchmark scenario on a throwaway PostgreSQL cluster (as ./test.sh starts one for the
# tests): initdb into a temp folder, pg_ctl on 127.0.0.1 and a free port, the benchmark with
# --provider postgres, then stop and delete the cluster. Arguments go to the benchmark, e.g.
#   tests/CaseRegister.Benchmarks/run-postgres.sh all --out docs/benchmark-run.md
# Unlike test.sh the cluster keeps PostgreSQL's default durability (fsync on), so that write
# figures (planner, enrolment) compare fairly with SQLite, which syncs on every commit.
set -euo pipefail
cd "$(dirname "$0")/../.."

ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2; exit 1; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/caseregister-bench-pg.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( port + 1 )); done

# PostgreSQL refuses to run as root: run the cluster as the 'postgres' system user then.
pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$work"
fi

stop() {
  pg "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

pg "$pgbin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
pg "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w start \
  -o "-h 127.0.0.1 -p $port -k $work -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=4GB" >/dev/null
echo "Throwaway PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

dotnet build tests/CaseRegister.Benchmarks -c Release -v quiet -nologo >/dev/null
scenario=${1:-all}
shift || true
dotnet tests/CaseRegister.Benchmarks/bin/Release/net10.0/CaseRegister.Benchmarks.dll "$scenario" \
  --provider postgres --pg "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "$@"
