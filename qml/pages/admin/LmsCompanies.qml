// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The learning academies and the other companies, found by name and kind, a page at a time as
 * the list scrolls; the chosen one beside the list with the learners attached to it. A new
 * academy (or employer) is added from here.
 */
Item {
    id: companies

    /** The chosen company as the list gave it ({} when none). */
    property var company: ({})
    property string notice

    function search() {
        const query = {};
        if (words.text.trim().length > 0)
            query.q = words.text.trim();
        if (kind.value)
            query.kind = kind.value;
        companies.company = ({});
        list.arguments = query;
    }

    /** Shows the company just made, chosen, in the whole list read again. */
    function showNew(made: var) {
        words.text = "";
        kind.value = "";
        companies.search();
        list.model.reload();
        companies.company = made;
        companies.notice = made.kind === "academy" ? qsTr("%1 is added: attach learners to it from their record or when inviting them.").arg(made.name) : qsTr("%1 is added.").arg(made.name);
    }

    function shownDate(text: var): string {
        return text ? new Date(text).toLocaleDateString(Qt.locale(), "d MMM yyyy") : "";
    }

    Timer {
        id: typing
        interval: 300
        onTriggered: companies.search()
    }

    LmsCompanyForm {
        id: companyForm
        onCreated: made => companies.showNew(made)
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.panelWidth, companies.width * 0.5)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            RowLayout {
                Layout.fillWidth: true
                QQC2.TextField {
                    id: words
                    objectName: "companySearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search by name")
                    Accessible.name: qsTr("Search companies by name")
                    onTextEdited: typing.restart()
                    onAccepted: companies.search()
                }
                ChoiceBox {
                    id: kind
                    objectName: "companyKind"
                    Layout.preferredWidth: 150
                    model: Vocabulary.choices("company_kind", qsTr("Every kind"), Qt.uiLanguage)
                    Accessible.name: qsTr("Kind of company")
                    onChosen: chosen => {
                        kind.value = chosen;
                        companies.search();
                    }
                }
                QQC2.Button {
                    objectName: "newCompany"
                    text: qsTr("New…")
                    Accessible.name: qsTr("Add an academy or a company")
                    onClicked: companyForm.start()
                }
            }
            QQC2.Label {
                objectName: "companiesFound"
                text: list.model.total >= 0 ? qsTr("%n found", "", list.model.total) : ""
                visible: list.model.count > 0
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            ApiList {
                id: list
                objectName: "companyList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "lmsCompanies"
                // Only while none is chosen: the list read again keeps the company shown.
                selectFirst: companies.company.id === undefined
                emptyText: words.text.length > 0 || kind.value ? qsTr("No company matches: try other words or every kind.") : qsTr("No company yet: employers and sponsors appear when they sign up, and academies once added with New.")
                onActivated: row => {
                    companies.company = row;
                    companies.notice = "";
                }
                delegate: RowCard {
                    required property var row
                    objectName: "company_" + row.id
                    title: row.name
                    subtitle: [Vocabulary.choiceLabel("company_kind", row.kind, Qt.uiLanguage), row.state ?? "", qsTr("%n learner(s)", "", row.learners)].filter(part => part).join(" · ")
                    selected: companies.company.id === row.id
                    onActivated: {
                        companies.company = row;
                        companies.notice = "";
                    }
                }
            }
        }

        ColumnLayout {
            objectName: "companyDetail"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                Layout.fillWidth: true
                visible: companies.company.id === undefined
                text: qsTr("Choose a company to see its details and the learners attached to it.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "companiesNotice"
                Layout.fillWidth: true
                visible: text.length > 0 && companies.company.id !== undefined
                text: companies.notice
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "companyName"
                Layout.fillWidth: true
                visible: companies.company.id !== undefined
                text: companies.company.name ?? ""
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            GridLayout {
                visible: companies.company.id !== undefined
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4
                Repeater {
                    model: [[qsTr("Kind"), Vocabulary.choiceLabel("company_kind", companies.company.kind ?? "", Qt.uiLanguage)], [qsTr("Where"), [companies.company.state ?? "", companies.company.country_code ?? ""].filter(part => part).join(", ")], [qsTr("Industry"), companies.company.industry ?? ""], [qsTr("Website"), companies.company.website ?? ""], [qsTr("Learners"), String(companies.company.learners ?? 0)], [qsTr("On the platform since"), companies.shownDate(companies.company.created_at)]].filter(pair => pair[1].length > 0).reduce((cells, pair) => cells.concat(pair), [])
                    QQC2.Label {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: index % 2 === 1
                        text: modelData
                        color: index % 2 === 0 ? Theme.muted : Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
            QQC2.Label {
                Layout.topMargin: Theme.spacing / 2
                visible: companies.company.id !== undefined
                text: qsTr("Learners attached")
                font.bold: true
                color: Theme.text
            }
            ApiList {
                objectName: "companyLearners"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: companies.company.id !== undefined
                operation: companies.company.id !== undefined ? "lmsTalents" : ""
                arguments: ({
                        academy_id: companies.company.id ?? 0
                    })
                emptyText: qsTr("No learner is attached to it yet.")
                delegate: RowCard {
                    required property var row
                    title: [row.first_name, row.last_name].join(" ")
                    subtitle: row.email
                }
            }
            Item {
                Layout.fillHeight: true
                visible: companies.company.id === undefined
            }
        }
    }
}
