// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A coding challenge as its company writes it: title, statement, difficulty, the languages
 * allowed, the limits per case, when it closes, and the test cases (input, expected output,
 * shown to talents as a sample or hidden, weight). The server's field errors show beside their
 * fields and the form keeps what was typed; the cases are sent only when they changed, since
 * the server replaces every case when they are.
 */
QQC2.ScrollView {
    id: editor

    /** The challenge as the server last gave it; {} while a new one is written. */
    property var challenge: ({})
    property bool busy: false
    /** The challenge being loaded, 0 when none is. */
    property real loading: 0
    property string error
    /** Whether the cases differ from the server's. */
    property bool casesChanged: false
    /** The server's problem with each case, by the case's index, shown on that case. */
    property var caseProblems: ({})
    /** Every active language: [{id, name, version}]. */
    property var languages: []
    /** The ids of the languages ticked. */
    property var languageIds: []
    /** What the form sent or loaded last (values()), to tell whether anything was changed since. */
    property string pristine
    /** Today as the server's dates read it, for "closed". */
    readonly property bool closed: (challenge.closes_at ?? "") !== "" && new Date(challenge.closes_at) < new Date()

    signal saved(var challenge)
    signal removed

    /** Whether the form holds changes the server does not have. */
    function hasChanges(): bool {
        return JSON.stringify(values()) !== editor.pristine;
    }
    /** Takes what the form holds now as what the server has. */
    function markUnchanged() {
        editor.pristine = JSON.stringify(values());
    }

    /** Whole numbers as numbers; anything else as typed, for the server to name the field. */
    function numberOf(text: string): var {
        const trimmed = text.trim();
        return /^[0-9]+$/.test(trimmed) ? Number(trimmed) : trimmed;
    }

    /** Starts an empty challenge with the server's defaults shown. */
    function startNew() {
        fill({
            difficulty: "medium",
            limits: {
                cpu_time_ms: 2000,
                wall_time_ms: 5000,
                memory_mb: 128,
                stack_mb: 64,
                max_processes: 60,
                max_file_kb: 1024
            },
            test_cases: [
                {
                    input: "",
                    expected_output: "",
                    is_sample: true,
                    weight: 1
                }
            ]
        });
        editor.challenge = {};
        markUnchanged();
    }

    /** Loads the challenge @p id, with every case; once, however often it is asked meanwhile. */
    function load(id: real) {
        // A second answer would fill the form again over what was typed since the first.
        if (editor.busy && editor.loading === id)
            return;
        editor.busy = true;
        editor.loading = id;
        Backend.call("codingChallenge", {
            id: id
        }, (failure, body) => {
            if (editor.loading !== id)
                return; // another challenge was asked for since
            editor.busy = false;
            editor.loading = 0;
            if (failure) {
                editor.error = failure;
                return;
            }
            editor.fill(body);
            editor.challenge = body;
            editor.markUnchanged();
        });
    }

    function fill(challenge: var) {
        showProblems({});
        editor.error = "";
        title.text = challenge.title ?? "";
        statement.text = challenge.description ?? "";
        difficulty.currentIndex = Math.max(0, difficulty.indexOfValue(challenge.difficulty ?? "medium"));
        editor.languageIds = (challenge.languages ?? []).map(language => language.id);
        const limits = challenge.limits ?? {};
        cpu.text = String(limits.cpu_time_ms ?? "");
        wall.text = String(limits.wall_time_ms ?? "");
        memory.text = String(limits.memory_mb ?? "");
        stack.text = String(limits.stack_mb ?? "");
        processes.text = String(limits.max_processes ?? "");
        fileSize.text = String(limits.max_file_kb ?? "");
        stopOnFailure.checked = challenge.stop_on_first_failure ?? false;
        closesAt.text = (challenge.closes_at ?? "").substring(0, 10);
        cases.clear();
        for (const testCase of challenge.test_cases ?? [])
            cases.append({
                input: testCase.input ?? "",
                expected: testCase.expected_output ?? "",
                sample: testCase.is_sample ?? false,
                weight: String(testCase.weight ?? 1)
            });
        editor.casesChanged = !challenge.id;
        editor.contentItem.contentY = 0;
    }

    /** The body to send: every field (the closing day when it changed), and the cases when they
     *  changed. */
    function values(): var {
        const body = {
            title: title.text,
            description: statement.text,
            difficulty: difficulty.currentValue,
            language_ids: editor.languageIds,
            stop_on_first_failure: stopOnFailure.checked
        };
        const limits = {
            cpu_time_ms: cpu,
            wall_time_ms: wall,
            memory_mb: memory,
            stack_mb: stack,
            max_processes: processes,
            max_file_kb: fileSize
        };
        for (const key in limits) {
            if (limits[key].text.trim() !== "")
                body[key] = numberOf(limits[key].text);
        }
        const day = closesAt.text.trim();
        // The form shows the day alone: a day left as loaded keeps the moment the server has (a
        // challenge closed at noon is not reopened until midnight by a corrected title). A day
        // typed closes at its end; anything else goes as typed, for the server to judge.
        if (!editor.challenge.id || day !== (editor.challenge.closes_at ?? "").substring(0, 10))
            body.closes_at = day === "" ? null : /^\d{4}-\d{2}-\d{2}$/.test(day) ? day + "T23:59:59Z" : day;
        if (editor.casesChanged) {
            const list = [];
            for (let i = 0; i < cases.count; ++i) {
                const testCase = cases.get(i);
                list.push({
                    input: testCase.input,
                    expected_output: testCase.expected,
                    is_sample: testCase.sample,
                    weight: numberOf(testCase.weight)
                });
            }
            body.test_cases = list;
        }
        return body;
    }

    /** Writes each case's problem on that case (paths such as "test_cases[1].weight"), and
     *  hands on the rest, by field. */
    function placeCaseProblems(byPath: var): var {
        const onCases = {};
        const rest = {};
        for (const path in byPath) {
            const onCase = /^test_cases\[(\d+)\]/.exec(path);
            if (onCase && !(onCase[1] in onCases))
                onCases[onCase[1]] = byPath[path];
            else if (!onCase)
                rest[path.replace(/[\[.].*$/, "")] = byPath[path];
        }
        editor.caseProblems = onCases;
        return rest;
    }

    /** Writes each problem under its field and the rest above the buttons; true when any. */
    function showProblems(problems: var): bool {
        const fields = {
            title: title,
            description: statementProblem,
            difficulty: difficultyProblem,
            language_ids: languagesProblem,
            cpu_time_ms: cpu,
            wall_time_ms: wall,
            memory_mb: memory,
            stack_mb: stack,
            max_processes: processes,
            max_file_kb: fileSize,
            closes_at: closesAt,
            test_cases: casesProblem
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        const elsewhere = [];
        for (const key in problems) {
            if (!fields[key])
                elsewhere.push(qsTr("%1: %2").arg(key).arg(problems[key]));
        }
        editor.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    function save() {
        showProblems({});
        editor.caseProblems = {};
        const body = values();
        if (editor.challenge.id)
            body.id = editor.challenge.id;
        editor.busy = true;
        Backend.call(editor.challenge.id ? "updateCodingChallenge" : "createCodingChallenge", body, (failure, answer) => {
            editor.busy = false;
            // On a refusal the form stays as typed: only the problems are added.
            if (failure) {
                const byPath = FormChecker.serverProblemsByPath(answer);
                const rest = editor.placeCaseProblems(byPath);
                if (!editor.showProblems(rest) && Object.keys(byPath).length === 0)
                    editor.error = failure;
                return;
            }
            editor.challenge = answer;
            editor.casesChanged = false;
            editor.markUnchanged();
            editor.saved(answer);
        });
    }

    /** Sets when the challenge stops taking submissions: now, or never (null). */
    function setClosing(when: var) {
        Backend.call("updateCodingChallenge", {
            id: editor.challenge.id,
            closes_at: when
        }, (failure, answer) => {
            editor.error = failure;
            if (!failure) {
                editor.challenge = answer;
                closesAt.text = (answer.closes_at ?? "").substring(0, 10);
                editor.saved(answer);
            }
        });
    }

    Component.onCompleted: Backend.call("codingLanguages", {
        limit: 100
    }, (failure, body) => {
        if (failure)
            editor.error = failure;
        else
            editor.languages = body.data;
    })

    ListModel {
        id: cases
    }

    QQC2.Dialog {
        id: confirmRemoval
        objectName: "confirmRemoval"
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Remove this challenge?")
        standardButtons: QQC2.Dialog.Cancel | QQC2.Dialog.Ok
        QQC2.Label {
            text: qsTr("Invited talents will no longer reach it. Its submissions stay in the records.")
            wrapMode: Text.Wrap
        }
        onAccepted: Backend.call("removeCodingChallenge", {
            id: editor.challenge.id
        }, failure => {
            editor.error = failure;
            if (!failure)
                editor.removed();
        })
    }

    contentWidth: availableWidth

    ColumnLayout {
        width: editor.availableWidth - Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            StatusBadge {
                visible: editor.challenge.id !== undefined
                status: editor.closed ? "closed" : "published"
            }
            QQC2.Label {
                Layout.fillWidth: true
                color: Theme.muted
                elide: Text.ElideRight
                text: editor.challenge.id ? qsTr("Cases: %1 sample, %2 hidden · invited talents can solve it%3").arg(editor.challenge.sample_cases).arg(editor.challenge.hidden_cases).arg(editor.challenge.closes_at ? " " + qsTr("until %1").arg(new Date(editor.challenge.closes_at).toLocaleDateString(Qt.locale(), "d MMM yyyy")) : "") : qsTr("New challenge: invitations can be sent once it is saved.")
            }
            QQC2.Button {
                objectName: "closeChallenge"
                visible: editor.challenge.id !== undefined && !editor.closed
                text: qsTr("Close now")
                onClicked: editor.setClosing(new Date().toISOString())
            }
            QQC2.Button {
                objectName: "reopenChallenge"
                visible: editor.challenge.id !== undefined && editor.closed
                text: qsTr("Reopen")
                onClicked: editor.setClosing(null)
            }
            QQC2.Button {
                objectName: "removeChallenge"
                visible: editor.challenge.id !== undefined
                text: qsTr("Remove")
                onClicked: confirmRemoval.open()
            }
        }

        FormField {
            id: title
            label: qsTr("Title")
            input.objectName: "challengeTitle"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            QQC2.Label {
                text: qsTr("Statement")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            TextBox {
                id: statement
                objectName: "challengeStatement"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(90, implicitHeight)
                placeholderText: qsTr("What the program reads on stdin and what it must print")
                Accessible.name: qsTr("Statement")
                onTextChanged: statementProblem.error = ""
            }
            QQC2.Label {
                id: statementProblem
                property string error
                objectName: "challengeStatementError"
                visible: error.length > 0
                text: error
                color: Theme.error
                font.pixelSize: Theme.smallSize
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                spacing: 2
                Layout.alignment: Qt.AlignTop
                QQC2.Label {
                    text: qsTr("Difficulty")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                EntriesBox {
                    id: difficulty
                    objectName: "challengeDifficulty"
                    Accessible.name: qsTr("Difficulty")
                    entries: Vocabulary.choices("difficulty", Qt.uiLanguage)
                    textRole: "text"
                    valueRole: "value"
                }
                QQC2.Label {
                    id: difficultyProblem
                    property string error
                    visible: error.length > 0
                    text: error
                    color: Theme.error
                    font.pixelSize: Theme.smallSize
                }
            }
            FormField {
                id: closesAt
                Layout.preferredWidth: 200
                Layout.fillWidth: false
                label: qsTr("Closes on (optional)")
                placeholderText: qsTr("YYYY-MM-DD")
                input.objectName: "challengeClosesAt"
            }
            QQC2.CheckBox {
                id: stopOnFailure
                objectName: "stopOnFirstFailure"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Stop judging at the first failing case")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            QQC2.Label {
                text: qsTr("Languages allowed")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: editor.languages
                    QQC2.CheckBox {
                        required property var modelData
                        objectName: "language_" + modelData.name
                        text: modelData.version ? qsTr("%1 (%2)").arg(modelData.name).arg(modelData.version) : modelData.name
                        checked: editor.languageIds.includes(modelData.id)
                        onToggled: {
                            const others = editor.languageIds.filter(id => id !== modelData.id);
                            editor.languageIds = checked ? others.concat([modelData.id]) : others;
                            languagesProblem.error = "";
                        }
                    }
                }
            }
            QQC2.Label {
                id: languagesProblem
                property string error
                objectName: "languagesError"
                visible: error.length > 0
                text: error
                color: Theme.error
                font.pixelSize: Theme.smallSize
            }
        }
        QQC2.Label {
            text: qsTr("Limits for each case")
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing
            FormField {
                id: cpu
                label: qsTr("CPU time (ms)")
                input.objectName: "cpuTimeMs"
            }
            FormField {
                id: wall
                label: qsTr("Wall time (ms)")
                input.objectName: "wallTimeMs"
            }
            FormField {
                id: memory
                label: qsTr("Memory (MB)")
                input.objectName: "memoryMb"
            }
            FormField {
                id: stack
                label: qsTr("Stack (MB)")
                input.objectName: "stackMb"
            }
            FormField {
                id: processes
                label: qsTr("Processes and threads")
                input.objectName: "maxProcesses"
            }
            FormField {
                id: fileSize
                label: qsTr("Largest file written (KB)")
                input.objectName: "maxFileKb"
            }
        }
        RowLayout {
            Layout.fillWidth: true
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Test cases: samples are shown to talents and used when they run their code; hidden cases only show their verdict.")
                wrapMode: Text.Wrap
                font.bold: true
            }
            QQC2.Button {
                objectName: "addCase"
                text: qsTr("Add a case")
                onClicked: {
                    cases.append({
                        input: "",
                        expected: "",
                        sample: cases.count === 0,
                        weight: "1"
                    });
                    editor.casesChanged = true;
                    casesProblem.error = "";
                }
            }
        }
        QQC2.Label {
            id: casesProblem
            property string error
            objectName: "casesError"
            Layout.fillWidth: true
            visible: error.length > 0
            text: error
            color: Theme.error
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
        }
        Repeater {
            model: cases
            Card {
                id: caseCard
                required property int index
                required property string input
                required property string expected
                required property bool sample
                required property string weight
                Layout.fillWidth: true
                implicitHeight: caseLayout.implicitHeight + Theme.spacing * 2

                /** Writes one field of the case back into the model. */
                function put(role: string, value: var) {
                    cases.setProperty(caseCard.index, role, value);
                    editor.casesChanged = true;
                    casesProblem.error = "";
                    if (caseCard.index in editor.caseProblems) {
                        const problems = Object.assign({}, editor.caseProblems);
                        delete problems[caseCard.index];
                        editor.caseProblems = problems;
                    }
                }

                GridLayout {
                    id: caseLayout
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    columns: 2
                    columnSpacing: Theme.spacing
                    RowLayout {
                        Layout.columnSpan: 2
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("Case %1").arg(caseCard.index + 1)
                            font.bold: true
                        }
                        QQC2.CheckBox {
                            objectName: "caseSample" + caseCard.index
                            text: qsTr("Shown to talents (sample)")
                            checked: caseCard.sample
                            onToggled: caseCard.put("sample", checked)
                        }
                        QQC2.Label {
                            text: qsTr("Weight")
                        }
                        QQC2.TextField {
                            objectName: "caseWeight" + caseCard.index
                            Layout.preferredWidth: 56
                            text: caseCard.weight
                            inputMethodHints: Qt.ImhDigitsOnly
                            Accessible.name: qsTr("Weight of case %1").arg(caseCard.index + 1)
                            onTextChanged: if (text !== caseCard.weight)
                                caseCard.put("weight", text)
                        }
                        QQC2.Button {
                            objectName: "removeCase" + caseCard.index
                            text: qsTr("Remove")
                            onClicked: {
                                cases.remove(caseCard.index);
                                editor.casesChanged = true;
                                editor.caseProblems = {}; // their indexes moved
                            }
                        }
                    }
                    QQC2.Label {
                        text: qsTr("Input (stdin)")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                    QQC2.Label {
                        text: qsTr("Expected output")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                    TextBox {
                        objectName: "caseInput" + caseCard.index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.minimumHeight: 60
                        font.family: "monospace"
                        wrapMode: TextEdit.NoWrap
                        text: caseCard.input
                        Accessible.name: qsTr("Input of case %1").arg(caseCard.index + 1)
                        onTextChanged: if (text !== caseCard.input)
                            caseCard.put("input", text)
                    }
                    TextBox {
                        objectName: "caseExpected" + caseCard.index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.minimumHeight: 60
                        font.family: "monospace"
                        wrapMode: TextEdit.NoWrap
                        text: caseCard.expected
                        Accessible.name: qsTr("Expected output of case %1").arg(caseCard.index + 1)
                        onTextChanged: if (text !== caseCard.expected)
                            caseCard.put("expected", text)
                    }
                    QQC2.Label {
                        objectName: "caseError" + caseCard.index
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: editor.caseProblems[caseCard.index] ?? ""
                        color: Theme.error
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
        QQC2.Label {
            objectName: "editorError"
            Layout.fillWidth: true
            visible: editor.error.length > 0
            text: editor.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            QQC2.Button {
                objectName: "saveChallenge"
                text: editor.challenge.id ? qsTr("Save changes") : qsTr("Create challenge")
                highlighted: true
                enabled: !editor.busy
                onClicked: editor.save()
            }
            QQC2.BusyIndicator {
                running: editor.busy
                visible: editor.busy
                Layout.preferredHeight: 32
            }
        }
    }
}
