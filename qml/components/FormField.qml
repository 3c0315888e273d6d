// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/** A labelled text field, with its problem (if any) written under it. */
ColumnLayout {
    id: field

    /** What is wrong with the value, in words a person uses; empty when nothing is. */
    property string error
    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input

    spacing: 2
    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop // a problem written under one field does not shift its row

    QQC2.Label {
        id: caption
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
    QQC2.TextField {
        id: input
        Layout.fillWidth: true
        Accessible.name: caption.text
        Accessible.description: field.error
        onTextEdited: field.error = ""
    }
    QQC2.Label {
        objectName: input.objectName.length > 0 ? input.objectName + "Error" : ""
        Layout.fillWidth: true
        visible: field.error.length > 0
        text: field.error
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
}
