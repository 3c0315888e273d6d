// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Adds a learning academy (or an employer) from the console: its name, kind, country, state,
 * industry and website. The server's rules are checked before sending and its refusals are
 * written under their fields; the dialog stays open, with what was typed, until the server has
 * taken it.
 */
QQC2.Dialog {
    id: form

    property string error
    property bool busy: false
    /** Countries as {value: code, text: name}, once the server gave them. */
    property var countries: []
    property var states: []
    property var industries: []
    /** The kinds the server takes for a company made here. */
    property var kindValues: ["academy", "employer"]

    /** The company the server made. */
    signal created(var company)

    /** Opens the form as it was left: a draft closed without sending is still there. */
    function start() {
        if (form.countries.length === 0)
            Backend.call("countries", {}, (failure, body) => {
                if (!failure)
                    form.countries = body.data.map(one => ({
                                value: one.code,
                                text: one.name
                            }));
            });
        if (form.industries.length === 0)
            Backend.call("industries", {}, (failure, body) => {
                if (!failure)
                    form.industries = body.data.map(one => ({
                                value: one.name,
                                text: one.name
                            }));
            });
        if (form.states.length === 0)
            loadStates();
        open();
        name.input.forceActiveFocus();
    }

    /** Empties the form for the next company, once the server took one. */
    function clear() {
        name.text = "";
        kind.value = "academy";
        website.text = "";
        stateChoice.value = "";
        industry.value = "";
        showProblems({});
    }

    function loadStates() {
        const code = country.value;
        form.states = [];
        Backend.call("states", {
            code: code
        }, (failure, body) => {
            if (!failure && country.value === code)
                form.states = body.data.map(one => ({
                            value: one.name,
                            text: one.name
                        }));
        });
    }

    /** The kinds a company made here may be, as people read them. */
    function kinds(): var {
        return form.kindValues.map(one => ({
                    value: one,
                    text: Vocabulary.choiceLabel("company_kind", one, Qt.uiLanguage)
                }));
    }

    /** @p list after a first entry of none, named @p text. */
    function withNone(text: string, list: var): var {
        const all = list.slice();
        all.unshift({
            value: "",
            text: text
        });
        return all;
    }

    /** Each problem (field → message) under its field, any other under the form; true if any. */
    function showProblems(problems: var): bool {
        const fields = {
            name: name,
            kind: kindProblem,
            country_code: countryProblem,
            state: stateProblem,
            industry: industryProblem,
            website: website
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        form.error = Object.keys(problems).filter(key => !fields[key]).map(key => problems[key]).join(" ");
        return Object.keys(problems).length > 0;
    }

    /** The form as the API takes it: what was not given is left out. */
    function values(): var {
        const body = {
            name: name.text.trim(),
            kind: kind.value,
            country_code: country.value
        };
        if (stateChoice.value)
            body.state = stateChoice.value;
        if (industry.value)
            body.industry = industry.value;
        if (website.text.trim().length > 0)
            body.website = website.text.trim();
        return body;
    }

    function save() {
        const body = values();
        // The server's own rules, checked before anything is sent.
        if (showProblems(FormChecker.check("createLmsCompany", body)))
            return;
        form.busy = true;
        Backend.call("createLmsCompany", body, (failure, answer) => {
            form.busy = false;
            if (failure) {
                // What was typed stays; the problem is written where it belongs.
                if (!form.showProblems(FormChecker.serverProblems(answer)))
                    form.error = failure;
                return;
            }
            form.close();
            form.clear();
            form.created(answer);
        });
    }

    objectName: "companyForm"
    title: qsTr("New academy or company")
    anchors.centerIn: QQC2.Overlay.overlay
    modal: true
    width: 560
    closePolicy: QQC2.Popup.CloseOnEscape

    component Problem: QQC2.Label {
        property string error
        Layout.fillWidth: true
        visible: error.length > 0
        text: error
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    component Caption: QQC2.Label {
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        FormField {
            id: name
            Layout.columnSpan: 2
            label: qsTr("Name")
            placeholderText: qsTr("Yaba Data Academy")
            input.objectName: "companyFormName"
            input.onAccepted: form.save()
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Caption {
                text: qsTr("Kind")
            }
            ChoiceBox {
                id: kind
                objectName: "companyFormKind"
                Layout.fillWidth: true
                value: "academy"
                model: form.kinds()
                Accessible.name: qsTr("Kind of company")
                onChosen: chosen => {
                    kind.value = chosen;
                    kindProblem.error = "";
                }
            }
            Problem {
                id: kindProblem
                objectName: "companyFormKindError"
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Caption {
                text: qsTr("Country")
            }
            ChoiceBox {
                id: country
                objectName: "companyFormCountry"
                Layout.fillWidth: true
                value: "NG"
                model: form.countries.length > 0 ? form.countries : [
                    {
                        value: "NG",
                        text: qsTr("Nigeria")
                    }
                ]
                Accessible.name: qsTr("Country")
                onChosen: chosen => {
                    country.value = chosen;
                    countryProblem.error = "";
                    stateChoice.value = "";
                    form.loadStates();
                }
            }
            Problem {
                id: countryProblem
                objectName: "companyFormCountryError"
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Caption {
                text: qsTr("State")
            }
            ChoiceBox {
                id: stateChoice
                objectName: "companyFormState"
                Layout.fillWidth: true
                model: form.withNone(form.states.length > 0 ? qsTr("Not given") : qsTr("No states listed for this country"), form.states)
                Accessible.name: qsTr("State")
                onChosen: chosen => {
                    stateChoice.value = chosen;
                    stateProblem.error = "";
                }
            }
            Problem {
                id: stateProblem
                objectName: "companyFormStateError"
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Caption {
                text: qsTr("Industry")
            }
            ChoiceBox {
                id: industry
                objectName: "companyFormIndustry"
                Layout.fillWidth: true
                model: form.withNone(qsTr("Not given"), form.industries)
                Accessible.name: qsTr("Industry")
                onChosen: chosen => {
                    industry.value = chosen;
                    industryProblem.error = "";
                }
            }
            Problem {
                id: industryProblem
                objectName: "companyFormIndustryError"
            }
        }
        FormField {
            id: website
            Layout.columnSpan: 2
            label: qsTr("Website (optional)")
            placeholderText: "https://academy.example.org"
            input.objectName: "companyFormWebsite"
            input.onAccepted: form.save()
        }
        QQC2.Label {
            objectName: "companyFormProblem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            text: form.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "companyFormSave"
            text: kind.value === "academy" ? qsTr("Add academy") : qsTr("Add company")
            highlighted: true
            enabled: !form.busy
            onClicked: form.save()
        }
        QQC2.Button {
            objectName: "companyFormCancel"
            text: qsTr("Cancel")
            onClicked: form.close()
        }
    }
}
