// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Asks for a reset code by email, then sets the new password with it. */
Item {
    id: page

    property bool codeSent: false
    property string error
    property string notice

    signal done

    Card {
        anchors.centerIn: parent
        width: 440
        height: column.implicitHeight + 4 * Theme.spacing

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacing * 2
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Reset your password")
                subtitle: page.codeSent ? qsTr("Enter the code we emailed and a new password.") : qsTr("We will email you a 6-digit code.")
            }
            FormField {
                id: email
                input.objectName: "email"
                label: qsTr("Email")
                input.enabled: !page.codeSent
            }
            FormField {
                id: code
                input.objectName: "code"
                visible: page.codeSent
                label: qsTr("Code")
            }
            FormField {
                id: password
                input.objectName: "password"
                visible: page.codeSent
                label: qsTr("New password")
                echoMode: TextInput.Password
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.error || page.notice
                color: page.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.Button {
                    flat: true
                    text: qsTr("Back to log in")
                    onClicked: page.done()
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    objectName: "submit"
                    highlighted: true
                    text: page.codeSent ? qsTr("Set password") : qsTr("Send code")
                    onClicked: {
                        if (!page.codeSent) {
                            Backend.call("forgotPassword", {
                                email: email.text
                            }, error => {
                                page.error = error;
                                page.codeSent = !error;
                            });
                        } else {
                            Backend.call("resetPassword", {
                                email: email.text,
                                token: code.text,
                                password: password.text
                            }, error => {
                                page.error = error;
                                if (!error)
                                    page.notice = qsTr("Your password is changed. You can log in now.");
                            });
                        }
                    }
                }
            }
        }
    }
}
