// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The talent's applications, and the chosen one's timeline. */
Item {
    id: page

    property var application: ({})
    property string error

    function open(id: int) {
        Backend.call("application", {
            id: id
        }, (error, body) => {
            page.error = error;
            page.application = error ? {} : body;
        });
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("My applications")
                subtitle: applications.model.total > 0 ? qsTr("%n application(s)", "", applications.model.total) : ""
            }
            ApiList {
                id: applications
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "myApplications"
                selectFirst: true
                emptyText: qsTr("You have not applied for a job yet. Find one under Jobs.")
                onCurrentChanged: if (current.id)
                    page.open(current.id)
                delegate: RowCard {
                    required property var row
                    title: row.job.title
                    subtitle: row.job.company.name + " · " + qsTr("applied %1").arg(new Date(row.applied_at ?? row.created_at).toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                    status: row.status
                }
            }
        }

        Card {
            Layout.preferredWidth: Theme.panelWidth
            Layout.fillHeight: true
            visible: page.application.id !== undefined

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                QQC2.Label {
                    Layout.fillWidth: true
                    text: page.application.job?.title ?? ""
                    font.pixelSize: Theme.headingSize
                    color: Theme.primary
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: !!page.application.rejection_reason
                    objectName: "rejectionReason"
                    text: qsTr("Reason: %1").arg(Vocabulary.reasonLabel(page.application.rejection_reason ?? "", Qt.uiLanguage))
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Timeline {
                    Layout.fillWidth: true
                    steps: page.application.timeline ?? []
                }
                Item {
                    Layout.fillHeight: true
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: page.error.length > 0
                    text: page.error
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                QQC2.Button {
                    visible: (page.application.next_statuses ?? []).includes("withdrawn")
                    text: qsTr("Withdraw")
                    onClicked: Backend.call("withdrawApplication", {
                        id: page.application.id
                    }, error => {
                        page.error = error;
                        if (!error) {
                            page.open(page.application.id);
                            applications.model.reload();
                        }
                    })
                }
            }
        }
    }
}
