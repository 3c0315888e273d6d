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
    /** The actions (the card's children) go on a line of their own, under the text. */
    property bool actionsBelow: false

    /** Clicked: the row is now current. */
    signal activated

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(64, grid.implicitHeight + 2 * Theme.spacing)
    selected: ListView.isCurrentItem

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2
        columns: rowCard.actionsBelow ? 2 : 3
        ColumnLayout {
            Layout.row: 0
            Layout.column: 0
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
                objectName: "rowSubtitle"
                Layout.fillWidth: true
                visible: text.length > 0
                text: rowCard.subtitle
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: trailing
            Layout.row: rowCard.actionsBelow ? 1 : 0
            Layout.column: rowCard.actionsBelow ? 0 : 1
            Layout.columnSpan: rowCard.actionsBelow ? 2 : 1
            // A line of its own is the card's width, for actions that wrap (a Flow) to use.
            Layout.fillWidth: rowCard.actionsBelow
        }
        StatusBadge {
            Layout.row: 0
            Layout.column: rowCard.actionsBelow ? 1 : 2
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
