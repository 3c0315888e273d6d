// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2

/**
 * A choice among {value, text} entries that shows the entry of `value` and tells when a person
 * picks another. It keeps showing that entry when its entries are replaced, as they are when the
 * language changes and their texts are translated again (a combo box would go back to the first).
 */
QQC2.ComboBox {
    id: box

    property string value

    signal chosen(string value)

    function entryOfValue(): int {
        return box.count > 0 ? Math.max(0, box.indexOfValue(box.value)) : -1;
    }

    textRole: "text"
    valueRole: "value"
    currentIndex: entryOfValue()
    onActivated: box.chosen(box.currentValue)
    // The box resets its index after the new entries are in: show the value again once it did.
    onModelChanged: reshow.restart()

    Timer {
        id: reshow
        interval: 0
        onTriggered: box.currentIndex = Qt.binding(box.entryOfValue)
    }
}
