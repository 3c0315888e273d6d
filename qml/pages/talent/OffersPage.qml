// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Offers a talent applies for — trainings or internships: the open ones, the talent's
 * applications (withdrawn while the shared workflow allows, renewed by applying again), and an
 * optional third tab for what the talent was admitted to.
 */
Item {
    id: page

    /** "training" or "internship": names the operations, the workflow and the object names. */
    required property string noun
    property string title
    property string openText
    property string mineText
    property string openEmpty
    property string mineEmpty
    /** The third tab's title and page; no third tab without one. */
    property string admittedText
    property Component admitted: null

    property string error
    property string notice

    readonly property string capital: noun.charAt(0).toUpperCase() + noun.slice(1)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: page.title
        }
        QQC2.TabBar {
            id: tabs
            objectName: page.noun + "Tabs"
            QQC2.TabButton {
                text: page.openText
                width: implicitWidth
            }
            QQC2.TabButton {
                text: page.mineText
                width: implicitWidth
            }
            QQC2.TabButton {
                visible: page.admitted !== null
                text: page.admittedText
                width: visible ? implicitWidth : 0
            }
        }
        QQC2.Label {
            objectName: page.noun + "sProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error || page.notice
            color: page.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ApiList {
                id: open
                operation: page.noun + "s"
                emptyText: page.openEmpty
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: [row.company?.name, Vocabulary.choiceLabel("mode", row.mode, Qt.uiLanguage), row.start_date ? qsTr("starts %1").arg(row.start_date) : "", row.stipend ? qsTr("stipend %1").arg(Vocabulary.pay(0, row.stipend, "NGN", "month", Qt.uiLanguage)) : ""].filter(part => part).join(" · ")
                    QQC2.Button {
                        objectName: "apply" + page.capital
                        text: qsTr("Apply")
                        onClicked: Backend.call("applyTo" + page.capital, {
                                id: card.row.id
                            }, error => {
                                page.error = error;
                                page.notice = error ? "" : qsTr("You applied for %1.").arg(card.row.title);
                                if (!error)
                                    mine.model.reload();
                            })
                    }
                }
            }
            ApiList {
                id: mine
                operation: "my" + page.capital + "Applications"
                emptyText: page.mineEmpty
                delegate: RowCard {
                    id: application
                    required property var row
                    readonly property var offer: row[page.noun] ?? {}
                    title: offer.title ?? ""
                    subtitle: [offer.company?.name, row.decided_reason].filter(part => part).join(" · ")
                    status: row.status
                    QQC2.Button {
                        objectName: "withdraw" + page.capital
                        // Offered while the shared workflow lets the talent withdraw; applying
                        // again later renews the same application.
                        visible: Vocabulary.moves(page.noun + "_application", application.row.status, "talent").includes("withdrawn")
                        text: Vocabulary.moveOptions(page.noun + "_application", ["withdrawn"], "", Qt.uiLanguage)[0].text
                        onClicked: Backend.call("move" + page.capital + "Application", {
                                id: application.row.id,
                                status: "withdrawn"
                            }, error => {
                                page.error = error;
                                page.notice = error ? "" : qsTr("You withdrew from %1; apply again while it is open.").arg(application.offer.title ?? "");
                                if (!error)
                                    mine.model.reload();
                            })
                    }
                }
            }
            Loader {
                // Made when first shown, then kept: evidence being written outlives a look at the
                // other tabs.
                active: page.admitted !== null && (tabs.currentIndex === 2 || item !== null)
                sourceComponent: page.admitted
            }
        }
    }
}
