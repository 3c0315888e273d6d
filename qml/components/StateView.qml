// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Ui

/** What a list shows when it has no rows: loading, an error with a retry, or an empty message. */
ColumnLayout {
    id: view

    property bool loading: false
    property string error: ""
    property string emptyText: qsTr("Nothing here yet.")
    /** Rows shown; the view is visible only while there are none (or an error). */
    property int count: 0

    signal retry

    visible: error.length > 0 || count === 0
    spacing: Theme.spacing

    QQC2.BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: view.loading
        running: view.loading
    }
    QQC2.Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: !view.loading
        text: view.error.length > 0 ? view.error : view.emptyText
        color: view.error.length > 0 ? Theme.error : Theme.muted
    }
    QQC2.Button {
        objectName: "retry"
        Layout.alignment: Qt.AlignHCenter
        visible: view.error.length > 0 && !view.loading
        text: qsTr("Try again")
        onClicked: view.retry()
    }
}
