// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/** What admins and support staff see after logging in. */
Shell {
    sections: [
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
