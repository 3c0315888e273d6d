#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the packages from a build tree and checks what an admin installs:
#   check-package.sh BUILD_DIR QT_QML_DIR
# QT_QML_DIR is where Qt's QML modules are installed; the client's Depends must name the package
# of every module its QML can load from there (qml-modules.sh lists them).
set -euo pipefail
here=$(dirname "$0")
build=$1
qtqml=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Packed as from a configure without a preset, whose prefix is /usr/local (the configure's prefix
# reaches the packages only as CPACK_INSTALL_PREFIX): the .deb must install under /usr all the
# same, the archive under that prefix.
prefix=/usr/local
cpack -G "DEB;TGZ" -B "$out" --config "$build/CPackConfig.cmake" -D CPACK_INSTALL_PREFIX="$prefix" \
    >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
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
cached() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
# Full debug information (not only symbol tables) comes from builds compiled with -g.
case $(cached CMAKE_BUILD_TYPE) in Debug | RelWithDebInfo) full_debug=1 ;; *) full_debug=0 ;; esac
debug_symbols() { # debug_symbols WHAT DEB BINARY: the binary is stripped, its symbols in a -dbgsym
    local what=$1 deb=$2 binary=$3 name id dbgsym debug
    name=$(dpkg-deb -f "$deb" Package)
    dpkg-deb -x "$deb" "$out/$name"
    expect "the $what stripped" "$(file -b "$out/$name$binary")" ', stripped$'
    id=$(readelf -n "$out/$name$binary" 2>/dev/null | sed -n 's/^[[:space:]]*Build ID: //p') || true
    dbgsym=$(ls "$out/$name"-dbgsym_*.ddeb 2>/dev/null || true)
    if [[ -z $id || -z $dbgsym ]]; then
        echo "missing: the $what's build ID (${id:-none}) or its debug package ($name-dbgsym)" >&2
        fail=1
        return
    fi
    expect "$name-dbgsym made for this $what" "$(dpkg-deb -f "$dbgsym" Build-Ids)" "(^| )$id( |$)"
    debug=/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
    expect "the $what's debug file, found by build ID" "$(dpkg-deb -c "$dbgsym")" "\.$debug\$"
    if ((full_debug)); then
        dpkg-deb -x "$dbgsym" "$out/$name-dbgsym"
        expect "the $what's debug file with source lines" \
            "$(readelf -S "$out/$name-dbgsym$debug" 2>&1)" '\.debug_line'
    fi
}
expect "the server binary" "$contents" '\./usr/bin/worknation-server$'
expect "a unit that runs that binary" "$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./lib/systemd/system/worknation-server.service)" '^ExecStart=/usr/bin/worknation-server '
if grep -q '\./usr/local/' <<<"$contents"; then
    echo "the server package installs under /usr/local, where its unit does not look" >&2
    fail=1
fi
debug_symbols "server binary" "$deb" /usr/bin/worknation-server
expect "the configuration file" "$contents" '\./etc/worknation/server\.ini$'
expect "the web portal, where the server looks for it" "$contents" '\./usr/share/worknation/web/index\.html$'
expect "the web portal's Brotli copies" "$contents" '\./usr/share/worknation/web/assets/index-[^/]*\.js\.br$'
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
    expect "the client linked against Debian's Qt Quick" "$(dpkg-deb -f "$client")" '^Depends:.*libqt6quick6'
    expect "the client linked against Debian's QtPdf (the CV preview)" "$(dpkg-deb -f "$client")" '^Depends:.*libqt6pdf6'
    debug_symbols "client binary" "$client" /usr/bin/worknation-client
    # Every QML module the client can load is installed by a package it depends on (by name: a
    # package the dependencies happen to pull in today may stop doing so).
    depends=$(dpkg-deb -f "$client" Depends | tr ',|' '\n' | sed -E 's/\(.*\)//; s/[[:space:]]//g')
    modules=$(bash "$here/qml-modules.sh" "$build" "$qtqml") || fail=1
    while read -r module package; do
        [[ $package == - ]] && continue # built into the client
        if grep -qxF -- "$package" <<<"$depends"; then
            echo "ok: QML module $module, from $package"
        else
            echo "missing: $package in the client's Depends, for the QML module $module" >&2
            fail=1
        fi
    done <<<"$modules"
fi
archive=$(ls "$out"/worknation-*.tar.gz 2>/dev/null || true)
if [[ -z $archive ]]; then
    echo "missing: the archive" >&2
    fail=1
else
    # The archive keeps the configured prefix and /etc, /lib/systemd as they are.
    top=$(basename "$archive" .tar.gz)
    expect "the archive's server binary, under $prefix" "$(tar -tzf "$archive")" "^$top${prefix}/bin/worknation-server\$"
    expect "the archive's configuration file" "$(tar -tzf "$archive")" "^$top/etc/worknation/server\.ini\$"
    tar -xzf "$archive" -C "$out" "$top$prefix/bin/worknation-server"
    expect "the archive's server binary stripped" "$(file -b "$out/$top$prefix/bin/worknation-server")" ', stripped$'
fi
if grep -qE 'libQt6[A-Za-z]*\.so' <<<"$contents"; then
    echo "Qt libraries are bundled in the package" >&2
    fail=1
fi
exit "$fail"
