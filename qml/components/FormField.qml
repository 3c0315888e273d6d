// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/** A labelled text field. */
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input

    spacing: 2
    Layout.fillWidth: true

    QQC2.Label {
        id: caption
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
    QQC2.TextField {
        id: input
        Layout.fillWidth: true
    }
}
