// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * The talent's profile: how complete it is with the next best step one click away, the picture,
 * the details (names, gender, date of birth and availability among them), the identity, skills, education, work experience and the work looked for, each a section with
 * its own save. A form is filled from the profile once and again only after its own save, so
 * saving one section never puts the loaded values back over what is typed in another.
 */
Item {
    id: page

    /** The profile as the server last answered it. */
    property var profile: ({})
    /** The form is filled from the server; until then nothing can be typed or saved over it. */
    property bool loaded: false
    property var completion: ({})
    /** The profile the details form was filled from; what its fields are compared with. */
    property var details: ({})
    property string error
    property string notice

    function load() {
        Backend.call("myProfile", {}, (error, body) => {
            page.error = error;
            if (!error) {
                page.profile = body;
                page.fillDetails(body);
                preferences.fill(body);
                page.loaded = true;
            }
        });
        loadCompletion();
    }

    function loadCompletion() {
        Backend.call("profileCompletion", {}, (error, body) => {
            if (!error)
                page.completion = body;
        });
    }

    /** A section saved: the profile is what the server answered, the completion is asked again. */
    function applied(profile: var) {
        page.profile = profile;
        loadCompletion();
    }

    function fillDetails(profile: var) {
        page.details = profile;
        firstName.text = profile.first_name ?? "";
        lastName.text = profile.last_name ?? "";
        gender.currentIndex = Math.max(0, gender.indexOfValue(profile.gender ?? ""));
        birth.text = profile.date_of_birth ?? "";
        availability.currentIndex = Math.max(0, availability.indexOfValue(profile.availability ?? ""));
        headline.text = profile.headline ?? "";
        phone.text = profile.phone_number ?? "";
        stateField.text = profile.state ?? "";
        linkedin.text = profile.linkedin_url ?? "";
        portfolio.text = profile.portfolio_url ?? "";
        bio.text = profile.bio ?? "";
    }

    /** The section of this page where a completion item (its key) is filled in, or null. */
    function sectionFor(item: string): Item {
        const sections = {
            name: detailsSection,
            phone_number: detailsSection,
            location: detailsSection,
            date_of_birth: detailsSection,
            gender: detailsSection,
            avatar: pictureSection,
            identity: identitySection,
            skills: skillsSection,
            education: educationSection,
            experience: experienceSection,
            job_preferences: preferences
        };
        return sections[item] ?? null;
    }

    /** Scrolls @p section to the top of the page and gives it the focus. */
    function showSection(section: Item) {
        const top = section.mapToItem(content, 0, 0).y - Theme.spacing;
        flick.contentY = Math.max(0, Math.min(top, flick.contentHeight - flick.height));
        section.forceActiveFocus();
    }

    function save() {
        // Only the fields that differ from the profile as the form was filled are sent, so a
        // change made elsewhere meanwhile is not overwritten. An emptied optional field is
        // cleared (null); the state, which a profile must keep, is sent only when given. An
        // emptied name is sent, for the server to refuse beside it.
        const fields = {
            first_name: firstName.text,
            last_name: lastName.text,
            gender: gender.currentValue,
            date_of_birth: birth.text.trim(),
            availability: availability.currentValue,
            headline: headline.text,
            bio: bio.text,
            phone_number: phone.text,
            linkedin_url: linkedin.text,
            portfolio_url: portfolio.text,
            state: stateField.text
        };
        const changes = {};
        for (const key in fields) {
            if (fields[key] !== (page.details[key] ?? ""))
                changes[key] = fields[key].length > 0 ? fields[key] : null;
        }
        if (changes.state === null)
            delete changes.state;
        for (const name of ["first_name", "last_name"]) {
            if (changes[name] === null)
                changes[name] = "";
        }
        if (Object.keys(changes).length === 0) {
            page.error = "";
            page.notice = qsTr("Nothing to save.");
            return;
        }
        Backend.call("updateMyProfile", changes, (error, body) => {
            const problems = error ? FormChecker.serverProblems(body) : {};
            const fields = {
                first_name: firstName,
                last_name: lastName,
                date_of_birth: birth,
                headline: headline,
                phone_number: phone,
                state: stateField,
                linkedin_url: linkedin,
                portfolio_url: portfolio
            };
            for (const key in fields)
                fields[key].error = problems[key] ?? "";
            genderProblem.text = problems.gender ?? "";
            availabilityProblem.text = problems.availability ?? "";
            // A problem written beside its field is not said again, in the server's words, below.
            const placed = Object.keys(problems).some(key => key in fields || key === "gender" || key === "availability");
            page.error = placed ? qsTr("Check the fields marked above.") : error;
            page.notice = error ? "" : qsTr("Saved.");
            if (!error) {
                page.fillDetails(body);
                page.applied(body);
            }
        });
    }

    Component.onCompleted: load()

    FileDialog {
        id: pictureDialog
        objectName: "pictureDialog"
        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp)")]
        onAccepted: Backend.upload("avatar", selectedFile, error => {
            page.error = error;
            page.notice = error ? "" : qsTr("Your picture is updated.");
            if (!error)
                Backend.call("myProfile", {}, (failure, body) => {
                    if (!failure)
                        page.applied(body);
                });
        })
    }

    Flickable {
        id: flick
        objectName: "profileScroll"
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        contentWidth: width
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: content
            width: flick.width - Theme.spacing
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("My profile")
                subtitle: (page.profile.email ?? "") + (page.profile.wn_id ? " · " + page.profile.wn_id : "")
            }

            Card {
                Layout.fillWidth: true
                implicitHeight: meter.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: meter
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    QQC2.Label {
                        text: qsTr("Profile %1% complete").arg(page.completion.percentage ?? 0)
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.ProgressBar {
                        Layout.fillWidth: true
                        from: 0
                        to: 100
                        value: page.completion.percentage ?? 0
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: !!page.completion.next
                        spacing: Theme.spacing / 2
                        QQC2.Label {
                            text: qsTr("Next best step:")
                            color: Theme.muted
                        }
                        // A step this page fills in is a link to its section; any other is said.
                        QQC2.Button {
                            objectName: "nextStep"
                            visible: page.sectionFor(page.completion.next?.item ?? "") !== null
                            text: page.completion.next?.label ?? ""
                            flat: true
                            highlighted: true
                            onClicked: page.showSection(page.sectionFor(page.completion.next.item))
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            visible: page.sectionFor(page.completion.next?.item ?? "") === null
                            text: page.completion.next?.label ?? ""
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: (page.completion.missing ?? []).length > 1
                        text: qsTr("Still missing: %1").arg((page.completion.missing ?? []).map(m => m.label).join(" · "))
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        visible: page.completion.percentage !== undefined && !page.completion.next
                        text: qsTr("Your profile is complete.")
                        color: Theme.accent
                    }
                }
            }

            ProfileSection {
                id: pictureSection
                objectName: "pictureSection"
                title: qsTr("Picture")
                RowLayout {
                    spacing: Theme.spacing
                    Rectangle {
                        width: 72
                        height: 72
                        radius: 36
                        color: Theme.selection
                        clip: true
                        Image {
                            anchors.fill: parent
                            fillMode: Image.PreserveAspectCrop
                            source: page.profile.avatar_url ?? ""
                        }
                        QQC2.Label {
                            anchors.centerIn: parent
                            visible: !page.profile.avatar_url
                            text: (page.profile.first_name ?? " ")[0] + (page.profile.last_name ?? " ")[0]
                            font.pixelSize: Theme.titleSize
                            color: Theme.primary
                        }
                    }
                    QQC2.Button {
                        objectName: "changePicture"
                        text: qsTr("Change picture…")
                        onClicked: pictureDialog.open()
                    }
                }
            }

            ProfileSection {
                id: detailsSection
                objectName: "detailsSection"
                title: qsTr("About you")
                error: page.error
                notice: page.notice

                GridLayout {
                    Layout.fillWidth: true
                    enabled: page.loaded
                    columns: 2
                    columnSpacing: Theme.spacing
                    FormField {
                        id: firstName
                        input.objectName: "firstName"
                        label: qsTr("First name")
                    }
                    FormField {
                        id: lastName
                        input.objectName: "lastName"
                        label: qsTr("Last name")
                    }
                    FormField {
                        id: headline
                        input.objectName: "headline"
                        label: qsTr("Headline")
                    }
                    FormField {
                        id: phone
                        input.objectName: "phone"
                        label: qsTr("Phone number")
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 2
                        QQC2.Label {
                            text: qsTr("Gender")
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                        EntriesBox {
                            id: gender
                            objectName: "gender"
                            Layout.fillWidth: true
                            entries: Vocabulary.choices("gender", qsTr("Not given"), Qt.uiLanguage)
                            Accessible.name: qsTr("Gender")
                            onActivated: genderProblem.text = ""
                        }
                        QQC2.Label {
                            id: genderProblem
                            objectName: "genderError"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            color: Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                    FormField {
                        id: birth
                        input.objectName: "dateOfBirth"
                        label: qsTr("Date of birth (YYYY-MM-DD)")
                        placeholderText: qsTr("e.g. 1995-04-30")
                    }
                    FormField {
                        id: stateField
                        input.objectName: "state"
                        label: qsTr("State")
                    }
                    FormField {
                        id: linkedin
                        input.objectName: "linkedin"
                        label: qsTr("LinkedIn")
                    }
                    FormField {
                        id: portfolio
                        input.objectName: "portfolio"
                        label: qsTr("Portfolio")
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 2
                        QQC2.Label {
                            text: qsTr("When could you start?")
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                        EntriesBox {
                            id: availability
                            objectName: "availability"
                            Layout.fillWidth: true
                            entries: Vocabulary.choices("availability", qsTr("Not given"), Qt.uiLanguage)
                            Accessible.name: qsTr("When could you start?")
                            onActivated: availabilityProblem.text = ""
                        }
                        QQC2.Label {
                            id: availabilityProblem
                            objectName: "availabilityError"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            color: Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
                QQC2.Label {
                    text: qsTr("About me")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                TextBox {
                    id: bio
                    objectName: "bio"
                    enabled: page.loaded
                    Layout.fillWidth: true
                    Layout.preferredHeight: 100
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("About me")
                }
                QQC2.Button {
                    objectName: "save"
                    enabled: page.loaded
                    highlighted: true
                    text: qsTr("Save")
                    onClicked: page.save()
                }
            }

            ProfileIdentity {
                id: identitySection
                objectName: "identitySection"
                enabled: page.loaded
                profile: page.profile
                onSaved: Backend.call("myProfile", {}, (error, body) => {
                    if (!error)
                        page.applied(body);
                })
            }

            ProfileSkills {
                id: skillsSection
                objectName: "skillsSection"
                enabled: page.loaded
                skills: page.profile.skills ?? []
                onSaved: skillList => page.applied(Object.assign({}, page.profile, {
                    skills: skillList
                }))
            }

            ProfileEducation {
                id: educationSection
                objectName: "educationSection"
                enabled: page.loaded
                entries: page.profile.education ?? []
                onSaved: profile => page.applied(profile)
            }

            ProfileExperience {
                id: experienceSection
                objectName: "experienceSection"
                enabled: page.loaded
                entries: page.profile.experience ?? []
                onSaved: profile => page.applied(profile)
            }

            ProfilePreferences {
                id: preferences
                objectName: "preferencesSection"
                enabled: page.loaded
                onSaved: profile => page.applied(profile)
            }
        }
    }
}
