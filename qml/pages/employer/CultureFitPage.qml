// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A company's culture-fit target and its applicants ranked by it. The target has one choice per
 * dimension the culture-fit assessment defines, as the server lists them; Save sends a target for
 * those dimensions alone (one left at "No target" is not counted in the fit). Beside it, the
 * applicants who took the test, nearest to the target first, with the fit the server computed.
 */
Item {
    id: page

    /** The assessment whose target this is. */
    property string instrument: "culture-fit"
    /** Whether this viewer may change the target (assessments.manage); others read it. */
    property bool canEdit: true
    /** The dimensions as the server last gave them: [{category, name, target}]. */
    property var dimensions: []
    /** What each dimension means and its two ends, by code, from the assessment's categories. */
    property var described: ({})
    /** The target being edited, by code: a number from 1 to 5, or null for none. */
    property var chosen: ({})
    property bool loaded: false
    property bool saving: false
    property string error
    property string notice
    readonly property bool targetSet: page.dimensions.some(dimension => dimension.target !== null && dimension.target !== undefined)
    readonly property bool changed: page.dimensions.some(dimension => (dimension.target ?? null) !== (page.chosen[dimension.category] ?? null))

    /** The choices of a target: none, or 1 to 5 by halves (and a loaded value between them). */
    function choicesFor(dimension: var): var {
        const values = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
        const loaded = dimension.target;
        if (loaded !== null && loaded !== undefined && !values.includes(loaded)) {
            values.push(loaded);
            values.sort((a, b) => a - b);
        }
        return [{
                value: null,
                text: qsTr("No target")
            }].concat(values.map(value => ({
                        value: value,
                        text: value === 1 ? qsTr("1 · low") : value === 5 ? qsTr("5 · high") : String(value)
                    })));
    }

    /** The target as the server answered it: the dimensions and what is chosen for each. */
    function show(body: var) {
        page.dimensions = body.targets;
        const chosen = {};
        for (const dimension of body.targets)
            chosen[dimension.category] = dimension.target ?? null;
        page.chosen = chosen;
        page.loaded = true;
    }

    function load() {
        page.loaded = false;
        Backend.call("assessmentTarget", {
            instrument: page.instrument
        }, (error, body) => {
            page.error = error;
            if (!error)
                page.show(body);
        });
        Backend.call("assessmentBank", {
            instrument: page.instrument
        }, (error, body) => {
            if (error)
                return;
            const described = {};
            for (const category of body.categories ?? [])
                described[category.code] = category.description ?? "";
            page.described = described;
        });
    }

    function choose(code: string, value: var) {
        const chosen = Object.assign({}, page.chosen);
        chosen[code] = value;
        page.chosen = chosen;
        page.notice = "";
    }

    /** Sends a target for each dimension the server listed and that has one chosen. */
    function save() {
        const targets = page.dimensions.filter(dimension => page.chosen[dimension.category] !== null && page.chosen[dimension.category] !== undefined).map(dimension => ({
                    category: dimension.category,
                    target: page.chosen[dimension.category]
                }));
        page.saving = true;
        Backend.call("setAssessmentTarget", {
            instrument: page.instrument,
            targets: targets
        }, (error, body) => {
            page.saving = false;
            page.error = error;
            if (error)
                return;
            page.show(body);
            page.notice = targets.length === 0 ? qsTr("Target cleared: applicants are listed by score.") : qsTr("Target saved: applicants are ranked by it.");
            ranked.model.reload();
        });
    }

    function personOf(row: var): string {
        return row.user ? (row.user.first_name + " " + row.user.last_name).trim() : "";
    }

    Component.onCompleted: load()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Culture fit")
            subtitle: qsTr("The workplace you offer, and your applicants ranked by how near they come to it")
        }
        QQC2.Label {
            objectName: "cultureFitProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error || page.notice
            color: page.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2

            // ---- The target ----
            Card {
                Layout.preferredWidth: 3
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing / 2

                    QQC2.Label {
                        text: qsTr("Your target")
                        font.pixelSize: Theme.headingSize
                        color: Theme.primary
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("For each dimension, the mean answer (1 to 5) your workplace suits best.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    QQC2.BusyIndicator {
                        Layout.alignment: Qt.AlignHCenter
                        visible: !page.loaded && page.error.length === 0
                        running: visible
                    }
                    QQC2.ScrollView {
                        id: targetScroll
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        contentWidth: availableWidth

                        ColumnLayout {
                            width: targetScroll.availableWidth
                            spacing: Theme.spacing / 2

                            Repeater {
                                model: page.dimensions
                                ColumnLayout {
                                    id: dimensionRow
                                    required property var modelData
                                    readonly property var choices: page.choicesFor(modelData)
                                    Layout.fillWidth: true
                                    spacing: 2
                                    RowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing / 2
                                        QQC2.Label {
                                            Layout.fillWidth: true
                                            text: dimensionRow.modelData.name
                                            font.bold: true
                                            color: Theme.text
                                            elide: Text.ElideRight
                                        }
                                        QQC2.ComboBox {
                                            objectName: "target_" + dimensionRow.modelData.category
                                            Layout.preferredWidth: 130
                                            enabled: page.canEdit && page.loaded
                                            model: dimensionRow.choices
                                            textRole: "text"
                                            valueRole: "value"
                                            currentIndex: Math.max(0, dimensionRow.choices.findIndex(choice => choice.value === (page.chosen[dimensionRow.modelData.category] ?? null)))
                                            Accessible.name: qsTr("Target for %1").arg(dimensionRow.modelData.name)
                                            onActivated: index => page.choose(dimensionRow.modelData.category, dimensionRow.choices[index].value)
                                        }
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: page.described[dimensionRow.modelData.category] ?? ""
                                        color: Theme.muted
                                        font.pixelSize: Theme.smallSize
                                        wrapMode: Text.Wrap
                                    }
                                }
                            }
                        }
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: !page.canEdit
                        text: qsTr("Your company role lets you read the target; someone who manages assessments sets it.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: page.canEdit
                        spacing: Theme.spacing / 2
                        QQC2.Button {
                            objectName: "saveTarget"
                            text: qsTr("Save target")
                            highlighted: true
                            enabled: page.loaded && page.changed && !page.saving
                            onClicked: page.save()
                        }
                        QQC2.Button {
                            objectName: "resetTarget"
                            text: qsTr("Undo changes")
                            flat: true
                            enabled: page.loaded && page.changed && !page.saving
                            onClicked: page.show({
                                targets: page.dimensions
                            })
                        }
                    }
                }
            }

            // ---- The applicants, ranked ----
            ColumnLayout {
                Layout.preferredWidth: 4
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing / 2

                QQC2.Label {
                    text: qsTr("Applicants by fit")
                    font.pixelSize: Theme.headingSize
                    color: Theme.primary
                }
                QQC2.Label {
                    objectName: "rankingNote"
                    Layout.fillWidth: true
                    text: page.targetSet ? qsTr("Nearest to your target first: 100 % is an exact match.") : qsTr("No target yet: applicants are listed by score. Set a target to rank them by fit.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                ApiList {
                    id: ranked
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    operation: "rankedApplicants"
                    arguments: ({
                            instrument: page.instrument
                        })
                    emptyText: qsTr("None of your applicants has taken the culture fit test yet. Those who do appear here.")
                    delegate: RowCard {
                        required property var row
                        objectName: "ranked_" + row.user.id
                        title: qsTr("%1. %2").arg(index + 1).arg(page.personOf(row))
                        subtitle: [row.fit === null || row.fit === undefined ? qsTr("no fit without a target") : qsTr("fit %1 %").arg(row.fit), row.user.email ?? ""].filter(part => part).join(" · ")
                    }
                }
            }
        }
    }
}
