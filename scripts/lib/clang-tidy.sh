#!/usr/bin/env bash
# Static analysis: clang-tidy with the repository's .clang-tidy on every translation unit of
# every product folder (app, common, devices, protocol, registry, sim, ui) in the build's
# compile_commands.json. Any finding fails.
# Usage: clang-tidy.sh BUILD_DIR [FILE…]   (no files: all of them)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?build directory}
shift || true
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(python3 - "$build/compile_commands.json" "$root" <<'PY'
import json, sys
db, root = json.load(open(sys.argv[1])), sys.argv[2]
own = tuple(f"{root}/{d}/" for d in ("app", "common", "devices", "protocol", "registry", "sim", "ui"))
print("\n".join(sorted({e["file"] for e in db if e["file"].startswith(own)})))
PY
)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet >"$log" 2>&1 || true
findings=$(grep -cE '(warning|error): ' "$log" || true)
if [ "$findings" -ne 0 ]; then
    grep -E '(warning|error): ' "$log" | sort -u
    echo "clang-tidy: $findings finding(s) in ${#files[@]} files"
    exit 1
fi
echo "clang-tidy: no findings in ${#files[@]} files"
