// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * How an internship's interns stand and how its mentors score, for its company and its mentors:
 * every intern's weighted standing, best first, and the calibration — each mentor's average
 * score beside the programme's, so a harsh or a lenient mentor shows. Side by side, or one above
 * the other in one column.
 */
GridLayout {
    id: scores

    /** The internship shown (0: none). */
    property int internshipId: 0
    property var standings: []
    property var calibration: null
    property string standingsProblem
    property string calibrationProblem

    function reload() {
        if (scores.internshipId <= 0) {
            scores.standings = [];
            scores.calibration = null;
            return;
        }
        const asked = scores.internshipId;
        Backend.call("internshipStandings", {
            id: asked
        }, (error, body) => {
            if (asked !== scores.internshipId)
                return;
            scores.standingsProblem = error;
            scores.standings = error ? [] : body.data;
        });
        Backend.call("internshipCalibration", {
            id: asked
        }, (error, body) => {
            if (asked !== scores.internshipId)
                return;
            scores.calibrationProblem = error;
            scores.calibration = error ? null : body;
        });
    }

    /** A person's name from the server's summary of them. */
    function nameOf(person: var): string {
        return [person?.first_name, person?.last_name].filter(part => part).join(" ");
    }

    /** A percent as people read it: "72.5%". */
    function percent(value: var): string {
        return value === null || value === undefined ? "–" : qsTr("%1%").arg(Number(value).toLocaleString(Qt.locale(), "f", Number.isInteger(value) ? 0 : 1));
    }

    /** What a mentor's difference from the programme's average says. */
    function leaning(difference: var): string {
        if (difference === null || difference === undefined)
            return qsTr("has not scored yet");
        if (Math.abs(difference) < 5)
            return qsTr("in line with the programme");
        const points = Math.abs(difference).toLocaleString(Qt.locale(), "f", Number.isInteger(difference) ? 0 : 1);
        return difference > 0 ? qsTr("%1 points more lenient").arg(points) : qsTr("%1 points harsher").arg(points);
    }

    onInternshipIdChanged: reload()
    Component.onCompleted: reload()
    columns: 2 // one where the page beside it leaves too little room
    columnSpacing: Theme.spacing * 2
    rowSpacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        spacing: Theme.spacing / 2

        QQC2.Label {
            text: qsTr("Interns' standings")
            font.bold: true
            color: Theme.text
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: scores.standingsProblem || (scores.standings.length === 0 ? qsTr("No interns yet: standings show once applicants are approved.") : qsTr("Out of 100: each goal's weight times the share of its scale the score reached."))
            color: scores.standingsProblem ? Theme.error : Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        KeyList {
            objectName: "standings"
            currentIndex: -1 // a list to read: no row is chosen
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: scores.standings
            Accessible.name: qsTr("Interns' standings")
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: RowCard {
                required property var modelData
                objectName: "standing"
                title: scores.nameOf(modelData.talent)
                subtitle: qsTr("Standing %1 of 100").arg(Number(modelData.standing).toLocaleString(Qt.locale(), "f", Number.isInteger(modelData.standing) ? 0 : 1))
                status: modelData.status
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        spacing: Theme.spacing / 2

        QQC2.Label {
            text: qsTr("Calibration")
            font.bold: true
            color: Theme.text
        }
        QQC2.Label {
            objectName: "programmeAverage"
            Layout.fillWidth: true
            text: scores.calibrationProblem || (scores.calibration?.programme_average === null || scores.calibration === null ? qsTr("Nothing scored yet: each mentor's average shows beside the programme's once scores come in.") : qsTr("The programme's average score: %1 of each goal's scale, over %n score(s).", "", scores.calibration.scored).arg(scores.percent(scores.calibration.programme_average)))
            color: scores.calibrationProblem ? Theme.error : Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        KeyList {
            objectName: "calibration"
            currentIndex: -1 // a list to read: no row is chosen
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: scores.calibration?.mentors ?? []
            Accessible.name: qsTr("Each mentor's average score")
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: RowCard {
                required property var modelData
                objectName: "calibrationMentor"
                title: scores.nameOf(modelData)
                subtitle: modelData.scored > 0 ? qsTr("Average %1 over %n score(s) · %2", "", modelData.scored).arg(scores.percent(modelData.average)).arg(scores.leaning(modelData.difference)) : scores.leaning(null)
            }
        }
    }
}
