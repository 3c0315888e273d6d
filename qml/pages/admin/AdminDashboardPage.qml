// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The platform at a glance: accounts, companies, jobs, applications, verification, sign-ups. */
Item {
    id: page

    property var figures: ({})
    property string error

    function percent(rate: var): string {
        return rate === undefined ? "–" : Math.round(rate * 100) + "%";
    }

    Component.onCompleted: Backend.call("statistics", {}, (error, body) => {
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
            subtitle: qsTr("The whole platform")
        }
        QQC2.Label {
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 5
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Figure {
                Layout.fillWidth: true
                label: qsTr("Talents")
                value: page.figures.users?.by_role?.talent ?? "–"
            }
            Figure {
                Layout.fillWidth: true
                label: qsTr("Companies")
                value: page.figures.companies?.total ?? "–"
            }
            Figure {
                Layout.fillWidth: true
                label: qsTr("Jobs")
                value: page.figures.jobs?.total ?? "–"
            }
            Figure {
                Layout.fillWidth: true
                label: qsTr("Applications")
                value: page.figures.applications?.total ?? "–"
            }
            Figure {
                Layout.fillWidth: true
                label: qsTr("Emails verified")
                value: page.percent(page.figures.email_verification?.rate)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            DayChart {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Sign-ups, last 30 days")
                entries: page.figures.sign_ups?.per_day ?? []
            }
            BarChart {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Accounts by role")
                barColor: Theme.accent
                // The roles anyone holds, as people read them.
                readonly property var held: Object.entries(page.figures.users?.by_role ?? {}).filter(role => role[1] > 0)
                labels: held.map(role => Vocabulary.roleLabel(role[0], Qt.uiLanguage))
                values: held.map(role => role[1])
            }
        }
    }
}
