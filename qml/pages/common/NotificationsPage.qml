// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The user's notifications, newest first; new ones arrive live over the chat socket. Each says
 * what it is about (its kind, from the shared vocabulary); one of a kind the shell can show
 * (openableKinds) has an Open button.
 */
Item {
    id: page

    /** The kinds of notification the shell opens (openRequested), e.g. "saved_search_matches". */
    property var openableKinds: []

    /** Open what @p notification is about; it is marked read. */
    signal openRequested(var notification)

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
                readonly property var words: Vocabulary.notificationWords(row, Qt.uiLanguage)
                objectName: "notification-" + row.id
                title: words.title
                subtitle: [Vocabulary.choiceLabel("notification", row.type, Qt.uiLanguage), words.body, new Date(row.created_at).toLocaleString(Qt.locale(), Locale.ShortFormat)].filter(s => s.length > 0).join(" · ")
                status: row.read ? "" : qsTr("new")
                QQC2.Button {
                    objectName: "openNotification"
                    visible: page.openableKinds.includes(card.row.type)
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open: %1").arg(card.words.title)
                    onClicked: {
                        if (!card.row.read)
                            Backend.call("markNotificationsRead", {
                                ids: [card.row.id]
                            }, error => list.model.reload());
                        page.openRequested(card.row);
                    }
                }
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
