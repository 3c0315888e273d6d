// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * One role's window: side navigation on the left, the chosen section's page on the right. Pages
 * are created when first shown and kept, so a list keeps its place.
 */
Item {
    id: shell

    /** [{name, title, page: Component}] */
    property var sections: []
    /** The section shown first, by name. */
    property string startSection
    readonly property string currentSection: sections[nav.currentIndex]?.name ?? ""

    signal loggedOut

    /** Shows the section named @p name. */
    function show(name: string) {
        const index = sections.findIndex(section => section.name === name);
        if (index >= 0)
            nav.currentIndex = index;
    }

    /** Unread notifications and chat messages, for the navigation's badges. */
    function refreshBadges() {
        Backend.call("notificationStats", {}, (error, body) => {
            if (!error)
                nav.badges = Object.assign({}, nav.badges, {
                    notifications: body.unread
                });
        });
        Backend.call("chats", {}, (error, body) => {
            if (!error)
                nav.badges = Object.assign({}, nav.badges, {
                    chat: body.data.reduce((sum, chat) => sum + chat.unread_count, 0)
                });
        });
    }

    Component.onCompleted: {
        show(startSection);
        refreshBadges();
    }
    onCurrentSectionChanged: refreshBadges()

    Connections {
        target: ChatClient
        function onMessageReceived() {
            shell.refreshBadges();
        }
        function onNotificationReceived() {
            shell.refreshBadges();
        }
        function onMessagesSeen() {
            shell.refreshBadges();
        }
    }
    Timer {
        interval: 30000
        repeat: true
        running: true
        onTriggered: shell.refreshBadges()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        SideNav {
            id: nav
            Layout.fillHeight: true
            sections: shell.sections
            onLogoutRequested: {
                Session.logout();
                shell.loggedOut();
            }
        }

        StackLayout {
            id: pages
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: nav.currentIndex

            // By number, so a change of language (the sections' titles come again) keeps every
            // page with what it holds instead of building them anew.
            Repeater {
                model: shell.sections.length
                Loader {
                    required property int index
                    active: StackLayout.isCurrentItem || item !== null
                    sourceComponent: shell.sections[index]?.page ?? null
                }
            }
        }
    }
}
