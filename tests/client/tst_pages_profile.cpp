// SPDX-License-Identifier: Apache-2.0
// A talent's profile driven as a person would against the real server: what the form leaves alone
// kept, the next step one click away, skills with a level, education and experience, the work
// looked for, name and details, an identity number verified, and the order of a CV's sections.
#include "accountspagetest.h"

#include <QImage>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestProfilePages : public AccountsPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aTalentEditsTheProfile()
    {
        // What the form leaves alone stays as it was: the profile once saved every field, so one
        // saved before the profile had loaded wiped the rest.
        const QString bio = u"Ten years of reconciling ledgers."_s;
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s, QJsonObject { { u"bio"_s, bio } },
                                 m_talent.token)
                         .status,
                 200);
        logInAs(m_talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QVERIFY(find(u"headline"_s));
        type(u"headline"_s, u"Analyst who loves clean data"_s);
        clickInView(u"save"_s);
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));
        QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                         .json()
                         .value(u"headline"_s)
                         .toString(),
                 u"Analyst who loves clean data"_s);
        QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                         .json()
                         .value(u"bio"_s)
                         .toString(),
                 bio);
    }

    void theProfilesNextStepIsOneClickAway()
    {
        // A talent verified and with a picture has skills as the weightiest step left; the step
        // is a link that brings the skills section into view and gives it the focus.
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/admin/identity-registry"_s,
                                QJsonObject {
                                        { u"records"_s,
                                          QJsonArray { QJsonObject {
                                                  { u"kind"_s, u"nin"_s },
                                                  { u"number"_s, u"20000000101"_s },
                                                  { u"first_name"_s, u"Test"_s },
                                                  { u"last_name"_s, u"Talent"_s },
                                                  { u"date_of_birth"_s, u"1990-01-01"_s } } } } },
                                m_admin.token)
                         .status,
                 200);
        QCOMPARE(m_server->post(u"/api/v1/onboarding/verify-nin"_s,
                                QJsonObject { { u"nin"_s, u"20000000101"_s } }, talent.token)
                         .status,
                 200);
        logInAs(talent, u"talent"_s);
        QTemporaryDir dir;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QVERIFY(picture.save(dir.filePath(u"me.png"_s)));
        QCOMPARE(upload(u"avatar"_s, dir.filePath(u"me.png"_s)).value(u"error"_s).toString(),
                 QString());
        QCOMPARE(m_server->get(u"/api/v1/users/%1/profile-completion"_s.arg(talent.id), talent.token)
                         .json()
                         .value(u"next"_s)[u"item"_s]
                         .toString(),
                 u"skills"_s);

        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QQuickItem *section = find(u"skillsSection"_s);
        QVERIFY(section);
        QVERIFY(section->mapToScene({ 0, 0 }).y() > m_window->height() / 2); // not in sight yet
        QQuickItem *next = find(u"nextStep"_s);
        QVERIFY(next);
        QTRY_VERIFY(next->property("text").toString().contains(u"three skills"_s));
        snapshot(u"talent-profile"_s);
        click(next);
        QTRY_VERIFY(section->hasActiveFocus());
        const qreal top = section->mapToScene({ 0, 0 }).y();
        QVERIFY2(top >= 0 && top < m_window->height() / 3, qPrintable(QString::number(top)));
        snapshot(u"talent-profile-next-step"_s);
    }

    void aTalentAddsAndRemovesSkillsWithALevel()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        reveal(u"skillsSection"_s);
        // Nothing chosen yet: said beside the box, nothing sent.
        click(find(u"addSkill"_s));
        QTRY_VERIFY(!find(u"skillChoiceError"_s)->property("text").toString().isEmpty());

        addSkill(u"Python"_s, u"Advanced"_s, u"3"_s);
        QTRY_COMPARE(mySkills(talent).size(), 1);
        const QJsonObject python = mySkills(talent).at(0).toObject();
        QCOMPARE(python.value(u"name"_s).toString(), u"Python"_s);
        QCOMPARE(python.value(u"level"_s).toString(), u"advanced"_s);
        QCOMPARE(python.value(u"years"_s).toInt(), 3);

        // Years that are not a number stay in the box with the problem under them.
        type(u"skillQuery"_s, u"SQL"_s);
        choose(u"skillChoice"_s, u"SQL"_s);
        type(u"skillYears"_s, u"a few"_s);
        click(find(u"addSkill"_s));
        QTRY_VERIFY(!find(u"skillYearsError"_s)->property("text").toString().isEmpty());
        QCOMPARE(find(u"skillYears"_s)->property("text").toString(), u"a few"_s);
        QCOMPARE(mySkills(talent).size(), 1);

        addSkill(u"SQL"_s, u"Beginner"_s, QString());
        QTRY_COMPARE(mySkills(talent).size(), 2);
        reveal(u"skillsSection"_s);
        snapshot(u"talent-profile-skills"_s);

        click(find(u"removeSkill_%1"_s.arg(python.value(u"skill_id"_s).toInteger())));
        QTRY_COMPARE(mySkills(talent).size(), 1);
        QCOMPARE(mySkills(talent).at(0)[u"name"_s].toString(), u"SQL"_s);
        QCOMPARE(mySkills(talent).at(0)[u"level"_s].toString(), u"beginner"_s);
    }

    void aTalentKeepsEducationAndExperience()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };

        // A year the server refuses: its words under the field, what was typed kept.
        reveal(u"educationSection"_s);
        type(u"educationSchool"_s, u"University of Lagos"_s);
        type(u"educationCourse"_s, u"Accounting"_s);
        choose(u"educationLevel"_s, u"Bachelor's degree (BSc, BA, BEng, LLB, MBBS)"_s);
        type(u"educationStartYear"_s, u"1900"_s);
        type(u"educationEndYear"_s, u"2020"_s);
        clickInView(u"saveEducation"_s);
        QTRY_VERIFY(!find(u"educationStartYearError"_s)->property("text").toString().isEmpty());
        QVERIFY(find(u"educationStartYearError"_s)->property("text").toString().contains(u"1940"_s));
        QCOMPARE(find(u"educationSchool"_s)->property("text").toString(), u"University of Lagos"_s);
        QVERIFY(profile().value(u"education"_s).toArray().isEmpty());

        type(u"educationStartYear"_s, u"2016"_s);
        clickInView(u"saveEducation"_s);
        QTRY_COMPARE(profile().value(u"education"_s).toArray().size(), 1);
        QJsonObject school = profile().value(u"education"_s)[0].toObject();
        QCOMPARE(school.value(u"course"_s).toString(), u"Accounting"_s);
        QCOMPARE(school.value(u"start_year"_s).toInt(), 2016);
        QCOMPARE(school.value(u"education_level"_s)[u"code"_s].toString().isEmpty(), false);

        // Changed in place: the same entry, the new course, the rest as it was.
        clickInView(u"editEducation_0"_s);
        QTRY_COMPARE(find(u"educationCourse"_s)->property("text").toString(), u"Accounting"_s);
        type(u"educationCourse"_s, u"Finance"_s);
        clickInView(u"saveEducation"_s);
        QTRY_COMPARE(profile().value(u"education"_s)[0][u"course"_s].toString(), u"Finance"_s);
        QCOMPARE(profile().value(u"education"_s).toArray().size(), 1);
        QCOMPARE(profile().value(u"education"_s)[0][u"end_year"_s].toInt(), 2020);

        // Work experience: a month as people write it short is refused by the server, beside it.
        reveal(u"experienceSection"_s);
        type(u"experienceTitle"_s, u"Accountant"_s);
        type(u"experienceCompany"_s, u"Kola & <Sons> Foods"_s);
        type(u"experienceStart"_s, u"2022-3"_s);
        clickInView(u"experienceCurrent"_s);
        clickInView(u"saveExperience"_s);
        QTRY_VERIFY(!find(u"experienceStartError"_s)->property("text").toString().isEmpty());
        QVERIFY(profile().value(u"experience"_s).toArray().isEmpty());
        type(u"experienceStart"_s, u"2022-03"_s);
        clickInView(u"saveExperience"_s);
        QTRY_COMPARE(profile().value(u"experience"_s).toArray().size(), 1);
        const QJsonObject job = profile().value(u"experience"_s)[0].toObject();
        QCOMPARE(job.value(u"title"_s).toString(), u"Accountant"_s);
        QCOMPARE(job.value(u"company"_s).toString(), u"Kola & <Sons> Foods"_s);
        QCOMPARE(job.value(u"start_month"_s).toString(), u"2022-03"_s);
        QCOMPARE(job.value(u"current"_s).toBool(), true);
        QCOMPARE(profile().value(u"education"_s).toArray().size(), 1); // left alone
        reveal(u"educationSection"_s);
        snapshot(u"talent-profile-education-experience"_s);

        clickInView(u"removeEducation_0"_s);
        QTRY_VERIFY(profile().value(u"education"_s).toArray().isEmpty());
        QCOMPARE(profile().value(u"experience"_s).toArray().size(), 1);
    }

    void aTalentSaysWhatWorkTheyLookFor()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        reveal(u"preferencesSection"_s);
        QVERIFY(find(u"preference_remote"_s));
        // Changed elsewhere after the page loaded: the preferences' save must not put it back.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"headline"_s, u"Set in the portal"_s } },
                                 talent.token)
                         .status,
                 200);
        clickInView(u"preference_remote"_s);
        clickInView(u"preference_full_time"_s);
        choose(u"careerLevel"_s, u"Mid level"_s);
        choose(u"relocate"_s, u"Yes"_s);
        clickInView(u"hiddenFromSearch"_s);
        choose(u"assessmentVisibility"_s, u"Every employer, who may also find me by them"_s);
        // An upside-down range is refused beside the top of it before anything is sent.
        type(u"payMin"_s, u"600,000"_s);
        type(u"payMax"_s, u"400,000"_s);
        clickInView(u"savePreferences"_s);
        QTRY_VERIFY(!find(u"payMaxError"_s)->property("text").toString().isEmpty());
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        QVERIFY(profile().value(u"job_preferences"_s).toArray().isEmpty());

        type(u"payMax"_s, u"900000"_s);
        clickInView(u"savePreferences"_s);
        QTRY_VERIFY(!profile().value(u"job_preferences"_s).toArray().isEmpty());
        QStringList kinds;
        for (const QJsonValue &kind : profile().value(u"job_preferences"_s).toArray())
            kinds.append(kind[u"code"_s].toString());
        kinds.sort();
        QCOMPARE(kinds, QStringList({ u"full_time"_s, u"remote"_s }));
        const QJsonObject saved = profile();
        QCOMPARE(saved.value(u"desired_career_level"_s)[u"code"_s].toString(), u"mid_level"_s);
        QCOMPARE(saved.value(u"salary_expectation"_s)[u"min"_s].toInteger(), 600000);
        QCOMPARE(saved.value(u"salary_expectation"_s)[u"max"_s].toInteger(), 900000);
        QCOMPARE(saved.value(u"salary_expectation"_s)[u"period"_s].toString(), u"monthly"_s);
        QCOMPARE(saved.value(u"willing_to_relocate"_s).toBool(), true);
        QCOMPARE(saved.value(u"hidden"_s).toBool(), true);
        QCOMPARE(saved.value(u"assessment_visibility"_s).toString(), u"employers"_s);
        QCOMPARE(saved.value(u"headline"_s).toString(), u"Set in the portal"_s);
        // The amounts read as people write them once saved.
        QTRY_COMPARE(find(u"payMax"_s)->property("text").toString(), u"900,000"_s);
        QCOMPARE(find(u"payMin"_s)->property("text").toString(), u"600,000"_s);
        reveal(u"preferencesSection"_s);
        snapshot(u"talent-profile-preferences"_s);

        // Unticking one sends the list without it.
        clickInView(u"preference_remote"_s);
        clickInView(u"savePreferences"_s);
        QTRY_COMPARE(profile().value(u"job_preferences"_s).toArray().size(), 1);
        QCOMPARE(profile().value(u"job_preferences"_s)[0][u"code"_s].toString(), u"full_time"_s);
        QCOMPARE(profile().value(u"assessment_visibility"_s).toString(), u"employers"_s);

        // Results kept to the talent alone: only the setting is sent.
        choose(u"assessmentVisibility"_s, u"Only me"_s);
        clickInView(u"savePreferences"_s);
        QTRY_COMPARE(profile().value(u"assessment_visibility"_s).toString(), u"private"_s);
        QCOMPARE(profile().value(u"job_preferences"_s).toArray().size(), 1);
    }

    void aTalentOrdersAndHidesCvSections()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"CvsPage { objectName: \"page\"; anchors.fill: parent }"_s);
        click(find(u"newCv"_s));
        QTRY_VERIFY(find(u"cvSections"_s) && find(u"cvSections"_s)->property("count").toInt() > 0);
        // The first section (experience) goes below the second, and is hidden; the template
        // changes.
        click(find(u"sectionDown"_s));
        QTRY_COMPARE(
                find(u"page"_s)->property("sections").toList().value(0).toMap().value(u"type"_s),
                QVariant(u"education"_s));
        click(find(u"showSection"_s)); // the first row's: education now
        QQuickItem *choice = find(u"cvTemplate"_s);
        choice->setProperty("currentIndex", 1);
        click(find(u"saveCv"_s));
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));
        const QJsonObject listed = m_server->get(u"/api/v1/cvs"_s, m_talent.token)
                                           .json()
                                           .value(u"data"_s)[0]
                                           .toObject();
        const QJsonObject cv
                = m_server->get(u"/api/v1/cvs/%1"_s.arg(listed.value(u"id"_s).toInteger()),
                                m_talent.token)
                          .json();
        QCOMPARE(cv.value(u"template"_s).toString(), u"modern"_s);
        const QJsonArray sections = cv.value(u"document"_s)[u"sections"_s].toArray();
        QCOMPARE(sections.at(0)[u"type"_s].toString(), u"education"_s);
        QCOMPARE(sections.at(0)[u"hidden"_s].toBool(), true);
        QCOMPARE(sections.at(1)[u"type"_s].toString(), u"experience"_s);
        QCOMPARE(sections.at(1)[u"hidden"_s].toBool(), false);
        snapshot(u"talent-cvs"_s);
    }

    void aTalentComesBackToTheProfileAndFindsEveryField()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        const QList<std::pair<QString, QString>> fields {
            { u"headline"_s, u"Bookkeeper who closes the month on time"_s },
            { u"phone"_s, u"+2348031234567"_s },
            { u"state"_s, u"Kaduna"_s },
            { u"linkedin"_s, u"https://www.linkedin.com/in/amina-bello"_s },
            { u"portfolio"_s, u"https://amina.example.com"_s },
        };
        for (const auto &[name, text] : fields)
            type(name, text);
        const QString about = u"Six years of month-end closes.\nQuickBooks and Sage."_s;
        type(u"bio"_s, about);
        clickInView(u"save"_s);
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));

        // Another section, then back, as a person leaves and returns: every field as saved.
        closePage();
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        for (const auto &[name, text] : fields) {
            QQuickItem *field = find(name);
            QVERIFY(field);
            QTRY_COMPARE(field->property("text").toString(), text);
        }
        QCOMPARE(find(u"bio"_s)->property("text").toString(), about);
    }

    void aTalentChangesTheirNameGenderBirthDateAndAvailability()
    {
        // The portal let a talent change these; the desktop's "About you" showed none of them.
        const TestUser talent = m_server->createUser(Role::Talent);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(find(u"save"_s)->isEnabled());
        // Changed elsewhere (the portal, another device) after the form was filled: the form,
        // which did not touch it, must not write its older value back.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"headline"_s, u"Written in the portal"_s } },
                                 talent.token)
                         .status,
                 200);
        const QString phone = profile().value(u"phone_number"_s).toString();

        for (const QString &name :
             { u"firstName"_s, u"lastName"_s, u"gender"_s, u"dateOfBirth"_s, u"availability"_s })
            QVERIFY2(find(name), qPrintable(name));
        type(u"firstName"_s, u"Amina"_s);
        type(u"lastName"_s, u"Bello"_s);
        choose(u"gender"_s, u"Female"_s);
        choose(u"availability"_s, u"In a month"_s);
        QVERIFY(find(u"dateOfBirth"_s)
                        ->parentItem()
                        ->property("label")
                        .toString()
                        .contains(u"YYYY-MM-DD"_s));
        type(u"dateOfBirth"_s, u"31/12/1990"_s);
        clickInView(u"save"_s);
        // Refused: said beside the date, with what was typed kept and nothing saved.
        QTRY_VERIFY(!shownNow(u"dateOfBirthError"_s).toString().isEmpty());
        QVERIFY(shownNow(u"dateOfBirthError"_s).toString().contains(u"YYYY-MM-DD"_s));
        QCOMPARE(find(u"dateOfBirth"_s)->property("text").toString(), u"31/12/1990"_s);
        QCOMPARE(find(u"firstName"_s)->property("text").toString(), u"Amina"_s);
        QVERIFY(profile().value(u"first_name"_s).toString() != u"Amina"_s);
        reveal(u"detailsSection"_s);
        snapshot(u"talent-profile-about"_s);

        // A name emptied is refused beside it too.
        type(u"lastName"_s, QString());
        type(u"dateOfBirth"_s, u"1990-12-31"_s);
        clickInView(u"save"_s);
        QTRY_VERIFY(!shownNow(u"lastNameError"_s).toString().isEmpty());
        QVERIFY(shownNow(u"dateOfBirthError"_s).toString().isEmpty());

        type(u"lastName"_s, u"Bello"_s);
        // Saved while the server is away: the page says so and keeps what was typed; saving
        // again once it is back sends it.
        const quint16 port = m_server->port();
        m_server->stop();
        clickInView(u"save"_s);
        QTRY_VERIFY(!find(u"page"_s)->property("error").toString().isEmpty());
        QCOMPARE(find(u"firstName"_s)->property("text").toString(), u"Amina"_s);
        QCOMPARE(find(u"lastName"_s)->property("text").toString(), u"Bello"_s);
        QCOMPARE(find(u"dateOfBirth"_s)->property("text").toString(), u"1990-12-31"_s);
        QCOMPARE(find(u"gender"_s)->property("currentValue").toString(), u"female"_s);
        m_server->startOn(port);
        clickInView(u"save"_s);
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));
        const QJsonObject saved = profile();
        QCOMPARE(saved.value(u"first_name"_s).toString(), u"Amina"_s);
        QCOMPARE(saved.value(u"last_name"_s).toString(), u"Bello"_s);
        QCOMPARE(saved.value(u"gender"_s).toString(), u"female"_s);
        QCOMPARE(saved.value(u"date_of_birth"_s).toString(), u"1990-12-31"_s);
        QCOMPARE(saved.value(u"availability"_s).toString(), u"one_month"_s);
        QCOMPARE(saved.value(u"headline"_s).toString(), u"Written in the portal"_s);
        QCOMPARE(saved.value(u"phone_number"_s).toString(), phone);

        // Back to the page, as a person returning: every field as saved.
        closePage();
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QTRY_COMPARE(find(u"firstName"_s)->property("text").toString(), u"Amina"_s);
        QCOMPARE(find(u"lastName"_s)->property("text").toString(), u"Bello"_s);
        QCOMPARE(find(u"dateOfBirth"_s)->property("text").toString(), u"1990-12-31"_s);
        QCOMPARE(find(u"gender"_s)->property("currentValue").toString(), u"female"_s);
        QCOMPARE(find(u"availability"_s)->property("currentValue").toString(), u"one_month"_s);
        QCOMPARE(find(u"headline"_s)->property("text").toString(), u"Written in the portal"_s);
    }

    void aTalentVerifiesTheirNinWhereTheNextStepLeads()
    {
        // The next step, "A verified BVN or NIN, under Profile", led nowhere: the profile had no
        // place to give the number.
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/admin/identity-registry"_s,
                                QJsonObject {
                                        { u"records"_s,
                                          QJsonArray { QJsonObject {
                                                  { u"kind"_s, u"nin"_s },
                                                  { u"number"_s, u"20000000202"_s },
                                                  { u"first_name"_s, u"Test"_s },
                                                  { u"last_name"_s, u"Talent"_s },
                                                  { u"date_of_birth"_s, u"1990-01-01"_s } } } } },
                                m_admin.token)
                         .status,
                 200);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QQuickItem *next = find(u"nextStep"_s);
        QVERIFY(next);
        QTRY_VERIFY(next->property("text").toString().contains(u"NIN"_s));
        click(next);
        QQuickItem *section = find(u"identitySection"_s);
        QVERIFY(section);
        QTRY_VERIFY(section->hasActiveFocus());

        // Too short, then a number no record has: said under the number, which stays.
        type(u"identityNumber"_s, u"2000000"_s);
        clickInView(u"verifyIdentity"_s);
        QTRY_VERIFY(!find(u"identityNumberError"_s)->property("text").toString().isEmpty());
        type(u"identityNumber"_s, u"29999999999"_s);
        clickInView(u"verifyIdentity"_s);
        QTRY_VERIFY(
                find(u"identityNumberError"_s)->property("text").toString().contains(u"record"_s));
        QCOMPARE(find(u"identityNumber"_s)->property("text").toString(), u"29999999999"_s);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        QCOMPARE(profile().value(u"nin_verified"_s).toBool(), false);
        reveal(u"identitySection"_s);
        snapshot(u"talent-profile-identity"_s);

        type(u"identityNumber"_s, u"20000000202"_s);
        clickInView(u"verifyIdentity"_s);
        QTRY_VERIFY(profile().value(u"nin_verified"_s).toBool());
        QQuickItem *verified = find(u"identityVerified"_s);
        QVERIFY(verified);
        QTRY_VERIFY(verified->property("text").toString().contains(u"NIN"_s));
    }

private:
    /** Finds @p skill in the profile's skill search and adds it at @p level. */
    void addSkill(const QString &skill, const QString &level, const QString &years)
    {
        type(u"skillQuery"_s, skill);
        choose(u"skillChoice"_s, skill);
        choose(u"skillLevel"_s, level);
        type(u"skillYears"_s, years);
        click(find(u"addSkill"_s));
    }

    QJsonArray mySkills(const TestUser &talent)
    {
        return m_server->get(u"/api/v1/talents/me/skills"_s, talent.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }
};

QTEST_MAIN(TestProfilePages)
#include "tst_pages_profile.moc"
