// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Invites people from a CSV or XLSX file, and follows the import until it is done. */
Item {
    id: page

    /** The import's counts and status. */
    property var progress: ({})
    /** Its rows that could not be used, with the reason. */
    property var refused: []
    property string error

    function follow() {
        Backend.call("userImport", {
            id: page.progress.id
        }, (error, body) => {
            page.error = error;
            if (!error) {
                page.progress = body.import;
                page.refused = body.data.filter(row => row.outcome === "invalid");
            }
        });
    }

    FileDialog {
        id: fileDialog
        objectName: "inviteFileDialog"
        title: qsTr("Choose a file of people to invite")
        nameFilters: [qsTr("Spreadsheets (*.csv *.xlsx)")]
        onAccepted: Backend.upload("importUsers", selectedFile, (error, body) => {
            page.error = error;
            if (!error) {
                page.progress = body;
                poll.start();
            }
        })
    }

    Timer {
        id: poll
        interval: 1000
        repeat: true
        onTriggered: {
            if (page.progress.status === "done" || page.progress.status === "failed")
                stop();
            else
                page.follow();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Invite people")
            subtitle: qsTr("A CSV or XLSX file: first_name, last_name, email, and optionally role and company_name.")
            QQC2.Button {
                objectName: "chooseInviteFile"
                text: qsTr("Choose file…")
                highlighted: true
                onClicked: fileDialog.open()
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Card {
            Layout.fillWidth: true
            visible: page.progress.id !== undefined
            implicitHeight: report.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: report
                anchors.fill: parent
                anchors.margins: Theme.spacing
                RowLayout {
                    QQC2.Label {
                        text: qsTr("Import %1").arg(page.progress.id ?? "")
                        font.bold: true
                    }
                    StatusBadge {
                        status: page.progress.status ?? ""
                    }
                }
                QQC2.Label {
                    text: qsTr("%1 rows: %2 invited, %3 already there, %4 invalid").arg(page.progress.total_rows ?? 0).arg(page.progress.created ?? 0).arg(page.progress.duplicate ?? 0).arg(page.progress.invalid ?? 0)
                    color: Theme.text
                }
                QQC2.Label {
                    objectName: "importError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.progress.error ?? ""
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: page.refused
                    QQC2.Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("Row %1: %2").arg(modelData.row).arg(modelData.reason ?? "")
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
