#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the README's two commands the way a new developer does: in a fresh Debian 12 system that
# has only g++, cmake and git, from a clone of this repository's HEAD.
#   tests/installer/fresh-readme.sh
# The system is a chroot made by debootstrap (no emulation: it builds and runs the whole suite,
# which an emulated machine would take hours over). First `scripts/test` (setup, build, lint,
# every test on SQLite and PostgreSQL), then `scripts/run`, which must print the URL and the demo
# logins and answer /readyz. Needs root and a Debian mirror (WN_DEBIAN_MIRROR, default
# deb.debian.org); installs debootstrap when missing. About 35 minutes on two cores, so it is run
# by hand, not by the test suite. With WN_CHROOT_DIR=DIR the system is made in DIR and kept, and
# a second run starts from a fresh copy of it. Exits 0 only if both commands did their work.
# The commands run in a mount namespace of their own whose root is pivoted to the new system,
# not in a chroot: Linux refuses a new user namespace to a process inside a chroot, and the
# coding sandbox (bubblewrap) needs one.
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
mirror=${WN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=${WN_CHROOT_DIR:-$(mktemp -d)}
mkdir -p "$work"
root=$work/root
mounted=()
cleanup()
{
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R -l "${mounted[i]}" 2>/dev/null || true
    done
    [[ -n ${WN_CHROOT_DIR:-} ]] || rm -rf "$work"
}
trap cleanup EXIT

[[ $(id -u) == 0 ]] || { echo "fresh-readme: run as root (debootstrap, chroot)" >&2; exit 2; }
if ! command -v debootstrap >/dev/null; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

echo "== a minimal Debian 12 with g++, cmake and git"
base=$work/base
if [[ ! -x $base/usr/bin/cmake ]]; then
    rm -rf "$base"
    debootstrap --variant=minbase --include=g++,cmake,git,ca-certificates \
        bookworm "$base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; exit 1; }
fi
rm -rf "$root"
cp -a "$base" "$root"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The way to the package registries that every machine on this network has: its own
# certificate authorities (a proxy that inspects TLS) and npm's settings.
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1
fi
for npmrc in /etc/npmrc /root/.npmrc; do
    if [[ -f $npmrc ]]; then cp "$npmrc" "$root$npmrc"; fi
done
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
for fs in sys dev; do # with what is mounted below them (/dev/shm for PostgreSQL, /dev/pts)
    mount --rbind "/$fs" "$root/$fs"
    mount --make-rslave "$root/$fs"
    mounted+=("$root/$fs")
done
mount -t tmpfs tmpfs "$root/tmp"
mounted+=("$root/tmp")

echo "== a clone of $(git -C "$repo" rev-parse --short HEAD)"
git clone -q "$repo" "$root/root/worknation"
if [[ -d $repo/../shared ]]; then
    cp -a "$repo/../shared" "$root/root/shared"
fi

# Runs a command line in the new system: a private mount namespace, its root pivoted there.
enter() { unshare --mount --propagation private -- /bin/sh -c '
    root=$1; shift
    mount --rbind "$root" "$root" && cd "$root" && mkdir -p .host \
        && pivot_root . .host && umount -l /.host && rmdir /.host && exec "$@"' enter "$root" "$@"; }
inside() { enter /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI=true NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
    bash -c "cd /root/worknation && $1"; }

fail=0
echo "== scripts/test"
if inside 'scripts/test' >"$work/test.log" 2>&1; then
    echo "ok: scripts/test passed ($(grep -E 'tests passed|tests failed' "$work/test.log" | tr '\n' ' '))"
else
    tail -60 "$work/test.log" >&2
    echo "failed: scripts/test (log above)" >&2
    fail=1
fi

echo "== scripts/run"
# Its own session, so that stopping it stops the server it started too.
: >"$work/run.log"
setsid bash -c "$(declare -f enter); root=$root; enter /usr/bin/env -i HOME=/root \
    PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 WN_LISTEN=127.0.0.1:18080 \
    bash -c 'cd /root/worknation && scripts/run'" >"$work/run.log" 2>&1 &
run=$!
ready=0
for ((waited = 0; waited < 900; waited += 2)); do
    if grep -q 'is running at' "$work/run.log" \
        && curl -fsS http://127.0.0.1:18080/readyz >/dev/null 2>&1; then
        ready=1
        break
    fi
    kill -0 "$run" 2>/dev/null || break
    sleep 2
done
kill -TERM -- "-$run" 2>/dev/null || true
wait "$run" || true
if ((ready)) && grep -q 'talent@demo.worknation.test' "$work/run.log"; then
    echo "ok: scripts/run served the demo and printed the logins"
else
    tail -40 "$work/run.log" >&2
    echo "failed: scripts/run (log above)" >&2
    fail=1
fi
exit "$fail"
