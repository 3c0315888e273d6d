// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The company's hiring at a glance: open jobs, applicants by status, applications per day. */
Item {
    id: page

    property var figures: ({})
    property string error

    Component.onCompleted: Backend.call("employerDashboard", {}, (error, body) => {
        page.error = error;
        page.figures = error ? {} : body;
    })

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Dashboard")
            subtitle: Session.displayName
        }
        QQC2.Label {
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
        }
        RowLayout {
            spacing: Theme.spacing
            Figure {
                label: qsTr("Open jobs")
                value: page.figures.open_jobs ?? "–"
            }
            Figure {
                label: qsTr("Applicants")
                value: page.figures.applicants?.total ?? "–"
            }
            Figure {
                label: qsTr("Hours to first response")
                value: page.figures.average_hours_to_first_response === null || page.figures.average_hours_to_first_response === undefined ? "–" : Math.round(page.figures.average_hours_to_first_response)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            BarChart {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Applicants by status")
                labels: Object.keys(page.figures.applicants?.by_status ?? {}).map(status => Vocabulary.statusLabel(status, Qt.uiLanguage))
                values: Object.values(page.figures.applicants?.by_status ?? {})
            }
            DayChart {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Applications, last 30 days")
                barColor: Theme.accent
                entries: page.figures.applications_last_30_days ?? []
                countField: "applications"
            }
        }
    }
}
