// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The learning reports: the figures (learners, requests by status, completions, academies), and
 * per course or per NYSC corps member a page at a time. An export is written by the server in the
 * background: its progress shows while it runs (asked every second), then it is saved where the
 * super admin chooses.
 */
Item {
    id: reports
    objectName: "lmsReports"

    property var stats: ({})
    /** The report shown: "trainings" or "nysc". */
    readonly property string report: reportTabs.currentIndex === 1 ? "nysc" : "trainings"
    /** The latest export, as the server last told it ({} when none). */
    property var exported: ({})
    readonly property bool exporting: reports.exported.status === "queued" || reports.exported.status === "running"
    property string error
    property string notice

    function readStats() {
        Backend.call("lmsStats", {}, (error, body) => {
            reports.error = error;
            if (!error)
                reports.stats = body;
        });
    }

    /** Starts the export of the report shown as @p format: "csv" or "xlsx" (a spreadsheet). */
    function startExport(format: string) {
        reports.error = "";
        reports.notice = "";
        Backend.call(reports.report === "nysc" ? "exportLmsNysc" : "exportLmsTrainings", {
            format: format
        }, (error, body) => {
            reports.error = error;
            if (error)
                return;
            reports.exported = body; // the poll runs while it is queued or running
        });
    }

    function follow() {
        Backend.call("lmsExport", {
            id: reports.exported.id
        }, (error, body) => {
            // A lost answer is asked again at the next tick; the last known progress stays.
            if (!error && body.id === reports.exported.id)
                reports.exported = body;
        });
    }

    function reportTitle(name: string): string {
        return name === "nysc" ? qsTr("NYSC corps members") : qsTr("Trainings");
    }

    /** Where an export stands, in words. */
    function progressText(one: var): string {
        switch (one.status) {
        case "queued":
            return qsTr("Waiting to start…");
        case "running":
            return qsTr("Writing: %1 of %2 rows (%3%)").arg(one.rows_done).arg(one.rows_total).arg(one.percent);
        case "done":
            return qsTr("Ready: %n row(s).", "", one.rows_done);
        case "failed":
            return qsTr("The export failed: %1").arg(one.error ?? "");
        default:
            return "";
        }
    }

    Component.onCompleted: readStats()

    Timer {
        id: poll
        objectName: "exportPoll"
        interval: 1000
        repeat: true
        running: reports.exporting
        onTriggered: reports.follow()
    }

    FileDialog {
        id: saveDialog
        objectName: "exportSaveDialog"
        title: qsTr("Save the export as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: reports.exported.format === "xlsx" ? "xlsx" : "csv"
        nameFilters: reports.exported.format === "xlsx" ? [qsTr("Excel workbooks (*.xlsx)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: Backend.download("lmsExportFile", {
            id: reports.exported.id
        }, selectedFile, (error, body) => {
            reports.error = error;
            reports.notice = error ? "" : qsTr("Saved to %1").arg(body.file);
        })
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        Flow {
            objectName: "lmsStats"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: [[qsTr("learners"), reports.stats.learners], [qsTr("linked to the LMS"), reports.stats.linked], [qsTr("NYSC corps members"), reports.stats.nysc], [qsTr("course creators"), reports.stats.course_creators], [qsTr("requests waiting"), reports.stats.pending], [qsTr("requests approved"), reports.stats.approved], [qsTr("requests declined"), reports.stats.declined], [qsTr("courses completed"), reports.stats.completed], [qsTr("academies"), reports.stats.academies]]
                Figure {
                    required property var modelData
                    narrowest: 140
                    label: modelData[0]
                    value: modelData[1] === undefined ? "–" : Number(modelData[1]).toLocaleString(Qt.locale(), "f", 0)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            QQC2.TabBar {
                id: reportTabs
                objectName: "reportTabs"
                QQC2.TabButton {
                    objectName: "report_trainings"
                    text: reports.reportTitle("trainings")
                    width: implicitWidth
                }
                QQC2.TabButton {
                    objectName: "report_nysc"
                    text: reports.reportTitle("nysc")
                    width: implicitWidth
                }
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.Button {
                objectName: "refreshReport"
                text: qsTr("Refresh")
                onClicked: {
                    reports.readStats();
                    table.model.reload();
                }
            }
            QQC2.Button {
                objectName: "startExport"
                text: qsTr("Export as CSV")
                highlighted: true
                enabled: !reports.exporting
                Accessible.name: qsTr("Export the %1 report as CSV").arg(reports.reportTitle(reports.report))
                onClicked: reports.startExport("csv")
            }
            QQC2.Button {
                objectName: "startExportXlsx"
                text: qsTr("Export as Excel")
                enabled: !reports.exporting
                Accessible.name: qsTr("Export the %1 report as an Excel workbook").arg(reports.reportTitle(reports.report))
                onClicked: reports.startExport("xlsx")
            }
        }
        Card {
            objectName: "exportProgress"
            Layout.fillWidth: true
            visible: reports.exported.id !== undefined
            implicitHeight: progressColumn.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: progressColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    QQC2.Label {
                        objectName: "exportTitle"
                        text: reports.exported.report === "nysc" ? qsTr("Export of the NYSC corps members") : qsTr("Export of the trainings report")
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.Label {
                        objectName: "exportText"
                        Layout.fillWidth: true
                        text: reports.progressText(reports.exported)
                        color: reports.exported.status === "failed" ? Theme.error : Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Button {
                        objectName: "saveExport"
                        visible: reports.exported.status === "done"
                        text: reports.exported.format === "xlsx" ? qsTr("Save workbook…") : qsTr("Save CSV…")
                        highlighted: true
                        onClicked: saveDialog.open()
                    }
                }
                QQC2.ProgressBar {
                    objectName: "exportBar"
                    Layout.fillWidth: true
                    visible: reports.exported.status !== "failed"
                    from: 0
                    to: 100
                    value: reports.exported.percent ?? 0
                    indeterminate: reports.exported.status === "queued"
                    Accessible.name: qsTr("Export progress")
                }
            }
        }
        QQC2.Label {
            objectName: "reportsProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: reports.error || reports.notice
            color: reports.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        ApiList {
            id: table
            objectName: "reportRows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: reports.report === "nysc" ? "lmsNyscReport" : "lmsTrainingsReport"
            emptyText: reports.report === "nysc" ? qsTr("No NYSC corps member yet: mark learners as corps members to see them here.") : qsTr("No course has been asked for yet: the courses talents ask to join show here.")
            delegate: RowCard {
                required property var row
                objectName: "reportRow"
                title: reports.report === "nysc" ? [row.first_name, row.last_name].join(" ") : (row.course_name ?? "")
                subtitle: reports.report === "nysc" ? [row.email, row.nysc_state_code ?? "", row.nysc_batch ? qsTr("batch %1").arg(row.nysc_batch) : "", qsTr("%n enrolled", "", row.enrolled ?? 0), qsTr("%n completed", "", row.completed ?? 0)].filter(part => part).join(" · ") : [qsTr("%n waiting", "", row.pending ?? 0), qsTr("%n approved", "", row.approved ?? 0), qsTr("%n declined", "", row.declined ?? 0), qsTr("%n completed", "", row.completed ?? 0)].join(" · ")
            }
        }
    }
}
