#!/usr/bin/env bash
# Builds the Debian package office IT installs: build/thaid-kiosk_<version>_amd64.deb, checked
# by lintian. The package test (ctest package.debian) also installs it into a fresh Debian 12
# root made with debootstrap.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_packages "${THAID_DEMO_PACKAGES[@]}" "${THAID_TEST_PACKAGES[@]}"
build_project
log "Packaging (cpack)"
(cd "$THAID_BUILD" && cpack -G DEB >/dev/null)
deb=$(ls "$THAID_BUILD"/thaid-kiosk_*_amd64.deb)
log "lintian"
lintian --fail-on error "$deb" 2>&1 | grep -v "running with root" || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || die "lintian reports errors"
echo "$deb"
