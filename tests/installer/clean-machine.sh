#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the server's .deb on a clean Debian 12 machine, a virtual one, the way an admin
# does (dpkg -i, then apt-get -f install), and checks that systemd starts the service under its
# own user and that it answers /healthz:
#   tests/installer/clean-machine.sh BUILD_DIR
# BUILD_DIR is a configured build tree whose server is built (build/release, say).
# Needs root and a Debian mirror (WN_DEBIAN_MIRROR, default deb.debian.org; the machine uses it
# too, so a proxy on this host is 10.0.2.2 to it, not localhost); installs
# debootstrap, qemu-system-x86 and e2fsprogs when missing. It downloads a minimal Debian system
# and the package's dependencies and takes a few minutes (three, emulated, with a near mirror),
# so it is not part of the test suite. It prints the machine's report and exits 0 only if every
# check passed. With WN_VM_DIR=DIR the machine is built in DIR and kept: a second run reuses its
# Debian system (not its disk) and installs the package afresh.
set -euo pipefail
build=$(realpath "$1")
mirror=${WN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=${WN_VM_DIR:-$(mktemp -d)}
mkdir -p "$work"
vm=
trap '[[ -n $vm ]] && kill "$vm" 2>/dev/null; [[ -n ${WN_VM_DIR:-} ]] || rm -rf "$work"' EXIT

[[ $(id -u) == 0 ]] || { echo "clean-machine: run as root (debootstrap, mkfs)" >&2; exit 2; }
# Emulated by default: it works anywhere, where KVM inside another virtual machine may hang
# without a word. WN_VM_ACCEL=kvm is much faster where KVM works.
accel=${WN_VM_ACCEL:-tcg}
missing=()
for need in debootstrap:debootstrap qemu-system-x86_64:qemu-system-x86 mkfs.ext4:e2fsprogs; do
    command -v "${need%%:*}" >/dev/null || missing+=("${need#*:}")
done
if ((${#missing[@]})); then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "== the package"
rm -rf "$work/deb"
cpack -G DEB -B "$work/deb" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/deb/worknation-server_*.deb)
echo "$(basename "$deb")"

echo "== a minimal Debian 12 with systemd and a kernel"
root=$work/root
if ! ls "$root"/boot/vmlinuz-* >/dev/null 2>&1; then
    rm -rf "$root"
    debootstrap --variant=minbase \
        --include=systemd-sysv,udev,linux-image-amd64,curl,ca-certificates \
        bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; exit 1; }
fi
rm -f "$root"/root/worknation-server_*.deb
echo "worknation-test" >"$root/etc/hostname"
echo "/dev/vda / ext4 defaults 0 1" >"$root/etc/fstab"
# QEMU's user network: a fixed address, its gateway and its DNS relay.
cat >"$root/etc/systemd/network/10-vm.network" <<'EOF'
[Match]
Name=en*

[Network]
Address=10.0.2.15/24
Gateway=10.0.2.2
DNS=10.0.2.3
EOF
echo "nameserver 10.0.2.3" >"$root/etc/resolv.conf"
chroot "$root" systemctl enable systemd-networkd >/dev/null 2>&1
cp "$deb" "$root/root/"

# On first boot: install as an admin would, then report on the serial console and power off.
cat >"$root/root/install-check" <<'EOF'
#!/bin/sh
echo "WN: dpkg -i"
dpkg -i /root/worknation-server_*.deb || echo "WN: dpkg -i left dependencies for apt-get -f install"
echo "WN: apt-get -f install"
apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q >/dev/null
echo "WN: package state: $(dpkg-query -W -f='${Status}' worknation-server)"
for i in $(seq 1 60); do
    if body=$(curl -fsS http://127.0.0.1:8080/healthz 2>/dev/null); then
        echo "WN-HEALTHZ-OK $body"
        break
    fi
    sleep 1
done
for property in ActiveState User ProtectSystem NoNewPrivileges; do
    echo "WN: $(systemctl show -p "$property" worknation-server)"
done
echo "WN: enabled: $(systemctl is-enabled worknation-server)"
echo "WN: data: $(stat -c '%U:%G %a' /var/lib/worknation) $(ls /var/lib/worknation | tr '\n' ' ')"
pid=$(systemctl show -p MainPID --value worknation-server)
echo "WN: process user: $(stat -c %U "/proc/$pid" 2>/dev/null || echo none)"
systemctl --no-pager --lines=5 status worknation-server
echo "WN-DONE"
EOF
chmod +x "$root/root/install-check"
cat >"$root/etc/systemd/system/wn-install-check.service" <<'EOF'
[Unit]
Description=Install and check the Worknation server package
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
ExecStart=/root/install-check
ExecStopPost=/bin/systemctl poweroff --no-block
StandardOutput=journal+console
StandardError=journal+console

[Install]
WantedBy=multi-user.target
EOF
chroot "$root" systemctl enable wn-install-check systemd-networkd-wait-online >/dev/null 2>&1
# The console is the report's: a login prompt there would hang up whoever writes to it.
chroot "$root" systemctl mask serial-getty@ttyS0.service >/dev/null 2>&1
kernel=$(ls "$root"/boot/vmlinuz-* | head -1)
initrd=$(ls "$root"/boot/initrd.img-* | head -1)

echo "== the machine's disk"
rm -f "$work/disk.img" "$work/console.log"
truncate -s 3G "$work/disk.img"
mkfs.ext4 -q -F -d "$root" "$work/disk.img"

echo "== boot, install, check"
qemu-system-x86_64 -accel "$accel" -m 1536 -smp 2 -display none -no-reboot \
    -kernel "$kernel" -initrd "$initrd" -append "root=/dev/vda rw console=ttyS0 quiet" \
    -drive file="$work/disk.img",if=virtio,format=raw \
    -nic user,model=virtio-net-pci -serial file:"$work/console.log" &
vm=$!
for ((waited = 0; waited < 900; waited += 2)); do
    kill -0 "$vm" 2>/dev/null || break
    sleep 2
done
if kill -0 "$vm" 2>/dev/null; then
    echo "clean-machine: the machine did not finish in 15 minutes" >&2
    tail -40 "$work/console.log" >&2
    exit 1
fi
vm=
grep -a 'WN' "$work/console.log" | tr -d '\r' || true
if ! grep -aq 'WN-DONE' "$work/console.log"; then
    echo "clean-machine: the machine stopped before its report; its console ends with:" >&2
    tail -40 "$work/console.log" | tr -d '\r' >&2
fi

fail=0
check() { # check WHAT PATTERN
    if grep -aqE -- "$2" "$work/console.log"; then echo "ok: $1"; else echo "failed: $1" >&2; fail=1; fi
}
check "the package is installed and configured" 'package state: install ok installed'
check "the service answers /healthz" 'WN-HEALTHZ-OK'
check "systemd has the service running" 'WN: ActiveState=active'
check "under its own user" 'WN: User=worknation'
check "with the system read-only" 'WN: ProtectSystem=strict'
check "and no new privileges" 'WN: NoNewPrivileges=yes'
check "the service is enabled at boot" 'enabled: enabled'
check "the server key was created" 'data: worknation:worknation 750 .*server\.key'
check "the database was created" 'data: worknation:worknation 750 .*worknation\.db'
check "the process runs as worknation" 'process user: worknation'
exit "$fail"
