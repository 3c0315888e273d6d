// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * How an assessment's takers scored, as the server's report counts them (each talent's newest
 * result): every taker on the platform for staff, a company's own applicants for the company. The
 * number of takers, each category's mean with the takers it counts, the spread of one category in
 * fifths of its range, the percentiles of each category's scores (and of the overall score), and
 * the takers and their mean per month; optionally within a period.
 */
Item {
    id: page

    readonly property bool staff: Session.role === Role.Admin || Session.role === Role.SuperAdmin || Session.role === Role.Support
    /** The assessments to report on: [{value, text}]. */
    readonly property var instruments: assessments.entries
    /** The report as the server answered it ({} before one). */
    property var report: ({})
    property bool loading: false
    /** The number of the latest report asked for; older answers are dropped. */
    property int asked: 0
    property string error
    readonly property var categories: page.report.categories ?? []
    /** Domains, each followed by its facets: [{category, facet}]. */
    readonly property var ordered: {
        const rows = [];
        for (const domain of page.categories.filter(category => !category.parent_id)) {
            rows.push({
                category: domain,
                facet: false
            });
            for (const facet of page.categories.filter(category => category.parent_id === domain.id))
                rows.push({
                    category: facet,
                    facet: true
                });
        }
        return rows;
    }
    readonly property var cohorts: page.report.cohorts ?? []
    readonly property var spread: page.categories.find(category => category.code === spreadBox.currentValue) ?? page.categories[0] ?? ({})

    function takersText(count: int): string {
        return count === 1 ? qsTr("1 taker") : qsTr("%1 takers").arg(count);
    }

    function percentText(value: var): string {
        return value === null || value === undefined ? qsTr("no taker") : qsTr("%1 %").arg(Math.round(value * 10) / 10);
    }

    /** A percentile of the report's scores ("81.3 %"), or a dash where no one scored. */
    function quantileText(value: var): string {
        return value === null || value === undefined ? qsTr("–") : qsTr("%1 %").arg(Math.round(value * 10) / 10);
    }

    /** "2026-12" as people read a month: "Dec 2026". */
    function monthText(period: string): string {
        const parts = period.split("-");
        return new Date(Number(parts[0]), Number(parts[1]) - 1, 1).toLocaleDateString(Qt.locale(), "MMM yyyy");
    }

    /** Writes each problem (field → message) under its field; true when there was one. */
    function showProblems(problems: var): bool {
        from.error = problems.from ?? "";
        to.error = problems.to ?? "";
        const elsewhere = Object.keys(problems).filter(key => key !== "from" && key !== "to").map(key => problems[key]);
        page.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    function load() {
        if (!instrumentBox.currentValue)
            return;
        const query = {
            instrument: instrumentBox.currentValue
        };
        const problems = {};
        const day = /^\d{4}-\d{2}-\d{2}$/;
        for (const [key, field] of [["from", from], ["to", to]]) {
            const text = field.text.trim();
            if (text.length === 0)
                continue;
            if (!day.test(text))
                problems[key] = qsTr("Write a day as 2026-09-01");
            else
                query[key] = text;
        }
        if (showProblems(problems))
            return;
        page.loading = true;
        const asked = ++page.asked;
        Backend.call("assessmentReport", query, (error, body) => {
            if (asked !== page.asked)
                return; // an answer to a report since replaced by another
            page.loading = false;
            if (error) {
                if (!page.showProblems(FormChecker.serverProblems(body)))
                    page.error = error;
                return;
            }
            page.report = body;
        });
    }

    AssessmentChoices {
        id: assessments
        onLoaded: error => {
            page.error = error;
            if (error)
                return;
            instrumentBox.currentIndex = 0;
            page.load();
        }
    }

    /** One category's mean: its name and number, and under them a bar of the range. */
    component MeanRow: ColumnLayout {
        id: meanRow
        required property var modelData
        readonly property var category: modelData.category
        Layout.fillWidth: true
        Layout.leftMargin: modelData.facet ? Theme.spacing : 0
        spacing: 2
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %2, %3").arg(category.name).arg(page.percentText(category.mean_percent)).arg(page.takersText(category.takers))

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            QQC2.Label {
                Layout.fillWidth: true
                text: meanRow.category.name
                font.bold: !meanRow.modelData.facet
                color: Theme.text
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "mean_" + meanRow.category.code
                text: qsTr("%1 · %2").arg(page.percentText(meanRow.category.mean_percent)).arg(page.takersText(meanRow.category.takers))
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 8
            radius: 4
            color: Theme.border
            Rectangle {
                width: parent.width * Math.max(0, Math.min(100, meanRow.category.mean_percent ?? 0)) / 100
                height: parent.height
                radius: 4
                color: meanRow.modelData.facet ? Theme.primary : Theme.accent
            }
        }
    }

    /** One row of the percentiles: a category's name and its 25th, 50th, 75th and 90th. */
    component PercentileRow: RowLayout {
        id: percentileRow
        /** The row's key in object names: a category's code, or "overall". */
        property string code
        property string name
        property bool facet
        property bool heading
        property var percentiles: null
        readonly property var keys: ["p25", "p50", "p75", "p90"]
        readonly property var cells: percentileRow.heading ? [qsTr("25th"), qsTr("Median"), qsTr("75th"), qsTr("90th")] : percentileRow.keys.map(key => page.quantileText(percentileRow.percentiles ? percentileRow.percentiles[key] : null))
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Accessible.role: Accessible.Row
        Accessible.name: percentileRow.heading ? "" : qsTr("%1: 25th percentile %2, median %3, 75th %4, 90th %5").arg(percentileRow.name).arg(cells[0]).arg(cells[1]).arg(cells[2]).arg(cells[3])

        QQC2.Label {
            Layout.fillWidth: true
            Layout.leftMargin: percentileRow.facet ? Theme.spacing : 0
            text: percentileRow.name
            font.bold: !percentileRow.facet
            color: percentileRow.heading ? Theme.muted : Theme.text
            elide: Text.ElideRight
        }
        Repeater {
            model: percentileRow.cells
            QQC2.Label {
                required property var modelData
                required property int index
                objectName: percentileRow.heading ? "" : percentileRow.keys[index] + "_" + percentileRow.code
                Layout.preferredWidth: 90
                horizontalAlignment: Text.AlignRight
                text: modelData
                color: percentileRow.heading ? Theme.muted : Theme.text
                font.pixelSize: Theme.smallSize
            }
        }
    }

    // Enter in either day runs the report, as Show does.
    Connections {
        target: from.input
        function onAccepted() {
            page.load();
        }
    }
    Connections {
        target: to.input
        function onAccepted() {
            page.load();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Assessment reports")
            subtitle: page.staff ? qsTr("How every taker on the platform scored: each talent's newest result") : qsTr("How your applicants scored: each one's newest result")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 2
                QQC2.Label {
                    text: qsTr("Assessment")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                QQC2.ComboBox {
                    id: instrumentBox
                    objectName: "reportInstrument"
                    Layout.preferredWidth: 260
                    model: page.instruments
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Assessment")
                    onActivated: page.load()
                }
            }
            FormField {
                id: from
                Layout.fillWidth: false
                Layout.preferredWidth: 150
                label: qsTr("From (first day)")
                placeholderText: qsTr("2026-01-01")
                input.objectName: "reportFrom"
            }
            FormField {
                id: to
                Layout.fillWidth: false
                Layout.preferredWidth: 150
                label: qsTr("To (last day)")
                placeholderText: qsTr("2026-12-31")
                input.objectName: "reportTo"
            }
            QQC2.Button {
                objectName: "showReport"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Show")
                enabled: !page.loading && page.instruments.length > 0
                onClicked: page.load()
            }
            Item {
                Layout.fillWidth: true
            }
        }
        QQC2.Label {
            objectName: "reportProblem"
            Layout.fillWidth: true
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.loading
            running: visible
        }

        QQC2.ScrollView {
            id: view
            objectName: "reportView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.report.instrument !== undefined
            clip: true
            contentWidth: availableWidth

            ColumnLayout {
                width: view.availableWidth
                spacing: Theme.spacing

                QQC2.Label {
                    objectName: "reportTakers"
                    Layout.fillWidth: true
                    text: page.report.takers === undefined ? "" : page.staff ? qsTr("%1 on %2: %3").arg(page.takersText(page.report.takers)).arg(page.report.instrument?.title ?? "").arg((from.text.trim() || to.text.trim()) ? qsTr("in the period chosen") : qsTr("since the start")) : qsTr("%1 among your applicants on %2").arg(page.takersText(page.report.takers)).arg(page.report.instrument?.title ?? "")
                    font.pixelSize: Theme.headingSize
                    color: Theme.primary
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    objectName: "reportEmpty"
                    Layout.fillWidth: true
                    visible: page.report.takers === 0
                    text: page.staff ? qsTr("No one has taken this assessment in this period. Choose another assessment or widen the period.") : qsTr("None of your applicants has taken this assessment yet. Their results are counted here once they submit it.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: (page.report.takers ?? 0) > 0
                    spacing: Theme.spacing

                    // ---- Each category's mean ----
                    Card {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        implicitHeight: meanColumn.implicitHeight + 2 * Theme.spacing
                        Accessible.role: Accessible.Chart
                        Accessible.name: meanTitle.text

                        ColumnLayout {
                            id: meanColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: Theme.spacing / 2
                            QQC2.Label {
                                id: meanTitle
                                Layout.fillWidth: true
                                text: qsTr("Mean score by category, with its takers")
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Repeater {
                                model: page.ordered
                                MeanRow {}
                            }
                            RowLayout { // the scale under the bars
                                Layout.fillWidth: true
                                QQC2.Label {
                                    text: qsTr("0 %")
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                }
                                Item {
                                    Layout.fillWidth: true
                                }
                                QQC2.Label {
                                    text: qsTr("100 %")
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                        }
                    }

                    // ---- One category's spread ----
                    Card {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        implicitHeight: 250

                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: Theme.spacing / 2
                            QQC2.ComboBox {
                                id: spreadBox
                                objectName: "spreadCategory"
                                Layout.fillWidth: true
                                model: page.ordered.map(row => ({
                                            value: row.category.code,
                                            text: row.facet ? qsTr("  %1").arg(row.category.name) : row.category.name
                                        }))
                                textRole: "text"
                                valueRole: "value"
                                Accessible.name: qsTr("Category whose spread is shown")
                            }
                            BarChart {
                                objectName: "spreadChart"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                border.width: 0
                                title: qsTr("%1: takers by score, in fifths of the range (%2)").arg(page.spread.name ?? "").arg(page.takersText(page.spread.takers ?? 0))
                                labels: (page.spread.distribution ?? []).map(bin => qsTr("%1–%2").arg(bin.from).arg(bin.to))
                                values: (page.spread.distribution ?? []).map(bin => bin.count)
                            }
                        }
                    }
                }

                // ---- The percentiles of each category's scores ----
                Card {
                    objectName: "reportPercentiles"
                    Layout.fillWidth: true
                    visible: (page.report.takers ?? 0) > 0
                    implicitHeight: percentileColumn.implicitHeight + 2 * Theme.spacing
                    Accessible.role: Accessible.Table
                    Accessible.name: percentileTitle.text

                    ColumnLayout {
                        id: percentileColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing / 2
                        QQC2.Label {
                            id: percentileTitle
                            Layout.fillWidth: true
                            text: qsTr("Percentiles of the scores: a quarter of the takers scored at or below the 25th, half at or below the median, nine in ten at or below the 90th")
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        PercentileRow {
                            heading: true
                            name: qsTr("Category")
                        }
                        PercentileRow {
                            code: "overall"
                            name: qsTr("Overall score")
                            percentiles: page.report.percentiles ?? null
                        }
                        Repeater {
                            model: page.ordered
                            PercentileRow {
                                required property var modelData
                                code: modelData.category.code
                                name: modelData.category.name
                                facet: modelData.facet
                                percentiles: modelData.category.percentiles ?? null
                            }
                        }
                    }
                }

                // ---- Per month ----
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.cohorts.length > 0
                    spacing: Theme.spacing
                    BarChart {
                        objectName: "monthTakers"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 200
                        title: qsTr("Takers by the month of their result")
                        labels: page.cohorts.map(cohort => page.monthText(cohort.period))
                        values: page.cohorts.map(cohort => cohort.takers)
                        labelEvery: Math.max(1, Math.ceil(page.cohorts.length / 6))
                    }
                    BarChart {
                        objectName: "monthMeans"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 200
                        title: qsTr("Mean score by month (%)")
                        labels: page.cohorts.map(cohort => page.monthText(cohort.period))
                        values: page.cohorts.map(cohort => cohort.mean_percent)
                        maximum: 100
                        barColor: Theme.accent
                        labelEvery: Math.max(1, Math.ceil(page.cohorts.length / 6))
                    }
                }
            }
        }
    }
}
