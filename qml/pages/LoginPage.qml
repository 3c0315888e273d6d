// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The login form. The email box has the focus when the page opens, and Tab goes email, password,
 * Log in: the server address comes last, so nothing typed for the account lands in it.
 */
FocusScope {
    id: page

    signal signUpRequested
    signal forgotRequested

    function logIn() {
        if (!login.enabled)
            return;
        Session.serverUrl = server.text;
        Session.login(email.text, password.text, kind.currentValue);
    }

    focus: true
    // A page pushed on the stack is not given the focus by itself.
    Component.onCompleted: email.forceActiveFocus()

    Card {
        anchors.centerIn: parent
        width: 440
        height: form.implicitHeight + 2 * Theme.spacing * 2

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
            QQC2.ComboBox {
                id: kind
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    {
                        value: "talent",
                        text: qsTr("I am a talent")
                    },
                    {
                        value: "employer",
                        text: qsTr("I own a company account")
                    },
                    {
                        value: "staff",
                        text: qsTr("I am a company's staff member")
                    },
                    {
                        value: "partner",
                        text: qsTr("I represent a partner organisation")
                    },
                    {
                        value: "admin",
                        text: qsTr("I run this platform (admin, support)")
                    }
                ]
            }
            QQC2.TextField {
                id: email
                objectName: "loginEmail"
                Layout.fillWidth: true
                placeholderText: qsTr("Email")
                Accessible.name: qsTr("Email")
                focus: true
                onAccepted: password.forceActiveFocus()
            }
            QQC2.TextField {
                id: password
                objectName: "loginPassword"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: page.logIn()
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
                highlighted: true
                enabled: !Session.busy && email.text.length > 0 && password.text.length > 0
                onClicked: page.logIn()
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.Button {
                    flat: true
                    text: qsTr("Create an account")
                    onClicked: page.signUpRequested()
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    flat: true
                    text: qsTr("Forgot password?")
                    onClicked: page.forgotRequested()
                }
            }
            QQC2.Label {
                text: qsTr("Server")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            QQC2.TextField {
                id: server
                objectName: "serverAddress"
                Layout.fillWidth: true
                placeholderText: qsTr("Server address")
                Accessible.name: qsTr("Server address")
                text: Session.serverUrl
                onEditingFinished: Session.serverUrl = text
            }
        }
    }
}
