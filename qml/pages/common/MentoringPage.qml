// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A mentor's interns: how much work waits and how they score (the dashboard), the internships
 * they mentor, and for the chosen one its interns' standings and the calibration of its mentors.
 */
Item {
    id: page

    property var dashboard: null
    property string error

    function reload() {
        Backend.call("mentorDashboard", {}, (error, body) => {
            page.error = error;
            page.dashboard = error ? null : body;
        });
        programmes.model.reload();
        scores.reload();
    }

    Component.onCompleted: Backend.call("mentorDashboard", {}, (error, body) => {
        page.error = error;
        page.dashboard = error ? null : body;
    })

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("My interns")
            subtitle: qsTr("The internships you mentor, how your interns stand and how you score")
            QQC2.Button {
                objectName: "reloadMentoring"
                text: qsTr("Refresh")
                onClicked: page.reload()
            }
        }
        QQC2.Label {
            objectName: "mentoringProblem"
            Layout.fillWidth: true
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: page.dashboard !== null
            Figure {
                objectName: "mentoredProgrammes"
                Layout.fillWidth: true
                label: qsTr("internships mentored")
                value: page.dashboard?.programmes ?? 0
            }
            Figure {
                objectName: "currentInterns"
                Layout.fillWidth: true
                label: qsTr("current interns")
                value: page.dashboard?.interns ?? 0
            }
            Figure {
                objectName: "pendingReviews"
                Layout.fillWidth: true
                label: qsTr("evidence to score")
                value: page.dashboard?.pending_reviews ?? 0
            }
            Figure {
                objectName: "myAverage"
                Layout.fillWidth: true
                label: qsTr("your average score")
                value: page.dashboard?.average_score === null || page.dashboard?.average_score === undefined ? "–" : scores.percent(page.dashboard.average_score)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2

            ApiList {
                id: programmes
                objectName: "mentoredInternships"
                Layout.preferredWidth: 240
                Layout.fillWidth: false
                Layout.fillHeight: true
                operation: "mentorInternships"
                selectFirst: true
                emptyText: qsTr("No internship is yours to mentor yet: a company assigns you to one.")
                delegate: RowCard {
                    required property var row
                    objectName: "mentoredInternship"
                    title: row.title
                    subtitle: [row.company?.name, qsTr("%n intern(s)", "", row.interns ?? 0), qsTr("%n to score", "", row.pending_reviews ?? 0)].filter(part => part).join(" · ")
                    status: row.status
                }
            }
            InternshipScores {
                id: scores
                columns: 1 // beside the list of programmes
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: internshipId > 0
                internshipId: programmes.current.id ?? 0
            }
        }
    }
}
