// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * One attempt of an assessment as the server gives it: one question at a time, the progress, the
 * server's clock, and for comprehension the passage first. It shows and reports; the page saves
 * each answer and submits.
 */
Item {
    id: view

    /** The attempt as the server answered it (questions with any saved answers, seconds_left). */
    property var attempt: ({})
    /** The question shown, by its place in the attempt's order. */
    property int current: 0
    /** Seconds until the server's deadline, counted down here between answers; -1: no limit. */
    property int secondsLeft: -1
    /** The answers given, by question id: the saved ones, then each new one. */
    property var answers: ({})
    /** What went wrong with the last request, to show above the question. */
    property string error

    readonly property var questions: attempt.questions ?? []
    readonly property var question: questions[current] ?? null
    readonly property bool reading: (attempt.passage?.body ?? null) !== null
    readonly property bool timeUp: attempt.time_up === true || secondsLeft === 0
    readonly property int answeredCount: questions.filter(q => answers[q.id] !== undefined).length

    /** An answer to save: {rating}, {choice}, {choices} or {text}. */
    signal answered(int questionId, var answer)
    /** The passage is read: its questions may come. */
    signal readingFinished
    signal submitRequested

    onAttemptChanged: {
        const all = view.attempt.questions ?? [];
        const saved = {};
        let next = -1;
        for (let i = 0; i < all.length; ++i) {
            if (all[i].answer)
                saved[all[i].id] = all[i].answer;
            else if (next < 0)
                next = i;
        }
        view.answers = saved;
        view.secondsLeft = view.attempt.seconds_left ?? -1;
        // Resuming goes to the first question not answered yet.
        view.current = next < 0 ? Math.max(0, all.length - 1) : next;
    }

    function give(answer: var) {
        const id = view.question.id;
        const all = Object.assign({}, view.answers);
        all[id] = answer;
        view.answers = all;
        view.answered(id, answer);
    }

    function clock(seconds: int): string {
        const minutes = Math.floor(seconds / 60);
        const rest = seconds % 60;
        return qsTr("%1:%2 left").arg(minutes).arg(rest < 10 ? "0" + rest : rest);
    }

    Timer {
        interval: 1000
        repeat: true
        running: view.secondsLeft > 0
        onTriggered: view.secondsLeft -= 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(progress.implicitHeight, timer.implicitHeight)
            QQC2.Label {
                id: progress
                objectName: "progressLabel"
                anchors.left: parent.left
                anchors.right: timer.left
                elide: Text.ElideRight
                text: view.reading ? qsTr("Read the passage") : qsTr("Question %1 of %2 · %3 answered").arg(view.current + 1).arg(view.questions.length).arg(view.answeredCount)
                color: Theme.muted
            }
            QQC2.Label {
                id: timer
                objectName: "timerLabel"
                anchors.right: parent.right
                visible: view.secondsLeft >= 0 || view.timeUp
                text: view.timeUp ? qsTr("Time is up") : view.clock(view.secondsLeft)
                color: view.timeUp || view.secondsLeft < 60 ? Theme.error : Theme.text
                font.bold: true
            }
        }
        QQC2.ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, view.questions.length)
            value: view.answeredCount
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: view.error
            color: Theme.error
            wrapMode: Text.Wrap
        }

        // Comprehension: the passage, read before its questions come.
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: view.reading
            QQC2.Label {
                objectName: "passageText"
                width: view.width
                text: view.attempt.passage?.body ?? ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize + 2
                lineHeight: 1.3
            }
        }
        QQC2.Button {
            objectName: "readButton"
            visible: view.reading
            enabled: !view.timeUp
            text: qsTr("I have read it")
            onClicked: view.readingFinished()
        }

        // The question and its answers.
        QQC2.Label {
            objectName: "questionText"
            Layout.fillWidth: true
            visible: !view.reading && view.question !== null
            text: view.question?.text ?? ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.headingSize
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: !view.reading && view.question?.type === "likert"
            enabled: !view.timeUp
            Repeater {
                model: [qsTr("Strongly disagree"), qsTr("Disagree"), qsTr("Neither"), qsTr("Agree"), qsTr("Strongly agree")]
                delegate: QQC2.RadioButton {
                    required property int index
                    required property string modelData
                    objectName: "rating_" + (index + 1)
                    text: (index + 1) + " · " + modelData
                    checked: view.question !== null && view.answers[view.question.id]?.rating === index + 1
                    onClicked: view.give({
                        rating: index + 1
                    })
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: !view.reading && ["single_choice", "scenario", "passage", "multiple_choice"].includes(view.question?.type)
            enabled: !view.timeUp
            Repeater {
                model: view.question?.options ?? []
                delegate: QQC2.CheckBox {
                    id: box
                    required property var modelData
                    readonly property bool several: view.question?.type === "multiple_choice"
                    readonly property var given: view.question ? view.answers[view.question.id] : undefined
                    // Named by question too: a replaced question's boxes may linger until deleted.
                    objectName: "option_" + (view.question?.id ?? 0) + "_" + modelData.key
                    text: modelData.text
                    // One choice reads as a radio button would: choosing another clears it.
                    checked: several ? (given?.choices ?? []).includes(modelData.key) : given?.choice === modelData.key
                    onClicked: {
                        if (!several) {
                            view.give({
                                choice: box.modelData.key
                            });
                            return;
                        }
                        const before = box.given?.choices ?? [];
                        const chosen = before.filter(key => key !== box.modelData.key);
                        if (chosen.length === before.length)
                            chosen.push(box.modelData.key);
                        view.give({
                            choices: chosen
                        });
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: !view.reading && view.question?.type === "free_text"
            enabled: !view.timeUp
            QQC2.TextArea {
                id: written
                objectName: "writtenAnswer"
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Your answer")
                text: view.question ? (view.answers[view.question.id]?.text ?? "") : ""
            }
            QQC2.Button {
                objectName: "saveWritten"
                text: qsTr("Save answer")
                enabled: written.text.trim().length > 0
                onClicked: view.give({
                    text: written.text.trim()
                })
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !view.reading
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !view.reading
            QQC2.Button {
                objectName: "previousButton"
                text: qsTr("Previous")
                enabled: view.current > 0
                onClicked: view.current -= 1
            }
            QQC2.Button {
                objectName: "nextButton"
                text: qsTr("Next")
                enabled: view.current < view.questions.length - 1
                onClicked: view.current += 1
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.Button {
                objectName: "submitButton"
                text: view.answeredCount < view.questions.length ? qsTr("Submit (%1 unanswered)").arg(view.questions.length - view.answeredCount) : qsTr("Submit")
                highlighted: view.answeredCount === view.questions.length || view.timeUp
                onClicked: view.submitRequested()
            }
        }
    }
}
