// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The submissions to a coding challenge, newest first: who sent it, in which language, its
 * verdict, score and when; the chosen one with each case's verdict and the code, read-only.
 * While a verdict is still coming, the list and the chosen submission are asked for again.
 */
Item {
    id: submissions

    required property real challengeId
    /** The chosen submission as GET /coding-submissions/{id} gives it to its company. */
    property var detail: null
    property string error
    /** Judge0's ids: 1 In Queue, 2 Processing; anything above is a verdict. */
    readonly property bool detailPending: detail !== null && (detail.status?.id ?? 0) <= 2

    /** A date and time as people read them ("3 Dec 2025, 14:05"). */
    function when(time: string): string {
        return time ? new Date(time).toLocaleString(Qt.locale(), "d MMM yyyy, hh:mm") : "";
    }

    function open(id: real) {
        Backend.call("codingSubmission", {
            id: id
        }, (failure, body) => {
            submissions.error = failure;
            if (!failure)
                submissions.detail = body;
        });
    }

    /** Whether a row of the list still waits for its verdict. */
    function listPending(): bool {
        for (let i = 0; i < list.model.count; ++i) {
            if ((list.model.get(i).status?.id ?? 3) <= 2)
                return true;
        }
        return false;
    }

    onChallengeIdChanged: detail = null

    Connections {
        target: list.model
        function onCountChanged() {
            // After a refresh, the chosen submission stays chosen.
            for (let i = 0; i < list.model.count; ++i) {
                if (submissions.detail && list.model.get(i).id === submissions.detail.id)
                    list.currentIndex = i;
            }
        }
    }

    Timer {
        interval: 1000
        repeat: true
        running: submissions.visible
        onTriggered: {
            if (submissions.listPending() && !list.model.loading)
                list.model.reload();
            if (submissions.detailPending)
                submissions.open(submissions.detail.id);
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth - 80, submissions.width * 0.4)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2
            RowLayout {
                Layout.fillWidth: true
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("%n submission(s)", "", list.model.total < 0 ? 0 : list.model.total)
                    font.bold: true
                }
                QQC2.CheckBox {
                    id: withRuns
                    objectName: "withRuns"
                    text: qsTr("With runs")
                    Accessible.description: qsTr("Also list the runs against the sample cases")
                }
            }
            ApiList {
                id: list
                objectName: "submissionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: submissions.challengeId > 0 ? "codingSubmissions" : ""
                arguments: withRuns.checked ? {
                    id: submissions.challengeId
                } : {
                    id: submissions.challengeId,
                    kind: "submit"
                }
                emptyText: qsTr("Nothing submitted yet. Invite talents from the Invitations tab.")
                onActivated: row => submissions.open(row.id)
                delegate: RowCard {
                    id: submissionRow
                    required property var row
                    objectName: "submission_" + row.id
                    title: qsTr("%1 %2").arg(row.talent.first_name).arg(row.talent.last_name)
                    subtitle: [row.language.name, row.kind === "run" ? qsTr("run on samples") : qsTr("score %1 of %2").arg(row.score).arg(row.max_score), submissions.when(row.created_at)].join(" · ")
                    onActivated: submissions.open(row.id)
                    QQC2.Label {
                        objectName: "rowVerdict"
                        text: submissionRow.row.status.description
                        color: submissionRow.row.status.id === 3 ? Theme.accent : submissionRow.row.status.id <= 2 ? Theme.muted : Theme.error
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                Layout.fillWidth: true
                visible: submissions.detail === null
                text: submissions.error.length > 0 ? submissions.error : qsTr("Choose a submission to see each case's verdict and the code.")
                color: submissions.error.length > 0 ? Theme.error : Theme.muted
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "submissionVerdict"
                Layout.fillWidth: true
                visible: submissions.detail !== null
                font.bold: true
                wrapMode: Text.Wrap
                text: {
                    const s = submissions.detail;
                    if (!s)
                        return "";
                    let line = s.status.description;
                    if (s.queue_position)
                        line += " · " + qsTr("place %1 in the queue").arg(s.queue_position);
                    if (!submissions.detailPending)
                        line += " · " + qsTr("%1 of %2 cases passed").arg(s.passed_cases).arg(s.total_cases);
                    if (s.kind === "submit" && !submissions.detailPending)
                        line += " · " + qsTr("score %1 of %2").arg(s.score).arg(s.max_score);
                    return line;
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: submissions.detail !== null
                color: Theme.muted
                text: submissions.detail ? qsTr("Sent %1").arg(submissions.when(submissions.detail.created_at)) : ""
            }
            QQC2.Label {
                objectName: "compileOutput"
                Layout.fillWidth: true
                visible: (submissions.detail?.compile_output ?? "") !== ""
                text: submissions.detail?.compile_output ?? ""
                font.family: "monospace"
                color: Theme.error
                wrapMode: Text.Wrap
                maximumLineCount: 6
                elide: Text.ElideRight
            }
            ListView {
                id: caseList
                objectName: "submissionCases"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 150)
                visible: submissions.detail !== null
                clip: true
                model: submissions.detail?.test_cases ?? []
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: RowLayout {
                    id: caseRow
                    required property var modelData
                    width: caseList.width
                    spacing: Theme.spacing
                    QQC2.Label {
                        objectName: "caseVerdict"
                        Layout.fillWidth: true
                        text: qsTr("Case %1 (%2, weight %3): %4").arg(caseRow.modelData.position).arg(caseRow.modelData.is_sample ? qsTr("sample") : qsTr("hidden")).arg(caseRow.modelData.weight).arg(caseRow.modelData.status.description)
                        color: caseRow.modelData.status.id === 3 ? Theme.text : Theme.error
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        text: qsTr("%1 ms · %2 KB").arg(caseRow.modelData.cpu_time_ms ?? 0).arg(caseRow.modelData.memory_kb ?? 0)
                    }
                }
            }
            QQC2.Label {
                visible: submissions.detail !== null
                text: qsTr("Code")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            QQC2.ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: submissions.detail !== null
                TextBox {
                    objectName: "submittedCode"
                    readOnly: true
                    selectByMouse: true
                    font.family: "monospace"
                    wrapMode: TextEdit.NoWrap
                    text: submissions.detail?.source ?? ""
                    Accessible.name: qsTr("Submitted code")
                }
            }
        }
    }
}
