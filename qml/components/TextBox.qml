// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import Worknation.Ui

/** Several lines of text to write (a description, a cover letter), with a visible frame. */
QQC2.TextArea {
    id: box

    wrapMode: TextEdit.Wrap
    background: Rectangle {
        color: Theme.surface
        border.color: box.activeFocus ? Theme.primary : Theme.border
        radius: 2
    }
}
