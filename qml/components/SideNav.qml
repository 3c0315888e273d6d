// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The shell's side navigation: the role's sections, who is logged in, and log out. Up and down
 * move between sections; Ctrl+1…9 jump to one from anywhere.
 */
Rectangle {
    id: nav

    /** [{name, title}] */
    property var sections: []
    property int currentIndex: 0
    /** Unread counts by section name, shown as badges. */
    property var badges: ({})

    signal logoutRequested

    color: Theme.navigation
    implicitWidth: Theme.navigationWidth

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        QQC2.Label {
            text: qsTr("Worknation")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.inverseText
        }
        QQC2.Label {
            objectName: "navigationUser"
            Layout.fillWidth: true
            text: Session.displayName
            color: Theme.navigationText
            wrapMode: Text.Wrap
        }

        KeyList {
            id: list
            objectName: "sections"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sections")
            // By number: the sections come again with every change of language (their titles are
            // translated), and a list given a new array would go back to the first.
            model: nav.sections.length
            currentIndex: nav.currentIndex
            onCurrentIndexChanged: nav.currentIndex = currentIndex
            delegate: Rectangle {
                id: entry
                required property int index
                readonly property var section: nav.sections[index] ?? ({})
                readonly property bool current: ListView.isCurrentItem
                readonly property int count: nav.badges[section.name] ?? 0
                width: ListView.view.width
                height: title.implicitHeight + Theme.spacing
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.section.title ?? ""
                radius: Theme.radius
                color: current ? Qt.lighter(Theme.navigation, 1.6) : "transparent"
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing / 2
                    anchors.rightMargin: Theme.spacing / 2
                    QQC2.Label {
                        id: title
                        Layout.fillWidth: true
                        text: entry.section.title ?? ""
                        color: entry.current ? Theme.inverseText : Theme.navigationText
                        font.bold: entry.current
                    }
                    Rectangle {
                        visible: entry.count > 0
                        implicitWidth: Math.max(height, badgeText.implicitWidth + 8)
                        implicitHeight: badgeText.implicitHeight + 2
                        radius: height / 2
                        color: Theme.error
                        QQC2.Label {
                            id: badgeText
                            anchors.centerIn: parent
                            text: entry.count
                            color: Theme.inverseText
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
                TapHandler {
                    onTapped: nav.currentIndex = entry.index
                }
            }
        }

        ChoiceBox {
            objectName: "colourScheme"
            Layout.fillWidth: true
            Accessible.name: qsTr("Colour scheme")
            model: [
                {
                    value: "system",
                    text: qsTr("System colours")
                },
                {
                    value: "light",
                    text: qsTr("Light")
                },
                {
                    value: "dark",
                    text: qsTr("Dark")
                }
            ]
            value: Appearance.scheme
            onChosen: chosen => Appearance.scheme = chosen
        }
        ChoiceBox {
            objectName: "language"
            Layout.fillWidth: true
            Accessible.name: qsTr("Language")
            model: Language.choices
            value: Language.language
            onChosen: chosen => Language.language = chosen
        }
        QQC2.Button {
            Layout.fillWidth: true
            text: qsTr("Log out")
            onClicked: nav.logoutRequested()
        }
    }

    Repeater {
        model: Math.min(nav.sections.length, 9)
        Item {
            id: slot
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (slot.index + 1)
                onActivated: nav.currentIndex = slot.index
            }
        }
    }
}
