// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Interns' evidence waiting for a score: a mentor's (or the company's) queue. Each is scored on
 * its goal's scale with a comment the intern reads; a comment being written survives the card
 * scrolling away and a refused score. The links sent with the evidence open in the browser; a
 * document sent with it is saved on request.
 */
Item {
    id: page

    /** Comments being written, by submission id. */
    property var drafts: ({})
    property string notice

    FileDialog {
        id: saveDialog
        objectName: "evidenceSaveDialog"
        /** The stored file to save. */
        property string key
        title: qsTr("Save the intern's document as")
        fileMode: FileDialog.SaveFile
        onAccepted: Backend.download("file", {
            key: saveDialog.key
        }, selectedFile, (error, body) => {
            page.notice = error ? error : qsTr("Saved to %1").arg(body.file);
        })
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Evidence to score")
        }
        QQC2.Label {
            objectName: "reviewNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.notice
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        ApiList {
            id: queue
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "kpiSubmissions"
            arguments: ({
                    status: "submitted"
                })
            emptyText: qsTr("Nothing is waiting for a score.")
            delegate: Card {
                id: card
                required property var row
                required property int index
                property string problem
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing / 2
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 — %2 %3").arg(card.row.kpi.title).arg(card.row.intern.first_name ?? "").arg(card.row.intern.last_name ?? "")
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · weight %2").arg(card.row.internship.title).arg(card.row.kpi.weight)
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: card.row.content
                        color: Theme.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    QQC2.Label {
                        objectName: "reviewRubric"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: card.row.kpi.rubric ? qsTr("Rubric: %1").arg(card.row.kpi.rubric) : ""
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Repeater {
                        model: card.row.links ?? []
                        // Each link the intern sent opens in the browser; its text is shown as sent.
                        QQC2.Label {
                            id: link
                            required property string modelData
                            objectName: "evidenceLink"
                            Layout.fillWidth: true
                            text: "<a href=\"%1\">%2</a>".arg(link.modelData.replace(/"/g, "%22")).arg(link.modelData.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"))
                            textFormat: Text.StyledText
                            linkColor: Theme.primary
                            wrapMode: Text.WrapAnywhere
                            Accessible.role: Accessible.Link
                            Accessible.name: link.modelData
                            onLinkActivated: address => Qt.openUrlExternally(address)
                            HoverHandler {
                                cursorShape: Qt.PointingHandCursor
                            }
                        }
                    }
                    QQC2.Button {
                        objectName: "saveEvidenceFile"
                        visible: card.row.file !== null && card.row.file !== undefined
                        text: qsTr("Save the document sent…")
                        Accessible.name: qsTr("Save the document %1 sent").arg(card.row.intern.first_name ?? "")
                        onClicked: {
                            saveDialog.key = card.row.file.key;
                            saveDialog.open();
                        }
                    }
                    RowLayout {
                        QQC2.Label {
                            text: qsTr("Score")
                            color: Theme.muted
                        }
                        QQC2.SpinBox {
                            id: score
                            objectName: "reviewScore"
                            from: 0
                            to: card.row.kpi.max_score
                            editable: true
                        }
                        QQC2.Label {
                            text: qsTr("out of %1").arg(card.row.kpi.max_score)
                            color: Theme.muted
                        }
                    }
                    TextBox {
                        id: comment
                        objectName: "reviewComment"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(60, implicitHeight)
                        placeholderText: qsTr("What was good, and what would earn more")
                        Component.onCompleted: text = page.drafts[card.row.id] ?? ""
                        onTextChanged: page.drafts[card.row.id] = text
                    }
                    QQC2.Label {
                        objectName: "reviewProblem"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: card.problem
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                    QQC2.Button {
                        objectName: "giveScore"
                        text: qsTr("Give the score")
                        enabled: comment.text.trim().length > 0
                        onClicked: Backend.call("scoreSubmission", {
                                id: card.row.id,
                                score: score.value,
                                comment: comment.text
                            }, error => {
                                card.problem = error;
                                if (!error) {
                                    delete page.drafts[card.row.id];
                                    page.notice = qsTr("Scored: %1 of %2 for %3.").arg(score.value).arg(card.row.kpi.max_score).arg(card.row.kpi.title);
                                    queue.model.reload();
                                }
                            })
                    }
                }
            }
        }
    }
}
