// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The company's (or partner's) API keys: each with its prefix, what it may do, when it was made
 * and last used, its limit a minute, how many reads of talents it made, and where it stands.
 * A new key, or the one a rotation makes, is shown once with its signing secret; rotation says
 * until when the old key works, and revocation asks first. The key form offers only the scopes
 * the server lets this company hold.
 */
Item {
    id: page

    /** Every scope as the server lists it: [{name, partners_only, may_hold}]. */
    property var scopes: []
    /** What the key form offers: a server that does not say may_hold has every scope offered,
     *  and its 403 is written beside them. */
    readonly property var holdable: page.scopes.filter(scope => scope.may_hold !== false)
    readonly property bool partnersScopesWithheld: page.scopes.some(scope => !scope.may_hold)
    /** A key just issued, shown once: {name, key, signing_secret, prefix, rotated, oldUntil}. */
    property var issued: null
    property string error
    property string notice

    function timeText(text: var): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm") : "";
    }

    function dayText(text: var): string {
        return text ? new Date(text).toLocaleDateString(Qt.locale(), "d MMM yyyy") : "";
    }

    function scopesText(names: var): string {
        return names.map(name => Vocabulary.choiceLabel("api_key_scope", name, Qt.uiLanguage)).join(", ");
    }

    /** How much the key was used, as people read it. */
    function usageText(key: var): string {
        const parts = [key.last_used_at ? qsTr("last used %1").arg(page.timeText(key.last_used_at)) : qsTr("never used")];
        if (key.scopes.includes("talents.read") || key.scopes.includes("applicants.read"))
            parts.push(qsTr("reads of talents' data: %1").arg(key.reads));
        parts.push(key.requests_per_minute ? qsTr("at most %1 requests a minute").arg(key.requests_per_minute.toLocaleString(Qt.locale(), "f", 0)) : qsTr("the platform's limit of requests a minute"));
        return parts.join(" · ");
    }

    function standingText(key: var): string {
        switch (key.status) {
        case "expiring":
            return qsTr("Replaced: works until %1").arg(page.timeText(key.expires_at));
        case "expired":
            return qsTr("Replaced: stopped on %1").arg(page.timeText(key.expires_at));
        case "revoked":
            return qsTr("Revoked on %1").arg(page.timeText(key.revoked_at));
        default:
            return "";
        }
    }

    function openNewKey() {
        keyName.text = "";
        keyName.error = "";
        perMinute.text = "";
        perMinute.error = "";
        scopesProblem.text = "";
        createDialog.error = "";
        createDialog.chosen = [];
        createDialog.open();
        keyName.input.forceActiveFocus();
    }

    function create() {
        const values = {
            name: keyName.text.trim(),
            scopes: createDialog.chosen
        };
        const limit = perMinute.text.trim().replace(/,/g, "");
        if (limit !== "")
            values.requests_per_minute = /^[0-9]+$/.test(limit) ? Number(limit) : limit;
        const problems = FormChecker.check("createApiKey", values);
        if (values.scopes.length === 0)
            problems.scopes = qsTr("Choose at least one thing the key may do");
        keyName.error = problems.name ?? "";
        perMinute.error = problems.requests_per_minute ?? "";
        scopesProblem.text = problems.scopes ?? "";
        createDialog.error = "";
        if (Object.keys(problems).length > 0)
            return;
        createDialog.busy = true;
        Backend.call("createApiKey", values, (failure, answer) => {
            createDialog.busy = false;
            if (failure) {
                // What was typed and ticked stays, with the server's reason beside its field.
                const found = FormChecker.serverProblems(answer);
                keyName.error = found.name ?? "";
                perMinute.error = found.requests_per_minute ?? "";
                // A 403 is about the scopes: which this company may hold.
                scopesProblem.text = found.scopes ?? (answer?.statusCode === 403 ? failure : "");
                if (!found.name && !found.requests_per_minute && !found.scopes && answer?.statusCode !== 403)
                    createDialog.error = failure;
                return;
            }
            createDialog.close();
            page.show(answer, false, "");
        });
    }

    function rotate(key: var) {
        rotateDialog.key = key;
        overlap.text = "24";
        overlap.error = "";
        rotateDialog.error = "";
        rotateDialog.open();
    }

    function confirmRotate() {
        const hours = overlap.text.trim();
        const values = {
            id: rotateDialog.key.id,
            overlap_hours: /^[0-9]+$/.test(hours) ? Number(hours) : hours
        };
        const problems = FormChecker.check("rotateApiKey", {
            overlap_hours: values.overlap_hours
        });
        overlap.error = problems.overlap_hours ?? "";
        if (overlap.error)
            return;
        Backend.call("rotateApiKey", values, (failure, answer) => {
            if (failure) {
                overlap.error = FormChecker.serverProblems(answer).overlap_hours ?? "";
                if (!overlap.error)
                    rotateDialog.error = failure;
                return;
            }
            rotateDialog.close();
            // Until when the old key works is on the old key, as the server set it.
            Backend.call("apiKey", {
                id: answer.replaces_id
            }, (missing, old) => page.show(answer, true, missing ? "" : old.expires_at));
        });
    }

    /** Shows the key just issued, once. */
    function show(answer: var, rotated: bool, oldUntil: string) {
        page.issued = {
            name: answer.name,
            key: answer.key,
            signing_secret: answer.signing_secret,
            prefix: answer.prefix,
            rotated: rotated,
            oldUntil: oldUntil
        };
        issuedDialog.open();
        keys.model.reload();
    }

    function revoke(key: var) {
        Backend.call("revokeApiKey", {
            id: key.id
        }, failure => {
            page.error = failure;
            page.notice = failure ? "" : qsTr("“%1” is revoked: calls made with it are refused.").arg(key.name);
            keys.model.reload();
        });
    }

    Component.onCompleted: Backend.call("apiKeyScopes", {}, (failure, body) => {
        if (failure)
            page.error = failure;
        else
            page.scopes = body.data;
    })

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("API keys")
            subtitle: qsTr("Keys let your own systems call Worknation's external API")
            QQC2.Button {
                objectName: "newApiKey"
                text: qsTr("New key")
                highlighted: true
                enabled: page.holdable.length > 0
                onClicked: page.openNewKey()
            }
        }
        QQC2.Label {
            objectName: "apiKeysMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error.length > 0 ? page.error : page.notice
            color: page.error.length > 0 ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        ApiList {
            id: keys
            objectName: "apiKeyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: "apiKeys"
            emptyText: qsTr("No keys yet. Choose “New key” to issue one for a system that calls Worknation.")
            delegate: Card {
                id: card
                required property var row
                required property int index
                objectName: "apiKey_" + row.name
                width: ListView.view ? ListView.view.width : implicitWidth
                implicitHeight: cardLayout.implicitHeight + 2 * Theme.spacing
                selected: ListView.isCurrentItem

                RowLayout {
                    id: cardLayout
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            spacing: Theme.spacing
                            QQC2.Label {
                                text: card.row.name
                                font.bold: true
                                color: Theme.text
                            }
                            QQC2.Label {
                                objectName: "keyPrefix"
                                text: qsTr("%1…").arg(card.row.prefix)
                                font.family: "monospace"
                                color: Theme.muted
                            }
                        }
                        QQC2.Label {
                            objectName: "keyScopes"
                            Layout.fillWidth: true
                            text: page.scopesText(card.row.scopes)
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        QQC2.Label {
                            objectName: "keyUsage"
                            Layout.fillWidth: true
                            text: [qsTr("made %1").arg(page.dayText(card.row.created_at)), page.usageText(card.row)].join(" · ")
                            wrapMode: Text.Wrap
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                        QQC2.Label {
                            objectName: "keyStanding"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: page.standingText(card.row)
                            wrapMode: Text.Wrap
                            color: card.row.status === "expiring" ? Theme.warning : Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    QQC2.Button {
                        objectName: "rotateKey"
                        visible: card.row.status === "active"
                        text: qsTr("Rotate…")
                        Accessible.name: qsTr("Rotate %1").arg(card.row.name)
                        onClicked: page.rotate(card.row)
                    }
                    QQC2.Button {
                        objectName: "revokeKey"
                        visible: card.row.status === "active" || card.row.status === "expiring"
                        text: qsTr("Revoke…")
                        Accessible.name: qsTr("Revoke %1").arg(card.row.name)
                        onClicked: {
                            revokeDialog.key = card.row;
                            revokeDialog.open();
                        }
                    }
                    StatusBadge {
                        status: card.row.status
                    }
                }
                TapHandler {
                    onTapped: {
                        card.ListView.view.forceActiveFocus();
                        card.ListView.view.currentIndex = card.index;
                    }
                }
            }
        }
    }

    QQC2.Dialog {
        id: createDialog
        objectName: "newKeyDialog"
        /** The names of the scopes ticked. */
        property var chosen: []
        property string error
        property bool busy: false
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        width: Math.min(560, page.width - 2 * Theme.spacing)
        title: qsTr("New API key")
        standardButtons: QQC2.Dialog.NoButton

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            FormField {
                id: keyName
                label: qsTr("Name: what the key is for")
                placeholderText: qsTr("e.g. Recruiting system, production")
                input.objectName: "keyName"
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                QQC2.Label {
                    text: qsTr("What the key may do")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                Repeater {
                    model: page.holdable
                    delegate: QQC2.CheckBox {
                        required property var modelData
                        objectName: "scope_" + modelData.name
                        text: Vocabulary.choiceLabel("api_key_scope", modelData.name, Qt.uiLanguage)
                        Accessible.name: text
                        checked: createDialog.chosen.includes(modelData.name)
                        onToggled: {
                            const others = createDialog.chosen.filter(name => name !== modelData.name);
                            createDialog.chosen = checked ? others.concat([modelData.name]) : others;
                            scopesProblem.text = "";
                        }
                    }
                }
                QQC2.Label {
                    objectName: "keyScopesNote"
                    Layout.fillWidth: true
                    visible: page.partnersScopesWithheld
                    text: qsTr("Reading or adding talents, webhooks and MSD registration are for partner organisations registered by Worknation, so your company's keys may hold only what is listed here.")
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                QQC2.Label {
                    id: scopesProblem
                    objectName: "keyScopesError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    color: Theme.error
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                }
            }
            FormField {
                id: perMinute
                label: qsTr("Requests a minute (optional)")
                placeholderText: qsTr("The platform's limit")
                input.objectName: "keyPerMinute"
            }
            QQC2.Label {
                objectName: "newKeyError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: createDialog.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "createKey"
                text: qsTr("Create key")
                highlighted: true
                enabled: !createDialog.busy
                onClicked: page.create()
            }
            QQC2.Button {
                text: qsTr("Cancel")
                onClicked: createDialog.close()
            }
        }
    }

    QQC2.Dialog {
        id: issuedDialog
        objectName: "issuedKeyDialog"
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        // Only the button closes it: a stray click or Escape must not lose a key shown once.
        closePolicy: QQC2.Popup.NoAutoClose
        width: Math.min(620, page.width - 2 * Theme.spacing)
        title: page.issued?.rotated ? qsTr("The new key for “%1”").arg(page.issued?.name ?? "") : qsTr("Your key “%1”").arg(page.issued?.name ?? "")
        standardButtons: QQC2.Dialog.NoButton
        onClosed: page.issued = null

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            QQC2.Label {
                objectName: "issuedWarning"
                Layout.fillWidth: true
                text: qsTr("You will not see this key or its signing secret again. Copy both now and keep them somewhere safe.")
                font.bold: true
                color: Theme.warning
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                text: qsTr("Key")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.TextField {
                    id: issuedKey
                    objectName: "issuedKey"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    font.family: "monospace"
                    text: page.issued?.key ?? ""
                    Accessible.name: qsTr("The new API key")
                }
                QQC2.Button {
                    id: copyKey
                    objectName: "copyKey"
                    property bool copied: false
                    text: copied ? qsTr("Copied") : qsTr("Copy")
                    Accessible.name: qsTr("Copy the key")
                    onClicked: {
                        issuedKey.selectAll();
                        issuedKey.copy();
                        issuedKey.deselect();
                        copied = true;
                        copySecret.copied = false;
                    }
                }
            }
            QQC2.Label {
                text: qsTr("Signing secret (for the webhooks you send)")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.TextField {
                    id: issuedSecret
                    objectName: "issuedSecret"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    font.family: "monospace"
                    text: page.issued?.signing_secret ?? ""
                    Accessible.name: qsTr("The key's signing secret")
                }
                QQC2.Button {
                    id: copySecret
                    objectName: "copySecret"
                    property bool copied: false
                    text: copied ? qsTr("Copied") : qsTr("Copy")
                    Accessible.name: qsTr("Copy the signing secret")
                    onClicked: {
                        issuedSecret.selectAll();
                        issuedSecret.copy();
                        issuedSecret.deselect();
                        copied = true;
                        copyKey.copied = false;
                    }
                }
            }
            QQC2.Label {
                objectName: "issuedOldKey"
                Layout.fillWidth: true
                visible: page.issued?.rotated ?? false
                text: page.issued?.oldUntil ? qsTr("The key it replaces keeps working until %1; move your systems to the new key before then.").arg(page.timeText(page.issued.oldUntil)) : qsTr("The key it replaces has stopped working.")
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Send the key with every call, as the X-Api-Key header. The list of keys shows only its beginning, %1….").arg(page.issued?.prefix ?? "")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "issuedDone"
                text: qsTr("I have stored them")
                highlighted: true
                onClicked: {
                    copyKey.copied = false;
                    copySecret.copied = false;
                    issuedDialog.close();
                }
            }
        }
    }

    QQC2.Dialog {
        id: rotateDialog
        objectName: "rotateKeyDialog"
        property var key: ({})
        property string error
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        width: Math.min(520, page.width - 2 * Theme.spacing)
        title: qsTr("Rotate “%1”?").arg(rotateDialog.key.name ?? "")
        standardButtons: QQC2.Dialog.NoButton

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("A new key with the same name and scopes is made and shown once. The old key keeps working for the hours below, so your systems can move to the new one.")
                wrapMode: Text.Wrap
            }
            FormField {
                id: overlap
                label: qsTr("Hours the old key keeps working (0 to 168)")
                input.objectName: "rotateOverlap"
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: rotateDialog.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "confirmRotate"
                text: qsTr("Rotate")
                highlighted: true
                onClicked: page.confirmRotate()
            }
            QQC2.Button {
                text: qsTr("Cancel")
                onClicked: rotateDialog.close()
            }
        }
    }

    QQC2.Dialog {
        id: revokeDialog
        objectName: "revokeKeyDialog"
        property var key: ({})
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        width: Math.min(480, page.width - 2 * Theme.spacing)
        title: qsTr("Revoke “%1”?").arg(revokeDialog.key.name ?? "")
        standardButtons: QQC2.Dialog.NoButton
        ColumnLayout {
            width: parent.width
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("The key stops working at once: every call made with it is refused. This cannot be undone.")
                wrapMode: Text.Wrap
            }
        }
        footer: QQC2.DialogButtonBox {
            QQC2.Button {
                objectName: "confirmRevoke"
                text: qsTr("Revoke")
                onClicked: {
                    revokeDialog.close();
                    page.revoke(revokeDialog.key);
                }
            }
            QQC2.Button {
                text: qsTr("Keep it")
                onClicked: revokeDialog.close()
            }
        }
    }
}
