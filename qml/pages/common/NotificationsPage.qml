// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The user's notifications, newest first; new ones arrive live over the chat socket. */
Item {
    id: page

    Connections {
        target: ChatClient
        function onNotificationReceived() {
            list.model.reload();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Notifications")
            QQC2.CheckBox {
                id: unreadOnly
                text: qsTr("Unread only")
            }
            QQC2.Button {
                text: qsTr("Mark all read")
                onClicked: Backend.call("markAllNotificationsRead", {}, error => {
                    list.model.reload();
                })
            }
        }
        ApiList {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "notifications"
            arguments: unreadOnly.checked ? {
                read: false
            } : {}
            emptyText: unreadOnly.checked ? qsTr("You have read everything.") : qsTr("No notifications yet.")
            delegate: RowCard {
                id: card
                required property var row
                title: row.title
                subtitle: row.body + " · " + new Date(row.created_at).toLocaleString(Qt.locale(), Locale.ShortFormat)
                status: row.read ? "" : qsTr("new")
                QQC2.Button {
                    visible: !card.row.read
                    flat: true
                    text: qsTr("Mark read")
                    onClicked: Backend.call("markNotificationsRead", {
                        ids: [card.row.id]
                    }, error => {
                        list.model.reload();
                    })
                }
            }
        }
    }
}
