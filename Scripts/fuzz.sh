#!/usr/bin/env bash
# Builds and runs one libFuzzer harness for a given time.
#
#   Scripts/fuzz.sh HARNESS SECONDS [libFuzzer options...]
#   Scripts/fuzz.sh yaml 600
#   Scripts/fuzz.sh audit 1800 -jobs=1
#   Scripts/fuzz.sh yaml run CRASH-FILE      # replay one input (no fuzzing)
#
# Harnesses: Fuzz/<name>/main.swift (yaml, json, values, audit, fastpath: the
# cluster fast path against the strict reader, two threads forced). The library
# sources are compiled with -sanitize=fuzzer,address into .build-fuzz/
# (rebuilt only when a source is newer than the build). The working corpus
# lives in .build-fuzz/corpus/<name>, seeded from Fixtures/ on first use;
# crashing inputs land in fuzz-artifacts/<name>/ (both gitignored). Keep each
# finding under Fixtures/hostile/fuzz-regressions/ with a regression test.
#
# The machine is shared: the fuzzer runs under `nice -n 10`, with libFuzzer's
# memory (2 GiB) and per-input time (20 s) ceilings, like the hidden hostile cases.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

usage() { echo "usage: Scripts/fuzz.sh yaml|json|values|audit|fastpath SECONDS|run [libFuzzer options or files...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
harness=$1; shift
mode=$1; shift
[ -f "Fuzz/$harness/main.swift" ] || { echo "fuzz.sh: no harness Fuzz/$harness/main.swift" >&2; usage; }

build=.build-fuzz
mkdir -p "$build"
flags=(-O -wmo -parse-as-library -sanitize=fuzzer,address -I "$build" -L "$build")
# The fastpath harness sets the reader's thresholds (internal): LSReadyCore is built testable.
core_flags=(-enable-testing)

# The sanitizer runtime makes gold warn about every local asan symbol: noise.
compile() { nice -n 10 swiftc "$@" 2> >(grep -v "Cannot export local symbol" >&2); }

# stale TARGET PATHS...: true when TARGET is missing or older than any Swift
# source under PATHS or any library among them (a harness must be relinked
# when a library was rebuilt: checking only *.swift once let a harness run
# the code of an earlier build).
stale() {
    local target=$1; shift
    [ -e "$target" ] || return 0
    [ -n "$(find "$@" -newer "$target" \( -name '*.swift' -o -name '*.a' \) -print -quit)" ]
}

if stale "$build/libLSReadyCore.a" Sources/LSReadyCore; then
    echo "fuzz.sh: building LSReadyCore (instrumented)" >&2
    compile "${flags[@]}" "${core_flags[@]}" -emit-library -static -module-name LSReadyCore \
        -emit-module -emit-module-path "$build/LSReadyCore.swiftmodule" \
        $(find Sources/LSReadyCore -name '*.swift' | sort) -o "$build/libLSReadyCore.a"
fi
libs=(-lLSReadyCore)
if [ "$harness" = audit ]; then
    if stale "$build/libLSReadyCLI.a" Sources/LSReadyCLI "$build/libLSReadyCore.a"; then
        echo "fuzz.sh: building LSReadyCLI (instrumented)" >&2
        compile "${flags[@]}" -emit-library -static -module-name LSReadyCLI \
            -emit-module -emit-module-path "$build/LSReadyCLI.swiftmodule" \
            $(find Sources/LSReadyCLI -name '*.swift' | sort) -o "$build/libLSReadyCLI.a"
    fi
    libs=(-lLSReadyCLI -lLSReadyCore)
fi
binary="$build/fuzz-$harness"
if stale "$binary" "Fuzz/$harness" "$build/libLSReadyCore.a" || { [ "$harness" = audit ] && stale "$binary" "$build/libLSReadyCLI.a"; }; then
    echo "fuzz.sh: building $binary" >&2
    compile "${flags[@]}" "Fuzz/$harness/main.swift" "${libs[@]}" -o "$binary"
fi

# Seed corpus: the fixtures each harness reads.
corpus="$build/corpus/$harness"
if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    case $harness in
        yaml)   seeds=$(find Fixtures -name '*.yaml' -o -name '*.yml') ;;
        json|fastpath) seeds=$(find Fixtures -name '*.json') ;;
        values) seeds=$(find Fixtures/values Fixtures/scenarios Fixtures/yaml/valid -name '*.yaml' -o -name '*.json') ;;
        audit)  seeds=$(find Fixtures/scenarios Fixtures/cluster -name '*.yaml' -o -name '*.json') ;;
    esac
    for seed in $seeds; do
        # Seeds over 1 MB slow every mutation; the fixtures are smaller.
        [ "$(wc -c < "$seed")" -le 1048576 ] && cp "$seed" "$corpus/$(echo "$seed" | tr '/' '_')"
    done
    if [ -d Fixtures/hostile/fuzz-regressions/$harness ]; then
        cp Fixtures/hostile/fuzz-regressions/$harness/* "$corpus/" 2>/dev/null || true
    fi
fi
artifacts=fuzz-artifacts/$harness
mkdir -p "$artifacts"

common=(-rss_limit_mb=2048 -timeout=20 -max_len=65536 -print_final_stats=1 "-artifact_prefix=$artifacts/")
if [ "$mode" = run ]; then
    exec nice -n 10 "$binary" "${common[@]}" "$@"
fi
case $mode in ''|*[!0-9]*) usage ;; esac
exec nice -n 10 "$binary" "${common[@]}" -max_total_time="$mode" "$@" "$corpus"
