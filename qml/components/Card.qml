// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/** A white panel with a border: list rows, figures and forms sit on one. */
Rectangle {
    property bool selected: false

    radius: Theme.radius
    color: selected ? Theme.selection : Theme.surface
    border.color: activeFocus ? Theme.primary : Theme.border
    border.width: activeFocus ? 2 : 1
}
