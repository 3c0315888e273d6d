// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The company's internship report: per programme its applications, interns, completion, evidence
 * scored and the interns' average standing, saved as a CSV file on request; and for the chosen
 * programme every intern's standing and the calibration of its mentors.
 */
Item {
    id: page

    property var rows: []
    property bool loading: false
    property string error
    property string message
    /** The programme whose standings show (0: none). */
    property int chosen: 0

    function reload() {
        page.loading = true;
        Backend.call("internshipReport", {}, (error, body) => {
            page.loading = false;
            page.error = error;
            page.rows = error ? [] : body.data;
            if (!page.rows.some(row => row.id === page.chosen))
                page.chosen = page.rows.length > 0 ? page.rows[0].id : 0;
            scores.reload();
        });
    }

    /** A number the report may leave empty (null: not yet known), as people read it. */
    function figure(value: var, suffix: string): string {
        return value === null || value === undefined ? "–" : Number(value).toLocaleString(Qt.locale(), "f", Number.isInteger(value) ? 0 : 1) + suffix;
    }

    Component.onCompleted: reload()

    FileDialog {
        id: saveDialog
        objectName: "internshipReportCsvDialog"
        title: qsTr("Save the internship report as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: Backend.download("internshipReport", {
            format: "csv"
        }, selectedFile, (error, body) => {
            page.error = error;
            page.message = error ? "" : qsTr("Saved to %1").arg(body.file);
        })
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Internship report")
            subtitle: qsTr("Applications, completion and scores of each programme")
            QQC2.Button {
                objectName: "reloadInternshipReport"
                text: qsTr("Refresh")
                onClicked: page.reload()
            }
            QQC2.Button {
                objectName: "exportInternshipReport"
                text: qsTr("Export CSV…")
                enabled: page.rows.length > 0
                Accessible.name: qsTr("Export the internship report as CSV")
                onClicked: saveDialog.open()
            }
        }
        QQC2.Label {
            objectName: "internshipReportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error || page.message
            color: page.error ? Theme.error : Theme.muted
            wrapMode: Text.Wrap
        }
        StateView {
            Layout.fillWidth: true
            visible: page.rows.length === 0 && page.error.length === 0
            loading: page.loading
            count: page.rows.length
            emptyText: qsTr("No internship programmes yet: create one under Internships, and its figures show here.")
            onRetry: page.reload()
        }
        KeyList {
            id: table
            objectName: "internshipReportRows"
            Layout.fillWidth: true
            // From the rows' number, not the list's content height, which depends on this layout.
            Layout.preferredHeight: Math.min(page.rows.length * (64 + spacing), page.height * 0.4)
            visible: page.rows.length > 0
            clip: true
            spacing: Theme.spacing / 2
            model: page.rows
            currentIndex: page.rows.findIndex(row => row.id === page.chosen)
            Accessible.name: qsTr("Each programme's figures")
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: RowCard {
                id: reportRow
                required property var modelData
                objectName: "internshipReportRow"
                title: modelData.title
                subtitle: [qsTr("%n application(s)", "", modelData.applications), qsTr("%1 waiting").arg(modelData.pending), qsTr("%n intern(s)", "", modelData.interns), qsTr("%1 completed (%2)").arg(modelData.completed).arg(page.figure(modelData.completion_rate, "%")), qsTr("%1 of %2 submissions scored").arg(modelData.scored).arg(modelData.submissions), qsTr("average standing %1").arg(page.figure(modelData.average_standing, ""))].join(" · ")
                status: modelData.status
                onActivated: page.chosen = reportRow.modelData.id
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: page.chosen > 0
            text: qsTr("%1: interns and mentors").arg(page.rows.find(row => row.id === page.chosen)?.title ?? "")
            font.bold: true
            font.pixelSize: Theme.headingSize
            color: Theme.primary
            elide: Text.ElideRight
        }
        InternshipScores {
            id: scores
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.chosen > 0
            internshipId: page.chosen
        }
        // Takes the height the scores leave when there are none, so the header stays on top.
        Item {
            Layout.fillHeight: true
            visible: page.chosen === 0
        }
    }
}
