#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the server's .deb from a build tree and checks what an admin installs:
#   check-package.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack -G DEB -B "$out" --config "$build/CPackConfig.cmake" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/worknation-server_*.deb)
contents=$(dpkg-deb -c "$deb")
control=$(dpkg-deb -f "$deb")
dpkg-deb -e "$deb" "$out/control"

fail=0
expect() { # expect WHAT TEXT PATTERN
    if ! grep -qE -- "$3" <<<"$2"; then
        echo "missing: $1" >&2
        fail=1
    else
        echo "ok: $1"
    fi
}
expect "the server binary" "$contents" '\./usr/bin/worknation-server$'
expect "the configuration file" "$contents" '\./etc/worknation/server\.ini$'
expect "the systemd unit" "$contents" '\./lib/systemd/system/worknation-server\.service$'
expect "the configuration reference" "$contents" 'usr/share/doc/worknation/configuration\.md$'
expect "server.ini as a conffile" "$(cat "$out/control/conffiles")" '^/etc/worknation/server\.ini$'
expect "a dependency on Debian's Qt, not a bundled one" "$control" '^Depends:.*libqt6core6'
expect "the SQLite and PostgreSQL drivers" "$control" '^Depends:.*libqt6sql6-sqlite.*libqt6sql6-psql'
expect "a postinst that creates the system user" "$(cat "$out/control/postinst")" 'adduser --system'
expect "a unit with its own user and a read-only system" "$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./lib/systemd/system/worknation-server.service)" 'ProtectSystem=strict'
client=$(ls "$out"/worknation-client_*.deb 2>/dev/null || true)
if [[ -z $client ]]; then
    echo "missing: the client package" >&2
    fail=1
else
    expect "the client binary" "$(dpkg-deb -c "$client")" '\./usr/bin/worknation-client$'
    expect "the client's QML runtime modules" "$(dpkg-deb -f "$client")" '^Depends:.*qml6-module-qtquick-controls'
    expect "the folder model the file dialogs load" "$(dpkg-deb -f "$client")" '^Depends:.*qml6-module-qt-labs-folderlistmodel'
    expect "the client linked against Debian's Qt Quick" "$(dpkg-deb -f "$client")" '^Depends:.*libqt6quick6'
fi
if grep -qE 'libQt6[A-Za-z]*\.so' <<<"$contents"; then
    echo "Qt libraries are bundled in the package" >&2
    fail=1
fi
exit "$fail"
