// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/** A list row: a title, a line under it, an optional status; clicking makes it current. */
Card {
    id: rowCard

    property string title
    property string subtitle
    property string status
    required property int index
    default property alias extra: trailing.data

    /** Clicked: the row is now current. */
    signal activated

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 64
    selected: ListView.isCurrentItem

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            QQC2.Label {
                Layout.fillWidth: true
                text: rowCard.title
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: rowCard.subtitle
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: trailing
        }
        StatusBadge {
            visible: rowCard.status.length > 0
            status: rowCard.status
        }
    }
    TapHandler {
        onTapped: {
            rowCard.ListView.view.forceActiveFocus();
            rowCard.ListView.view.currentIndex = rowCard.index;
            rowCard.activated();
        }
    }
}
