// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The company's coding challenges: the list, and the chosen one to edit, to invite talents to and
 * to read the submissions of. "New challenge" opens an empty form; once saved it joins the list.
 * Another challenge or a new one is shown only once the changes not saved are let go.
 */
Item {
    id: page

    /** A new challenge is being written (not yet saved). */
    property bool creating: false
    readonly property real challengeId: editor.challenge.id ?? 0

    function open(id: real) {
        // The challenge shown is not loaded again over what is being typed in it.
        if (!page.creating && id === page.challengeId)
            return;
        leave(() => {
            page.creating = false;
            editor.load(id);
        });
    }

    /** Does @p then now, or once the changes in the form are let go. */
    function leave(then: var) {
        if ((page.creating || page.challengeId > 0) && editor.hasChanges())
            leaveDialog.ask(then);
        else
            then();
    }

    /** Opens an empty form for a new challenge. */
    function startNew() {
        challenges.currentIndex = -1;
        page.creating = true;
        editor.startNew();
        tabs.currentIndex = 0;
    }

    /** Marks the shown challenge in the list, or opens the first when none is shown. */
    function markShown() {
        for (let i = 0; i < challenges.model.count; ++i) {
            if (challenges.model.get(i).id === page.challengeId) {
                challenges.currentIndex = i;
                return;
            }
        }
        if (page.challengeId === 0 && !page.creating && challenges.model.count > 0) {
            challenges.currentIndex = 0;
            page.open(challenges.model.get(0).id);
        }
    }

    DiscardDialog {
        id: leaveDialog
        objectName: "leaveChallengeDialog"
        subject: page.creating ? qsTr("the new challenge") : editor.challenge.title ?? ""
        // Staying: the list marks the challenge still shown, not the one clicked.
        onRejected: {
            challenges.currentIndex = -1;
            page.markShown();
        }
    }

    Connections {
        target: challenges.model
        function onCountChanged() {
            page.markShown();
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: Math.min(250, page.width * 0.3)
            Layout.fillWidth: false
            Layout.fillHeight: true
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Coding challenges")
            }
            QQC2.Button {
                objectName: "newChallenge"
                text: qsTr("New challenge")
                highlighted: true
                onClicked: page.leave(page.startNew)
            }
            ApiList {
                id: challenges
                objectName: "challengeList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "codingChallenges"
                emptyText: qsTr("No coding challenges yet. Write the first: a statement, the languages allowed and its test cases.")
                onActivated: row => page.open(row.id)
                delegate: RowCard {
                    required property var row
                    objectName: "challenge_" + row.title
                    title: row.title
                    subtitle: [Vocabulary.choiceLabel("difficulty", row.difficulty, Qt.uiLanguage), row.closes_at ? qsTr("closes %1").arg(new Date(row.closes_at).toLocaleDateString(Qt.locale(), "d MMM yyyy")) : ""].filter(part => part).join(" · ")
                    onActivated: page.open(row.id)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.creating || page.challengeId > 0
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.creating ? qsTr("New coding challenge") : editor.challenge.title ?? ""
            }
            QQC2.TabBar {
                id: tabs
                objectName: "challengeTabs"
                Layout.fillWidth: true
                QQC2.TabButton {
                    objectName: "challengeTab"
                    text: qsTr("Challenge")
                }
                QQC2.TabButton {
                    objectName: "invitationsTab"
                    text: qsTr("Invitations")
                    enabled: page.challengeId > 0
                }
                QQC2.TabButton {
                    objectName: "submissionsTab"
                    text: qsTr("Submissions")
                    enabled: page.challengeId > 0
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex

                CodingChallengeEditor {
                    id: editor
                    objectName: "challengeEditor"
                    onSaved: {
                        page.creating = false;
                        challenges.model.reload();
                    }
                    onRemoved: {
                        editor.challenge = {};
                        challenges.model.reload();
                    }
                }
                CodingInvitations {
                    challengeId: page.challengeId
                }
                CodingSubmissions {
                    challengeId: page.challengeId
                }
            }
        }
    }
}
