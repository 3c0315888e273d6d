// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Cohorts: the list (starting a new one), and beside it the chosen cohort, edited in a dialog:
 * its sessions (scheduling one, showing its check-in code to the room, seeing who checked in)
 * and its people (adding instructors and talents). Instructors see the cohorts they teach, and
 * run their sessions; starting and editing cohorts and adding people is for admins.
 */
Item {
    id: page

    /** The chosen cohort as the server last answered it ({} when none). */
    property var cohort: ({})
    /** Admins start and edit cohorts and add people; an instructor runs the sessions only. */
    readonly property bool managing: Session.role !== Role.Instructor
    /** The session whose attendance fills the page ({} when none). */
    property var recordsOf: ({})
    /** Every instructor, to choose one to add: [{id, name}]. */
    property var instructors: []
    property string error
    /** The words of the last talent search. */
    property string talentWords

    function choose(row: var) {
        if (row.id !== page.cohort.id) {
            // What was said about another cohort does not hold for this one; what was typed stays.
            page.showSessionProblems({});
            instructorProblem.text = "";
            talentProblem.text = "";
            talentNotice.text = "";
        }
        page.cohort = row;
        Backend.call("cohort", {
            id: row.id
        }, (error, body) => {
            page.error = error;
            if (!error && body.id === page.cohort.id)
                page.cohort = body;
        });
    }

    /** The cohort as the server answered a change to it: shown, and its row in the list too. */
    function changed(body: var) {
        page.cohort = body;
        cohorts.model.reload();
    }

    /** A day as the server writes it ("2026-09-01"), as people read it ("1 Sep 2026"). */
    function shownDay(text: string): string {
        return Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd").toLocaleDateString(Qt.locale(), "d MMM yyyy");
    }

    /** A cohort's first and last days, as people read them ("1 Sep – 30 Nov 2026"). */
    function period(cohort: var): string {
        if (cohort.start_date && cohort.end_date) {
            const sameYear = cohort.start_date.slice(0, 4) === cohort.end_date.slice(0, 4);
            const first = Date.fromLocaleString(Qt.locale("C"), cohort.start_date, "yyyy-MM-dd");
            return qsTr("%1 – %2").arg(sameYear ? first.toLocaleDateString(Qt.locale(), "d MMM") : shownDay(cohort.start_date)).arg(shownDay(cohort.end_date));
        }
        if (cohort.start_date)
            return qsTr("From %1").arg(shownDay(cohort.start_date));
        if (cohort.end_date)
            return qsTr("Until %1").arg(shownDay(cohort.end_date));
        return qsTr("No dates set");
    }

    /** "2026-12-06 09:00" as people write it, in their time zone, to ISO 8601; "" if it is not one. */
    function isoTime(text: string): string {
        const time = Date.fromLocaleString(Qt.locale("C"), text.trim(), "yyyy-MM-dd HH:mm");
        return isNaN(time.getTime()) ? "" : time.toISOString();
    }

    /** A time as the server writes it (ISO 8601), as people read it. */
    function shownTime(text: string): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm") : "";
    }

    /** A session's start and end, the end's day left out when it is the same. */
    function sessionTimes(session: var): string {
        const starts = new Date(session.starts_at);
        const ends = new Date(session.ends_at);
        const sameDay = starts.toDateString() === ends.toDateString();
        return qsTr("%1 – %2").arg(shownTime(session.starts_at)).arg(sameDay ? ends.toLocaleTimeString(Qt.locale(), "HH:mm") : shownTime(session.ends_at));
    }

    function localText(time: date): string {
        return time.toLocaleString(Qt.locale("C"), "yyyy-MM-dd HH:mm");
    }

    /** Writes each problem of a session (field → message) under its field; true if there was one. */
    function showSessionProblems(problems: var): bool {
        const fields = {
            title: sessionTitle,
            starts_at: startsAt,
            ends_at: endsAt
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        const elsewhere = [];
        for (const key in problems) {
            if (!fields[key])
                elsewhere.push(problems[key]);
        }
        sessionProblem.text = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    function schedule() {
        const body = {
            title: sessionTitle.text.trim(),
            starts_at: isoTime(startsAt.text),
            ends_at: isoTime(endsAt.text)
        };
        const problems = FormChecker.check("scheduleSession", body);
        if (!body.starts_at)
            problems.starts_at = qsTr("Write a day and time, as %1").arg(localText(new Date()));
        if (!body.ends_at)
            problems.ends_at = qsTr("Write a day and time, as %1").arg(localText(new Date()));
        if (showSessionProblems(problems))
            return;
        body.id = page.cohort.id;
        Backend.call("scheduleSession", body, (failure, answer) => {
            if (failure) {
                if (!page.showSessionProblems(FormChecker.serverProblems(answer)))
                    sessionProblem.text = failure;
                return;
            }
            sessionTitle.text = "";
            sessions.model.reload();
        });
    }

    function findTalents() {
        talentProblem.text = "";
        talentNotice.text = "";
        const words = talentSearch.text.trim();
        if (found.operation === "talents" && page.talentWords === words) {
            found.reload(); // the same words again: asked again, as people expect
            return;
        }
        page.talentWords = words;
        found.arguments = {
            q: words
        };
        found.operation = "talents";
    }

    // The newest cohort is shown first; a reload after a change keeps the one chosen.
    Connections {
        target: cohorts.model
        function onCountChanged() {
            if (page.cohort.id === undefined && cohorts.model.count > 0)
                page.choose(cohorts.model.get(0));
        }
    }

    Component.onCompleted: page.managing && Backend.call("instructors", {
        limit: 100
    }, (error, body) => {
        if (!error)
            page.instructors = body.data.map(person => ({
                        id: person.id,
                        name: person.first_name + " " + person.last_name
                    }));
    })

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing
        visible: page.recordsOf.id === undefined

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Cohorts")
            subtitle: page.managing ? qsTr("Their sessions, check-in codes and people") : qsTr("The cohorts you teach: their sessions, check-in codes and people")
            QQC2.Button {
                objectName: "newCohort"
                visible: page.managing
                text: qsTr("New cohort")
                highlighted: true
                onClicked: editor.edit({})
            }
        }
        QQC2.Label {
            objectName: "cohortsProblem"
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
                id: cohorts
                Layout.preferredWidth: 260
                Layout.fillWidth: false
                Layout.fillHeight: true
                operation: "cohorts"
                emptyText: page.managing ? qsTr("No cohorts yet: start one with New cohort.") : qsTr("You teach no cohort yet: an admin adds you to one.")
                onActivated: row => page.choose(row)
                delegate: RowCard {
                    required property var row
                    objectName: "cohort"
                    title: row.name
                    subtitle: [page.period(row), row.talents === 1 ? qsTr("1 talent") : qsTr("%1 talents").arg(row.talents)].join(" · ")
                    selected: page.cohort.id === row.id
                    onActivated: page.choose(row)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.cohort.id !== undefined
                spacing: Theme.spacing / 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        QQC2.Label {
                            objectName: "cohortTitle"
                            Layout.fillWidth: true
                            text: page.cohort.name ?? ""
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: Theme.primary
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            objectName: "cohortPeriod"
                            Layout.fillWidth: true
                            text: page.period(page.cohort)
                            color: Theme.muted
                            elide: Text.ElideRight
                        }
                    }
                    QQC2.Button {
                        objectName: "editCohort"
                        visible: page.managing
                        text: qsTr("Edit")
                        onClicked: editor.edit(page.cohort)
                    }
                }
                QQC2.Label {
                    objectName: "cohortAbout"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: [page.cohort.description ?? "", (page.cohort.skills ?? []).length > 0 ? qsTr("Teaches %1.").arg(page.cohort.skills.map(skill => skill.name).join(", ")) : ""].filter(part => part).join(" ")
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }

                QQC2.TabBar {
                    id: tabs
                    objectName: "cohortTabs"
                    Layout.topMargin: Theme.spacing / 2
                    QQC2.TabButton {
                        text: qsTr("Sessions")
                        width: implicitWidth
                    }
                    QQC2.TabButton {
                        objectName: "peopleTab"
                        text: qsTr("People (%1)").arg((page.cohort.talents ?? 0) + (page.cohort.instructors ?? 0))
                        width: implicitWidth
                    }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    // ---- Sessions ----
                    ColumnLayout {
                        spacing: Theme.spacing / 2
                        FormField {
                            id: sessionTitle
                            label: qsTr("New session's title")
                            input.objectName: "sessionTitle"
                            placeholderText: qsTr("Week 1: cleaning data")
                            input.onAccepted: page.schedule()
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            FormField {
                                id: startsAt
                                label: qsTr("Starts")
                                input.objectName: "sessionStarts"
                                text: page.localText(new Date())
                            }
                            FormField {
                                id: endsAt
                                label: qsTr("Ends")
                                input.objectName: "sessionEnds"
                                text: page.localText(new Date(Date.now() + 2 * 3600 * 1000))
                            }
                            QQC2.Button {
                                objectName: "scheduleSession"
                                // Level with the boxes, whatever is written under them.
                                Layout.alignment: Qt.AlignTop
                                Layout.topMargin: startsAt.input.y
                                text: qsTr("Schedule")
                                enabled: sessionTitle.text.trim().length > 0
                                onClicked: page.schedule()
                            }
                        }
                        QQC2.Label {
                            id: sessionProblem
                            objectName: "sessionProblem"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            color: Theme.error
                            wrapMode: Text.Wrap
                        }
                        ApiList {
                            id: sessions
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.topMargin: Theme.spacing / 2
                            operation: page.cohort.id !== undefined ? "cohortSessions" : ""
                            arguments: ({
                                    id: page.cohort.id ?? 0
                                })
                            emptyText: qsTr("No sessions scheduled.")
                            delegate: RowCard {
                                id: sessionCard
                                required property var row
                                readonly property bool over: new Date(row.ends_at) <= new Date()
                                objectName: "session"
                                title: row.title
                                subtitle: qsTr("%1 · %2 checked in").arg(page.sessionTimes(row)).arg(row.present)
                                actionsBelow: true
                                QQC2.Button {
                                    objectName: "showCode"
                                    text: sessionCard.over ? qsTr("Ended") : qsTr("Show check-in code")
                                    highlighted: !sessionCard.over
                                    enabled: !sessionCard.over
                                    onClicked: codeView.show(sessionCard.row)
                                }
                                QQC2.Button {
                                    objectName: "showRecords"
                                    text: qsTr("Who checked in")
                                    onClicked: page.recordsOf = sessionCard.row
                                }
                            }
                        }
                    }

                    // ---- People ----
                    Flickable {
                        contentHeight: people.implicitHeight
                        clip: true
                        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                        ColumnLayout {
                            id: people
                            width: parent.width - Theme.spacing
                            spacing: Theme.spacing / 2

                            QQC2.Label {
                                text: qsTr("Instructors")
                                font.bold: true
                                color: Theme.text
                            }
                            QQC2.Label {
                                objectName: "cohortInstructors"
                                Layout.fillWidth: true
                                // Each with their rating and how many gave it: one rating is no verdict.
                                text: (page.cohort.instructor_list ?? []).map(person => (person.rating?.count ?? 0) > 0 ? qsTr("%1 %2, rated %3 of 5 by %n talent(s)", "", person.rating.count).arg(person.first_name).arg(person.last_name).arg(Number(person.rating.average).toLocaleString(Qt.locale(), "f", Number.isInteger(person.rating.average) ? 0 : 1)) : qsTr("%1 %2, not rated yet").arg(person.first_name).arg(person.last_name)).join("; ") || qsTr("None yet.")
                                color: Theme.muted
                                wrapMode: Text.Wrap
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                visible: page.managing
                                QQC2.ComboBox {
                                    id: instructor
                                    objectName: "instructorChoice"
                                    Layout.fillWidth: true
                                    textRole: "name"
                                    valueRole: "id"
                                    model: page.instructors.filter(person => !(page.cohort.instructor_list ?? []).some(teaching => teaching.id === person.id))
                                    displayText: count > 0 ? currentText : qsTr("No other instructors")
                                }
                                QQC2.Button {
                                    objectName: "addInstructor"
                                    text: qsTr("Add instructor")
                                    enabled: instructor.count > 0
                                    onClicked: Backend.call("addCohortInstructor", {
                                        id: page.cohort.id,
                                        instructor_id: instructor.currentValue
                                    }, (error, body) => {
                                        instructorProblem.text = error;
                                        if (!error)
                                            page.changed(body);
                                    })
                                }
                            }
                            QQC2.Label {
                                id: instructorProblem
                                objectName: "instructorProblem"
                                Layout.fillWidth: true
                                visible: text.length > 0
                                color: Theme.error
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }

                            QQC2.Label {
                                objectName: "cohortTalents"
                                Layout.topMargin: Theme.spacing
                                text: qsTr("Talents: %1").arg(page.cohort.talents ?? 0)
                                font.bold: true
                                color: Theme.text
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                visible: page.managing
                                QQC2.TextField {
                                    id: talentSearch
                                    objectName: "talentSearch"
                                    Layout.fillWidth: true
                                    placeholderText: qsTr("Find a talent to add, by name or email")
                                    onAccepted: page.findTalents()
                                }
                                QQC2.Button {
                                    objectName: "searchTalents"
                                    text: qsTr("Search")
                                    enabled: talentSearch.text.trim().length > 0
                                    onClicked: page.findTalents()
                                }
                            }
                            QQC2.Label {
                                id: talentProblem
                                objectName: "talentProblem"
                                Layout.fillWidth: true
                                visible: text.length > 0
                                color: Theme.error
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            QQC2.Label {
                                id: talentNotice
                                objectName: "talentNotice"
                                Layout.fillWidth: true
                                visible: text.length > 0
                                color: Theme.accent
                                wrapMode: Text.Wrap
                            }
                            ApiListModel {
                                id: found
                                pageSize: 10
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                visible: found.operation.length > 0 && !found.loading && found.count === 0
                                text: found.error || qsTr("No talent matches.")
                                color: found.error ? Theme.error : Theme.muted
                            }
                            Repeater {
                                model: found
                                RowLayout {
                                    id: foundRow
                                    required property var row
                                    Layout.fillWidth: true
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: qsTr("%1 %2 · %3").arg(foundRow.row.first_name).arg(foundRow.row.last_name).arg(foundRow.row.email)
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    QQC2.Button {
                                        objectName: "addTalent"
                                        text: qsTr("Add to cohort")
                                        onClicked: Backend.call("addCohortTalent", {
                                            id: page.cohort.id,
                                            talent_id: foundRow.row.id
                                        }, (error, body) => {
                                            talentProblem.text = error;
                                            talentNotice.text = error ? "" : qsTr("%1 %2 is in the cohort now.").arg(foundRow.row.first_name).arg(foundRow.row.last_name);
                                            if (!error)
                                                page.changed(body);
                                        })
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.cohort.id === undefined && cohorts.model.count > 0
                QQC2.Label {
                    anchors.centerIn: parent
                    text: qsTr("Choose a cohort to see its sessions and people.")
                    color: Theme.muted
                }
            }
        }
    }

    CohortEditor {
        id: editor
        onSaved: cohort => page.changed(cohort)
    }

    SessionCodeView {
        id: codeView
        onClosed: sessions.model.reload()
    }

    // Over the page rather than loaded: Qt 6.4 refuses to load a bound component in a Loader.
    AttendanceRecords {
        objectName: "attendanceRecords"
        anchors.fill: parent
        visible: page.recordsOf.id !== undefined
        session: page.recordsOf
        onClosed: {
            page.recordsOf = {};
            sessions.model.reload();
        }
    }
}
