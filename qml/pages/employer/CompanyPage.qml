// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The company's profile and its contact persons. The form is sent only once the company has
 * loaded, and then only what was changed in it; each problem, found before sending or by the
 * server, shows under its field, and what was typed stays.
 */
Item {
    id: page

    /** The company as the server last gave it; {} until it has loaded. */
    property var company: ({})
    property bool busy: false
    property string error
    property string notice

    function load() {
        Backend.call("myCompanies", {}, (error, body) => {
            page.error = error;
            if (error || body.data.length === 0)
                return;
            page.company = body.data[0];
            name.text = page.company.name ?? "";
            website.text = page.company.website ?? "";
            address.text = page.company.address ?? "";
            description.text = page.company.description ?? "";
        });
    }

    /** What the form holds that differs from the company as loaded; blanks go as null. */
    function changes(): var {
        const typed = {
            name: name.text.trim(),
            website: website.text.trim(),
            address: address.text.trim(),
            description: description.text.trim()
        };
        const changed = {};
        for (const key in typed) {
            if (typed[key] !== (page.company[key] ?? "").trim())
                changed[key] = typed[key].length > 0 || key === "name" ? typed[key] : null;
        }
        return changed;
    }

    /** Writes each problem under its field and the rest under the form; true when any. */
    function showProblems(problems: var): bool {
        const fields = {
            name: name,
            website: website,
            address: address,
            description: descriptionProblem
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        page.error = Object.keys(problems).filter(key => !fields[key]).map(key => problems[key]).join(" ");
        return Object.keys(problems).length > 0;
    }

    function save() {
        page.notice = "";
        const body = changes();
        if (showProblems(FormChecker.check("updateCompany", body)))
            return;
        if (Object.keys(body).length === 0) {
            page.notice = qsTr("Nothing to save: the profile is as it was.");
            return;
        }
        body.id = page.company.id;
        page.busy = true;
        Backend.call("updateCompany", body, (failure, answer) => {
            page.busy = false;
            if (failure) {
                if (!page.showProblems(FormChecker.serverProblems(answer)))
                    page.error = failure;
                return;
            }
            page.company = answer;
            // What the form did not change shows as the server now has it.
            for (const [key, field] of [["name", name], ["website", website], ["address", address], ["description", description]]) {
                if (!(key in body))
                    field.text = answer[key] ?? "";
            }
            page.notice = qsTr("Saved.");
        });
    }

    function addContact() {
        const body = {
            name: contactName.text.trim(),
            email: contactEmail.text.trim()
        };
        const show = problems => {
            contactName.error = problems.name ?? "";
            contactEmail.error = problems.email ?? "";
            return Object.keys(problems).length > 0;
        };
        if (show(FormChecker.check("addContactPerson", body)))
            return;
        body.id = page.company.id;
        Backend.call("addContactPerson", body, (failure, answer) => {
            if (failure) {
                if (!show(FormChecker.serverProblems(answer)))
                    contactProblem.text = failure;
                return;
            }
            contactProblem.text = "";
            contactName.text = "";
            contactEmail.text = "";
            contacts.model.reload();
        });
    }

    Component.onCompleted: load()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3 // shares the row with the contacts by their preferred widths
            Layout.fillHeight: true
            spacing: Theme.spacing
            PageHeader {
                Layout.fillWidth: true
                title: page.company.name ?? qsTr("Company")
                subtitle: [page.company.industry, page.company.state, page.company.tin_verified ? qsTr("TIN verified") : ""].filter(part => part).join(" · ")
            }
            FormField {
                id: name
                label: qsTr("Company name")
                input.objectName: "companyName"
                enabled: page.company.id !== undefined
            }
            FormField {
                id: website
                label: qsTr("Website")
                input.objectName: "companyWebsite"
                placeholderText: "https://"
                enabled: page.company.id !== undefined
            }
            FormField {
                id: address
                label: qsTr("Address")
                input.objectName: "companyAddress"
                enabled: page.company.id !== undefined
            }
            QQC2.Label {
                text: qsTr("About the company")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            TextBox {
                id: description
                objectName: "companyDescription"
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                wrapMode: TextEdit.Wrap
                enabled: page.company.id !== undefined
                Accessible.name: qsTr("About the company")
                Accessible.description: descriptionProblem.error
                onTextChanged: descriptionProblem.error = ""
            }
            QQC2.Label {
                id: descriptionProblem
                objectName: "companyDescriptionError"
                /** What is wrong with the description, named as FormField names it. */
                property string error
                text: error
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "companyNotice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.error || page.notice
                color: page.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                objectName: "saveCompany"
                highlighted: true
                text: qsTr("Save")
                // Before the company has loaded there is nothing to save over.
                enabled: page.company.id !== undefined && !page.busy
                onClicked: page.save()
            }
            Item {
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.maximumWidth: Theme.panelWidth
            Layout.fillHeight: true
            spacing: Theme.spacing
            QQC2.Label {
                text: qsTr("Contact persons")
                font.pixelSize: Theme.headingSize
                color: Theme.primary
            }
            ApiList {
                id: contacts
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: page.company.id ? "contactPersons" : ""
                arguments: ({
                        id: page.company.id ?? 0
                    })
                emptyText: qsTr("No contact persons yet.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.name + (row.is_primary ? " · " + qsTr("primary") : "")
                    subtitle: [row.email, row.phone_number].filter(part => part).join(" · ")
                    QQC2.Button {
                        flat: true
                        text: qsTr("Remove")
                        onClicked: Backend.call("removeContactPerson", {
                            id: page.company.id,
                            contactId: card.row.id
                        }, error => {
                            contactProblem.text = error;
                            contacts.model.reload();
                        })
                    }
                }
            }
            FormField {
                id: contactName
                label: qsTr("Name")
                input.objectName: "contactName"
            }
            FormField {
                id: contactEmail
                label: qsTr("Email")
                input.objectName: "contactEmail"
            }
            QQC2.Label {
                id: contactProblem
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                objectName: "addContact"
                text: qsTr("Add contact person")
                enabled: page.company.id !== undefined && contactName.text.length > 0
                onClicked: page.addContact()
            }
        }
    }
}
