// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The assessments a talent can take: start or resume one (the server keeps the attempt, its
 * answers and its clock, so a restart loses nothing), answer it one question at a time, submit it
 * and read the result, a bar per domain.
 */
Item {
    id: page

    property var attempt: null
    property var result: null
    property string error

    function start(slug: string) {
        page.error = "";
        Backend.call("startAssessment", {
            instrument: slug
        }, (error, body) => {
            page.error = error;
            if (!error) {
                page.result = null;
                page.attempt = body;
            }
        });
    }

    function save(questionId: int, answer: var) {
        Backend.call("answerAssessment", Object.assign({
            id: page.attempt.id,
            question: questionId
        }, answer), error => attemptView.error = error);
    }

    function finishReading() {
        Backend.call("finishReading", {
            id: page.attempt.id
        }, (error, body) => {
            attemptView.error = error;
            if (!error)
                page.attempt = body;
        });
    }

    function submit() {
        Backend.call("submitAttempt", {
            id: page.attempt.id
        }, (error, body) => {
            attemptView.error = error;
            if (!error) {
                page.attempt = null;
                page.result = body;
                bank.model.reload();
            }
        });
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: page.attempt ? page.attempt.instrument.title : page.result ? qsTr("Your result") : qsTr("Assessments")
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.attempt ? 1 : page.result ? 2 : 0

            ApiList {
                id: bank
                operation: "assessments"
                emptyText: qsTr("No assessment is open now.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: [row.description ?? "", row.time_limit_seconds ? qsTr("%1 minutes").arg(Math.round(row.time_limit_seconds / 60)) : ""].filter(part => part).join(" · ")
                    QQC2.Button {
                        objectName: "start_" + card.row.slug
                        text: qsTr("Start or resume")
                        onClicked: page.start(card.row.slug)
                    }
                }
            }
            AttemptView {
                id: attemptView
                attempt: page.attempt ?? ({})
                onAnswered: (questionId, answer) => page.save(questionId, answer)
                onReadingFinished: page.finishReading()
                onSubmitRequested: page.submit()
            }
            ColumnLayout {
                spacing: Theme.spacing
                QQC2.Label {
                    objectName: "resultHeadline"
                    Layout.fillWidth: true
                    text: page.result ? qsTr("%1: %2 %").arg(page.result.instrument.title).arg(page.result.percent ?? "–") : ""
                    font.pixelSize: Theme.headingSize
                }
                BarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    visible: (page.result?.domains ?? []).length > 0
                    title: qsTr("Percent of range per domain")
                    maximum: 100
                    labels: (page.result?.domains ?? []).map(domain => domain.name)
                    values: (page.result?.domains ?? []).map(domain => domain.score.percent ?? 0)
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacing / 2
                    model: page.result?.domains ?? []
                    delegate: QQC2.Label {
                        required property var modelData
                        width: ListView.view.width
                        wrapMode: Text.Wrap
                        text: qsTr("%1 — %2 %: %3").arg(modelData.name).arg(modelData.score.percent ?? "–").arg(modelData.description ?? "") + "\n" + (modelData.percentile_withheld ? qsTr("Percentile shown from 30 takers (%1 so far)").arg(modelData.takers) : qsTr("Percentile %1 of %2 takers").arg(modelData.percentile).arg(modelData.takers))
                    }
                }
                QQC2.Button {
                    text: qsTr("Back to assessments")
                    onClicked: page.result = null
                }
            }
        }
    }
}
