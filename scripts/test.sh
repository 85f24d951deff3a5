#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing, builds what the demo runs,
# everything else and the libFuzzer targets, then runs every test. Integration tests start their own pcscd inside a
# private namespace and stop it by process id.
set -euo pipefail
THAID_LOG_ELAPSED=1
source "$(dirname "$0")/lib/common.sh"

ensure_packages "${THAID_DEMO_PACKAGES[@]}" "${THAID_TEST_PACKAGES[@]}"
ensure_api_linter
# The demo's own build first (scripts/demo.sh), so that it is checked too, then everything.
build_demo
build_project
log "Building the libFuzzer targets (cmake preset 'fuzz')"
cmake --preset fuzz -S "$THAID_ROOT" >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

cd "$THAID_ROOT"
status=0
log "Static analysis (clang-tidy, .clang-tidy) on every translation unit of the products"
scripts/lib/clang-tidy.sh "$THAID_BUILD" || status=1
log "Unit, integration and corpus-replay tests"
in_private_pcsc_namespace ctest --preset default -j 2 -LE package || status=1
# Outside the private namespace: debootstrap and apt need the Debian mirror.
log "The Debian package, installed into a fresh Debian 12 root"
ctest --preset default -L package --output-on-failure || status=1
log "Fuzzing each parser for ${THAID_FUZZ_SECONDS:-30} s"
ctest --preset fuzz -j 2 || status=1
log "Done"
exit $status
