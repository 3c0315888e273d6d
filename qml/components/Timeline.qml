// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/** An application's history, oldest first: each step with who took it, when, and why. */
ColumnLayout {
    id: timeline

    /** [{at, by, from, to, reason}] */
    property var steps: []

    spacing: Theme.spacing / 2

    Repeater {
        model: timeline.steps
        RowLayout {
            id: step
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacing
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 4
                width: 10
                height: 10
                radius: 5
                color: Theme.statusColor(step.modelData.to)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                StatusBadge {
                    status: step.modelData.to
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("%1, by %2").arg(new Date(step.modelData.at).toLocaleString(Qt.locale(), Locale.ShortFormat)).arg(step.modelData.by)
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: !!step.modelData.reason
                    text: step.modelData.reason ?? ""
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
