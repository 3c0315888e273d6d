// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Worknation.Client
import Worknation.Ui

/** The pages of a PDF the client holds (a PdfPreview), one under another, as wide as the view. */
Rectangle {
    id: view

    required property PdfPreview preview
    /** Said while there is nothing to show yet. */
    property string emptyText: qsTr("Nothing to show yet.")

    color: Theme.background
    border.color: Theme.border
    radius: Theme.radius

    ListView {
        id: pages
        objectName: "pdfPages"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacing
        visible: view.preview.status === PdfPreview.Ready
        model: view.preview.status === PdfPreview.Ready ? view.preview.pageCount : 0
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        delegate: PdfPage {
            id: pdfPage
            required property int index
            objectName: "pdfPage"
            width: pages.width - Theme.spacing
            height: pdfPage.width * pdfPage.aspect
            preview: view.preview
            page: pdfPage.index
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Page %1 of %2").arg(pdfPage.index + 1).arg(view.preview.pageCount)
        }
    }
    QQC2.Label {
        objectName: "pdfStatus"
        anchors.centerIn: parent
        width: parent.width - Theme.spacing * 4
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: view.preview.status !== PdfPreview.Ready
        color: view.preview.status === PdfPreview.Failed ? Theme.error : Theme.muted
        text: view.preview.status === PdfPreview.Loading ? qsTr("Drawing the PDF…") : view.preview.status === PdfPreview.Failed ? view.preview.error : view.emptyText
    }
}
