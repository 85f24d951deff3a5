#!/usr/bin/env bash
# The installed kiosk booted the way its unit starts it: cage, as the package's user thaid-kiosk,
# in the Debian 12 root the package was installed into, with the pixman renderer (no GPU here).
# It meets a real pcscd (vpcd, bind-mounted into the root) and a demo registry on loopback it was
# provisioned against, so it comes up on the officer's sign-in screen.
#   headless  wlroots' headless backend, the unit's own environment (1280x720, fixed: cage 0.1.4
#             has no wlr-output-management for wlr-randr): cage and the kiosk start, stay up, and
#             the kiosk takes the whole output. Its pixels are not compared here: a window that
#             covers a headless output exactly is scanned out without compositing, and grim then
#             gets the last composited frame (black, or the window's first size), not what shows.
#   X11       wlroots' X11 backend in an Xvfb, which composites: grim screenshots of cage's output
#             must show the sign-in screen whole and in Thai (thaid_frame_check) at 1024x768, the
#             narrowest office monitor, and at 1366x768, the most common, reached by resizing the
#             running output (the kiosk follows the mode change).
# Runs inside in_private_pcsc_namespace (private /run/pcscd and loopback). The kiosk's
# configuration and state are put back as they were afterwards.
# Usage: package-boot.sh ROOT BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/common.sh"
root=$1
THAID_BUILD=$2
STATION=10501
work=$(mktemp -d /var/tmp/thaid-boot.XXXXXX)
pids=()
mounted=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    stop_pcscd
    for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    for f in "$work"/*.log; do [ -f "$f" ] && { echo "--- $(basename "$f")"; tail -n 20 "$f"; }; done >&2
    exit 1
}
in_root() { chroot "$root" env LANG=C.UTF-8 "$@"; }
as_kiosk() { in_root runuser -u thaid-kiosk -- env "$@"; }
bind() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; mounted+=("$root$2"); }

conf=/etc/thaid-kiosk/kiosk.conf
cp -a "$root$conf" "$work/kiosk.conf.orig"

# What a booted Debian has and a build root lacks: shared memory for Wayland buffers.
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
mounted+=("$root/dev/shm")

log "pcscd with vpcd, its socket in the root"
start_pcscd
bind /run/pcscd /run/pcscd

log "A demo registry on loopback; the kiosk provisioned against it"
"$THAID_BUILD/bin/thaid-registryd" init --dir "$work/registry" \
    --demo-data "$THAID_ROOT/resources/demo/registry/demo-registry.json" \
    --images "$THAID_ROOT/tests/data/fingerprints" --stations "$STATION" >/dev/null
"$THAID_BUILD/bin/thaid-registryd" --dir "$work/registry" --listen 127.0.0.1:0 \
    --phone-listen 127.0.0.1:0 >"$work/registry.out" 2>"$work/registry.log" &
pids+=($!)
for _ in $(seq 100); do grep -q "kiosk=" "$work/registry.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'kiosk=[^ ]*' "$work/registry.out" | cut -d= -f2-)
[ -n "$url" ] || fail "the registry did not start"
sed -i "s|^id=.*|id=$STATION|; s|^url=.*|url=$url|" "$root$conf"
in_root thaid-kioskctl provision request --out /tmp/station.csr 2>/dev/null
"$THAID_BUILD/bin/thaid-registryd" sign-csr --dir "$work/registry" \
    --csr "$root/tmp/station.csr" --days 30 --out "$root/tmp/station.pem" >/dev/null
cp "$work/registry/ca.pem" "$root/tmp/registry-ca.pem"
cp "$work/registry/signing-key.pub" "$root/tmp/registry-qr-keys.pub"
in_root thaid-kioskctl provision install --certificate /tmp/station.pem --ca /tmp/registry-ca.pem \
    --qr-keys /tmp/registry-qr-keys.pub >"$work/provision.log" 2>&1 || fail "provision install"
echo "provisioned station $STATION against $url"

runtime=/run/user/$(in_root id -u thaid-kiosk)
mkdir -p "$root$runtime"
in_root chown thaid-kiosk:thaid-kiosk "$runtime"
chmod 0700 "$root$runtime"
devices=(FP_VIRTUAL_IMAGE=/tmp/scanner.sock)

# Whether any process runs inside the root.
in_use() {
    local p
    for p in /proc/[0-9]*; do [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && return 0; done
    return 1
}
# runuser passes the signal on; the next kiosk may start once nothing runs in the root any more
# (one kiosk at a time holds the audit database).
stop_kiosk() { # PID
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    for _ in $(seq 100); do in_use || return 0; sleep 0.1; done
    fail "the kiosk's processes did not stop"
}

# The same kiosk rendered by Qt's offscreen platform at the output's size, in Thai and in
# English: what the screenshot is compared with.
reference() { # SIZE LANGUAGE
    local w=${1%x*} h=${1#*x} dir=/tmp/reference-$2-$1
    printf '{"screens":[{"name":"OUT","x":0,"y":0,"width":%d,"height":%d}]}\n' "$w" "$h" >"$root/tmp/screen-$1.json"
    sed "s|^language=.*|language=$2|" "$root$conf" >"$root/tmp/kiosk-$2.conf"
    chmod 0644 "$root/tmp/kiosk-$2.conf" "$root/tmp/screen-$1.json"
    rm -rf "${root:?}$dir" && mkdir -p "$root$dir" && in_root chown thaid-kiosk "$dir"
    chroot "$root" runuser -u thaid-kiosk -- env LANG=C.UTF-8 "${devices[@]}" \
        QT_QPA_PLATFORM="offscreen:configfile=/tmp/screen-$1.json" thaid-kiosk --config "/tmp/kiosk-$2.conf" --screenshot-dir "$dir" >"$work/reference-$2.log" 2>&1 &
    local pid=$!
    for _ in $(seq 300); do [ -s "$root$dir/01-SignedOut.png" ] && break; sleep 0.1; done
    stop_kiosk "$pid"
    [ -s "$root$dir/01-SignedOut.png" ] || fail "no offscreen render of the sign-in screen ($2, $1)"
    cp "$root$dir/01-SignedOut.png" "$work/reference-$2-$1.png"
}

# cage as the unit starts it, with the given wlroots backend, in the background: its pid in
# $cage_pid once its Wayland socket is there.
start_cage() { # SIZE BACKEND-ENV...
    local size=$1; shift
    rm -rf "${root:?}$runtime"/*
    chroot "$root" runuser -u thaid-kiosk -- env LANG=C.UTF-8 XDG_RUNTIME_DIR="$runtime" XDG_SESSION_TYPE=wayland QT_QPA_PLATFORM=wayland \
        QT_LOGGING_CONF=/etc/thaid-kiosk/qtlogging.ini WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
        "$@" "${devices[@]}" /usr/bin/cage -d -s -- /usr/bin/thaid-kiosk --config "$conf" \
        >"$work/cage-$size.log" 2>&1 &
    cage_pid=$!
    for _ in $(seq 300); do
        [ -S "$root$runtime/wayland-0" ] && return 0
        kill -0 "$cage_pid" 2>/dev/null || fail "cage or the kiosk quit ($size)"
        sleep 0.1
    done
    fail "cage never opened its Wayland socket ($size)"
}

# grim until cage's output shows the Thai sign-in screen at SIZE (60 s at most).
check_output() { # SIZE
    local size=$1 ok=""
    for _ in $(seq 60); do
        kill -0 "$cage_pid" 2>/dev/null || fail "cage or the kiosk quit ($size)"
        if as_kiosk XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY=wayland-0 grim -t ppm /tmp/frame.ppm \
            2>>"$work/grim.log"; then
            cp "$root/tmp/frame.ppm" "$work/frame-$size.ppm"
            if "$THAID_BUILD/bin/thaid_frame_check" "$work/frame-$size.ppm" "$size" \
                "$work/reference-th-$size.png" "$work/reference-en-$size.png" >"$work/check.out" 2>"$work/check.log"; then
                ok=1
                cat "$work/check.out"
                break
            fi
        fi
        sleep 1
    done
    [ -z "${THAID_BOOT_SHOTS:-}" ] || cp "$work"/frame-"$size".ppm "$work"/reference-*-"$size".png "$THAID_BOOT_SHOTS/"
    [ -n "$ok" ] || { cat "$work/check.log" >&2 2>/dev/null || true; fail "cage's output never showed the Thai sign-in screen ($size)"; }
}

log "cage, headless backend (1280x720): the unit's environment"
start_cage headless WLR_BACKENDS=headless
filled=""
for _ in $(seq 300); do
    grep -q "window fills screen HEADLESS-1 at 1280 x 720" "$work/cage-headless.log" && filled=1 && break
    sleep 0.1
done
[ -n "$filled" ] || fail "the kiosk did not fill cage's headless output"
sleep 3  # the kiosk is up; it must stay up
kill -0 "$cage_pid" 2>/dev/null || fail "cage or the kiosk quit (headless)"
as_kiosk XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY=wayland-0 grim -t ppm /tmp/frame.ppm 2>>"$work/grim.log" \
    || fail "grim cannot capture cage's headless output"
stop_kiosk "$cage_pid"
echo "headless: cage and the kiosk up as thaid-kiosk, the window filling the 1280x720 output"

log "cage, X11 backend in Xvfb: 1024x768, then the output resized to 1366x768"
pipe=$work/xvfb.display
mkfifo "$pipe"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$pipe" >"$work/xvfb.log" 2>&1 &
pids+=($!)
read -r display <"$pipe"
[ -n "$display" ] || fail "Xvfb did not start"
bind /tmp/.X11-unix /tmp/.X11-unix
# What the frames are compared with, rendered first: one kiosk at a time holds the audit database.
for size in 1024x768 1366x768; do
    reference "$size" th
    reference "$size" en
done
start_cage x11 WLR_BACKENDS=x11 DISPLAY=":$display"
check_output 1024x768
# wlroots' X11 backend gives its output the size of its window: a new mode, as a monitor
# swapped at the counter would.
output_window=$(DISPLAY=":$display" xwininfo -root -children | awk '/^ +0x/ { print $1; exit }')
[ -n "$output_window" ] || fail "no X11 window for cage's output"
DISPLAY=":$display" xdotool windowsize "$output_window" 1366 768 || fail "cannot resize cage's X11 output"
check_output 1366x768
stop_kiosk "$cage_pid"

log "The kiosk's configuration and state put back"
cp -a "$work/kiosk.conf.orig" "$root$conf"
rm -rf "${root:?}"/var/lib/thaid-kiosk/* "$root"/etc/thaid-kiosk/{station.pem,registry-ca.pem,registry-qr-keys.pub}
rm -rf "${root:?}$runtime" "$root"/tmp/reference-* "$root"/tmp/*.conf "$root"/tmp/screen-*.json
echo "the packaged kiosk session boots under cage: headless 1280x720, X11 1024x768 and 1366x768: ok"
