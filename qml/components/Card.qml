// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/**
 * A white panel with a border: list rows, figures and forms sit on one. It draws no focus of its
 * own: in a list, KeyList frames the entry the keyboard is on, and a card that takes the focus
 * alone shows it the same way (Theme.focus).
 */
Rectangle {
    property bool selected: false

    radius: Theme.radius
    color: selected ? Theme.selection : Theme.surface
    border.color: Theme.border
    border.width: 1
}
