// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/** The learning catalogue (the configured LMS's courses) to ask to join, and the talent's own
 *  courses with their progress. */
Item {
    id: page

    property string error
    property string notice
    /** Course id → the status of the talent's latest request for it, so that what was asked
     *  before this visit shows too. */
    property var requested: ({})

    function readRequests() {
        Backend.call("myLmsEnrolmentRequests", {
            limit: 100
        }, (error, body) => {
            if (error)
                return;
            const latest = {};
            for (const request of body.data) {
                if (latest[request.course_id] === undefined)
                    latest[request.course_id] = request.status;
            }
            page.requested = latest;
        });
    }

    Component.onCompleted: readRequests()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Learning")
        }
        QQC2.TabBar {
            id: tabs
            objectName: "learningTabs"
            QQC2.TabButton {
                text: qsTr("Catalogue")
                width: implicitWidth
            }
            QQC2.TabButton {
                text: qsTr("My courses")
                width: implicitWidth
            }
        }
        QQC2.Label {
            objectName: "learningProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.error || page.notice
            color: page.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ApiList {
                id: catalogue
                operation: "lmsCourses"
                emptyText: qsTr("No course is offered yet.")
                delegate: RowCard {
                    id: course
                    objectName: "courseCard"
                    required property var row
                    readonly property string asked: page.requested[row.id] ?? ""
                    title: row.fullname
                    subtitle: row.shortname
                    status: asked
                    QQC2.Button {
                        objectName: "askToJoin"
                        // A pending or approved request stands; a declined one may be asked again.
                        visible: course.asked === "" || course.asked === "declined"
                        text: course.asked === "declined" ? qsTr("Ask again") : qsTr("Ask to join")
                        Accessible.name: qsTr("Ask to join %1").arg(course.row.fullname)
                        onClicked: Backend.call("requestLmsEnrolment", {
                            course_id: course.row.id
                        }, error => {
                            page.error = error;
                            page.notice = error ? "" : qsTr("You asked to join %1; you will be told when it is decided.").arg(course.row.fullname);
                            page.readRequests();
                        })
                    }
                }
            }
            ApiList {
                id: mine
                objectName: "myCourses"
                operation: "myLmsCourses"
                emptyText: qsTr("You are not enrolled in a course yet.")
                delegate: RowCard {
                    required property var row
                    title: row.fullname
                    subtitle: row.completed ? qsTr("Completed: on your profile as a verified course") : qsTr("%1% done").arg(row.progress)
                    status: row.completed ? "completed" : "in_progress"
                }
            }
        }
    }
    Connections {
        target: tabs
        function onCurrentIndexChanged() {
            if (tabs.currentIndex === 1)
                mine.model.reload();
        }
    }
}
