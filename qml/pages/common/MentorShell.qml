// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/**
 * What a mentor sees: the interns' evidence to score, their interns' standings and the
 * calibration of their scores, notifications and messages.
 */
Shell {
    sections: [
        {
            name: "reviews",
            title: qsTr("Evidence to score"),
            page: reviews
        },
        {
            name: "interns",
            title: qsTr("My interns"),
            page: mentoring
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
        id: reviews
        KpiReviewsPage {}
    }
    Component {
        id: mentoring
        MentoringPage {}
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
