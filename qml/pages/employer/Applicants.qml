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
        visible: panel.error.length > 0
        text: panel.error
        color: Theme.error
        wrapMode: Text.Wrap
    }

    QQC2.Dialog {
        id: rejection
        property var application: ({})
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Reject %1").arg(application.talent?.first_name ?? "")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: panel.move(application, "rejected", reason.currentValue)
        QQC2.ComboBox {
            id: reason
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
            implicitHeight: 72
            title: row.talent.first_name + " " + row.talent.last_name
            subtitle: [row.talent.state, row.talent.email, row.remark ? qsTr("remark: %1").arg(row.remark) : ""].filter(part => part).join(" · ")
            status: row.status
            Repeater {
                model: (card.row.next_statuses ?? [])
                QQC2.Button {
                    required property string modelData
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
            QQC2.Button {
                visible: card.row.status === "shortlisted" && !card.row.remark
                text: qsTr("Pass")
                onClicked: Backend.call("remarkApplication", {
                    id: card.row.id,
                    remark: "pass"
                }, error => {
                    panel.error = error;
                    list.model.reload();
                })
            }
        }
    }
}
