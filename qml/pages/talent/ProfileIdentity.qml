// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's identity, verified with their NIN or BVN: the completion's heaviest step, which
 * the page named without offering a way to take it. The server's refusal is written under the
 * number, with the number kept.
 */
ProfileSection {
    id: section

    /** The profile as the server last answered it. */
    property var profile: ({})
    readonly property var verified: [section.profile.nin_verified ? "NIN" : "", section.profile.bvn_verified ? "BVN" : ""].filter(kind => kind)

    /** Verified: the page reads the profile again. */
    signal saved

    function verify() {
        const which = kind.currentValue;
        const digits = number.text.replace(/\D/g, "");
        number.error = digits.length === 11 ? "" : qsTr("Enter the 11 digits of your %1").arg(which.toUpperCase());
        birth.error = "";
        if (number.error.length > 0)
            return;
        const form = {};
        form[which] = digits;
        if (birth.text.trim().length > 0)
            form.date_of_birth = birth.text.trim();
        section.error = "";
        section.notice = "";
        Backend.call(which === "bvn" ? "verifyBvn" : "verifyNin", form, (error, body) => {
            if (error) {
                const problems = FormChecker.serverProblems(body);
                birth.error = problems.date_of_birth ?? "";
                // A number no record matches is about the number too.
                number.error = problems[which] ?? (birth.error.length > 0 ? "" : error);
                return;
            }
            number.text = "";
            section.notice = qsTr("Your %1 is verified.").arg(which.toUpperCase());
            section.saved();
        });
    }

    title: qsTr("Identity")

    QQC2.Label {
        objectName: "identityVerified"
        Layout.fillWidth: true
        visible: section.verified.length > 0
        text: qsTr("Verified with your %1.").arg(section.verified.join(" · "))
        color: Theme.text
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: section.verified.length === 0
        spacing: Theme.spacing / 2
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Employers trust a verified profile. The name on record must match your account's.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 2
                QQC2.Label {
                    text: qsTr("Number")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                EntriesBox {
                    id: kind
                    objectName: "identityKind"
                    Layout.preferredWidth: 200
                    entries: [{
                            value: "nin",
                            text: qsTr("NIN")
                        }, {
                            value: "bvn",
                            text: qsTr("BVN")
                        }]
                    Accessible.name: qsTr("Number")
                }
            }
            FormField {
                id: number
                input.objectName: "identityNumber"
                label: qsTr("Your 11 digits")
                input.inputMethodHints: Qt.ImhDigitsOnly
                input.maximumLength: 11
            }
            FormField {
                id: birth
                input.objectName: "identityBirth"
                label: qsTr("Date of birth on record (YYYY-MM-DD)")
                text: section.profile.date_of_birth ?? ""
            }
        }
        QQC2.Button {
            objectName: "verifyIdentity"
            text: qsTr("Verify")
            highlighted: true
            onClicked: section.verify()
        }
    }
}
