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

    property var progress: ({})
    property string error

    function follow() {
        Backend.call("userImport", {
            id: page.progress.id
        }, (error, body) => {
            page.error = error;
            if (!error)
                page.progress = body;
        });
    }

    FileDialog {
        id: fileDialog
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
            if (page.progress.status === "completed" || page.progress.status === "failed")
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
                    text: qsTr("%1 rows: %2 invited, %3 already there, %4 invalid").arg(page.progress.counts?.total ?? 0).arg(page.progress.counts?.created ?? 0).arg(page.progress.counts?.duplicate ?? 0).arg(page.progress.counts?.invalid ?? 0)
                    color: Theme.text
                }
                Repeater {
                    model: (page.progress.rows ?? page.progress.report?.data ?? []).filter(row => row.outcome === "invalid").slice(0, 20)
                    QQC2.Label {
                        required property var modelData
                        text: qsTr("Row %1: %2").arg(modelData.row).arg(modelData.detail ?? modelData.error ?? "")
                        color: Theme.error
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
