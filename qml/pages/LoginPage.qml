// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client

Item {
    id: page

    signal loggedIn

    Connections {
        target: Session
        function onUserChanged() {
            if (Session.loggedIn)
                page.loggedIn()
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: 420
        height: form.implicitHeight + 2 * Theme.spacing * 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.spacing * 2
            spacing: Theme.spacing

            QQC2.Label {
                text: qsTr("Log in to Worknation")
                font.pixelSize: Theme.titleSize
                color: Theme.primary
            }
            QQC2.TextField {
                id: server
                Layout.fillWidth: true
                placeholderText: qsTr("Server address")
                text: Session.serverUrl
                onEditingFinished: Session.serverUrl = text
            }
            QQC2.TextField {
                id: email
                Layout.fillWidth: true
                placeholderText: qsTr("Email")
                focus: true
            }
            QQC2.TextField {
                id: password
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: login.clicked()
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: Session.error.length > 0
                text: Session.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                id: login
                Layout.fillWidth: true
                text: Session.busy ? qsTr("Logging in…") : qsTr("Log in")
                enabled: !Session.busy && email.text.length > 0 && password.text.length > 0
                onClicked: {
                    Session.serverUrl = server.text
                    Session.login(email.text, password.text)
                }
            }
        }
    }
}
