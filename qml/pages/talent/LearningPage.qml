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
                    required property var row
                    title: row.fullname
                    subtitle: row.shortname
                    QQC2.Button {
                        objectName: "askToJoin"
                        text: qsTr("Ask to join")
                        onClicked: Backend.call("requestLmsEnrolment", {
                            course_id: course.row.id
                        }, error => {
                            page.error = error;
                            page.notice = error ? "" : qsTr("You asked to join %1; you will be told when it is decided.").arg(course.row.fullname);
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
