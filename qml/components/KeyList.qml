// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import Worknation.Ui

/**
 * A list a person also uses from the keyboard: Tab reaches it, the arrows move through its
 * entries, and a frame shows which entry the keyboard is on while the list has the focus.
 */
ListView {
    id: list

    activeFocusOnTab: true
    keyNavigationEnabled: true
    highlightFollowsCurrentItem: true
    highlightMoveDuration: 0
    highlightResizeDuration: 0
    highlight: Rectangle {
        objectName: "focusFrame"
        z: 2 // over the entry: the entries draw their own backgrounds
        visible: list.activeFocus
        color: "transparent"
        radius: Theme.radius
        border.width: 2
        border.color: Theme.focus
    }
}
