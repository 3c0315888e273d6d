// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Client
import Worknation.Ui

/** What everyone else (mentors, sponsors, partners) sees: notifications and messages, and a
 * partner's people their organisation's API keys. */
Shell {
    sections: (Session.role === Role.Partner ? [
            {
                name: "apiKeys",
                title: qsTr("API keys"),
                page: apiKeys
            }
        ] : []).concat([
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
    ])

    Component {
        id: apiKeys
        ApiKeysPage {}
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
