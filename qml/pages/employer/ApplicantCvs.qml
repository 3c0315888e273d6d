// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * An applicant's CVs, as the company they applied to sees them: the file sent with the
 * application and every CV the talent keeps, each shown page by page as the server draws it, and
 * saved as a file.
 */
QQC2.Dialog {
    id: dialog

    /** The application's talent ({id, first_name, last_name}). */
    property var talent: ({})
    /** The file sent with the application, if one was. */
    property string applicationCv
    /** The CV shown: {title, source, id, file}. */
    property var shown: null
    property string error
    property string notice

    /** Opens the applicant's CVs; @p application is a row of the applicants list. */
    function show(application: var) {
        talent = application.talent;
        applicationCv = application.cv_url ?? "";
        shown = null;
        error = "";
        notice = "";
        preview.clear();
        cvs.model.reload();
        open();
    }
    function look(cv: var) {
        shown = cv;
        notice = "";
        if (cv.source === "builder")
            preview.load("cvPreview", {
                id: cv.id
            });
        else
            preview.loadLink(cv.file.url);
    }

    objectName: "applicantCvs"
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(900, QQC2.Overlay.overlay ? QQC2.Overlay.overlay.width - 40 : 900)
    height: Math.min(640, QQC2.Overlay.overlay ? QQC2.Overlay.overlay.height - 40 : 640)
    modal: true
    title: qsTr("CVs of %1 %2").arg(talent.first_name ?? "").arg(talent.last_name ?? "")
    standardButtons: QQC2.Dialog.Close

    PdfPreview {
        id: preview
    }
    FileDialog {
        id: saveDialog
        objectName: "applicantCvSaveDialog"
        title: qsTr("Save the CV as")
        fileMode: FileDialog.SaveFile
        onAccepted: {
            dialog.error = preview.saveAs(selectedFile);
            dialog.notice = dialog.error ? "" : qsTr("Saved.");
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: 260
            Layout.maximumWidth: 260
            Layout.fillHeight: true
            spacing: Theme.spacing

            QQC2.Button {
                objectName: "applicationCv"
                Layout.fillWidth: true
                visible: dialog.applicationCv.length > 0
                text: qsTr("The file sent with the application")
                onClicked: dialog.look({
                    title: text,
                    source: "upload",
                    file: {
                        url: dialog.applicationCv
                    }
                })
            }
            ApiList {
                id: cvs
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: dialog.talent.id ? "talentCvs" : ""
                arguments: ({
                        id: dialog.talent.id ?? 0
                    })
                emptyText: qsTr("No CV kept by this talent.")
                delegate: RowCard {
                    id: card
                    required property var row
                    title: row.title
                    subtitle: row.source === "upload" ? qsTr("Uploaded file") : Vocabulary.choiceLabel("template", row.template, Qt.uiLanguage)
                    selected: dialog.shown !== null && dialog.shown.id === row.id
                    actionsBelow: true
                    QQC2.Button {
                        objectName: "showCv"
                        text: qsTr("Show")
                        onClicked: dialog.look(card.row)
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            PdfPages {
                objectName: "applicantCvPreview"
                Layout.fillWidth: true
                Layout.fillHeight: true
                preview: preview
                emptyText: dialog.shown === null ? qsTr("Choose a CV to read it here.") : ""
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: dialog.error || dialog.notice
                color: dialog.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                objectName: "saveApplicantCv"
                // A Word document is not drawn here, but it is kept to be saved.
                enabled: dialog.shown !== null && preview.status !== PdfPreview.Loading && preview.status !== PdfPreview.Empty
                text: qsTr("Save as a file…")
                onClicked: saveDialog.open()
            }
        }
    }
}
