// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQml.Models
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client

Item {
    id: page

    signal loggedOut

    JobsModel {
        id: jobs
        Component.onCompleted: reload()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Jobs")
                font.pixelSize: Theme.titleSize
                color: Theme.primary
            }
            QQC2.Label {
                text: Session.displayName
                color: Theme.muted
            }
            QQC2.Button {
                text: qsTr("Log out")
                onClicked: {
                    Session.logout()
                    page.loggedOut()
                }
            }
        }

        QQC2.TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Search jobs by title")
            onEditingFinished: jobs.query = text
        }

        QQC2.Label {
            visible: jobs.error.length > 0
            text: jobs.error
            color: Theme.error
        }
        QQC2.Label {
            visible: !jobs.loading && jobs.total === 0
            text: qsTr("No jobs match yet.")
            color: Theme.muted
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: jobs
            delegate: Rectangle {
                id: card
                required property string title
                required property string company
                required property string location
                required property string workMode
                required property string salary
                width: ListView.view.width
                height: 72
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                Column {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 4
                    QQC2.Label {
                        text: card.title
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.Label {
                        text: card.company + " · " + card.location + " · " + card.workMode + (card.salary.length > 0 ? " · " + card.salary : "")
                        color: Theme.muted
                        font.pixelSize: Theme.bodySize
                    }
                }
            }
        }
    }
}
