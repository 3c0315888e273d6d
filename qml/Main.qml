// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2

QQC2.ApplicationWindow {
    id: window

    /** The page shown first: "login", or "jobs" once logged in. */
    property string startPage: "login"

    width: 1024
    height: 700
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: qsTr("Worknation")
    color: Theme.background

    QQC2.StackView {
        id: stack
        anchors.fill: parent
        initialItem: window.startPage === "jobs" ? jobsPage : loginPage
    }

    Component {
        id: loginPage
        LoginPage {
            onLoggedIn: stack.replace(jobsPage)
        }
    }

    Component {
        id: jobsPage
        JobsPage {
            onLoggedOut: stack.replace(loginPage)
        }
    }
}
