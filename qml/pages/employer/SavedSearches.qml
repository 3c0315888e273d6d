// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The company's saved candidate searches, over the search they fill: each with how many talents
 * newly match it, opened, renamed (the name typed stays until the server takes it, with its reason
 * under the field), its alerts switched, and deleted after a confirmation.
 */
QQC2.Popup {
    id: panel
    objectName: "savedSearchesPanel"

    /** New matches over every saved search, for the button that opens the panel. */
    property int newMatches: 0
    /** The assessments a search may filter by, [{value: slug, text: title}], to name them. */
    property var assessments: []

    /** The search the person chose to open. */
    signal openRequested(var search)

    /** Reads the list again (and the count of new matches). */
    function reload() {
        list.model.reload();
        Backend.call("savedSearches", {
            limit: 50
        }, (error, body) => {
            if (!error)
                panel.newMatches = body.data.reduce((sum, search) => sum + search.new_matches, 0);
        });
    }

    /** The title of the assessment @p slug; the slug when it is not among the choices. */
    function assessmentTitle(slug: string): string {
        const named = panel.assessments.find(entry => entry.value === slug);
        return named ? named.text : slug;
    }

    /** The query as people read it: the words, then each filter. */
    function summary(query: var): string {
        const parts = [];
        if (query.q)
            parts.push(qsTr("“%1”").arg(query.q));
        if (query.state)
            parts.push(query.state);
        if (query.career_level)
            parts.push(query.career_level);
        if (query.availability)
            parts.push(Vocabulary.choiceLabel("availability", query.availability, Qt.uiLanguage));
        if (query.verified === true)
            parts.push(qsTr("identity verified"));
        if (query.verified === false)
            parts.push(qsTr("identity not verified"));
        if (query.skills)
            parts.push(qsTr("%n skill(s)", "", query.skills.split(",").length));
        if (query.assessment)
            parts.push(qsTr("%1 at least %2 %").arg(panel.assessmentTitle(query.assessment)).arg(query.min_percent ?? 0));
        return parts.length > 0 ? parts.join(" · ") : qsTr("Every talent");
    }

    Component.onCompleted: panel.reload()
    onOpened: panel.reload()

    focus: true
    closePolicy: QQC2.Popup.CloseOnEscape | QQC2.Popup.CloseOnPressOutsideParent
    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Saved searches")
                font.pixelSize: Theme.headingSize
                color: Theme.text
            }
            QQC2.Button {
                objectName: "closeSavedSearches"
                text: qsTr("Close")
                flat: true
                onClicked: panel.close()
            }
        }
        QQC2.Label {
            id: problem
            objectName: "savedSearchProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ApiList {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "savedSearches"
            emptyText: qsTr("No saved search yet. Search for talents, then choose “Save search” to keep the search and hear of new matches.")
            delegate: Card {
                id: saved
                required property var row
                required property int index
                property bool renaming: false
                objectName: "savedSearchRow"
                width: ListView.view.width
                implicitHeight: savedColumn.implicitHeight + Theme.spacing

                function rename() {
                    const name = renameField.text.trim();
                    if (name.length === 0) {
                        renameField.error = qsTr("Give the search a name");
                        return;
                    }
                    Backend.call("updateSavedSearch", {
                        id: saved.row.id,
                        name: name
                    }, (error, body) => {
                        if (error) {
                            renameField.error = FormChecker.serverProblems(body).name ?? error;
                            return;
                        }
                        renameField.error = "";
                        saved.renaming = false;
                        list.model.reload();
                    });
                }

                ColumnLayout {
                    id: savedColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing / 2
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        QQC2.Label {
                            objectName: "savedSearchName"
                            Layout.fillWidth: true
                            text: saved.row.name
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Rectangle {
                            objectName: "newMatchesBadge"
                            visible: saved.row.new_matches > 0
                            implicitWidth: badgeText.implicitWidth + Theme.spacing
                            implicitHeight: badgeText.implicitHeight + 4
                            radius: height / 2
                            color: Theme.accent
                            Accessible.role: Accessible.StaticText
                            Accessible.name: badgeText.text
                            QQC2.Label {
                                id: badgeText
                                objectName: "newMatchesCount"
                                anchors.centerIn: parent
                                text: qsTr("%n new", "", saved.row.new_matches)
                                color: Theme.inverseText
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: panel.summary(saved.row.query)
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
                    FormField {
                        id: renameField
                        Layout.fillWidth: true
                        visible: saved.renaming
                        label: qsTr("New name")
                        input.objectName: "renameSavedSearch"
                        input.onAccepted: saved.rename()
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        QQC2.Button {
                            objectName: "openSavedSearch"
                            visible: !saved.renaming
                            text: qsTr("Open")
                            highlighted: true
                            Accessible.name: qsTr("Open %1").arg(saved.row.name)
                            onClicked: panel.openRequested(saved.row)
                        }
                        QQC2.Switch {
                            objectName: "savedSearchAlerts"
                            visible: !saved.renaming
                            text: qsTr("Alerts")
                            checked: saved.row.alerts
                            Accessible.name: qsTr("Tell me of new matches for %1").arg(saved.row.name)
                            onToggled: Backend.call("updateSavedSearch", {
                                    id: saved.row.id,
                                    alerts: checked
                                }, error => {
                                    problem.text = error;
                                    list.model.reload();
                                })
                        }
                        QQC2.Button {
                            objectName: "startRename"
                            visible: !saved.renaming
                            text: qsTr("Rename")
                            flat: true
                            onClicked: {
                                renameField.text = saved.row.name;
                                renameField.error = "";
                                saved.renaming = true;
                                renameField.input.forceActiveFocus();
                            }
                        }
                        QQC2.Button {
                            objectName: "deleteSavedSearch"
                            visible: !saved.renaming
                            text: qsTr("Delete")
                            flat: true
                            onClicked: {
                                confirmDelete.search = saved.row;
                                confirmDelete.open();
                            }
                        }
                        QQC2.Button {
                            objectName: "saveRename"
                            visible: saved.renaming
                            text: qsTr("Save name")
                            highlighted: true
                            onClicked: saved.rename()
                        }
                        QQC2.Button {
                            visible: saved.renaming
                            text: qsTr("Cancel")
                            flat: true
                            onClicked: saved.renaming = false
                        }
                    }
                }
            }
        }
    }

    QQC2.Dialog {
        id: confirmDelete
        objectName: "confirmDeleteSavedSearch"
        property var search: ({})
        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(460, (parent?.width ?? 460) - 2 * Theme.spacing)
        title: qsTr("Delete “%1”?").arg(confirmDelete.search.name ?? "")
        standardButtons: QQC2.Dialog.NoButton

        ColumnLayout {
            width: parent.width
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("The search and what it remembers of its matches are deleted for everyone in your company; alerts for it stop.")
                wrapMode: Text.Wrap
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "confirmDelete"
                text: qsTr("Delete")
                onClicked: Backend.call("deleteSavedSearch", {
                        id: confirmDelete.search.id
                    }, error => {
                        problem.text = error;
                        confirmDelete.close();
                        panel.reload();
                    })
            }
            QQC2.Button {
                text: qsTr("Keep it")
                highlighted: true
                onClicked: confirmDelete.close()
            }
        }
    }
}
