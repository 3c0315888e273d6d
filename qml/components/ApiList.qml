// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Worknation.Client
import Worknation.Ui

/**
 * A server list (ApiListModel) as a scrolling column of cards, with its loading, empty and error
 * states; rows load as the view scrolls. The delegate gets `row`, `rowId` and `index`.
 *
 * The state and the list are placed by anchors, not by a layout: a Qt 6.4 layout inside another
 * keeps the room of a child that hides while its own size stays the same, which left an empty
 * gap above the rows once they came.
 */
Item {
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

    implicitWidth: state.visible ? state.implicitWidth : 0
    implicitHeight: state.visible ? state.implicitHeight : 0

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
        id: state
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        loading: model.loading
        error: model.error
        count: model.count
        emptyText: apiList.emptyText
        onRetry: model.reload()
    }

    KeyList {
        id: view
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: state.visible ? state.bottom : parent.top
        anchors.topMargin: state.visible ? Theme.spacing : 0
        clip: true
        spacing: Theme.spacing / 2
        model: model
        currentIndex: -1
        Keys.onReturnPressed: apiList.activated(apiList.current)
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    }
}
