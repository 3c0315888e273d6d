// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The assessment results a viewer may see, newest first: every talent's for platform staff; for a
 * company's staff with applications.read, its applicants' and anyone's on its own banks. The
 * chosen result beside the list: the headline, each domain and facet with its band's words and its
 * percentile (or how many takers it waits for), the consistency of paired answers, and the
 * written answers with their questions.
 */
Item {
    id: page

    readonly property bool staff: Session.role === Role.Admin || Session.role === Role.SuperAdmin || Session.role === Role.Support
    /** The chosen result in full, as the server answered it ({} when none). */
    property var result: ({})
    /** The assessments to filter by: [{value, text}], the first being every one. */
    readonly property var instruments: assessments.after(qsTr("Every assessment"))
    property string error

    function choose(row: var) {
        page.result = row;
        Backend.call("assessmentResult", {
            id: row.id
        }, (error, body) => {
            page.error = error;
            if (!error && body.id === page.result.id)
                page.result = body;
        });
    }

    function filter() {
        const query = {};
        if (instrumentFilter.currentValue)
            query.instrument = instrumentFilter.currentValue;
        if (latestOnly.checked)
            query.latest = true;
        page.result = ({});
        results.arguments = query;
    }

    function shownTime(text: var): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm") : "";
    }

    function percentText(value: var): string {
        return value === null || value === undefined ? qsTr("no score") : qsTr("%1 %").arg(Math.round(value * 100) / 100);
    }

    /** A category's score as people read it: "75 % · High". */
    function scoreLine(category: var): string {
        const percent = category.score?.percent;
        return [percentText(percent), category.band ? Vocabulary.bandLabel(category.band, Qt.uiLanguage) : ""].filter(part => part).join(" · ");
    }

    function percentileLine(category: var): string {
        if (category.takers === undefined)
            return "";
        if (category.percentile_withheld)
            return category.takers === 1 ? qsTr("Percentile shown from 30 takers (1 so far)") : qsTr("Percentile shown from 30 takers (%1 so far)").arg(category.takers);
        return qsTr("Percentile %1 of %2 takers").arg(category.percentile).arg(category.takers);
    }

    function personOf(row: var): string {
        return row.user ? (row.user.first_name + " " + row.user.last_name).trim() : "";
    }

    AssessmentChoices {
        id: assessments
    }

    // The newest result is shown at once; a reload keeps the one chosen.
    Connections {
        target: results.model
        function onCountChanged() {
            if (page.result.id === undefined && results.model.count > 0)
                page.choose(results.model.get(0));
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Assessment results")
            subtitle: page.staff ? qsTr("Every talent's results, newest first") : qsTr("The results talents share with your company, and every result on your own banks")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.ComboBox {
                id: instrumentFilter
                objectName: "resultsInstrument"
                Layout.preferredWidth: 280
                model: page.instruments
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Assessment")
                onActivated: page.filter()
            }
            QQC2.CheckBox {
                id: latestOnly
                objectName: "latestOnly"
                text: qsTr("Each talent's newest only")
                onToggled: page.filter()
            }
            Item {
                Layout.fillWidth: true
            }
        }
        QQC2.Label {
            objectName: "resultsProblem"
            Layout.fillWidth: true
            visible: page.error.length > 0
            text: page.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2

            ApiList {
                id: results
                Layout.preferredWidth: 280
                Layout.fillWidth: false
                Layout.fillHeight: true
                operation: "assessmentResults"
                emptyText: page.staff ? qsTr("No result yet: results appear once talents submit a test.") : qsTr("No result to show yet: your applicants' results appear here once they submit a test.")
                onActivated: row => page.choose(row)
                delegate: RowCard {
                    required property var row
                    objectName: "result_" + row.id
                    title: page.personOf(row)
                    subtitle: [row.instrument.title, page.percentText(row.percent), page.shownTime(row.submitted_at)].join(" · ")
                    selected: page.result.id === row.id
                    onActivated: page.choose(row)
                }
            }

            QQC2.ScrollView {
                id: detail
                objectName: "resultDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Always in the row: a Qt 6.4 RowLayout whose only visible item has a fixed width
                // does not widen again when another item shows.
                clip: true
                contentWidth: availableWidth

                ColumnLayout {
                    width: detail.availableWidth
                    spacing: Theme.spacing / 2
                    // Nothing chosen (none to choose, say): no title of nobody's nothing.
                    visible: page.result.id !== undefined

                    QQC2.Label {
                        objectName: "resultTitle"
                        Layout.fillWidth: true
                        text: qsTr("%1: %2").arg(page.personOf(page.result)).arg(page.result.instrument?.title ?? "")
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "resultHeadline"
                        Layout.fillWidth: true
                        text: qsTr("%1 overall · submitted %2").arg(page.percentText(page.result.percent)).arg(page.shownTime(page.result.submitted_at))
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "resultCorrect"
                        Layout.fillWidth: true
                        visible: (page.result.gradable ?? null) !== null
                        text: qsTr("%1 of %2 answers wholly right").arg(page.result.correct ?? 0).arg(page.result.gradable ?? 0)
                        color: Theme.text
                    }
                    QQC2.Label {
                        objectName: "resultReading"
                        Layout.fillWidth: true
                        visible: page.result.reading !== undefined
                        text: page.result.reading ? qsTr("Read %1 words at %2 words a minute; %3 right").arg(page.result.reading.words).arg(page.result.reading.words_per_minute).arg(page.percentText(page.result.reading.accuracy)) : ""
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "resultConsistency"
                        Layout.fillWidth: true
                        visible: (page.result.inconsistency?.pairs ?? 0) > 0
                        text: page.result.inconsistency ? (page.result.inconsistency.flagged ? qsTr("Flagged as careless answering: paired statements were answered %1 points apart on average (%2 pairs).") : qsTr("Consistent: paired statements were answered %1 points apart on average (%2 pairs).")).arg(page.result.inconsistency.index).arg(page.result.inconsistency.pairs) : ""
                        color: page.result.inconsistency?.flagged ? Theme.warning : Theme.text
                        wrapMode: Text.Wrap
                    }

                    Repeater {
                        model: page.result.domains ?? []
                        Card {
                            id: domainCard
                            required property var modelData
                            required property int index
                            objectName: "domain_" + modelData.code
                            Layout.fillWidth: true
                            implicitHeight: domainColumn.implicitHeight + 2 * Theme.spacing
                            ColumnLayout {
                                id: domainColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                spacing: 4
                                RowLayout {
                                    Layout.fillWidth: true
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: domainCard.modelData.name
                                        font.bold: true
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    QQC2.Label {
                                        objectName: "domainScore_" + domainCard.modelData.code
                                        text: page.scoreLine(domainCard.modelData)
                                        font.bold: true
                                        color: Theme.primary
                                    }
                                }
                                Rectangle {
                                    Layout.fillWidth: true
                                    implicitHeight: 8
                                    radius: 4
                                    color: Theme.border
                                    Accessible.ignored: true
                                    Rectangle {
                                        width: parent.width * Math.max(0, Math.min(100, domainCard.modelData.score?.percent ?? 0)) / 100
                                        height: parent.height
                                        radius: 4
                                        color: Theme.accent
                                    }
                                }
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: domainCard.modelData.description ?? ""
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: page.percentileLine(domainCard.modelData)
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                }
                                Repeater {
                                    model: domainCard.modelData.facets ?? []
                                    QQC2.Label {
                                        required property var modelData
                                        objectName: "facet_" + modelData.code
                                        Layout.fillWidth: true
                                        Layout.leftMargin: Theme.spacing
                                        text: qsTr("%1 — %2: %3").arg(modelData.name).arg(page.scoreLine(modelData)).arg(modelData.description ?? "")
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                }
                            }
                        }
                    }

                    QQC2.Label {
                        Layout.topMargin: Theme.spacing / 2
                        visible: (page.result.written ?? []).length > 0
                        text: qsTr("Written answers")
                        font.pixelSize: Theme.headingSize
                        color: Theme.primary
                    }
                    Repeater {
                        model: page.result.written ?? []
                        ColumnLayout {
                            id: writtenAnswer
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: writtenAnswer.modelData.question ?? ""
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            QQC2.Label {
                                objectName: "writtenAnswer_" + writtenAnswer.modelData.question_id
                                Layout.fillWidth: true
                                text: writtenAnswer.modelData.text
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
