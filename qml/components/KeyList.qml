// SPDX-License-Identifier: Apache-2.0
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

    // Over the current entry (entries draw their own backgrounds), moving with the content.
    Rectangle {
        objectName: "focusFrame"
        z: 2
        visible: list.activeFocus && list.currentItem !== null
        x: list.currentItem?.x ?? 0
        y: list.currentItem?.y ?? 0
        width: list.currentItem?.width ?? 0
        height: list.currentItem?.height ?? 0
        color: "transparent"
        radius: Theme.radius
        border.width: 2
        border.color: Theme.focus
    }
}
