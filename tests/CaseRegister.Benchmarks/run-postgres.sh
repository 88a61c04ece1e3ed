#!/usr/bin/env bash
# Runs a benchmark scenario on a throwaway PostgreSQL cluster (as ./test.sh starts one for the
# tests): initdb into a temp folder, pg_ctl on 127.0.0.1 and a free port, the benchmark with
# --provider postgres, then stop and delete the cluster. Arguments go to the benchmark, e.g.
#   tests/CaseRegister.Benchmarks/run-postgres.sh all --out docs/benchmark-run.md
# Unlike test.sh the cluster keeps PostgreSQL's default durability (fsync on), so that write
# figures (planner, enrolment) compare fairly with SQLite, which syncs on every commit.
set -euo pipefail
cd "$(dirname "$0")/../.."

. tests/throwaway-postgres.sh
start_throwaway_postgres "-c shared_buffers=256MB -c max_wal_size=4GB"
echo "Throwaway PostgreSQL $pg_version on 127.0.0.1:$pg_port"

dotnet build tests/CaseRegister.Benchmarks -c Release -v quiet -nologo >/dev/null
scenario=${1:-all}
shift || true
dotnet tests/CaseRegister.Benchmarks/bin/Release/net10.0/CaseRegister.Benchmarks.dll "$scenario" \
  --provider postgres --pg "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres" "$@"
