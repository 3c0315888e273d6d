// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * One goal (KPI) of an internship, edited: its name, description, weight, scale and rubric. Only
 * what changed is sent; the dialog stays open, with what was typed, until the server takes it,
 * and what the server refuses is said beside its field (a weight that would not leave the
 * goals summing to 100, a scale already scored on).
 */
QQC2.Dialog {
    id: editor

    /** The goal as the server last gave it. */
    property var kpi: ({})
    property string error

    /** The goal changed: the owner reads the goals again. */
    signal saved(var kpi)

    function edit(goal: var) {
        editor.kpi = goal;
        title.text = goal.title ?? "";
        description.text = goal.description ?? "";
        weight.text = String(goal.weight ?? "");
        scale.text = String(goal.max_score ?? "");
        rubric.text = goal.rubric ?? "";
        editor.showProblems({});
        editor.error = "";
        editor.open();
    }

    /** Writes each problem under its field; true if there was one. */
    function showProblems(problems: var): bool {
        const fields = {
            title: title,
            description: description,
            weight: weight,
            max_score: scale,
            rubric: rubric
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        return Object.keys(problems).some(key => fields[key] !== undefined);
    }

    function save() {
        editor.error = "";
        const body = {};
        const texts = {
            title: title.text.trim(),
            description: description.text.trim(),
            rubric: rubric.text.trim()
        };
        for (const key in texts) {
            if (texts[key] !== (editor.kpi[key] ?? ""))
                body[key] = texts[key].length > 0 || key === "title" ? texts[key] : null;
        }
        const problems = {};
        for (const [key, field] of [["weight", weight], ["max_score", scale]]) {
            if (!field.input.acceptableInput)
                problems[key] = qsTr("Write a whole number from 1 to 100");
            else if (Number(field.text) !== editor.kpi[key])
                body[key] = Number(field.text);
        }
        if (texts.title.length === 0)
            problems.title = qsTr("Fill this in");
        if (editor.showProblems(problems))
            return;
        if (Object.keys(body).length === 0)
            return editor.close();
        body.id = editor.kpi.id;
        Backend.call("updateKpi", body, (failure, answer) => {
            if (failure) {
                if (!editor.showProblems(FormChecker.serverProblems(answer)))
                    editor.error = failure;
                return;
            }
            editor.close();
            editor.saved(answer);
        });
    }

    objectName: "kpiEditor"
    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: 520
    closePolicy: QQC2.Popup.CloseOnEscape
    title: qsTr("Edit the goal")

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "saveKpi"
            text: qsTr("Save")
            highlighted: true
            onClicked: editor.save()
        }
        QQC2.Button {
            text: qsTr("Cancel")
            onClicked: editor.reject()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2
        FormField {
            id: title
            input.objectName: "kpiTitle"
            label: qsTr("Goal")
        }
        FormField {
            id: description
            input.objectName: "kpiDescription"
            label: qsTr("Description (optional)")
        }
        RowLayout {
            Layout.fillWidth: true
            FormField {
                id: weight
                input.objectName: "kpiWeight"
                label: qsTr("Weight (the goals' weights sum to 100)")
                input.validator: IntValidator {
                    bottom: 1
                    top: 100
                }
            }
            FormField {
                id: scale
                input.objectName: "kpiScale"
                Layout.preferredWidth: 120
                Layout.fillWidth: false
                label: qsTr("Scored out of")
                input.validator: IntValidator {
                    bottom: 1
                    top: 100
                }
            }
        }
        FormField {
            id: rubric
            input.objectName: "kpiRubric"
            label: qsTr("What earns the top score")
        }
        QQC2.Label {
            objectName: "kpiEditorProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
