// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The company's jobs in every status; the chosen job's actions and its applicants. */
Item {
    id: page

    readonly property var job: jobs.current
    property string error

    function setStatus(status: string) {
        Backend.call("setJobStatus", {
            id: page.job.id,
            status: status
        }, error => {
            page.error = error;
            if (!error)
                jobs.model.reload();
        });
    }

    JobEditor {
        id: editor
        objectName: "jobEditor"
        onSaved: jobs.model.reload()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth, page.width * 0.34)
            Layout.fillWidth: false
            Layout.fillHeight: true
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Jobs")
                QQC2.Button {
                    text: qsTr("New job")
                    highlighted: true
                    onClicked: editor.edit({})
                }
            }
            ApiList {
                id: jobs
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "companyJobs"
                selectFirst: true
                emptyText: qsTr("No jobs yet. Post your first one.")
                delegate: RowCard {
                    required property var row
                    title: row.title
                    subtitle: qsTr("%n applicant(s)", "", row.applicants?.total ?? 0)
                    status: row.status
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.job.id !== undefined
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.job.title ?? ""
                subtitle: [page.job.location?.state, page.job.work_mode ? Vocabulary.choiceLabel("work_mode", page.job.work_mode, Qt.uiLanguage) : "", page.job.job_type ? Vocabulary.choiceLabel("job_type", page.job.job_type, Qt.uiLanguage) : ""].filter(part => part).join(" · ")
            }
            RowLayout {
                spacing: Theme.spacing / 2
                QQC2.Button {
                    objectName: "editJob"
                    text: qsTr("Edit")
                    visible: page.job.status !== "archived"
                    onClicked: editor.edit(page.job)
                }
                Repeater {
                    // The moves the server allows from the job's status, labelled from the
                    // shared vocabulary.
                    model: Vocabulary.moveOptions("job", page.job.next_statuses ?? [], page.job.status ?? "", Qt.uiLanguage)
                    QQC2.Button {
                        required property var modelData
                        objectName: "status_" + modelData.value
                        text: modelData.text
                        onClicked: page.setStatus(modelData.value)
                    }
                }
            }
            QQC2.Label {
                visible: page.error.length > 0
                text: page.error
                color: Theme.error
            }
            Applicants {
                Layout.fillWidth: true
                Layout.fillHeight: true
                subjectId: page.job.id ?? 0
            }
        }
    }
}
