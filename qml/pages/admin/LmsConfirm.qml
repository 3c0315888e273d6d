// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * Asks before one of the console's sensitive tools runs: what it will do, and a button named for
 * it. ask() opens it; the function given runs only if the super admin confirms.
 */
QQC2.Dialog {
    id: confirm

    property string text
    property string action
    property var run: null

    function ask(title: string, text: string, action: string, run: var) {
        confirm.title = title;
        confirm.text = text;
        confirm.action = action;
        confirm.run = run;
        open();
    }

    objectName: "lmsConfirm"
    anchors.centerIn: QQC2.Overlay.overlay
    modal: true
    width: 460
    onAccepted: {
        const run = confirm.run;
        confirm.run = null;
        if (run)
            run();
    }

    ColumnLayout {
        anchors.fill: parent
        QQC2.Label {
            objectName: "confirmText"
            Layout.fillWidth: true
            text: confirm.text
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "confirmAction"
            text: confirm.action
            highlighted: true
            onClicked: confirm.accept()
        }
        QQC2.Button {
            objectName: "confirmCancel"
            text: qsTr("Cancel")
            onClicked: confirm.reject()
        }
    }
}
