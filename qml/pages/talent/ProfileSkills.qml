// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's skills, each with how well they know it: found by name in the catalogue, added
 * with a level (adding one already listed changes its level), removed. The server replaces the
 * whole list, so each change sends the list as shown plus or minus the one skill.
 */
ProfileSection {
    id: section

    /** The skills as the profile has them: skill_id, name, level, years. */
    property var skills: []
    /** The catalogue's skills matching what is typed in the search box. */
    property var found: []
    /** A search is waiting for its answer (or for the typing to pause). */
    property bool searching: false

    /** The new list, as the server answers it ({data}). */
    signal saved(var skillList)

    function current(): var {
        return section.skills.map(s => ({
                    skill_id: s.skill_id,
                    level: s.level,
                    years: s.years
                }));
    }

    /** Sends @p list; @p then runs once the server has it. */
    function send(list: var, what: string, then: var) {
        Backend.call("setMySkills", {
            skills: list
        }, (error, body) => {
            section.notice = error ? "" : what;
            if (error) {
                // A skill refused (one no longer offered) is said beside the skill chosen; what
                // was typed stays for another try.
                const refused = FormChecker.serverProblems(body).skills ?? "";
                choiceProblem.text = refused;
                section.error = refused ? "" : error;
                return;
            }
            section.error = "";
            section.saved(body.data);
            if (then)
                then();
        });
    }

    function add() {
        choiceProblem.text = "";
        years.error = "";
        const skill = section.found[choice.currentIndex];
        if (!skill) {
            choiceProblem.text = qsTr("Type part of a skill's name, then choose it here");
            return;
        }
        const typed = years.text.trim();
        const practice = typed.length > 0 ? Number(typed) : null;
        if (practice !== null && (!Number.isInteger(practice) || practice < 0 || practice > 60)) {
            years.error = qsTr("A whole number of years, from 0 to 60");
            return;
        }
        const list = current().filter(s => s.skill_id !== skill.id);
        list.push({
            skill_id: skill.id,
            level: level.currentValue,
            years: practice
        });
        send(list, qsTr("%1 is added to your skills.").arg(skill.name), () => {
            query.text = "";
            years.text = "";
        });
    }

    title: qsTr("Skills")

    Timer {
        id: searchDelay
        interval: 250
        onTriggered: {
            const words = query.text.trim();
            if (words.length === 0) {
                section.searching = false;
                return;
            }
            Backend.call("skills", {
                q: words,
                limit: 20
            }, (error, body) => {
                // An answer to words no longer in the box is dropped.
                if (words !== query.text.trim())
                    return;
                section.searching = false;
                choiceProblem.text = error;
                section.found = error ? [] : body.data;
            });
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: section.skills.length === 0
        text: qsTr("No skills yet. Add at least three, with how well you know each.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        model: section.skills
        delegate: RowLayout {
            id: skillRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.Label {
                Layout.fillWidth: true
                text: "<b>%1</b> · %2%3".arg(section.escaped(skillRow.modelData.name)).arg(Vocabulary.choiceLabel("level", skillRow.modelData.level, Qt.uiLanguage)).arg(skillRow.modelData.years === null ? "" : " · " + (skillRow.modelData.years === 1 ? qsTr("1 year") : qsTr("%1 years").arg(skillRow.modelData.years)))
                textFormat: Text.StyledText
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.Button {
                objectName: "removeSkill_" + skillRow.modelData.skill_id
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1").arg(skillRow.modelData.name)
                onClicked: section.send(section.current().filter(s => s.skill_id !== skillRow.modelData.skill_id), qsTr("%1 is removed from your skills.").arg(skillRow.modelData.name), null)
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: Theme.spacing
        rowSpacing: 0
        FormField {
            id: query
            input.objectName: "skillQuery"
            label: qsTr("Find a skill")
            placeholderText: qsTr("Type part of its name")
            onTextChanged: {
                // What was found for other words is not offered for these.
                section.found = [];
                section.searching = text.trim().length > 0;
                searchDelay.restart();
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2
            QQC2.Label {
                text: qsTr("Skill")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            QQC2.ComboBox {
                id: choice
                objectName: "skillChoice"
                Layout.fillWidth: true
                model: section.found
                textRole: "name"
                valueRole: "id"
                displayText: count > 0 ? currentText : section.searching ? qsTr("Searching…") : query.text.trim().length > 0 ? qsTr("No skill found") : qsTr("Search first")
                Accessible.name: qsTr("Skill")
                onActivated: choiceProblem.text = ""
            }
            QQC2.Label {
                id: choiceProblem
                objectName: "skillChoiceError"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 2
            QQC2.Label {
                text: qsTr("How well you know it")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            EntriesBox {
                id: level
                objectName: "skillLevel"
                Layout.preferredWidth: 150
                entries: Vocabulary.choices("level", Qt.uiLanguage)
                textRole: "text"
                valueRole: "value"
                currentIndex: 1 // intermediate: most people's honest first answer
                Accessible.name: qsTr("How well you know it")
            }
        }
        FormField {
            id: years
            Layout.fillWidth: false // as wide as its label, which is longer in some languages
            input.objectName: "skillYears"
            label: qsTr("Years of practice")
            input.inputMethodHints: Qt.ImhDigitsOnly
        }
    }
    QQC2.Button {
        objectName: "addSkill"
        text: qsTr("Add skill")
        onClicked: section.add()
    }
}
