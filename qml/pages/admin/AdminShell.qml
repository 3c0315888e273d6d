// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Client
import Worknation.Ui

/** What admins and support staff see after logging in. */
Shell {
    id: shell

    /** Every section; those this viewer may use are shown. */
    readonly property var allSections: [
        {
            name: "dashboard",
            title: qsTr("Dashboard"),
            page: dashboard
        },
        {
            name: "talents",
            title: qsTr("Talents"),
            page: talents
        },
        {
            name: "employers",
            title: qsTr("Employers"),
            page: employers
        },
        {
            name: "testimonials",
            title: qsTr("Testimonials"),
            page: testimonials
        },
        {
            name: "cohorts",
            title: qsTr("Cohorts"),
            page: cohorts
        },
        {
            name: "assessments",
            title: qsTr("Assessment banks"),
            page: assessmentBanks
        },
        {
            name: "assessmentResults",
            title: qsTr("Assessment results"),
            page: assessmentResults
        },
        {
            name: "assessmentReports",
            title: qsTr("Assessment reports"),
            page: assessmentReports
        },
        {
            name: "learning",
            title: qsTr("Learning"),
            page: learning
        },
        {
            name: "invites",
            title: qsTr("Invite people"),
            page: invites
        },
        {
            name: "notifications",
            title: qsTr("Notifications"),
            page: notifications
        },
        {
            name: "chat",
            title: qsTr("Messages"),
            page: chat
        }
    ]
    sections: shell.allSections.filter(section => (section.name !== "assessments" || Session.role !== Role.Support) // admins edit banks
        && (section.name !== "learning" || Session.role === Role.SuperAdmin)) // the LMS console

    Component {
        id: dashboard
        AdminDashboardPage {}
    }
    Component {
        id: talents
        PeoplePage {
            kind: "talents"
        }
    }
    Component {
        id: employers
        PeoplePage {
            kind: "employers"
        }
    }
    Component {
        id: testimonials
        TestimonialsPage {}
    }
    Component {
        id: cohorts
        CohortsPage {}
    }
    Component {
        id: assessmentBanks
        AssessmentBanksPage {}
    }
    Component {
        id: assessmentResults
        AssessmentResultsPage {}
    }
    Component {
        id: assessmentReports
        AssessmentReportsPage {}
    }
    Component {
        id: learning
        LmsConsolePage {}
    }
    Component {
        id: invites
        InvitesPage {}
    }
    Component {
        id: notifications
        NotificationsPage {}
    }
    Component {
        id: chat
        ChatPage {}
    }
}
