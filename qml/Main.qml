// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Worknation.Client

QQC2.ApplicationWindow {
    id: window

    /** The page shown first: login, signup or forgot; after login, a section of the shell. */
    property string startPage

    width: 1200
    height: 760
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("Worknation")
    color: Theme.background
    // The stock controls take their colours from here: the application's palette, which
    // Appearance makes dark or leaves the system's.
    palette.window: system.window
    palette.windowText: system.windowText
    palette.base: system.base
    palette.alternateBase: system.alternateBase
    palette.text: system.text
    palette.placeholderText: system.placeholderText
    palette.button: system.button
    palette.buttonText: system.buttonText
    palette.highlight: system.highlight
    palette.highlightedText: system.highlightedText
    palette.light: system.light
    palette.midlight: system.midlight
    palette.mid: system.mid
    palette.dark: system.dark
    palette.shadow: system.shadow
    // A role set above is set for every state; a disabled control reads these instead.
    palette.disabled.windowText: disabled.windowText
    palette.disabled.text: disabled.text
    palette.disabled.buttonText: disabled.buttonText
    palette.disabled.button: disabled.button
    palette.disabled.base: disabled.base

    SystemPalette {
        id: system
    }
    SystemPalette {
        id: disabled
        colorGroup: SystemPalette.Disabled
    }

    function shellFor(role: int): Component {
        switch (role) {
        case Role.Talent:
            return talentShell;
        case Role.Employer:
        case Role.Employee:
            return employerShell;
        case Role.Admin:
        case Role.SuperAdmin:
        case Role.Support:
            return adminShell;
        case Role.Mentor:
            return mentorShell;
        case Role.Instructor:
            return instructorShell;
        default:
            return basicShell;
        }
    }

    function startOfSignedOut(): Component {
        return window.startPage === "signup" ? signUpPage : window.startPage === "forgot" ? forgotPage : loginPage;
    }

    QQC2.StackView {
        id: stack
        anchors.fill: parent
        initialItem: Session.loggedIn ? window.shellFor(Session.role) : window.startOfSignedOut()
    }

    Connections {
        target: Session
        function onUserChanged() {
            stack.replace(null, Session.loggedIn ? window.shellFor(Session.role) : loginPage);
        }
    }

    Component {
        id: loginPage
        LoginPage {
            onSignUpRequested: stack.push(signUpPage)
            onForgotRequested: stack.push(forgotPage)
        }
    }
    Component {
        id: signUpPage
        SignUpPage {
            onDone: stack.depth > 1 ? stack.pop() : stack.replace(null, loginPage)
        }
    }
    Component {
        id: forgotPage
        ForgotPasswordPage {
            onDone: stack.depth > 1 ? stack.pop() : stack.replace(null, loginPage)
        }
    }
    Component {
        id: talentShell
        TalentShell {
            startSection: window.startPage
        }
    }
    Component {
        id: employerShell
        EmployerShell {
            startSection: window.startPage
        }
    }
    Component {
        id: adminShell
        AdminShell {
            startSection: window.startPage
        }
    }
    Component {
        id: mentorShell
        MentorShell {
            startSection: window.startPage
        }
    }
    Component {
        id: instructorShell
        InstructorShell {
            startSection: window.startPage
        }
    }
    Component {
        id: basicShell
        BasicShell {
            startSection: window.startPage
        }
    }
}
