// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** One coding challenge for a talent: its statement and sample cases, an editor started from the
 * chosen language's template, RUN against the samples and Submit, and each case's verdict as the
 * server judges it (a hidden case shows only its verdict). The code is a draft on disk per
 * challenge and language (DraftStore) until it is submitted: a crash or a restart loses none. */
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
        const key = page.shownKey;
        const sent = editor.text;
        Backend.call(submit ? "submitCode" : "runCode", {
            id: page.challenge.id,
            language_id: page.language.id,
            source_code: sent
        }, (error, body) => {
            page.error = error;
            if (error)
                return;
            page.submission = body;
            // The server has the code: its draft goes, unless more was written since.
            if (submit) {
                if (page.shownKey === key)
                    page.keepDraft();
                if (DraftStore.text(key) === sent)
                    DraftStore.forget(key);
            }
        });
    }

    /** Whether @p text is nothing the talent wrote: empty, or a language's template. */
    function untouched(text: string): bool {
        return text.trim() === "" || page.languages.some(language => language.template === text);
    }

    /** Starts the editor from the language's template, unless the talent has written something. */
    function useTemplate() {
        if (page.language && page.untouched(editor.text))
            editor.text = page.language.template;
    }

    /** Where the code of the challenge and language shown is kept, "" when none is shown: each
     *  challenge and language has its own, so one's code never shows in another's editor. */
    readonly property string draftKey: (challenge.id ?? 0) > 0 && language ? "coding/%1/%2".arg(challenge.id).arg(language.id) : ""
    /** The key the editor's text belongs to, and its challenge. */
    property string shownKey
    property int shownChallenge: 0
    /** The editor's text changed since it was last kept. */
    property bool unsaved: false
    /** The page itself is filling the editor: no typing to keep. */
    property bool restoring: false

    /** Keeps what the editor holds under its key now (nothing written: no draft). */
    function keepDraft() {
        draftSave.stop();
        if (!page.unsaved || page.shownKey.length === 0)
            return;
        DraftStore.keep(page.shownKey, page.untouched(editor.text) ? "" : editor.text);
        page.unsaved = false;
    }

    /** Shows the draft of the challenge and language chosen now, else the template. Another
     *  language of the same challenge with no draft of its own takes the code written so far:
     *  the talent may have chosen the language after writing. */
    onDraftKeyChanged: {
        const written = editor.text;
        page.keepDraft();
        const languageOnly = page.draftKey.length > 0 && page.shownChallenge === page.challenge.id;
        page.shownKey = page.draftKey;
        page.shownChallenge = page.challenge.id ?? 0;
        const kept = page.draftKey ? DraftStore.text(page.draftKey) : "";
        page.restoring = true;
        editor.text = kept || (languageOnly ? written : "");
        page.useTemplate();
        page.restoring = false;
        page.unsaved = kept.length === 0 && !page.untouched(editor.text);
        if (page.unsaved)
            draftSave.restart();
    }

    /** Opens a challenge in the language the talent last wrote it in. */
    function chooseLanguage() {
        const last = Number(DraftStore.text("coding/%1/language".arg(page.challenge.id ?? 0)));
        const index = page.languages.findIndex(language => language.id === last);
        if (index >= 0)
            languagePicker.currentIndex = index;
    }

    onChallengeChanged: languageLater.restart()
    // After the picker has taken the new challenge's languages, which puts it on the first.
    Timer {
        id: languageLater
        interval: 0
        onTriggered: page.chooseLanguage()
    }
    Component.onDestruction: page.keepDraft()

    // Typing is kept a moment after it pauses, so a crash loses at most that moment.
    Timer {
        id: draftSave
        interval: 500
        onTriggered: page.keepDraft()
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
                // Remembered, so the challenge opens again where the talent's code is.
                onActivated: DraftStore.keep("coding/%1/language".arg(page.challenge.id), String(page.language.id))
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
                    onTextChanged: {
                        if (page.restoring || page.shownKey.length === 0)
                            return;
                        page.unsaved = true;
                        draftSave.restart();
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
