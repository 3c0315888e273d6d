// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A server list (ApiListModel) as a scrolling column of cards, with its loading, empty and error
 * states; rows load as the view scrolls. The delegate gets `row`, `rowId` and `index`.
 */
ColumnLayout {
    id: apiList

    property alias operation: model.operation
    property alias arguments: model.arguments
    property alias model: model
    property alias delegate: view.delegate
    property alias currentIndex: view.currentIndex
    property alias view: view
    property string emptyText: qsTr("Nothing here yet.")
    /** Make the first row current (and activated) once rows arrive, so its details show. */
    property bool selectFirst: false
    /** The current row's object ({} when none). */
    readonly property var current: view.currentIndex >= 0 && model.count > 0 ? model.get(view.currentIndex) : ({})

    /** Return pressed on the current row. */
    signal activated(var row)

    spacing: Theme.spacing

    ApiListModel {
        id: model
        onCountChanged: {
            if (apiList.selectFirst && count > 0 && view.currentIndex < 0) {
                view.currentIndex = 0;
                apiList.activated(apiList.current);
            }
        }
    }

    StateView {
        Layout.fillWidth: true
        loading: model.loading
        error: model.error
        count: model.count
        emptyText: apiList.emptyText
        onRetry: model.reload()
    }

    KeyList {
        id: view
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing / 2
        model: model
        currentIndex: -1
        Keys.onReturnPressed: apiList.activated(apiList.current)
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    }
}
