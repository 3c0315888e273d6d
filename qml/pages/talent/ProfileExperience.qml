// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's work experience, as ProfileEducation does education: the entries (removed, or
 * opened in the form to change), and the form that adds one; the whole list is sent each time
 * and a problem the server finds in an entry is written under the field it is about.
 */
ProfileSection {
    id: section

    /** The entries as the profile has them. */
    property var entries: []
    /** The entry open in the form, or -1 when the form adds one. */
    property int editing: -1

    /** The whole profile, as the server answers the change. */
    signal saved(var profile)

    /** An entry as the update takes it back: only the fields it has. */
    function input(x: var): var {
        const entry = {
            company: x.company,
            title: x.title,
            start_month: x.start_month,
            current: !!x.current
        };
        if (x.end_month)
            entry.end_month = x.end_month;
        if (x.description)
            entry.description = x.description;
        return entry;
    }

    function showProblems(problems: var) {
        jobTitle.error = problems.title ?? "";
        company.error = problems.company ?? "";
        startMonth.error = problems.start_month ?? "";
        endMonth.error = problems.end_month ?? "";
        descriptionProblem.text = problems.description ?? "";
    }

    /** The form's entry, or null with its problems shown. */
    function formEntry(): var {
        const problems = {};
        const entry = {
            title: jobTitle.text.trim(),
            company: company.text.trim(),
            start_month: startMonth.text.trim(),
            current: current.checked
        };
        for (const key of ["title", "company", "start_month"]) {
            if (entry[key].length === 0)
                problems[key] = qsTr("Fill this in");
        }
        if (!current.checked && endMonth.text.trim().length > 0)
            entry.end_month = endMonth.text.trim();
        if (description.text.trim().length > 0)
            entry.description = description.text.trim();
        showProblems(problems);
        return Object.keys(problems).length > 0 ? null : entry;
    }

    function clearForm() {
        section.editing = -1;
        jobTitle.text = "";
        company.text = "";
        startMonth.text = "";
        endMonth.text = "";
        current.checked = false;
        description.text = "";
        showProblems({});
    }

    function edit(index: int) {
        const x = section.entries[index];
        section.editing = index;
        jobTitle.text = x.title ?? "";
        company.text = x.company ?? "";
        startMonth.text = x.start_month ?? "";
        endMonth.text = x.end_month ?? "";
        current.checked = !!x.current;
        description.text = x.description ?? "";
        showProblems({});
        jobTitle.input.forceActiveFocus();
    }

    function send(list: var, what: string, fromForm: bool) {
        Backend.call("updateMyProfile", {
            experience: list
        }, (error, body) => {
            section.notice = error ? "" : what;
            if (error) {
                // "experience[0].start_month must be a month as YYYY-MM" is about the form's field.
                const messages = body?.message;
                const problems = Array.isArray(messages) ? FormChecker.serverProblems({
                    message: messages.map(m => m.replace(/^experience\[\d+\]\./, ""))
                }) : {};
                if (fromForm)
                    section.showProblems(problems);
                const placed = fromForm && ["title", "company", "start_month", "end_month", "description"].some(k => problems[k]);
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
        const list = section.entries.map(x => section.input(x));
        if (section.editing >= 0)
            list[section.editing] = entry;
        else
            list.push(entry);
        const what = qsTr("%1 at %2").arg(entry.title).arg(entry.company);
        send(list, section.editing >= 0 ? qsTr("%1 is changed.").arg(what) : qsTr("%1 is added to your experience.").arg(what), true);
    }

    title: qsTr("Work experience")

    QQC2.Label {
        Layout.fillWidth: true
        visible: section.entries.length === 0
        text: qsTr("No work experience yet.")
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
                text: qsTr("<b>%1</b> at %2 · %3–%4").arg(entry.title).arg(entry.company).arg(entry.start_month).arg(entry.current ? qsTr("now") : (entry.end_month ?? ""))
                textFormat: Text.StyledText
                color: section.editing === entryRow.index ? Theme.primary : Theme.text
                elide: Text.ElideRight
            }
            QQC2.Button {
                objectName: "editExperience_" + entryRow.index
                text: qsTr("Edit")
                flat: true
                Accessible.name: qsTr("Edit %1").arg(entryRow.modelData.title)
                onClicked: section.edit(entryRow.index)
            }
            QQC2.Button {
                objectName: "removeExperience_" + entryRow.index
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1").arg(entryRow.modelData.title)
                onClicked: {
                    if (section.editing === entryRow.index)
                        section.clearForm();
                    section.send(section.entries.filter((x, i) => i !== entryRow.index).map(x => section.input(x)), qsTr("%1 is removed from your experience.").arg(entryRow.modelData.title), false);
                }
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: Theme.spacing
        rowSpacing: 0
        FormField {
            id: jobTitle
            input.objectName: "experienceTitle"
            label: qsTr("Job title")
        }
        FormField {
            id: company
            input.objectName: "experienceCompany"
            label: qsTr("Company")
        }
        FormField {
            id: startMonth
            input.objectName: "experienceStart"
            label: qsTr("From (month)")
            placeholderText: qsTr("2022-03")
        }
        FormField {
            id: endMonth
            input.objectName: "experienceEnd"
            enabled: !current.checked
            label: qsTr("To (month)")
            placeholderText: current.checked ? qsTr("now") : qsTr("2024-06")
        }
    }
    QQC2.CheckBox {
        id: current
        objectName: "experienceCurrent"
        text: qsTr("I work here now")
    }
    QQC2.Label {
        text: qsTr("What you did")
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
    TextBox {
        id: description
        objectName: "experienceDescription"
        Layout.fillWidth: true
        Layout.preferredHeight: 70
        Accessible.name: qsTr("What you did")
        Accessible.description: descriptionProblem.text
    }
    QQC2.Label {
        id: descriptionProblem
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    RowLayout {
        spacing: Theme.spacing
        QQC2.Button {
            objectName: "saveExperience"
            text: section.editing >= 0 ? qsTr("Save changes") : qsTr("Add experience")
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
