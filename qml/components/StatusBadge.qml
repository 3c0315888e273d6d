// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import Worknation.Client
import Worknation.Ui

/** A status as a small coloured pill, labelled for people ("Shortlisted"). */
Rectangle {
    id: badge

    property string status

    implicitWidth: label.implicitWidth + Theme.spacing
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Theme.tint(Theme.statusColor(badge.status))
    border.color: Theme.statusColor(badge.status)

    QQC2.Label {
        id: label
        objectName: "statusBadge"
        anchors.centerIn: parent
        text: Vocabulary.statusLabel(badge.status, Qt.uiLanguage)
        color: Theme.statusColor(badge.status)
        font.pixelSize: Theme.smallSize
    }
}
