// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The internships a talent was admitted to: the weighted standing of each, and KPI by KPI the
 * evidence the intern sends (words, links to their work, and a document of theirs if they like),
 * the mentor's score
 * and comment. Evidence can be sent again until it is scored; what was typed stays in its box,
 * and the document chosen stays attached, when sending fails.
 */
RowLayout {
    id: progress

    property var standing: null
    /** The intern's submissions by KPI id: content, score and the mentor's comment. */
    property var submissions: ({})
    /** What the intern is writing, by KPI id: kept when a card scrolls out of view and back. */
    property var drafts: ({})
    /** The links being written, one a line, by KPI id: kept as the words are. */
    property var linkDrafts: ({})
    /** Documents uploaded to go with the evidence, by KPI id: {key, name}, or {problem}. */
    property var attachments: ({})
    property string error

    function load(row: var) {
        progress.error = "";
        Backend.call("internshipStanding", {
                id: row.application_id
            }, (error, body) => {
                progress.error = error;
                progress.standing = error ? null : body;
            });
        Backend.call("myKpiSubmissions", {
                internship_id: row.internship.id,
                limit: 100
            }, (error, body) => {
                const byKpi = {};
                for (const submission of (error ? [] : body.data))
                    byKpi[submission.kpi.id] = submission;
                progress.submissions = byKpi;
            });
    }

    /**
     * Uploads @p file to go with the evidence for KPI @p kpiId: storage gives a one-time address
     * for a document (its type and size are checked there), and the file is put to it.
     */
    /** The links written in @p text, one a line, blank lines left out. */
    function linksIn(text: string): var {
        return text.split("\n").map(line => line.trim()).filter(line => line.length > 0);
    }

    function attach(kpiId: int, file: url) {
        const name = decodeURIComponent(file.toString().split("/").pop());
        const settle = change => {
            const next = Object.assign({}, progress.attachments);
            next[kpiId] = change;
            progress.attachments = next;
        };
        settle({
            name: name,
            busy: true
        });
        Backend.call("presignUpload", {
            kind: "document"
        }, (error, presigned) => {
            if (error)
                return settle({
                    problem: error
                });
            Backend.upload("putUpload", file, (failure, stored) => {
                settle(failure ? {
                    problem: failure
                } : {
                    key: stored.key,
                    name: name
                });
            }, {
                token: presigned.url.split("/storage/uploads/").pop()
            });
        });
    }

    spacing: Theme.spacing * 2

    FileDialog {
        id: attachDialog
        objectName: "evidenceFileDialog"
        /** The KPI the chosen file goes with. */
        property int kpiId: 0
        title: qsTr("Choose a document to send with your evidence")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Documents (*.pdf *.docx *.doc *.txt)"), qsTr("All files (*)")]
        onAccepted: progress.attach(attachDialog.kpiId, selectedFile)
    }

    ApiList {
        id: programmes
        objectName: "myInternships"
        Layout.preferredWidth: 320
        Layout.fillHeight: true
        operation: "myInternships"
        selectFirst: true
        emptyText: qsTr("Once a company admits you to an internship, your goals and scores show here.")
        onActivated: row => progress.load(row)
        delegate: RowCard {
            id: card
            required property var row
            title: row.internship?.title ?? ""
            subtitle: [row.internship?.company?.name, qsTr("standing %1 of 100").arg(row.standing)].filter(part => part).join(" · ")
            status: row.status
            onActivated: progress.load(card.row)
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing
        visible: progress.standing !== null

        QQC2.Label {
            objectName: "standingLine"
            Layout.fillWidth: true
            text: progress.standing ? qsTr("Standing: %1 of 100, from %2% of the weight scored so far").arg(progress.standing.standing).arg(progress.standing.scored_weight) : ""
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: progress.error.length > 0
            text: progress.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: progress.standing?.kpis ?? []
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: Card {
                id: goal
                required property var modelData
                readonly property var submission: progress.submissions[modelData.id] ?? null
                readonly property bool scored: modelData.score !== null && modelData.score !== undefined
                readonly property var attachment: progress.attachments[modelData.id] ?? null
                property string problem
                /** What is wrong with the links, said under them. */
                property string linksProblem
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing / 2
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 — weight %2").arg(goal.modelData.title).arg(goal.modelData.weight)
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: goal.scored ? qsTr("Scored %1 of %2, adding %3 points").arg(goal.modelData.score).arg(goal.modelData.max_score).arg(goal.modelData.points) : goal.submission ? qsTr("Sent; waiting for your mentor's score") : qsTr("No evidence sent yet")
                        color: goal.scored ? Theme.accent : Theme.muted
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: goal.submission?.comment ? qsTr("Mentor: %1").arg(goal.submission.comment) : ""
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    TextBox {
                        id: evidence
                        objectName: "evidence"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(72, implicitHeight)
                        enabled: !goal.scored
                        placeholderText: qsTr("What you did for this goal, with links to your work")
                        // What was being written, else the evidence sent.
                        Component.onCompleted: text = progress.drafts[goal.modelData.id] ?? goal.submission?.content ?? ""
                        onTextChanged: progress.drafts[goal.modelData.id] = text
                        Connections {
                            target: goal
                            function onSubmissionChanged() {
                                if (evidence.text.length === 0)
                                    evidence.text = goal.submission?.content ?? "";
                            }
                        }
                    }
                    TextBox {
                        id: links
                        objectName: "evidenceLinks"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(48, implicitHeight)
                        enabled: !goal.scored
                        placeholderText: qsTr("Links to your work, one a line (https://…), up to 10")
                        Accessible.name: qsTr("Links for %1, one a line").arg(goal.modelData.title)
                        // What was being written, else the links sent.
                        Component.onCompleted: text = progress.linkDrafts[goal.modelData.id] ?? (goal.submission?.links ?? []).join("\n")
                        onTextChanged: {
                            progress.linkDrafts[goal.modelData.id] = text;
                            goal.linksProblem = "";
                        }
                        Connections {
                            target: goal
                            function onSubmissionChanged() {
                                if (links.text.length === 0)
                                    links.text = (goal.submission?.links ?? []).join("\n");
                            }
                        }
                    }
                    QQC2.Label {
                        objectName: "evidenceLinksProblem"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: goal.linksProblem
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        QQC2.Button {
                            objectName: "attachEvidence"
                            visible: !goal.scored
                            enabled: !(goal.attachment?.busy ?? false)
                            text: goal.attachment?.key || goal.submission?.file ? qsTr("Attach another document…") : qsTr("Attach a document…")
                            Accessible.name: qsTr("Attach a document to the evidence for %1").arg(goal.modelData.title)
                            onClicked: {
                                attachDialog.kpiId = goal.modelData.id;
                                attachDialog.open();
                            }
                        }
                        QQC2.Label {
                            objectName: "evidenceFile"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: goal.attachment?.busy ? qsTr("Uploading %1…").arg(goal.attachment.name) : goal.attachment?.key ? qsTr("%1 goes with the evidence").arg(goal.attachment.name) : goal.submission?.file ? qsTr("A document was sent with this evidence") : ""
                            color: Theme.muted
                            elide: Text.ElideMiddle
                        }
                    }
                    QQC2.Label {
                        objectName: "attachProblem"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: goal.attachment?.problem ?? ""
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "evidenceProblem"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: goal.problem
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                    QQC2.Button {
                        objectName: "sendEvidence"
                        visible: !goal.scored
                        enabled: evidence.text.trim().length > 0 && !(goal.attachment?.busy ?? false)
                        text: goal.submission ? qsTr("Send again") : qsTr("Send evidence")
                        onClicked: {
                            const body = {
                                content: evidence.text,
                                links: progress.linksIn(links.text)
                            };
                            // The server's own rules first: each link an http(s) address, ten at most.
                            const problems = FormChecker.checkPaths("submitKpiEvidence", body);
                            const wrongLink = Object.keys(problems).find(path => path.startsWith("links"));
                            if (wrongLink) {
                                const at = wrongLink.match(/\[(\d+)\]/);
                                goal.linksProblem = at ? qsTr("Link %1: %2").arg(Number(at[1]) + 1).arg(problems[wrongLink]) : problems[wrongLink];
                                return;
                            }
                            body.id = goal.modelData.id;
                            // A new document replaces the one sent before; none keeps it.
                            if (goal.attachment?.key)
                                body.file_key = goal.attachment.key;
                            else if (goal.submission?.file)
                                body.file_key = goal.submission.file.key;
                            Backend.call("submitKpiEvidence", body, (error, sent) => {
                                const refused = error ? FormChecker.serverProblems(sent) : {};
                                goal.linksProblem = refused.links ?? "";
                                goal.problem = refused.links ? "" : error;
                                if (!error) {
                                    const next = Object.assign({}, progress.submissions);
                                    next[goal.modelData.id] = sent;
                                    progress.submissions = next;
                                    const attached = Object.assign({}, progress.attachments);
                                    delete attached[goal.modelData.id];
                                    progress.attachments = attached;
                                }
                            });
                        }
                    }
                }
            }
        }
    }
}
