// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/** What a company's owner or staff member sees after logging in. */
Shell {
    sections: [
        {
            name: "dashboard",
            title: qsTr("Dashboard"),
            page: dashboard
        },
        {
            name: "jobs",
            title: qsTr("Jobs and applicants"),
            page: jobs
        },
        {
            name: "trainings",
            title: qsTr("Trainings"),
            page: trainings
        },
        {
            name: "internships",
            title: qsTr("Internships"),
            page: internships
        },
        {
            name: "reviews",
            title: qsTr("Evidence to score"),
            page: reviews
        },
        {
            name: "coding",
            title: qsTr("Coding challenges"),
            page: coding
        },
        {
            name: "pipelines",
            title: qsTr("Pipelines"),
            page: pipelines
        },
        {
            name: "company",
            title: qsTr("Company"),
            page: company
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
        EmployerDashboardPage {}
    }
    Component {
        id: jobs
        CompanyJobsPage {}
    }
    Component {
        id: trainings
        CompanyTrainingsPage {}
    }
    Component {
        id: internships
        CompanyInternshipsPage {}
    }
    Component {
        id: reviews
        KpiReviewsPage {}
    }
    Component {
        id: coding
        CompanyCodingPage {}
    }
    Component {
        id: pipelines
        PipelinesPage {}
    }
    Component {
        id: company
        CompanyPage {}
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
