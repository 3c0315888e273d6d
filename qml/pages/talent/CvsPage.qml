// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's CVs: start one from the profile or upload a file; edit a CV's title, template,
 * contact details and sections (shown or hidden, moved, added, removed) and each section's
 * entries (added, changed, moved, removed); look at the PDF the server draws, page by page; save
 * it as a file. What is edited stays on the page until it is saved: a refused save keeps it, with
 * each problem written beside its field.
 */
Item {
    id: page

    property var cv: null
    /** The CV's contact details and sections being edited (the CV's until saved). */
    property var basics: ({})
    property var sections: []
    /** The section shown beside the list; -1 is the contact details. */
    property int selected: -1
    /** The entry open in the entry form: its index, the count of entries when adding one, -1 when
     *  the form is closed. */
    property int entry: -1
    /** Something is changed and not saved. */
    property bool dirty: false
    property string error
    property string notice

    readonly property bool built: cv !== null && cv.source === "builder"
    readonly property var section: selected >= 0 && selected < sections.length ? sections[selected] : null
    readonly property bool sectionVerified: section !== null && verifiedTypes.indexOf(section.type) >= 0
    readonly property var verifiedTypes: ["identity", "trainings", "assessments"]
    readonly property var contactFields: [
        {
            field: "name",
            label: qsTr("Name")
        },
        {
            field: "headline",
            label: qsTr("Headline")
        },
        {
            field: "email",
            label: qsTr("Email")
        },
        {
            field: "phone",
            label: qsTr("Phone")
        },
        {
            field: "location",
            label: qsTr("Location")
        },
        {
            field: "website",
            label: qsTr("Website")
        }
    ]
    /** The entry fields each kind of section uses, named for it (the server keeps one shape). */
    readonly property var entryLabels: ({
            experience: {
                title: qsTr("Position"),
                subtitle: qsTr("Employer"),
                location: qsTr("Location"),
                start: qsTr("From (e.g. 2021-03)"),
                end: qsTr("To (or Present)"),
                description: qsTr("What you did")
            },
            education: {
                title: qsTr("School"),
                subtitle: qsTr("Course"),
                level: qsTr("Qualification"),
                start: qsTr("From"),
                end: qsTr("To"),
                description: qsTr("Details")
            },
            skills: {
                title: qsTr("Skill"),
                level: qsTr("Level"),
                description: qsTr("Details")
            },
            certificates: {
                title: qsTr("Certificate"),
                subtitle: qsTr("Issued by"),
                start: qsTr("Issued (e.g. 2023-06)"),
                url: qsTr("Link to check it"),
                description: qsTr("Details")
            },
            languages: {
                title: qsTr("Language"),
                level: qsTr("Level")
            },
            projects: {
                title: qsTr("Project"),
                subtitle: qsTr("Your role"),
                start: qsTr("From"),
                end: qsTr("To"),
                url: qsTr("Link"),
                description: qsTr("What it is")
            },
            links: {
                title: qsTr("Name"),
                url: qsTr("Address")
            },
            custom: {
                title: qsTr("Title"),
                subtitle: qsTr("Subtitle"),
                location: qsTr("Location"),
                start: qsTr("From"),
                end: qsTr("To"),
                level: qsTr("Level"),
                url: qsTr("Link"),
                description: qsTr("Description")
            }
        })
    /** The open section's names for its entries' fields; a field without one is not shown. */
    readonly property var labels: section ? entryLabels[section.type] ?? {} : {}
    readonly property string descriptionLabel: labels.description ?? ""

    function isVerified(type: string): bool {
        return verifiedTypes.indexOf(type) >= 0;
    }
    /** A copy of the sections, so that a change is a new list the views see. */
    function copied(): var {
        return JSON.parse(JSON.stringify(sections));
    }
    function changeSections(list: var) {
        sections = list;
        dirty = true;
        notice = "";
    }

    /**
     * Does @p action, which shows another CV ("open" CV @p id, start a "new" one, "upload" one),
     * now, or once the talent lets the unsaved changes go.
     */
    function leave(action: string, id: int) {
        if (!dirty) {
            act(action, id);
            return;
        }
        leaveDialog.ask(() => {
            page.dirty = false;
            page.act(action, id);
        });
    }
    function act(action: string, id: int) {
        if (action === "open") {
            open(id);
        } else if (action === "upload") {
            uploadDialog.open();
        } else {
            Backend.call("createCv", {}, (error, body) => {
                page.error = error;
                if (error)
                    return;
                list.model.reload();
                page.load(body, true);
            });
        }
    }
    function open(id: int) {
        Backend.call("cv", {
            id: id
        }, (error, body) => {
            page.error = error;
            page.notice = "";
            if (!error)
                page.load(body, true);
        });
    }
    /** Shows @p body, the CV as the server has it; @p fresh starts at its contact details. */
    function load(body: var, fresh: bool) {
        cv = body;
        basics = Object.assign({}, body.document?.basics ?? {});
        sections = body.document?.sections ?? [];
        dirty = false;
        title.text = body.title;
        title.error = "";
        templateChoice.currentIndex = Math.max(0, templateChoice.indexOfValue(body.template));
        closeEntry();
        fillContact();
        if (fresh) {
            tabs.currentIndex = 0;
            preview.clear();
            select(-1);
        } else {
            select(Math.min(selected, sections.length - 1));
        }
    }
    function select(index: int) {
        // An entry being written goes into its section first (or stays open, with its problems).
        if (entry >= 0 && !keepEntry())
            return;
        selected = index;
        sectionTitle.text = section ? section.title : "";
        sectionTitle.error = "";
    }
    function fillContact() {
        for (let i = 0; i < contactRepeater.count; ++i) {
            const field = contactRepeater.itemAt(i);
            field.text = basics[field.name] ?? "";
            field.error = "";
        }
        summary.text = basics.summary ?? "";
        summaryProblem.text = "";
    }
    /** The contact details as the fields hold them (each filled from the CV when it opened). */
    function contact(): var {
        const changed = Object.assign({}, basics);
        for (let i = 0; i < contactRepeater.count; ++i) {
            const field = contactRepeater.itemAt(i);
            changed[field.name] = field.text;
        }
        changed.summary = summary.text;
        return changed;
    }
    function contactEdited(field: string, text: string) {
        if (text === (basics[field] ?? ""))
            return;
        dirty = true;
        notice = "";
    }

    function move(from: int, to: int) {
        if (to < 0 || to >= sections.length)
            return;
        const list = copied();
        list.splice(to, 0, list.splice(from, 1)[0]);
        changeSections(list);
        if (selected === from)
            selected = to;
        else if (selected === to)
            selected = from;
    }
    function setHidden(index: int, hidden: bool) {
        const list = copied();
        list[index].hidden = hidden;
        changeSections(list);
    }
    function addSection(type: string, label: string) {
        if (!keepEntry())
            return;
        const list = copied();
        list.push({
            type: type,
            title: label,
            hidden: false,
            items: []
        });
        changeSections(list);
        select(list.length - 1);
    }
    function removeSection(index: int) {
        closeEntry(); // the entry being written goes with its section
        const list = copied();
        list.splice(index, 1);
        changeSections(list);
        select(-1);
    }
    function renameSection(text: string) {
        if (!section || section.title === text)
            return;
        const list = copied();
        list[selected].title = text;
        changeSections(list);
    }

    /** The entry form's one-line fields. */
    function entryInputs(): var {
        return [entryTitle, entrySubtitle, entryLocation, entryStart, entryEnd, entryLevel, entryUrl];
    }
    function openEntry(index: int) {
        entry = index;
        const item = (section.items ?? [])[index] ?? {};
        for (const field of entryInputs()) {
            field.text = item[field.name] ?? "";
            field.error = "";
        }
        description.text = item.description ?? "";
        descriptionProblem.text = "";
        entryTitle.input.forceActiveFocus();
    }
    function closeEntry() {
        entry = -1;
    }
    /**
     * Puts what the entry form holds into the section (the entry's other fields stay as they
     * were); false, with the problems beside their fields, when the schema refuses it.
     */
    function keepEntry(): bool {
        if (entry < 0)
            return true;
        const list = copied();
        const items = list[selected].items ?? [];
        const item = Object.assign({}, items[entry] ?? {});
        for (const field of entryInputs()) {
            if (field.visible)
                item[field.name] = field.text.trim();
        }
        if (descriptionLabel.length > 0)
            item.description = description.text.trim();
        items[entry] = item;
        list[selected].items = items;
        const problems = FormChecker.checkPaths("updateCv", {
            sections: list
        });
        if (showEntryProblems(problems, selected, entry))
            return false;
        changeSections(list);
        closeEntry();
        return true;
    }
    function moveEntry(from: int, to: int) {
        const list = copied();
        const items = list[selected].items ?? [];
        if (to < 0 || to >= items.length)
            return;
        items.splice(to, 0, items.splice(from, 1)[0]);
        list[selected].items = items;
        changeSections(list);
    }
    function removeEntry(index: int) {
        const list = copied();
        list[selected].items.splice(index, 1);
        changeSections(list);
        closeEntry();
    }

    /** Writes the problems of entry @p item of section @p index beside its fields; true if any. */
    function showEntryProblems(problems: var, index: int, item: int): bool {
        const prefix = "sections[" + index + "].items[" + item + "].";
        let found = false;
        for (const field of entryInputs()) {
            field.error = problems[prefix + field.name] ?? "";
            found = found || field.error.length > 0;
        }
        descriptionProblem.text = problems[prefix + "description"] ?? "";
        return found || descriptionProblem.text.length > 0;
    }
    /**
     * Opens where each problem of @p problems (by path) is and writes it beside its field: the
     * title, a contact detail, a section's title, an entry's field. Answers whether any was placed.
     */
    function placeProblems(problems: var): bool {
        const paths = Object.keys(problems);
        title.error = problems.title ?? "";
        let placed = title.error.length > 0;
        const contact = paths.find(p => p.startsWith("basics."));
        if (contact !== undefined) {
            select(-1);
            for (let i = 0; i < contactRepeater.count; ++i) {
                const field = contactRepeater.itemAt(i);
                field.error = problems["basics." + field.name] ?? "";
            }
            summaryProblem.text = problems["basics.summary"] ?? "";
            return true;
        }
        const inSection = paths.map(p => /^sections\[(\d+)\](?:\.items\[(\d+)\])?\.(\w+)$/.exec(p)).find(m => m !== null);
        if (inSection) {
            select(Number(inSection[1]));
            if (inSection[2] === undefined) {
                sectionTitle.error = problems["sections[" + inSection[1] + "].title"] ?? "";
            } else {
                openEntry(Number(inSection[2]));
                showEntryProblems(problems, Number(inSection[1]), Number(inSection[2]));
            }
            placed = true;
        }
        return placed;
    }

    /** Saves what the form loaded and changed; @p then runs once the server kept it. */
    function save(then: var) {
        if (!keepEntry()) {
            error = qsTr("Check the fields marked.");
            return;
        }
        const change = {
            title: title.text
        };
        // An uploaded CV is a file: only its title changes.
        if (built) {
            change.template = templateChoice.currentValue;
            change.basics = contact();
            change.sections = sections;
        }
        const found = FormChecker.checkPaths("updateCv", change);
        if (Object.keys(found).length > 0) {
            page.placeProblems(found);
            error = qsTr("Check the fields marked.");
            return;
        }
        Backend.call("updateCv", Object.assign({
            id: cv.id
        }, change), (error, body) => {
            if (error) {
                // A refusal leaves every field as it was typed, the problems beside them.
                const placed = page.placeProblems(FormChecker.serverProblemsByPath(body));
                page.error = placed ? qsTr("Check the fields marked.") : error;
                page.notice = "";
                return;
            }
            page.error = "";
            page.notice = qsTr("Saved.");
            page.load(body, false);
            list.model.reload();
            if (then)
                then();
        });
    }
    /** Saves any change, then has the server draw the PDF and shows its pages. */
    function showPreview() {
        notice = "";
        if (!built) {
            if (cv.file?.content_type === "application/pdf")
                preview.loadLink(cv.file.url);
            else
                preview.clear();
            return;
        }
        const draw = () => preview.load("cvPreview", {
                id: page.cv.id
            });
        if (dirty)
            save(draw);
        else
            draw();
    }
    /** Saves the CV's PDF (made now, and kept among the generated ones) or its file as @p file. */
    function downloadTo(file: url) {
        const saved = error => {
            page.error = error;
            page.notice = error ? "" : qsTr("Saved as %1.").arg(decodeURIComponent(String(file).replace(/^file:\/\//, "")));
        };
        if (!built) {
            preview.saveLink(cv.file.url, file, saved);
            return;
        }
        save(() => Backend.call("generateCvPdf", {
                id: page.cv.id
            }, (error, body) => {
                if (error)
                    page.error = error;
                else
                    preview.saveLink(body.url, file, saved);
            }));
    }
    function uploadFrom(file: url) {
        const name = decodeURIComponent(String(file).split("/").pop());
        const cvTitle = name.replace(/\.[^.]*$/, "").slice(0, 100) || qsTr("Uploaded CV");
        Backend.upload("uploadCv", file, (error, body) => {
            page.error = error;
            if (error)
                return;
            page.notice = qsTr("%1 is kept as a CV.").arg(name);
            list.model.reload();
            page.load(body, true);
        }, {
            title: cvTitle
        });
    }

    /** A row of the list of sections: opens what it names (by click or the keyboard). */
    component Choice: QQC2.ItemDelegate {
        id: choice
        property bool current
        property bool muted
        leftPadding: Theme.spacing / 2
        background: Rectangle {
            color: choice.current ? Theme.selection : "transparent"
            border.color: choice.visualFocus ? Theme.primary : "transparent"
            radius: Theme.radius
        }
        contentItem: QQC2.Label {
            text: choice.text
            color: choice.muted ? Theme.muted : Theme.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
    }

    /** A one-line field of the entry form, shown when the open section names it. */
    component EntryField: FormField {
        property string name
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        visible: label.length > 0
        label: page.labels[name] ?? ""
        input.objectName: "entry_" + name
        input.onAccepted: page.keepEntry()
    }

    PdfPreview {
        id: preview
    }

    FileDialog {
        id: uploadDialog
        objectName: "cvUploadDialog"
        title: qsTr("Choose a CV file")
        nameFilters: [qsTr("CV files (*.pdf *.docx)")]
        onAccepted: page.uploadFrom(selectedFile)
    }
    FileDialog {
        id: downloadDialog
        objectName: "cvDownloadDialog"
        title: qsTr("Save the CV as")
        fileMode: FileDialog.SaveFile
        nameFilters: page.built || page.cv?.file?.content_type === "application/pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("Word document (*.docx)")]
        onAccepted: page.downloadTo(selectedFile)
    }
    QQC2.Dialog {
        id: deleteDialog
        objectName: "deleteCvDialog"
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        width: 420
        title: qsTr("Delete %1?").arg(page.cv?.title ?? "")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        QQC2.Label {
            text: qsTr("The CV and the PDFs made of it are deleted.")
        }
        onAccepted: Backend.call("deleteCv", {
            id: page.cv.id
        }, error => {
            page.error = error;
            if (error)
                return;
            page.cv = null;
            page.sections = [];
            page.dirty = false;
            preview.clear();
            list.model.reload();
        })
    }
    DiscardDialog {
        id: leaveDialog
        objectName: "leaveCvDialog"
        subject: page.cv?.title ?? ""
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: 240
            Layout.maximumWidth: 240
            Layout.fillHeight: true
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("CVs")
            }
            QQC2.Button {
                objectName: "newCv"
                Layout.fillWidth: true
                text: qsTr("New CV from my profile")
                onClicked: page.leave("new", 0)
            }
            QQC2.Button {
                objectName: "uploadCv"
                Layout.fillWidth: true
                text: qsTr("Upload a CV file…")
                onClicked: page.leave("upload", 0)
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("PDF or Word (.docx), at most 10 MB.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            ApiList {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "myCvs"
                emptyText: qsTr("No CV yet: start one from your profile or upload one.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: row.source === "upload" ? qsTr("Uploaded file") : Vocabulary.choiceLabel("template", row.template, Qt.uiLanguage)
                    selected: page.cv !== null && page.cv.id === row.id
                    actionsBelow: true
                    QQC2.Button {
                        objectName: "openCv"
                        text: qsTr("Open")
                        onClicked: {
                            if (page.cv?.id !== card.row.id)
                                page.leave("open", card.row.id);
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            visible: page.cv !== null

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: title
                    Layout.fillWidth: true
                    input.objectName: "cvTitle"
                    label: qsTr("Title")
                    input.onTextChanged: {
                        if (page.cv !== null && text !== page.cv.title) {
                            page.dirty = true;
                            page.notice = "";
                        }
                    }
                }
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    visible: page.built
                    spacing: 2
                    QQC2.Label {
                        text: qsTr("Template")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                    EntriesBox {
                        id: templateChoice
                        objectName: "cvTemplate"
                        textRole: "text"
                        valueRole: "value"
                        entries: Vocabulary.choices("template", Qt.uiLanguage)
                        Accessible.name: qsTr("Template")
                        onActivated: page.dirty = true
                    }
                }
            }

            QQC2.TabBar {
                id: tabs
                Layout.fillWidth: true
                QQC2.TabButton {
                    objectName: "editTab"
                    text: qsTr("Edit")
                }
                QQC2.TabButton {
                    objectName: "previewTab"
                    text: qsTr("Preview")
                    onClicked: page.showPreview()
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex

                // The editor: the sections on the left, the open one (or the contact details)
                // beside them.
                Item {
                    QQC2.Label {
                        anchors.fill: parent
                        visible: !page.built
                        text: qsTr("An uploaded CV is kept as it came: only its title changes. Look at it under Preview, or save it as a file.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        anchors.fill: parent
                        visible: page.built
                        spacing: Theme.spacing

                        ColumnLayout {
                            Layout.preferredWidth: 250
                            Layout.maximumWidth: 250
                            Layout.fillHeight: true
                            spacing: Theme.spacing / 2

                            Choice {
                                objectName: "contactDetails"
                                Layout.fillWidth: true
                                text: qsTr("Contact and summary")
                                current: page.selected === -1
                                onClicked: page.select(-1)
                            }
                            ListView {
                                id: sectionList
                                objectName: "cvSections"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                clip: true
                                model: page.sections
                                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                                delegate: Rectangle {
                                    id: sectionRow
                                    required property var modelData
                                    required property int index
                                    readonly property bool verified: page.isVerified(modelData.type)
                                    readonly property int count: verified ? (page.cv?.verified?.[modelData.type] ?? []).length : (modelData.items ?? []).length
                                    width: sectionList.width
                                    height: rowLayout.implicitHeight
                                    color: page.selected === index ? Theme.selection : "transparent"
                                    radius: Theme.radius
                                    RowLayout {
                                        id: rowLayout
                                        anchors.left: parent.left
                                        anchors.right: parent.right
                                        spacing: 0
                                        QQC2.CheckBox {
                                            objectName: "showSection"
                                            checked: !sectionRow.modelData.hidden
                                            Accessible.name: qsTr("Show %1").arg(sectionRow.modelData.title)
                                            onToggled: page.setHidden(sectionRow.index, !checked)
                                        }
                                        Choice {
                                            objectName: "sectionName"
                                            Layout.fillWidth: true
                                            text: sectionRow.modelData.title + (sectionRow.verified ? " ✓" : "") + " (" + sectionRow.count + ")"
                                            muted: sectionRow.modelData.hidden
                                            onClicked: page.select(sectionRow.index)
                                        }
                                        QQC2.ToolButton {
                                            objectName: "sectionUp"
                                            text: "↑"
                                            enabled: sectionRow.index > 0
                                            Accessible.name: qsTr("Move %1 up").arg(sectionRow.modelData.title)
                                            onClicked: page.move(sectionRow.index, sectionRow.index - 1)
                                        }
                                        QQC2.ToolButton {
                                            objectName: "sectionDown"
                                            text: "↓"
                                            enabled: sectionRow.index < page.sections.length - 1
                                            Accessible.name: qsTr("Move %1 down").arg(sectionRow.modelData.title)
                                            onClicked: page.move(sectionRow.index, sectionRow.index + 1)
                                        }
                                    }
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing / 2
                                EntriesBox {
                                    id: newSectionType
                                    objectName: "newSectionType"
                                    Layout.fillWidth: true
                                    textRole: "text"
                                    valueRole: "value"
                                    entries: Vocabulary.choices("cv_section", Qt.uiLanguage)
                                    Accessible.name: qsTr("Kind of section to add")
                                }
                                QQC2.Button {
                                    objectName: "addSection"
                                    text: qsTr("Add")
                                    enabled: page.sections.length < 20
                                    onClicked: page.addSection(newSectionType.currentValue, newSectionType.currentText)
                                }
                            }
                        }

                        QQC2.ScrollView {
                            id: detail
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            contentWidth: availableWidth
                            clip: true

                            ColumnLayout {
                                width: detail.availableWidth
                                spacing: Theme.spacing

                                // The contact details and the summary.
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    visible: page.selected === -1
                                    spacing: Theme.spacing / 2
                                    Repeater {
                                        id: contactRepeater
                                        model: page.contactFields
                                        delegate: FormField {
                                            required property var modelData
                                            readonly property string name: modelData.field
                                            Layout.fillWidth: true
                                            label: modelData.label
                                            input.objectName: "basics_" + modelData.field
                                            input.onTextChanged: page.contactEdited(name, text)
                                        }
                                    }
                                    QQC2.Label {
                                        text: qsTr("Summary")
                                        color: Theme.muted
                                        font.pixelSize: Theme.smallSize
                                    }
                                    TextBox {
                                        id: summary
                                        objectName: "basics_summary"
                                        Layout.fillWidth: true
                                        Layout.minimumHeight: 90
                                        Accessible.name: qsTr("Summary")
                                        onTextChanged: page.contactEdited("summary", text)
                                    }
                                    QQC2.Label {
                                        id: summaryProblem
                                        objectName: "basics_summaryError"
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        color: Theme.error
                                        font.pixelSize: Theme.smallSize
                                        wrapMode: Text.Wrap
                                    }
                                }

                                // The open section: its title and entries, and the entry form.
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    visible: page.section !== null
                                    spacing: Theme.spacing / 2
                                    RowLayout {
                                        Layout.fillWidth: true
                                        FormField {
                                            id: sectionTitle
                                            Layout.fillWidth: true
                                            label: qsTr("Section title")
                                            input.objectName: "sectionTitle"
                                            input.onTextChanged: page.renameSection(text)
                                        }
                                        QQC2.Button {
                                            objectName: "removeSection"
                                            Layout.alignment: Qt.AlignBottom
                                            visible: !page.sectionVerified
                                            text: qsTr("Remove section")
                                            onClicked: page.removeSection(page.selected)
                                        }
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        visible: page.sectionVerified
                                        text: qsTr("✓ Verified by Worknation: the platform fills this section from what it checked. You choose whether it shows and where.")
                                        color: Theme.accent
                                        wrapMode: Text.Wrap
                                    }
                                    Repeater {
                                        // What the platform checked, as the PDF will show it.
                                        model: page.sectionVerified ? page.cv?.verified?.[page.section.type] ?? [] : []
                                        delegate: QQC2.Label {
                                            required property var modelData
                                            Layout.fillWidth: true
                                            text: [modelData.title, modelData.subtitle, modelData.level].filter(x => x).join(" · ")
                                            elide: Text.ElideRight
                                        }
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        visible: !page.sectionVerified && page.entry < 0 && (page.section?.items ?? []).length === 0
                                        text: qsTr("No entries yet: a section without entries is left out of the PDF.")
                                        color: Theme.muted
                                        wrapMode: Text.Wrap
                                    }
                                    Repeater {
                                        id: entryList
                                        model: page.sectionVerified ? [] : page.section?.items ?? []
                                        delegate: Rectangle {
                                            id: entryRow
                                            required property var modelData
                                            required property int index
                                            Layout.fillWidth: true
                                            // The entry form takes the place of the list while it is open.
                                            visible: page.entry < 0
                                            implicitHeight: entryLayout.implicitHeight + Theme.spacing
                                            color: Theme.surface
                                            border.color: Theme.border
                                            radius: Theme.radius
                                            RowLayout {
                                                id: entryLayout
                                                anchors.fill: parent
                                                anchors.leftMargin: Theme.spacing / 2
                                                spacing: 0
                                                QQC2.Label {
                                                    objectName: "entryName"
                                                    Layout.fillWidth: true
                                                    text: [entryRow.modelData.title, entryRow.modelData.subtitle, entryRow.modelData.level].filter(x => x).join(" · ") || qsTr("(untitled)")
                                                    elide: Text.ElideRight
                                                }
                                                QQC2.ToolButton {
                                                    objectName: "entryUp"
                                                    text: "↑"
                                                    enabled: entryRow.index > 0 && page.entry < 0
                                                    Accessible.name: qsTr("Move up")
                                                    onClicked: page.moveEntry(entryRow.index, entryRow.index - 1)
                                                }
                                                QQC2.ToolButton {
                                                    objectName: "entryDown"
                                                    text: "↓"
                                                    enabled: entryRow.index < entryList.count - 1 && page.entry < 0
                                                    Accessible.name: qsTr("Move down")
                                                    onClicked: page.moveEntry(entryRow.index, entryRow.index + 1)
                                                }
                                                QQC2.ToolButton {
                                                    objectName: "editEntry"
                                                    text: qsTr("Edit")
                                                    enabled: page.entry < 0
                                                    onClicked: page.openEntry(entryRow.index)
                                                }
                                                QQC2.ToolButton {
                                                    objectName: "removeEntry"
                                                    text: qsTr("Remove")
                                                    enabled: page.entry < 0
                                                    onClicked: page.removeEntry(entryRow.index)
                                                }
                                            }
                                        }
                                    }
                                    QQC2.Button {
                                        objectName: "addEntry"
                                        visible: !page.sectionVerified && page.entry < 0
                                        enabled: (page.section?.items ?? []).length < 40
                                        text: qsTr("Add an entry")
                                        onClicked: page.openEntry((page.section?.items ?? []).length)
                                    }

                                    // The entry form: the fields this kind of section uses.
                                    Card {
                                        Layout.fillWidth: true
                                        visible: page.entry >= 0
                                        implicitHeight: entryForm.implicitHeight + Theme.spacing * 2
                                        ColumnLayout {
                                            id: entryForm
                                            anchors.fill: parent
                                            anchors.margins: Theme.spacing
                                            spacing: Theme.spacing / 2
                                            QQC2.Label {
                                                text: page.entry >= (page.section?.items ?? []).length ? qsTr("New entry") : qsTr("Change the entry")
                                                font.bold: true
                                                color: Theme.primary
                                            }
                                            GridLayout {
                                                Layout.fillWidth: true
                                                columns: 2
                                                columnSpacing: Theme.spacing
                                                rowSpacing: Theme.spacing / 2
                                                EntryField {
                                                    id: entryTitle
                                                    name: "title"
                                                }
                                                EntryField {
                                                    id: entrySubtitle
                                                    name: "subtitle"
                                                }
                                                EntryField {
                                                    id: entryLocation
                                                    name: "location"
                                                }
                                                EntryField {
                                                    id: entryStart
                                                    name: "start"
                                                }
                                                EntryField {
                                                    id: entryEnd
                                                    name: "end"
                                                }
                                                EntryField {
                                                    id: entryLevel
                                                    name: "level"
                                                }
                                                EntryField {
                                                    id: entryUrl
                                                    name: "url"
                                                }
                                            }
                                            QQC2.Label {
                                                visible: page.descriptionLabel.length > 0
                                                text: page.descriptionLabel
                                                color: Theme.muted
                                                font.pixelSize: Theme.smallSize
                                            }
                                            TextBox {
                                                id: description
                                                objectName: "entry_description"
                                                Layout.fillWidth: true
                                                Layout.minimumHeight: 70
                                                visible: page.descriptionLabel.length > 0
                                                Accessible.name: page.descriptionLabel
                                                onTextChanged: descriptionProblem.text = ""
                                            }
                                            QQC2.Label {
                                                id: descriptionProblem
                                                objectName: "entry_descriptionError"
                                                Layout.fillWidth: true
                                                visible: text.length > 0
                                                color: Theme.error
                                                font.pixelSize: Theme.smallSize
                                                wrapMode: Text.Wrap
                                            }
                                            RowLayout {
                                                spacing: Theme.spacing
                                                QQC2.Button {
                                                    objectName: "keepEntry"
                                                    text: qsTr("Done")
                                                    onClicked: page.keepEntry()
                                                }
                                                QQC2.Button {
                                                    objectName: "cancelEntry"
                                                    flat: true
                                                    text: qsTr("Cancel")
                                                    onClicked: page.closeEntry()
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }

                // The PDF as the server draws it from what is saved.
                PdfPages {
                    objectName: "cvPreview"
                    preview: preview
                    emptyText: page.built ? qsTr("Drawing the PDF…") : qsTr("A Word document is not shown here: save it as a file to read it.")
                }
            }

            QQC2.Label {
                objectName: "cvProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.error || page.notice
                color: page.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: Theme.spacing
                QQC2.Button {
                    objectName: "saveCv"
                    highlighted: true
                    text: qsTr("Save")
                    onClicked: page.save(null)
                }
                QQC2.Button {
                    objectName: "downloadCv"
                    text: page.built ? qsTr("Save as PDF…") : qsTr("Save the file…")
                    onClicked: downloadDialog.open()
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.Label {
                    visible: page.dirty
                    text: qsTr("Not saved yet")
                    color: Theme.warning
                    font.pixelSize: Theme.smallSize
                }
                QQC2.Button {
                    objectName: "deleteCv"
                    text: qsTr("Delete…")
                    onClicked: deleteDialog.open()
                }
            }
        }
    }
}
