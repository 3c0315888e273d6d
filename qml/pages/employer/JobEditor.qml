// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Creates a job, or edits the one given. */
QQC2.Dialog {
    id: editor

    property var job: ({})
    property string error

    signal saved

    function edit(job: var) {
        editor.job = job;
        title.text = job.title ?? "";
        description.text = job.description ?? "";
        stateField.text = job.location?.state ?? "";
        salaryMin.text = job.salary?.min ?? "";
        salaryMax.text = job.salary?.max ?? "";
        mode.currentIndex = Math.max(0, mode.indexOfValue(job.work_mode ?? "on_site"));
        type.currentIndex = Math.max(0, type.indexOfValue(job.job_type ?? "full_time"));
        error = "";
        open();
    }

    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: 560
    standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
    closePolicy: QQC2.Popup.CloseOnEscape

    onAccepted: {
        const form = {
            title: title.text,
            description: description.text,
            work_mode: mode.currentValue,
            job_type: type.currentValue
        };
        if (stateField.text.length > 0)
            form.state = stateField.text;
        if (salaryMin.text.length > 0 && salaryMax.text.length > 0) {
            form.salary_min = Number(salaryMin.text);
            form.salary_max = Number(salaryMax.text);
            form.salary_currency = "NGN";
            form.salary_period = "month";
        }
        if (editor.job.id)
            form.id = editor.job.id;
        Backend.call(editor.job.id ? "updateJob" : "createJob", form, error => {
            editor.error = error;
            if (error)
                editor.open();
            else
                editor.saved();
        });
    }

    header: QQC2.Label {
        padding: Theme.spacing
        text: editor.job.id ? qsTr("Edit job") : qsTr("New job")
        font.pixelSize: Theme.headingSize
        color: Theme.primary
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        FormField {
            id: title
            input.objectName: "jobTitle"
            label: qsTr("Title")
        }
        RowLayout {
            QQC2.ComboBox {
                id: mode
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    {
                        value: "on_site",
                        text: qsTr("On site")
                    },
                    {
                        value: "hybrid",
                        text: qsTr("Hybrid")
                    },
                    {
                        value: "remote",
                        text: qsTr("Remote")
                    }
                ]
            }
            QQC2.ComboBox {
                id: type
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    {
                        value: "full_time",
                        text: qsTr("Full time")
                    },
                    {
                        value: "part_time",
                        text: qsTr("Part time")
                    },
                    {
                        value: "contract",
                        text: qsTr("Contract")
                    },
                    {
                        value: "internship",
                        text: qsTr("Internship")
                    }
                ]
            }
        }
        RowLayout {
            FormField {
                id: stateField
                label: qsTr("State")
            }
            FormField {
                id: salaryMin
                label: qsTr("Salary from (NGN a month)")
            }
            FormField {
                id: salaryMax
                label: qsTr("to")
            }
        }
        QQC2.Label {
            text: qsTr("Description")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        TextBox {
            id: description
            objectName: "jobDescription"
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            wrapMode: TextEdit.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: editor.error.length > 0
            text: editor.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
