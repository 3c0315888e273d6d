// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The company's trainings in every status; the chosen training's moves and its applicants. */
Item {
    id: page

    readonly property var training: trainings.current
    property string error

    QQC2.Dialog {
        id: editor
        objectName: "trainingEditor"
        modal: true
        anchors.centerIn: QQC2.Overlay.overlay
        width: 520
        title: qsTr("New training")
        standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
        /** The server's answer to the last save, shown in the editor. */
        property string problem

        onAccepted: Backend.call("createTraining", {
            title: title.text,
            description: description.text,
            mode: mode.currentValue,
            state: stateField.text.length > 0 ? stateField.text : null
        }, error => {
            editor.problem = error;
            if (error) {
                // Nothing typed is lost: the editor comes back with what was refused and why.
                editor.open();
                return;
            }
            title.text = "";
            description.clear();
            stateField.text = "";
            trainings.model.reload();
        })
        ColumnLayout {
            anchors.fill: parent
            QQC2.Label {
                objectName: "trainingProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: editor.problem
                color: Theme.error
                wrapMode: Text.Wrap
            }
            FormField {
                id: title
                input.objectName: "trainingTitle"
                label: qsTr("Title")
            }
            RowLayout {
                QQC2.ComboBox {
                    id: mode
                    objectName: "trainingMode"
                    textRole: "text"
                    valueRole: "value"
                    model: Vocabulary.choices("mode")
                }
                FormField {
                    id: stateField
                    label: qsTr("State")
                }
            }
            TextBox {
                id: description
                objectName: "trainingDescription"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                placeholderText: qsTr("What the talents will learn")
                wrapMode: TextEdit.Wrap
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth, page.width * 0.34)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Trainings")
                QQC2.Button {
                    objectName: "newTraining"
                    text: qsTr("New training")
                    highlighted: true
                    onClicked: editor.open()
                }
            }
            ApiList {
                id: trainings
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "companyTrainings"
                selectFirst: true
                emptyText: qsTr("No trainings yet.")
                delegate: RowCard {
                    required property var row
                    title: row.title
                    subtitle: qsTr("%n applicant(s)", "", row.applicant_counts?.applicants ?? 0)
                    status: row.status
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.training.id !== undefined
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.training.title ?? ""
                subtitle: [page.training.mode ? Vocabulary.choiceLabel("mode", page.training.mode) : "", page.training.start_date ? qsTr("starts %1").arg(page.training.start_date) : ""].filter(part => part).join(" · ")
            }
            RowLayout {
                spacing: Theme.spacing / 2
                Repeater {
                    // Where the company may move the training from its status (shared rules).
                    model: Vocabulary.moveOptions("training", Vocabulary.moves("training", page.training.status ?? "", "company"), page.training.status ?? "")
                    QQC2.Button {
                        required property var modelData
                        objectName: "trainingStatus_" + modelData.value
                        text: modelData.text
                        onClicked: Backend.call("setTrainingStatus", {
                            id: page.training.id,
                            status: modelData.value
                        }, error => {
                            page.error = error;
                            trainings.model.reload();
                        })
                    }
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: page.error.length > 0
                text: page.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Applicants {
                Layout.fillWidth: true
                Layout.fillHeight: true
                workflow: "training_application"
                subjectId: page.training.id ?? 0
            }
        }
    }
}
