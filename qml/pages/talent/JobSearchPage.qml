// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** Job search with filters and infinite scroll; the chosen job opens beside the list. */
Item {
    id: page

    property var selectedJob: null
    readonly property string suggestion: jobs.extras.suggestion ?? ""

    function applyFilters() {
        const filters = {};
        if (words.text.length > 0)
            filters.q = words.text;
        if (mode.currentValue)
            filters.work_mode = mode.currentValue;
        if (type.currentValue)
            filters.job_type = type.currentValue;
        if (location.text.length > 0)
            filters.state = location.text;
        // The same search again (Enter after a failure) asks the server again.
        if (JSON.stringify(filters) === JSON.stringify(jobs.arguments))
            jobs.reload();
        else
            jobs.arguments = filters;
    }

    /** The parts that are there, as one line ("Acme · Lagos · Remote"). */
    function joined(parts: var): string {
        return parts.filter(part => part && part.length > 0).join(" · ");
    }

    /** Shows the job at @p index (none for -1) beside the list, and highlights it. */
    function choose(index: int) {
        list.currentIndex = index;
        page.selectedJob = index >= 0 ? jobs.get(index) : null;
    }

    JobsModel {
        id: jobs
        // A new result replaces the old one: nothing is chosen until its first job arrives.
        onModelReset: page.choose(-1)
        onCountChanged: if (count > 0 && list.currentIndex < 0)
            page.choose(0)
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // shares the row with the details by their preferred widths
            Layout.fillHeight: true
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Jobs")
                subtitle: jobs.total >= 0 ? qsTr("%n open role(s)", "", jobs.total) : ""
            }

            GridLayout {
                id: filterGrid
                // Two rows when the window is narrow: the words on a line of their own, whose
                // hint (what may be searched) is then read whole.
                readonly property bool oneRow: page.width >= 1200
                Layout.fillWidth: true
                columns: oneRow ? 4 : 3
                QQC2.TextField {
                    id: words
                    objectName: "jobWords"
                    Layout.fillWidth: true
                    Layout.columnSpan: filterGrid.oneRow ? 1 : 3
                    Layout.minimumWidth: 120
                    placeholderText: qsTr("Search jobs: title, skill, company")
                    onAccepted: page.applyFilters()
                }
                QQC2.TextField {
                    id: location
                    Layout.fillWidth: true
                    Layout.minimumWidth: 80
                    placeholderText: qsTr("State")
                    onAccepted: page.applyFilters()
                }
                EntriesBox {
                    id: mode
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    entries: Vocabulary.choices("work_mode", qsTr("Any place"), Qt.uiLanguage)
                    onActivated: page.applyFilters()
                }
                EntriesBox {
                    id: type
                    objectName: "jobTypeFilter"
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    entries: Vocabulary.choices("job_type", qsTr("Any type"), Qt.uiLanguage)
                    onActivated: page.applyFilters()
                }
            }

            // What the search found beside its jobs: the words probably meant when nothing was
            // found, and the states with most matches, each a click away.
            QQC2.Button {
                objectName: "suggestion"
                visible: text.length > 0 && (page.suggestion ?? "").length > 0
                flat: true
                text: page.suggestion ? qsTr("Search for “%1” instead").arg(page.suggestion) : ""
                onClicked: {
                    words.text = page.suggestion;
                    page.applyFilters();
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                visible: location.text.length === 0 && stateCounts.count > 1
                Repeater {
                    id: stateCounts
                    model: (jobs.extras.facets?.state ?? []).slice(0, 5)
                    QQC2.Button {
                        required property var modelData
                        objectName: "inState_" + modelData.value
                        flat: true
                        text: qsTr("%1 (%L2)").arg(modelData.value).arg(modelData.count)
                        onClicked: {
                            location.text = modelData.value;
                            page.applyFilters();
                        }
                    }
                }
            }

            StateView {
                Layout.fillWidth: true
                loading: jobs.loading
                error: jobs.error
                count: jobs.count
                emptyText: qsTr("No jobs match yet.")
                onRetry: jobs.reload()
            }

            KeyList {
                id: list
                objectName: "jobList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing / 2
                model: jobs
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Jobs found")
                currentIndex: -1
                // Keys move the highlight: the detail follows it.
                onCurrentIndexChanged: if (page.selectedJob?.id !== jobs.get(currentIndex).id)
                    page.choose(currentIndex)
                delegate: Card {
                    id: card
                    required property int index
                    required property string title
                    required property string company
                    required property string location
                    required property string workMode
                    required property string salary
                    width: ListView.view.width
                    height: 72
                    selected: ListView.isCurrentItem
                    Column {
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 4
                        QQC2.Label {
                            width: parent.width
                            text: card.title
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            objectName: "jobCardMeta"
                            width: parent.width
                            elide: Text.ElideRight
                            text: page.joined([card.company, card.location, Vocabulary.choiceLabel("work_mode", card.workMode, Qt.uiLanguage), card.salary])
                            color: Theme.muted
                            font.pixelSize: Theme.bodySize
                        }
                    }
                    TapHandler {
                        onTapped: {
                            page.choose(card.index);
                            list.forceActiveFocus();
                        }
                    }
                }
            }
        }

        JobDetail {
            Layout.preferredWidth: Math.min(Theme.panelWidth + 60, page.width * 0.42)
            Layout.fillHeight: true
            visible: page.selectedJob !== null
            jobId: page.selectedJob?.id ?? 0
        }
    }
}
