#!/usr/bin/env bash
# The CI integrations as their users run them (issue 19), with the consumers' own tools from
# PyPI in a throwaway venv:
#   1. the pre-commit hook through `pre-commit try-repo`, on a throwaway git repository that
#      holds proposals beside a .yamllint.yml, an mkdocs.yml and a README: only the proposals
#      are checked, and a failing proposal fails the hook; then through `pre-commit run` from
#      a .pre-commit-config.yaml naming this repository's HEAD, twice, timed (the first builds
#      conforme in pre-commit's environment, the second reuses it). Commit before running it:
#      pre-commit checks out HEAD, not the working tree;
#   2. the SARIF waiver modes, validated against the SARIF 2.1.0 schema and read back by
#      sarif-tools, whose counts must match conforme's own JSON report;
#   3. the GitHub Action's cache-key step, run as the runner would, printing the key.
# Needs Swift, git, python3 (venv, pip) and $CONFORME_SHARED_DATA (the SARIF schema).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
: "${CONFORME_SHARED_DATA:?set CONFORME_SHARED_DATA to the shared data folder}"
schema="$CONFORME_SHARED_DATA/schemas/sarif-2.1.0.json"

work="$(mktemp -d "${TMPDIR:-/tmp}/conforme-ci-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-ci-integrations: FAIL: $*" >&2; exit 1; }

# Tools: pre-commit, sarif-tools, jsonschema, in a venv of their own (kept between runs in
# .build/, which git ignores, so a second run does not download them again).
venv="$repo/.build/ci-integrations-venv"
if [ ! -x "$venv/bin/sarif" ] || [ ! -x "$venv/bin/pre-commit" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check pre-commit sarif-tools jsonschema
fi
export PATH="$venv/bin:$PATH"

# ---------------------------------------------------------------------------------------------
# 1. pre-commit
# A throwaway repository: two compliant proposals (one upper-case .YAML), a failing one, and
# beside them files that are not proposals and would fail if they were checked.
export PRE_COMMIT_HOME="$work/pre-commit-home"
project="$work/project"
mkdir -p "$project/proposals" "$project/propositions"
cd "$project"
git init -q
git config user.email ci@example.invalid
git config user.name ci
cp "$repo/examples/proposition-conforme.yml" proposals/bonne.yml
cp "$repo/examples/internalisation-conforme.yml" propositions/Autre.YAML
cp "$repo/examples/echec-transparence.yml" proposals/mauvaise.yml
printf 'extends: default\nrules:\n  line-length: {max: 100}\n' > proposals/.yamllint.yml
printf 'site_name: Propositions\nnav:\n  - index.md\n' > proposals/mkdocs.yml
printf '# Propositions\n\nUne proposition par fichier, voir conforme.\n' > proposals/README.md
printf 'site_name: racine\n' > mkdocs.yml
git add -A
git commit -q -m "proposals"

# Seconds since the epoch, with decimals.
now() { python3 -c 'import time; print(time.time())'; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

only_proposals_checked() {
    local log="$1" files="$2"
    for other in .yamllint.yml mkdocs.yml README.md; do
        if grep -q "$other" "$log"; then cat "$log"; fail "$other was checked"; fi
    done
    grep -q "proposals/bonne.yml : conforme" "$log" || { cat "$log"; fail "proposals/bonne.yml was not checked"; }
    grep -q "propositions/Autre.YAML : conforme" "$log" || { cat "$log"; fail "an upper-case .YAML proposal was not checked"; }
    grep -q "^$files" "$log" || { cat "$log"; fail "expected the summary '$files'"; }
}

# try-repo, as a hook author tries it: one run over everything. A failing proposal fails the
# hook; the other files are not checked. (try-repo builds in a store of its own each time.)
status=0
pre-commit try-repo "$repo" conforme --all-files --verbose >"$work/try-repo.log" 2>&1 || status=$?
[ "$status" != 0 ] || { cat "$work/try-repo.log"; fail "a failing proposal did not fail the hook"; }
grep -q "proposals/mauvaise.yml:100:14: erreur \[transparence.licence\]" "$work/try-repo.log" \
    || { cat "$work/try-repo.log"; fail "the failing proposal's finding is not in the hook's output"; }
only_proposals_checked "$work/try-repo.log" "3 fichiers : 2 conformes, 1 non conforme"
echo "pre-commit try-repo: only proposals checked; a failing proposal fails the hook."

# pre-commit run, as a project uses it, twice: the first run builds conforme in pre-commit's
# environment, the second reuses it. The failing proposal is gone for the second: it passes.
rev="$(git -C "$repo" rev-parse HEAD)"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: conforme\n' "$repo" "$rev" > .pre-commit-config.yaml
git add .pre-commit-config.yaml
git commit -q -m "pre-commit configuration"
start=$(now)
status=0
pre-commit run --all-files --verbose >"$work/first.log" 2>&1 || status=$?
first_time=$(elapsed "$start" "$(now)")
[ "$status" != 0 ] || { cat "$work/first.log"; fail "pre-commit run: a failing proposal did not fail the hook"; }
only_proposals_checked "$work/first.log" "3 fichiers : 2 conformes, 1 non conforme"

git rm -q proposals/mauvaise.yml
git commit -q -m "without the failing proposal"
start=$(now)
status=0
pre-commit run --all-files --verbose >"$work/second.log" 2>&1 || status=$?
second_time=$(elapsed "$start" "$(now)")
[ "$status" = 0 ] || { cat "$work/second.log"; fail "pre-commit run failed on compliant proposals beside non-proposal files"; }
only_proposals_checked "$work/second.log" "2 fichiers : 2 conformes"
echo "pre-commit run timings: first ${first_time} s (builds conforme), second ${second_time} s (reuses it)"

# ---------------------------------------------------------------------------------------------
# 2. SARIF waivers, as sarif-tools reads them
cd "$repo"
swift build --product conforme >/dev/null
conforme="$(swift build --show-bin-path)/conforme"
manifest=examples/echec-derogations.yml
"$conforme" check "$manifest" --today 2024-06-01 --no-config --format "json:$work/report.json" || true
for mode in suppress omit note; do
    "$conforme" check "$manifest" --today 2024-06-01 --no-config --sarif-waivers "$mode" \
        --format "sarif:$work/$mode.sarif" || true
    python3 - "$schema" "$work/$mode.sarif" <<'PY' || fail "$mode: SARIF not valid against the schema"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator(schema).validate(json.load(open(sys.argv[2])))
PY
    sarif summary "$work/$mode.sarif" >"$work/$mode.summary" 2>&1 || true
    python3 - "$mode" "$work/report.json" "$work/$mode.summary" <<'PY' || { cat "$work/$mode.summary"; fail "$mode: sarif-tools counts differ"; }
import json, re, sys
mode, report, summary = sys.argv[1], json.load(open(sys.argv[2])), open(sys.argv[3]).read()
level = {"error": "error", "warning": "warning", "info": "note"}
expected = {"error": 0, "warning": 0, "note": 0}
waived = 0
for file in report["files"]:
    for d in file["diagnostics"]:
        if d["waived"]:
            waived += 1
            if mode == "omit":
                continue
            if mode == "note":
                expected["note"] += 1
                continue
        expected[level[d["severity"]]] += 1
assert waived > 0, "the manifest must hold a waived finding"
found = {}
for name in expected:
    match = re.search(rf"^\s*{name}\s*:\s*(\d+)", summary, re.M | re.I)
    found[name] = int(match.group(1)) if match else 0
print(f"sarif-tools, --sarif-waivers {mode}: {found} (expected {expected})")
assert found == expected, (found, expected)
PY
done

# ---------------------------------------------------------------------------------------------
# 3. The Action's cache key, from its own step
step="$(python3 - action.yml <<'PY'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
print(next(s["run"] for s in steps if s.get("id") == "cache-key"))
PY
)"
: >"$work/output"
GITHUB_ACTION_PATH="$repo" GITHUB_OUTPUT="$work/output" RUNNER_OS=Linux RUNNER_ARCH=X64 bash -e -c "$step" >/dev/null
key="$(sed -n 's/^key=//p' "$work/output")"
case "$key" in
    conforme-build-Linux-X64-swift-[0-9]*-????????????????????) ;;
    *) fail "unexpected cache key: '$key'" ;;
esac
echo "Action cache key for this checkout: $key"
echo "test-ci-integrations: OK"
