// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** A job's applicants by status, each with the moves the server allows and a pass/fail remark. */
ColumnLayout {
    id: panel

    property int jobId: 0
    property string error
    property string notice

    function move(application: var, status: string, reason: string) {
        const change = {
            id: application.id,
            status: status
        };
        if (reason.length > 0)
            change.reason = reason;
        Backend.call("moveApplication", change, error => {
            panel.error = error;
            if (!error)
                list.model.reload();
        });
    }

    spacing: Theme.spacing

    RowLayout {
        QQC2.Label {
            text: qsTr("Applicants")
            font.pixelSize: Theme.headingSize
            color: Theme.primary
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.ComboBox {
            id: statusFilter
            model: ["", "applied", "shortlisted", "interview", "offered", "hired", "rejected", "withdrawn"]
            displayText: currentText.length > 0 ? currentText : qsTr("Every status")
        }
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.error || panel.notice
        color: panel.error ? Theme.error : Theme.accent
        wrapMode: Text.Wrap
    }

    QQC2.Dialog {
        id: rejection
        objectName: "rejection"
        property var application: ({})
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Reject %1").arg(application.talent?.first_name ?? "")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: panel.move(application, "rejected", reason.currentValue)
        QQC2.ComboBox {
            id: reason
            objectName: "rejectionReason"
            width: 300
            textRole: "text"
            valueRole: "value"
            model: [
                {
                    value: "not_qualified",
                    text: qsTr("Not qualified")
                },
                {
                    value: "position_filled",
                    text: qsTr("Position filled")
                },
                {
                    value: "failed_interview",
                    text: qsTr("Failed the interview")
                },
                {
                    value: "no_show",
                    text: qsTr("Did not show up")
                },
                {
                    value: "offer_declined",
                    text: qsTr("Declined the offer")
                },
                {
                    value: "other",
                    text: qsTr("Other")
                }
            ]
        }
    }

    ApiList {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        operation: panel.jobId > 0 ? "jobApplicants" : ""
        arguments: statusFilter.currentText.length > 0 ? {
            id: panel.jobId,
            status: statusFilter.currentText
        } : {
            id: panel.jobId
        }
        emptyText: qsTr("No applicants yet.")
        delegate: RowCard {
            id: card
            required property var row
            actionsBelow: true
            title: row.talent.first_name + " " + row.talent.last_name
            subtitle: [row.talent.state, row.talent.email, row.remark ? qsTr("remark: %1").arg(row.remark) : ""].filter(part => part).join(" · ")
            status: row.status
            Repeater {
                model: (card.row.next_statuses ?? [])
                QQC2.Button {
                    required property string modelData
                    objectName: "move_" + modelData
                    text: ({
                            shortlisted: qsTr("Shortlist"),
                            interview: qsTr("Interview"),
                            offered: qsTr("Offer"),
                            hired: qsTr("Hire"),
                            rejected: qsTr("Reject…")
                        })[modelData] ?? modelData
                    onClicked: {
                        if (modelData === "rejected") {
                            rejection.application = card.row;
                            rejection.open();
                        } else {
                            panel.move(card.row, modelData, "");
                        }
                    }
                }
            }
            Repeater {
                // A shortlisted candidate's assessment: pass, or fail (which also rejects).
                model: card.row.status === "shortlisted" && !card.row.remark ? ["pass", "fail"] : []
                QQC2.Button {
                    required property string modelData
                    objectName: "remark_" + modelData
                    text: modelData === "pass" ? qsTr("Passed") : qsTr("Failed")
                    onClicked: Backend.call("remarkApplication", {
                        id: card.row.id,
                        remark: modelData
                    }, error => {
                        panel.error = error;
                        list.model.reload();
                    })
                }
            }
            QQC2.Button {
                objectName: "message"
                flat: true
                text: qsTr("Message")
                onClicked: Backend.call("openChat", {
                    receiver_id: card.row.talent.id
                }, error => {
                    panel.error = error;
                    panel.notice = error ? "" : qsTr("The conversation with %1 is under Messages.").arg(card.row.talent.first_name);
                })
            }
        }
    }
}
