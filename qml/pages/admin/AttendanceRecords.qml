// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Who checked in to a session and out of it, and when; saved as a CSV file on request. */
Rectangle {
    id: records

    /** The session, as the cohort's sessions list gives it ({} when none). */
    property var session: ({})
    property string message
    property string error

    signal closed

    function shownTime(text: string): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm") : "";
    }

    color: Theme.background

    FileDialog {
        id: saveDialog
        objectName: "attendanceCsvDialog"
        title: qsTr("Save the attendance as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: Backend.download("attendanceRecords", {
            session_id: records.session.id,
            format: "csv"
        }, selectedFile, (error, body) => {
            records.error = error;
            records.message = error ? "" : qsTr("Saved to %1").arg(body.file);
        })
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: records.session.title ?? ""
            subtitle: [qsTr("Attendance"), records.shownTime(records.session.starts_at ?? ""), list.model.total >= 0 ? qsTr("%1 checked in").arg(list.model.total) : ""].filter(part => part).join(" · ")
            QQC2.Button {
                objectName: "reloadAttendance"
                text: qsTr("Refresh")
                onClicked: list.model.reload()
            }
            QQC2.Button {
                objectName: "exportAttendance"
                text: qsTr("Export CSV…")
                onClicked: saveDialog.open()
            }
            QQC2.Button {
                objectName: "closeRecords"
                text: qsTr("Back")
                onClicked: records.closed()
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: records.error || records.message
            color: records.error ? Theme.error : Theme.muted
            wrapMode: Text.Wrap
        }
        ApiList {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: records.session.id !== undefined ? "attendanceRecords" : ""
            arguments: ({
                    session_id: records.session.id
                })
            emptyText: qsTr("No one has checked in yet.")
            delegate: RowCard {
                required property var row
                objectName: "attendanceRecord"
                title: [row.talent?.first_name, row.talent?.last_name].filter(part => part).join(" ")
                subtitle: [row.talent?.email, qsTr("in %1").arg(records.shownTime(row.checked_in_at)), row.checked_out_at ? qsTr("out %1").arg(records.shownTime(row.checked_out_at)) : qsTr("not checked out")].filter(part => part).join(" · ")
            }
        }
    }
}
