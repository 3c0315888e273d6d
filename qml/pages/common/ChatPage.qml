// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Chats with unread badges and presence on the left; the chosen conversation on the right with
 * live messages, seen markers, the typing indicator and older messages on demand.
 */
Item {
    id: page

    property var chat: ({})
    readonly property var partner: (chat.members ?? []).find(member => member.id !== Session.userId) ?? ({})
    property bool partnerTyping: false
    /** Who the socket said came or went since the list was loaded (user id → online): the
     *  header and the list read presence from here first, so they cannot disagree. */
    property var presence: ({})

    function partnerOf(chat: var): var {
        return (chat.members ?? []).find(member => member.id !== Session.userId) ?? ({});
    }
    function onlineOf(member: var): bool {
        return page.presence[member.id] ?? member.online ?? false;
    }

    /** What is written and not yet sent, per conversation (chat id → text): switching to
     *  another conversation keeps it for this one, and never carries it over to the other. */
    property var drafts: ({})
    property var draftChatId: undefined

    onChatChanged: {
        if (draftChatId !== undefined)
            drafts[draftChatId] = draft.text;
        draft.text = drafts[chat.id] ?? "";
        draftChatId = chat.id;
        partnerTyping = false;
        if (chat.id) {
            ChatClient.markSeen(chat.id);
        }
    }

    Connections {
        target: ChatClient
        function onMessageReceived(message) {
            chats.model.reload();
            if (message.chat_id === page.chat.id && message.sender_id !== Session.userId) {
                ChatClient.markSeen(page.chat.id);
                page.partnerTyping = false;
            }
        }
        function onTypingChanged(chatId, userId, typing) {
            if (chatId === page.chat.id && userId !== Session.userId)
                page.partnerTyping = typing;
        }
        function onPresenceChanged(userId, online) {
            const known = Object.assign({}, page.presence);
            known[userId] = online;
            page.presence = known;
        }
    }

    Timer {
        id: typingPause
        interval: 3000
        onTriggered: ChatClient.setTyping(page.chat.id, false)
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Theme.panelWidth - 60
            Layout.fillWidth: false
            Layout.fillHeight: true
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Messages")
                subtitle: ChatClient.connected ? qsTr("Connected") : qsTr("Connecting…")
            }
            ApiList {
                id: chats
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "chats"
                selectFirst: true
                emptyText: qsTr("No conversations yet.")
                // Chosen by the user only: the list reloads as messages arrive, and its current
                // row may move, but the open conversation must not.
                onActivated: row => page.chat = row
                delegate: RowCard {
                    id: card
                    required property var row
                    readonly property var other: page.partnerOf(row)
                    selected: row.id === page.chat.id
                    onActivated: page.chat = row
                    objectName: "chat-" + row.id
                    title: other.display_name ?? ""
                    subtitle: row.last_message?.message ?? qsTr("No messages yet")
                    Rectangle {
                        objectName: "presence_" + card.row.id
                        readonly property bool online: page.onlineOf(card.other)
                        width: 10
                        height: 10
                        radius: 5
                        color: online ? Theme.accent : Theme.border
                    }
                    Rectangle {
                        objectName: "unread_" + card.row.id
                        // The open conversation is being read: no badge, whatever the list says.
                        visible: card.row.unread_count > 0 && card.row.id !== page.chat.id
                        implicitWidth: Math.max(height, unread.implicitWidth + 8)
                        implicitHeight: unread.implicitHeight + 2
                        radius: height / 2
                        color: Theme.error
                        QQC2.Label {
                            id: unread
                            anchors.centerIn: parent
                            text: card.row.unread_count
                            color: Theme.inverseText
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true

            StateView {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: page.chat.id === undefined
                emptyText: qsTr("Choose a conversation.")
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                visible: page.chat.id !== undefined
                spacing: Theme.spacing

                RowLayout {
                    QQC2.Label {
                        text: page.partner.display_name ?? ""
                        font.pixelSize: Theme.headingSize
                        color: Theme.primary
                    }
                    QQC2.Label {
                        objectName: "partnerPresence"
                        readonly property bool online: page.onlineOf(page.partner)
                        text: page.partnerTyping ? qsTr("typing…") : online ? qsTr("online") : qsTr("offline")
                        color: page.partnerTyping || online ? Theme.accent : Theme.muted
                    }
                }

                QQC2.Button {
                    // Not the view's header: Qt 6.4 cannot create a bound header component.
                    Layout.alignment: Qt.AlignHCenter
                    visible: messages.hasOlder
                    flat: true
                    text: qsTr("Show older messages")
                    onClicked: messages.loadOlder()
                }

                ListView {
                    id: conversation
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacing / 2
                    model: MessagesModel {
                        id: messages
                        chatId: page.chat.id ?? 0
                    }
                    onCountChanged: if (atYEnd || count < 40)
                        positionViewAtEnd()
                    delegate: Item {
                        id: bubble
                        required property string text
                        required property bool mine
                        required property bool seen
                        required property date sentAt
                        width: ListView.view.width
                        height: body.implicitHeight + 2 * Theme.spacing
                        Rectangle {
                            anchors.right: bubble.mine ? parent.right : undefined
                            width: Math.min(bubble.width * 0.7, body.implicitWidth + 2 * Theme.spacing)
                            height: parent.height
                            radius: Theme.radius
                            color: bubble.mine ? Theme.mine : Theme.background
                            ColumnLayout {
                                id: body
                                anchors.fill: parent
                                anchors.margins: Theme.spacing / 2
                                spacing: 2
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: bubble.text
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                }
                                QQC2.Label {
                                    Layout.alignment: Qt.AlignRight
                                    text: bubble.sentAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) + (bubble.mine ? (bubble.seen ? " · " + qsTr("seen") : " · " + qsTr("sent")) : "")
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                        }
                    }
                }

                // Written but not yet stored by the server: sent when the connection is back.
                Repeater {
                    model: ChatClient.outbox
                    delegate: RowLayout {
                        id: waiting
                        required property var modelData
                        required property int index
                        Layout.alignment: Qt.AlignRight
                        visible: modelData.chat_id === page.chat.id
                        QQC2.Label {
                            objectName: "waitingMessage"
                            text: waiting.modelData.message
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            Layout.maximumWidth: conversation.width * 0.6
                        }
                        QQC2.Label {
                            text: ChatClient.connected ? qsTr("sending…") : qsTr("waiting for the connection")
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                        QQC2.Button {
                            flat: true
                            text: qsTr("Discard")
                            onClicked: ChatClient.discard(waiting.index)
                        }
                    }
                }

                RowLayout {
                    QQC2.TextField {
                        id: draft
                        objectName: "draft"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Write a message")
                        Accessible.name: qsTr("Message to %1").arg(page.partner.display_name ?? "")
                        onTextEdited: {
                            if (!typingPause.running)
                                ChatClient.setTyping(page.chat.id, true);
                            typingPause.restart();
                        }
                        onAccepted: send.sendDraft()
                    }
                    QQC2.Button {
                        id: send
                        objectName: "send"
                        text: qsTr("Send")
                        highlighted: true
                        // Not tied to the connection: the outbox keeps what is written until
                        // the socket is back.
                        enabled: draft.text.trim().length > 0 && page.chat.id !== undefined
                        function sendDraft() {
                            if (!enabled)
                                return;
                            ChatClient.sendMessage(page.chat.id, page.partner.id, draft.text.trim());
                            draft.clear();
                            typingPause.stop();
                            ChatClient.setTyping(page.chat.id, false);
                        }
                        onClicked: sendDraft()
                    }
                }
            }
        }
    }
}
