#!/usr/bin/env bash
# Runs every test of CaseRegister against real SQLite and a real, throwaway PostgreSQL server.
# Installs what the tests need when it is missing (Debian: postgresql, chromium), starts a private
# PostgreSQL cluster on 127.0.0.1 and a free port, runs `dotnet test CaseRegister.sln`, and stops
# the cluster again. Extra arguments go to `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

. tests/throwaway-postgres.sh
# Durability is not needed for a throwaway test server; speed is.
start_throwaway_postgres "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
echo "Throwaway PostgreSQL $pg_version running on 127.0.0.1:$pg_port"

export CASEREGISTER_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
export CASEREGISTER_CHROMIUM=/usr/bin/chromium
# Each test host would watch appsettings.json for changes; hundreds of hosts exhaust the inotify
# instances of a small CI machine (limit 128 per user). Tests never edit the file.
export DOTNET_hostBuilder__reloadConfigOnChange=false
dotnet test CaseRegister.sln "$@"
