// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Changes a learner's username on the learning platform: the new one is checked with the
 * server's rules, then the console asks before sending it. A refusal (taken, or the server out of
 * reach) is written under the field and the dialog stays open with what was typed.
 */
QQC2.Dialog {
    id: dialog

    /** The learner whose username changes, as the console's list gave them. */
    property var talent: ({})
    property bool busy: false
    property string error

    /** The learner's record as the server answered, with the new username. */
    signal changed(var learner)

    /** Opens for @p talent; what was typed for the same learner before is kept. */
    function ask(talent: var) {
        if (dialog.talent.id !== talent.id) {
            username.text = talent.username ?? "";
            username.error = "";
            dialog.error = "";
        }
        dialog.talent = talent;
        open();
        username.input.forceActiveFocus();
        username.input.selectAll();
    }

    /** The problem @p problems (field → message) name for @p field, or "". */
    function problemOf(problems: var, field: string): string {
        return problems[field] ?? "";
    }

    function nameOf(row: var): string {
        return [row.first_name ?? "", row.last_name ?? ""].join(" ").trim();
    }

    /** Checks the name with the server's rules, then asks before sending it. */
    function review() {
        const body = {
            username: username.text.trim()
        };
        const problems = FormChecker.check("updateLmsUsername", body);
        username.error = dialog.problemOf(problems, "username");
        dialog.error = "";
        if (Object.keys(problems).length > 0)
            return;
        if (body.username === (dialog.talent.username ?? "")) {
            username.error = qsTr("This is their username already");
            return;
        }
        confirm.ask(qsTr("Change %1's username?").arg(dialog.nameOf(dialog.talent)), dialog.talent.username ? qsTr("They sign in to the learning platform as %1 instead of %2 from now on.").arg(body.username).arg(dialog.talent.username) : qsTr("They sign in to the learning platform as %1 from now on.").arg(body.username), qsTr("Change username"), dialog.send);
    }

    function send() {
        const chosen = dialog.talent;
        dialog.busy = true;
        Backend.call("updateLmsUsername", {
            id: chosen.id,
            username: username.text.trim()
        }, (failure, answer) => {
            dialog.busy = false;
            if (failure) {
                // The dialog stays, with the name as typed and why it was not taken.
                const problems = FormChecker.serverProblems(answer);
                username.error = dialog.problemOf(problems, "username");
                dialog.error = dialog.problemOf(problems, "username") ? "" : failure;
                return;
            }
            dialog.close();
            dialog.changed(answer);
        });
    }

    objectName: "usernameDialog"
    title: qsTr("Change %1's username").arg(dialog.nameOf(dialog.talent))
    anchors.centerIn: QQC2.Overlay.overlay
    modal: true
    width: 460
    closePolicy: QQC2.Popup.CloseOnEscape

    LmsConfirm {
        id: confirm
    }

    ColumnLayout {
        anchors.fill: parent
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("The name they sign in to the learning platform with. Their email and password do not change.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        FormField {
            id: username
            label: qsTr("Username: 3 to 100 letters, digits, _ . @ -")
            input.objectName: "usernameField"
            input.onAccepted: dialog.review()
        }
        QQC2.Label {
            objectName: "usernameProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "usernameSave"
            text: qsTr("Change…")
            highlighted: true
            enabled: !dialog.busy && username.text.trim().length > 0
            onClicked: dialog.review()
        }
        QQC2.Button {
            objectName: "usernameCancel"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
