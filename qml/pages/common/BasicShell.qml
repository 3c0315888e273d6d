// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/** What everyone else (mentors, sponsors, partners) sees: notifications and messages. */
Shell {
    sections: [
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
        id: notifications
        NotificationsPage {}
    }
    Component {
        id: chat
        ChatPage {}
    }
}
