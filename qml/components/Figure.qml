// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * One number on a dashboard, with what it counts: as wide as its words on one line, and
 * wrapping them when a layout gives it less.
 */
Card {
    id: figure

    property string label
    property string value
    /** The width it takes however short its words, so that figures side by side look alike. */
    property real narrowest: 180

    implicitWidth: Math.max(narrowest, column.implicitWidth + 2 * Theme.spacing)
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 2
        QQC2.Label {
            text: figure.value
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.primary
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: figure.label
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
