#!/usr/bin/env bash
# Builds the signal parser fuzzer with clang (libFuzzer + ASan + UBSan) and runs it for SECONDS
# (default 60). Exits non-zero when the build fails or the fuzzer finds a crash, a leak, a
# timeout or an out-of-memory; the input that did it is left in <build dir>/artifacts/.
#   tests/fuzz/run.sh [SECONDS]          build dir: build/fuzz, or $AXION_FUZZ_BUILD_DIR
# A finding becomes a regression test: copy the artifact into tests/fuzz/regressions/
# (tst_SignalParserRegressions parses every file there) and fix the parser.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${AXION_FUZZ_BUILD_DIR:-$root/build/fuzz}"

cxx="${AXION_FUZZ_CXX:-clang++}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
fi
cmake --build "$build" --target fuzz_SignalParser

# The fuzzer writes what it learns into the first corpus folder: a scratch copy in the build dir,
# so the seeds in the repository stay as they are.
mkdir -p "$build/corpus" "$build/artifacts"
rm -f "$build"/artifacts/crash-* "$build"/artifacts/leak-* "$build"/artifacts/timeout-* \
    "$build"/artifacts/oom-* "$build"/artifacts/slow-unit-*
cd "$build"
set +e
./fuzz_SignalParser -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=16384 \
    -dict="$here/signal.dict" -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
    "$build/corpus" "$here/corpus" "$here/regressions"
status=$?
set -e
if [ $status -ne 0 ]; then
    echo "fuzz_SignalParser failed (exit $status); the input is in $build/artifacts/:" >&2
    ls -l "$build/artifacts/" >&2
fi
exit $status
