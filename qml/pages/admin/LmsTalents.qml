// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Talents' learning records, found by name or email (NYSC corps members and course creators on
 * their own if asked), a page at a time; the chosen one beside the list: their LMS user, NYSC
 * details, academy and enrolment requests, and Fix Context to link their LMS user again. A new
 * learner is invited from here; the chosen one is made a course creator (or no longer), given
 * another username, or mailed a password reset code, each after asking.
 */
Item {
    id: talents

    /** The chosen talent's record ({} when none). */
    property var talent: ({})
    /** The academy the chosen talent is attached to ({} when none). */
    property var academy: ({})
    property string error
    property string notice

    function search() {
        const query = {};
        if (words.text.trim().length > 0)
            query.q = words.text.trim();
        if (nyscOnly.checked)
            query.nysc = true;
        if (creatorsOnly.checked)
            query.course_creator = true;
        talents.talent = ({});
        list.arguments = query;
    }

    function choose(row: var) {
        talents.talent = row;
        talents.academy = ({});
        talents.error = "";
        talents.notice = "";
        if (row.academy_id)
            Backend.call("lmsCompany", {
                id: row.academy_id
            }, (error, body) => {
                if (!error && talents.talent.academy_id === body.id)
                    talents.academy = body;
            });
    }

    function fixContext() {
        const chosen = talents.talent;
        Backend.call("fixLmsContext", {
            id: chosen.id
        }, (error, body) => {
            talents.error = error;
            if (error)
                return;
            talents.notice = body.lms_user_id ? qsTr("%1 is linked to LMS user %2.").arg(chosen.email).arg(body.lms_user_id) : qsTr("%1 has no LMS user yet.").arg(chosen.email);
            if (talents.talent.id === chosen.id)
                talents.talent = Object.assign({}, talents.talent, {
                    lms_user_id: body.lms_user_id ?? null,
                    username: body.username ?? talents.talent.username
                });
        });
    }

    /**
     * Shows the learner just made, chosen, in the whole list read again; then their row as the
     * list gives it (with their account's status), once the server sent it.
     */
    function showNew(learner: var) {
        const invited = qsTr("%1 is invited: they choose their password from the email.").arg(learner.email);
        words.text = "";
        nyscOnly.checked = false;
        creatorsOnly.checked = false;
        talents.search();
        list.model.reload();
        talents.choose(Object.assign({
            id: learner.user_id
        }, learner));
        talents.notice = invited;
        Backend.call("lmsTalents", {
            q: learner.email
        }, (error, body) => {
            const found = error ? undefined : body.data.find(row => row.id === learner.user_id);
            if (found && talents.talent.id === found.id) {
                talents.choose(found);
                talents.notice = invited;
            }
        });
    }

    /** The chosen talent with what the server answered for them (a learner record). */
    function refresh(learner: var) {
        if (talents.talent.id !== learner.user_id)
            return;
        talents.talent = Object.assign({}, talents.talent, {
            course_creator: learner.course_creator,
            username: learner.username ?? talents.talent.username
        });
        list.model.reload();
    }

    function setCourseCreator(on: bool) {
        const chosen = talents.talent;
        talents.error = "";
        talents.notice = "";
        Backend.call("setLmsCourseCreator", {
            id: chosen.id,
            course_creator: on
        }, (error, body) => {
            creator.checked = Qt.binding(() => talents.talent.course_creator === true);
            talents.error = error;
            if (error)
                return;
            talents.notice = body.course_creator ? qsTr("%1 may now create courses and record progress.").arg(talents.nameOf(chosen)) : qsTr("%1 no longer creates courses.").arg(talents.nameOf(chosen));
            talents.refresh(body);
        });
    }

    function resetPassword() {
        const chosen = talents.talent;
        talents.error = "";
        talents.notice = "";
        Backend.call("resetLmsPassword", {
            id: chosen.id
        }, error => {
            talents.error = error;
            if (!error)
                talents.notice = qsTr("A reset code was mailed to %1. They choose their new password; nobody else sees it.").arg(chosen.email);
        });
    }

    function nameOf(row: var): string {
        return [row.first_name ?? "", row.last_name ?? ""].join(" ").trim();
    }

    Timer {
        id: typing
        interval: 300
        onTriggered: talents.search()
    }

    LmsConfirm {
        id: confirm
    }
    LmsTalentForm {
        id: talentForm
        onCreated: learner => talents.showNew(learner)
    }
    LmsUsername {
        id: usernameDialog
        onChanged: learner => {
            talents.error = "";
            talents.notice = qsTr("%1 now signs in to the learning platform as %2.").arg(talents.nameOf(talents.talent)).arg(learner.username);
            talents.refresh(learner);
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth, talents.width * 0.5)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            RowLayout {
                Layout.fillWidth: true
                QQC2.TextField {
                    id: words
                    objectName: "talentSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search by name or email")
                    Accessible.name: qsTr("Search learners by name or email")
                    onTextEdited: typing.restart()
                    onAccepted: talents.search()
                }
                QQC2.Button {
                    objectName: "newTalent"
                    text: qsTr("New learner…")
                    Accessible.name: qsTr("Invite a new learner")
                    onClicked: talentForm.start()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.CheckBox {
                    id: nyscOnly
                    objectName: "nyscOnly"
                    text: qsTr("NYSC only")
                    onToggled: talents.search()
                }
                QQC2.CheckBox {
                    id: creatorsOnly
                    objectName: "courseCreatorsOnly"
                    text: qsTr("Course creators only")
                    onToggled: talents.search()
                }
            }
            QQC2.Label {
                text: list.model.total >= 0 ? qsTr("%n found", "", list.model.total) : ""
                visible: list.model.count > 0
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            ApiList {
                id: list
                objectName: "talentList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "lmsTalents"
                // Only while none is chosen: the list read again keeps the learner shown.
                selectFirst: talents.talent.id === undefined
                emptyText: words.text.length > 0 || nyscOnly.checked || creatorsOnly.checked ? qsTr("No learner matches: try other words or clear the boxes.") : qsTr("No talent yet: learners appear here once talents sign up, or invite one with New learner.")
                onActivated: row => talents.choose(row)
                delegate: RowCard {
                    required property var row
                    objectName: "talent_" + row.id
                    title: talents.nameOf(row)
                    subtitle: [row.email, row.nysc ? qsTr("NYSC") : "", row.course_creator ? qsTr("course creator") : ""].filter(part => part).join(" · ")
                    selected: talents.talent.id === row.id
                    onActivated: talents.choose(row)
                }
            }
        }

        ColumnLayout {
            objectName: "talentDetail"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                Layout.fillWidth: true
                visible: talents.talent.id === undefined
                text: qsTr("Choose a learner to see their learning record.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: talents.talent.id !== undefined
                QQC2.Label {
                    objectName: "talentName"
                    Layout.fillWidth: true
                    text: talents.nameOf(talents.talent)
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.primary
                    elide: Text.ElideRight
                }
                QQC2.Button {
                    objectName: "fixContext"
                    text: qsTr("Fix Context…")
                    Accessible.name: qsTr("Link %1 to their LMS user again").arg(talents.nameOf(talents.talent))
                    onClicked: confirm.ask(qsTr("Fix Context for %1?").arg(talents.nameOf(talents.talent)), qsTr("The LMS is asked again for the user with %1 (one is made if it has none) and that user is kept as theirs. It is recorded in the audit log.").arg(talents.talent.email), qsTr("Fix Context"), talents.fixContext)
                }
            }
            // A Flow, not a row: in a narrow window the buttons go to a second line instead of
            // widening the pane past the window's edge.
            Flow {
                objectName: "talentActions"
                Layout.fillWidth: true
                visible: talents.talent.id !== undefined
                spacing: Theme.spacing / 2
                QQC2.Switch {
                    id: creator
                    objectName: "courseCreator"
                    text: qsTr("Course creator")
                    checked: talents.talent.course_creator === true
                    Accessible.name: qsTr("%1 may create courses").arg(talents.nameOf(talents.talent))
                    onToggled: talents.setCourseCreator(checked)
                }
                QQC2.Button {
                    objectName: "changeUsername"
                    text: qsTr("Change username…")
                    Accessible.name: qsTr("Change %1's username on the learning platform").arg(talents.nameOf(talents.talent))
                    onClicked: usernameDialog.ask(talents.talent)
                }
                QQC2.Button {
                    objectName: "resetPassword"
                    text: qsTr("Reset password…")
                    Accessible.name: qsTr("Mail %1 a password reset code").arg(talents.nameOf(talents.talent))
                    onClicked: confirm.ask(qsTr("Reset %1's password?").arg(talents.nameOf(talents.talent)), qsTr("An email goes to %1 with a code to choose a new password. They choose it themselves: nobody else, you included, sees it. It is recorded in the audit log.").arg(talents.talent.email), qsTr("Mail the reset code"), talents.resetPassword)
                }
            }
            QQC2.Label {
                objectName: "talentProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: talents.error || talents.notice
                color: talents.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            GridLayout {
                objectName: "talentRecord"
                visible: talents.talent.id !== undefined
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4
                Repeater {
                    model: talents.talent.id === undefined ? [] : [[qsTr("Email"), talents.talent.email], [qsTr("Account"), Vocabulary.statusLabel(talents.talent.status, Qt.uiLanguage)], [qsTr("LMS user"), talents.talent.lms_user_id ? qsTr("%1 (user %2)").arg(talents.talent.username ?? "").arg(talents.talent.lms_user_id) : talents.talent.username ? qsTr("%1 (not linked yet)").arg(talents.talent.username) : qsTr("not linked yet")], [qsTr("NYSC"), talents.talent.nysc ? [talents.talent.nysc_state_code ?? "", talents.talent.nysc_batch ? qsTr("batch %1").arg(talents.talent.nysc_batch) : ""].filter(part => part).join(", ") || qsTr("yes") : qsTr("no")], [qsTr("Academy"), talents.talent.academy_id ? (talents.academy.name ?? "…") : qsTr("none")], [qsTr("Course creator"), talents.talent.course_creator ? qsTr("yes") : qsTr("no")]].reduce((cells, pair) => cells.concat(pair), [])
                    QQC2.Label {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: index % 2 === 1
                        text: modelData
                        color: index % 2 === 0 ? Theme.muted : Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
            QQC2.Label {
                Layout.topMargin: Theme.spacing / 2
                visible: talents.talent.id !== undefined
                text: qsTr("Enrolment requests")
                font.bold: true
                color: Theme.text
            }
            ApiList {
                objectName: "talentRequests"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: talents.talent.id !== undefined
                operation: talents.talent.id !== undefined ? "lmsEnrolmentRequests" : ""
                arguments: ({
                        user_id: talents.talent.id ?? 0
                    })
                emptyText: qsTr("They have not asked to join a course.")
                delegate: RowCard {
                    required property var row
                    title: row.course_name
                    subtitle: [new Date(row.created_at).toLocaleDateString(Qt.locale(), "d MMM yyyy"), row.reason ?? ""].filter(part => part).join(" · ")
                    status: row.status
                }
            }
            Item {
                Layout.fillHeight: true
                visible: talents.talent.id === undefined
            }
        }
    }
}
