// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A company's trainings or internships in every status: a new one written in an editor, the
 * chosen one edited in the same editor (filled from the whole offer as the server keeps it, and
 * only what changed sent), its moves and its applicants, and for internships a second tab (the
 * programme's goals and mentors).
 */
Item {
    id: page

    /** "training" or "internship": names the operations, the workflows and the object names. */
    required property string noun
    property string title
    property string newText
    property string emptyText
    property string descriptionHint
    /** A second tab beside the applicants; its item is given the chosen `offer`. None without it. */
    property string detailsText
    property Component details: null
    /** The field that limits who is admitted ("capacity", "places") and what it is called. */
    property string placesKey: "capacity"
    property string placesLabel: qsTr("Seats")
    /** Internships also take a monthly stipend and a category. */
    property bool internshipFields: false
    /** The internship categories to choose from, "None" first: [{text, value}]. */
    property var categories: []

    readonly property string capital: noun.charAt(0).toUpperCase() + noun.slice(1)
    readonly property var offer: offers.current
    property string error

    QQC2.Dialog {
        id: editor
        objectName: page.noun + "Editor"
        modal: true
        anchors.centerIn: QQC2.Overlay.overlay
        width: 520
        title: (editor.loaded.id ?? 0) > 0 ? qsTr("Edit %1").arg(editor.loaded.title) : page.newText
        standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
        /** The server's answer to the last save, shown in the editor. */
        property string problem
        /** The offer being edited as the server gave it, its fields as the form shows them in
         *  `shown`; both empty for a new one. */
        property var loaded: ({})
        property var shown: ({})

        /** What the form shows now, by the body's names, before any check. */
        function values(): var {
            return {
                title: title.text,
                description: description.text,
                mode: mode.currentValue,
                state: stateField.text,
                start_date: startsField.text.trim(),
                end_date: endsField.text.trim(),
                application_deadline: deadlineField.text.trim(),
                places: placesField.text,
                stipend: stipendField.text,
                category_id: category.currentIndex > 0 ? category.currentValue : 0
            };
        }

        /** Empties the form, and forgets the offer it was editing. */
        function clear() {
            editor.loaded = {};
            editor.shown = {};
            title.text = "";
            description.clear();
            stateField.text = "";
            for (const key in editor.fields)
                editor.fields[key].text = "";
            category.currentIndex = 0;
            editor.showProblems({}, "");
        }

        /** Opens the form for a new offer: what was typed for one before is kept, an edit's
         *  values are not. */
        function startNew() {
            if ((editor.loaded.id ?? 0) > 0)
                editor.clear();
            editor.open();
        }

        /** Fills the form from the whole of @p offer as the server keeps it, then opens it. */
        function edit(offer: var) {
            Backend.call(page.noun, {
                id: offer.id
            }, (error, whole) => {
                page.error = error;
                if (error)
                    return;
                editor.loaded = whole;
                title.text = whole.title ?? "";
                description.text = whole.description ?? "";
                mode.currentIndex = Math.max(0, mode.indexOfValue(whole.mode));
                stateField.text = whole.state ?? "";
                startsField.text = whole.start_date ?? "";
                endsField.text = whole.end_date ?? "";
                // The deadline is kept as the end of a day where the company is: shown as that day.
                deadlineField.text = whole.application_deadline ? Qt.formatDate(new Date(whole.application_deadline), "yyyy-MM-dd") : "";
                placesField.text = whole[page.placesKey] === undefined || whole[page.placesKey] === null ? "" : String(whole[page.placesKey]);
                stipendField.text = whole.stipend === undefined || whole.stipend === null ? "" : String(whole.stipend);
                category.currentIndex = Math.max(0, category.indexOfValue(whole.category?.id ?? 0));
                editor.shown = editor.values();
                editor.showProblems({}, "");
                editor.open();
            });
        }

        /** The fields whose problems are written under them, by the name the server gives. */
        readonly property var fields: ({
                title: title,
                state: stateField,
                start_date: startsField,
                end_date: endsField,
                application_deadline: deadlineField,
                [page.placesKey]: placesField,
                stipend: stipendField
            })

        /** Writes each problem under its field, the others above the form; true if there was one. */
        function showProblems(problems: var, otherwise: string): bool {
            const elsewhere = [];
            for (const key in editor.fields)
                editor.fields[key].error = problems[key] ?? "";
            for (const key in problems) {
                if (!editor.fields[key])
                    elsewhere.push(problems[key]);
            }
            // What no field shows is said above the form, in the server's words when it gave them.
            editor.problem = elsewhere.length > 0 ? (otherwise || elsewhere.join(" ")) : (Object.keys(problems).length > 0 ? "" : otherwise);
            return Object.keys(problems).length > 0 || otherwise.length > 0;
        }

        onAccepted: {
            const body = {
                title: title.text,
                description: description.text,
                mode: mode.currentValue,
                state: stateField.text.length > 0 ? stateField.text : null
            };
            const problems = {};
            const day = /^\d{4}-\d{2}-\d{2}$/;
            for (const key of ["start_date", "end_date", "application_deadline"]) {
                const text = editor.fields[key].text.trim();
                if (text.length === 0)
                    continue;
                if (!day.test(text) || isNaN(Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd").getTime()))
                    problems[key] = qsTr("Write a day as %1").arg("2026-09-01");
                else if (key === "application_deadline")
                    // Applications are taken until the end of that day, where the company is.
                    body[key] = Date.fromLocaleString(Qt.locale("C"), text + " 23:59:59", "yyyy-MM-dd HH:mm:ss").toISOString();
                else
                    body[key] = text;
            }
            if (placesField.text.length > 0)
                body[page.placesKey] = Number(placesField.text);
            if (page.internshipFields && stipendField.text.length > 0)
                body.stipend = Number(stipendField.text);
            if (page.internshipFields && category.currentIndex > 0)
                body.category_id = category.currentValue;
            if (editor.showProblems(problems, "")) {
                Qt.callLater(editor.open); // once the dialog has finished closing
                return;
            }
            const editing = (editor.loaded.id ?? 0) > 0;
            if (editing) {
                // Only what was changed here goes, so nothing loaded is written back over a
                // change made elsewhere meanwhile.
                const now = editor.values();
                const bodyName = {
                    places: page.placesKey
                };
                for (const key in now) {
                    const name = bodyName[key] ?? key;
                    if (now[key] === editor.shown[key])
                        delete body[name];
                    else if (!(name in body))
                        body[name] = null; // emptied: the server forgets it
                }
                body.id = editor.loaded.id;
            }
            Backend.call((editing ? "update" : "create") + page.capital, body, (error, answer) => {
                if (error) {
                    // Nothing typed is lost: the editor comes back with what was refused and why.
                    editor.showProblems(FormChecker.serverProblems(answer), error);
                    editor.open();
                    return;
                }
                editor.clear();
                offers.model.reload();
            });
        }
        ColumnLayout {
            anchors.fill: parent
            QQC2.Label {
                objectName: page.noun + "Problem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: editor.problem
                color: Theme.error
                wrapMode: Text.Wrap
            }
            FormField {
                id: title
                input.objectName: page.noun + "Title"
                label: qsTr("Title")
            }
            RowLayout {
                EntriesBox {
                    id: mode
                    objectName: page.noun + "Mode"
                    textRole: "text"
                    valueRole: "value"
                    entries: Vocabulary.choices("mode", Qt.uiLanguage)
                }
                FormField {
                    id: stateField
                    label: qsTr("State")
                }
            }
            RowLayout {
                FormField {
                    id: startsField
                    input.objectName: page.noun + "Starts"
                    label: qsTr("Starts")
                    placeholderText: "2026-09-01"
                }
                FormField {
                    id: endsField
                    input.objectName: page.noun + "Ends"
                    label: qsTr("Ends")
                    placeholderText: "2026-11-30"
                }
                FormField {
                    id: deadlineField
                    input.objectName: page.noun + "Deadline"
                    label: qsTr("Apply by")
                    placeholderText: "2026-08-15"
                }
            }
            RowLayout {
                FormField {
                    id: placesField
                    input.objectName: page.noun + "Places"
                    Layout.preferredWidth: 100
                    Layout.fillWidth: false
                    label: page.placesLabel
                    input.validator: IntValidator {
                        bottom: 1
                        top: 100000
                    }
                }
                FormField {
                    id: stipendField
                    input.objectName: page.noun + "Stipend"
                    visible: page.internshipFields
                    label: qsTr("Stipend a month (₦)")
                    input.validator: IntValidator {
                        bottom: 0
                    }
                }
                ColumnLayout {
                    visible: page.internshipFields
                    spacing: 2
                    Layout.alignment: Qt.AlignTop
                    QQC2.Label {
                        text: qsTr("Category")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                    QQC2.ComboBox {
                        id: category
                        objectName: page.noun + "Category"
                        Layout.preferredWidth: 170
                        textRole: "text"
                        valueRole: "value"
                        model: page.categories
                        Accessible.name: qsTr("Category")
                    }
                }
            }
            TextBox {
                id: description
                objectName: page.noun + "Description"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                placeholderText: page.descriptionHint
                wrapMode: TextEdit.Wrap
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth, page.width * 0.34)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.title
                QQC2.Button {
                    objectName: "new" + page.capital
                    text: page.newText
                    highlighted: true
                    onClicked: editor.startNew()
                }
            }
            ApiList {
                id: offers
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "company" + page.capital + "s"
                selectFirst: true
                emptyText: page.emptyText
                delegate: RowCard {
                    required property var row
                    title: row.title
                    subtitle: row.applicant_counts ? qsTr("%n applicant(s)", "", row.applicant_counts.applicants) : qsTr("%n intern(s)", "", row.interns ?? 0)
                    status: row.status
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.offer.id !== undefined
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.offer.title ?? ""
                subtitle: [page.offer.mode ? Vocabulary.choiceLabel("mode", page.offer.mode, Qt.uiLanguage) : "", page.offer.start_date ? qsTr("starts %1").arg(page.offer.start_date) : ""].filter(part => part).join(" · ")
            }
            RowLayout {
                spacing: Theme.spacing / 2
                QQC2.Button {
                    objectName: "edit" + page.capital
                    // Archived offers are final.
                    visible: page.offer.status !== "archived"
                    text: qsTr("Edit…")
                    onClicked: editor.edit(page.offer)
                }
                Repeater {
                    // Where the company may move it from its status (shared rules).
                    model: Vocabulary.moveOptions(page.noun, Vocabulary.moves(page.noun, page.offer.status ?? "", "company"), page.offer.status ?? "", Qt.uiLanguage)
                    QQC2.Button {
                        required property var modelData
                        objectName: page.noun + "Status_" + modelData.value
                        text: modelData.text
                        onClicked: Backend.call("set" + page.capital + "Status", {
                            id: page.offer.id,
                            status: modelData.value
                        }, error => {
                            page.error = error;
                            offers.model.reload();
                        })
                    }
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: page.error.length > 0
                text: page.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
            QQC2.TabBar {
                id: tabs
                objectName: page.noun + "DetailTabs"
                visible: page.details !== null
                QQC2.TabButton {
                    text: qsTr("Applicants")
                    width: implicitWidth
                }
                QQC2.TabButton {
                    text: page.detailsText
                    width: implicitWidth
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex
                Applicants {
                    workflow: page.noun + "_application"
                    subjectId: page.offer.id ?? 0
                }
                Loader {
                    id: details
                    // Made when first shown, then kept: goals and a mentor being written outlive a
                    // look at the applicants.
                    active: page.details !== null && (tabs.currentIndex === 1 || item !== null)
                    sourceComponent: page.details
                    Binding {
                        target: details.item
                        property: "offer"
                        value: page.offer
                        when: details.item !== null
                    }
                }
            }
        }
    }
}
