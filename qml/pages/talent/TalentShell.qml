// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/** What a talent sees after logging in: their day at a glance, then the sections a talent opens
 * every day: only the first nine have Ctrl+1…9. (Not "ComponentBehavior: Bound": the shell's
 * Loaders create these pages.) */
Shell {
    sections: [
        {
            name: "home",
            title: qsTr("Home"),
            page: home
        },
        {
            name: "jobs",
            title: qsTr("Jobs"),
            page: jobs
        },
        {
            name: "applications",
            title: qsTr("My applications"),
            page: applications
        },
        {
            name: "chat",
            title: qsTr("Messages"),
            page: chat
        },
        {
            name: "notifications",
            title: qsTr("Notifications"),
            page: notifications
        },
        {
            name: "profile",
            title: qsTr("Profile"),
            page: profile
        },
        {
            name: "cvs",
            title: qsTr("CVs"),
            page: cvs
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
            name: "learning",
            title: qsTr("Learning"),
            page: learning
        },
        {
            name: "cohorts",
            title: qsTr("Cohorts"),
            page: cohorts
        },
        {
            name: "assessments",
            title: qsTr("Assessments"),
            page: assessments
        },
        {
            name: "coding",
            title: qsTr("Coding challenges"),
            page: coding
        },
        {
            name: "dataSharing",
            title: qsTr("Data sharing"),
            page: dataSharing
        }
    ]

    Component {
        id: home
        TalentDashboardPage {}
    }
    Component {
        id: jobs
        JobSearchPage {}
    }
    Component {
        id: applications
        ApplicationsPage {}
    }
    Component {
        id: trainings
        TrainingsPage {}
    }
    Component {
        id: internships
        InternshipsPage {}
    }
    Component {
        id: learning
        LearningPage {}
    }
    Component {
        id: cohorts
        MyCohortsPage {}
    }
    Component {
        id: assessments
        AssessmentsPage {}
    }
    Component {
        id: coding
        CodingChallengesPage {}
    }
    Component {
        id: profile
        ProfilePage {}
    }
    Component {
        id: cvs
        CvsPage {}
    }
    Component {
        id: notifications
        NotificationsPage {}
    }
    Component {
        id: chat
        ChatPage {}
    }
    Component {
        id: dataSharing
        DataSharingPage {}
    }
}
