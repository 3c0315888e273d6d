// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** One coding challenge for a talent: its statement and sample cases, an editor started from the
 * chosen language's template, RUN against the samples and Submit, and each case's verdict as the
 * server judges it (a hidden case shows only its verdict). */
Item {
    id: page

    /** The challenge as GET /coding-challenges/{id} gives it to a talent. */
    property var challenge: ({})
    /** The run or submission last sent, as GET /coding-submissions/{id} gives it. */
    property var submission: null
    property string error
    readonly property var languages: challenge.languages ?? []
    readonly property var language: languages[languagePicker.currentIndex] ?? null
    /** Judge0's ids: 1 In Queue, 2 Processing; anything above is a verdict. */
    readonly property bool pending: submission !== null && (submission.status?.id ?? 0) <= 2
    property alias source: editor.text

    signal back

    /** Sends the code: a run against the samples, or the submission against every case. */
    function send(submit) {
        page.error = "";
        Backend.call(submit ? "submitCode" : "runCode", {
            id: page.challenge.id,
            language_id: page.language.id,
            source_code: editor.text
        }, (error, body) => {
            page.error = error;
            if (!error)
                page.submission = body;
        });
    }

    /** Starts the editor from the language's template, unless the talent has written something. */
    function useTemplate() {
        const previous = page.languages.map(language => language.template);
        if (page.language && (editor.text.trim() === "" || previous.includes(editor.text)))
            editor.text = page.language.template;
    }

    onLanguageChanged: useTemplate()

    /** What the talent wrote for each challenge opened on this page, by id: going back, or to
     *  another challenge and back, loses nothing, and one challenge's code never shows in
     *  another's editor. */
    property var drafts: ({})
    property int shownChallenge: 0
    onChallengeChanged: {
        if (shownChallenge)
            drafts[shownChallenge] = editor.text;
        shownChallenge = challenge.id ?? 0;
        editor.text = drafts[shownChallenge] ?? "";
        useTemplate();
    }

    Timer {
        interval: 700
        repeat: true
        running: page.pending
        onTriggered: Backend.call("codingSubmission", {
            id: page.submission.id
        }, (error, body) => {
            if (error)
                page.error = error;
            else
                page.submission = body;
        })
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            QQC2.Button {
                objectName: "backToChallenges"
                text: qsTr("Back")
                onClicked: page.back()
            }
            PageHeader {
                Layout.fillWidth: true
                title: page.challenge.title ?? ""
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.challenge.description ?? ""
        }
        QQC2.Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: [qsTr("%n sample case(s) shown", "", page.challenge.sample_cases ?? 0), qsTr("%n hidden", "cases", page.challenge.hidden_cases ?? 0), qsTr("%1 ms CPU, %2 MB per case").arg(page.challenge.limits?.cpu_time_ms ?? 0).arg(page.challenge.limits?.memory_mb ?? 0)].join(" · ")
        }
        RowLayout {
            Layout.fillWidth: true
            QQC2.ComboBox {
                id: languagePicker
                objectName: "languagePicker"
                Layout.preferredWidth: 260
                model: page.languages.map(language => language.version ? language.name + " (" + language.version + ")" : language.name)
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.Button {
                objectName: "runCode"
                text: qsTr("Run on samples")
                enabled: page.language !== null && editor.text.trim() !== "" && !page.pending
                onClicked: page.send(false)
            }
            QQC2.Button {
                objectName: "submitCode"
                text: qsTr("Submit")
                highlighted: true
                enabled: page.language !== null && editor.text.trim() !== "" && !page.pending
                onClicked: page.send(true)
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            text: page.error
        }
        QQC2.Label {
            objectName: "verdict"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            visible: page.submission !== null
            text: {
                const s = page.submission;
                if (!s)
                    return "";
                let line = s.status.description;
                if (s.queue_position)
                    line += " · " + qsTr("place %1 in the queue").arg(s.queue_position);
                if (s.kind === "submit" && !page.pending)
                    line += " · " + qsTr("score %1 of %2").arg(s.score).arg(s.max_score);
                if (s.compile_output)
                    line += "\n" + s.compile_output;
                return line;
            }
        }
        QQC2.SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            QQC2.ScrollView {
                QQC2.SplitView.preferredWidth: parent.width * 0.6
                QQC2.TextArea {
                    id: editor
                    objectName: "codeEditor"
                    /** The language the code is coloured as. */
                    readonly property string syntax: highlighter.language

                    CodeHighlighter {
                        id: highlighter
                        document: editor.textDocument
                        language: page.language?.name ?? ""
                        keywordColor: Theme.primary
                        stringColor: Theme.accent
                        commentColor: Theme.muted
                        numberColor: Theme.warning
                    }
                    font.family: "monospace"
                    wrapMode: TextEdit.NoWrap
                    selectByMouse: true
                    placeholderText: qsTr("Write your program here: it reads stdin and writes stdout.")
                }
            }
            ListView {
                id: results
                objectName: "caseResults"
                clip: true
                spacing: Theme.spacing / 2
                model: page.submission?.test_cases ?? []
                delegate: Card {
                    id: result
                    required property var modelData
                    width: results.width
                    implicitHeight: caseColumn.implicitHeight + Theme.spacing * 2
                    ColumnLayout {
                        id: caseColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        QQC2.Label {
                            objectName: "caseVerdict"
                            Layout.fillWidth: true
                            font.bold: true
                            text: qsTr("Case %1 (%2): %3").arg(result.modelData.position).arg(result.modelData.is_sample ? qsTr("sample") : qsTr("hidden")).arg(result.modelData.status.description)
                        }
                        QQC2.Label {
                            objectName: "caseOutput"
                            Layout.fillWidth: true
                            visible: result.modelData.stdout !== undefined
                            font.family: "monospace"
                            wrapMode: Text.Wrap
                            text: qsTr("Output:\n%1\nExpected:\n%2").arg(result.modelData.stdout ?? "").arg(result.modelData.expected_output ?? "")
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            color: Theme.muted
                            text: qsTr("%1 ms CPU · %2 KB").arg(result.modelData.cpu_time_ms ?? 0).arg(result.modelData.memory_kb ?? 0)
                        }
                    }
                }
            }
        }
    }
}
