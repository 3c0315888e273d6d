// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/**
 * What an instructor sees: the cohorts they teach (their sessions, each session's check-in code
 * shown to the room, who checked in), notifications and messages.
 */
Shell {
    sections: [
        {
            name: "cohorts",
            title: qsTr("My cohorts"),
            page: cohorts
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
        id: cohorts
        CohortsPage {}
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
