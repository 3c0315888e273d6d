// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The talent's CVs: pick one, choose its template, show, hide and reorder its sections, save,
 *  and have the server make its PDF. */
Item {
    id: page

    property var cv: null
    /** The sections being edited, in their order (the CV's until saved). */
    property var sections: []
    property string error
    property string notice

    function open(id) {
        Backend.call("cv", {
            id: id
        }, (error, body) => {
            page.error = error;
            page.notice = "";
            if (error)
                return;
            page.cv = body;
            page.sections = body.document?.sections ?? [];
            title.text = body.title;
            templateChoice.currentIndex = templateChoice.indexOfValue(body.template);
        });
    }
    function move(from, to) {
        if (to < 0 || to >= sections.length)
            return;
        const reordered = sections.slice();
        reordered.splice(to, 0, reordered.splice(from, 1)[0]);
        sections = reordered;
    }
    function setHidden(index, hidden) {
        const changed = sections.slice();
        changed[index] = Object.assign({}, changed[index], {
            hidden: hidden
        });
        sections = changed;
    }
    function save(then) {
        Backend.call("updateCv", {
            id: cv.id,
            title: title.text,
            template: templateChoice.currentValue,
            sections: sections
        }, (error, body) => {
            page.error = error;
            page.notice = error ? "" : qsTr("Saved.");
            if (error)
                return;
            page.cv = body;
            list.model.reload();
            if (then)
                then();
        });
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.preferredWidth: parent.width * 0.35
            Layout.fillHeight: true
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("CVs")
            }
            QQC2.Button {
                objectName: "newCv"
                text: qsTr("New CV from my profile")
                onClicked: Backend.call("createCv", {}, (error, body) => {
                    page.error = error;
                    if (error)
                        return;
                    list.model.reload();
                    page.open(body.id);
                })
            }
            ApiList {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "myCvs"
                emptyText: qsTr("No CV yet: start one from your profile.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: row.source === "upload" ? qsTr("Uploaded file") : Vocabulary.choiceLabel("template", row.template)
                    actionsBelow: true
                    QQC2.Button {
                        objectName: "openCv"
                        text: qsTr("Open")
                        onClicked: page.open(card.row.id)
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            visible: page.cv !== null

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: title
                    Layout.fillWidth: true
                    input.objectName: "cvTitle"
                    label: qsTr("Title")
                }
                QQC2.ComboBox {
                    id: templateChoice
                    objectName: "cvTemplate"
                    Layout.alignment: Qt.AlignBottom
                    textRole: "text"
                    valueRole: "value"
                    model: Vocabulary.choices("template")
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: page.cv?.source === "upload" ? qsTr("An uploaded CV is kept as it came: only its title changes.") : qsTr("Sections appear in the PDF in this order; hidden ones are left out. Verified sections are filled by Worknation.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            ListView {
                id: sectionList
                objectName: "cvSections"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing / 2
                model: page.sections
                delegate: RowLayout {
                    id: sectionRow
                    required property var modelData
                    required property int index
                    width: sectionList.width
                    spacing: Theme.spacing
                    QQC2.CheckBox {
                        objectName: "showSection"
                        checked: !sectionRow.modelData.hidden
                        onToggled: page.setHidden(sectionRow.index, !checked)
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: sectionRow.modelData.title + (page.cv?.verified?.[sectionRow.modelData.type] !== undefined ? "  ✓ " + qsTr("verified") : "  (" + ((sectionRow.modelData.items ?? []).length === 1 ? qsTr("1 item") : qsTr("%1 items").arg((sectionRow.modelData.items ?? []).length)) + ")")
                        color: sectionRow.modelData.hidden ? Theme.muted : Theme.text
                        elide: Text.ElideRight
                    }
                    QQC2.ToolButton {
                        objectName: "sectionUp"
                        text: "↑"
                        enabled: sectionRow.index > 0
                        onClicked: page.move(sectionRow.index, sectionRow.index - 1)
                    }
                    QQC2.ToolButton {
                        objectName: "sectionDown"
                        text: "↓"
                        enabled: sectionRow.index < page.sections.length - 1
                        onClicked: page.move(sectionRow.index, sectionRow.index + 1)
                    }
                }
            }
            QQC2.Label {
                objectName: "cvProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.error || page.notice
                color: page.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: Theme.spacing
                QQC2.Button {
                    objectName: "saveCv"
                    highlighted: true
                    text: qsTr("Save")
                    onClicked: page.save()
                }
                QQC2.Button {
                    objectName: "cvPdf"
                    enabled: page.cv?.source === "builder"
                    text: qsTr("Save and download PDF")
                    onClicked: page.save(() => Backend.call("generateCvPdf", {
                        id: page.cv.id
                    }, (error, body) => {
                        page.error = error;
                        page.notice = error ? "" : qsTr("The PDF is ready; it opens in your browser.");
                        if (!error)
                            Qt.openUrlExternally(body.url);
                    }))
                }
                QQC2.Button {
                    objectName: "deleteCv"
                    text: qsTr("Delete")
                    onClicked: Backend.call("deleteCv", {
                        id: page.cv.id
                    }, error => {
                        page.error = error;
                        if (error)
                            return;
                        page.cv = null;
                        page.sections = [];
                        list.model.reload();
                    })
                }
            }
        }
    }
}
