// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * An internship's goals (KPIs, whose weights sum to 100) and its mentors. New goals are gathered
 * in a list and sent together, so a set that does not yet reach 100 is kept, with the server's
 * reason, until it does.
 */
RowLayout {
    id: setup

    /** The internship, as the programmes list gives it. */
    property var offer: ({})
    property int shownId: 0
    property var goals: []
    property int totalWeight: 0
    /** Goals written here and not yet saved. */
    property var drafts: []
    /** The ids of the mentors assigned to this internship. */
    property var assigned: []
    property string goalProblem
    property string mentorProblem

    function reload() {
        if (!setup.offer?.id)
            return;
        Backend.call("internshipKpis", {
                id: setup.offer.id
            }, (error, body) => {
                setup.goalProblem = error;
                setup.goals = error ? [] : body.data;
                setup.totalWeight = error ? 0 : body.total_weight;
            });
        Backend.call("companyMentors", {
                internship_id: setup.offer.id,
                limit: 100
            }, (error, body) => setup.assigned = error ? [] : body.data.map(one => one.id));
        mentors.model.reload();
    }

    function addDraft() {
        setup.drafts = setup.drafts.concat([{
                    title: goalTitle.text,
                    weight: Number(goalWeight.text),
                    max_score: Number(goalScale.text),
                    rubric: goalRubric.text
                }]);
        goalTitle.text = "";
        goalWeight.text = "";
        goalRubric.text = "";
    }

    // The list hands a fresh object on every reload: goals being written stay unless another
    // internship is chosen.
    onOfferChanged: {
        if ((setup.offer?.id ?? 0) !== setup.shownId) {
            setup.drafts = [];
            setup.shownId = setup.offer?.id ?? 0;
        }
        setup.reload();
    }
    Component.onCompleted: reload()
    spacing: Theme.spacing * 2

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing / 2

        QQC2.Label {
            objectName: "goalsTotal"
            Layout.fillWidth: true
            text: qsTr("Goals: %1 of 100 weight set").arg(setup.totalWeight)
            font.bold: true
            color: setup.totalWeight === 100 ? Theme.text : Theme.error
        }
        Repeater {
            model: setup.goals
            QQC2.Label {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("%1 — weight %2, scored out of %3").arg(modelData.title).arg(modelData.weight).arg(modelData.max_score)
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Repeater {
            model: setup.drafts
            RowLayout {
                id: draft
                required property var modelData
                required property int index
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("New: %1 — weight %2, scored out of %3").arg(draft.modelData.title).arg(draft.modelData.weight).arg(draft.modelData.max_score)
                    color: Theme.accent
                    wrapMode: Text.Wrap
                }
                QQC2.Button {
                    text: qsTr("Remove")
                    flat: true
                    onClicked: setup.drafts = setup.drafts.filter((_, at) => at !== draft.index)
                }
            }
        }
        RowLayout {
            FormField {
                id: goalTitle
                input.objectName: "goalTitle"
                label: qsTr("Goal")
            }
            FormField {
                id: goalWeight
                input.objectName: "goalWeight"
                Layout.preferredWidth: 70
                Layout.fillWidth: false
                label: qsTr("Weight")
                input.validator: IntValidator {
                    bottom: 1
                    top: 100
                }
            }
            FormField {
                id: goalScale
                Layout.preferredWidth: 70
                Layout.fillWidth: false
                label: qsTr("Out of")
                text: "5"
                input.validator: IntValidator {
                    bottom: 1
                    top: 100
                }
            }
        }
        FormField {
            id: goalRubric
            input.objectName: "goalRubric"
            label: qsTr("What earns the top score")
        }
        RowLayout {
            QQC2.Button {
                objectName: "addGoal"
                text: qsTr("Add to the list")
                enabled: goalTitle.text.trim().length > 0 && goalWeight.text.length > 0 && goalScale.text.length > 0
                onClicked: setup.addDraft()
            }
            QQC2.Button {
                objectName: "saveGoals"
                text: qsTr("Save goals")
                highlighted: true
                enabled: setup.drafts.length > 0
                onClicked: Backend.call("addKpis", {
                        id: setup.offer.id,
                        kpis: setup.drafts
                    }, error => {
                        setup.goalProblem = error;
                        if (!error) {
                            setup.drafts = [];
                            setup.reload();
                        }
                    })
            }
        }
        QQC2.Label {
            objectName: "goalProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: setup.goalProblem
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillHeight: true
        }
    }

    ColumnLayout {
        Layout.preferredWidth: 300
        Layout.fillWidth: false
        Layout.fillHeight: true
        spacing: Theme.spacing / 2

        QQC2.Label {
            text: qsTr("Mentors")
            font.bold: true
            color: Theme.text
        }
        ApiList {
            id: mentors
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "companyMentors"
            emptyText: qsTr("No mentors yet: add yourself or invite one.")
            delegate: RowCard {
                id: mentor
                required property var row
                readonly property bool assigned: setup.assigned.includes(row.id)
                title: [row.person?.first_name, row.person?.last_name].filter(part => part).join(" ")
                subtitle: mentor.assigned ? qsTr("Mentors this internship") : (row.expertise ?? "")
                QQC2.Button {
                    objectName: "assignMentor"
                    visible: !mentor.assigned
                    text: qsTr("Assign")
                    onClicked: Backend.call("assignMentor", {
                            id: setup.offer.id,
                            mentor_id: mentor.row.id
                        }, error => {
                            setup.mentorProblem = error;
                            if (!error)
                                setup.reload();
                        })
                }
            }
        }
        QQC2.Button {
            objectName: "mentorMyself"
            text: qsTr("I will mentor too")
            onClicked: Backend.call("addMentor", {
                    user_id: Session.userId
                }, error => {
                    setup.mentorProblem = error;
                    if (!error)
                        mentors.model.reload();
                })
        }
        QQC2.Label {
            objectName: "mentorProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: setup.mentorProblem
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
