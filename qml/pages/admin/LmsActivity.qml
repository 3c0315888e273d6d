// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The console's two logs: the audit log (who used a sensitive tool, when, and on what) and the
 * LMS activity log (calls to the LMS, links, enrolments, failures), which Clear Log archives:
 * nothing is deleted, and the archived entries stay readable.
 */
Item {
    id: activity

    property string error
    property string notice

    /** An audit entry's action as people read it. */
    function actionText(action: string): string {
        switch (action) {
        case "get_env":
            return qsTr("Read the settings");
        case "set_value":
            return qsTr("Changed a console value");
        case "run_query":
            return qsTr("Ran a query");
        case "clear_log":
            return qsTr("Cleared the activity log");
        case "clear_cache":
            return qsTr("Cleared the cache");
        case "fix_context":
            return qsTr("Fixed a learner's context");
        case "export":
            return qsTr("Exported a report");
        case "create_company":
            return qsTr("Added a company");
        case "create_talent":
            return qsTr("Invited a talent");
        case "course_creator":
            return qsTr("Changed a course creator");
        case "bulk_nysc":
            return qsTr("Updated NYSC corps members");
        case "reset_password":
            return qsTr("Sent a password reset");
        case "update_username":
            return qsTr("Changed an LMS username");
        case "update_profile":
            return qsTr("Changed a learning profile");
        default:
            return action;
        }
    }

    /** What an audit entry was about, in words: the query's text, the report, the learner. */
    function detailText(detail: var): string {
        if (!detail)
            return "";
        if (detail.sql !== undefined)
            return detail.sql;
        const parts = [];
        if (detail.report !== undefined)
            parts.push(detail.report === "nysc" ? qsTr("NYSC corps members") : qsTr("trainings"));
        if (detail.email !== undefined)
            parts.push(detail.email);
        else if (detail.user_id !== undefined)
            parts.push(qsTr("learner %1").arg(detail.user_id));
        if (detail.company_id !== undefined)
            parts.push(qsTr("company %1").arg(detail.company_id));
        if (detail.username !== undefined)
            parts.push(qsTr("username %1").arg(detail.username));
        if (detail.lms_user_id_after !== undefined)
            parts.push(detail.lms_user_id_after === null ? qsTr("no LMS user") : qsTr("LMS user %1").arg(detail.lms_user_id_after));
        if (detail.archived !== undefined)
            parts.push(qsTr("%n entry(s) archived", "", detail.archived));
        if (detail.name !== undefined)
            parts.push(detail.value !== undefined ? qsTr("%1 set to “%2”").arg(detail.name).arg(detail.value) : detail.name);
        if (detail.fields !== undefined)
            parts.push(qsTr("changed: %1").arg(detail.fields.join(", ")));
        if (detail.course_creator !== undefined)
            parts.push(detail.course_creator ? qsTr("may create courses") : qsTr("may no longer create courses"));
        if (detail.rows !== undefined)
            parts.push(qsTr("%1 of %2 rows updated").arg(detail.updated ?? 0).arg(detail.rows));
        return parts.join(", ");
    }

    function shownTime(text: var): string {
        return text ? new Date(text).toLocaleString(Qt.locale(), "d MMM yyyy, HH:mm:ss") : "";
    }

    function clearLog() {
        Backend.call("clearLmsLog", {}, (error, body) => {
            activity.error = error;
            activity.notice = error ? "" : qsTr("%n entry(s) archived: tick “Archived” to read them.", "", body.archived);
            if (!error) {
                log.model.reload();
                audit.model.reload();
            }
        });
    }

    LmsConfirm {
        id: confirm
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            QQC2.TabBar {
                id: logTabs
                objectName: "logTabs"
                QQC2.TabButton {
                    objectName: "auditTab"
                    text: qsTr("Audit log")
                    width: implicitWidth
                }
                QQC2.TabButton {
                    objectName: "activityTab"
                    text: qsTr("LMS activity")
                    width: implicitWidth
                }
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.CheckBox {
                id: archived
                objectName: "showArchived"
                visible: logTabs.currentIndex === 1
                text: qsTr("Archived")
            }
            QQC2.Button {
                objectName: "clearLog"
                visible: logTabs.currentIndex === 1
                text: qsTr("Clear Log…")
                onClicked: confirm.ask(qsTr("Clear the activity log?"), qsTr("Every entry of the LMS activity log is archived: it leaves this list but is kept, and can be read with “Archived” ticked. It is recorded in the audit log."), qsTr("Clear Log"), activity.clearLog)
            }
            QQC2.Button {
                objectName: "refreshLogs"
                text: qsTr("Refresh")
                onClicked: {
                    audit.model.reload();
                    log.model.reload();
                }
            }
        }
        QQC2.Label {
            objectName: "logsProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: activity.error || activity.notice
            color: activity.error ? Theme.error : Theme.accent
            wrapMode: Text.Wrap
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: logTabs.currentIndex

            ApiList {
                id: audit
                objectName: "auditList"
                operation: "lmsAudit"
                emptyText: qsTr("No sensitive tool has been used yet: each use of one is written here.")
                delegate: RowCard {
                    required property var row
                    objectName: "audit_" + row.action
                    title: activity.actionText(row.action)
                    subtitle: [row.actor_email, activity.shownTime(row.created_at), activity.detailText(row.detail)].filter(part => part).join(" · ")
                }
            }
            ApiList {
                id: log
                objectName: "activityList"
                operation: "lmsLog"
                arguments: ({
                        archived: archived.checked
                    })
                emptyText: archived.checked ? qsTr("Nothing has been archived yet.") : qsTr("No LMS activity since the log was last cleared.")
                delegate: RowCard {
                    required property var row
                    objectName: "logEntry"
                    title: row.message
                    subtitle: [row.level === "error" ? qsTr("Failure") : qsTr("Information"), row.event, activity.shownTime(row.created_at)].join(" · ")
                }
            }
        }
    }
}
