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

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/caseregister-pg.XXXXXX)
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
# Durability is not needed for a throwaway test server; speed is.
pg "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w start \
  -o "-h 127.0.0.1 -p $port -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
echo "Throwaway PostgreSQL running on 127.0.0.1:$port"

export CASEREGISTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
export CASEREGISTER_CHROMIUM=/usr/bin/chromium
# Each test host would watch appsettings.json for changes; hundreds of hosts exhaust the inotify
# instances of a small CI machine (limit 128 per user). Tests never edit the file.
export DOTNET_hostBuilder__reloadConfigOnChange=false
dotnet test CaseRegister.sln "$@"
