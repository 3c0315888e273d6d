// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The work the talent looks for: the kinds (job preferences), the career level, the pay expected
 * (naira, typed as people write them, "600,000"), whether they would move, whether employers'
 * candidate search may find them, and who sees their assessment results. Filled once from the profile and again only from its own save,
 * and only what differs from what it was filled with is sent, so nothing loaded but untouched is
 * written back over a change made elsewhere.
 */
ProfileSection {
    id: section

    /** The profile this form was filled from. */
    property var base: ({})
    /** The job preference codes ticked. */
    property var chosen: []
    /** Every job preference the catalogue offers: code, name, category. */
    property var kinds: []
    property var levels: [
        {
            code: "",
            name: qsTr("Not given")
        }
    ]
    readonly property string baseLevel: section.base.desired_career_level?.code ?? ""
    readonly property string baseRelocate: section.base.willing_to_relocate === undefined || section.base.willing_to_relocate === null ? "" : String(section.base.willing_to_relocate)

    /** The whole profile, as the server answers the change. */
    signal saved(var profile)

    /** Whole naira for people: "600,000". */
    function amountText(amount: var): string {
        return amount === undefined || amount === null ? "" : Number(amount).toLocaleString(Qt.locale("en_NG"), "f", 0);
    }
    /** The whole amount typed ("600,000", "600000", "₦ 600 000"); NaN when it is not one. */
    function amountOf(text: string): real {
        const digits = text.replace(/[\s,₦]/g, "");
        return /^[0-9]+$/.test(digits) ? Number(digits) : NaN;
    }

    function fill(profile: var) {
        section.base = profile;
        section.chosen = (profile.job_preferences ?? []).map(p => p.code);
        level.currentIndex = Math.max(0, level.indexOfValue(section.baseLevel));
        relocate.currentIndex = Math.max(0, relocate.indexOfValue(section.baseRelocate));
        payMin.text = amountText(profile.salary_expectation?.min);
        payMax.text = amountText(profile.salary_expectation?.max);
        period.currentIndex = Math.max(0, period.indexOfValue(profile.salary_expectation?.period ?? "monthly"));
        hidden.checked = !!profile.hidden;
        resultsShown.currentIndex = Math.max(0, resultsShown.indexOfValue(profile.assessment_visibility ?? "applications"));
        showProblems({});
    }

    function toggle(code: string, on: bool) {
        const rest = section.chosen.filter(c => c !== code);
        section.chosen = on ? rest.concat([code]) : rest;
    }

    function showProblems(problems: var) {
        payMin.error = problems["salary_expectation.min"] ?? "";
        payMax.error = problems["salary_expectation.max"] ?? problems.salary_expectation ?? "";
        levelProblem.text = problems.desired_career_level ?? "";
        kindsProblem.text = problems.job_preferences ?? "";
        resultsProblem.text = problems.assessment_visibility ?? "";
    }

    /** A 400's field errors by field; the pay's two amounts each by their own name. */
    function serverProblems(body: var): var {
        const problems = FormChecker.serverProblems(body);
        const messages = body?.message;
        if (Array.isArray(messages)) {
            for (const message of messages) {
                const match = /^salary_expectation\.(min|max) (.+)$/.exec(message);
                if (match)
                    problems["salary_expectation." + match[1]] = match[2][0].toUpperCase() + match[2].slice(1);
            }
        }
        return problems;
    }

    /** What differs from the profile as filled, as the update takes it; null on a problem. */
    function changes(): var {
        const body = {};
        const before = (section.base.job_preferences ?? []).map(p => p.code);
        if (before.length !== section.chosen.length || section.chosen.some(c => !before.includes(c)))
            body.job_preferences = section.chosen;
        if (hidden.checked !== !!section.base.hidden)
            body.hidden = hidden.checked;
        if (resultsShown.currentValue !== (section.base.assessment_visibility ?? "applications"))
            body.assessment_visibility = resultsShown.currentValue;
        if (level.currentValue !== section.baseLevel)
            body.desired_career_level = level.currentValue || null;
        if (relocate.currentValue !== section.baseRelocate)
            body.willing_to_relocate = relocate.currentValue === "" ? null : relocate.currentValue === "true";
        const pay = section.base.salary_expectation;
        const minText = payMin.text.trim();
        const maxText = payMax.text.trim();
        if (minText.length === 0 && maxText.length === 0) {
            if (pay)
                body.salary_expectation = null;
            return body;
        }
        // Checked here with the server's words, so the problem shows before anything is sent.
        const min = amountOf(minText);
        const max = amountOf(maxText);
        const problems = {};
        if (Number.isNaN(min))
            problems["salary_expectation.min"] = qsTr("Enter a whole amount in naira, like 450,000");
        if (Number.isNaN(max))
            problems["salary_expectation.max"] = qsTr("Enter a whole amount in naira, like 700,000");
        if (!Number.isNaN(min) && !Number.isNaN(max) && max < min)
            problems["salary_expectation.max"] = qsTr("Must not be less than the pay from");
        showProblems(problems);
        if (Object.keys(problems).length > 0)
            return null;
        if (!pay || pay.min !== min || pay.max !== max || pay.period !== period.currentValue)
            body.salary_expectation = {
                min: min,
                max: max,
                period: period.currentValue
            };
        return body;
    }

    function save() {
        const body = changes();
        if (body === null) {
            section.notice = "";
            section.error = "";
            return;
        }
        if (Object.keys(body).length === 0) {
            section.error = "";
            section.notice = qsTr("Nothing to save: nothing has changed.");
            return;
        }
        Backend.call("updateMyProfile", body, (error, answer) => {
            section.notice = error ? "" : qsTr("Your preferences are saved.");
            if (error) {
                const problems = section.serverProblems(answer);
                section.showProblems(problems);
                const placed = Object.keys(problems).some(k => k.startsWith("salary_expectation") || k === "desired_career_level" || k === "job_preferences");
                section.error = placed ? qsTr("Check the fields marked above.") : error;
                return;
            }
            section.error = "";
            section.fill(answer);
            section.saved(answer);
        });
    }

    title: qsTr("Work you are looking for")

    Component.onCompleted: {
        Backend.call("jobPreferences", {}, (error, body) => {
            if (error)
                kindsProblem.text = error;
            else
                section.kinds = body.data;
        });
        Backend.call("careerLevels", {}, (error, body) => {
            if (!error)
                section.levels = [section.levels[0]].concat(body.data);
        });
    }

    QQC2.Label {
        text: qsTr("Choose every kind of work that fits")
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: section.kinds
            delegate: QQC2.CheckBox {
                id: kind
                required property var modelData
                objectName: "preference_" + modelData.code
                text: modelData.name ?? modelData.code
                checked: section.chosen.includes(modelData.code)
                onToggled: {
                    section.toggle(kind.modelData.code, kind.checked);
                    // A click sets checked itself; the list of codes stays what it shows.
                    kind.checked = Qt.binding(() => section.chosen.includes(kind.modelData.code));
                }
            }
        }
    }
    QQC2.Label {
        id: kindsProblem
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.spacing
        rowSpacing: 0
        FormField {
            id: payMin
            input.objectName: "payMin"
            label: qsTr("Pay you expect, from (₦)")
            placeholderText: qsTr("450,000")
            input.inputMethodHints: Qt.ImhPreferNumbers
            // Written back as people read it once typed: "600000" becomes "600,000".
            input.onEditingFinished: if (!Number.isNaN(section.amountOf(payMin.text)))
                payMin.text = section.amountText(section.amountOf(payMin.text))
        }
        FormField {
            id: payMax
            input.objectName: "payMax"
            label: qsTr("To (₦)")
            placeholderText: qsTr("700,000")
            input.inputMethodHints: Qt.ImhPreferNumbers
            input.onEditingFinished: if (!Number.isNaN(section.amountOf(payMax.text)))
                payMax.text = section.amountText(section.amountOf(payMax.text))
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2
            QQC2.Label {
                text: qsTr("Paid")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            // Entries, not a model: a change of language words them again and keeps the choice.
            EntriesBox {
                id: period
                objectName: "payPeriod"
                Layout.fillWidth: true
                entries: [
                    {
                        value: "monthly",
                        text: qsTr("a month")
                    },
                    {
                        value: "yearly",
                        text: qsTr("a year")
                    }
                ]
                Accessible.name: qsTr("Paid")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2
            QQC2.Label {
                text: qsTr("Career level")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            QQC2.ComboBox {
                id: level
                objectName: "careerLevel"
                Layout.fillWidth: true
                model: section.levels
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Career level")
                // The levels may arrive after the profile: show the profile's once they do.
                onCountChanged: currentIndex = Math.max(0, indexOfValue(section.baseLevel))
            }
            QQC2.Label {
                id: levelProblem
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2
            QQC2.Label {
                text: qsTr("Willing to move for work?")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            EntriesBox {
                id: relocate
                objectName: "relocate"
                Layout.fillWidth: true
                entries: [
                    {
                        value: "",
                        text: qsTr("Not given")
                    },
                    {
                        value: "true",
                        text: qsTr("Yes")
                    },
                    {
                        value: "false",
                        text: qsTr("No")
                    }
                ]
                Accessible.name: qsTr("Willing to move for work?")
            }
        }
    }
    QQC2.CheckBox {
        id: hidden
        objectName: "hiddenFromSearch"
        text: qsTr("Hide my profile from employers' candidate search (they still see my applications)")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        QQC2.Label {
            text: qsTr("Who sees your assessment results")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        EntriesBox {
            id: resultsShown
            objectName: "assessmentVisibility"
            Layout.preferredWidth: 420
            entries: Vocabulary.choices("assessment_visibility", Qt.uiLanguage)
            Accessible.name: qsTr("Who sees your assessment results")
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: qsTr("Results of a company's own test, taken at its invitation, are always that company's to see.")
        }
        QQC2.Label {
            id: resultsProblem
            objectName: "assessmentVisibilityProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
    QQC2.Button {
        objectName: "savePreferences"
        text: qsTr("Save preferences")
        onClicked: section.save()
    }
}
