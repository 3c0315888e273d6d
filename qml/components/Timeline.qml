// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** An application's history, oldest first: each step with who took it, when, and why. */
ColumnLayout {
    id: timeline

    /** [{at, by, from, to, reason}]: by is "talent" or "company", reason a refusal's code. */
    property var steps: []
    /** Whose history it is: their own steps read "by you". */
    property string viewer: "talent"

    /** Who took a step, in words: the raw side ("talent") once showed. */
    function takenBy(by: string): string {
        if (by === timeline.viewer)
            return qsTr("you");
        return by === "company" ? qsTr("the company") : qsTr("the talent");
    }

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
                    text: qsTr("%1, by %2").arg(new Date(step.modelData.at).toLocaleString(Qt.locale(), Locale.ShortFormat)).arg(timeline.takenBy(step.modelData.by ?? ""))
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: !!step.modelData.reason
                    text: Vocabulary.reasonLabel(step.modelData.reason ?? "", Qt.uiLanguage)
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
