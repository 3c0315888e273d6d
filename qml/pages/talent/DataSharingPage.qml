// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * What a talent shares with partner organisations: the partners that may read their profile, CV
 * and intro video (each with "Stop sharing", asked first, or "Share again"), a way to share with
 * another partner, and every read a partner made (who, what, when), newest first, page by page.
 */
Item {
    id: page

    /** The partners the talent shares with or did: the server's rows, sharing ones first. */
    property var consents: []
    /** Partners the talent does not share with now, to choose from: [{value, text}]. */
    readonly property var others: page.allPartners.filter(partner => !page.consents.some(consent => consent.sharing && consent.id === partner.id)).map(partner => ({
                value: String(partner.id),
                text: partner.name
            }))
    property var allPartners: []
    property bool loaded: false
    property string error
    property string notice

    function timeText(text: var): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm") : "";
    }

    function dayText(text: var): string {
        return text ? new Date(text).toLocaleDateString(Qt.locale(), "d MMM yyyy") : "";
    }

    function load() {
        Backend.call("myPartnerConsents", {}, (failure, body) => page.take(failure, body));
        Backend.call("partners", {
            limit: 100
        }, (failure, body) => {
            if (!failure)
                page.allPartners = body.data;
        });
    }

    /** The consents the server answered (every consent call answers them all). */
    function take(failure: string, body: var) {
        page.error = failure;
        if (failure)
            return;
        page.loaded = true;
        page.consents = body.data.slice().sort((a, b) => (b.sharing ? 1 : 0) - (a.sharing ? 1 : 0));
    }

    function share(partnerId: real, name: string) {
        Backend.call("shareWithPartner", {
            partner_id: partnerId
        }, (failure, body) => {
            page.take(failure, body);
            page.notice = failure ? "" : qsTr("You share your profile, CV and intro video with %1.").arg(name);
        });
    }

    function stopSharing(consent: var) {
        Backend.call("stopSharingWithPartner", {
            partner_id: consent.id
        }, (failure, body) => {
            page.take(failure, body);
            page.notice = failure ? "" : qsTr("%1 can no longer read your data.").arg(consent.name);
        });
    }

    function consentText(consent: var): string {
        if (!consent.sharing)
            return qsTr("Stopped sharing on %1").arg(page.dayText(consent.withdrawn_at));
        return consent.source === "partner" ? qsTr("Sharing since you joined through them, %1").arg(page.dayText(consent.granted_at)) : qsTr("Sharing since %1").arg(page.dayText(consent.granted_at));
    }

    Component.onCompleted: page.load()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Data sharing")
            subtitle: qsTr("Partners read your profile, CV and intro video only while you share with them")
        }
        QQC2.Label {
            objectName: "sharingMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error.length > 0 ? page.error : page.notice
            color: page.error.length > 0 ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2

            ColumnLayout {
                Layout.preferredWidth: Math.min(420, page.width * 0.45)
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing

                QQC2.Label {
                    text: qsTr("Partners")
                    font.bold: true
                }
                QQC2.Label {
                    objectName: "noConsents"
                    Layout.fillWidth: true
                    visible: page.loaded && page.consents.length === 0
                    text: qsTr("You share with no partner. Choose one below to let it read your profile; you can stop at any time.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                KeyList {
                    id: consentList
                    objectName: "consentList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacing / 2
                    model: page.consents
                    currentIndex: -1
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                    delegate: Card {
                        id: consentCard
                        required property var modelData
                        required property int index
                        objectName: "consent_" + modelData.name
                        width: ListView.view ? ListView.view.width : implicitWidth
                        implicitHeight: consentLayout.implicitHeight + 2 * Theme.spacing
                        selected: ListView.isCurrentItem

                        RowLayout {
                            id: consentLayout
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: consentCard.modelData.name
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                QQC2.Label {
                                    objectName: "consentSince"
                                    Layout.fillWidth: true
                                    text: page.consentText(consentCard.modelData)
                                    color: Theme.muted
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.smallSize
                                }
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: consentCard.modelData.last_read_at ? qsTr("Last read %1").arg(page.timeText(consentCard.modelData.last_read_at)) : qsTr("Has read nothing yet")
                                    color: Theme.muted
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                            QQC2.Button {
                                objectName: consentCard.modelData.sharing ? "stopSharing" : "shareAgain"
                                text: consentCard.modelData.sharing ? qsTr("Stop sharing…") : qsTr("Share again")
                                Accessible.name: consentCard.modelData.sharing ? qsTr("Stop sharing with %1").arg(consentCard.modelData.name) : qsTr("Share again with %1").arg(consentCard.modelData.name)
                                onClicked: {
                                    if (consentCard.modelData.sharing) {
                                        withdrawDialog.consent = consentCard.modelData;
                                        withdrawDialog.open();
                                    } else {
                                        page.share(consentCard.modelData.id, consentCard.modelData.name);
                                    }
                                }
                            }
                        }
                        TapHandler {
                            onTapped: {
                                consentCard.ListView.view.forceActiveFocus();
                                consentCard.ListView.view.currentIndex = consentCard.index;
                            }
                        }
                    }
                }
                QQC2.Label {
                    text: qsTr("Share with a partner")
                    font.bold: true
                    visible: page.others.length > 0
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.others.length > 0
                    ChoiceBox {
                        id: partnerChoice
                        objectName: "partnerChoice"
                        Layout.fillWidth: true
                        model: page.others
                        Accessible.name: qsTr("Partner to share with")
                        onChosen: chosenValue => partnerChoice.value = chosenValue
                    }
                    QQC2.Button {
                        objectName: "sharePartner"
                        text: qsTr("Share")
                        enabled: partnerChoice.currentIndex >= 0
                        onClicked: page.share(Number(partnerChoice.currentValue), partnerChoice.currentText)
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                QQC2.Label {
                    text: qsTr("What partners read")
                    font.bold: true
                }
                ApiList {
                    id: reads
                    objectName: "readsList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    operation: "myPartnerReads"
                    emptyText: qsTr("No partner has read anything of yours yet. Each read will show here: which partner, what and when.")
                    delegate: RowCard {
                        required property var row
                        objectName: "read_" + row.id
                        title: row.partner.name
                        subtitle: qsTr("%1 · %2").arg(Vocabulary.choiceLabel("partner_read", row.what, Qt.uiLanguage)).arg(page.timeText(row.read_at))
                    }
                }
            }
        }
    }

    QQC2.Dialog {
        id: withdrawDialog
        objectName: "withdrawDialog"
        property var consent: ({})
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        width: Math.min(480, page.width - 2 * Theme.spacing)
        title: qsTr("Stop sharing with %1?").arg(withdrawDialog.consent.name ?? "")
        standardButtons: QQC2.Dialog.NoButton
        ColumnLayout {
            width: parent.width
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("%1 can no longer read your profile, CV or intro video. What it read before stays listed here, and you can share again later.").arg(withdrawDialog.consent.name ?? "")
                wrapMode: Text.Wrap
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "confirmWithdraw"
                text: qsTr("Stop sharing")
                onClicked: {
                    withdrawDialog.close();
                    page.stopSharing(withdrawDialog.consent);
                }
            }
            QQC2.Button {
                text: qsTr("Keep sharing")
                onClicked: withdrawDialog.close()
            }
        }
    }
}
