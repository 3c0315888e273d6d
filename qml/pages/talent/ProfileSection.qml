// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * One titled part of the talent's profile page, on a card, with the outcome of its last save
 * under its content (near the button that saved, since the page scrolls). The completion's next
 * step jumps to a section and gives it the focus, which its border shows.
 */
Card {
    id: section

    property string title
    /** Why the last save failed, in a person's words; shown in the error colour. */
    property string error
    /** What the last save did ("Python is added to your skills."). */
    property string notice
    default property alias content: body.data

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    activeFocusOnTab: false

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        QQC2.Label {
            Layout.fillWidth: true
            text: section.title
            font.pixelSize: Theme.headingSize
            color: Theme.primary
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
        }
        QQC2.Label {
            objectName: section.objectName.length > 0 ? section.objectName + "Status" : ""
            Layout.fillWidth: true
            visible: text.length > 0
            text: section.error || section.notice
            color: section.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
    }
}
