// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's education: the entries, each removable or opened in the form below to change it,
 * and the form that adds one. The server replaces the whole list, so each change sends the
 * entries as loaded with the one added, changed or left out; a problem the server finds in an
 * entry is written under the form's field it is about.
 */
ProfileSection {
    id: section

    /** The entries as the profile has them. */
    property var entries: []
    /** The entry open in the form, or -1 when the form adds one. */
    property int editing: -1
    property var levels: [
        {
            code: "",
            name: qsTr("Not given")
        }
    ]

    /** The server's levels are in the list (until then it holds "Not given" alone). */
    property bool levelsLoaded: false

    /** The whole profile, as the server answers the change. */
    signal saved(var profile)

    /** Asks the server for the levels of study (again, when the first answer was a failure). */
    function loadLevels() {
        Backend.call("educationLevels", {}, (error, body) => {
            if (error || section.levelsLoaded)
                return;
            section.levels = [section.levels[0]].concat(body.data);
            section.levelsLoaded = true;
            // An entry opened before the list came shows its level now, not "Not given".
            section.showLevel();
        });
    }
    /** Shows the level of the entry open in the form, once the list has it. */
    function showLevel() {
        const code = section.editing >= 0 ? section.entries[section.editing]?.education_level?.code ?? "" : "";
        level.currentIndex = Math.max(0, level.indexOfValue(code));
    }

    /** An entry as the update takes it back: only the fields it has. */
    function input(e: var): var {
        const entry = {
            school_name: e.school_name
        };
        if (e.school_id !== null && e.school_id !== undefined)
            entry.school_id = e.school_id;
        if (e.education_level)
            entry.education_level = e.education_level.code;
        if (e.course)
            entry.course = e.course;
        if (e.start_year !== null && e.start_year !== undefined)
            entry.start_year = e.start_year;
        if (e.end_year !== null && e.end_year !== undefined)
            entry.end_year = e.end_year;
        return entry;
    }

    function showProblems(problems: var) {
        school.error = problems.school_name ?? "";
        course.error = problems.course ?? "";
        startYear.error = problems.start_year ?? "";
        endYear.error = problems.end_year ?? "";
        levelProblem.text = problems.education_level ?? "";
    }

    /** The form's entry, or null with its problems shown. */
    function formEntry(): var {
        const problems = {};
        const entry = {
            school_name: school.text.trim()
        };
        if (entry.school_name.length === 0)
            problems.school_name = qsTr("Fill this in");
        if (level.currentValue)
            entry.education_level = level.currentValue;
        else if (!section.levelsLoaded && section.editing >= 0)
            // The list never came: the entry keeps the level it has, which the form cannot show.
            entry.education_level = section.entries[section.editing]?.education_level?.code;
        if (!entry.education_level)
            delete entry.education_level;
        if (course.text.trim().length > 0)
            entry.course = course.text.trim();
        for (const [key, field] of [["start_year", startYear], ["end_year", endYear]]) {
            const typed = field.text.trim();
            if (typed.length === 0)
                continue;
            if (!/^[0-9]{4}$/.test(typed))
                problems[key] = qsTr("A year, like 2021");
            else
                entry[key] = Number(typed);
        }
        showProblems(problems);
        return Object.keys(problems).length > 0 ? null : entry;
    }

    function clearForm() {
        section.editing = -1;
        school.text = "";
        course.text = "";
        startYear.text = "";
        endYear.text = "";
        level.currentIndex = 0;
        showProblems({});
    }

    function edit(index: int) {
        const e = section.entries[index];
        section.editing = index;
        school.text = e.school_name ?? "";
        course.text = e.course ?? "";
        startYear.text = e.start_year === null || e.start_year === undefined ? "" : String(e.start_year);
        endYear.text = e.end_year === null || e.end_year === undefined ? "" : String(e.end_year);
        showLevel();
        if (!section.levelsLoaded)
            loadLevels();
        showProblems({});
        school.input.forceActiveFocus();
    }

    function send(list: var, what: string, fromForm: bool) {
        Backend.call("updateMyProfile", {
            education: list
        }, (error, body) => {
            section.notice = error ? "" : what;
            if (error) {
                // "education[2].course must be ..." is about the form's course.
                const messages = body?.message;
                const problems = Array.isArray(messages) ? FormChecker.serverProblems({
                    message: messages.map(m => m.replace(/^education\[\d+\]\./, ""))
                }) : {};
                if (fromForm)
                    section.showProblems(problems);
                const placed = fromForm && ["school_name", "course", "start_year", "end_year", "education_level"].some(k => problems[k]);
                section.error = placed ? qsTr("Check the fields marked above.") : error;
                return;
            }
            section.error = "";
            if (fromForm)
                section.clearForm();
            section.saved(body);
        });
    }

    function submit() {
        const entry = formEntry();
        if (entry === null)
            return;
        const list = section.entries.map(e => section.input(e));
        if (section.editing >= 0) {
            // The form shows a listed school by its name: left as shown, it stays the school of
            // the list; a name typed in its place is the talent's own.
            const before = list[section.editing];
            if (before.school_id !== undefined && entry.school_name === before.school_name)
                entry.school_id = before.school_id;
            list[section.editing] = entry;
        } else {
            list.push(entry);
        }
        send(list, section.editing >= 0 ? qsTr("%1 is changed.").arg(entry.school_name) : qsTr("%1 is added to your education.").arg(entry.school_name), true);
    }

    title: qsTr("Education")

    Component.onCompleted: loadLevels()

    QQC2.Label {
        Layout.fillWidth: true
        visible: section.entries.length === 0
        text: qsTr("No education yet.")
        color: Theme.muted
    }
    Repeater {
        model: section.entries
        delegate: RowLayout {
            id: entryRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.Label {
                Layout.fillWidth: true
                readonly property var entry: entryRow.modelData
                text: "<b>%1</b>".arg(section.escaped(entry.school_name)) + [entry.course, entry.education_level?.name, entry.start_year || entry.end_year ? "%1–%2".arg(entry.start_year ?? "…").arg(entry.end_year ?? qsTr("now")) : ""].filter(part => part).map(part => " · " + section.escaped(part)).join("")
                textFormat: Text.StyledText
                color: section.editing === entryRow.index ? Theme.primary : Theme.text
                elide: Text.ElideRight
            }
            QQC2.Button {
                objectName: "editEducation_" + entryRow.index
                text: qsTr("Edit")
                flat: true
                Accessible.name: qsTr("Edit %1").arg(entryRow.modelData.school_name)
                onClicked: section.edit(entryRow.index)
            }
            QQC2.Button {
                objectName: "removeEducation_" + entryRow.index
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1").arg(entryRow.modelData.school_name)
                onClicked: {
                    if (section.editing === entryRow.index)
                        section.clearForm();
                    section.send(section.entries.filter((e, i) => i !== entryRow.index).map(e => section.input(e)), qsTr("%1 is removed from your education.").arg(entryRow.modelData.school_name), false);
                }
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.spacing
        rowSpacing: 0
        FormField {
            id: school
            input.objectName: "educationSchool"
            label: qsTr("School")
        }
        FormField {
            id: course
            input.objectName: "educationCourse"
            label: qsTr("Course")
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2
            QQC2.Label {
                text: qsTr("Level of study")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            QQC2.ComboBox {
                id: level
                objectName: "educationLevel"
                Layout.fillWidth: true
                model: section.levels
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Level of study")
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
        FormField {
            id: startYear
            input.objectName: "educationStartYear"
            label: qsTr("From (year)")
            placeholderText: qsTr("2016")
            input.inputMethodHints: Qt.ImhDigitsOnly
        }
        FormField {
            id: endYear
            input.objectName: "educationEndYear"
            label: qsTr("To (year)")
            placeholderText: qsTr("2020")
            input.inputMethodHints: Qt.ImhDigitsOnly
        }
    }
    RowLayout {
        spacing: Theme.spacing
        QQC2.Button {
            objectName: "saveEducation"
            text: section.editing >= 0 ? qsTr("Save changes") : qsTr("Add education")
            onClicked: section.submit()
        }
        QQC2.Button {
            visible: section.editing >= 0
            text: qsTr("Cancel")
            flat: true
            onClicked: section.clearForm()
        }
    }
}
