// SPDX-License-Identifier: Apache-2.0
// Nothing a person typed or chose is lost, against the real server: an edit writes back only
// what the form changed (a listed school stays listed), a refused change keeps what was typed,
// and a change of language mid-edit leaves every choice where the person put it.
#include "fixtures.h"
#include "pagetest.h"

#include "draftstore.h"
#include "language.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QQmlEngineExtensionPlugin>
#include <QSettings>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestUnsavedPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_server = std::make_unique<TestServer>();
        connectClient();
    }
    void cleanup()
    {
        closePage();
        client::Language::instance()->setLanguage(u"en"_s);
    }
    void cleanupTestCase() { m_server.reset(); }

    void editingAnEducationEntryKeepsItsListedSchool()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        const QJsonObject school = m_server->get(u"/api/v1/schools?limit=1"_s, talent.token)
                                           .json()[u"data"_s][0]
                                           .toObject();
        const qint64 schoolId = school.value(u"id"_s).toInteger();
        QVERIFY(schoolId > 0);
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"education"_s,
                                                 QJsonArray { QJsonObject {
                                                         { u"school_id"_s, schoolId },
                                                         { u"course"_s, u"Accounting"_s },
                                                         { u"start_year"_s, 2015 },
                                                         { u"end_year"_s, 2019 } } } } },
                                 talent.token)
                         .status,
                 200);

        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        reveal(u"educationSection"_s);
        clickInView(u"editEducation_0"_s);
        QTRY_COMPARE(shownNow(u"educationCourse"_s).toString(), u"Accounting"_s);
        QCOMPARE(shownNow(u"educationSchool"_s).toString(), school.value(u"name"_s).toString());
        type(u"educationCourse"_s, u"Accounting and finance"_s);
        clickInView(u"saveEducation"_s);
        const auto entry = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token)
                    .json()[u"education"_s][0]
                    .toObject();
        };
        QTRY_COMPARE(entry().value(u"course"_s).toString(), u"Accounting and finance"_s);
        // Still the school of the list, not a name typed in by hand.
        QCOMPARE(entry().value(u"school_id"_s).toInteger(), schoolId);

        // A school renamed in the form is the person's own words from then on.
        clickInView(u"editEducation_0"_s);
        QTRY_COMPARE(shownNow(u"educationCourse"_s).toString(), u"Accounting and finance"_s);
        type(u"educationSchool"_s, u"Evening classes at home"_s);
        clickInView(u"saveEducation"_s);
        QTRY_COMPARE(entry().value(u"school_name"_s).toString(), u"Evening classes at home"_s);
        QVERIFY(entry().value(u"school_id"_s).isNull());
        QCOMPARE(entry().value(u"course"_s).toString(), u"Accounting and finance"_s);
    }

    void anEducationLevelOutlivesAListThatCameLate()
    {
        // Opened before the levels of study had come, an entry showed "Not given", and a save
        // then dropped its level.
        const TestUser talent = m_server->createUser(Role::Talent);
        const QJsonObject level = m_server->get(u"/api/v1/education-levels"_s, talent.token)
                                          .json()[u"data"_s][1]
                                          .toObject();
        const QString code = level.value(u"code"_s).toString();
        QVERIFY(!code.isEmpty());
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"education"_s,
                                                 QJsonArray { QJsonObject {
                                                         { u"school_name"_s, u"Yaba College"_s },
                                                         { u"course"_s, u"Civil engineering"_s },
                                                         { u"education_level"_s, code },
                                                         { u"start_year"_s, 2012 } } } } },
                                 talent.token)
                         .status,
                 200);
        const auto education = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token)
                    .json()[u"education"_s]
                    .toArray();
        };
        logInAs(talent, u"talent"_s);

        // The list of levels does not come: the server is away when the section opens.
        const quint16 port = m_server->port();
        m_server->stop();
        show(u"ProfileEducation { objectName: \"education\"; anchors.fill: parent }"_s);
        QObject *section = find(u"education"_s);
        QVERIFY(section);
        QTest::qWait(300); // for the refusal to come back (a closed port answers at once)
        QVERIFY(!section->property("levelsLoaded").toBool());
        m_server->startOn(port);
        section->setProperty("entries", education().toVariantList());

        click(find(u"editEducation_0"_s));
        QTRY_COMPARE(shownNow(u"educationLevel"_s, "currentValue").toString(), code);
        QCOMPARE(shownNow(u"educationLevel"_s, "displayText").toString(),
                 level.value(u"name"_s).toString());
        type(u"educationCourse"_s, u"Civil and structural engineering"_s);
        click(find(u"saveEducation"_s));
        QTRY_COMPARE(education()[0][u"course"_s].toString(), u"Civil and structural engineering"_s);
        QCOMPARE(education()[0][u"education_level"_s][u"code"_s].toString(), code);
    }

    void preferencesChosenOutliveAChangeOfLanguage()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"salary_expectation"_s,
                                                 QJsonObject { { u"min"_s, 6000000 },
                                                               { u"max"_s, 9000000 },
                                                               { u"period"_s, u"yearly"_s } } },
                                               { u"willing_to_relocate"_s, true } },
                                 talent.token)
                         .status,
                 200);
        logInAs(talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"profile\" }"_s);
        reveal(u"preferencesSection"_s);
        QTRY_COMPARE(find(u"payPeriod"_s)->property("currentValue").toString(), u"yearly"_s);
        QTRY_COMPARE(find(u"relocate"_s)->property("currentValue").toString(), u"true"_s);
        // The number about to be verified is a BVN.
        find(u"identityKind"_s)->setProperty("currentIndex", 1);
        QCOMPARE(find(u"identityKind"_s)->property("currentValue").toString(), u"bvn"_s);

        switchTo(u"Français"_s);
        QTRY_COMPARE(find(u"payPeriod"_s)->property("displayText").toString(), u"par an"_s);
        QCOMPARE(find(u"payPeriod"_s)->property("currentValue").toString(), u"yearly"_s);
        QCOMPARE(find(u"relocate"_s)->property("currentValue").toString(), u"true"_s);
        QCOMPARE(find(u"identityKind"_s)->property("currentValue").toString(), u"bvn"_s);

        // Saving the top of the range alone keeps the period and the move as they were.
        type(u"payMax"_s, u"9,500,000"_s);
        clickInView(u"savePreferences"_s);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        QTRY_COMPARE(profile()[u"salary_expectation"_s][u"max"_s].toInteger(), 9500000);
        QCOMPARE(profile()[u"salary_expectation"_s][u"period"_s].toString(), u"yearly"_s);
        QCOMPARE(profile()[u"willing_to_relocate"_s].toBool(), true);
    }

    void aYesOrNoAnswerOutlivesAChangeOfLanguage()
    {
        const TestUser employer = m_server->createUser(Role::Employer);
        const qint64 jobId
                = jobAskingYesOrNo(employer, u"Warehouse lead"_s, u"Can you work from Kano?"_s,
                                   u"Run the night shift."_s);
        QVERIFY(jobId);
        const TestUser talent = m_server->createUser(Role::Talent);

        logInAs(talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        click(find(u"jobCardMeta"_s));
        click(find(u"apply"_s));
        QQuickItem *answer = find(u"choice_0"_s);
        QVERIFY(answer);
        answer->setProperty("currentIndex", 1); // "Yes"
        QCOMPARE(answer->property("currentValue").toString(), u"yes"_s);
        switchTo(u"Français"_s);
        QQuickItem *choice = find(u"choice_0"_s);
        QVERIFY(choice);
        QTRY_COMPARE(choice->property("displayText").toString(), u"Oui"_s);
        QCOMPARE(choice->property("currentValue").toString(), u"yes"_s);

        click(find(u"sendApplication"_s));
        QTRY_VERIFY(applicationsTo(jobId, talent) == 1);
        const QJsonObject full = lastApplicationOf(talent);
        QCOMPARE(full[u"answers"_s][0][u"answer"_s].toString(), u"yes"_s);
    }

    void anApplicationBegunOutlivesChoosingAnotherJob()
    {
        const TestUser employer = m_server->createUser(Role::Employer);
        const qint64 pilot = jobAskingYesOrNo(employer, u"Harbour pilot"_s,
                                              u"Do you hold a marine pilot licence?"_s,
                                              u"Bring ships in at Apapa."_s);
        const qint64 keeper = publishJob(*m_server, employer, u"Lighthouse keeper"_s,
                                         { { u"description"_s, u"Keep the light at Tarkwa."_s },
                                           { u"work_mode"_s, u"on_site"_s } });
        QVERIFY(pilot && keeper);
        const TestUser talent = m_server->createUser(Role::Talent);
        const QString letter = u"Six years bringing ferries into Apapa, day and night."_s;

        logInAs(talent, u"talent"_s);
        show(u"JobSearchPage { objectName: \"page\"; anchors.fill: parent }"_s);
        openJob(u"Harbour pilot"_s);
        click(find(u"apply"_s));
        find(u"choice_0"_s)->setProperty("currentIndex", 1); // "Yes"
        type(u"coverLetter"_s, letter);

        // Another job, and back: the form opens again as it was left.
        openJob(u"Lighthouse keeper"_s);
        QTRY_VERIFY(!shownNow(u"coverLetter"_s).isValid());
        QVERIFY(find(u"apply"_s));
        openJob(u"Harbour pilot"_s);
        QTRY_COMPARE(shownNow(u"coverLetter"_s).toString(), letter);
        QCOMPARE(shownNow(u"choice_0"_s, "currentValue").toString(), u"yes"_s);
        snapshot(u"talent-application-draft"_s);

        // Closed and opened again, as after a restart and a new login: still there.
        closePage();
        logInAs(talent, u"talent"_s);
        show(u"JobSearchPage { objectName: \"page\"; anchors.fill: parent }"_s);
        openJob(u"Harbour pilot"_s);
        QTRY_COMPARE(shownNow(u"coverLetter"_s).toString(), letter);
        QCOMPARE(shownNow(u"choice_0"_s, "currentValue").toString(), u"yes"_s);

        click(find(u"sendApplication"_s));
        QTRY_VERIFY(applicationsTo(pilot, talent) == 1);
        const QJsonObject sent = lastApplicationOf(talent);
        QCOMPARE(sent[u"cover_letter"_s].toString(), letter);
        QCOMPARE(sent[u"answers"_s][0][u"answer"_s].toString(), u"yes"_s);
        // Sent, the draft is gone: the job says where the talent stands.
        QCOMPARE(client::DraftStore::instance()->text(u"application/%1"_s.arg(pilot)), QString());

        // Cancel lets a draft go, on purpose.
        openJob(u"Lighthouse keeper"_s);
        click(find(u"apply"_s));
        type(u"coverLetter"_s, u"On second thoughts, no."_s);
        click(find(u"cancelApplication"_s));
        QCOMPARE(client::DraftStore::instance()->text(u"application/%1"_s.arg(keeper)), QString());
        openJob(u"Harbour pilot"_s);
        openJob(u"Lighthouse keeper"_s);
        click(find(u"apply"_s));
        QTRY_VERIFY(shownNow(u"coverLetter"_s).isValid());
        QCOMPARE(shownNow(u"coverLetter"_s).toString(), QString());
    }

    void aCompanyProfileSendsOnlyWhatChangedAndSaysWhatIsWrongBesideIt()
    {
        const TestUser employer = m_server->createUser(Role::Employer);
        QVERIFY(employer.companyId);
        const QString path = u"/api/v1/companies/%1"_s.arg(*employer.companyId);
        QCOMPARE(m_server->patch(path, QJsonObject { { u"address"_s, u"12 Marina, Lagos"_s } },
                                 employer.token)
                         .status,
                 200);
        const auto company = [&] { return m_server->get(path, employer.token).json(); };
        const QString name = company()[u"name"_s].toString();
        logInAs(employer, u"employer"_s);

        // Until the company has loaded, there is nothing to save over it.
        const quint16 port = m_server->port();
        m_server->stop();
        show(u"CompanyPage { objectName: \"page\"; anchors.fill: parent }"_s);
        QObject *page = find(u"page"_s);
        QVERIFY(page);
        QTRY_VERIFY(!page->property("error").toString().isEmpty()); // the load failed
        QVERIFY(!find(u"saveCompany"_s)->isEnabled());
        closePage();
        m_server->startOn(port);
        logInAs(employer, u"employer"_s);

        show(u"EmployerShell { anchors.fill: parent; startSection: \"company\" }"_s);
        QTRY_COMPARE(shownNow(u"companyName"_s).toString(), name);
        QCOMPARE(shownNow(u"companyAddress"_s).toString(), u"12 Marina, Lagos"_s);
        // A website without its scheme is named under its field before anything is sent.
        type(u"companyWebsite"_s, u"acme.example.ng"_s);
        type(u"companyDescription"_s, u"We make solar kits for farms in the north."_s);
        click(find(u"saveCompany"_s));
        QTRY_VERIFY(shownNow(u"companyWebsiteError"_s).toString().contains(u"http"_s));
        QCOMPARE(shownNow(u"companyNameError"_s).toString(), QString());
        snapshot(u"employer-company-profile-problem"_s);
        QVERIFY(company()[u"website"_s].isNull());
        QVERIFY(company()[u"description"_s].isNull());

        // Meanwhile someone else changes the address: the form did not touch it, so it stays.
        QCOMPARE(m_server->patch(path, QJsonObject { { u"address"_s, u"3 Broad Street, Lagos"_s } },
                                 employer.token)
                         .status,
                 200);
        type(u"companyWebsite"_s, u"https://acme.example.ng"_s);
        click(find(u"saveCompany"_s));
        QTRY_COMPARE(company()[u"website"_s].toString(), u"https://acme.example.ng"_s);
        QTRY_COMPARE(shownNow(u"companyWebsiteError"_s).toString(), QString());
        QCOMPARE(company()[u"description"_s].toString(),
                 u"We make solar kits for farms in the north."_s);
        QCOMPARE(company()[u"address"_s].toString(), u"3 Broad Street, Lagos"_s);
        QCOMPARE(company()[u"name"_s].toString(), name);
        // Saved, the form shows the address as the server has it now.
        QTRY_COMPARE(shownNow(u"companyAddress"_s).toString(), u"3 Broad Street, Lagos"_s);

        // A contact person's email that is no email is named beside it; nothing is added.
        type(u"contactName"_s, u"Ngozi Eze"_s);
        type(u"contactEmail"_s, u"ngozi@"_s);
        click(find(u"addContact"_s));
        QTRY_VERIFY(!shownNow(u"contactEmailError"_s).toString().isEmpty());
        const auto contacts = [&] {
            return m_server->get(path + u"/contact-persons"_s, employer.token)
                    .json()[u"data"_s]
                    .toArray();
        };
        QCOMPARE(contacts().size(), 0);
        QCOMPARE(shownNow(u"contactName"_s).toString(), u"Ngozi Eze"_s);
        type(u"contactEmail"_s, u"ngozi@acme.example.ng"_s);
        click(find(u"addContact"_s));
        QTRY_COMPARE(contacts().size(), 1);
        QCOMPARE(contacts()[0][u"email"_s].toString(), u"ngozi@acme.example.ng"_s);
        QTRY_COMPARE(shownNow(u"contactName"_s).toString(), QString());
        snapshot(u"employer-company-profile"_s);
    }

    void candidateFiltersOutliveAChangeOfLanguage()
    {
        // The "verified" filter went back to "Verified or not" on a change of language while the
        // results stayed filtered, so the next search dropped it unseen.
        const TestUser employer = m_server->createUser(Role::Employer);
        QCOMPARE(m_server->post(u"/api/v1/pipelines"_s,
                                QJsonObject { { u"name"_s, u"Field engineers"_s },
                                              { u"project"_s, u"Solar farms"_s } },
                                employer.token)
                         .status,
                 201);
        logInAs(employer, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"pipelines\" }"_s);
        click(find(u"pipelineRow"_s));
        QTRY_COMPARE(find(u"pipelineTitle"_s)->property("text").toString(), u"Field engineers"_s);
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 1);
        QQuickItem *verified = find(u"verifiedFilter"_s);
        QVERIFY(verified);
        verified->setProperty("currentIndex", 1);
        QCOMPARE(verified->property("currentValue").toString(), u"true"_s);

        switchTo(u"Français"_s);
        QTRY_VERIFY(verified->property("displayText").toString() != u"Verified identity"_s);
        QCOMPARE(verified->property("currentValue").toString(), u"true"_s);
    }

    void aSkillTheServerRefusesKeepsWhatWasTyped()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        reveal(u"skillsSection"_s);
        type(u"skillQuery"_s, u"Python"_s);
        choose(u"skillChoice"_s, u"Python"_s);
        type(u"skillYears"_s, u"4"_s);
        // Taken off the catalogue between the search and the click.
        Sql(m_server->context().db(), u"UPDATE skills SET active = :off WHERE name = :name"_s)
                .bind(u":off"_s, false)
                .bind(u":name"_s, u"Python"_s)
                .exec();
        click(find(u"addSkill"_s));
        QTRY_VERIFY2(shownNow(u"skillChoiceError"_s).toString().contains(u"no longer offered"_s),
                     qPrintable(shownNow(u"skillChoiceError"_s).toString()));
        QCOMPARE(shownNow(u"skillQuery"_s).toString(), u"Python"_s);
        QCOMPARE(shownNow(u"skillYears"_s).toString(), u"4"_s);
        Sql(m_server->context().db(), u"UPDATE skills SET active = :on WHERE name = :name"_s)
                .bind(u":on"_s, true)
                .bind(u":name"_s, u"Python"_s)
                .exec();
    }

private:
    /** Chooses @p language in the side navigation, as a click on the entry does. */
    void switchTo(const QString &language)
    {
        choose(u"language"_s, language);
        QQuickItem *box = find(u"language"_s);
        QVERIFY(box);
        QMetaObject::invokeMethod(box, "activated",
                                  Q_ARG(int, box->property("currentIndex").toInt()));
        QTRY_VERIFY(client::Language::instance()->language() != u"en"_s);
    }

    /** Finds the job titled @p title with the search and waits until its detail shows. */
    void openJob(const QString &title)
    {
        searchJobs(title);
        QTRY_COMPARE(shownNow(u"jobTitle"_s).toString(), title);
    }

    /** A job of @p employer's company, published, that asks everyone @p question (yes or no). */
    qint64 jobAskingYesOrNo(const TestUser &employer, const QString &title, const QString &question,
                            const QString &description)
    {
        const qint64 questionId = addYesNoQuestion(*m_server, employer, question);
        if (!questionId)
            return 0;
        return publishJob(*m_server, employer, title,
                          { { u"description"_s, description },
                            { u"work_mode"_s, u"on_site"_s },
                            { u"questions"_s, requiring(questionId) } });
    }

    /** The application @p talent sent last, in full: its answers and its cover letter. */
    QJsonObject lastApplicationOf(const TestUser &talent)
    {
        const QJsonObject application = m_server->get(u"/api/v1/applications/mine"_s, talent.token)
                                                .json()[u"data"_s][0]
                                                .toObject();
        return m_server
                ->get(u"/api/v1/applications/%1"_s.arg(application[u"id"_s].toInteger()),
                      talent.token)
                .json();
    }

    /** How many applications @p talent has to job @p jobId. */
    int applicationsTo(qint64 jobId, const TestUser &talent)
    {
        int count = 0;
        const QJsonArray mine = m_server->get(u"/api/v1/applications/mine"_s, talent.token)
                                        .json()[u"data"_s]
                                        .toArray();
        for (const QJsonValue &application : mine) {
            if (application[u"job"_s][u"id"_s].toInteger() == jobId
                || application[u"job_id"_s].toInteger() == jobId)
                ++count;
        }
        return count;
    }
};

QTEST_MAIN(TestUnsavedPages)
#include "tst_pages_unsaved.moc"
