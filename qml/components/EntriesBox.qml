// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2

/**
 * A combo box over {value, text} entries, chosen and read as any combo box is (currentIndex,
 * currentValue, activated), that keeps the entry chosen when its entries are replaced: as they
 * are when the language changes and the vocabulary's texts come again in the new one (a combo box
 * would go back to the first). Bind `entries`, not `model`.
 */
QQC2.ComboBox {
    id: box

    /** The entries: [{value, text}]. */
    property var entries: []

    /** Shows @p entries, on the entry of the same value as before when there was one. */
    function replaceEntries() {
        const chosen = box.count > 0 && box.currentIndex >= 0 ? box.valueAt(box.currentIndex) : undefined;
        box.model = box.entries;
        if (chosen !== undefined)
            box.currentIndex = Math.max(0, box.indexOfValue(chosen));
    }

    textRole: "text"
    valueRole: "value"
    onEntriesChanged: box.replaceEntries()
    Component.onCompleted: if (box.count === 0)
        box.replaceEntries()
}
