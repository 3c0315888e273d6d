// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Talents' requests to join courses, newest first, pending ones shown first of all: each with the
 * moves the server offers (approve enrols the talent; decline asks for a reason the talent is
 * told), and several decided at once by ticking them.
 */
Item {
    id: requests

    /** Ids of the ticked requests → true. */
    property var ticked: ({})
    readonly property var tickedIds: Object.keys(requests.ticked).filter(id => requests.ticked[id]).map(Number)
    property string error
    property string notice
    property bool busy: false

    function tick(id: real, on: bool) {
        const next = Object.assign({}, requests.ticked);
        next[id] = on;
        requests.ticked = next;
    }

    function reload() {
        requests.ticked = ({});
        list.model.reload();
    }

    /**
     * Runs @p operation for each of @p ids in turn (one request at a time, so the answers arrive
     * in order), then calls @p done with the ones that failed: [{id, error, body}]. @p stop says
     * whether a failure should end the run (a refused reason would be refused for every one).
     */
    function decideAll(ids: var, operation: string, extra: var, stop: var, done: var) {
        const failures = [];
        requests.busy = true;
        const next = index => {
            if (index >= ids.length) {
                requests.busy = false;
                done(failures);
                return;
            }
            Backend.call(operation, Object.assign({
                id: ids[index]
            }, extra), (error, body) => {
                if (error) {
                    failures.push({
                        id: ids[index],
                        error: error,
                        body: body
                    });
                    if (stop(body)) {
                        requests.busy = false;
                        done(failures);
                        return;
                    }
                }
                next(index + 1);
            });
        };
        next(0);
    }

    function approve(ids: var) {
        requests.error = "";
        requests.notice = "";
        requests.decideAll(ids, "approveLmsEnrolment", {}, () => false, failures => {
            const approved = ids.length - failures.length;
            requests.notice = approved > 0 ? qsTr("%n request(s) approved: the talents are enrolled and told.", "", approved) : "";
            requests.error = failures.map(failure => failure.error).join("\n");
            requests.reload();
        });
    }

    /** Asks for the reason to decline @p ids with. */
    function askToDecline(ids: var, who: string) {
        declineDialog.ids = ids;
        declineDialog.title = ids.length === 1 ? qsTr("Decline %1's request").arg(who) : qsTr("Decline %n request(s)", "", ids.length);
        reason.error = "";
        declineDialog.open();
        reason.input.forceActiveFocus();
    }

    function decline() {
        const ids = declineDialog.ids;
        const why = reason.text.trim();
        requests.error = "";
        requests.notice = "";
        reason.error = "";
        requests.decideAll(ids, "declineLmsEnrolment", {
            reason: why
        }, body => FormChecker.serverProblems(body).reason !== undefined, failures => {
            const refused = failures.find(failure => FormChecker.serverProblems(failure.body).reason !== undefined);
            if (refused) {
                // The dialog stays open with the reason as typed, the problem under it.
                reason.error = FormChecker.serverProblems(refused.body).reason;
                return;
            }
            const declined = ids.length - failures.length;
            if (declined === 0) {
                // Nothing went through (the server out of reach, say): the reason stays as
                // typed, to be sent again with the same button.
                reason.error = failures.map(failure => failure.error).join("\n");
                return;
            }
            declineDialog.close();
            reason.text = "";
            requests.notice = declined > 0 ? qsTr("%n request(s) declined: the talents are told why.", "", declined) : "";
            requests.error = failures.map(failure => failure.error).join("\n");
            requests.reload();
        });
    }

    function talentName(row: var): string {
        return [row.talent?.first_name ?? "", row.talent?.last_name ?? ""].join(" ").trim();
    }

    QQC2.Dialog {
        id: declineDialog
        objectName: "declineDialog"
        /** The requests to decline. */
        property var ids: []
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        width: 460
        closePolicy: QQC2.Popup.CloseOnEscape
        ColumnLayout {
            anchors.fill: parent
            FormField {
                id: reason
                label: qsTr("Why, in a sentence the talent will read")
                input.objectName: "declineReason"
                input.onAccepted: requests.decline()
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "declineConfirm"
                text: qsTr("Decline")
                highlighted: true
                enabled: !requests.busy && reason.text.trim().length > 0
                onClicked: requests.decline()
            }
            QQC2.Button {
                objectName: "declineCancel"
                text: qsTr("Cancel")
                onClicked: declineDialog.close()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ChoiceBox {
                id: status
                objectName: "requestStatus"
                Layout.preferredWidth: 200
                value: "pending"
                model: Vocabulary.statuses("lms_enrolment", qsTr("Every status"), Qt.uiLanguage)
                Accessible.name: qsTr("Status of the requests shown")
                onChosen: chosen => {
                    status.value = chosen;
                    requests.ticked = ({});
                }
            }
            QQC2.Label {
                text: list.model.total >= 0 ? qsTr("%n request(s)", "", list.model.total) : ""
                visible: list.model.count > 0
                color: Theme.muted
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.Button {
                objectName: "approveTicked"
                visible: requests.tickedIds.length > 0
                enabled: !requests.busy
                text: qsTr("Approve %n ticked", "", requests.tickedIds.length)
                onClicked: requests.approve(requests.tickedIds)
            }
            QQC2.Button {
                objectName: "declineTicked"
                visible: requests.tickedIds.length > 0
                enabled: !requests.busy
                text: qsTr("Decline %n ticked…", "", requests.tickedIds.length)
                onClicked: requests.askToDecline(requests.tickedIds, "")
            }
        }
        QQC2.Label {
            objectName: "requestsProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: requests.error || requests.notice
            color: requests.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        ApiList {
            id: list
            objectName: "requestList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "lmsEnrolmentRequests"
            arguments: (status.value ? {
                    status: status.value
                } : {})
            emptyText: status.value === "pending" ? qsTr("No request waits for a decision: talents ask to join courses from their Learning page.") : qsTr("No request here: choose another status.")
            delegate: RowCard {
                id: card
                required property var row
                readonly property string who: requests.talentName(row)
                objectName: "request_" + row.id
                title: qsTr("%1 → %2").arg(who).arg(row.course_name)
                subtitle: [row.talent?.email ?? "", qsTr("asked %1").arg(new Date(row.created_at).toLocaleDateString(Qt.locale(), "d MMM yyyy")), row.note ? qsTr("“%1”").arg(row.note) : "", row.reason ? qsTr("declined: %1").arg(row.reason) : ""].filter(part => part).join(" · ")
                status: row.status
                QQC2.CheckBox {
                    objectName: "tick_" + card.row.id
                    visible: card.row.next_statuses.length > 0
                    checked: requests.ticked[card.row.id] === true
                    Accessible.name: qsTr("Tick %1's request").arg(card.who)
                    onToggled: requests.tick(card.row.id, checked)
                }
                Repeater {
                    model: Vocabulary.moveOptions("lms_enrolment", card.row.next_statuses, card.row.status, Qt.uiLanguage)
                    QQC2.Button {
                        required property var modelData
                        objectName: "move_" + modelData.value + "_" + card.row.id
                        text: modelData.needsReason ? qsTr("%1…").arg(modelData.text) : modelData.text
                        enabled: !requests.busy
                        Accessible.name: qsTr("%1 %2's request").arg(modelData.text).arg(card.who)
                        onClicked: {
                            if (modelData.needsReason)
                                requests.askToDecline([card.row.id], card.who);
                            else
                                requests.approve([card.row.id]);
                        }
                    }
                }
            }
        }
    }
}
