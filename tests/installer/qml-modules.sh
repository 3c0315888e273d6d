#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Lists the QML modules the desktop client can load at run time, with the Debian package that
# ships each, one "module package" a line ("module -" for a module built into the client):
#   qml-modules.sh BUILD_DIR QT_QML_DIR
# It starts from the client's own modules (Worknation.Ui, whose Main.qml the client loads, and
# Worknation.Client), found in BUILD_DIR, and follows every way one module brings in another:
# the imports of its QML files, its qmldir's import and depends lines, and the few loads Qt makes
# from C++ (below). A module found neither in BUILD_DIR nor in QT_QML_DIR is reported on stderr
# and makes it exit 1.
set -euo pipefail
build=$1
qtqml=$2

# Qt Quick Controls picks a style at run time; with none set, on Linux, it is Fusion. The other
# styles' files (qmldir "optional import" lines, "+Material/" file selectors) are never loaded.
style=Fusion
# Modules a module's C++ loads without any qmldir or QML file saying so: the Qt Quick
# implementation of the dialogs, used where there are no native ones (which is what imports
# Qt.labs.folderlistmodel).
declare -A loads=([QtQuick.Dialogs]="QtQuick.Dialogs.quickimpl")
# Types of Qt's modules whose files import what the client otherwise never loads, skipped for as
# long as the client's own QML does not name them: a table's SelectionRectangle (QtQuick.Shapes).
declare -A unused=([QtQuick.Controls.Basic]="SelectionRectangle")

declare -A seen=()
queue=(Worknation.Ui Worknation.Client)
fail=0

names_type() { # whether the client's own QML names a type
    grep -rqw --include='*.qml' -- "$1" "$build/Worknation"
}

imports_of_qml() { # the modules a QML file imports by name (not "dir" or "file.js" imports)
    sed -nE 's/^[[:space:]]*import[[:space:]]+([A-Za-z_][A-Za-z0-9_.]*).*/\1/p' "$1"
}

while ((${#queue[@]})); do
    module=${queue[0]}
    queue=("${queue[@]:1}")
    [[ -n ${seen[$module]:-} ]] && continue
    seen[$module]=1
    path=${module//.//}
    if [[ -f $build/$path/qmldir ]]; then
        dir=$build/$path
        echo "$module -"
    elif [[ -f $qtqml/$path/qmldir ]]; then
        dir=$qtqml/$path
        package=$(dpkg -S "$dir/qmldir" 2>/dev/null | head -1 | cut -d: -f1) || true
        if [[ -z $package ]]; then
            echo "qml-modules: no Debian package ships $dir/qmldir" >&2
            fail=1
            package="?"
        fi
        echo "$module $package"
    else
        echo "qml-modules: $module is imported but not found in $build or $qtqml" >&2
        fail=1
        continue
    fi

    next=()
    while read -r -a words; do
        case "${words[0]:-}" in
        import | depends) next+=("${words[1]}") ;;
        default) next+=("${words[2]}") ;;
        optional)
            if [[ ${words[1]} == import && ${words[2]} == *.$style ]]; then next+=("${words[2]}"); fi
            ;;
        esac
        type=${words[0]:-}
        if [[ $type == singleton || $type == internal ]]; then type=${words[1]}; fi
        if [[ " ${unused[$module]:-} " == *" $type "* ]] && ! names_type "$type"; then continue; fi
        for word in "${words[@]}"; do
            [[ $word == *.qml ]] || continue
            if [[ $word == *+*/* && $word != *+$style/* ]]; then continue; fi
            if [[ -f $dir/$word ]]; then
                mapfile -t -O "${#next[@]}" next < <(imports_of_qml "$dir/$word")
            fi
        done
    done <"$dir/qmldir"
    if [[ -n ${loads[$module]:-} ]]; then
        read -r -a extra <<<"${loads[$module]}"
        next+=("${extra[@]}")
    fi
    queue+=("${next[@]}")
done
exit "$fail"
