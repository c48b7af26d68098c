#!/usr/bin/env bash
# The web page and API in a real browser and against their contract (issue 15):
#   - Python Playwright driving Debian's Chromium (the browser flows, screenshots),
#   - axe-core through axe-playwright-python on every page, in French and English,
#   - schemathesis running docs/api/openapi.yaml against the server.
# Installs what it needs (Chromium from Debian, a venv with the Python tools), starts
# conforme-web on a free loopback port, waits for its line, runs the tests, and stops it.
# Output (screenshots, axe and schemathesis reports): .test-output/web/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${CONFORME_WEB_OUTPUT:-$PWD/.test-output/web}"
venv="${CONFORME_WEB_VENV:-$PWD/.venv-web}"
rm -rf "$out"
mkdir -p "$out"

sudo_if_needed() {
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo "$@"; else "$@"; fi
}
if [ ! -x /usr/bin/chromium ]; then
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$venv/bin/schemathesis" ] || [ ! -x "$venv/bin/pytest" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r Tests/web/requirements.txt
fi

swift build --product conforme-web
bin="$(swift build --show-bin-path)/conforme-web"

# Port 0: the system picks a free port; the server prints the address it listens on.
log="$out/server.log"
"$bin" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 300); do
    url="$(sed -n 's/^conforme-web: //p' "$log" | head -n 1)"
    [ -n "$url" ] && break
    if ! kill -0 "$server" 2>/dev/null; then cat "$log" >&2; echo "web-tests: conforme-web stopped" >&2; exit 1; fi
    sleep 0.1
done
[ -n "$url" ] || { echo "web-tests: conforme-web did not start" >&2; exit 1; }
echo "web-tests: conforme-web at $url"

status=0
CONFORME_WEB_URL="$url" CONFORME_WEB_OUTPUT="$out" "$venv/bin/pytest" -q -p no:cacheprovider Tests/web \
    --junitxml="$out/browser-junit.xml" || status=1
if [ -f "$out/axe-summary.txt" ]; then
    echo "axe-core: $(grep -c '' "$out/axe-summary.txt") pages, $(awk '{s += $2} END {print s + 0}' "$out/axe-summary.txt") violations"
fi

# The API against its committed contract: every check schemathesis has, every operation.
"$venv/bin/schemathesis" run docs/api/openapi.yaml --url "$url" --checks all \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-60}" --phases examples,coverage,fuzzing,stateful \
    --report junit --report-dir "$out/schemathesis" --no-color 2>&1 | tee "$out/schemathesis.txt" || status=1

# The server never logs a body: what it printed holds none of what the tests submitted.
if grep -q "dgs-fictif\|repere-eau\|lancement" "$log"; then
    echo "web-tests: the server log holds submitted text" >&2
    status=1
fi
exit "$status"
