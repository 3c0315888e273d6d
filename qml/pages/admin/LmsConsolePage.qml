// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * The super admins' learning console: academies and companies, talents' learning records,
 * several learners' NYSC details at once, enrolment requests to decide, reports with their CSV
 * exports, the audit and activity logs, and the sensitive tools. Each tab is made the first time
 * it is shown, so nothing is asked of the server (or recorded in the audit log) before a super
 * admin looks. Not ComponentBehavior: Bound, as the shells are not: this page is itself made by
 * the shell's Loader, and its tabs' components are made by Loaders of its own.
 */
Item {
    id: page

    /** The tab shown, by name: companies, talents, nysc, requests, reports, activity or tools. */
    property string tab: "companies"
    /** The tabs shown so far, by name: their pages are made. */
    property var seen: []
    /** The tabs in order, by name; the StackLayout below holds their pages in the same order.
     *  Names only (their words are the tab buttons'): a change of language gives the tabs new
     *  words, not new tabs, which would send the console back to its first one. */
    readonly property var tabs: ["companies", "talents", "nysc", "requests", "reports", "activity", "tools"]

    function see() {
        if (!page.seen.includes(page.tab))
            page.seen = page.seen.concat([page.tab]);
    }

    onTabChanged: see()
    Component.onCompleted: see()

    Component {
        id: companies
        LmsCompanies {}
    }
    Component {
        id: talents
        LmsTalents {}
    }
    Component {
        id: nysc
        LmsNysc {}
    }
    Component {
        id: requests
        LmsRequests {}
    }
    Component {
        id: reports
        LmsReports {}
    }
    Component {
        id: activity
        LmsActivity {}
    }
    Component {
        id: tools
        LmsTools {}
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Learning")
            subtitle: qsTr("The learning platform's academies, learners, enrolments, reports and tools")
        }
        QQC2.TabBar {
            id: bar
            objectName: "lmsTabs"
            Layout.fillWidth: true
            currentIndex: Math.max(0, page.tabs.indexOf(page.tab))
            onCurrentIndexChanged: page.tab = page.tabs[currentIndex]
            Repeater {
                model: page.tabs
                QQC2.TabButton {
                    required property string modelData
                    objectName: "lmsTab_" + modelData
                    text: {
                        switch (modelData) {
                        case "companies":
                            return qsTr("Academies and companies");
                        case "talents":
                            return qsTr("Learners");
                        case "nysc":
                            return qsTr("NYSC details");
                        case "requests":
                            return qsTr("Enrolment requests");
                        case "reports":
                            return qsTr("Reports");
                        case "activity":
                            return qsTr("Logs");
                        case "tools":
                            return qsTr("Tools");
                        }
                        return modelData;
                    }
                    width: implicitWidth
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: bar.currentIndex
            // Each tab is made when first shown, then kept: a list keeps its place and filters.
            Loader {
                active: page.seen.includes("companies")
                sourceComponent: companies
            }
            Loader {
                active: page.seen.includes("talents")
                sourceComponent: talents
            }
            Loader {
                active: page.seen.includes("nysc")
                sourceComponent: nysc
            }
            Loader {
                active: page.seen.includes("requests")
                sourceComponent: requests
            }
            Loader {
                active: page.seen.includes("reports")
                sourceComponent: reports
            }
            Loader {
                active: page.seen.includes("activity")
                sourceComponent: activity
            }
            Loader {
                active: page.seen.includes("tools")
                sourceComponent: tools
            }
        }
    }
}
