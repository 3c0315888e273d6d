// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Published trainings to apply for, and the talent's training applications. */
Item {
    id: page

    property string error
    property string notice

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Trainings")
        }
        QQC2.TabBar {
            id: tabs
            objectName: "trainingTabs"
            QQC2.TabButton {
                text: qsTr("Open trainings")
                width: implicitWidth
            }
            QQC2.TabButton {
                text: qsTr("My applications")
                width: implicitWidth
            }
        }
        QQC2.Label {
            objectName: "trainingsProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error || page.notice
            color: page.error ? Theme.error : Theme.accent
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ApiList {
                id: open
                operation: "trainings"
                emptyText: qsTr("No training is open for applications now.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: [row.company?.name, Vocabulary.choiceLabel("mode", row.mode), row.start_date ? qsTr("starts %1").arg(row.start_date) : ""].filter(part => part).join(" · ")
                    QQC2.Button {
                        objectName: "applyTraining"
                        text: qsTr("Apply")
                        onClicked: Backend.call("applyToTraining", {
                            id: card.row.id
                        }, error => {
                            page.error = error;
                            page.notice = error ? "" : qsTr("You applied for %1.").arg(card.row.title);
                            if (!error)
                                mine.model.reload();
                        })
                    }
                }
            }
            ApiList {
                id: mine
                operation: "myTrainingApplications"
                emptyText: qsTr("You have not applied for a training yet.")
                delegate: RowCard {
                    id: application
                    required property var row
                    title: row.training?.title ?? ""
                    subtitle: [row.training?.company?.name, row.decided_reason].filter(part => part).join(" · ")
                    status: row.status
                    QQC2.Button {
                        objectName: "withdrawTraining"
                        // Offered while the shared workflow lets the talent withdraw; applying
                        // again later renews the same application.
                        visible: Vocabulary.moves("training_application", application.row.status, "talent").includes("withdrawn")
                        text: Vocabulary.moveOptions("training_application", ["withdrawn"])[0].text
                        onClicked: Backend.call("moveTrainingApplication", {
                            id: application.row.id,
                            status: "withdrawn"
                        }, error => {
                            page.error = error;
                            page.notice = error ? "" : qsTr("You withdrew from %1; apply again while it is open.").arg(application.row.training?.title ?? "");
                            if (!error)
                                mine.model.reload();
                        })
                    }
                }
            }
        }
    }
}
