// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Asks the name a candidate search is saved under and whether new matches are to be told. The
 * dialog stays open with what was typed until the server takes it; a refusal of the name is
 * written under it, any other (the company's limit, a filter) above the buttons.
 */
QQC2.Dialog {
    id: dialog
    objectName: "saveSearchDialog"

    /** The search to save, as the candidate search takes it. */
    property var query: ({})
    property bool busy: false

    /** The server kept the search. */
    signal saved(var search)

    /** Opens the dialog for @p query, with nothing typed yet. */
    function ask(query: var) {
        dialog.query = query;
        nameField.text = "";
        nameField.error = "";
        problem.text = "";
        alerts.checked = true;
        dialog.open();
        nameField.input.forceActiveFocus();
    }

    function save() {
        const name = nameField.text.trim();
        nameField.error = name.length === 0 ? qsTr("Give the search a name") : "";
        problem.text = "";
        if (nameField.error)
            return;
        dialog.busy = true;
        Backend.call("saveSearch", {
            name: name,
            query: dialog.query,
            alerts: alerts.checked
        }, (error, body) => {
            dialog.busy = false;
            if (error) {
                const found = FormChecker.serverProblems(body);
                nameField.error = found.name ?? "";
                if (!found.name)
                    problem.text = error;
                return;
            }
            dialog.close();
            dialog.saved(body);
        });
    }

    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(480, (parent?.width ?? 480) - 2 * Theme.spacing)
    title: qsTr("Save this search")
    standardButtons: QQC2.Dialog.NoButton

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        FormField {
            id: nameField
            Layout.fillWidth: true
            label: qsTr("Name")
            placeholderText: qsTr("e.g. Data analysts in Lagos")
            input.objectName: "saveSearchName"
            input.onAccepted: dialog.save()
        }
        QQC2.CheckBox {
            id: alerts
            objectName: "savedSearchAlertsChoice"
            text: qsTr("Tell me when new talents match it")
            checked: true
        }
        QQC2.Label {
            id: problem
            objectName: "saveSearchProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "confirmSaveSearch"
            text: qsTr("Save search")
            highlighted: true
            enabled: !dialog.busy
            onClicked: dialog.save()
        }
        QQC2.Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
