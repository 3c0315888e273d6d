// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Talents or employers, searchable by name or email. */
Item {
    id: page

    /** "talents" or "employers" */
    property string kind: "talents"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: page.kind === "talents" ? qsTr("Talents") : qsTr("Employers")
            subtitle: people.model.total >= 0 ? qsTr("%n found", "", people.model.total) : ""
            QQC2.TextField {
                id: search
                Layout.preferredWidth: 280
                placeholderText: qsTr("Search by name or email")
                onAccepted: people.arguments = text.length > 0 ? {
                    q: text
                } : {}
            }
        }
        ApiList {
            id: people
            Layout.fillWidth: true
            Layout.fillHeight: true
            operation: page.kind
            emptyText: qsTr("No one matches.")
            delegate: RowCard {
                required property var row
                title: page.kind === "talents" ? row.first_name + " " + row.last_name : row.name
                subtitle: page.kind === "talents" ? [row.email, row.state, row.identity_verified ? qsTr("identity verified") : "", (row.skills ?? []).map(skill => skill.name).join(", ")].filter(part => part).join(" · ") : [row.owner?.first_name + " " + row.owner?.last_name, row.owner?.email, row.industry, qsTr("%n staff", "", row.employees ?? 0)].filter(part => part).join(" · ")
                status: page.kind === "talents" ? row.status : (row.owner?.status ?? "")
            }
        }
    }
}
