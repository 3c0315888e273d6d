// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Ui

/**
 * Counts per day over the last days (a month by default), one bar a day, the days without any at
 * zero, and the date under every week's bar counted back from today.
 */
BarChart {
    id: chart

    /** The server's days ({date: "YYYY-MM-DD", ...}; days without any left out). */
    property var entries: []
    /** The field of an entry that holds its count. */
    property string countField: "count"
    property int days: 30

    /** One {label, count} per day, oldest first; the server counts by UTC day. */
    readonly property var series: {
        const byDate = {};
        for (const entry of chart.entries)
            byDate[entry.date] = entry[chart.countField];
        const list = [];
        const now = new Date();
        for (let back = chart.days - 1; back >= 0; --back) {
            const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back));
            const key = day.toISOString().slice(0, 10);
            list.push({
                label: Qt.formatDate(new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()), "d MMM"),
                count: byDate[key] ?? 0
            });
        }
        return list;
    }

    labels: series.map(day => day.label)
    values: series.map(day => day.count)
    labelEvery: 7
}
