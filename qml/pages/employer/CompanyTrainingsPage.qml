// SPDX-License-Identifier: Apache-2.0
import QtQuick

/** The company's trainings in every status; the chosen training's moves and its applicants. */
CompanyOffersPage {
    noun: "training"
    title: qsTr("Trainings")
    newText: qsTr("New training")
    emptyText: qsTr("No trainings yet.")
    descriptionHint: qsTr("What the talents will learn")
}
