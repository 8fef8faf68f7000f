#!/usr/bin/env bash
# Runs every test: C# engine and HTTP tests, UI unit tests (Vitest) and the browser journey
# (playwright-core driving Debian's chromium against a real server on a fresh SQLite file).
# Installs what is missing first, so it works on a clean machine.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
log=$(mktemp -d)
passed=0
failed=0

count() { # adds the passed/failed figures found in a runner's output
  passed=$((passed + ${1:-0}))
  failed=$((failed + ${2:-0}))
}

echo "== Installing what the tests need"
if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d designer-ui/node_modules ] || [ designer-ui/package-lock.json -nt designer-ui/node_modules/.package-lock.json ]; then
  (cd designer-ui && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== Building (the UI is built by the server project)"
dotnet build Platform.sln -c Release -nologo -v quiet

for project in tests/Platform.Engine.Tests tests/Platform.Server.Tests; do
  echo "== dotnet test $project"
  set +e
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log/dotnet.txt"
  status=${PIPESTATUS[0]}
  set -e
  line=$(grep -E "^(Passed|Failed)!" "$log/dotnet.txt" | tail -1)
  count "$(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$line")" "$(sed -nE 's/.*Failed: *([0-9]+).*/\1/p' <<<"$line")"
  [ "$status" -eq 0 ] || { [ -n "$line" ] || failed=$((failed + 1)); }
done

echo "== Vitest"
set +e
(cd designer-ui && npx vitest run --reporter=default 2>&1) | tee "$log/vitest.txt"
status=${PIPESTATUS[0]}
set -e
tests_line=$(sed 's/\x1b\[[0-9;]*m//g' "$log/vitest.txt" | grep -E "^ *Tests " | tail -1)
count "$(sed -nE 's/.* ([0-9]+) passed.*/\1/p' <<<"$tests_line")" "$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$tests_line")"
[ "$status" -eq 0 ] || { [ -n "$tests_line" ] || failed=$((failed + 1)); }

echo "== Browser journey"
e2e_dir=$(mktemp -d)
port=5099
Platform__Storage__Path="$e2e_dir/platform.db" \
Platform__Admin__Email=admin@example.com \
Platform__Admin__Password='Passw0rd!e2e' \
  dotnet run --project engine/Platform.Server -c Release --no-build --no-launch-profile -- --urls "http://127.0.0.1:$port" \
  >"$e2e_dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.5
done
set +e
(cd designer-ui && E2E_BASE_URL="http://127.0.0.1:$port" E2E_ADMIN_EMAIL=admin@example.com E2E_ADMIN_PASSWORD='Passw0rd!e2e' npm run --silent e2e 2>&1) | tee "$log/e2e.txt"
status=${PIPESTATUS[0]}
set -e
# Each browser suite ends with its own "N passed, M failed" line.
e2e_lines=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$log/e2e.txt" || true)
while read -r e2e_line; do
  [ -n "$e2e_line" ] && count "$(sed -nE 's/^([0-9]+) passed.*/\1/p' <<<"$e2e_line")" "$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$e2e_line")"
done <<<"$e2e_lines"
e2e_line=$e2e_lines
if [ "$status" -ne 0 ]; then
  [ -n "$e2e_line" ] || failed=$((failed + 1))
  echo "--- server log"; tail -50 "$e2e_dir/server.log"
fi
kill $server 2>/dev/null || true
wait $server 2>/dev/null || true
rm -rf "$e2e_dir" "$log"

echo
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
