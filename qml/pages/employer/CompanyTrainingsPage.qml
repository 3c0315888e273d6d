// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The company's trainings in every status, with their applicant counts. */
Item {
    id: page

    property string error

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Trainings")
        }
        QQC2.Label {
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
        }
        ApiList {
            id: trainings
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "companyTrainings"
            emptyText: qsTr("No trainings yet.")
            delegate: RowCard {
                id: card
                required property var row
                title: row.title
                subtitle: qsTr("%n applicant(s)", "", row.applicants?.total ?? row.applicant_count ?? 0)
                status: row.status
                QQC2.Button {
                    visible: card.row.status === "draft" || card.row.status === "closed"
                    text: qsTr("Publish")
                    onClicked: Backend.call("setTrainingStatus", {
                        id: card.row.id,
                        status: "published"
                    }, error => {
                        page.error = error;
                        trainings.model.reload();
                    })
                }
                QQC2.Button {
                    visible: card.row.status === "published"
                    text: qsTr("Close")
                    onClicked: Backend.call("setTrainingStatus", {
                        id: card.row.id,
                        status: "closed"
                    }, error => {
                        page.error = error;
                        trainings.model.reload();
                    })
                }
            }
        }
    }
}
