// SPDX-License-Identifier: Apache-2.0
import QtQuick

/**
 * The company's internship programmes: each one's moves, its applicants, and its goals and
 * mentors.
 */
CompanyOffersPage {
    noun: "internship"
    title: qsTr("Internships")
    newText: qsTr("New internship")
    emptyText: qsTr("No internship programmes yet.")
    descriptionHint: qsTr("What the interns will do, and what they will learn")
    detailsText: qsTr("Goals and mentors")
    details: InternshipSetup {}
}
