#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/*/main.swift, with AddressSanitizer) and runs each one for
# SECONDS seconds.
#
#   scripts/fuzz.sh SECONDS [TARGET…]     targets: yaml rules manifest (default: all three)
#
# Prints libFuzzer's final "Done N runs in S second(s)" line for each target and exits non-zero
# on any crash, leak, timeout (-timeout=2) or out-of-memory (-rss_limit_mb=512); the input that
# caused it is kept in .build-fuzz/artifacts/. Seeds are copied at each run into
# .build-fuzz/corpus-TARGET from examples/, rules/ and $CONFORME_SHARED_DATA/yaml-test-suite
# (default ../shared/data); the corpus grows there between runs and is never committed.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: scripts/fuzz.sh SECONDS [yaml|rules|manifest]…" >&2
    exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(yaml rules manifest)

out=.build-fuzz
shared="${CONFORME_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
mkdir -p "$out/modules" "$out/artifacts" "$out/logs"

# --- Build ------------------------------------------------------------------------------------
# YAMLTree and ConformeKit are compiled once each as static libraries with coverage and ASan
# instrumentation (as SwiftPM would, but with -sanitize=fuzzer), then each entry point is linked
# against them. A step is skipped when its output is newer than all of its inputs.
# `-package-name`: ConformeKit reads YAMLTree's `package` declarations, as it does under SwiftPM.
flags=(-sanitize=fuzzer,address -O -g -parse-as-library -package-name conforme -I Sources/CYAML -I "$out/modules")

stale() {  # stale OUTPUT INPUT…: true when OUTPUT is missing or older than an input
    local output=$1; shift
    [ -e "$output" ] || return 0
    [ -n "$(find "$@" -newer "$output" -print -quit 2>/dev/null)" ]
}

# The rule files as SwiftPM's `.embedInCode` compiles them into ConformeKit (`PackageResources`).
embed_rules() {
    python3 - "$out/embedded_resources.swift" rules/*.yml <<'PY'
import os, re, sys
with open(sys.argv[1], "w") as swift:
    swift.write("struct PackageResources {\n")
    for path in sys.argv[2:]:
        name = re.sub(r"[^A-Za-z0-9_]", "_", os.path.basename(path))
        swift.write(f"static let {name}: [UInt8] = [{','.join(map(str, open(path, 'rb').read()))}]\n")
    swift.write("}\n")
PY
}

build_library() {  # build_library MODULE [FLAG…]: extra flags replace the default instrumentation
    local module=$1; shift
    local lib="$out/lib$module.a"
    local instrumentation=("${flags[@]}")
    [ $# -gt 0 ] && instrumentation=("$@" "${flags[@]:1}")
    local generated=()
    if [ "$module" = ConformeKit ]; then
        embed_rules || return 1
        generated=("$out/embedded_resources.swift")
    fi
    if stale "$lib" "Sources/$module" rules scripts/fuzz.sh "$out/modules"; then
        echo "fuzz: building $module" >&2
        swiftc "${instrumentation[@]}" -module-name "$module" -emit-module \
            -emit-module-path "$out/modules/$module.swiftmodule" \
            -emit-library -static -o "$lib" $(find "Sources/$module" -name '*.swift' | sort) "${generated[@]}" || return 1
    fi
}

build_target() {  # build_target NAME
    local name=$1
    local exe="$out/fuzz-$name"
    if stale "$exe" "Fuzz/$name" "$out/libYAMLTree.a" "$out/libConformeKit.a"; then
        echo "fuzz: building fuzz-$name" >&2
        swiftc "${flags[@]}" -module-name "Fuzz_$name" "Fuzz/$name/main.swift" \
            -L "$out" -lConformeKit -lYAMLTree -lyaml -o "$exe" 2> >(grep -v "Cannot export local symbol" >&2) || return 1
    fi
}

build_library YAMLTree || { echo "fuzz: build of YAMLTree failed" >&2; exit 1; }
if [[ " ${targets[*]} " != " yaml " ]]; then
    build_library ConformeKit || { echo "fuzz: build of ConformeKit failed" >&2; exit 1; }
fi
for target in "${targets[@]}"; do
    case "$target" in
        yaml) # The YAML target needs only YAMLTree; link it alone so it builds fast.
            if stale "$out/fuzz-yaml" Fuzz/yaml "$out/libYAMLTree.a"; then
                echo "fuzz: building fuzz-yaml" >&2
                swiftc "${flags[@]}" -module-name Fuzz_yaml Fuzz/yaml/main.swift \
                    -L "$out" -lYAMLTree -lyaml -o "$out/fuzz-yaml" 2> >(grep -v "Cannot export local symbol" >&2) || exit 1
            fi ;;
        rules|manifest) build_target "$target" || exit 1 ;;
        *) echo "fuzz: unknown target '$target' (yaml, rules, manifest)" >&2; exit 2 ;;
    esac
done

# --- Seeds ------------------------------------------------------------------------------------
seed() {  # seed TARGET: copy the seed inputs into the target's corpus folder
    local corpus="$out/corpus-$1"
    mkdir -p "$corpus"
    local f
    for f in examples/*.yml examples/*.yaml examples/*.md rules/*.yml; do
        [ -f "$f" ] && cp "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"
    done
    if [ -d "$shared/yaml-test-suite" ]; then
        for f in "$shared"/yaml-test-suite/*/in.yaml; do
            cp "$f" "$corpus/suite-$(basename "$(dirname "$f")").yaml"
        done
    else
        echo "fuzz: no $shared/yaml-test-suite; seeding from examples/ and rules/ only" >&2
    fi
}

# --- Run --------------------------------------------------------------------------------------
status=0
for target in "${targets[@]}"; do
    seed "$target"
    log="$out/logs/$target.log"
    echo "fuzz: running fuzz-$target for ${seconds}s (log: $log)" >&2
    suppressions=""
    [ -f "Fuzz/$target/lsan.supp" ] && suppressions="suppressions=Fuzz/$target/lsan.supp:print_suppressions=0"
    LSAN_OPTIONS="${LSAN_OPTIONS:-$suppressions}" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:quarantine_size_mb=64:malloc_context_size=10}" "$out/fuzz-$target" \
        -max_total_time="$seconds" -timeout=2 -rss_limit_mb=512 -max_len=8192 \
        -dict=Fuzz/yaml.dict -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$target-" \
        "$out/corpus-$target" >"$log" 2>&1
    code=$?
    done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1)
    if [ "$code" -ne 0 ]; then
        status=1
        echo "fuzz-$target: FAILED (exit $code)"
        grep -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|Fatal error|SUMMARY|Test unit written' "$log" | head -20
    else
        echo "fuzz-$target: ${done_line:-no Done line (see $log)}"
    fi
done
exit $status
