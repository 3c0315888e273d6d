// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Client
import Worknation.Ui

/** What a company's owner or staff member sees after logging in. */
Shell {
    id: shell

    /** A saved search a notification asked to open, for the pipelines page (0: none). */
    property int savedSearchToOpen: 0

    /** A staff member's company permissions, once read; null for the owner, who holds them all. */
    property var permissions: Session.role === Role.Employee ? [] : null

    // A section that needs a permission is shown to those whose company role grants it.
    Component.onCompleted: if (Session.role === Role.Employee)
        Backend.call("me", {}, (error, me) => {
            if (!error && me.company_role_id)
                Backend.call("companyRole", {
                    id: me.company_role_id
                }, (failure, role) => {
                    if (!failure)
                        shell.permissions = role.permissions;
                });
        })

    /** Every section; those this viewer may use are shown. */
    readonly property var allSections: [
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
            name: "internshipReport",
            title: qsTr("Internship report"),
            page: internshipReport,
            permission: "reports.read"
        },
        {
            name: "coding",
            title: qsTr("Coding challenges"),
            page: coding,
            permission: "assessments.manage" // writing, inviting and reading submissions
        },
        {
            name: "pipelines",
            title: qsTr("Pipelines"),
            page: pipelines
        },
        {
            name: "assessments",
            title: qsTr("Assessment banks"),
            page: assessmentBanks,
            permission: "assessments.manage"
        },
        {
            name: "assessmentResults",
            title: qsTr("Assessment results"),
            page: assessmentResults,
            permission: "applications.read"
        },
        {
            name: "cultureFit",
            title: qsTr("Culture fit"),
            page: cultureFit,
            permission: "applications.read"
        },
        {
            name: "assessmentReports",
            title: qsTr("Assessment reports"),
            page: assessmentReports,
            permission: "reports.read"
        },
        {
            name: "apiKeys",
            title: qsTr("API keys"),
            page: apiKeys,
            permission: "webhooks.manage"
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
    sections: shell.allSections.filter(section => !section.permission || shell.permissions === null || shell.permissions.includes(section.permission))

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
        id: internshipReport
        InternshipReportPage {}
    }
    Component {
        id: coding
        CompanyCodingPage {}
    }
    Component {
        id: pipelines
        PipelinesPage {
            savedSearchToOpen: shell.savedSearchToOpen // qmllint disable unqualified
            onSavedSearchOpened: shell.savedSearchToOpen = 0 // qmllint disable unqualified
        }
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
        id: cultureFit
        // Those who read applicants read the target; setting it takes assessments.manage. The
        // page is made by the shell's Loader, in the shell's context, where its id resolves.
        CultureFitPage {
            canEdit: shell.permissions === null || shell.permissions.includes("assessments.manage") // qmllint disable unqualified
        }
    }
    Component {
        id: assessmentReports
        AssessmentReportsPage {}
    }
    Component {
        id: apiKeys
        ApiKeysPage {}
    }
    Component {
        id: company
        CompanyPage {}
    }
    Component {
        id: notifications
        NotificationsPage {
            openableKinds: ["saved_search_matches"]
            onOpenRequested: notification => {
                shell.savedSearchToOpen = notification.data.saved_search_id; // qmllint disable unqualified
                shell.show("pipelines"); // qmllint disable unqualified
            }
        }
    }
    Component {
        id: chat
        ChatPage {}
    }
}
