// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Client

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
    placesKey: "places"
    placesLabel: qsTr("Places")
    internshipFields: true
    Component.onCompleted: Backend.call("internshipCategories", {}, (error, body) => {
        if (error)
            return;
        const choices = body.data.map(category => ({
                    text: category.name,
                    value: category.id
                }));
        choices.unshift({
            text: qsTr("None"),
            value: 0
        });
        categories = choices;
    })
}
