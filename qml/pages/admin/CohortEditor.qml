// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Starts a cohort, or edits the one given: its name, its first and last days, what it is about
 * and the skills it teaches. An edit sends only what changed; the dialog stays open, with what
 * was typed, until the server has taken it.
 */
QQC2.Dialog {
    id: editor

    /** The cohort as the server last gave it ({} for a new one). */
    property var cohort: ({})
    /** The skills chosen: [{id, name}]. */
    property var skills: []
    /** Skills found by the search, not yet chosen. */
    property var found: []
    property string error

    /** The cohort the server answered with, created or edited. */
    signal saved(var cohort)

    function edit(cohort: var) {
        editor.cohort = cohort;
        name.text = cohort.name ?? "";
        starts.text = cohort.start_date ?? "";
        ends.text = cohort.end_date ?? "";
        description.text = cohort.description ?? "";
        editor.skills = (cohort.skills ?? []).map(skill => ({
                    id: skill.id,
                    name: skill.name
                }));
        skillSearch.text = "";
        editor.found = [];
        showProblems({});
        open();
        name.input.forceActiveFocus();
    }

    /**
     * Writes each problem (field → message, from the server's rules) under its field, and any
     * other under the form; true when there was a problem.
     */
    function showProblems(problems: var): bool {
        const fields = {
            name: name,
            start_date: starts,
            end_date: ends,
            description: descriptionProblem,
            skill_ids: skillsProblem
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        const elsewhere = [];
        for (const key in problems) {
            if (!fields[key])
                elsewhere.push(problems[key]);
        }
        editor.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    /** The form as the API takes it: an empty day or description is none. */
    function values(): var {
        const text = field => field.text.trim().length > 0 ? field.text.trim() : null;
        return {
            name: name.text.trim(),
            start_date: text(starts),
            end_date: text(ends),
            description: text(description),
            skill_ids: editor.skills.map(skill => skill.id)
        };
    }

    /** For an edit, only what differs from the cohort as loaded. */
    function changes(values: var): var {
        const before = {
            name: editor.cohort.name,
            start_date: editor.cohort.start_date ?? null,
            end_date: editor.cohort.end_date ?? null,
            description: editor.cohort.description ?? null
        };
        const changed = {};
        for (const key in before) {
            if (values[key] !== before[key])
                changed[key] = values[key];
        }
        const ids = list => list.map(skill => skill.id).sort((a, b) => a - b).join(",");
        if (ids(editor.skills) !== ids(editor.cohort.skills ?? []))
            changed.skill_ids = values.skill_ids;
        return changed;
    }

    function save() {
        const all = values();
        const body = editor.cohort.id ? changes(all) : all;
        if (!editor.cohort.id) {
            // A new cohort leaves out what was not given.
            for (const key in body) {
                if (body[key] === null)
                    delete body[key];
            }
        }
        if (editor.cohort.id && Object.keys(body).length === 0) {
            close();
            return;
        }
        const operation = editor.cohort.id ? "updateCohort" : "createCohort";
        // The server's own rules, checked before anything is sent.
        if (showProblems(FormChecker.check(operation, body)))
            return;
        if (editor.cohort.id)
            body.id = editor.cohort.id;
        Backend.call(operation, body, (failure, answer) => {
            if (failure) {
                if (!editor.showProblems(FormChecker.serverProblems(answer)))
                    editor.error = failure;
                return;
            }
            editor.close();
            editor.saved(answer);
        });
    }

    function findSkills() {
        const words = skillSearch.text.trim();
        if (words.length === 0) {
            editor.found = [];
            return;
        }
        Backend.call("skills", {
            q: words,
            limit: 8
        }, (failure, body) => {
            skillsProblem.error = failure;
            if (!failure && words === skillSearch.text.trim())
                editor.found = body.data.filter(skill => !editor.skills.some(chosen => chosen.id === skill.id));
        });
    }

    /** What is wrong with the description and the skills, as FormField keeps it for the others. */
    QtObject {
        id: descriptionProblem
        property string error
    }
    QtObject {
        id: skillsProblem
        property string error
    }
    Timer {
        id: searchDelay
        interval: 250
        onTriggered: editor.findSkills()
    }

    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: 600
    closePolicy: QQC2.Popup.CloseOnEscape

    header: QQC2.Label {
        padding: Theme.spacing
        text: editor.cohort.id ? qsTr("Edit cohort") : qsTr("New cohort")
        font.pixelSize: Theme.headingSize
        color: Theme.primary
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "saveCohort"
            text: editor.cohort.id ? qsTr("Save") : qsTr("Create cohort")
            highlighted: true
            onClicked: editor.save()
        }
        QQC2.Button {
            objectName: "cancelCohort"
            text: qsTr("Cancel")
            onClicked: editor.reject()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        FormField {
            id: name
            input.objectName: "cohortName"
            label: qsTr("Name")
            placeholderText: qsTr("Data analysis, evening cohort")
        }
        RowLayout {
            spacing: Theme.spacing
            FormField {
                id: starts
                input.objectName: "cohortStarts"
                Layout.preferredWidth: 1 // the two halves alike, whatever is written under them
                label: qsTr("First day")
                placeholderText: qsTr("2026-09-01")
            }
            FormField {
                id: ends
                input.objectName: "cohortEnds"
                Layout.preferredWidth: 1 // the two halves alike, whatever is written under them
                label: qsTr("Last day")
                placeholderText: qsTr("2026-11-30")
            }
        }
        QQC2.Label {
            text: qsTr("What it teaches")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        TextBox {
            id: description
            objectName: "cohortDescription"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            wrapMode: TextEdit.Wrap
            Accessible.description: descriptionProblem.error
            onTextChanged: if (activeFocus)
                descriptionProblem.error = ""
        }
        QQC2.Label {
            objectName: "cohortDescriptionError"
            Layout.fillWidth: true
            visible: descriptionProblem.error.length > 0
            text: descriptionProblem.error
            color: Theme.error
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            text: qsTr("Skills")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            visible: editor.skills.length > 0
            Repeater {
                model: editor.skills
                QQC2.Button {
                    required property var modelData
                    objectName: "chosenSkill"
                    text: qsTr("%1 ✕").arg(modelData.name)
                    Accessible.name: qsTr("Remove %1").arg(modelData.name)
                    onClicked: editor.skills = editor.skills.filter(skill => skill.id !== modelData.id)
                }
            }
        }
        QQC2.TextField {
            id: skillSearch
            objectName: "skillSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Find a skill to add")
            onTextEdited: searchDelay.restart()
            onAccepted: editor.findSkills()
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            visible: editor.found.length > 0
            Repeater {
                model: editor.found
                QQC2.Button {
                    required property var modelData
                    objectName: "foundSkill"
                    text: qsTr("+ %1").arg(modelData.name)
                    flat: true
                    onClicked: {
                        editor.skills = editor.skills.concat([{
                                    id: modelData.id,
                                    name: modelData.name
                                }]);
                        editor.found = editor.found.filter(skill => skill.id !== modelData.id);
                        skillsProblem.error = "";
                    }
                }
            }
        }
        QQC2.Label {
            objectName: "cohortSkillsError"
            Layout.fillWidth: true
            visible: skillsProblem.error.length > 0
            text: skillsProblem.error
            color: Theme.error
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            objectName: "cohortError"
            Layout.fillWidth: true
            visible: editor.error.length > 0
            text: editor.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
