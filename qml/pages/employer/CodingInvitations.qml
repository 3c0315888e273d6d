// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Invites talents to a coding challenge by email, typed or picked from a job's applicants (the
 * server mails each a signed link that expires), and lists the invitations sent with where each
 * stands: invited, in progress, submitted or expired.
 */
Item {
    id: invitations

    required property real challengeId
    property string error
    property string sentText
    /** The emails in the box, as the server will read them. */
    readonly property var emails: emailBox.text.split(/[\s,;]+/).filter(email => email.length > 0)

    function invite() {
        emailsProblem.error = "";
        days.error = "";
        invitations.error = "";
        invitations.sentText = "";
        const body = {
            id: invitations.challengeId,
            emails: invitations.emails
        };
        if (days.text.trim() !== "")
            body.expires_in_days = /^[0-9]+$/.test(days.text.trim()) ? Number(days.text.trim()) : days.text;
        Backend.call("inviteToCodingChallenge", body, (failure, answer) => {
            if (failure) {
                // The addresses stay in the box, to be corrected.
                const problems = FormChecker.serverProblems(answer);
                emailsProblem.error = problems.emails ?? "";
                days.error = problems.expires_in_days ?? "";
                if (!problems.emails && !problems.expires_in_days)
                    invitations.error = failure;
                return;
            }
            invitations.sentText = qsTr("%n invitation(s) sent.", "", answer.data.length);
            emailBox.text = "";
            sent.model.reload();
        });
    }

    /** Puts @p email in the box, or takes it out. */
    function pick(email: string, chosen: bool) {
        const others = invitations.emails.filter(one => one.toLowerCase() !== email.toLowerCase());
        emailBox.text = (chosen ? others.concat([email]) : others).join("\n");
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(340, invitations.width * 0.45)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                text: qsTr("Invite by email")
                font.bold: true
            }
            TextBox {
                id: emailBox
                objectName: "inviteEmails"
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                placeholderText: qsTr("One address per line")
                Accessible.name: qsTr("Email addresses to invite")
                onTextChanged: emailsProblem.error = ""
            }
            QQC2.Label {
                id: emailsProblem
                property string error
                objectName: "inviteEmailsError"
                Layout.fillWidth: true
                visible: error.length > 0
                text: error
                color: Theme.error
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
            }
            RowLayout {
                Layout.fillWidth: true
                FormField {
                    id: days
                    label: qsTr("Link valid for (days)")
                    text: "7"
                    input.objectName: "inviteDays"
                }
                QQC2.Button {
                    objectName: "sendInvitations"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Invite")
                    highlighted: true
                    enabled: invitations.emails.length > 0
                    onClicked: invitations.invite()
                }
            }
            QQC2.Label {
                objectName: "invitationsSent"
                Layout.fillWidth: true
                visible: text.length > 0
                text: invitations.error.length > 0 ? invitations.error : invitations.sentText
                color: invitations.error.length > 0 ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }

            QQC2.Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Or pick applicants of a job")
                font.bold: true
            }
            QQC2.ComboBox {
                id: job
                objectName: "applicantsJob"
                /** The company's jobs: [{id, title}]. */
                property var jobs: []
                readonly property real jobId: jobs[currentIndex]?.id ?? 0
                Layout.fillWidth: true
                Accessible.name: qsTr("Job whose applicants to pick from")
                model: jobs.map(one => one.title)
                displayText: currentIndex < 0 ? qsTr("Choose a job") : currentText
                currentIndex: -1
                Component.onCompleted: Backend.call("companyJobs", {
                    limit: 100
                }, (failure, body) => {
                    if (failure)
                        invitations.error = failure;
                    else
                        job.jobs = body.data;
                })
            }
            ApiList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: job.jobId > 0 ? "jobApplicants" : ""
                arguments: ({
                        id: job.jobId
                    })
                emptyText: job.jobId > 0 ? qsTr("Nobody has applied to this job yet.") : qsTr("Choose a job to tick its applicants.")
                delegate: QQC2.CheckBox {
                    required property var row
                    objectName: "applicant_" + row.talent.email
                    width: ListView.view ? ListView.view.width : implicitWidth
                    text: qsTr("%1 %2 · %3").arg(row.talent.first_name).arg(row.talent.last_name).arg(row.talent.email)
                    checked: invitations.emails.some(email => email.toLowerCase() === row.talent.email.toLowerCase())
                    onToggled: invitations.pick(row.talent.email, checked)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2
            QQC2.Label {
                text: qsTr("Invitations sent")
                font.bold: true
            }
            ApiList {
                id: sent
                objectName: "invitationList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: invitations.challengeId > 0 ? "codingInvitations" : ""
                arguments: ({
                        id: invitations.challengeId
                    })
                emptyText: qsTr("No one is invited yet: their invitations and how far each got will show here.")
                delegate: RowCard {
                    required property var row
                    objectName: "invitation_" + row.email
                    title: row.talent ? qsTr("%1 %2").arg(row.talent.first_name).arg(row.talent.last_name) : row.email
                    subtitle: [row.talent ? row.email : "", qsTr("sent %1").arg(new Date(row.created_at).toLocaleDateString(Qt.locale(), "d MMM")), qsTr("link valid until %1").arg(new Date(row.expires_at).toLocaleDateString(Qt.locale(), "d MMM yyyy"))].filter(part => part).join(" · ")
                    status: row.state
                }
            }
        }
    }
}
