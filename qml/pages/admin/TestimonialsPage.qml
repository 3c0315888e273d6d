// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Talents' testimonials waiting for approval (or all of them), to approve or reject with a reason. */
Item {
    id: page

    property string error

    function review(testimonial: var, approve: bool, reason: string) {
        const decision = {
            userId: testimonial.author?.id ?? testimonial.user_id
        };
        if (!approve)
            decision.reason = reason;
        Backend.call(approve ? "approveTestimonial" : "rejectTestimonial", decision, error => {
            page.error = error;
            list.model.reload();
        });
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Testimonials")
            EntriesBox {
                id: filter
                textRole: "text"
                valueRole: "value"
                entries: Vocabulary.statuses("testimonial", Qt.uiLanguage)
            }
        }
        QQC2.Label {
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
        }
        ApiList {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "testimonials"
            arguments: ({
                    status: filter.currentValue
                })
            emptyText: qsTr("No %1 testimonials.").arg(filter.currentText.toLowerCase())
            delegate: RowCard {
                id: card
                required property var row
                actionsBelow: true
                title: (row.author ? row.author.first_name + " " + row.author.last_name : "") + " · " + "★".repeat(row.rating)
                subtitle: row.body
                status: row.status
                /** What staff may do with the testimonial now, from the shared workflow. */
                readonly property var moves: Vocabulary.moveOptions("testimonial", Vocabulary.moves("testimonial", row.status, "staff"), "", Qt.uiLanguage)
                QQC2.TextField {
                    id: reason
                    objectName: "rejectReason"
                    visible: card.moves.some(move => move.needsReason)
                    placeholderText: qsTr("Reason, to reject")
                }
                Repeater {
                    model: card.moves
                    QQC2.Button {
                        required property var modelData
                        // A refusal takes a written reason; the other move approves.
                        objectName: modelData.needsReason ? "reject" : "approve"
                        enabled: !modelData.needsReason || reason.text.length >= 3
                        text: modelData.text
                        onClicked: page.review(card.row, !modelData.needsReason, reason.text)
                    }
                }
            }
        }
    }
}
