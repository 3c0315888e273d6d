// SPDX-License-Identifier: Apache-2.0
import QtQuick

/**
 * Published internships to apply for, the talent's applications, and the programmes they were
 * admitted to with their goals, evidence and scores.
 */
OffersPage {
    noun: "internship"
    title: qsTr("Internships")
    openText: qsTr("Open internships")
    mineText: qsTr("My applications")
    admittedText: qsTr("My internships")
    openEmpty: qsTr("No internship is open for applications now.")
    mineEmpty: qsTr("You have not applied for an internship yet.")
    admitted: InternshipProgress {
    }
}
