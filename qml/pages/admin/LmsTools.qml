// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The console's sensitive tools, each asked about first and recorded in the audit log: Run Query
 * (one read-only SELECT over the tables it allows; a refusal is written under the box and the text
 * stays to be corrected), the server's settings (a secret one shows only whether it is set) and
 * Clear Cache (the course and category lists are read from the LMS again).
 */
Item {
    id: tools

    /** The last query's answer: {columns, rows, row_count, truncated} ({} before one ran). */
    property var result: ({})
    /** The settings as the server gave them ({} until read). */
    property var environment: ({})
    property string error
    property string notice
    property bool running: false
    readonly property int columnWidth: 150

    function runQuery() {
        const sql = queryBox.text;
        queryProblem.text = "";
        tools.running = true;
        Backend.call("runLmsQuery", {
            sql: sql
        }, (error, body) => {
            tools.running = false;
            if (error) {
                // The query stays in the box, to be corrected; the reason is written under it.
                queryProblem.text = FormChecker.serverProblems(body).sql ?? error;
                return;
            }
            tools.result = body;
        });
    }

    function readEnvironment() {
        Backend.call("lmsEnvironment", {}, (error, body) => {
            tools.error = error;
            if (!error)
                tools.environment = body;
        });
    }

    function clearCache() {
        Backend.call("clearLmsCache", {}, (error, body) => {
            tools.error = error;
            tools.notice = error ? "" : qsTr("The cache is cleared: the course and category lists will be read from the LMS again.");
        });
    }

    function cellText(value: var): string {
        if (value === null || value === undefined)
            return "—";
        return typeof value === "object" ? JSON.stringify(value) : String(value);
    }

    LmsConfirm {
        id: confirm
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        // ---- Run Query ----
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                text: qsTr("Run Query")
                font.bold: true
                color: Theme.text
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("One SELECT over the learning tables, the reference lists and lms_people, on a read-only connection, with a cap on rows and time.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            TextBox {
                id: queryBox
                objectName: "queryBox"
                Layout.fillWidth: true
                Layout.preferredHeight: 90
                font.family: "monospace"
                placeholderText: "SELECT course_name, status FROM lms_enrolment_requests"
                Accessible.name: qsTr("The query to run")
                Accessible.description: queryProblem.text
                onTextChanged: queryProblem.text = ""
            }
            QQC2.Label {
                id: queryProblem
                objectName: "queryProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.Button {
                    objectName: "runQuery"
                    text: qsTr("Run…")
                    highlighted: true
                    enabled: queryBox.text.trim().length > 0 && !tools.running
                    onClicked: confirm.ask(qsTr("Run this query?"), qsTr("It runs read-only, and its text is recorded in the audit log under your name."), qsTr("Run"), tools.runQuery)
                }
                QQC2.Label {
                    objectName: "queryCount"
                    Layout.fillWidth: true
                    visible: tools.result.columns !== undefined
                    text: tools.result.truncated ? qsTr("The first %n row(s): the rest were cut off.", "", tools.result.row_count ?? 0) : qsTr("%n row(s)", "", tools.result.row_count ?? 0)
                    color: Theme.muted
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                QQC2.Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: tools.result.columns === undefined
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Write a SELECT above and run it: its rows show here as a table.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                // The column names above the rows, moved with them sideways (a ListView header
                // is not made under ComponentBehavior: Bound in Qt 6.4).
                Rectangle {
                    id: resultHeader
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 1
                    visible: tools.result.columns !== undefined
                    height: headerRow.implicitHeight + 8
                    color: Theme.selection
                    clip: true
                    Row {
                        id: headerRow
                        objectName: "queryColumns"
                        x: -resultRows.contentX
                        anchors.verticalCenter: parent.verticalCenter
                        Repeater {
                            model: tools.result.columns ?? []
                            QQC2.Label {
                                required property string modelData
                                width: tools.columnWidth
                                leftPadding: 6
                                text: modelData
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
                ListView {
                    id: resultRows
                    objectName: "queryResult"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: resultHeader.bottom
                    anchors.bottom: parent.bottom
                    anchors.margins: 1
                    anchors.topMargin: 0
                    visible: tools.result.columns !== undefined
                    clip: true
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.name: qsTr("The query's rows")
                    contentWidth: Math.max(width, (tools.result.columns ?? []).length * tools.columnWidth)
                    flickableDirection: Flickable.AutoFlickIfNeeded
                    model: tools.result.rows ?? []
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                    QQC2.ScrollBar.horizontal: QQC2.ScrollBar {}
                    delegate: Rectangle {
                        id: resultRow
                        required property var modelData
                        required property int index
                        objectName: "queryRow"
                        width: resultRows.contentWidth
                        height: cells.implicitHeight + 6
                        color: index % 2 === 1 ? Theme.background : "transparent"
                        Row {
                            id: cells
                            anchors.verticalCenter: parent.verticalCenter
                            Repeater {
                                model: resultRow.modelData
                                QQC2.Label {
                                    required property var modelData
                                    width: tools.columnWidth
                                    leftPadding: 6
                                    text: tools.cellText(modelData)
                                    color: modelData === null ? Theme.muted : Theme.text
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
        }

        // ---- Settings and the cache ----
        ColumnLayout {
            Layout.preferredWidth: Math.min(300, tools.width * 0.4)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            QQC2.Label {
                objectName: "toolsProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: tools.error || tools.notice
                color: tools.error ? Theme.error : Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                text: qsTr("Cache")
                font.bold: true
                color: Theme.text
            }
            QQC2.Button {
                objectName: "clearCache"
                text: qsTr("Clear Cache…")
                onClicked: confirm.ask(qsTr("Clear the cache?"), qsTr("The course and category lists kept for a while are forgotten, so the next reader asks the LMS. It is recorded in the audit log."), qsTr("Clear Cache"), tools.clearCache)
            }
            QQC2.Label {
                Layout.topMargin: Theme.spacing / 2
                text: qsTr("Settings")
                font.bold: true
                color: Theme.text
            }
            QQC2.Button {
                objectName: "readSettings"
                text: tools.environment.settings ? qsTr("Read again…") : qsTr("Show the settings…")
                onClicked: confirm.ask(qsTr("Show the server's settings?"), qsTr("Secret settings show only whether they are set. Reading them is recorded in the audit log."), qsTr("Show"), tools.readEnvironment)
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: tools.environment.provider !== undefined
                text: qsTr("Courses are kept in: %1").arg(tools.environment.provider === "moodle" ? qsTr("Moodle") : qsTr("Worknation (built in)"))
                color: Theme.text
                wrapMode: Text.Wrap
            }
            QQC2.TextField {
                id: settingFilter
                objectName: "settingFilter"
                Layout.fillWidth: true
                visible: tools.environment.settings !== undefined
                placeholderText: qsTr("Find a setting")
                Accessible.name: qsTr("Find a setting by name")
            }
            KeyList {
                id: settingList
                objectName: "settingList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: (tools.environment.settings ?? []).concat(Object.keys(tools.environment.values ?? {}).map(name => ({
                                key: name,
                                secret: false,
                                value: tools.environment.values[name],
                                console: true
                            }))).filter(setting => setting.key.toLowerCase().includes(settingFilter.text.trim().toLowerCase()))
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: ColumnLayout {
                    id: setting
                    required property var modelData
                    objectName: "setting_" + modelData.key
                    width: ListView.view ? ListView.view.width - 12 : 0
                    spacing: 0
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: setting.modelData.key
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        objectName: "settingValue"
                        Layout.fillWidth: true
                        Layout.bottomMargin: 4
                        text: setting.modelData.secret ? (setting.modelData.set ? qsTr("secret: set") : qsTr("secret: not set")) : (setting.modelData.value.length > 0 ? setting.modelData.value : qsTr("(empty)"))
                        color: setting.modelData.secret ? Theme.warning : Theme.text
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
