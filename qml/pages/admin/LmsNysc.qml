// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Several learners' NYSC details sent in one call: rows pasted from a spreadsheet (email, state
 * code, batch) or learners picked from a search, each row editable before sending. The server's
 * rules are checked first and a row's problem is written under it; once sent, each row says what
 * became of it (updated, or no talent has that email). The rows stay after any answer, to be
 * corrected and sent again, until cleared.
 */
Item {
    id: nysc

    property string error
    property string notice
    property bool busy: false

    /** Adds a row for @p email, or updates the row already there for it. */
    function put(email: string, stateCode: string, batch: string) {
        for (let index = 0; index < rows.count; ++index) {
            if (email.length > 0 && rows.get(index).email.toLowerCase() === email.toLowerCase()) {
                rows.set(index, {
                    stateCode: stateCode,
                    batch: batch,
                    problem: "",
                    outcome: "",
                    updated: false
                });
                return;
            }
        }
        rows.append({
            email: email,
            stateCode: stateCode,
            batch: batch,
            corpsMember: true,
            problem: "",
            outcome: "",
            updated: false
        });
    }

    /**
     * Each line of the box becomes a row: its cells split at tabs, commas or semicolons, as a
     * spreadsheet's copied rows or a CSV file's lines come. A first line of column names is skipped.
     */
    function addPasted() {
        const lines = pasted.text.split(/\r?\n/).map(line => line.trim()).filter(line => line.length > 0);
        lines.forEach((line, index) => {
            const cells = line.split(/[\t,;]/).map(cell => cell.trim());
            if (index === 0 && cells[0].toLowerCase() === "email")
                return;
            nysc.put(cells[0] ?? "", cells[1] ?? "", cells[2] ?? "");
        });
        // What was typed is in the rows now, where it is checked and sent.
        pasted.text = "";
        nysc.error = "";
        nysc.notice = "";
    }

    /** The rows as the API takes them: an empty state code or batch is left out. */
    function body(): var {
        const talents = [];
        for (let index = 0; index < rows.count; ++index) {
            const row = rows.get(index);
            const one = {
                email: row.email.trim(),
                nysc: row.corpsMember
            };
            if (row.stateCode.trim().length > 0)
                one.state_code = row.stateCode.trim();
            if (row.batch.trim().length > 0)
                one.batch = row.batch.trim();
            talents.push(one);
        }
        return {
            talents: talents
        };
    }

    /** Writes each row's problems (by path, "talents[2].email") under it; true when any. */
    function showProblems(problems: var): bool {
        const names = {
            email: qsTr("Email"),
            state_code: qsTr("State code"),
            batch: qsTr("Batch"),
            nysc: qsTr("NYSC")
        };
        const byRow = {};
        const elsewhere = [];
        for (const path in problems) {
            const match = /^talents\[(\d+)\]\.([a-z_]+)$/.exec(path);
            if (match && Number(match[1]) < rows.count) {
                const index = Number(match[1]);
                byRow[index] = (byRow[index] ? byRow[index] + " " : "") + qsTr("%1: %2").arg(names[match[2]] ?? match[2]).arg(problems[path]);
            } else {
                elsewhere.push(problems[path]);
            }
        }
        for (let index = 0; index < rows.count; ++index)
            rows.setProperty(index, "problem", byRow[index] ?? "");
        nysc.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    function send() {
        const form = body();
        nysc.notice = "";
        for (let index = 0; index < rows.count; ++index) {
            rows.setProperty(index, "outcome", "");
            rows.setProperty(index, "updated", false);
        }
        // The server's own rules, checked before anything is sent.
        if (showProblems(FormChecker.checkPaths("bulkLmsNysc", form)))
            return;
        nysc.busy = true;
        Backend.call("bulkLmsNysc", form, (failure, answer) => {
            nysc.busy = false;
            if (failure) {
                // The rows stay as they are, with what the server said beside them.
                if (!nysc.showProblems(FormChecker.serverProblemsByPath(answer)))
                    nysc.error = failure;
                return;
            }
            // The answer's rows come in the order they were sent.
            answer.rows.forEach((outcome, index) => {
                if (index >= rows.count)
                    return;
                const updated = outcome.outcome === "updated";
                rows.setProperty(index, "updated", updated);
                rows.setProperty(index, "outcome", updated ? qsTr("Updated") : qsTr("No talent has this email: check it, or invite them as a new learner"));
            });
            nysc.notice = answer.not_found > 0 ? qsTr("%n learner(s) updated", "", answer.updated) + " · " + qsTr("%n not found: see the rows marked", "", answer.not_found) : qsTr("%n learner(s) updated", "", answer.updated);
        });
    }

    ListModel {
        id: rows
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(250, nysc.width * 0.35)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                text: qsTr("Paste rows")
                font.bold: true
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("One learner a line: email, state code, batch. Cells copied from a spreadsheet or separated by commas both work.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            TextBox {
                id: pasted
                objectName: "nyscPaste"
                Layout.fillWidth: true
                Layout.preferredHeight: 110
                placeholderText: "ada@example.com, LA/24B/1234, 2024B"
                Accessible.name: qsTr("NYSC rows to add: email, state code, batch")
            }
            QQC2.Button {
                objectName: "nyscAddPasted"
                text: qsTr("Add to the rows")
                enabled: pasted.text.trim().length > 0
                onClicked: nysc.addPasted()
            }
            QQC2.Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Or pick learners")
                font.bold: true
            }
            QQC2.TextField {
                id: words
                objectName: "nyscPickSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name or email")
                Accessible.name: qsTr("Search learners to add by name or email")
                onTextEdited: typing.restart()
                onAccepted: picks.arguments = words.text.trim().length > 0 ? {
                    q: words.text.trim()
                } : {}
            }
            Timer {
                id: typing
                interval: 300
                onTriggered: picks.arguments = words.text.trim().length > 0 ? {
                    q: words.text.trim()
                } : {}
            }
            ApiList {
                id: picks
                objectName: "nyscPicks"
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "lmsTalents"
                emptyText: qsTr("No learner matches: try other words.")
                delegate: RowCard {
                    id: pick
                    required property var row
                    objectName: "nyscPickRow_" + row.id
                    title: [row.first_name ?? "", row.last_name ?? ""].join(" ").trim()
                    subtitle: [row.email, row.nysc ? qsTr("NYSC %1").arg(row.nysc_state_code ?? "") : ""].filter(part => part).join(" · ")
                    QQC2.Button {
                        objectName: "nyscPick_" + pick.row.id
                        text: qsTr("Add")
                        Accessible.name: qsTr("Add %1 to the rows").arg(pick.row.email)
                        onClicked: nysc.put(pick.row.email, pick.row.nysc_state_code ?? "", pick.row.nysc_batch ?? "")
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            RowLayout {
                Layout.fillWidth: true
                QQC2.Label {
                    objectName: "nyscCount"
                    Layout.fillWidth: true
                    text: qsTr("%n row(s) to send", "", rows.count)
                    font.bold: true
                }
                QQC2.Button {
                    objectName: "nyscClear"
                    text: qsTr("Clear rows")
                    enabled: rows.count > 0 && !nysc.busy
                    onClicked: {
                        rows.clear();
                        nysc.error = "";
                        nysc.notice = "";
                    }
                }
                QQC2.Button {
                    objectName: "nyscSend"
                    text: qsTr("Save NYSC details")
                    highlighted: true
                    enabled: rows.count > 0 && !nysc.busy
                    onClicked: nysc.send()
                }
            }
            QQC2.Label {
                objectName: "nyscProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: nysc.error || nysc.notice
                color: nysc.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: rows.count === 0
                text: qsTr("No rows yet: paste them or pick learners on the left. Each row is checked here before it is sent, and says afterwards whether it was saved.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            KeyList {
                id: rowList
                objectName: "nyscRows"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: rows.count > 0
                clip: true
                spacing: Theme.spacing / 2
                model: rows
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: Card {
                    id: card
                    required property int index
                    required property string email
                    required property string stateCode
                    required property string batch
                    required property bool corpsMember
                    required property string problem
                    required property string outcome
                    required property bool updated
                    objectName: "nyscRow_" + index
                    width: ListView.view.width - Theme.spacing
                    height: cells.implicitHeight + Theme.spacing
                    ColumnLayout {
                        id: cells
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 2
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            QQC2.TextField {
                                objectName: "nyscEmail_" + card.index
                                // Shown from the start, not scrolled to the end, when not edited.
                                Component.onCompleted: cursorPosition = 0
                                onEditingFinished: cursorPosition = 0
                                Layout.fillWidth: true
                                Layout.preferredWidth: 200
                                text: card.email
                                placeholderText: qsTr("Email")
                                Accessible.name: qsTr("Email of row %1").arg(card.index + 1)
                                onTextEdited: rows.set(card.index, {
                                    email: text,
                                    problem: "",
                                    outcome: ""
                                })
                            }
                            QQC2.TextField {
                                objectName: "nyscStateCode_" + card.index
                                Component.onCompleted: cursorPosition = 0
                                onEditingFinished: cursorPosition = 0
                                Layout.preferredWidth: 120
                                text: card.stateCode
                                placeholderText: qsTr("State code")
                                Accessible.name: qsTr("NYSC state code of row %1").arg(card.index + 1)
                                onTextEdited: rows.set(card.index, {
                                    stateCode: text,
                                    problem: "",
                                    outcome: ""
                                })
                            }
                            QQC2.TextField {
                                objectName: "nyscBatch_" + card.index
                                Component.onCompleted: cursorPosition = 0
                                onEditingFinished: cursorPosition = 0
                                Layout.preferredWidth: 75
                                text: card.batch
                                placeholderText: qsTr("Batch")
                                Accessible.name: qsTr("NYSC batch of row %1").arg(card.index + 1)
                                onTextEdited: rows.set(card.index, {
                                    batch: text,
                                    problem: "",
                                    outcome: ""
                                })
                            }
                            QQC2.CheckBox {
                                objectName: "nyscMember_" + card.index
                                text: qsTr("NYSC")
                                checked: card.corpsMember
                                Accessible.name: qsTr("Row %1 is an NYSC corps member").arg(card.index + 1)
                                onToggled: rows.set(card.index, {
                                    corpsMember: checked,
                                    outcome: ""
                                })
                            }
                            QQC2.ToolButton {
                                objectName: "nyscRemove_" + card.index
                                text: "✕"
                                enabled: !nysc.busy
                                Accessible.name: qsTr("Remove row %1").arg(card.index + 1)
                                QQC2.ToolTip.visible: hovered
                                QQC2.ToolTip.text: qsTr("Remove this row")
                                onClicked: rows.remove(card.index)
                            }
                        }
                        QQC2.Label {
                            objectName: "nyscRowProblem_" + card.index
                            Layout.fillWidth: true
                            visible: card.problem.length > 0
                            text: card.problem
                            color: Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        QQC2.Label {
                            objectName: "nyscOutcome_" + card.index
                            Layout.fillWidth: true
                            visible: card.outcome.length > 0
                            text: card.outcome
                            color: card.updated ? Theme.accent : Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
