// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Adds a reading passage to a bank with its questions, each with its options and the one correct,
 * or corrects a passage's own title and text (its questions are edited one by one in the bank).
 * The form is checked with the server's own rules first; the dialog stays open, with everything
 * typed, until the server has taken it, and a refusal is written under the field it names
 * ("questions[1].options" under the second question's options), or above the buttons when it
 * names none (a passage already drawn into an attempt keeps its text).
 */
QQC2.Dialog {
    id: editor

    /** The bank the passage is added to. */
    property var bank: ({})
    /** The passage whose title and text are being corrected ({} for a new passage). */
    property var passage: ({})
    readonly property bool editing: editor.passage.id !== undefined
    /** The questions being written: [{text, options: [{key, text, correct}]}], as typed. */
    property var questions: []
    /** Problems by the path of the field they are about ("questions[0].text"). */
    property var problems: ({})
    property string error
    readonly property int words: body.text.split(/\s+/).filter(word => word.length > 0).length

    /** The passage the server answered with. */
    signal saved(var passage)

    function start() {
        editor.passage = {};
        title.text = "";
        body.text = "";
        editor.questions = [];
        addQuestion();
        showProblems({});
        open();
        title.input.forceActiveFocus();
    }

    /** Opens @p row's title and text to be corrected, as the server last gave them. */
    function edit(row: var) {
        editor.passage = row;
        title.text = row.title ?? "";
        body.text = row.body ?? "";
        editor.questions = [];
        showProblems({});
        open();
        title.input.forceActiveFocus();
    }

    /**
     * Starts a new passage from @p row: its title, text and questions with their options and
     * keys, to be corrected and added beside it (a passage already drawn keeps its own text).
     */
    function copy(row: var) {
        editor.passage = {};
        title.text = row.title ?? "";
        body.text = row.body ?? "";
        editor.questions = (row.questions ?? []).map(question => ({
                    text: question.text,
                    options: (question.options ?? []).map(option => ({
                                key: option.key,
                                text: option.text,
                                correct: option.correct === true
                            }))
                }));
        if (editor.questions.length === 0)
            addQuestion();
        showProblems({});
        open();
        title.input.forceActiveFocus();
    }

    function blankOption(key: string): var {
        return {
            key: key,
            text: "",
            correct: false
        };
    }

    function addQuestion() {
        editor.questions = editor.questions.concat([{
                    text: "",
                    options: [blankOption("a"), blankOption("b")]
                }]);
    }

    function removeQuestion(index: int) {
        editor.questions = editor.questions.filter((question, at) => at !== index);
        showProblems({});
    }

    function addOption(index: int) {
        const question = editor.questions[index];
        const key = String.fromCharCode(97 + question.options.length);
        question.options = question.options.concat([blankOption(key)]);
        editor.questions = editor.questions.slice(); // the rows are drawn again with the new one
    }

    /** Marks option @p option of question @p index the correct one, and no other. */
    function markCorrect(index: int, option: int) {
        const question = editor.questions[index];
        question.options = question.options.map((entry, at) => Object.assign({}, entry, {
                        correct: at === option
                    }));
        editor.questions = editor.questions.slice();
        clearProblem("questions[" + index + "].options");
    }

    /** Forgets the problems about @p path and what is under it, once it is being put right. */
    function clearProblem(path: string) {
        const about = Object.keys(editor.problems).filter(key => key === path || key.startsWith(path + "[") || key.startsWith(path + "."));
        if (about.length === 0)
            return;
        const problems = Object.assign({}, editor.problems);
        for (const key of about)
            delete problems[key];
        editor.problems = problems;
    }

    /** The problem about @p path or anything under it ("questions[0].options[1].text"). */
    function problemOf(path: string): string {
        const found = [];
        for (const key in editor.problems) {
            if (key === path || key.startsWith(path + "["))
                found.push(editor.problems[key]);
        }
        return found.join(" ");
    }

    /**
     * Keeps the problems (path → message) to write under their fields, and shows any that names
     * no field of the form above the buttons; true when there was one.
     */
    function showProblems(problems: var): bool {
        const known = /^(title|body|questions(\[\d+\](\.(text|options)(\[\d+\](\.\w+)?)?)?)?)$/;
        editor.problems = problems;
        title.error = problems.title ?? ""; // a FormField clears its own as it is typed in
        editor.error = Object.keys(problems).filter(key => !known.test(key)).map(key => problems[key]).join(" ");
        return Object.keys(problems).length > 0;
    }

    function values(): var {
        return {
            title: title.text.trim(),
            body: body.text.trim(),
            questions: editor.questions.map(question => ({
                        text: question.text.trim(),
                        options: question.options.map(option => ({
                                    key: option.key,
                                    text: option.text.trim(),
                                    correct: option.correct
                                }))
                    }))
        };
    }

    /** What the form cannot send as it is, in a person's words (path → message). */
    function localProblems(passage: var): var {
        const problems = {};
        passage.questions.forEach((question, index) => {
            if (question.text.length === 0)
                problems["questions[" + index + "].text"] = qsTr("Write the question");
            if (question.options.some(option => option.text.length === 0))
                problems["questions[" + index + "].options"] = qsTr("Write the text of every option");
            else if (question.options.filter(option => option.correct).length !== 1)
                problems["questions[" + index + "].options"] = qsTr("Mark the one correct option");
        });
        if (passage.questions.length === 0)
            problems.questions = qsTr("Add at least one question about the passage");
        return problems;
    }

    /** Sends the title and text that changed; nothing changed closes the dialog. */
    function saveEdit() {
        const changes = {};
        const typed = values();
        for (const key of ["title", "body"]) {
            if (typed[key] !== editor.passage[key])
                changes[key] = typed[key];
        }
        const problems = FormChecker.checkPaths("updateAssessmentPassage", changes);
        if (typed.title.length === 0)
            problems.title = qsTr("Write the title");
        if (typed.body.length === 0)
            problems.body = qsTr("Write the passage");
        if (showProblems(problems))
            return;
        if (Object.keys(changes).length === 0) {
            editor.close();
            return;
        }
        changes.instrument = editor.bank.id;
        changes.id = editor.passage.id;
        Backend.call("updateAssessmentPassage", changes, (failure, answer) => {
            if (failure) {
                if (!editor.showProblems(FormChecker.serverProblemsByPath(answer)))
                    editor.error = failure;
                return;
            }
            editor.close();
            editor.saved(answer);
        });
    }

    function save() {
        if (editor.editing) {
            saveEdit();
            return;
        }
        const passage = values();
        // The server's own rules first, then what a person would be told before sending.
        const problems = Object.assign(localProblems(passage), FormChecker.checkPaths("createAssessmentPassage", passage));
        if (showProblems(problems))
            return;
        passage.instrument = editor.bank.id;
        Backend.call("createAssessmentPassage", passage, (failure, answer) => {
            if (failure) {
                if (!editor.showProblems(FormChecker.serverProblemsByPath(answer)))
                    editor.error = failure;
                return;
            }
            editor.close();
            editor.saved(answer);
        });
    }

    // The title's problem goes as the title changes, however it changes, as the text's does.
    Connections {
        target: title.input
        function onTextChanged() {
            title.error = "";
        }
    }

    component Problem: QQC2.Label {
        property string error
        Layout.fillWidth: true
        visible: error.length > 0
        text: error
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    component Caption: QQC2.Label {
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(700, parent ? parent.width - 2 * Theme.spacing : 700)
    height: parent ? parent.height - 2 * Theme.spacing : implicitHeight
    closePolicy: QQC2.Popup.CloseOnEscape

    header: QQC2.Label {
        padding: Theme.spacing
        text: editor.editing ? qsTr("Correct “%1”").arg(editor.passage.title ?? "") : qsTr("New reading passage in %1").arg(editor.bank.title ?? "")
        font.pixelSize: Theme.headingSize
        color: Theme.primary
        elide: Text.ElideRight
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "savePassage"
            text: editor.editing ? qsTr("Save passage") : qsTr("Add passage")
            highlighted: true
            onClicked: editor.save()
        }
        QQC2.Button {
            objectName: "cancelPassage"
            text: qsTr("Cancel")
            onClicked: editor.reject()
        }
    }

    QQC2.ScrollView {
        id: scroller
        objectName: "passageForm"
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing / 2

            FormField {
                id: title
                label: qsTr("Title")
                input.objectName: "passageTitle"
            }
            Caption {
                text: editor.words === 1 ? qsTr("Passage (1 word): what the talent reads first, timed") : qsTr("Passage (%1 words): what the talent reads first, timed").arg(editor.words)
            }
            TextBox {
                id: body
                objectName: "passageBody"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                Accessible.name: qsTr("Passage")
                Accessible.description: bodyProblem.error
                onTextChanged: editor.clearProblem("body")
            }
            Problem {
                id: bodyProblem
                objectName: "passageBodyError"
                error: editor.problemOf("body")
            }

            QQC2.Label {
                objectName: "passageEditNote"
                Layout.fillWidth: true
                visible: editor.editing
                text: qsTr("Its questions keep their text and keys: edit each one in the bank's list.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }

            Repeater {
                model: editor.questions
                Card {
                    id: questionCard
                    required property var modelData
                    required property int index
                    readonly property string path: "questions[" + index + "]"
                    Layout.fillWidth: true
                    implicitHeight: questionColumn.implicitHeight + 2 * Theme.spacing

                    ColumnLayout {
                        id: questionColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing / 2
                        RowLayout {
                            Layout.fillWidth: true
                            Caption {
                                Layout.fillWidth: true
                                text: qsTr("Question %1").arg(questionCard.index + 1)
                            }
                            QQC2.Button {
                                objectName: "removePassageQuestion_" + questionCard.index
                                text: qsTr("Remove question")
                                flat: true
                                visible: editor.questions.length > 1
                                onClicked: editor.removeQuestion(questionCard.index)
                            }
                        }
                        QQC2.TextField {
                            objectName: "passageQuestion_" + questionCard.index
                            Layout.fillWidth: true
                            text: questionCard.modelData.text
                            placeholderText: qsTr("What the talent answers about the passage")
                            Accessible.name: qsTr("Question %1").arg(questionCard.index + 1)
                            Accessible.description: questionProblem.error
                            onTextChanged: {
                                // Kept in place, so the card is not rebuilt under the typing.
                                editor.questions[questionCard.index].text = text;
                                editor.clearProblem(questionCard.path + ".text");
                            }
                        }
                        Problem {
                            id: questionProblem
                            objectName: "passageQuestion_" + questionCard.index + "Error"
                            error: editor.problemOf(questionCard.path + ".text")
                        }
                        Repeater {
                            model: questionCard.modelData.options
                            RowLayout {
                                id: optionRow
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                spacing: Theme.spacing / 2
                                QQC2.Label {
                                    Layout.preferredWidth: 20
                                    text: optionRow.modelData.key + "."
                                    color: Theme.muted
                                }
                                QQC2.TextField {
                                    objectName: "passageOption_" + questionCard.index + "_" + optionRow.index
                                    Layout.fillWidth: true
                                    text: optionRow.modelData.text
                                    placeholderText: qsTr("Option %1").arg(optionRow.modelData.key)
                                    Accessible.name: qsTr("Question %1, option %2").arg(questionCard.index + 1).arg(optionRow.modelData.key)
                                    onTextChanged: {
                                        editor.questions[questionCard.index].options[optionRow.index].text = text;
                                        editor.clearProblem(questionCard.path + ".options");
                                    }
                                }
                                QQC2.RadioButton {
                                    objectName: "passageCorrect_" + questionCard.index + "_" + optionRow.index
                                    text: qsTr("Correct")
                                    checked: optionRow.modelData.correct
                                    autoExclusive: false // the question's options, not the whole form
                                    Accessible.name: qsTr("Option %1 is correct").arg(optionRow.modelData.key)
                                    onToggled: editor.markCorrect(questionCard.index, optionRow.index)
                                }
                            }
                        }
                        QQC2.Button {
                            objectName: "addPassageOption_" + questionCard.index
                            text: qsTr("Add option")
                            enabled: questionCard.modelData.options.length < 10
                            onClicked: editor.addOption(questionCard.index)
                        }
                        Problem {
                            objectName: "passageOptions_" + questionCard.index + "Error"
                            error: editor.problemOf(questionCard.path + ".options")
                        }
                    }
                }
            }
            QQC2.Button {
                objectName: "addPassageQuestion"
                text: qsTr("Add question")
                visible: !editor.editing
                enabled: editor.questions.length < 20
                onClicked: editor.addQuestion()
            }
            Problem {
                objectName: "passageQuestionsError"
                error: editor.problems.questions ?? ""
            }
            Problem {
                objectName: "passageError"
                error: editor.error
            }
        }
    }
}
