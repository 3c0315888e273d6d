// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The talent's profile: how complete it is and what to add next, the picture, the main fields. */
Item {
    id: page

    property var profile: ({})
    /** The form is filled from the server; until then nothing can be typed or saved over it. */
    property bool loaded: false
    property var completion: ({})
    property string error
    property string notice

    function load() {
        Backend.call("myProfile", {}, (error, body) => {
            page.error = error;
            if (!error) {
                page.profile = body;
                page.loaded = true;
            }
        });
        Backend.call("profileCompletion", {}, (error, body) => {
            if (!error)
                page.completion = body;
        });
    }

    function save() {
        // Only the fields that differ from the profile as loaded are sent, so a change made
        // elsewhere meanwhile is not overwritten. An emptied optional field is cleared (null);
        // the state, which a profile must keep, is sent only when given.
        const fields = {
            headline: headline.text,
            bio: bio.text,
            phone_number: phone.text,
            linkedin_url: linkedin.text,
            portfolio_url: portfolio.text,
            state: stateField.text
        };
        const changes = {};
        for (const key in fields) {
            if (fields[key] !== (page.profile[key] ?? ""))
                changes[key] = fields[key].length > 0 ? fields[key] : null;
        }
        if (changes.state === null)
            delete changes.state;
        if (Object.keys(changes).length === 0) {
            page.error = "";
            page.notice = qsTr("Nothing to save.");
            return;
        }
        Backend.call("updateMyProfile", changes, (error, body) => {
            page.error = error;
            page.notice = error ? "" : qsTr("Saved.");
            if (!error)
                page.load();
        });
    }

    Component.onCompleted: load()

    FileDialog {
        id: pictureDialog
        objectName: "pictureDialog"
        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp)")]
        onAccepted: Backend.upload("avatar", selectedFile, error => {
            page.error = error;
            page.notice = error ? "" : qsTr("Your picture is updated.");
            if (!error)
                page.load();
        })
    }

    QQC2.ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("My profile")
                subtitle: (page.profile.email ?? "") + (page.profile.wn_id ? " · " + page.profile.wn_id : "")
            }

            Card {
                Layout.fillWidth: true
                implicitHeight: meter.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: meter
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    QQC2.Label {
                        text: qsTr("Profile %1% complete").arg(page.completion.percentage ?? 0)
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.ProgressBar {
                        Layout.fillWidth: true
                        from: 0
                        to: 100
                        value: page.completion.percentage ?? 0
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: !!page.completion.next
                        text: qsTr("Next: %1").arg(page.completion.next?.label ?? "")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }

            RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    width: 72
                    height: 72
                    radius: 36
                    color: Theme.selection
                    clip: true
                    Image {
                        anchors.fill: parent
                        fillMode: Image.PreserveAspectCrop
                        source: page.profile.avatar_url ?? ""
                    }
                    QQC2.Label {
                        anchors.centerIn: parent
                        visible: !page.profile.avatar_url
                        text: (page.profile.first_name ?? " ")[0] + (page.profile.last_name ?? " ")[0]
                        font.pixelSize: Theme.titleSize
                        color: Theme.primary
                    }
                }
                QQC2.Button {
                    objectName: "changePicture"
                    text: qsTr("Change picture…")
                    onClicked: pictureDialog.open()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                enabled: page.loaded
                columns: 2
                columnSpacing: Theme.spacing
                FormField {
                    id: headline
                    input.objectName: "headline"
                    label: qsTr("Headline")
                    text: page.profile.headline ?? ""
                }
                FormField {
                    id: phone
                    label: qsTr("Phone number")
                    text: page.profile.phone_number ?? ""
                }
                FormField {
                    id: stateField
                    label: qsTr("State")
                    text: page.profile.state ?? ""
                }
                FormField {
                    id: linkedin
                    label: qsTr("LinkedIn")
                    text: page.profile.linkedin_url ?? ""
                }
                FormField {
                    id: portfolio
                    label: qsTr("Portfolio")
                    text: page.profile.portfolio_url ?? ""
                }
            }
            QQC2.Label {
                text: qsTr("About me")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            TextBox {
                id: bio
                enabled: page.loaded
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                wrapMode: TextEdit.Wrap
                text: page.profile.bio ?? ""
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.error || page.notice
                color: page.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                objectName: "save"
                enabled: page.loaded
                highlighted: true
                text: qsTr("Save")
                onClicked: page.save()
            }
        }
    }
}
