// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * A page's title, an optional line under it, and its actions: on the right when they fit beside
 * the title, on a line of their own under it when they do not (a narrow column, longer words).
 */
GridLayout {
    id: header

    property string title
    property string subtitle
    default property alias actions: actionRow.data
    /** The actions stand beside the title; false when the title needs the whole width. */
    readonly property bool actionsBeside: width >= titleLabel.implicitWidth + columnSpacing + actionRow.implicitWidth

    columns: actionsBeside ? 2 : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing / 2

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        QQC2.Label {
            id: titleLabel
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: header.title
            font.pixelSize: Theme.titleSize
            color: Theme.primary
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            objectName: "pageSubtitle"
            Layout.fillWidth: true
            visible: header.subtitle.length > 0
            text: header.subtitle
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        id: actionRow
        // An empty row of actions would otherwise take the height a page leaves over.
        Layout.fillHeight: false
        visible: children.length > 0
        spacing: Theme.spacing / 2
    }
}
