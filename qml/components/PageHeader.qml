// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/** A page's title, an optional line under it, and room on the right for its actions. */
RowLayout {
    id: header

    property string title
    property string subtitle
    default property alias actions: actionRow.data

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        QQC2.Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: header.title
            font.pixelSize: Theme.titleSize
            color: Theme.primary
            elide: Text.ElideRight
        }
        QQC2.Label {
            objectName: "pageSubtitle"
            Layout.fillWidth: true
            visible: header.subtitle.length > 0
            text: header.subtitle
            color: Theme.muted
            elide: Text.ElideRight
        }
    }
    RowLayout {
        id: actionRow
        spacing: Theme.spacing / 2
    }
}
