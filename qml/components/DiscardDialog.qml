// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2

/**
 * Asks before changes not yet saved are let go: `ask(action)` opens it, Discard does the action
 * (open another record, start a new one), Cancel stays with what was typed.
 */
QQC2.Dialog {
    id: dialog

    /** What holds the changes, as the person knows it ("Backend engineer"). */
    property string subject
    /** Done once the changes are let go. */
    property var action: null

    /** Opens the question; @p then runs when the person lets the changes go. */
    function ask(then: var) {
        dialog.action = then;
        dialog.open();
    }

    anchors.centerIn: QQC2.Overlay.overlay
    modal: true
    width: 420
    title: qsTr("Leave your changes?")
    standardButtons: QQC2.Dialog.Discard | QQC2.Dialog.Cancel
    QQC2.Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: dialog.subject ? qsTr("What you changed in %1 is not saved.").arg(dialog.subject) : qsTr("What you changed is not saved.")
    }
    onDiscarded: {
        dialog.close();
        const then = dialog.action;
        dialog.action = null;
        if (then)
            then();
    }
    onRejected: dialog.action = null
}
