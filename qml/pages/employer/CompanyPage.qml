// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The company's profile and its contact persons. */
Item {
    id: page

    property var company: ({})
    property string error
    property string notice

    function load() {
        Backend.call("myCompanies", {}, (error, body) => {
            page.error = error;
            if (!error && body.data.length > 0)
                page.company = body.data[0];
        });
    }

    Component.onCompleted: load()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            PageHeader {
                Layout.fillWidth: true
                title: page.company.name ?? qsTr("Company")
                subtitle: [page.company.industry, page.company.state, page.company.tin_verified ? qsTr("TIN verified") : ""].filter(part => part).join(" · ")
            }
            FormField {
                id: website
                label: qsTr("Website")
                text: page.company.website ?? ""
            }
            FormField {
                id: address
                label: qsTr("Address")
                text: page.company.address ?? ""
            }
            QQC2.Label {
                text: qsTr("About the company")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            TextBox {
                id: description
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                wrapMode: TextEdit.Wrap
                text: page.company.description ?? ""
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.error || page.notice
                color: page.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                highlighted: true
                text: qsTr("Save")
                onClicked: Backend.call("updateCompany", {
                    id: page.company.id,
                    website: website.text.length > 0 ? website.text : null,
                    address: address.text,
                    description: description.text
                }, error => {
                    page.error = error;
                    page.notice = error ? "" : qsTr("Saved.");
                })
            }
            Item {
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            Layout.preferredWidth: Theme.panelWidth
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
                            page.error = error;
                            contacts.model.reload();
                        })
                    }
                }
            }
            FormField {
                id: contactName
                label: qsTr("Name")
            }
            FormField {
                id: contactEmail
                label: qsTr("Email")
            }
            QQC2.Button {
                text: qsTr("Add contact person")
                enabled: contactName.text.length > 0
                onClicked: Backend.call("addContactPerson", {
                    id: page.company.id,
                    name: contactName.text,
                    email: contactEmail.text
                }, error => {
                    page.error = error;
                    if (!error) {
                        contactName.text = "";
                        contactEmail.text = "";
                        contacts.model.reload();
                    }
                })
            }
        }
    }
}
