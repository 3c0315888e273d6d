// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A talent's cohorts and attendance: the cohorts they belong to, each with its instructors, their
 * rating and how many rated, and a rating of each (once per cohort; the one given stays shown);
 * and the talent's own log of check-ins and check-outs. A comment being written survives a
 * refused rating and the cohort being read again.
 */
Item {
    id: page

    /** The chosen cohort as the server last answered it ({} when none). */
    property var cohort: ({})
    property string error
    /** Comments being written, by instructor id. */
    property var drafts: ({})
    /** The stars chosen and not yet sent, by instructor id. */
    property var chosen: ({})
    /** What the server said of a rating, by instructor id. */
    property var problems: ({})
    property string notice

    function choose(row: var) {
        if (row.id !== page.cohort.id) {
            page.problems = {};
            page.notice = "";
        }
        page.cohort = row;
        page.reload();
    }

    function reload() {
        Backend.call("cohort", {
            id: page.cohort.id
        }, (error, body) => {
            page.error = error;
            if (!error && body.id === page.cohort.id)
                page.cohort = body;
        });
    }

    function setIn(map: var, key: int, value: var): var {
        const next = Object.assign({}, map);
        if (value === undefined)
            delete next[key];
        else
            next[key] = value;
        return next;
    }

    function rate(person: var) {
        const body = {
            id: page.cohort.id,
            instructor: person.id,
            rating: page.chosen[person.id] ?? 0
        };
        const comment = (page.drafts[person.id] ?? "").trim();
        if (comment.length > 0)
            body.comment = comment;
        page.problems = page.setIn(page.problems, person.id, undefined);
        Backend.call("rateInstructor", body, (error, answer) => {
            if (error) {
                // A second rating (given elsewhere meanwhile) is refused: said beside the
                // instructor, and the rating given is read again to show it.
                page.problems = page.setIn(page.problems, person.id, FormChecker.serverProblems(answer).rating ?? error);
                page.reload();
                return;
            }
            page.drafts = page.setIn(page.drafts, person.id, undefined);
            page.chosen = page.setIn(page.chosen, person.id, undefined);
            page.notice = qsTr("Thank you: you rated %1 %2 of 5.").arg(person.first_name).arg(answer.rating);
            page.reload();
        });
    }

    /** A time as the server writes it (ISO 8601), as people read it. */
    function shownTime(text: string): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm") : "";
    }

    /** An instructor's rating, with how many gave it: one rating is no verdict. */
    function ratingText(person: var): string {
        const count = person.rating?.count ?? 0;
        if (count === 0)
            return qsTr("Not rated yet");
        const average = Number(person.rating.average);
        return qsTr("Rated %1 of 5 by %n talent(s)", "", count).arg(average.toLocaleString(Qt.locale(), "f", Number.isInteger(average) ? 0 : 1));
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Cohorts")
        }
        QQC2.TabBar {
            id: tabs
            objectName: "talentCohortTabs"
            QQC2.TabButton {
                text: qsTr("My cohorts")
                width: implicitWidth
            }
            QQC2.TabButton {
                text: qsTr("My attendance")
                width: implicitWidth
            }
        }
        QQC2.Label {
            objectName: "rateNotice"
            Layout.fillWidth: true
            visible: text.length > 0 && tabs.currentIndex === 0
            text: page.error || page.notice
            color: page.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            RowLayout {
                spacing: Theme.spacing * 2

                ApiList {
                    id: cohorts
                    objectName: "myCohorts"
                    Layout.preferredWidth: 300
                    Layout.fillHeight: true
                    operation: "cohorts"
                    selectFirst: true
                    emptyText: qsTr("You are in no cohort yet. Once an admin adds you to one, its instructors and sessions show here.")
                    onActivated: row => page.choose(row)
                    delegate: RowCard {
                        id: card
                        required property var row
                        title: row.name
                        subtitle: qsTr("%n instructor(s)", "", row.instructors)
                        onActivated: page.choose(card.row)
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.spacing / 2
                    visible: page.cohort.id !== undefined

                    QQC2.Label {
                        objectName: "myCohortTitle"
                        Layout.fillWidth: true
                        text: page.cohort.name ?? ""
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.cohort.description ?? ""
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: (page.cohort.instructor_list ?? []).length === 0
                        text: qsTr("No instructor teaches this cohort yet.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    ListView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.spacing
                        model: page.cohort.instructor_list ?? []
                        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                        delegate: Card {
                            id: teacher
                            required property var modelData
                            readonly property string name: [modelData.first_name, modelData.last_name].filter(part => part).join(" ")
                            readonly property bool rated: modelData.your_rating !== null && modelData.your_rating !== undefined
                            readonly property int stars: page.chosen[modelData.id] ?? 0
                            width: ListView.view.width
                            implicitHeight: column.implicitHeight + 2 * Theme.spacing
                            ColumnLayout {
                                id: column
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                spacing: Theme.spacing / 2
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: teacher.name
                                    font.bold: true
                                    color: Theme.text
                                }
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: teacher.modelData.expertise ?? ""
                                    color: Theme.muted
                                    wrapMode: Text.Wrap
                                }
                                QQC2.Label {
                                    objectName: "instructorRating_" + teacher.modelData.id
                                    Layout.fillWidth: true
                                    text: page.ratingText(teacher.modelData)
                                    color: Theme.text
                                }
                                QQC2.Label {
                                    objectName: "yourRating_" + teacher.modelData.id
                                    Layout.fillWidth: true
                                    visible: teacher.rated
                                    text: qsTr("You rated %1 %2 of 5 for this cohort.").arg(teacher.modelData.first_name).arg(teacher.modelData.your_rating)
                                    color: Theme.accent
                                    wrapMode: Text.Wrap
                                }
                                RowLayout {
                                    visible: !teacher.rated
                                    spacing: 2
                                    QQC2.Label {
                                        text: qsTr("Your rating")
                                        color: Theme.muted
                                        rightPadding: Theme.spacing / 2
                                    }
                                    Repeater {
                                        model: 5
                                        QQC2.ToolButton {
                                            id: star
                                            required property int index
                                            objectName: "star_" + teacher.modelData.id + "_" + (index + 1)
                                            text: star.index < teacher.stars ? "★" : "☆"
                                            font.pixelSize: Theme.headingSize
                                            palette.buttonText: star.index < teacher.stars ? Theme.warning : Theme.muted
                                            Accessible.name: qsTr("Rate %1 %2 of 5").arg(teacher.name).arg(star.index + 1)
                                            onClicked: page.chosen = page.setIn(page.chosen, teacher.modelData.id, star.index + 1)
                                        }
                                    }
                                    QQC2.Label {
                                        text: teacher.stars > 0 ? qsTr("%1 of 5").arg(teacher.stars) : qsTr("choose 1 to 5 stars")
                                        color: Theme.muted
                                        leftPadding: Theme.spacing / 2
                                    }
                                }
                                TextBox {
                                    id: comment
                                    objectName: "rateComment_" + teacher.modelData.id
                                    Layout.fillWidth: true
                                    Layout.preferredHeight: Math.max(56, implicitHeight)
                                    visible: !teacher.rated
                                    placeholderText: qsTr("What helped you learn, or what would (optional)")
                                    Accessible.name: qsTr("Comment on %1").arg(teacher.name)
                                    Component.onCompleted: text = page.drafts[teacher.modelData.id] ?? ""
                                    onTextChanged: page.drafts[teacher.modelData.id] = text
                                }
                                QQC2.Label {
                                    objectName: "rateProblem_" + teacher.modelData.id
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: page.problems[teacher.modelData.id] ?? ""
                                    color: Theme.error
                                    wrapMode: Text.Wrap
                                }
                                QQC2.Button {
                                    objectName: "rate_" + teacher.modelData.id
                                    visible: !teacher.rated
                                    enabled: teacher.stars > 0
                                    text: qsTr("Send my rating")
                                    Accessible.name: qsTr("Send my rating of %1").arg(teacher.name)
                                    onClicked: page.rate(teacher.modelData)
                                }
                            }
                        }
                    }
                }
            }

            ApiList {
                id: attendance
                objectName: "myAttendanceLog"
                operation: "myAttendance"
                emptyText: qsTr("You have not checked in to any session yet. Scan the code your instructor shows at the start of a session.")
                delegate: RowCard {
                    id: record
                    objectName: "attendanceRecord"
                    required property var row
                    title: record.row.session?.title ?? ""
                    subtitle: [record.row.cohort?.name, record.row.checked_out_at ? qsTr("in at %1, out at %2").arg(page.shownTime(record.row.checked_in_at)).arg(page.shownTime(record.row.checked_out_at)) : qsTr("in at %1, not checked out").arg(page.shownTime(record.row.checked_in_at))].filter(part => part).join(" · ")
                }
            }
        }
    }
    // The log is read again each time it is opened: a check-in made on the phone shows.
    Connections {
        target: tabs
        function onCurrentIndexChanged() {
            if (tabs.currentIndex === 1)
                attendance.model.reload();
        }
    }
}
