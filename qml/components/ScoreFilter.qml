// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * An employer's filter by an assessment's score, for a list that takes `assessment` (a slug) and
 * `min_percent`: the assessments the company may filter by (the platform's and its own), and the
 * lowest score kept. The list orders by that score, highest first, and gives each row its
 * `assessment_percent`.
 */
RowLayout {
    id: filter

    /** An assessment given to choose() before the choices came: chosen once they are in, and
     *  searched by meanwhile, so a saved search is run as it was saved. */
    property string wanted
    /** The assessment searched by: the one chosen, or the one waiting for the choices. */
    readonly property string slug: wanted.length > 0 ? wanted : (assessment.currentValue ?? "")
    /** What the list's call takes: nothing, or the assessment and the minimum. */
    readonly property var arguments: slug ? {
        assessment: slug,
        min_percent: minimum.value
    } : ({})
    /** The title of the assessment filtered by; empty without one. */
    readonly property string title: assessment.currentValue ? assessment.currentText : ""
    /** The assessments one may filter by: [{value: slug, text: title}]. */
    readonly property alias choices: assessments.entries

    /** Either part changed: the list should be read again. */
    signal changed

    /** Shows the filter as @p slug (none when empty) and at least @p percent, as a saved search
     *  holds it; nothing is signalled, the caller runs the search. */
    function choose(slug: string, percent: int) {
        minimum.value = percent;
        filter.wanted = slug;
        if (slug.length === 0)
            assessment.currentIndex = 0;
        filter.takeWanted();
    }

    function takeWanted() {
        const index = filter.wanted.length > 0 ? assessment.indexOfValue(filter.wanted) : -1;
        if (index < 0)
            return;
        assessment.currentIndex = index;
        filter.wanted = "";
    }

    spacing: Theme.spacing / 2

    AssessmentChoices {
        id: assessments
        onLoaded: filter.takeWanted()
    }

    EntriesBox {
        id: assessment
        objectName: "scoreAssessment"
        Layout.preferredWidth: 240
        // Narrower where the filter is given less room than it would like.
        Layout.fillWidth: true
        Layout.minimumWidth: 120
        Layout.maximumWidth: 240
        entries: assessments.after(qsTr("Any assessment score"))
        Accessible.name: qsTr("Assessment")
        onActivated: {
            filter.wanted = "";
            filter.changed();
        }
    }
    QQC2.Label {
        text: qsTr("at least")
        color: Theme.muted
        enabled: assessment.currentValue !== ""
    }
    QQC2.SpinBox {
        id: minimum
        objectName: "scoreMinimum"
        from: 0
        to: 100
        stepSize: 5
        editable: true
        enabled: assessment.currentValue !== ""
        textFromValue: (value, locale) => qsTr("%1 %").arg(value)
        valueFromText: (text, locale) => Number(text.replace(/[^0-9]/g, "")) || 0
        Accessible.name: qsTr("Lowest score, in percent")
        onValueModified: filter.changed()
    }
}
