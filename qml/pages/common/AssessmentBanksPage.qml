// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The assessment banks an editor keeps: the platform's for admins, the company's own for its staff
 * with assessments.manage. Beside the list, the chosen bank: its questions with their keys (added,
 * edited, taken out of the pool or deleted) and its categories. A company starts a bank of its
 * own with New bank.
 */
Item {
    id: page

    /** Admins edit the platform's banks; anyone else acting for a company, the company's. */
    readonly property bool staff: Session.role === Role.Admin || Session.role === Role.SuperAdmin
    /** The chosen bank as the server last answered it, with its categories ({} when none). */
    property var bank: ({})
    /** The chosen bank's reading passages: [{id, title}]. */
    property var passages: []
    property string error
    readonly property var domains: (bank.categories ?? []).filter(category => !category.parent_id)

    function choose(row: var) {
        page.bank = row;
        questions.arguments = Object.assign({
            instrument: row.id
        }, typeFilter.currentValue ? {
            type: typeFilter.currentValue
        } : {});
        questions.operation = "assessmentQuestions";
        passageList.arguments = {
            instrument: row.id
        };
        passageList.operation = "assessmentPassages";
        refreshBank();
        page.passages = [];
        loadPassages();
    }

    /** The bank's passages for the question editor's choice of passage. */
    function loadPassages() {
        const id = page.bank.id;
        Backend.call("assessmentPassages", {
            instrument: id,
            limit: 100
        }, (error, body) => {
            if (!error && id === page.bank.id)
                page.passages = body.data.map(passage => ({
                            id: passage.id,
                            title: passage.title
                        }));
        });
    }

    /** Takes a passage out of the pool (its questions, so it is not drawn) or puts it back. */
    function setPassageDrawn(passage: var, drawn: bool) {
        Backend.call("setAssessmentQuestionsActive", {
            instrument: page.bank.id,
            question_ids: (passage.questions ?? []).map(question => question.id),
            active: drawn
        }, error => {
            page.error = error;
            if (!error)
                page.changed();
        });
    }

    /** The bank again from the server: its categories and how many questions are active. */
    function refreshBank() {
        const id = page.bank.id;
        Backend.call("assessmentBank", {
            instrument: id
        }, (error, body) => {
            page.error = error;
            if (!error && body.id === page.bank.id)
                page.bank = body;
        });
    }

    /** After a question changed: the list, the bank's count and the list of banks. */
    function changed() {
        questions.model.reload();
        passageList.model.reload();
        refreshBank();
        banks.model.reload();
    }

    /** A bank's rules as people read them: its questions, time, draw and retakes. */
    function rules(bank: var): string {
        const parts = [];
        const active = bank.active_questions ?? 0;
        parts.push(active === 1 ? qsTr("1 active question") : qsTr("%1 active questions").arg(active));
        if (bank.time_limit_seconds) {
            const minutes = Math.round(bank.time_limit_seconds / 60);
            parts.push(minutes === 1 ? qsTr("1 minute") : qsTr("%1 minutes").arg(minutes));
        } else {
            parts.push(qsTr("no time limit"));
        }
        if (bank.question_count)
            parts.push(qsTr("%1 drawn an attempt").arg(bank.question_count));
        if (bank.retake_days === null || bank.retake_days === undefined)
            parts.push(qsTr("taken once"));
        else if (bank.retake_days === 0)
            parts.push(qsTr("retaken any time"));
        else
            parts.push(bank.retake_days === 1 ? qsTr("retaken after a day") : qsTr("retaken after %1 days").arg(bank.retake_days));
        return parts.join(" · ");
    }

    function categoryName(code: var): string {
        const found = (page.bank.categories ?? []).find(category => category.code === code);
        return found ? found.name : "";
    }

    /** How a question is scored, as its key says: "Correct: b", "Reverse keyed, pair N1". */
    function keyOf(question: var): string {
        const options = question.options ?? [];
        const correct = options.filter(option => option.correct).map(option => option.key).join(", ");
        switch (question.type) {
        case "likert":
            return [question.reverse_keyed ? qsTr("Reverse keyed") : qsTr("Forward keyed"), question.pair_code ? qsTr("pair %1").arg(question.pair_code) : ""].filter(part => part).join(", ");
        case "scenario":
            return qsTr("Weights %1").arg(options.map(option => option.key + " " + option.weight).join(", "));
        case "free_text":
            return qsTr("Not scored");
        default:
            return correct ? qsTr("Correct: %1").arg(correct) : "";
        }
    }

    function setActive(question: var, active: bool) {
        Backend.call("updateAssessmentQuestion", {
            instrument: page.bank.id,
            id: question.id,
            active: active
        }, error => {
            page.error = error;
            if (!error)
                page.changed();
        });
    }

    function remove(question: var) {
        Backend.call("deleteAssessmentQuestion", {
            instrument: page.bank.id,
            id: question.id
        }, error => {
            page.error = error;
            if (!error)
                page.changed();
        });
    }

    // The first bank is shown at once; a reload after a change keeps the one chosen.
    Connections {
        target: banks.model
        function onCountChanged() {
            if (page.bank.id === undefined && banks.model.count > 0)
                page.choose(banks.model.get(0));
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Assessment banks")
            subtitle: page.staff ? qsTr("The platform's assessments: their questions and keys") : qsTr("Your company's own assessments: their questions and keys")
            QQC2.Button {
                objectName: "newBank"
                text: qsTr("New bank")
                highlighted: true
                onClicked: bankEditor.start()
            }
        }
        QQC2.Label {
            objectName: "banksProblem"
            Layout.fillWidth: true
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2

            ApiList {
                id: banks
                Layout.preferredWidth: 250
                Layout.fillWidth: false
                Layout.fillHeight: true
                operation: "assessments"
                arguments: ({
                        owner: page.staff ? "platform" : "company"
                    })
                emptyText: page.staff ? qsTr("No assessment yet: start one with New bank.") : qsTr("Your company has no assessment of its own yet: start one with New bank.")
                onActivated: row => page.choose(row)
                delegate: RowCard {
                    required property var row
                    objectName: "bank_" + row.slug
                    title: row.title
                    subtitle: (row.active_questions ?? 0) === 1 ? qsTr("1 active question") : qsTr("%1 active questions").arg(row.active_questions ?? 0)
                    selected: page.bank.id === row.id
                    onActivated: page.choose(row)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Always in the row: a Qt 6.4 RowLayout whose only visible item has a fixed width
                // does not widen again when another item shows. Its parts wait for a bank.
                spacing: Theme.spacing / 2

                QQC2.Label {
                    objectName: "bankHeading"
                    Layout.fillWidth: true
                    text: page.bank.title ?? ""
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.primary
                    elide: Text.ElideRight
                }
                QQC2.Label {
                    objectName: "bankRules"
                    Layout.fillWidth: true
                    text: page.rules(page.bank)
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.bank.description ?? ""
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }

                QQC2.TabBar {
                    id: tabs
                    Layout.topMargin: Theme.spacing / 2
                    QQC2.TabButton {
                        objectName: "questionsTab"
                        // The count shows once known (a list not yet read, or of no bank, has none).
                        text: questions.model.total >= 0 ? qsTr("Questions (%1)").arg(questions.model.total) : qsTr("Questions")
                        width: implicitWidth
                    }
                    QQC2.TabButton {
                        objectName: "categoriesTab"
                        text: qsTr("Categories (%1)").arg((page.bank.categories ?? []).length)
                        width: implicitWidth
                    }
                    QQC2.TabButton {
                        objectName: "passagesTab"
                        text: qsTr("Reading passages (%1)").arg(Math.max(0, passageList.model.total))
                        width: implicitWidth
                    }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    // ---- Questions ----
                    ColumnLayout {
                        spacing: Theme.spacing / 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            EntriesBox {
                                id: typeFilter
                                objectName: "typeFilter"
                                Layout.preferredWidth: 240
                                entries: [{
                                        value: "",
                                        text: qsTr("Every type")
                                    }, ...Vocabulary.questionTypes(Qt.uiLanguage)]
                                textRole: "text"
                                valueRole: "value"
                                Accessible.name: qsTr("Show questions of type")
                                onActivated: if (page.bank.id !== undefined)
                                    page.choose(page.bank)
                            }
                            Item {
                                Layout.fillWidth: true
                            }
                            QQC2.Button {
                                objectName: "addQuestion"
                                text: qsTr("Add question")
                                enabled: page.bank.id !== undefined
                                onClicked: questionEditor.edit({})
                            }
                        }
                        ApiList {
                            id: questions
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            emptyText: typeFilter.currentValue ? qsTr("No question of this type.") : qsTr("No question yet: add one.")
                            delegate: RowCard {
                                id: questionRow
                                required property var row
                                objectName: "question_" + row.id
                                actionsBelow: true
                                title: row.text
                                subtitle: [Vocabulary.questionTypeLabel(row.type, Qt.uiLanguage), page.categoryName(row.category), page.keyOf(row), row.active ? "" : qsTr("Inactive: not drawn")].filter(part => part).join(" · ")
                                QQC2.Button {
                                    objectName: "editQuestion_" + questionRow.row.id
                                    text: qsTr("Edit")
                                    onClicked: questionEditor.edit(questionRow.row)
                                }
                                QQC2.Button {
                                    objectName: "toggleQuestion_" + questionRow.row.id
                                    text: questionRow.row.active ? qsTr("Deactivate") : qsTr("Activate")
                                    onClicked: page.setActive(questionRow.row, !questionRow.row.active)
                                }
                                QQC2.Button {
                                    objectName: "deleteQuestion_" + questionRow.row.id
                                    text: qsTr("Delete…")
                                    onClicked: {
                                        deleteDialog.question = questionRow.row;
                                        deleteDialog.open();
                                    }
                                }
                            }
                        }
                    }

                    // ---- Categories ----
                    ListView {
                        objectName: "categories"
                        clip: true
                        spacing: Theme.spacing / 2
                        model: page.domains
                        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                        delegate: Card {
                            id: domainCard
                            required property var modelData
                            readonly property var facets: (page.bank.categories ?? []).filter(category => category.parent_id === modelData.id)
                            width: ListView.view.width
                            implicitHeight: domainColumn.implicitHeight + 2 * Theme.spacing
                            ColumnLayout {
                                id: domainColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                spacing: 2
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 (%2)").arg(domainCard.modelData.name).arg(domainCard.modelData.code)
                                    font.bold: true
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: domainCard.modelData.description ?? ""
                                    color: Theme.muted
                                    wrapMode: Text.Wrap
                                }
                                Repeater {
                                    model: domainCard.facets
                                    QQC2.Label {
                                        required property var modelData
                                        Layout.fillWidth: true
                                        Layout.leftMargin: Theme.spacing
                                        text: qsTr("%1 (%2)").arg(modelData.name).arg(modelData.code) + (modelData.description ? qsTr(": %1").arg(modelData.description) : "")
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                }
                            }
                        }
                    }

                    // ---- Reading passages ----
                    ColumnLayout {
                        spacing: Theme.spacing / 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: qsTr("A comprehension attempt draws one passage with an active question; the talent reads it, then answers its questions.")
                                color: Theme.muted
                                wrapMode: Text.Wrap
                            }
                            QQC2.Button {
                                objectName: "addPassage"
                                text: qsTr("Add passage")
                                enabled: page.bank.id !== undefined
                                onClicked: passageEditor.start()
                            }
                        }
                        ApiList {
                            id: passageList
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            emptyText: qsTr("No reading passage in this bank: add one with its questions.")
                            delegate: Card {
                                id: passageCard
                                required property var row
                                required property int index
                                readonly property var passageQuestions: row.questions ?? []
                                readonly property bool drawn: passageQuestions.some(question => question.active)
                                /** Attempts that drew it: their talents read its text, which stays. */
                                readonly property int attempts: row.attempts ?? 0
                                objectName: "passage_" + row.id
                                width: ListView.view ? ListView.view.width : implicitWidth
                                implicitHeight: passageColumn.implicitHeight + 2 * Theme.spacing
                                selected: ListView.isCurrentItem

                                TapHandler {
                                    onTapped: {
                                        passageCard.ListView.view.forceActiveFocus();
                                        passageCard.ListView.view.currentIndex = passageCard.index;
                                    }
                                }
                                ColumnLayout {
                                    id: passageColumn
                                    anchors.fill: parent
                                    anchors.margins: Theme.spacing
                                    spacing: 4
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: passageCard.row.title
                                        font.bold: true
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                    QQC2.Label {
                                        objectName: "passageSummary_" + passageCard.row.id
                                        Layout.fillWidth: true
                                        text: [passageCard.row.word_count === 1 ? qsTr("1 word") : qsTr("%1 words").arg(passageCard.row.word_count), passageCard.passageQuestions.length === 1 ? qsTr("1 question") : qsTr("%1 questions").arg(passageCard.passageQuestions.length), passageCard.drawn ? qsTr("drawn into attempts") : qsTr("Inactive: not drawn")].join(" · ")
                                        color: passageCard.drawn ? Theme.muted : Theme.warning
                                        wrapMode: Text.Wrap
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: passageCard.row.body
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    Repeater {
                                        model: passageCard.passageQuestions
                                        RowLayout {
                                            id: passageQuestion
                                            required property var modelData
                                            required property int index
                                            Layout.fillWidth: true
                                            spacing: Theme.spacing / 2
                                            QQC2.Label {
                                                Layout.fillWidth: true
                                                Layout.leftMargin: Theme.spacing
                                                text: qsTr("%1. %2").arg(passageQuestion.index + 1).arg(passageQuestion.modelData.text) + " · " + [page.keyOf(passageQuestion.modelData), passageQuestion.modelData.active ? "" : qsTr("Inactive")].filter(part => part).join(" · ")
                                                color: Theme.text
                                                wrapMode: Text.Wrap
                                            }
                                            QQC2.Button {
                                                objectName: "editPassageQuestion_" + passageQuestion.modelData.id
                                                text: qsTr("Edit")
                                                flat: true
                                                Accessible.name: qsTr("Edit question %1").arg(passageQuestion.index + 1)
                                                onClicked: questionEditor.edit(passageQuestion.modelData)
                                            }
                                        }
                                    }
                                    QQC2.Label {
                                        objectName: "passageLocked_" + passageCard.row.id
                                        Layout.fillWidth: true
                                        visible: passageCard.attempts > 0
                                        text: passageCard.attempts === 1 ? qsTr("Read in 1 attempt, so its text stays as that talent read it: correct it as a new passage, then deactivate this one.") : qsTr("Read in %1 attempts, so its text stays as those talents read it: correct it as a new passage, then deactivate this one.").arg(passageCard.attempts)
                                        color: Theme.muted
                                        wrapMode: Text.Wrap
                                    }
                                    RowLayout {
                                        spacing: Theme.spacing / 2
                                        QQC2.Button {
                                            objectName: "editPassage_" + passageCard.row.id
                                            visible: passageCard.attempts === 0
                                            text: qsTr("Edit passage")
                                            Accessible.name: qsTr("Edit the title and text of %1").arg(passageCard.row.title)
                                            onClicked: passageEditor.edit(passageCard.row)
                                        }
                                        QQC2.Button {
                                            objectName: "copyPassage_" + passageCard.row.id
                                            visible: passageCard.attempts > 0
                                            text: qsTr("Correct as a new passage")
                                            Accessible.name: qsTr("Correct %1 as a new passage with its questions").arg(passageCard.row.title)
                                            onClicked: passageEditor.copy(passageCard.row)
                                        }
                                        QQC2.Button {
                                            objectName: "addPassageQuestionTo_" + passageCard.row.id
                                            text: qsTr("Add question")
                                            onClicked: questionEditor.edit({
                                                type: "passage",
                                                passage_id: passageCard.row.id
                                            })
                                        }
                                        QQC2.Button {
                                            objectName: "togglePassage_" + passageCard.row.id
                                            visible: passageCard.passageQuestions.length > 0
                                            text: passageCard.drawn ? qsTr("Deactivate") : qsTr("Activate")
                                            Accessible.name: passageCard.drawn ? qsTr("Deactivate the passage: its questions are not drawn") : qsTr("Activate the passage: its questions are drawn again")
                                            onClicked: page.setPassageDrawn(passageCard.row, !passageCard.drawn)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    PassageEditor {
        id: passageEditor
        bank: page.bank
        onSaved: {
            tabs.currentIndex = 2;
            page.changed();
            page.loadPassages();
        }
        // Closed without saving, perhaps after a refusal: the passages as they are now (one an
        // attempt drew meanwhile says so).
        onRejected: passageList.model.reload()
    }
    BankEditor {
        id: bankEditor
        onSaved: bank => {
            banks.model.reload();
            page.choose(bank);
        }
    }
    QuestionEditor {
        id: questionEditor
        bank: page.bank
        passages: page.passages
        onSaved: page.changed()
    }
    QQC2.Dialog {
        id: deleteDialog
        objectName: "deleteQuestionDialog"
        property var question: ({})
        modal: true
        anchors.centerIn: QQC2.Overlay.overlay
        width: 460
        title: qsTr("Delete this question?")
        standardButtons: QQC2.Dialog.NoButton
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "confirmDelete"
                text: qsTr("Delete")
                onClicked: {
                    deleteDialog.close();
                    page.remove(deleteDialog.question);
                }
            }
            QQC2.Button {
                text: qsTr("Keep it")
                onClicked: deleteDialog.close()
            }
        }
        QQC2.Label {
            width: parent.width
            text: qsTr("“%1” leaves the bank. Results that used it keep their scores.").arg(deleteDialog.question.text ?? "")
            wrapMode: Text.Wrap
        }
    }
}
