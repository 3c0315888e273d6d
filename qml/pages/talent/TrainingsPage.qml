// SPDX-License-Identifier: Apache-2.0
import QtQuick

/** Published trainings to apply for, and the talent's training applications. */
OffersPage {
    noun: "training"
    title: qsTr("Trainings")
    openText: qsTr("Open trainings")
    mineText: qsTr("My applications")
    openEmpty: qsTr("No training is open for applications now.")
    mineEmpty: qsTr("You have not applied for a training yet.")
}
