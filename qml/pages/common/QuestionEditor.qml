// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Adds a question to a bank, or edits the one given, with its key: the reverse keying and pair of
 * an agreement item, the correct options of a choice, a scenario's weights, a passage question's
 * passage. An edit sends only what changed; the dialog stays open, with what was typed, until the
 * server has taken it, and the server's refusals are written under the fields they name.
 */
QQC2.Dialog {
    id: editor

    /** The bank (with its categories) the question belongs to. */
    property var bank: ({})
    /** The bank's reading passages: [{id, title}]. */
    property var passages: []
    /** The question as the server last gave it ({} for a new one). */
    property var question: ({})
    /** The options being edited: [{key, text, correct, weight}], as typed. */
    property var options: []
    property string error
    readonly property var types: Vocabulary.questionTypes(Qt.uiLanguage)
    readonly property var chosenType: types[typeBox.currentIndex] ?? ({})

    /** The question the server answered with, added or edited. */
    signal saved(var question)

    function edit(question: var) {
        editor.question = question;
        typeBox.currentIndex = Math.max(0, types.findIndex(type => type.value === (question.type ?? "likert")));
        text.text = question.text ?? "";
        categoryBox.currentIndex = Math.max(0, categoryBox.model.findIndex(category => category.value === (question.category ?? "")));
        passageBox.currentIndex = Math.max(0, passages.findIndex(passage => passage.id === question.passage_id));
        reverse.checked = question.reverse_keyed ?? false;
        pair.text = question.pair_code ?? "";
        active.checked = question.active ?? true;
        editor.options = (question.options ?? []).map(option => ({
                    key: option.key,
                    text: option.text,
                    correct: option.correct ?? false,
                    weight: String(option.weight ?? 0)
                }));
        showProblems({});
        open();
        text.forceActiveFocus();
    }

    /** The first letter not yet a key of an option. */
    function nextKey(): string {
        for (let code = 97; code < 123; ++code) {
            const key = String.fromCharCode(code);
            if (!editor.options.some(option => option.key === key))
                return key;
        }
        return String(editor.options.length + 1);
    }

    function addOption() {
        editor.options = editor.options.concat([{
                    key: nextKey(),
                    text: "",
                    correct: false,
                    weight: "0"
                }]);
    }

    function removeOption(index: int) {
        editor.options = editor.options.filter((option, at) => at !== index);
        optionsProblem.error = "";
    }

    /** Marks option @p index correct; a type with one right answer unmarks the others. */
    function markCorrect(index: int, correct: bool) {
        const single = editor.chosenType.value !== "multiple_choice";
        editor.options = editor.options.map((option, at) => Object.assign({}, option, {
                        correct: at === index ? correct : (single && correct ? false : option.correct)
                    }));
        optionsProblem.error = "";
    }

    /**
     * Writes each problem (field → message) under its field, and any other under the form; true
     * when there was a problem.
     */
    function showProblems(problems: var): bool {
        const fields = {
            type: typeProblem,
            text: textProblem,
            category: categoryProblem,
            passage_id: passageProblem,
            reverse_keyed: reverseProblem,
            pair_code: pair,
            options: optionsProblem
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        const elsewhere = [];
        for (const key in problems) {
            if (!fields[key])
                elsewhere.push(problems[key]);
        }
        editor.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    /** The form as the API takes it; options only for a type that has them. */
    function values(): var {
        const type = editor.chosenType;
        const body = {
            type: type.value,
            text: text.text.trim(),
            category: categoryBox.currentValue || null,
            active: active.checked
        };
        if (type.value === "likert") {
            body.reverse_keyed = reverse.checked;
            body.pair_code = pair.text.trim() || null;
        } else {
            body.reverse_keyed = false;
        }
        if (type.value === "passage")
            body.passage_id = editor.passages[passageBox.currentIndex]?.id ?? null;
        body.options = !type.hasOptions ? [] : editor.options.map(option => {
            const shown = {
                key: option.key,
                text: option.text.trim()
            };
            if (type.value === "scenario")
                shown.weight = Number(String(option.weight).trim().replace(",", "."));
            else
                shown.correct = option.correct;
            return shown;
        });
        return body;
    }

    /** What the form cannot send as it is, in a person's words (field → message). */
    function localProblems(body: var): var {
        const problems = {};
        if (body.text.length === 0)
            problems.text = qsTr("Write the question");
        if (body.options.some(option => option.text.length === 0))
            problems.options = qsTr("Write the text of every option, or remove the empty one");
        else if (body.options.some(option => option.weight !== undefined && !isFinite(option.weight)))
            problems.options = qsTr("Give every option a weight as a number, like 2");
        return problems;
    }

    /** For an edit, only what differs from the question as loaded. */
    function changes(values: var): var {
        const before = {
            type: editor.question.type,
            text: editor.question.text,
            category: editor.question.category ?? null,
            active: editor.question.active,
            reverse_keyed: editor.question.reverse_keyed ?? false,
            pair_code: editor.question.pair_code ?? null,
            passage_id: editor.question.passage_id ?? null,
            options: (editor.question.options ?? []).map(option => {
                const shown = {
                    key: option.key,
                    text: option.text
                };
                if (editor.question.type === "scenario")
                    shown.weight = option.weight;
                else
                    shown.correct = option.correct;
                return shown;
            })
        };
        const changed = {};
        for (const key in values) {
            if (JSON.stringify(values[key]) !== JSON.stringify(before[key]))
                changed[key] = values[key];
        }
        return changed;
    }

    function save() {
        const all = values();
        if (showProblems(localProblems(all)))
            return;
        const editing = editor.question.id !== undefined;
        const body = editing ? changes(all) : all;
        if (!editing && body.pair_code === null)
            delete body.pair_code;
        if (editing && Object.keys(body).length === 0) {
            close();
            return;
        }
        const operation = editing ? "updateAssessmentQuestion" : "createAssessmentQuestion";
        // The server's own rules, checked before anything is sent.
        if (showProblems(FormChecker.check(operation, body)))
            return;
        body.instrument = editor.bank.id;
        if (editing)
            body.id = editor.question.id;
        Backend.call(operation, body, (failure, answer) => {
            if (failure) {
                if (!editor.showProblems(FormChecker.serverProblems(answer)))
                    editor.error = failure;
                return;
            }
            editor.close();
            editor.saved(answer);
        });
    }

    /** Problems of the fields that are not FormFields, as FormField keeps its own. */
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
    width: Math.min(640, parent ? parent.width - 2 * Theme.spacing : 640)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    closePolicy: QQC2.Popup.CloseOnEscape

    header: QQC2.Label {
        padding: Theme.spacing
        text: editor.question.id !== undefined ? qsTr("Edit question") : qsTr("New question in %1").arg(editor.bank.title ?? "")
        font.pixelSize: Theme.headingSize
        color: Theme.primary
        elide: Text.ElideRight
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "saveQuestion"
            text: editor.question.id !== undefined ? qsTr("Save") : qsTr("Add question")
            highlighted: true
            onClicked: editor.save()
        }
        QQC2.Button {
            objectName: "cancelQuestion"
            text: qsTr("Cancel")
            onClicked: editor.reject()
        }
    }

    QQC2.ScrollView {
        id: scroller
        objectName: "questionForm"
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        implicitHeight: form.implicitHeight

        ColumnLayout {
            id: form
            width: scroller.availableWidth
            spacing: Theme.spacing / 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 2
                    Caption {
                        text: qsTr("Type")
                    }
                    EntriesBox {
                        id: typeBox
                        objectName: "questionType"
                        Layout.fillWidth: true
                        entries: editor.types
                        textRole: "text"
                        valueRole: "value"
                        Accessible.name: qsTr("Type")
                        onCurrentIndexChanged: {
                            typeProblem.error = "";
                            optionsProblem.error = "";
                            // A type with options starts with two to fill in.
                            if (editor.types[currentIndex]?.hasOptions && editor.options.length === 0) {
                                editor.addOption();
                                editor.addOption();
                            }
                        }
                    }
                    Problem {
                        id: typeProblem
                        objectName: "questionTypeError"
                    }
                }
                ColumnLayout {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 2
                    Caption {
                        text: qsTr("Category")
                    }
                    QQC2.ComboBox {
                        id: categoryBox
                        objectName: "questionCategory"
                        Layout.fillWidth: true
                        // A facet with its domain's name; a question may have no category.
                        model: [{
                                value: "",
                                text: qsTr("No category")
                            }, ...(editor.bank.categories ?? []).map(category => {
                                const domain = (editor.bank.categories ?? []).find(other => other.id === category.parent_id);
                                return {
                                    value: category.code,
                                    text: domain ? qsTr("%1 › %2").arg(domain.name).arg(category.name) : category.name
                                };
                            })]
                        textRole: "text"
                        valueRole: "value"
                        Accessible.name: qsTr("Category")
                        onActivated: categoryProblem.error = ""
                    }
                    Problem {
                        id: categoryProblem
                        objectName: "questionCategoryError"
                    }
                }
            }

            Caption {
                text: qsTr("Question")
            }
            TextBox {
                id: text
                objectName: "questionText"
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Question")
                Accessible.description: textProblem.error
                onTextChanged: if (activeFocus)
                    textProblem.error = ""
            }
            Problem {
                id: textProblem
                objectName: "questionTextError"
            }

            // ---- A passage question's passage ----
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.chosenType.value === "passage"
                spacing: 2
                Caption {
                    text: qsTr("Reading passage")
                }
                QQC2.ComboBox {
                    id: passageBox
                    objectName: "questionPassage"
                    Layout.fillWidth: true
                    model: editor.passages
                    textRole: "title"
                    displayText: count > 0 ? currentText : qsTr("This bank has no passage")
                    Accessible.name: qsTr("Reading passage")
                    onActivated: passageProblem.error = ""
                }
                Problem {
                    id: passageProblem
                    objectName: "questionPassageError"
                }
            }

            // ---- An agreement item's key ----
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.chosenType.value === "likert"
                spacing: 2
                QQC2.CheckBox {
                    id: reverse
                    objectName: "reverseKeyed"
                    text: qsTr("Reverse keyed: agreeing scores low (6 − the rating)")
                    onToggled: reverseProblem.error = ""
                }
                Problem {
                    id: reverseProblem
                    objectName: "reverseKeyedError"
                }
                FormField {
                    id: pair
                    input.objectName: "questionPair"
                    label: qsTr("Pair code: two items saying nearly the same share one, to find careless answering")
                    placeholderText: qsTr("For example N1")
                }
            }

            // ---- The options and their key ----
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.chosenType.hasOptions ?? false
                spacing: Theme.spacing / 2
                Caption {
                    text: editor.chosenType.value === "scenario" ? qsTr("Options, each with what choosing it scores") : editor.chosenType.value === "multiple_choice" ? qsTr("Options: tick every correct one") : qsTr("Options: mark the correct one")
                }
                Repeater {
                    model: editor.options
                    RowLayout {
                        id: optionRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        QQC2.Label {
                            text: optionRow.modelData.key + "."
                            color: Theme.muted
                            Layout.preferredWidth: 20
                        }
                        QQC2.TextField {
                            objectName: "optionText_" + optionRow.index
                            Layout.fillWidth: true
                            text: optionRow.modelData.text
                            placeholderText: qsTr("Option %1").arg(optionRow.modelData.key)
                            Accessible.name: qsTr("Option %1").arg(optionRow.modelData.key)
                            onTextChanged: {
                                // Kept in place, so the row is not rebuilt under the typing.
                                editor.options[optionRow.index].text = text;
                                if (activeFocus)
                                    optionsProblem.error = "";
                            }
                        }
                        QQC2.CheckBox {
                            objectName: "optionCorrect_" + optionRow.index
                            visible: editor.chosenType.value !== "scenario"
                            text: qsTr("Correct")
                            checked: optionRow.modelData.correct
                            onToggled: editor.markCorrect(optionRow.index, checked)
                        }
                        QQC2.TextField {
                            objectName: "optionWeight_" + optionRow.index
                            visible: editor.chosenType.value === "scenario"
                            Layout.preferredWidth: 70
                            text: optionRow.modelData.weight
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            Accessible.name: qsTr("Weight of option %1").arg(optionRow.modelData.key)
                            QQC2.ToolTip.visible: hovered
                            QQC2.ToolTip.text: qsTr("What choosing it scores")
                            onTextChanged: {
                                editor.options[optionRow.index].weight = text;
                                if (activeFocus)
                                    optionsProblem.error = "";
                            }
                        }
                        QQC2.Button {
                            objectName: "removeOption_" + optionRow.index
                            text: "✕"
                            flat: true
                            Accessible.name: qsTr("Remove option %1").arg(optionRow.modelData.key)
                            onClicked: editor.removeOption(optionRow.index)
                        }
                    }
                }
                QQC2.Button {
                    objectName: "addOption"
                    text: qsTr("Add option")
                    enabled: editor.options.length < 10
                    onClicked: editor.addOption()
                }
                Problem {
                    id: optionsProblem
                    objectName: "questionOptionsError"
                }
            }

            QQC2.CheckBox {
                id: active
                objectName: "questionActive"
                text: qsTr("Active: drawn into new attempts")
                checked: true
            }
            Problem {
                objectName: "questionError"
                error: editor.error
            }
        }
    }
}
