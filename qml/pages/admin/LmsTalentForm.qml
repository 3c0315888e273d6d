// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Invites a new learner from the console: their email and name, whether they are an NYSC corps
 * member (with their state code and batch) and the academy they belong to. The server mails them
 * an invitation to choose their password and gives them an LMS user. The server's rules are
 * checked before sending and its refusals written under their fields; the dialog keeps what was
 * typed until the server has taken it, even when closed without sending.
 */
QQC2.Dialog {
    id: form

    property string error
    property bool busy: false
    /** The academies as {value: id as text, text: name}, once the server gave them. */
    property var academies: []

    /** The learner the server made, as its learner record ({user_id, email, ...}). */
    signal created(var learner)

    /** Opens the form as it was left: a draft closed without sending is still there. */
    function start() {
        Backend.call("lmsAcademies", {
            limit: 100
        }, (failure, body) => {
            if (!failure)
                form.academies = body.data.map(one => ({
                            value: String(one.id),
                            text: one.name
                        }));
        });
        open();
        email.input.forceActiveFocus();
    }

    /** Empties the form for the next learner, once the server took one. */
    function clear() {
        email.text = "";
        firstName.text = "";
        lastName.text = "";
        nysc.checked = false;
        stateCode.text = "";
        batch.text = "";
        academy.value = "";
        showProblems({});
    }

    /** The academies to choose from, after a first entry of none. */
    function choices(): var {
        const all = form.academies.slice();
        all.unshift({
            value: "",
            text: qsTr("No academy")
        });
        return all;
    }

    /** Each problem (field → message) under its field, any other under the form; true if any. */
    function showProblems(problems: var): bool {
        const fields = {
            email: email,
            first_name: firstName,
            last_name: lastName,
            nysc: nyscProblem,
            nysc_state_code: stateCode,
            nysc_batch: batch,
            academy_id: academyProblem
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        form.error = Object.keys(problems).filter(key => !fields[key]).map(key => problems[key]).join(" ");
        return Object.keys(problems).length > 0;
    }

    /** The form as the API takes it: NYSC details only for a corps member, no empty ones. */
    function values(): var {
        const body = {
            email: email.text.trim(),
            first_name: firstName.text.trim(),
            last_name: lastName.text.trim(),
            nysc: nysc.checked
        };
        if (nysc.checked && stateCode.text.trim().length > 0)
            body.nysc_state_code = stateCode.text.trim();
        if (nysc.checked && batch.text.trim().length > 0)
            body.nysc_batch = batch.text.trim();
        if (academy.value)
            body.academy_id = Number(academy.value);
        return body;
    }

    function save() {
        const body = values();
        // The server's own rules, checked before anything is sent.
        if (showProblems(FormChecker.check("createLmsTalent", body)))
            return;
        form.busy = true;
        Backend.call("createLmsTalent", body, (failure, answer) => {
            form.busy = false;
            if (failure) {
                // What was typed stays; the problem is written where it belongs.
                if (!form.showProblems(FormChecker.serverProblems(answer)))
                    form.error = failure;
                return;
            }
            form.close();
            form.clear();
            form.created(answer);
        });
    }

    objectName: "talentForm"
    title: qsTr("New learner")
    anchors.centerIn: QQC2.Overlay.overlay
    modal: true
    width: 560
    closePolicy: QQC2.Popup.CloseOnEscape

    component Problem: QQC2.Label {
        property string error
        Layout.fillWidth: true
        visible: error.length > 0
        text: error
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        QQC2.Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("They get an email inviting them to choose their password, and a user on the learning platform.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        FormField {
            id: email
            Layout.columnSpan: 2
            label: qsTr("Email")
            placeholderText: "ada@example.com"
            input.objectName: "talentFormEmail"
        }
        FormField {
            id: firstName
            label: qsTr("First name")
            input.objectName: "talentFormFirstName"
        }
        FormField {
            id: lastName
            label: qsTr("Last name")
            input.objectName: "talentFormLastName"
        }
        ColumnLayout {
            Layout.columnSpan: 2
            spacing: 2
            QQC2.CheckBox {
                id: nysc
                objectName: "talentFormNysc"
                text: qsTr("NYSC corps member")
                onToggled: nyscProblem.error = ""
            }
            Problem {
                id: nyscProblem
                objectName: "talentFormNyscError"
            }
        }
        FormField {
            id: stateCode
            enabled: nysc.checked
            label: qsTr("NYSC state code")
            placeholderText: "LA/24B/1234"
            input.objectName: "talentFormStateCode"
        }
        FormField {
            id: batch
            enabled: nysc.checked
            label: qsTr("NYSC batch")
            placeholderText: "2024B"
            input.objectName: "talentFormBatch"
        }
        ColumnLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            spacing: 2
            QQC2.Label {
                text: qsTr("Academy")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            ChoiceBox {
                id: academy
                objectName: "talentFormAcademy"
                Layout.fillWidth: true
                model: form.choices()
                Accessible.name: qsTr("Academy the learner belongs to")
                onChosen: chosen => {
                    academy.value = chosen;
                    academyProblem.error = "";
                }
            }
            Problem {
                id: academyProblem
                objectName: "talentFormAcademyError"
            }
        }
        QQC2.Label {
            objectName: "talentFormProblem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            text: form.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "talentFormSave"
            text: qsTr("Invite learner")
            highlighted: true
            enabled: !form.busy
            onClicked: form.save()
        }
        QQC2.Button {
            objectName: "talentFormCancel"
            text: qsTr("Cancel")
            onClicked: form.close()
        }
    }
}
