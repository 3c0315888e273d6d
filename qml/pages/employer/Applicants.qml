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
            textRole: "text"
            valueRole: "value"
            model: Vocabulary.statuses("application", qsTr("Every status"))
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
        /** The move that takes the reason (the workflow's refusal). */
        property string status
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Reject %1").arg(application.talent?.first_name ?? "")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: panel.move(application, status, reason.currentValue)
        QQC2.ComboBox {
            id: reason
            objectName: "rejectionReason"
            width: 300
            textRole: "text"
            valueRole: "value"
            model: Vocabulary.reasons("application")
        }
    }

    ApiList {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        operation: panel.jobId > 0 ? "jobApplicants" : ""
        arguments: statusFilter.currentValue ? {
            id: panel.jobId,
            status: statusFilter.currentValue
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
                // The moves the server offers this viewer, labelled from the shared vocabulary.
                model: Vocabulary.moveOptions("application", card.row.next_statuses ?? [])
                QQC2.Button {
                    required property var modelData
                    objectName: "move_" + modelData.value
                    text: modelData.needsReason ? qsTr("%1…").arg(modelData.text) : modelData.text
                    onClicked: {
                        if (modelData.needsReason) {
                            rejection.application = card.row;
                            rejection.status = modelData.value;
                            rejection.open();
                        } else {
                            panel.move(card.row, modelData.value, "");
                        }
                    }
                }
            }
            Repeater {
                // An assessed candidate's result: pass, or fail (which also rejects).
                model: card.row.remark ? [] : Vocabulary.remarks(card.row.status)
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
