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
 * details, academy and enrolment requests, and Fix Context to link their LMS user again.
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

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth, talents.width * 0.5)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.TextField {
                id: words
                objectName: "talentSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name or email")
                Accessible.name: qsTr("Search learners by name or email")
                onTextEdited: typing.restart()
                onAccepted: talents.search()
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
                text: qsTr("%n found", "", list.model.total)
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
                selectFirst: true
                emptyText: words.text.length > 0 || nyscOnly.checked || creatorsOnly.checked ? qsTr("No learner matches: try other words or clear the boxes.") : qsTr("No talent yet: learners appear here once talents sign up.")
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
                    model: talents.talent.id === undefined ? [] : [[qsTr("Email"), talents.talent.email], [qsTr("Account"), Vocabulary.statusLabel(talents.talent.status, Qt.uiLanguage)], [qsTr("LMS user"), talents.talent.lms_user_id ? qsTr("%1 (user %2)").arg(talents.talent.username ?? "").arg(talents.talent.lms_user_id) : qsTr("not linked yet")], [qsTr("NYSC"), talents.talent.nysc ? [talents.talent.nysc_state_code ?? "", talents.talent.nysc_batch ? qsTr("batch %1").arg(talents.talent.nysc_batch) : ""].filter(part => part).join(", ") || qsTr("yes") : qsTr("no")], [qsTr("Academy"), talents.talent.academy_id ? (talents.academy.name ?? "…") : qsTr("none")], [qsTr("Course creator"), talents.talent.course_creator ? qsTr("yes") : qsTr("no")]].reduce((cells, pair) => cells.concat(pair), [])
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
