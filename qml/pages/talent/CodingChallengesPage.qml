// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The coding challenges a talent was invited to; one opens to be solved. */
Item {
    id: page

    property string error

    StackLayout {
        anchors.fill: parent
        currentIndex: solver.challenge.id ? 1 : 0

        ColumnLayout {
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing * 2
                title: qsTr("Coding challenges")
            }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing * 2
                visible: text.length > 0
                color: Theme.error
                text: page.error
            }
            ApiList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "codingChallenges"
                emptyText: qsTr("No company has invited you to a coding challenge yet.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: [Vocabulary.choiceLabel("difficulty", row.difficulty), row.closes_at ? qsTr("closes %1").arg(row.closes_at) : ""].filter(part => part).join(" · ")
                    QQC2.Button {
                        objectName: "openChallenge_" + card.row.title
                        text: qsTr("Solve")
                        onClicked: Backend.call("codingChallenge", {
                            id: card.row.id
                        }, (error, body) => {
                            page.error = error;
                            if (!error) {
                                solver.submission = null;
                                solver.challenge = body;
                            }
                        })
                    }
                }
            }
        }
        CodingChallengePage {
            id: solver
            onBack: challenge = {}
        }
    }
}
