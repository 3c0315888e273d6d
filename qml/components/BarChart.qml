// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/**
 * Counts as bars ("Applied: 4, Shortlisted: 2", or one a day), drawn here so that they read at
 * any width: whole-number ticks, a label under every bar or every labelEvery-th bar counted back
 * from the last, wrapped rather than cut, and each bar's count on hover and to screen readers.
 */
Rectangle {
    id: chart

    property string title
    /** One name per bar. */
    property var labels: []
    /** One count per bar. */
    property var values: []
    property color barColor: Theme.primary
    /** Label every bar (1), or every n-th counted back from the last (7 for a week of days). */
    property int labelEvery: 1
    /** The scale's top (100 for percentages); 0: fitted to the values. */
    property real maximum: 0

    /** The top of the scale: the maximum, or a multiple of four at or above the highest count. */
    readonly property real scaleTop: maximum > 0 ? maximum : Math.max(4, Math.ceil(Math.max(0, ...values) / 4) * 4)
    readonly property int gap: values.length > 12 ? 2 : Theme.spacing

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    Accessible.role: Accessible.Chart
    Accessible.name: title

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        QQC2.Label {
            Layout.alignment: Qt.AlignHCenter
            text: chart.title
            color: Theme.text
        }
        Item {
            id: plot
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Room for the scale on the left and the labels below, drawn outside the bars' area.
            Layout.leftMargin: measure.implicitWidth + Theme.spacing / 2
            Layout.bottomMargin: chart.labelEvery > 1 ? measure.implicitHeight : 2 * measure.implicitHeight
            readonly property real slot: (width - (chart.values.length - 1) * chart.gap) / Math.max(1, chart.values.length)

            QQC2.Label { // the widest tick, to leave room for the scale
                id: measure
                visible: false
                text: chart.scaleTop
                font.pixelSize: Theme.smallSize
            }
            Repeater { // grid lines at 0, a quarter, half, three quarters and the top, with their counts
                model: 5
                Rectangle {
                    id: line
                    required property int index
                    y: plot.height - 1 - index / 4 * (plot.height - 1)
                    width: plot.width
                    height: 1
                    color: Theme.border
                    QQC2.Label {
                        anchors.right: parent.left
                        anchors.rightMargin: Theme.spacing / 2
                        anchors.verticalCenter: parent.verticalCenter
                        text: chart.scaleTop * line.index / 4
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
            Repeater {
                model: chart.values.length
                Item {
                    id: bar
                    required property int index
                    readonly property real count: chart.values[index]
                    readonly property bool labelled: (chart.values.length - 1 - index) % chart.labelEvery === 0
                    x: index * (plot.slot + chart.gap)
                    width: plot.slot
                    height: plot.height
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(chart.labels[index] ?? "").arg(count)
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width, 96)
                        height: bar.count / chart.scaleTop * (plot.height - 1)
                        color: chart.barColor
                    }
                    QQC2.Label {
                        visible: bar.labelled
                        y: plot.height + 2
                        // A sparse label spreads over the bars beside it; a dense one wraps.
                        width: chart.labelEvery > 1 ? implicitWidth : bar.width
                        x: chart.labelEvery > 1 ? Math.max(-bar.x, Math.min(plot.width - bar.x - width, (bar.width - width) / 2)) : 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: chart.labelEvery > 1 ? Text.NoWrap : Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        text: chart.labels[bar.index] ?? ""
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                    QQC2.ToolTip.visible: hover.hovered
                    QQC2.ToolTip.text: bar.Accessible.name
                    HoverHandler {
                        id: hover
                    }
                }
            }
        }
    }
}
