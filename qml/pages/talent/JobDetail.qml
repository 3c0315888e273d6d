// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A job in full, where the talent stands with it, and the application form with its questions.
 * What the talent writes in the form is kept as a draft per job (DraftStore) until it is sent or
 * cancelled: choosing another job, a new search, a restart or a crash loses none of it, and the
 * form opens again with it when the talent comes back to the job.
 */
Card {
    id: detail

    property int jobId: 0
    property var job: ({})
    property var questions: []
    property var status: ({})
    property bool applying: false
    property string error
    property string notice
    /** What is wrong with each question's answer, by question id: said under the question. */
    property var answerProblems: ({})
    /** Where the application being written to this job is kept until it is sent. */
    readonly property string draftKey: "application/%1".arg(jobId)
    /** The form is being filled from the draft: its changes are not the talent's writing. */
    property bool filling: false

    /** The draft kept for this job: {cover_letter, answers: {question id: answer}}. */
    function draft(): var {
        try {
            return JSON.parse(DraftStore.text(detail.draftKey) || "{}");
        } catch (error) {
            return {};
        }
    }
    /** Keeps what the form holds as this job's draft; an empty form keeps none. */
    function keepDraft() {
        if (!detail.applying || detail.filling)
            return; // the form is being emptied or filled, not written in
        const answers = {};
        for (let i = 0; i < answerFields.count; ++i) {
            const answer = answerFields.itemAt(i)?.answer ?? "";
            if (answer.length > 0)
                answers[detail.questions[i].id] = answer;
        }
        const empty = coverLetter.text.length === 0 && Object.keys(answers).length === 0;
        DraftStore.keep(detail.draftKey, empty ? "" : JSON.stringify({
            cover_letter: coverLetter.text,
            answers: answers
        }));
    }
    /** Closes the form, emptied; @p forgetting drops the job's draft too. */
    function closeForm(forgetting: bool) {
        detail.applying = false;
        coverLetter.text = "";
        if (forgetting)
            DraftStore.forget(detail.draftKey);
    }

    function load() {
        closeForm(false);
        job = {};
        questions = [];
        status = {};
        error = "";
        notice = "";
        answerProblems = {};
        if (jobId <= 0)
            return;
        const id = jobId;
        Backend.call("job", {
            id: id
        }, (error, body) => {
            if (id !== detail.jobId)
                return;
            detail.job = body;
            detail.error = error;
            // An application begun here before opens again as it was left.
            if (!error && body.status === "published" && DraftStore.text(detail.draftKey) !== "")
                detail.startApplying();
        });
        Backend.call("applicationStatus", {
            id: id
        }, (error, body) => {
            if (id !== detail.jobId || error)
                return;
            detail.status = body;
            if (body.applied === true)
                detail.closeForm(true); // sent from elsewhere: nothing is left to write
        });
    }

    function startApplying() {
        const id = detail.jobId;
        Backend.call("jobQuestions", {
            id: id
        }, (error, body) => {
            if (id !== detail.jobId || detail.applying || detail.status.applied === true)
                return; // another job is shown, or the form is open already
            detail.error = error;
            if (error)
                return;
            const kept = detail.draft();
            detail.filling = true;
            detail.questions = body.data;
            detail.applying = true;
            for (let i = 0; i < answerFields.count; ++i)
                answerFields.itemAt(i).restore(kept.answers?.[detail.questions[i].id] ?? "");
            coverLetter.text = kept.cover_letter ?? "";
            detail.filling = false;
        });
    }

    function submit() {
        const answers = [];
        const problems = {};
        for (let i = 0; i < answerFields.count; ++i) {
            const question = detail.questions[i];
            const answer = answerFields.itemAt(i).answer;
            if (answer.length > 0)
                answers.push({
                    question_id: question.id,
                    answer: answer
                });
            else if (question.required)
                problems[question.id] = qsTr("Answer this question: the company asks it of everyone.");
        }
        detail.answerProblems = problems;
        if (Object.keys(problems).length > 0) {
            detail.error = "";
            return;
        }
        const form = {
            id: detail.jobId,
            answers: answers
        };
        if (coverLetter.text.length > 0)
            form.cover_letter = coverLetter.text;
        Backend.call("applyToJob", form, (error, body) => {
            detail.error = error;
            if (error) {
                // The server names the question ("question 7 ...") it refused an answer to.
                const refused = {};
                const words = FormChecker.serverProblems(body).answers ?? "";
                for (const question of detail.questions) {
                    if (words.includes("question " + question.id + " "))
                        refused[question.id] = words;
                }
                detail.answerProblems = refused;
            }
            if (!error) {
                detail.closeForm(true);
                detail.status = {
                    applied: true,
                    status: body.status
                };
                detail.notice = qsTr("Your application was sent.");
            }
        });
    }

    onJobIdChanged: load()

    QQC2.ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            QQC2.Label {
                objectName: "jobTitle"
                Layout.fillWidth: true
                text: detail.job.title ?? ""
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: [detail.job.company?.name, detail.job.location?.state, detail.job.work_mode ? Vocabulary.choiceLabel("work_mode", detail.job.work_mode, Qt.uiLanguage) : "", detail.job.job_type ? Vocabulary.choiceLabel("job_type", detail.job.job_type, Qt.uiLanguage) : ""].filter(part => part).join(" · ")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            RowLayout {
                visible: detail.status.applied === true
                QQC2.Label {
                    text: qsTr("You applied:")
                    color: Theme.text
                }
                StatusBadge {
                    status: detail.status.status ?? ""
                }
            }
            QQC2.Label {
                objectName: "jobPay"
                Layout.fillWidth: true
                // The list's line cuts the range short; here it is whole, with the deadline.
                visible: text.length > 0
                text: [Vocabulary.pay(detail.job.salary?.min ?? 0, detail.job.salary?.max ?? 0, detail.job.salary?.currency ?? "", detail.job.salary?.period ?? "", Qt.uiLanguage), detail.job.deadline ? qsTr("apply by %1").arg(new Date(detail.job.deadline).toLocaleDateString(Qt.locale(), Locale.ShortFormat)) : ""].filter(part => part).join(" · ")
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: detail.job.description ?? ""
                wrapMode: Text.Wrap
                color: Theme.text
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: detail.job.requirements ?? ""
                wrapMode: Text.Wrap
                color: Theme.text
            }

            QQC2.Button {
                objectName: "apply"
                visible: !detail.applying && detail.status.applied !== true && detail.job.status === "published"
                highlighted: true
                text: qsTr("Apply")
                onClicked: detail.startApplying()
            }

            Repeater {
                id: answerFields
                model: detail.applying ? detail.questions : []
                ColumnLayout {
                    id: question
                    required property var modelData
                    required property int index
                    readonly property bool chosen: modelData.kind === "yes_no" || modelData.kind === "single_choice"
                    readonly property string answer: chosen ? (choice.currentValue ?? "") : text.text
                    /** Shows @p value, the answer kept in the draft. */
                    function restore(value: string) {
                        if (chosen)
                            choice.currentIndex = Math.max(0, choice.indexOfValue(value));
                        else
                            text.text = value;
                    }
                    Layout.fillWidth: true
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: question.modelData.question + (question.modelData.required ? " *" : "")
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    EntriesBox {
                        id: choice
                        objectName: "choice_" + question.index
                        Layout.fillWidth: true
                        visible: question.chosen
                        // Yes and no in the reader's words; the server takes "yes" or "no". Entries
                        // keep the answer chosen when a change of language words them again.
                        entries: question.modelData.kind === "yes_no" ? [{
                                value: "",
                                text: ""
                            }, {
                                value: "yes",
                                text: qsTr("Yes")
                            }, {
                                value: "no",
                                text: qsTr("No")
                            }] : [{
                                value: "",
                                text: ""
                            }].concat((question.modelData.options ?? []).map(option => ({
                                        value: option,
                                        text: option
                                    })))
                        onCurrentValueChanged: detail.keepDraft()
                    }
                    QQC2.TextField {
                        id: text
                        objectName: "answer_" + question.index
                        Layout.fillWidth: true
                        visible: !choice.visible
                        inputMethodHints: question.modelData.kind === "number" ? Qt.ImhDigitsOnly : Qt.ImhNone
                        onTextChanged: detail.keepDraft()
                    }
                    QQC2.Label {
                        id: answerProblem
                        objectName: "answerError_" + question.index
                        Layout.fillWidth: true
                        // By id: "text" here is the answer's field.
                        visible: answerProblem.text.length > 0
                        text: detail.answerProblems[question.modelData.id] ?? ""
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                }
            }
            TextBox {
                id: coverLetter
                objectName: "coverLetter"
                Layout.fillWidth: true
                Layout.preferredHeight: 100
                visible: detail.applying
                placeholderText: qsTr("Cover letter (optional)")
                wrapMode: TextEdit.Wrap
                onTextChanged: detail.keepDraft()
            }
            RowLayout {
                visible: detail.applying
                QQC2.Button {
                    objectName: "cancelApplication"
                    text: qsTr("Cancel")
                    onClicked: detail.closeForm(true)
                }
                QQC2.Button {
                    objectName: "sendApplication"
                    highlighted: true
                    text: qsTr("Send application")
                    onClicked: detail.submit()
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: detail.error || detail.notice
                color: detail.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
        }
    }
}
