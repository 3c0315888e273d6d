// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Worknation.Ui

Item {
    id: root
    width: 1024
    height: 700

    SideNav {
        id: nav
        height: parent.height
        sections: [
            {
                name: "jobs",
                title: "Jobs"
            },
            {
                name: "applications",
                title: "My applications"
            },
            {
                name: "chat",
                title: "Messages"
            }
        ]
        badges: ({
                chat: 4
            })
    }

    TestCase {
        name: "Navigation"
        when: windowShown

        function sectionList() {
            return findChild(nav, "sections");
        }

        function test_arrowKeysMoveBetweenSections() {
            nav.currentIndex = 0;
            const list = sectionList();
            list.forceActiveFocus();
            keyClick(Qt.Key_Down);
            compare(nav.currentIndex, 1);
            keyClick(Qt.Key_Down);
            compare(nav.currentIndex, 2);
            keyClick(Qt.Key_Up);
            compare(nav.currentIndex, 1);
        }

        function test_ctrlAndANumberJumpToASection() {
            nav.currentIndex = 0;
            keyClick(Qt.Key_3, Qt.ControlModifier);
            compare(nav.currentIndex, 2);
            keyClick(Qt.Key_1, Qt.ControlModifier);
            compare(nav.currentIndex, 0);
        }

        function test_clickingASectionChoosesIt() {
            nav.currentIndex = 0;
            const list = sectionList();
            const entry = list.itemAtIndex(1);
            mouseClick(entry);
            compare(nav.currentIndex, 1);
        }
    }
}
