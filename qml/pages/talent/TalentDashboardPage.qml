// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's day at a glance: applications by status, jobs recommended and not yet applied
 * for, how complete the profile is and what to add next, the assessments taken, and unread
 * notifications.
 */
Item {
    id: page

    property var figures: ({})
    property string error

    function load() {
        Backend.call("talentDashboard", {}, (error, body) => {
            page.error = error;
            page.figures = error ? {} : body;
        });
    }

    /** A count as the dashboard shows it: a dash until it has come. */
    function count(value: var): string {
        return value === undefined || value === null ? "–" : String(value);
    }

    // Read again each time the section is shown: an application sent meanwhile counts.
    onVisibleChanged: if (visible)
        page.load()
    Component.onCompleted: page.load()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Home")
            subtitle: Session.displayName
        }
        QQC2.Label {
            objectName: "dashboardProblem"
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Figure {
                objectName: "figureApplications"
                label: qsTr("Applications sent")
                value: page.count(page.figures.applications?.total)
            }
            Figure {
                objectName: "figureRecommended"
                label: qsTr("Recommended jobs")
                value: page.count(page.figures.recommended_jobs)
            }
            Figure {
                objectName: "figureOpenJobs"
                label: qsTr("Open jobs to apply for")
                value: page.count(page.figures.open_jobs_not_applied)
            }
            Figure {
                objectName: "figureAssessments"
                label: qsTr("Assessments taken")
                value: page.count(page.figures.assessments_taken)
            }
            Figure {
                objectName: "figureUnread"
                label: qsTr("Unread notifications")
                value: page.count(page.figures.unread_notifications)
            }
        }
        Card {
            Layout.fillWidth: true
            implicitHeight: profileColumn.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: profileColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2
                QQC2.Label {
                    objectName: "profileCompletion"
                    text: qsTr("Profile %1% complete").arg(page.figures.profile_completion ?? 0)
                    font.bold: true
                    color: Theme.text
                }
                QQC2.ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: 100
                    value: page.figures.profile_completion ?? 0
                }
                QQC2.Label {
                    objectName: "nextProfileStep"
                    Layout.fillWidth: true
                    visible: !!page.figures.next_profile_step
                    text: qsTr("Next: %1, under Profile").arg(page.figures.next_profile_step?.label ?? "")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
            }
        }
        BarChart {
            objectName: "applicationsByStatus"
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("My applications by status")
            // Drafts are the talent's own, not yet sent: counted apart from the total above.
            labels: Object.keys(page.figures.applications?.by_status ?? {}).map(status => Vocabulary.statusLabel(status, Qt.uiLanguage))
            values: Object.values(page.figures.applications?.by_status ?? {})
        }
    }
}
