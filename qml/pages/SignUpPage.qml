// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Sign-up for talents and employers, then the emailed code that verifies the address. */
Item {
    id: page

    property bool employer: false
    property string error
    property string notice
    property bool busy: false
    /** The address waiting for its code; empty while the form is shown. */
    property string verifying

    signal done

    Component.onCompleted: {
        Backend.call("states", {
            code: "NG"
        }, (error, body) => states.model = error ? [] : body.data.map(state => state.name));
        Backend.call("industries", {}, (error, body) => industries.model = error ? [] : body.data.map(industry => industry.name));
    }

    /**
     * Writes each problem (field → message, from the server's rules) under its field, and any
     * other above the buttons; true when there was a problem.
     */
    function showProblems(problems: var): bool {
        const fields = {
            first_name: firstName,
            last_name: lastName,
            email: email,
            phone_number: phone,
            password: password,
            company_name: company
        };
        const captions = {
            state: qsTr("State"),
            industry: qsTr("Industry")
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        const elsewhere = [];
        for (const key in problems) {
            if (!fields[key])
                elsewhere.push(qsTr("%1: %2").arg(captions[key] ?? key).arg(problems[key]));
        }
        page.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    function submit() {
        const form = {
            first_name: firstName.text,
            last_name: lastName.text,
            email: email.text,
            phone_number: phone.text,
            password: password.text,
            state: states.currentText
        };
        if (page.employer) {
            form.company_name = company.text;
            form.industry = industries.currentText;
        }
        const operation = page.employer ? "registerEmployer" : "registerTalent";
        // The server's own rules, checked before anything is sent.
        if (page.showProblems(FormChecker.check(operation, form)))
            return;
        page.busy = true;
        Backend.call(operation, form, (error, body) => {
            page.busy = false;
            if (error && !page.showProblems(FormChecker.serverProblems(body)))
                page.error = error;
            if (!error) {
                page.verifying = email.text;
                code.input.forceActiveFocus();
            }
        });
    }

    function verify() {
        page.busy = true;
        Backend.call("verifyEmail", {
            email: page.verifying,
            token: code.text
        }, (error, body) => {
            page.busy = false;
            page.error = error;
            if (error)
                return;
            // The person has just typed their address and password: log them in with them
            // rather than ask again.
            page.notice = qsTr("Your address is verified. Logging you in…");
            Session.login(page.verifying, password.text, page.employer ? "employer" : "talent");
        });
    }

    QQC2.ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        Card {
            x: (parent.width - width) / 2
            y: Theme.spacing * 2
            width: 520
            height: column.implicitHeight + 4 * Theme.spacing

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.spacing * 2
                spacing: Theme.spacing

                PageHeader {
                    Layout.fillWidth: true
                    title: page.notice ? qsTr("You are verified") : page.verifying ? qsTr("Check your email") : qsTr("Create your account")
                    subtitle: page.notice ? page.verifying : page.verifying ? qsTr("We sent a 6-digit code to %1.").arg(page.verifying) : qsTr("Talents find work and training; employers hire.")
                }

                QQC2.TabBar {
                    Layout.fillWidth: true
                    visible: !page.verifying
                    currentIndex: page.employer ? 1 : 0
                    onCurrentIndexChanged: page.employer = currentIndex === 1
                    QQC2.TabButton {
                        text: qsTr("Talent")
                    }
                    QQC2.TabButton {
                        objectName: "employerTab"
                        text: qsTr("Employer")
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    visible: !page.verifying
                    columns: 2
                    columnSpacing: Theme.spacing
                    FormField {
                        id: firstName
                        input.objectName: "firstName"
                        label: qsTr("First name")
                    }
                    FormField {
                        id: lastName
                        input.objectName: "lastName"
                        label: qsTr("Last name")
                    }
                    FormField {
                        id: email
                        input.objectName: "email"
                        label: qsTr("Email")
                    }
                    FormField {
                        id: phone
                        input.objectName: "phone"
                        label: qsTr("Phone number")
                        placeholderText: "+2348012345678"
                    }
                    FormField {
                        id: password
                        input.objectName: "password"
                        label: qsTr("Password")
                        echoMode: TextInput.Password
                        placeholderText: qsTr("At least 8 characters")
                    }
                    ColumnLayout {
                        spacing: 2
                        QQC2.Label {
                            text: qsTr("State")
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                        QQC2.ComboBox {
                            id: states
                            objectName: "states"
                            Layout.fillWidth: true
                        }
                    }
                    FormField {
                        id: company
                        input.objectName: "company"
                        visible: page.employer
                        label: qsTr("Company name")
                    }
                    ColumnLayout {
                        visible: page.employer
                        spacing: 2
                        QQC2.Label {
                            text: qsTr("Industry")
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                        QQC2.ComboBox {
                            id: industries
                            objectName: "industries"
                            Layout.fillWidth: true
                        }
                    }
                }

                FormField {
                    id: code
                    input.objectName: "code"
                    visible: page.verifying.length > 0 && page.notice.length === 0
                    label: qsTr("Verification code")
                    placeholderText: "123456"
                    input.onAccepted: if (!page.busy)
                        page.verify()
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: page.error.length > 0 || page.notice.length > 0
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
                        visible: page.verifying.length > 0 && page.notice.length === 0
                        flat: true
                        text: qsTr("Send a new code")
                        onClicked: Backend.call("resendCode", {
                            email: page.verifying
                        }, error => page.error = error)
                    }
                    QQC2.Button {
                        objectName: "submit"
                        visible: page.notice.length === 0
                        highlighted: true
                        enabled: !page.busy
                        text: page.verifying ? qsTr("Verify") : qsTr("Sign up")
                        onClicked: page.verifying ? page.verify() : page.submit()
                    }
                }
            }
        }
    }
}
