// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Creates an assessment bank: its title and description, its time limit, how many questions an
 * attempt draws, when it may be taken again, and its categories (headings, and facets under a
 * heading). Questions are added to it afterwards. The dialog stays open, with what was typed,
 * until the server has taken it.
 */
QQC2.Dialog {
    id: editor

    /** The categories being written: [{uid, name, code, parent}], parent being a heading's uid. */
    property var categories: []
    /** Counts edits of the names and codes, which are kept in place: the heading choices follow. */
    property int revision: 0
    property int lastUid: 0
    property string error

    /** The bank the server created. */
    signal saved(var bank)

    function start() {
        title.text = "";
        minutes.text = "";
        drawn.text = "";
        retake.text = "";
        description.text = "";
        editor.categories = [];
        addCategory();
        showProblems({});
        open();
        title.input.forceActiveFocus();
    }

    function addCategory() {
        editor.lastUid += 1;
        editor.categories = editor.categories.concat([{
                    uid: editor.lastUid,
                    name: "",
                    code: "",
                    parent: 0
                }]);
    }

    function removeCategory(index: int) {
        const uid = editor.categories[index].uid;
        editor.categories = editor.categories.filter((category, at) => at !== index).map(category => Object.assign({}, category, {
                        parent: category.parent === uid ? 0 : category.parent
                    }));
    }

    /** A code made from a name, as the bank's keys are written ("Team work" → "TEAM-WORK"). */
    function codeOf(name: string): string {
        return name.trim().toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
    }

    /**
     * Writes each problem (field → message) under its field, and any other under the form; true
     * when there was a problem.
     */
    function showProblems(problems: var): bool {
        const fields = {
            title: title,
            description: descriptionProblem,
            time_limit_seconds: minutes,
            question_count: drawn,
            retake_days: retake,
            categories: categoriesProblem
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

    /** A whole number typed in @p field, null when empty, NaN when it is not one. */
    function wholeNumber(field: var): var {
        const typed = field.text.trim().replace(/,/g, "");
        if (typed.length === 0)
            return null;
        return /^[0-9]+$/.test(typed) ? Number(typed) : NaN;
    }

    function save() {
        const body = {
            title: title.text.trim()
        };
        const problems = {};
        if (description.text.trim().length > 0)
            body.description = description.text.trim();
        const numbers = {
            time_limit_seconds: minutes,
            question_count: drawn,
            retake_days: retake
        };
        for (const key in numbers) {
            const value = wholeNumber(numbers[key]);
            if (isNaN(value))
                problems[key] = qsTr("Write a whole number, or leave it empty");
            else if (value !== null)
                body[key] = key === "time_limit_seconds" ? value * 60 : value;
        }
        // A heading is sent before the facets under it; an unnamed row is left out.
        const codeOfRow = category => category.code.trim() || codeOf(category.name);
        const named = editor.categories.filter(category => category.name.trim().length > 0).map(category => {
            const heading = editor.categories.find(row => row.uid === category.parent);
            return {
                name: category.name.trim(),
                code: codeOfRow(category),
                parent: heading ? codeOfRow(heading) : ""
            };
        });
        body.categories = named.filter(category => !category.parent).concat(named.filter(category => category.parent)).map(category => {
            const sent = {
                code: category.code,
                name: category.name
            };
            if (category.parent)
                sent.parent = category.parent;
            return sent;
        });
        if (showProblems(Object.assign(FormChecker.check("createAssessmentBank", body), problems)))
            return;
        Backend.call("createAssessmentBank", body, (failure, answer) => {
            if (failure) {
                if (!editor.showProblems(FormChecker.serverProblems(answer)))
                    editor.error = failure;
                return;
            }
            editor.close();
            editor.saved(answer);
        });
    }

    QtObject {
        id: descriptionProblem
        property string error
    }
    QtObject {
        id: categoriesProblem
        property string error
    }

    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(640, parent ? parent.width - 2 * Theme.spacing : 640)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    closePolicy: QQC2.Popup.CloseOnEscape

    header: QQC2.Label {
        padding: Theme.spacing
        text: qsTr("New assessment bank")
        font.pixelSize: Theme.headingSize
        color: Theme.primary
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "saveBank"
            text: qsTr("Create bank")
            highlighted: true
            onClicked: editor.save()
        }
        QQC2.Button {
            objectName: "cancelBank"
            text: qsTr("Cancel")
            onClicked: editor.reject()
        }
    }

    QQC2.ScrollView {
        id: scroller
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        implicitHeight: form.implicitHeight

        ColumnLayout {
            id: form
            width: scroller.availableWidth
            spacing: Theme.spacing / 2

            FormField {
                id: title
                input.objectName: "bankTitle"
                label: qsTr("Title")
                placeholderText: qsTr("Warehouse supervisor screening")
            }
            QQC2.Label {
                text: qsTr("What it is for, as takers will read it")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            TextBox {
                id: description
                objectName: "bankDescription"
                Layout.fillWidth: true
                Layout.preferredHeight: 60
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Description")
                onTextChanged: if (activeFocus)
                    descriptionProblem.error = ""
            }
            QQC2.Label {
                objectName: "bankDescriptionError"
                Layout.fillWidth: true
                visible: descriptionProblem.error.length > 0
                text: descriptionProblem.error
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: minutes
                    Layout.preferredWidth: 1
                    input.objectName: "bankMinutes"
                    label: qsTr("Time limit in minutes")
                    placeholderText: qsTr("Empty: no limit")
                }
                FormField {
                    id: drawn
                    Layout.preferredWidth: 1
                    input.objectName: "bankQuestionCount"
                    label: qsTr("Questions per attempt")
                    placeholderText: qsTr("Empty: every active one")
                }
                FormField {
                    id: retake
                    Layout.preferredWidth: 1
                    input.objectName: "bankRetakeDays"
                    label: qsTr("Days before a retake")
                    placeholderText: qsTr("Empty: taken once")
                }
            }

            QQC2.Label {
                Layout.topMargin: Theme.spacing / 2
                Layout.fillWidth: true
                text: qsTr("Categories: headings, and facets under a heading. Scores are given per category.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Repeater {
                model: editor.categories
                RowLayout {
                    id: categoryRow
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    QQC2.TextField {
                        objectName: "categoryName_" + categoryRow.index
                        Layout.fillWidth: true
                        text: categoryRow.modelData.name
                        placeholderText: qsTr("Name, like Calm under pressure")
                        Accessible.name: qsTr("Name of category %1").arg(categoryRow.index + 1)
                        onTextChanged: {
                            editor.categories[categoryRow.index].name = text;
                            editor.revision += 1;
                            if (activeFocus)
                                categoriesProblem.error = "";
                        }
                    }
                    QQC2.TextField {
                        objectName: "categoryCode_" + categoryRow.index
                        Layout.preferredWidth: 100
                        text: categoryRow.modelData.code
                        placeholderText: editor.codeOf(categoryRow.modelData.name) || qsTr("Code")
                        Accessible.name: qsTr("Code of category %1").arg(categoryRow.index + 1)
                        QQC2.ToolTip.visible: hovered
                        QQC2.ToolTip.text: qsTr("A short code questions name it by; made from the name when empty")
                        onTextChanged: {
                            editor.categories[categoryRow.index].code = text;
                            editor.revision += 1;
                            if (activeFocus)
                                categoriesProblem.error = "";
                        }
                    }
                    QQC2.ComboBox {
                        objectName: "categoryParent_" + categoryRow.index
                        Layout.preferredWidth: 170
                        // Any other named row without a heading of its own may be this one's.
                        model: editor.revision >= 0 ? [{
                                value: 0,
                                text: qsTr("A heading")
                            }, ...editor.categories.filter((category, at) => at !== categoryRow.index && !category.parent && category.name.trim().length > 0).map(category => ({
                                        value: category.uid,
                                        text: qsTr("Under %1").arg(category.name.trim())
                                    }))] : []
                        textRole: "text"
                        valueRole: "value"
                        currentIndex: Math.max(0, model.findIndex(choice => choice.value === categoryRow.modelData.parent))
                        Accessible.name: qsTr("Heading of category %1").arg(categoryRow.index + 1)
                        onActivated: {
                            editor.categories = editor.categories.map((category, at) => at === categoryRow.index ? Object.assign({}, category, {
                                            parent: currentValue
                                        }) : category);
                        }
                    }
                    QQC2.Button {
                        objectName: "removeCategory_" + categoryRow.index
                        text: "✕"
                        flat: true
                        Accessible.name: qsTr("Remove category %1").arg(categoryRow.index + 1)
                        onClicked: editor.removeCategory(categoryRow.index)
                    }
                }
            }
            QQC2.Button {
                objectName: "addCategory"
                text: qsTr("Add category")
                onClicked: editor.addCategory()
            }
            QQC2.Label {
                objectName: "bankCategoriesError"
                Layout.fillWidth: true
                visible: categoriesProblem.error.length > 0
                text: categoriesProblem.error
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "bankError"
                Layout.fillWidth: true
                visible: editor.error.length > 0
                text: editor.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }
}
