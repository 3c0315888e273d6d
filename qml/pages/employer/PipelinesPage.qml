// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The company's hiring pipelines: the list with a form for a new one; the chosen pipeline as a
 * board, one column per stage, whose cards move by dragging or by "Move to"; a card's moves and
 * comments; and the candidate search that adds talents to the pipeline, whose searches are saved
 * and opened again (SavedSearches), each saying which talents are new to it. Nothing changes on the
 * board before the server agrees: a refused move leaves the card where it was, with the reason.
 */
Item {
    id: page

    /** The chosen pipeline (with its stages), {} when none. */
    property var pipeline: ({})
    /** The chosen pipeline's candidates. */
    property var candidates: []
    /** The candidate whose detail shows (with history and comment_list), {} when none. */
    property var detail: ({})
    /** The detail's talent's newest assessment scores the company may see; null until read. */
    property var detailScores: null
    property string boardProblem
    property string boardNotice

    readonly property bool chosen: (pipeline.id ?? 0) > 0
    /** A saved search to open (a notification asked for it), 0 for none. */
    property int savedSearchToOpen: 0

    /** The saved search asked for in savedSearchToOpen is open. */
    signal savedSearchOpened

    /** Opens the saved search @p id in "Find candidates": its filters, its results, what is new. */
    function openSavedSearch(id: int) {
        tabs.currentIndex = 1;
        finder.problem = "";
        finder.notice = "";
        Backend.call("openSavedSearch", {
            id: id
        }, (error, body) => {
            finder.problem = error;
            page.savedSearchOpened();
            if (error)
                return;
            finder.apply(body.saved_search.query);
            finder.run();
            finder.newIds = body.new_ids;
            finder.openedName = body.saved_search.name;
            savedPanel.reload();
        });
    }

    /** Whether the request in savedSearchToOpen is in hand: it is opened once, however often
     *  it is looked at (a second opening would find nothing new). */
    property bool requestTaken: false

    function takeRequest() {
        if (page.savedSearchToOpen === 0) {
            page.requestTaken = false;
        } else if (!page.requestTaken) {
            page.requestTaken = true;
            page.openSavedSearch(page.savedSearchToOpen);
        }
    }

    onSavedSearchToOpenChanged: page.takeRequest()
    Component.onCompleted: page.takeRequest()

    /** Leads a company without a pipeline from the talent @p talent it found to the form for a
     *  new one; the search and its results stay as they are, to add the talent once it exists. */
    function startPipeline(talent: var) {
        createHint.text = qsTr("Name a pipeline and its project, then create it to add %1 %2.").arg(talent.first_name).arg(talent.last_name);
        newName.input.forceActiveFocus();
    }

    function choose(id: int) {
        page.detail = {};
        page.boardProblem = "";
        Backend.call("pipeline", {
            id: id
        }, (error, body) => {
            page.boardProblem = error;
            if (!error) {
                page.pipeline = body;
                page.loadCandidates();
            }
        });
    }

    function loadCandidates() {
        Backend.call("pipelineCandidates", {
            id: page.pipeline.id,
            limit: 100
        }, (error, body) => {
            page.boardProblem = error;
            if (!error)
                page.candidates = body.data;
        });
    }

    function candidatesIn(stageId: int): var {
        return page.candidates.filter(c => c.stage.id === stageId);
    }

    function showDetail(candidateId: int) {
        Backend.call("pipelineCandidate", {
            id: page.pipeline.id,
            candidate: candidateId
        }, (error, body) => {
            page.boardProblem = error;
            if (error)
                return;
            page.detail = body;
            page.detailScores = null;
            // What the talent lets the company see: none is an answer too.
            Backend.call("talentAssessmentScores", {
                id: body.talent.id
            }, (scoresError, scores) => {
                if ((page.detail.id ?? 0) === body.id)
                    page.detailScores = scoresError ? [] : scores.data;
            });
        });
    }

    /** Asks the server to move @p candidate to @p stageId; the board follows its answer only. */
    function move(candidate: var, stageId: int) {
        if (candidate.stage.id === stageId)
            return;
        page.boardNotice = "";
        Backend.call("movePipelineCandidate", {
            id: page.pipeline.id,
            candidate: candidate.id,
            stage_id: stageId
        }, (error, body) => {
            page.boardProblem = error;
            if (error)
                return;
            page.candidates = page.candidates.map(c => c.id === body.id ? body : c);
            if ((page.detail.id ?? 0) === body.id)
                page.detail = body;
            page.boardNotice = qsTr("%1 %2 moved to %3.").arg(body.talent.first_name).arg(body.talent.last_name).arg(body.stage.name);
        });
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        // The pipelines, and a new one.
        ColumnLayout {
            Layout.preferredWidth: 230
            Layout.fillHeight: true
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Pipelines")
            }
            FormField {
                id: newName
                label: qsTr("New pipeline")
                placeholderText: qsTr("Backend engineers, 2027")
                input.objectName: "pipelineName"
            }
            FormField {
                id: newProject
                label: qsTr("Project")
                placeholderText: qsTr("Platform team")
                input.objectName: "pipelineProject"
            }
            QQC2.Label {
                id: createHint
                objectName: "pipelineHint"
                Layout.fillWidth: true
                visible: text.length > 0 && createProblem.text.length === 0
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                id: createProblem
                objectName: "pipelineProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
            }
            QQC2.Button {
                objectName: "createPipeline"
                text: qsTr("Create the pipeline")
                enabled: newName.text.trim().length > 0 && newProject.text.trim().length > 0
                onClicked: Backend.call("createPipeline", {
                        name: newName.text,
                        project: newProject.text
                    }, (error, body) => {
                        const problems = error ? FormChecker.serverProblems(body) : {};
                        newName.error = problems.name ?? "";
                        newProject.error = problems.project ?? "";
                        createProblem.text = error && !problems.name && !problems.project ? error : "";
                        if (error)
                            return;
                        newName.text = "";
                        newProject.text = "";
                        createHint.text = "";
                        pipelineList.model.reload();
                        page.choose(body.id);
                    })
            }
            ApiList {
                id: pipelineList
                Layout.fillWidth: true
                Layout.fillHeight: true
                operation: "pipelines"
                emptyText: qsTr("No pipeline yet.")
                onActivated: row => page.choose(row.id)
                delegate: Card {
                    id: pipelineRow
                    required property var row
                    required property int index
                    objectName: "pipelineRow"
                    width: ListView.view.width
                    implicitHeight: pipelineColumn.implicitHeight + Theme.spacing
                    selected: (page.pipeline.id ?? 0) === row.id
                    ColumnLayout {
                        id: pipelineColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 2
                        spacing: 0
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: pipelineRow.row.name
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %n candidate(s)", "", pipelineRow.row.candidates).arg(pipelineRow.row.project.name)
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            pipelineList.currentIndex = pipelineRow.index;
                            page.choose(pipelineRow.row.id);
                        }
                    }
                }
            }
        }

        // The chosen pipeline: its board, or the search that fills it.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            QQC2.Label {
                objectName: "pipelineTitle"
                Layout.fillWidth: true
                text: page.chosen ? page.pipeline.name : qsTr("Choose a pipeline, or create one.")
                font.pixelSize: Theme.titleSize
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.TabBar {
                id: tabs
                objectName: "pipelineTabs"
                Layout.fillWidth: true
                // Always offered: the search and the saved searches need no pipeline (the server's
                // search takes none), so a company without one finds talents first.
                QQC2.TabButton {
                    text: qsTr("Board")
                }
                QQC2.TabButton {
                    objectName: "findCandidatesTab"
                    text: qsTr("Find candidates")
                }
            }
            QQC2.Label {
                objectName: "boardProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.boardProblem
                color: Theme.error
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "boardNotice"
                Layout.fillWidth: true
                visible: text.length > 0 && page.boardProblem.length === 0
                text: page.boardNotice
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex

                // The board and the chosen card's detail.
                RowLayout {
                    spacing: Theme.spacing
                    QQC2.Label {
                        objectName: "boardEmpty"
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        visible: !page.chosen
                        text: pipelineList.model.count > 0 ? qsTr("Choose a pipeline on the left to see its board, or create one. “Find candidates” searches every talent without one.") : qsTr("No pipeline yet: create one on the left, or start with “Find candidates”, which needs none.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    Flickable {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: page.chosen
                        clip: true
                        contentWidth: stageRow.implicitWidth
                        contentHeight: height
                        flickableDirection: Flickable.HorizontalFlick
                        // Always drawn when stages lie beyond the edge, so none is hidden unseen.
                        QQC2.ScrollBar.horizontal: QQC2.ScrollBar {
                            policy: stageRow.implicitWidth > stageRow.parent.width ? QQC2.ScrollBar.AlwaysOn : QQC2.ScrollBar.AsNeeded
                        }
                        Row {
                            id: stageRow
                            height: parent.height
                            spacing: Theme.spacing / 2
                            Repeater {
                                model: page.pipeline.stages ?? []
                                delegate: Rectangle {
                                    id: stageColumn
                                    required property var modelData
                                    objectName: "stage_" + modelData.name
                                    width: 150
                                    height: stageRow.height
                                    radius: Theme.radius
                                    color: drop.containsDrag ? Theme.selection : "transparent"
                                    border.color: Theme.border
                                    DropArea {
                                        id: drop
                                        anchors.fill: parent
                                        keys: ["pipeline-card"]
                                        onDropped: event => page.move(event.source.candidate, stageColumn.modelData.id)
                                    }
                                    Column {
                                        anchors.fill: parent
                                        anchors.margins: Theme.spacing / 2
                                        spacing: Theme.spacing / 2
                                        QQC2.Label {
                                            width: parent.width
                                            text: qsTr("%1 (%2)").arg(stageColumn.modelData.name).arg(page.candidatesIn(stageColumn.modelData.id).length)
                                            font.bold: true
                                            color: Theme.text
                                            elide: Text.ElideRight
                                        }
                                        Repeater {
                                            model: page.candidatesIn(stageColumn.modelData.id)
                                            delegate: Item {
                                                id: slot
                                                required property var modelData
                                                width: parent ? parent.width : 0
                                                height: 52
                                                Card {
                                                    id: card
                                                    /** For the column it is dropped on. */
                                                    readonly property var candidate: slot.modelData
                                                    objectName: "candidateCard"
                                                    width: slot.width
                                                    height: slot.height
                                                    z: dragger.drag.active ? 10 : 0
                                                    selected: (page.detail.id ?? 0) === slot.modelData.id
                                                    activeFocusOnTab: true
                                                    // Alone in its column, not in a KeyList: its own frame, as KeyList's.
                                                    border.color: activeFocus ? Theme.focus : Theme.border
                                                    border.width: activeFocus ? 2 : 1
                                                    Accessible.role: Accessible.Button
                                                    Accessible.name: label.text
                                                    Keys.onReturnPressed: page.showDetail(slot.modelData.id)
                                                    Keys.onSpacePressed: page.showDetail(slot.modelData.id)
                                                    Drag.active: dragger.drag.active
                                                    Drag.keys: ["pipeline-card"]
                                                    Drag.hotSpot.x: width / 2
                                                    Drag.hotSpot.y: height / 2
                                                    Column {
                                                        anchors.fill: parent
                                                        anchors.margins: Theme.spacing / 2
                                                        QQC2.Label {
                                                            id: label
                                                            width: parent.width
                                                            text: qsTr("%1 %2").arg(slot.modelData.talent.first_name).arg(slot.modelData.talent.last_name)
                                                            font.bold: true
                                                            color: Theme.text
                                                            elide: Text.ElideRight
                                                        }
                                                        QQC2.Label {
                                                            width: parent.width
                                                            text: slot.modelData.talent.headline ?? ""
                                                            color: Theme.muted
                                                            font.pixelSize: Theme.smallSize
                                                            elide: Text.ElideRight
                                                        }
                                                    }
                                                    MouseArea {
                                                        id: dragger
                                                        anchors.fill: parent
                                                        drag.target: card
                                                        preventStealing: true // the board scrolls; a card being dragged is not a scroll
                                                        onClicked: page.showDetail(slot.modelData.id)
                                                        onReleased: {
                                                            if (drag.active)
                                                                card.Drag.drop();
                                                            // Back in its place; the server's answer moves it.
                                                            card.x = 0;
                                                            card.y = 0;
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }

                    // The chosen card: move it, its moves and comments.
                    QQC2.ScrollView {
                        Layout.preferredWidth: 250
                        Layout.fillHeight: true
                        visible: (page.detail.id ?? 0) > 0
                        contentWidth: availableWidth
                        ColumnLayout {
                            width: parent.width
                            spacing: Theme.spacing / 2
                            QQC2.Label {
                                objectName: "candidateName"
                                Layout.fillWidth: true
                                text: page.detail.talent ? qsTr("%1 %2").arg(page.detail.talent.first_name).arg(page.detail.talent.last_name) : ""
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            QQC2.Label {
                                objectName: "candidateStage"
                                Layout.fillWidth: true
                                text: page.detail.stage ? qsTr("In %1").arg(page.detail.stage.name) : ""
                                color: Theme.muted
                            }
                            QQC2.Label {
                                objectName: "candidateScores"
                                Layout.fillWidth: true
                                visible: page.detailScores !== null
                                text: (page.detailScores ?? []).length === 0 ? qsTr("No assessment results shared with your company") : (page.detailScores ?? []).map(score => qsTr("%1: %2 %").arg(score.instrument.title).arg(score.percent ?? "–")).join("\n")
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                QQC2.ComboBox {
                                    id: moveTarget
                                    objectName: "moveTarget"
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Move to")
                                    textRole: "name"
                                    valueRole: "id"
                                    model: (page.pipeline.stages ?? []).filter(s => s.id !== (page.detail.stage ? page.detail.stage.id : 0))
                                }
                                QQC2.Button {
                                    objectName: "moveCandidate"
                                    text: qsTr("Move")
                                    enabled: moveTarget.currentIndex >= 0
                                    onClicked: page.move(page.detail, moveTarget.currentValue)
                                }
                            }
                            QQC2.Label {
                                readonly property int shown: (page.detail.history ?? []).length
                                text: (page.detail.history_total ?? 0) > shown ? qsTr("Moves: the newest %1 of %2").arg(shown).arg(page.detail.history_total) : qsTr("Moves")
                                font.bold: true
                                color: Theme.text
                            }
                            Repeater {
                                model: page.detail.history ?? []
                                delegate: QQC2.Label {
                                    required property var modelData
                                    objectName: "candidateMove"
                                    readonly property string when: Qt.formatDateTime(new Date(modelData.moved_at), "d MMM yyyy, hh:mm")
                                    Layout.fillWidth: true
                                    text: modelData.from ? qsTr("%1 → %2, by %3 %4, %5").arg(modelData.from.name).arg(modelData.to.name).arg(modelData.moved_by.first_name).arg(modelData.moved_by.last_name).arg(when) : qsTr("Added to %1, by %2 %3, %4").arg(modelData.to.name).arg(modelData.moved_by.first_name).arg(modelData.moved_by.last_name).arg(when)
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                    wrapMode: Text.Wrap
                                }
                            }
                            QQC2.Label {
                                readonly property int shown: (page.detail.comment_list ?? []).length
                                text: (page.detail.comments_total ?? 0) > shown ? qsTr("Comments: the newest %1 of %2").arg(shown).arg(page.detail.comments_total) : qsTr("Comments")
                                font.bold: true
                                color: Theme.text
                            }
                            Repeater {
                                model: page.detail.comment_list ?? []
                                delegate: QQC2.Label {
                                    required property var modelData
                                    objectName: "candidateComment"
                                    Layout.fillWidth: true
                                    text: qsTr("%1 %2: %3").arg(modelData.author.first_name).arg(modelData.author.last_name).arg(modelData.body)
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                }
                            }
                            TextBox {
                                id: comment
                                objectName: "commentText"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(60, implicitHeight)
                                placeholderText: qsTr("A note for your colleagues")
                            }
                            QQC2.Label {
                                id: commentProblem
                                objectName: "commentProblem"
                                Layout.fillWidth: true
                                visible: text.length > 0
                                color: Theme.error
                                wrapMode: Text.Wrap
                            }
                            QQC2.Button {
                                objectName: "addComment"
                                text: qsTr("Add the comment")
                                enabled: comment.text.trim().length > 0
                                onClicked: Backend.call("commentPipelineCandidate", {
                                        id: page.pipeline.id,
                                        candidate: page.detail.id,
                                        body: comment.text
                                    }, error => {
                                        commentProblem.text = error;
                                        if (error)
                                            return;
                                        comment.text = "";
                                        page.showDetail(page.detail.id);
                                    })
                            }
                            QQC2.Button {
                                objectName: "removeCandidate"
                                text: qsTr("Remove from the pipeline")
                                onClicked: Backend.call("removePipelineCandidate", {
                                        id: page.pipeline.id,
                                        candidate: page.detail.id
                                    }, error => {
                                        page.boardProblem = error;
                                        if (error)
                                            return;
                                        page.detail = {};
                                        page.loadCandidates();
                                        pipelineList.model.reload();
                                    })
                            }
                        }
                    }
                }

                // Talents to add, by words and filters.
                ColumnLayout {
                    id: finder
                    spacing: Theme.spacing / 2

                    /** What a saved search holds that the filters here do not show (skills): kept,
                     *  so that it is searched and saved too. */
                    property var kept: ({})
                    /** The saved search whose results show, and the talents new to it. */
                    property string openedName
                    property var newIds: []
                    property string problem
                    property string notice

                    /** The search as the server takes it: only what is filled in. */
                    function query(): var {
                        const query = {};
                        const put = (key, value) => {
                            if (value.length > 0)
                                query[key] = value;
                        };
                        put("q", words.text.trim());
                        put("state", stateFilter.text.trim());
                        put("career_level", levelFilter.text.trim());
                        put("availability", availability.currentValue ?? "");
                        if (verified.currentValue)
                            query.verified = verified.currentValue === "true";
                        // The score filter's choice, when there is one, over a saved search's.
                        return Object.assign(query, finder.kept, scoreFilter.arguments);
                    }

                    /** Fills the filters from @p query (a saved search's). */
                    function apply(query: var) {
                        words.text = query.q ?? "";
                        stateFilter.text = query.state ?? "";
                        levelFilter.text = query.career_level ?? "";
                        availability.currentIndex = Math.max(0, availability.indexOfValue(query.availability ?? ""));
                        verified.currentIndex = query.verified === true ? 1 : (query.verified === false ? 2 : 0);
                        scoreFilter.choose(query.assessment ?? "", query.min_percent ?? 0);
                        const shown = ["q", "state", "career_level", "availability", "verified", "assessment", "min_percent"];
                        const kept = {};
                        for (const key of Object.keys(query)) {
                            if (!shown.includes(key))
                                kept[key] = query[key];
                        }
                        finder.kept = kept;
                    }

                    function run() {
                        results.arguments = Object.assign({
                            limit: 20
                        }, finder.query());
                        results.operation = "searchCandidates";
                        results.model.reload();
                    }

                    /** A search of the person's own: no saved search is open any more. */
                    function search() {
                        finder.kept = {};
                        finder.openedName = "";
                        finder.newIds = [];
                        finder.notice = "";
                        finder.run();
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        QQC2.TextField {
                            id: words
                            objectName: "candidateWords"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Skills, titles, names")
                            onAccepted: finder.search()
                        }
                        QQC2.Button {
                            objectName: "searchCandidates"
                            text: qsTr("Search")
                            onClicked: finder.search()
                        }
                        QQC2.Button {
                            objectName: "saveSearch"
                            text: qsTr("Save search")
                            onClicked: saveDialog.ask(finder.query())
                        }
                        QQC2.Button {
                            objectName: "savedSearchesButton"
                            text: savedPanel.newMatches > 0 ? qsTr("Saved searches (%n new)", "", savedPanel.newMatches) : qsTr("Saved searches")
                            onClicked: savedPanel.open()
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        QQC2.TextField {
                            id: stateFilter
                            Layout.fillWidth: true
                            placeholderText: qsTr("State")
                            onAccepted: finder.search()
                        }
                        QQC2.TextField {
                            id: levelFilter
                            Layout.fillWidth: true
                            placeholderText: qsTr("Career level")
                            onAccepted: finder.search()
                        }
                        EntriesBox {
                            id: availability
                            Layout.fillWidth: true
                            textRole: "text"
                            valueRole: "value"
                            entries: Vocabulary.choices("availability", qsTr("Any availability"), Qt.uiLanguage)
                            onActivated: finder.search()
                        }
                        EntriesBox {
                            id: verified
                            objectName: "verifiedFilter"
                            Layout.fillWidth: true
                            // Entries, not a model: the choice outlives a change of language.
                            entries: [
                                {
                                    text: qsTr("Verified or not"),
                                    value: ""
                                },
                                {
                                    text: qsTr("Verified identity"),
                                    value: "true"
                                },
                                {
                                    text: qsTr("Not verified"),
                                    value: "false"
                                }
                            ]
                            onActivated: finder.search()
                        }
                    }
                    ScoreFilter {
                        id: scoreFilter
                        onChanged: finder.search()
                    }
                    QQC2.Label {
                        objectName: "openedSavedSearch"
                        Layout.fillWidth: true
                        visible: finder.openedName.length > 0
                        text: qsTr("Saved search “%1” · talents new since it was last opened: %2").arg(finder.openedName).arg(finder.newIds.length)
                        color: Theme.accent
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "finderNotice"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: finder.notice
                        color: Theme.accent
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "finderProblem"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: finder.problem
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "candidateTotal"
                        visible: results.operation.length > 0 && results.model.total >= 0
                        text: qsTr("%n talent(s) found", "", results.model.total)
                        color: Theme.muted
                    }
                    SavedSearches {
                        id: savedPanel
                        x: finder.width - width
                        y: 0
                        width: Math.min(Theme.panelWidth + 40, finder.width)
                        height: finder.height
                        assessments: scoreFilter.choices
                        onOpenRequested: search => {
                            savedPanel.close();
                            page.openSavedSearch(search.id);
                        }
                    }
                    SaveSearchDialog {
                        id: saveDialog
                        onSaved: search => {
                            finder.notice = qsTr("Saved as “%1”. Open it from “Saved searches” to see who is new.").arg(search.name);
                            savedPanel.reload();
                        }
                    }
                    ApiList {
                        id: results
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        emptyText: qsTr("No talent matches; try fewer words or filters.")
                        delegate: Card {
                            id: found
                            required property var row
                            required property int index
                            property string problem
                            readonly property var held: (row.pipelines ?? []).filter(p => p.id === page.pipeline.id)
                            width: ListView.view.width
                            implicitHeight: foundColumn.implicitHeight + Theme.spacing
                            RowLayout {
                                anchors.fill: parent
                                anchors.margins: Theme.spacing / 2
                                ColumnLayout {
                                    id: foundColumn
                                    Layout.fillWidth: true
                                    spacing: 0
                                    RowLayout {
                                        Layout.fillWidth: true
                                        QQC2.Label {
                                            Layout.fillWidth: true
                                            text: qsTr("%1 %2").arg(found.row.first_name).arg(found.row.last_name)
                                            font.bold: true
                                            color: Theme.text
                                            elide: Text.ElideRight
                                        }
                                        QQC2.Label {
                                            objectName: "newMatch"
                                            visible: finder.newIds.includes(found.row.id)
                                            text: qsTr("New")
                                            color: Theme.accent
                                            font.bold: true
                                        }
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: [found.row.headline ?? "", found.row.state ?? "", found.row.verified_identity ? qsTr("identity verified") : "", found.row.assessment_percent !== undefined ? qsTr("%1: %2 %").arg(scoreFilter.title).arg(found.row.assessment_percent) : ""].filter(s => s.length > 0).join(" · ")
                                        color: Theme.muted
                                        elide: Text.ElideRight
                                    }
                                    QQC2.Label {
                                        objectName: "alreadyIn"
                                        Layout.fillWidth: true
                                        visible: (found.row.pipelines ?? []).length > 0
                                        text: qsTr("Already in: %1").arg((found.row.pipelines ?? []).map(p => qsTr("%1 (%2)").arg(p.name).arg(p.stage.name)).join(", "))
                                        color: Theme.accent
                                        font.pixelSize: Theme.smallSize
                                        wrapMode: Text.Wrap
                                    }
                                    QQC2.Label {
                                        objectName: "addProblem"
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: found.problem
                                        color: Theme.error
                                        wrapMode: Text.Wrap
                                    }
                                }
                                QQC2.Button {
                                    id: addButton
                                    /** The company has no pipeline at all: the button leads to the form for one. */
                                    readonly property bool none: !page.chosen && !pipelineList.model.loading && pipelineList.model.count === 0
                                    objectName: "addCandidate"
                                    enabled: page.chosen || addButton.none
                                    text: addButton.none ? qsTr("Create a pipeline to add to") : !page.chosen ? qsTr("Choose a pipeline to add to") : found.held.length > 0 ? qsTr("In this pipeline") : qsTr("Add to this pipeline")
                                    onClicked: {
                                        if (addButton.none) {
                                            page.startPipeline(found.row);
                                            return;
                                        }
                                        Backend.call("addPipelineCandidates", {
                                            id: page.pipeline.id,
                                            talent_ids: [found.row.id]
                                        }, error => {
                                            found.problem = error;
                                            if (error)
                                                return;
                                            page.loadCandidates();
                                            pipelineList.model.reload(); // its candidate counts
                                            results.model.reload();
                                        });
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
