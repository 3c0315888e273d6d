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
 * reason, until it does; the goals it has take new weights in the same request (or on their own),
 * so a complete set can grow. Mentors are the company's people: the owner, or someone invited.
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
    /** New weights written for the goals it has, by KPI id; sent with the new goals or alone. */
    property var reweighed: ({})
    /** The weight the goals would sum to with what is written here. */
    readonly property int plannedWeight: setup.goals.reduce((sum, goal) => sum + (setup.reweighed[goal.id] ?? goal.weight), 0) + setup.drafts.reduce((sum, draft) => sum + draft.weight, 0)
    /** The ids of the mentors assigned to this internship. */
    property var assigned: []
    property string goalProblem
    property string mentorProblem
    property string mentorNotice

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

    /** The goals' new weights as the server takes them: [{kpi_id, weight}], the changed ones. */
    function newWeights(): var {
        return setup.goals.filter(goal => setup.reweighed[goal.id] !== undefined && setup.reweighed[goal.id] !== goal.weight).map(goal => ({
                    kpi_id: goal.id,
                    weight: setup.reweighed[goal.id]
                }));
    }

    function saveGoals() {
        const weights = setup.newWeights();
        const done = error => {
            setup.goalProblem = error;
            if (!error) {
                setup.drafts = [];
                setup.reweighed = {};
                setup.reload();
            }
        };
        if (setup.drafts.length === 0)
            return Backend.call("kpiWeights", {
                id: setup.offer.id,
                weights: setup.goals.map(goal => ({
                            kpi_id: goal.id,
                            weight: setup.reweighed[goal.id] ?? goal.weight
                        }))
            }, done);
        const body = {
            id: setup.offer.id,
            kpis: setup.drafts
        };
        if (weights.length > 0)
            body.weights = weights;
        Backend.call("addKpis", body, done);
    }

    function inviteMentor() {
        const body = {
            email: mentorEmail.text.trim(),
            first_name: mentorFirstName.text.trim(),
            last_name: mentorLastName.text.trim()
        };
        if (mentorExpertise.text.trim().length > 0)
            body.expertise = mentorExpertise.text.trim();
        // The server's own rules first; a person invited also needs both names.
        const problems = FormChecker.check("addMentor", body);
        for (const name of ["first_name", "last_name"]) {
            if (body[name].length === 0)
                problems[name] = qsTr("Fill this in");
        }
        mentorEmail.error = problems.email ?? "";
        mentorFirstName.error = problems.first_name ?? "";
        mentorLastName.error = problems.last_name ?? "";
        if (Object.keys(problems).length > 0)
            return;
        Backend.call("addMentor", body, (error, answer) => {
            const problems = error ? FormChecker.serverProblems(answer) : {};
            mentorEmail.error = problems.email ?? "";
            mentorFirstName.error = problems.first_name ?? "";
            mentorLastName.error = problems.last_name ?? "";
            setup.mentorProblem = error && !problems.email && !problems.first_name && !problems.last_name ? error : "";
            if (error)
                return;
            mentorEmail.text = "";
            mentorFirstName.text = "";
            mentorLastName.text = "";
            mentorExpertise.text = "";
            setup.mentorNotice = qsTr("%1 %2 is invited by mail to mentor for your company.").arg(answer.person?.first_name ?? body.first_name).arg(answer.person?.last_name ?? body.last_name);
            mentors.model.reload();
        });
    }

    /** A goal saved or deleted: a new weight written for it no longer stands. */
    function forgetWeight(kpiId: int) {
        const next = Object.assign({}, setup.reweighed);
        delete next[kpiId];
        setup.reweighed = next;
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
            setup.reweighed = {};
            setup.shownId = setup.offer?.id ?? 0;
        }
        setup.reload();
    }
    Component.onCompleted: reload()
    spacing: Theme.spacing * 2

    KpiEditor {
        id: goalEditor
        onSaved: kpi => {
            setup.forgetWeight(kpi.id);
            setup.goalProblem = "";
            setup.reload();
        }
    }
    QQC2.Dialog {
        id: deleteGoal
        objectName: "deleteGoal"
        /** The goal asked about. */
        property var goal: ({})
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Delete the goal %1?").arg(deleteGoal.goal.title ?? "")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: Backend.call("deleteKpi", {
            id: deleteGoal.goal.id
        }, error => {
            setup.goalProblem = error;
            if (!error) {
                setup.forgetWeight(deleteGoal.goal.id);
                setup.reload();
            }
        })
        QQC2.Label {
            width: 380
            wrapMode: Text.Wrap
            text: qsTr("A goal interns sent evidence for stays. Once it is deleted, interns send evidence again when the other goals' weights sum to 100.")
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing / 2

        QQC2.Label {
            objectName: "goalsTotal"
            Layout.fillWidth: true
            text: setup.plannedWeight === setup.totalWeight ? qsTr("Goals: %1 of 100 weight set").arg(setup.totalWeight) : qsTr("Goals: %1 of 100 weight set; %2 with the changes written here").arg(setup.totalWeight).arg(setup.plannedWeight)
            font.bold: true
            color: setup.plannedWeight === 100 ? Theme.text : Theme.error
        }
        Repeater {
            model: setup.goals
            // The goal's name on a line of its own, its weight and what can be done with it under.
            GridLayout {
                id: goal
                required property var modelData
                Layout.fillWidth: true
                columns: 4
                rowSpacing: 0
                QQC2.Label {
                    Layout.columnSpan: 4
                    Layout.fillWidth: true
                    text: qsTr("%1 — scored out of %2").arg(goal.modelData.title).arg(goal.modelData.max_score)
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    text: qsTr("Weight")
                    color: Theme.muted
                }
                QQC2.TextField {
                    objectName: "weightOf_" + goal.modelData.title
                    Layout.preferredWidth: 56
                    text: setup.reweighed[goal.modelData.id] ?? goal.modelData.weight
                    Accessible.name: qsTr("Weight of %1").arg(goal.modelData.title)
                    validator: IntValidator {
                        bottom: 1
                        top: 100
                    }
                    onTextEdited: {
                        const next = Object.assign({}, setup.reweighed);
                        if (acceptableInput)
                            next[goal.modelData.id] = Number(text);
                        else
                            delete next[goal.modelData.id];
                        setup.reweighed = next;
                    }
                }
                QQC2.Button {
                    objectName: "editGoal_" + goal.modelData.title
                    flat: true
                    text: qsTr("Edit…")
                    Accessible.name: qsTr("Edit %1").arg(goal.modelData.title)
                    onClicked: goalEditor.edit(goal.modelData)
                }
                QQC2.Button {
                    objectName: "deleteGoal_" + goal.modelData.title
                    Layout.fillWidth: false
                    Layout.alignment: Qt.AlignLeft
                    flat: true
                    text: qsTr("Delete…")
                    Accessible.name: qsTr("Delete %1").arg(goal.modelData.title)
                    onClicked: {
                        deleteGoal.goal = goal.modelData;
                        deleteGoal.open();
                    }
                }
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
                text: setup.drafts.length > 0 ? qsTr("Save goals") : qsTr("Save weights")
                highlighted: true
                enabled: setup.drafts.length > 0 || setup.newWeights().length > 0
                onClicked: setup.saveGoals()
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
        QQC2.Dialog {
            id: stopMentoring
            objectName: "stopMentoring"
            /** The mentor asked about. */
            property var mentor: ({})
            readonly property string name: [mentor.person?.first_name, mentor.person?.last_name].filter(part => part).join(" ")
            anchors.centerIn: QQC2.Overlay.overlay
            modal: true
            title: qsTr("Stop %1 mentoring?").arg(stopMentoring.name)
            standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
            onAccepted: Backend.call("removeMentor", {
                id: stopMentoring.mentor.id
            }, error => {
                setup.mentorProblem = error;
                setup.mentorNotice = error ? "" : qsTr("%1 no longer mentors for your company.").arg(stopMentoring.name);
                if (!error)
                    setup.reload();
            })
            QQC2.Label {
                width: 380
                wrapMode: Text.Wrap
                text: qsTr("%1 stops mentoring every internship of your company. The scores they gave stay.").arg(stopMentoring.name)
            }
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
                    objectName: "removeMentor_" + mentor.row.id
                    flat: true
                    text: qsTr("Remove…")
                    onClicked: {
                        stopMentoring.mentor = mentor.row;
                        stopMentoring.open();
                    }
                }
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
            Layout.topMargin: Theme.spacing / 2
            text: qsTr("Invite someone to mentor")
            font.bold: true
            color: Theme.text
        }
        FormField {
            id: mentorEmail
            input.objectName: "mentorEmail"
            label: qsTr("Email")
        }
        RowLayout {
            FormField {
                id: mentorFirstName
                input.objectName: "mentorFirstName"
                label: qsTr("First name")
            }
            FormField {
                id: mentorLastName
                input.objectName: "mentorLastName"
                label: qsTr("Last name")
            }
        }
        FormField {
            id: mentorExpertise
            input.objectName: "mentorExpertise"
            label: qsTr("Expertise (optional)")
        }
        QQC2.Button {
            objectName: "inviteMentor"
            text: qsTr("Invite mentor")
            enabled: mentorEmail.text.trim().length > 0
            onClicked: setup.inviteMentor()
        }
        QQC2.Label {
            objectName: "mentorNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: setup.mentorNotice
            color: Theme.accent
            wrapMode: Text.Wrap
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
