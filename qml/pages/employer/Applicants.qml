// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The applicants of a job, a training or an internship, by status, each with the moves the workflow allows
 * the company (and, for a job, a pass/fail remark, and a filter by an assessment's score that
 * orders them by it).
 */
ColumnLayout {
    id: panel

    /** The job's or the training's id. */
    property int subjectId: 0
    /** "application" (a job's), "training_application" or "internship_application": the
     *  shared workflow they follow. */
    property string workflow: "application"
    readonly property bool forJob: workflow === "application"
    /** Operations are named after the offer: "internship_application" → "internshipApplicants". */
    readonly property string offer: forJob ? "job" : workflow.replace("_application", "")
    readonly property string capital: offer.charAt(0).toUpperCase() + offer.slice(1)
    /** A refusal's reasons to choose from; none means the company writes its own. */
    readonly property var reasons: Vocabulary.reasons(workflow, Qt.uiLanguage)
    property string error
    property string notice
    /** A job's applicants' culture fit by talent id, once the company has set its target. */
    property var fits: ({})

    /**
     * The culture fit the server ranks the company's applicants by, page after page; nothing
     * when no target is set (the server says so on the first page).
     */
    function loadFits() {
        panel.fits = {};
        if (!panel.forJob || panel.subjectId <= 0)
            return;
        const subject = panel.subjectId;
        const found = {};
        const fetch = page => Backend.call("rankedApplicants", {
                instrument: "culture-fit",
                page: page,
                limit: 100
            }, (error, body) => {
                if (error || subject !== panel.subjectId || !body.target_set)
                    return;
                for (const row of body.data) {
                    if (row.fit !== null && row.fit !== undefined)
                        found[row.user.id] = row.fit;
                }
                panel.fits = Object.assign({}, found);
                if (page < (body.meta.pages ?? 0))
                    fetch(page + 1);
            });
        fetch(1);
    }

    onSubjectIdChanged: loadFits()
    Component.onCompleted: loadFits()

    function move(application: var, status: string, reason: string) {
        const change = {
            id: application.id,
            status: status
        };
        if (reason.length > 0)
            change.reason = reason;
        Backend.call(panel.forJob ? "moveApplication" : "move" + panel.capital + "Application", change, error => {
            panel.error = error;
            if (!error) {
                note.clear(); // kept until the refusal it explains has gone through
                list.model.reload();
            }
        });
    }

    spacing: Theme.spacing

    RowLayout {
        QQC2.Label {
            text: qsTr("Applicants")
            font.pixelSize: Theme.headingSize
            color: Theme.primary
        }
        Item {
            Layout.fillWidth: true
        }
        EntriesBox {
            id: statusFilter
            objectName: "applicantStatusFilter"
            textRole: "text"
            valueRole: "value"
            entries: Vocabulary.statuses(panel.workflow, qsTr("Every status"), Qt.uiLanguage)
        }
    }
    // A line of its own: beside the title and the status it pushed the panel past the window's
    // edge at the client's smallest size.
    ScoreFilter {
        id: scoreFilter
        Layout.fillWidth: true
        // A job's applicants are filtered and ordered by a score; other offers' are not.
        visible: panel.forJob
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.error || panel.notice
        color: panel.error ? Theme.error : Theme.accent
        wrapMode: Text.Wrap
    }

    QQC2.Dialog {
        id: rejection
        objectName: "rejection"
        property var application: ({})
        /** The move that takes the reason (the workflow's refusal). */
        property string status
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Reject %1").arg(application.talent?.first_name ?? "")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: panel.move(application, status, panel.reasons.length > 0 ? reason.currentValue : note.text.trim())
        // The company's own words are required where no reasons are listed.
        Component.onCompleted: standardButton(QQC2.Dialog.Ok).enabled = Qt.binding(() => panel.reasons.length > 0 || note.text.trim().length > 0)
        ColumnLayout {
            QQC2.ComboBox {
                id: reason
                objectName: "rejectionReason"
                visible: panel.reasons.length > 0
                implicitWidth: 300
                textRole: "text"
                valueRole: "value"
                model: panel.reasons
            }
            QQC2.TextField {
                id: note
                objectName: "rejectionNote"
                visible: panel.reasons.length === 0
                implicitWidth: 300
                placeholderText: qsTr("Why, in a sentence the talent will read")
            }
        }
    }

    ApplicantCvs {
        id: applicantCvs
    }

    ApiList {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        operation: panel.subjectId <= 0 ? "" : panel.offer + "Applicants"
        arguments: Object.assign({
            id: panel.subjectId
        }, statusFilter.currentValue ? {
            status: statusFilter.currentValue
        } : {}, panel.forJob ? scoreFilter.arguments : {})
        emptyText: qsTr("No applicants yet.")
        delegate: RowCard {
            id: card
            required property var row
            objectName: "applicant_" + row.talent.id
            actionsBelow: true
            title: row.talent.first_name + " " + row.talent.last_name
            subtitle: [row.talent.state, row.talent.email, row.assessment_percent !== undefined ? qsTr("%1: %2 %").arg(scoreFilter.title).arg(row.assessment_percent) : "", panel.fits[row.talent.id] !== undefined ? qsTr("culture fit %1 %").arg(panel.fits[row.talent.id]) : "", row.remark ? qsTr("remark: %1").arg(row.remark) : "", row.decided_reason ?? ""].filter(part => part).join(" · ")
            status: row.status
            // The moves wrap onto more lines where the panel is narrow, rather than running
            // past the window's edge.
            Flow {
                objectName: "applicantActions"
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    // The moves the server offers (a job's rows list them) or the workflow allows the
                    // company, labelled from the shared vocabulary.
                    model: Vocabulary.moveOptions(panel.workflow, card.row.next_statuses ?? Vocabulary.moves(panel.workflow, card.row.status, "company"), card.row.status, Qt.uiLanguage)
                    QQC2.Button {
                        required property var modelData
                        objectName: "move_" + modelData.value
                        text: modelData.needsReason ? qsTr("%1…").arg(modelData.text) : modelData.text
                        onClicked: {
                            if (modelData.needsReason) {
                                rejection.application = card.row;
                                rejection.status = modelData.value;
                                rejection.open();
                            } else {
                                panel.move(card.row, modelData.value, "");
                            }
                        }
                    }
                }
                Repeater {
                    // An assessed candidate's result: pass, or fail (which also rejects).
                    model: !panel.forJob || card.row.remark ? [] : Vocabulary.remarks(card.row.status)
                    QQC2.Button {
                        required property string modelData
                        objectName: "remark_" + modelData
                        text: modelData === "pass" ? qsTr("Passed") : qsTr("Failed")
                        onClicked: Backend.call("remarkApplication", {
                            id: card.row.id,
                            remark: modelData
                        }, error => {
                            panel.error = error;
                            list.model.reload();
                        })
                    }
                }
                QQC2.Button {
                    objectName: "applicantCvsButton"
                    // A company reads the CVs of those who applied to its jobs.
                    visible: panel.forJob
                    flat: true
                    text: qsTr("CVs")
                    onClicked: applicantCvs.show(card.row)
                }
                QQC2.Button {
                    objectName: "message"
                    flat: true
                    text: qsTr("Message")
                    onClicked: Backend.call("openChat", {
                        receiver_id: card.row.talent.id
                    }, error => {
                        panel.error = error;
                        panel.notice = error ? "" : qsTr("The conversation with %1 is under Messages.").arg(card.row.talent.first_name);
                    })
                }
            }
        }
    }
}
