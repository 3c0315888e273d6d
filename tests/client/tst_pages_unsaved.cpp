// SPDX-License-Identifier: Apache-2.0
// Nothing a person typed or chose is lost, against the real server: an edit writes back only
// what the form changed (a listed school stays listed), a refused change keeps what was typed,
// and a change of language mid-edit leaves every choice where the person put it.
#include "fixtures.h"
#include "pagetest.h"

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
        const qint64 questionId
                = addYesNoQuestion(*m_server, employer, u"Can you work from Kano?"_s);
        QVERIFY(questionId);
        const qint64 jobId = publishJob(*m_server, employer, u"Warehouse lead"_s,
                                        { { u"description"_s, u"Run the night shift."_s },
                                          { u"work_mode"_s, u"on_site"_s },
                                          { u"questions"_s, requiring(questionId) } });
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
        const QJsonObject application = m_server->get(u"/api/v1/applications/mine"_s, talent.token)
                                                .json()[u"data"_s][0]
                                                .toObject();
        const QJsonObject full
                = m_server->get(u"/api/v1/applications/%1"_s.arg(application[u"id"_s].toInteger()),
                                talent.token)
                          .json();
        QCOMPARE(full[u"answers"_s][0][u"answer"_s].toString(), u"yes"_s);
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
