#!/bin/sh
# Installs what the reporter schema tests need, when it is missing: `xmllint` (JUnit against
# junit.xsd) and Python's `jsonschema` (SARIF and GitLab Code Quality). Idempotent and quiet:
# CI can call it before `CONFORME_SHARED_DATA=… swift test`, where a missing validator fails.
set -eu

sudo_if_needed() {
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo "$@"; else "$@"; fi
}

apt_updated=no
apt_install() {
    if [ "$apt_updated" = no ]; then
        sudo_if_needed apt-get update -qq
        apt_updated=yes
    fi
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq "$@" >/dev/null
}

if ! command -v xmllint >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        apt_install libxml2-utils
    else
        echo "ci-deps: xmllint est absent ; installez libxml2-utils / xmllint is missing: install libxml2-utils" >&2
        exit 1
    fi
fi

if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
    # pip first (any platform); on a distribution that forbids system-wide pip (PEP 668),
    # its packaged module.
    python3 -m pip install --quiet --disable-pip-version-check jsonschema >/dev/null 2>&1 \
        || python3 -m pip install --quiet --disable-pip-version-check --user jsonschema >/dev/null 2>&1 \
        || { command -v apt-get >/dev/null 2>&1 && apt_install python3-jsonschema; } \
        || true
    if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
        echo "ci-deps: impossible d'installer jsonschema pour python3 / could not install python3 jsonschema" >&2
        exit 1
    fi
fi
