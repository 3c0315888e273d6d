// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtCharts
import Worknation.Ui

/** Counts per category ("applied: 4, shortlisted: 2") or per day, as bars. */
ChartView {
    id: chart

    /** Category names, one per bar. */
    property var labels: []
    /** One count per bar. */
    property var values: []
    property color barColor: Theme.primary
    /** The axis's top; 0: fitted to the values. */
    property real maximum: 0

    antialiasing: true
    legend.visible: false
    backgroundColor: Theme.surface
    titleColor: Theme.text
    margins.top: 4
    margins.bottom: 4

    BarSeries {
        id: series
        axisX: BarCategoryAxis {
            categories: chart.labels
            labelsColor: Theme.muted
            labelsAngle: chart.labels.length > 12 ? -90 : 0
        }
        // Debian's QtCharts type description lacks ValueAxis; it resolves at run time.
        // qmllint disable
        axisY: ValueAxis {
            // Whole numbers on every tick: the top is the next multiple of (tickCount - 1).
            min: 0
            max: chart.maximum > 0 ? chart.maximum : Math.max(4, Math.ceil(Math.max(0, ...chart.values) * 1.15 / 4) * 4)
            tickCount: 5
            labelFormat: "%d"
            labelsColor: Theme.muted
        }
        // qmllint enable
        BarSet {
            values: chart.values
            color: chart.barColor
            borderColor: chart.barColor
        }
    }
}
