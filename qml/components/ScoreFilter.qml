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

    /** What the list's call takes: nothing, or the assessment and the minimum. */
    readonly property var arguments: assessment.currentValue ? {
        assessment: assessment.currentValue,
        min_percent: minimum.value
    } : ({})
    /** The title of the assessment filtered by; empty without one. */
    readonly property string title: assessment.currentValue ? assessment.currentText : ""

    /** Either part changed: the list should be read again. */
    signal changed

    spacing: Theme.spacing / 2

    AssessmentChoices {
        id: assessments
    }

    EntriesBox {
        id: assessment
        objectName: "scoreAssessment"
        Layout.preferredWidth: 240
        entries: assessments.after(qsTr("Any assessment score"))
        Accessible.name: qsTr("Assessment")
        onActivated: filter.changed()
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
