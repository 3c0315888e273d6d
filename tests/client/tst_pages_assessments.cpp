// SPDX-License-Identifier: Apache-2.0
// The staff's side of assessments driven as a person would (click, choose, type) against the real
// server: the bank editor of admins and of a company's staff, and the results they may read.
#include "fixtures.h"
#include "pagetest.h"

#include "session.h"

#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QtTest>
#include <functional>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAssessmentPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_admin = m_server->createUser(Role::Admin);
        m_owner = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        client::Session::instance()->setServerUrl(m_server->baseUrl());
        m_engine.addImportPath(u"qrc:/"_s);
    }
    void cleanup()
    {
        m_window.reset();
        client::Session::instance()->logout();
    }
    void cleanupTestCase() { m_server.reset(); }

    void aCompanyWithNoResultsIsToldSoAndShownNoEmptyResult()
    {
        // First of the suite: the results the others make may be shared with every company.
        // Beside "No result to show yet" stood a result of nobody: ":" and "no score overall ·
        // submitted".
        const TestUser owner = m_server->createUser(Role::Employer);
        logInAs(owner, u"employer"_s);
        show(u"AssessmentResultsPage { anchors.fill: parent }"_s);
        QTRY_VERIFY(shownTexts().join(u' ').contains(u"No result to show yet"_s));
        QVERIFY(!shownNow(u"resultTitle"_s, "visible").toBool());
        QVERIFY(!shownNow(u"resultHeadline"_s, "visible").toBool());
        const QString shown = shownTexts().join(u'\n');
        QVERIFY2(!shown.contains(u"overall"_s), qPrintable(shown));
        snapshot(u"employer-assessment-results-none"_s);
    }

    void anAdminWritesAQuestionOfEveryKindIntoAPlatformBank()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"assessments\" }"_s);
        // The platform's starter banks are listed; a new one is a platform bank with categories.
        QVERIFY(find(u"bank_personality"_s));
        click(find(u"newBank"_s));
        type(u"bankTitle"_s, u"Warehouse basics"_s);
        type(u"bankMinutes"_s, u"20"_s);
        type(u"categoryName_0"_s, u"Safety"_s);
        type(u"categoryCode_0"_s, u"SAFE"_s);
        click(find(u"saveBank"_s));
        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Warehouse basics"_s);
        const qint64 bank = platformBank(u"Warehouse basics"_s);
        QVERIFY(bank > 0);
        QCOMPARE(m_server->get(u"/api/v1/assessments/%1"_s.arg(bank), m_admin.token)
                         .json()
                         .value(u"time_limit_seconds"_s)
                         .toInt(),
                 1200);

        // Agreement, reverse keyed with a pair code, in the category.
        openNewQuestion();
        choose(u"questionCategory"_s, u"Safety"_s);
        type(u"questionText"_s, u"I skip the checklist when the shift is busy."_s);
        click(find(u"reverseKeyed"_s));
        type(u"questionPair"_s, u"S1"_s);
        snapshot(u"admin-assessment-question-editor"_s);
        click(find(u"saveQuestion"_s));
        QJsonObject likert;
        QTRY_VERIFY(!(likert = questionOf(bank, u"checklist"_s)).isEmpty());
        QCOMPARE(likert.value(u"type"_s).toString(), u"likert"_s);
        QCOMPARE(likert.value(u"category"_s).toString(), u"SAFE"_s);
        QCOMPARE(likert.value(u"reverse_keyed"_s).toBool(), true);
        QCOMPARE(likert.value(u"pair_code"_s).toString(), u"S1"_s);

        // One answer: b is correct.
        openNewQuestion();
        choose(u"questionType"_s, u"One answer"_s);
        type(u"questionText"_s, u"Where does a spilled liquid get reported?"_s);
        type(u"optionText_0"_s, u"Nowhere"_s);
        type(u"optionText_1"_s, u"To the shift lead"_s);
        click(find(u"optionCorrect_1"_s));
        click(find(u"saveQuestion"_s));
        QJsonObject single;
        QTRY_VERIFY(!(single = questionOf(bank, u"spilled"_s)).isEmpty());
        QCOMPARE(single.value(u"type"_s).toString(), u"single_choice"_s);
        QCOMPARE(correctKeys(single), QStringList { u"b"_s });

        // Several answers: a third option, a and c correct.
        openNewQuestion();
        choose(u"questionType"_s, u"Several answers"_s);
        type(u"questionText"_s, u"Which of these protect your back?"_s);
        type(u"optionText_0"_s, u"Bending the knees"_s);
        type(u"optionText_1"_s, u"Twisting while lifting"_s);
        click(find(u"addOption"_s));
        type(u"optionText_2"_s, u"Keeping the load close"_s);
        click(find(u"optionCorrect_0"_s));
        click(find(u"optionCorrect_2"_s));
        click(find(u"saveQuestion"_s));
        QJsonObject multiple;
        QTRY_VERIFY(!(multiple = questionOf(bank, u"protect your back"_s)).isEmpty());
        QCOMPARE(multiple.value(u"type"_s).toString(), u"multiple_choice"_s);
        QCOMPARE(correctKeys(multiple), (QStringList { u"a"_s, u"c"_s }));

        // A scenario: a weight on every option.
        openNewQuestion();
        choose(u"questionType"_s, u"Scenario"_s);
        type(u"questionText"_s, u"A driver is waiting and the dock is blocked. What do you do?"_s);
        type(u"optionText_0"_s, u"Let the driver wait"_s);
        type(u"optionWeight_0"_s, u"0"_s);
        type(u"optionText_1"_s, u"Clear the dock and tell the lead"_s);
        type(u"optionWeight_1"_s, u"3"_s);
        click(find(u"saveQuestion"_s));
        QJsonObject scenario;
        QTRY_VERIFY(!(scenario = questionOf(bank, u"dock is blocked"_s)).isEmpty());
        QCOMPARE(scenario.value(u"type"_s).toString(), u"scenario"_s);
        QCOMPARE(
                scenario.value(u"options"_s).toArray().at(1).toObject().value(u"weight"_s).toDouble(),
                3.0);

        // A written answer: no options, no key.
        openNewQuestion();
        choose(u"questionType"_s, u"Written answer"_s);
        QVERIFY(!shownNow(u"addOption"_s).isValid());
        type(u"questionText"_s, u"Tell us about a near miss you reported."_s);
        click(find(u"saveQuestion"_s));
        QJsonObject written;
        QTRY_VERIFY(!(written = questionOf(bank, u"near miss"_s)).isEmpty());
        QCOMPARE(written.value(u"type"_s).toString(), u"free_text"_s);
        QVERIFY(written.value(u"options"_s).toArray().isEmpty());

        // The list shows each with its type and key in words, never a code.
        QTRY_VERIFY(find(u"question_%1"_s.arg(single.value(u"id"_s).toInteger())));
        const QString singleRow = find(u"question_%1"_s.arg(single.value(u"id"_s).toInteger()))
                                          ->property("subtitle")
                                          .toString();
        QCOMPARE(singleRow, u"One answer · Correct: b"_s);
        QCOMPARE(find(u"question_%1"_s.arg(likert.value(u"id"_s).toInteger()))
                         ->property("subtitle")
                         .toString(),
                 u"Agreement from 1 to 5 · Safety · Reverse keyed, pair S1"_s);
        QTRY_VERIFY(shownNow(u"bankRules"_s).toString().startsWith(u"5 active questions"_s));
        snapshot(u"admin-assessment-bank"_s);
    }

    void aPassageQuestionBelongsToAReadingPassage()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentBanksPage { anchors.fill: parent }"_s);
        click(find(u"bank_comprehension"_s));
        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Reading comprehension"_s);
        const QJsonObject passage
                = m_server->get(u"/api/v1/assessments/comprehension/passages"_s, m_admin.token)
                          .json()
                          .value(u"data"_s)
                          .toArray()
                          .at(0)
                          .toObject();
        openNewQuestion();
        choose(u"questionType"_s, u"Reading passage question"_s);
        choose(u"questionPassage"_s, passage.value(u"title"_s).toString());
        type(u"questionText"_s, u"What does the passage say first?"_s);
        type(u"optionText_0"_s, u"The opening claim"_s);
        type(u"optionText_1"_s, u"Nothing at all"_s);
        click(find(u"optionCorrect_0"_s));
        click(find(u"saveQuestion"_s));
        QJsonObject question;
        QTRY_VERIFY(!(question = questionOf(u"comprehension"_s, u"say first"_s)).isEmpty());
        QCOMPARE(question.value(u"type"_s).toString(), u"passage"_s);
        QCOMPARE(question.value(u"passage_id"_s).toInteger(), passage.value(u"id"_s).toInteger());
        QCOMPARE(correctKeys(question), QStringList { u"a"_s });
    }

    void aKeyTheServerRefusesIsShownBesideTheOptions()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentBanksPage { anchors.fill: parent }"_s);
        click(find(u"bank_level-one"_s));
        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Level one questionnaire"_s);
        const int before = questionsOf(u"level-one"_s).size();

        // Nothing written: said before anything is sent.
        openNewQuestion();
        choose(u"questionType"_s, u"One answer"_s);
        click(find(u"saveQuestion"_s));
        QVERIFY(find(u"questionTextError"_s));

        // No option marked correct: the server's 400 names the options, and is written there.
        type(u"questionText"_s, u"Which badge opens the store room?"_s);
        type(u"optionText_0"_s, u"The blue one"_s);
        type(u"optionText_1"_s, u"The red one"_s);
        click(find(u"saveQuestion"_s));
        QQuickItem *problem = find(u"questionOptionsError"_s);
        QVERIFY(problem);
        QTRY_VERIFY2(problem->property("text").toString().contains(u"exactly one option correct"_s),
                     qPrintable(problem->property("text").toString()));
        QVERIFY(!shownNow(u"questionTextError"_s).isValid());
        // What was typed is still there, and the bank is as it was.
        QCOMPARE(find(u"questionText"_s)->property("text").toString(),
                 u"Which badge opens the store room?"_s);
        QCOMPARE(find(u"optionText_1"_s)->property("text").toString(), u"The red one"_s);
        QCOMPARE(questionsOf(u"level-one"_s).size(), before);
        snapshot(u"admin-assessment-question-refused"_s);

        click(find(u"optionCorrect_0"_s));
        click(find(u"saveQuestion"_s));
        QTRY_COMPARE(questionsOf(u"level-one"_s).size(), before + 1);
    }

    void anAdminEditsDeactivatesAndDeletesAQuestion()
    {
        const Reply bank = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject { { u"title"_s, u"Aa first in the list"_s },
                              { u"questions"_s,
                                QJsonArray { QJsonObject { { u"type"_s, u"likert"_s },
                                                           { u"text"_s, u"I like lists."_s } },
                                             QJsonObject { { u"type"_s, u"likert"_s },
                                                           { u"text"_s, u"I like plans."_s } } } } },
                m_admin.token);
        QCOMPARE(bank.status, 201);
        const qint64 id = bank.json().value(u"id"_s).toInteger();
        const qint64 lists = questionOf(id, u"lists"_s).value(u"id"_s).toInteger();
        const qint64 plans = questionOf(id, u"plans"_s).value(u"id"_s).toInteger();

        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentBanksPage { anchors.fill: parent }"_s);
        // The first bank in the list is shown at once.
        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Aa first in the list"_s);

        // An edit changes what was changed, and keeps the rest.
        click(find(u"editQuestion_%1"_s.arg(lists)));
        QTRY_COMPARE(shownNow(u"questionText"_s).toString(), u"I like lists."_s);
        type(u"questionText"_s, u"I like long lists."_s);
        click(find(u"reverseKeyed"_s));
        click(find(u"saveQuestion"_s));
        QTRY_COMPARE(questionOf(id, u"long lists"_s).value(u"reverse_keyed"_s).toBool(), true);
        QCOMPARE(questionOf(id, u"long lists"_s).value(u"active"_s).toBool(), true);
        // Its editor closes once the page has the server's answer, which may come after.
        QTRY_VERIFY(!shownNow(u"saveQuestion"_s).isValid());

        // Out of the pool, and back.
        click(find(u"toggleQuestion_%1"_s.arg(plans)));
        QTRY_COMPARE(questionOf(id, u"plans"_s).value(u"active"_s).toBool(), false);
        QTRY_VERIFY(find(u"question_%1"_s.arg(plans))
                            ->property("subtitle")
                            .toString()
                            .contains(u"Inactive"_s));
        QTRY_VERIFY(shownNow(u"bankRules"_s).toString().startsWith(u"1 active question ·"_s));
        click(find(u"toggleQuestion_%1"_s.arg(plans)));
        QTRY_COMPARE(questionOf(id, u"plans"_s).value(u"active"_s).toBool(), true);

        // Deleting asks first; kept, nothing happens.
        click(find(u"deleteQuestion_%1"_s.arg(plans)));
        QVERIFY(find(u"confirmDelete"_s));
        snapshot(u"admin-assessment-delete-question"_s);
        click(find(u"confirmDelete"_s));
        QTRY_VERIFY(questionOf(id, u"plans"_s).isEmpty());
        QCOMPARE(m_server->get(u"/api/v1/assessments/%1/questions/%2"_s.arg(id).arg(plans),
                               m_admin.token)
                         .status,
                 404);
        QTRY_VERIFY(!shownNow(u"question_%1"_s.arg(plans), "title").isValid());
    }

    void aCompanyStartsABankOfItsOwnWithCategories()
    {
        logInAs(m_owner, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"assessments\" }"_s);
        click(find(u"newBank"_s));

        // Too short a title is said beside it before anything is sent.
        type(u"bankTitle"_s, u"Qz"_s);
        click(find(u"saveBank"_s));
        QVERIFY(find(u"bankTitleError"_s));
        QVERIFY(find(u"bankTitleError"_s)->property("text").toString().contains(u"3 characters"_s));

        type(u"bankTitle"_s, u"Store supervisor screening"_s);
        type(u"bankMinutes"_s, u"15"_s);
        type(u"bankRetakeDays"_s, u"30"_s);
        type(u"categoryName_0"_s, u"Knowledge"_s);
        click(find(u"addCategory"_s));
        type(u"categoryName_1"_s, u"Stock control"_s);
        pick(u"categoryParent_1"_s, u"Under Knowledge"_s);
        click(find(u"addCategory"_s));
        type(u"categoryName_2"_s, u"Calm"_s);
        type(u"categoryCode_2"_s, u"CALM"_s);
        snapshot(u"employer-assessment-bank-editor"_s);
        click(find(u"saveBank"_s));

        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Store supervisor screening"_s);
        const QJsonArray own = m_server->get(u"/api/v1/assessments?owner=company"_s, m_owner.token)
                                       .json()
                                       .value(u"data"_s)
                                       .toArray();
        QCOMPARE(own.size(), 1);
        const QJsonObject bank
                = m_server->get(u"/api/v1/assessments/%1"_s.arg(
                                        own.at(0).toObject().value(u"id"_s).toInteger()),
                                m_owner.token)
                          .json();
        QCOMPARE(bank.value(u"company_id"_s).toInteger(), *m_owner.companyId);
        QCOMPARE(bank.value(u"time_limit_seconds"_s).toInt(), 900);
        QCOMPARE(bank.value(u"retake_days"_s).toInt(), 30);
        const QJsonArray categories = bank.value(u"categories"_s).toArray();
        QCOMPARE(valuesOf(categories, u"code"_s),
                 (QStringList { u"KNOWLEDGE"_s, u"CALM"_s, u"STOCK-CONTROL"_s }));
        const QJsonObject knowledge = findBy(categories, u"code"_s, u"KNOWLEDGE"_s);
        QCOMPARE(findBy(categories, u"code"_s, u"STOCK-CONTROL"_s).value(u"parent_id"_s),
                 knowledge.value(u"id"_s));
        QVERIFY(findBy(categories, u"code"_s, u"CALM"_s).value(u"parent_id"_s).isNull());

        // The company lists its own banks only; a question goes into a facet.
        QVERIFY(!shownNow(u"bank_personality"_s, "title").isValid());
        click(find(u"categoriesTab"_s));
        QTRY_COMPARE(shownNow(u"categoriesTab"_s).toString(), u"Categories (3)"_s);
        snapshot(u"employer-assessment-categories"_s);
        click(find(u"questionsTab"_s));
        openNewQuestion();
        choose(u"questionCategory"_s, u"Knowledge › Stock control"_s);
        type(u"questionText"_s, u"I count the shelves before I sign for a delivery."_s);
        click(find(u"saveQuestion"_s));
        QTRY_COMPARE(questionOf(bank.value(u"id"_s).toInteger(), u"shelves"_s)
                             .value(u"category"_s)
                             .toString(),
                     u"STOCK-CONTROL"_s);
    }

    void staffSeeTheSectionsTheirCompanyRoleGrants()
    {
        const TestUser editor = invitedEmployee(
                *m_server, m_owner,
                addCompanyRole(*m_server, m_owner, u"Assessor"_s,
                               { u"assessments.manage"_s, u"applications.read"_s }),
                u"assessor@example.com"_s);
        const TestUser chatter
                = invitedEmployee(*m_server, m_owner,
                                  addCompanyRole(*m_server, m_owner, u"Chat"_s, { u"chat.use"_s }),
                                  u"chatter@example.com"_s);
        QVERIFY(!editor.token.isEmpty() && !chatter.token.isEmpty());

        logInAs(editor, u"staff"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"assessments"_s));
        QVERIFY(sectionNames().contains(u"assessmentResults"_s));
        m_window.reset();
        client::Session::instance()->logout();

        logInAs(chatter, u"staff"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"chat"_s));
        QTest::qWait(500); // the role's answer has come by now
        QVERIFY(!sectionNames().contains(u"assessments"_s));
        QVERIFY(!sectionNames().contains(u"assessmentResults"_s));
    }

    void aCompanyReadsAnApplicantsResultWithTheWrittenAnswer()
    {
        // The company's bank: two agreement items under Calm, and a written answer.
        const Reply created = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject {
                        { u"title"_s, u"Cashier screening"_s },
                        { u"retake_days"_s, 0 },
                        { u"categories"_s,
                          QJsonArray { QJsonObject { { u"code"_s, u"CALM"_s },
                                                     { u"name"_s, u"Calm"_s } } } },
                        { u"questions"_s,
                          QJsonArray { QJsonObject { { u"type"_s, u"likert"_s },
                                                     { u"category"_s, u"CALM"_s },
                                                     { u"text"_s, u"I stay calm in a queue."_s } },
                                       QJsonObject { { u"type"_s, u"likert"_s },
                                                     { u"category"_s, u"CALM"_s },
                                                     { u"text"_s, u"A long queue unsettles me."_s },
                                                     { u"reverse_keyed"_s, true } },
                                       QJsonObject { { u"type"_s, u"free_text"_s },
                                                     { u"text"_s,
                                                       u"Why do you want this job?"_s } } } } },
                m_owner.token);
        QCOMPARE(created.status, 201);
        const qint64 bank = created.json().value(u"id"_s).toInteger();
        const qint64 job = publishJob(*m_server, m_owner, u"Cashier"_s);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject(),
                                m_talent.token)
                         .status,
                 201);

        // The talent rates 5 and (reverse keyed) 2: 5 + 4 = 9 of 2..10 = 87.5 %.
        const Reply attempt = m_server->post(u"/api/v1/assessments/%1/attempts"_s.arg(bank),
                                             QJsonObject(), m_talent.token);
        QCOMPARE(attempt.status, 201);
        QJsonArray answers;
        for (const QJsonValue &value : attempt.json().value(u"questions"_s).toArray()) {
            const QJsonObject question = value.toObject();
            QJsonObject answer { { u"question_id"_s, question.value(u"id"_s) } };
            const QString text = question.value(u"text"_s).toString();
            if (question.value(u"type"_s) == u"free_text"_s)
                answer.insert(u"text"_s, u"I like helping people find what they need."_s);
            else
                answer.insert(u"rating"_s, text.contains(u"unsettles"_s) ? 2 : 5);
            answers.append(answer);
        }
        const Reply submitted
                = m_server->post(u"/api/v1/assessments/%1/submissions"_s.arg(bank),
                                 QJsonObject { { u"answers"_s, answers } }, m_talent.token);
        QCOMPARE(submitted.status, 200);
        const qint64 resultId = submitted.json().value(u"id"_s).toInteger();
        QCOMPARE(submitted.json().value(u"percent"_s).toDouble(), 87.5);

        logInAs(m_owner, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"assessmentResults\" }"_s);
        click(find(u"result_%1"_s.arg(resultId)));
        QQuickItem *title = find(u"resultTitle"_s);
        QVERIFY(title);
        QTRY_VERIFY2(title->property("text").toString().endsWith(u": Cashier screening"_s),
                     qPrintable(title->property("text").toString()));
        QTRY_VERIFY(shownNow(u"resultHeadline"_s).toString().startsWith(u"87.5 % overall"_s));
        QTRY_COMPARE(shownNow(u"domainScore_CALM"_s).toString(), u"87.5 % · High"_s);
        QCOMPARE(find(u"writtenAnswer_%1"_s.arg(freeTextOf(bank)))->property("text").toString(),
                 u"I like helping people find what they need."_s);
        snapshot(u"employer-assessment-result"_s);

        // An admin reads the same result, filtered to the bank.
        m_window.reset();
        client::Session::instance()->logout();
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"assessmentResults\" }"_s);
        pick(u"resultsInstrument"_s, u"Cashier screening"_s);
        QTRY_VERIFY(shownNow(u"result_%1"_s.arg(resultId), "title").isValid());
        QTRY_COMPARE(shownNow(u"domainScore_CALM"_s).toString(), u"87.5 % · High"_s);
        QVERIFY(find(u"writtenAnswer_%1"_s.arg(freeTextOf(bank))));
        snapshot(u"admin-assessment-results"_s);
    }

    void anEmployerSetsItsCultureFitTargetAndSeesApplicantsRankedByIt()
    {
        // Two applicants to the company's job: one whose means are the target exactly, one who
        // answered 3 throughout (fit 64.64, docs/assessments.md). A third applied elsewhere.
        const TestUser owner = m_server->createUser(Role::Employer);
        const TestUser elsewhere = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, owner, u"Store assistant"_s);
        const qint64 otherJob = publishJob(*m_server, elsewhere, u"Driver"_s);
        const QHash<QString, int> profile { { u"PACE"_s, 5 },
                                            { u"STRUCT"_s, 1 },
                                            { u"COLLAB"_s, 3 },
                                            { u"RISK"_s, 4 },
                                            { u"FEEDBACK"_s, 2 } };
        QHash<QString, QJsonObject> keys;
        for (const QJsonValue &value : questionsOf(u"culture-fit"_s))
            keys.insert(value.toObject().value(u"text"_s).toString(), value.toObject());
        const TestUser close = m_server->createUser(Role::Talent);
        const TestUser middle = m_server->createUser(Role::Talent);
        const TestUser outsider = m_server->createUser(Role::Talent);
        QVERIFY(apply(close, job) && apply(middle, job) && apply(outsider, otherJob));
        QVERIFY(takeTest(close, u"culture-fit"_s,
                         [&](const QJsonObject &question) {
                             const QJsonObject key
                                     = keys.value(question.value(u"text"_s).toString());
                             const int mean = profile.value(key.value(u"category"_s).toString());
                             return key.value(u"reverse_keyed"_s).toBool() ? 6 - mean : mean;
                         })
                > 0);
        QVERIFY(takeTest(middle, u"culture-fit"_s, [](const QJsonObject &) { return 3; }) > 0);
        QVERIFY(takeTest(outsider, u"culture-fit"_s, [](const QJsonObject &) { return 3; }) > 0);

        logInAs(owner, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"cultureFit\" }"_s);
        // No target yet: listed by score, with no fit; the other company's applicant is not.
        QVERIFY(find(u"ranked_%1"_s.arg(middle.id)));
        QVERIFY(find(u"ranked_%1"_s.arg(close.id)));
        QVERIFY(shownNow(u"ranked_%1"_s.arg(close.id), "subtitle")
                        .toString()
                        .startsWith(u"no fit without a target"_s));
        QVERIFY(!shownNow(u"ranked_%1"_s.arg(outsider.id), "title").isValid());
        QVERIFY(!find(u"saveTarget"_s)->isEnabled());

        // One choice per dimension the server lists; the target is saved as chosen.
        pick(u"target_PACE"_s, u"5 · high"_s);
        pick(u"target_STRUCT"_s, u"1 · low"_s);
        pick(u"target_COLLAB"_s, u"3"_s);
        pick(u"target_RISK"_s, u"4"_s);
        pick(u"target_FEEDBACK"_s, u"2"_s);
        click(find(u"saveTarget"_s));
        QTRY_COMPARE(targetOf(owner),
                     (QHash<QString, QVariant> { { u"PACE"_s, 5.0 },
                                                 { u"STRUCT"_s, 1.0 },
                                                 { u"COLLAB"_s, 3.0 },
                                                 { u"RISK"_s, 4.0 },
                                                 { u"FEEDBACK"_s, 2.0 } }));
        QTRY_VERIFY(shownNow(u"ranked_%1"_s.arg(close.id), "title").toString().startsWith(u"1. "_s));
        QVERIFY(shownNow(u"ranked_%1"_s.arg(close.id), "subtitle")
                        .toString()
                        .startsWith(u"fit 100 %"_s));
        QTRY_VERIFY(shownNow(u"ranked_%1"_s.arg(middle.id), "subtitle")
                            .toString()
                            .startsWith(u"fit 64.64 %"_s));
        QVERIFY(shownNow(u"ranked_%1"_s.arg(middle.id), "title").toString().startsWith(u"2. "_s));
        QVERIFY(!shownNow(u"ranked_%1"_s.arg(outsider.id), "title").isValid());
        snapshot(u"employer-culture-fit"_s);

        // A dimension taken out of the target is not sent; the others stay as they were.
        pick(u"target_FEEDBACK"_s, u"No target"_s);
        click(find(u"saveTarget"_s));
        QTRY_COMPARE(targetOf(owner).value(u"FEEDBACK"_s), QVariant());
        QCOMPARE(targetOf(owner).value(u"PACE"_s), QVariant(5.0));
        QCOMPARE(targetOf(owner).value(u"RISK"_s), QVariant(4.0));

        // The job's applicants show the fit beside each.
        m_window.reset();
        show(u"Applicants { anchors.fill: parent; subjectId: %1 }"_s.arg(job));
        QQuickItem *row = find(u"applicant_%1"_s.arg(close.id));
        QVERIFY(row);
        QTRY_VERIFY2(row->property("subtitle").toString().contains(u"culture fit 100 %"_s),
                     qPrintable(row->property("subtitle").toString()));
    }

    void anEmployerFindsApplicantsAndCandidatesByAScore()
    {
        // A platform bank of two statements keyed forward: a rating r scores (r − 1) × 25 %.
        QJsonArray statements;
        for (const QString &text : { u"I arrive before the shift starts"_s,
                                     u"I tell the team early when I will be late"_s })
            statements.append(QJsonObject {
                    { u"type"_s, u"likert"_s }, { u"text"_s, text }, { u"category"_s, u"P"_s } });
        const Reply bank = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject { { u"title"_s, u"Punctuality"_s },
                              { u"categories"_s,
                                QJsonArray { QJsonObject { { u"code"_s, u"P"_s },
                                                           { u"name"_s, u"Punctuality"_s } } } },
                              { u"questions"_s, statements } },
                m_admin.token);
        QCOMPARE(bank.status, 201);
        const QString slug = QString::number(bank.json().value(u"id"_s).toInteger());
        const TestUser owner = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, owner, u"Shift supervisor"_s);
        const TestUser steady = m_server->createUser(Role::Talent);
        const TestUser late = m_server->createUser(Role::Talent);
        QVERIFY(apply(steady, job) && apply(late, job));
        QVERIFY(takeTest(steady, slug, [](const QJsonObject &) { return 5; }) > 0);
        QVERIFY(takeTest(late, slug, [](const QJsonObject &) { return 3; }) > 0);

        logInAs(owner, u"employer"_s);
        show(u"Applicants { anchors.fill: parent; subjectId: %1 }"_s.arg(job));
        QVERIFY(find(u"applicant_%1"_s.arg(late.id)));
        QVERIFY(find(u"applicant_%1"_s.arg(steady.id)));
        // By the score: both, each with it; then only those at 75 % or more.
        pick(u"scoreAssessment"_s, u"Punctuality"_s);
        QTRY_VERIFY(shownNow(u"applicant_%1"_s.arg(late.id), "subtitle")
                            .toString()
                            .contains(u"Punctuality: 50 %"_s));
        QQuickItem *minimum = find(u"scoreMinimum"_s);
        QVERIFY(minimum && minimum->isEnabled());
        minimum->setProperty("value", 75);
        QMetaObject::invokeMethod(minimum, "valueModified");
        QTRY_VERIFY(!shownNow(u"applicant_%1"_s.arg(late.id), "subtitle").isValid());
        QTRY_VERIFY(shownNow(u"applicant_%1"_s.arg(steady.id), "subtitle")
                            .toString()
                            .contains(u"Punctuality: 100 %"_s));
        snapshot(u"employer-applicants-by-score"_s);

        // Outside its applicants, the company finds only a talent who shows results to every
        // employer.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"assessment_visibility"_s, u"employers"_s } },
                                 steady.token)
                         .status,
                 200);
        const TestUser rival = m_server->createUser(Role::Employer);
        QCOMPARE(m_server->post(u"/api/v1/pipelines"_s,
                                QJsonObject { { u"name"_s, u"Supervisors, 2027"_s },
                                              { u"project"_s, u"Night shifts"_s } },
                                rival.token)
                         .status,
                 201);
        m_window.reset();
        logInAs(rival, u"employer"_s);
        show(u"PipelinesPage { anchors.fill: parent }"_s);
        click(find(u"pipelineRow"_s));
        QTRY_COMPARE(find(u"pipelineTitle"_s)->property("text").toString(), u"Supervisors, 2027"_s);
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 1);
        pick(u"scoreAssessment"_s, u"Punctuality"_s);
        QQuickItem *total = find(u"candidateTotal"_s);
        QVERIFY(total);
        QTRY_COMPARE(total->property("text").toString(), u"1 talent found"_s);
        QVERIFY(shownTexts().join(u'\n').contains(u"Punctuality: 100 %"_s));
        snapshot(u"employer-candidates-by-score"_s);

        // Added to the pipeline, the candidate's card shows the scores they share.
        click(find(u"addCandidate"_s));
        QTRY_COMPARE(shownNow(u"addCandidate"_s).toString(), u"In this pipeline"_s);
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 0);
        click(find(u"candidateCard"_s));
        QTRY_COMPARE(shownNow(u"candidateScores"_s).toString(), u"Punctuality: 100 %"_s);
    }

    void aTalentsHomeCountsTheAssessmentsTaken()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        const TestUser owner = m_server->createUser(Role::Employer);
        QVERIFY(apply(talent, publishJob(*m_server, owner, u"Stock controller"_s)));
        logInAs(talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent }"_s);
        // Home comes first: the application sent, no assessment yet.
        QTRY_COMPARE(shownNow(u"figureApplications"_s, "value").toString(), u"1"_s);
        QCOMPARE(shownNow(u"figureAssessments"_s, "value").toString(), u"0"_s);
        QVERIFY(shownNow(u"profileCompletion"_s).toString().contains(u"% complete"_s));
        QVERIFY(!shownNow(u"nextProfileStep"_s).toString().isEmpty());

        // An assessment taken meanwhile counts when Home is shown again.
        QVERIFY(takeTest(talent, u"culture-fit"_s, [](const QJsonObject &) { return 4; }) > 0);
        QCOMPARE(shownNow(u"figureAssessments"_s, "value").toString(), u"0"_s);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // Jobs
        QTRY_VERIFY(!shownNow(u"figureAssessments"_s, "value").isValid());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // Home
        QTRY_COMPARE(shownNow(u"figureAssessments"_s, "value").toString(), u"1"_s);
        snapshot(u"talent-home"_s);
    }

    void aStaffMemberWhoOnlyReadsApplicantsSeesTheTargetButCannotChangeIt()
    {
        const TestUser reader = invitedEmployee(
                *m_server, m_owner,
                addCompanyRole(*m_server, m_owner, u"Reader"_s, { u"applications.read"_s }),
                u"fit-reader@example.com"_s);
        QVERIFY(!reader.token.isEmpty());
        logInAs(reader, u"staff"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"cultureFit"_s));
        QVERIFY(!sectionNames().contains(u"assessments"_s));
        find(u"sections"_s)->setProperty("currentIndex", sectionNames().indexOf(u"cultureFit"_s));
        QQuickItem *pace = find(u"target_PACE"_s);
        QVERIFY(pace);
        QVERIFY(!pace->isEnabled());
        QVERIFY(!shownNow(u"saveTarget"_s).isValid());
    }

    void anAdminAddsAReadingPassageWithItsQuestions()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentBanksPage { anchors.fill: parent }"_s);
        click(find(u"bank_comprehension"_s));
        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Reading comprehension"_s);
        click(find(u"passagesTab"_s));
        const int before = passagesOf(u"comprehension"_s).size();
        QVERIFY(before > 0);
        QTRY_VERIFY(shownNow(u"passagesTab"_s).toString() == u"Reading passages (%1)"_s.arg(before));

        click(find(u"addPassage"_s));
        type(u"passageTitle"_s, u"The night market"_s);
        type(u"passageBody"_s, u"Stalls open at dusk."_s);
        type(u"passageQuestion_0"_s, u"When do the stalls open?"_s);
        type(u"passageOption_0_0"_s, u"At noon"_s);
        type(u"passageOption_0_1"_s, u"At dusk"_s);
        click(find(u"savePassage"_s));
        // Too short a passage and no correct option: said beside each before anything is sent.
        QVERIFY(find(u"passageBodyError"_s));
        QVERIFY(find(u"passageBodyError"_s)->property("text").toString().contains(u"50"_s));
        QCOMPARE(find(u"passageOptions_0Error"_s)->property("text").toString(),
                 u"Mark the one correct option"_s);
        QCOMPARE(passagesOf(u"comprehension"_s).size(), before);

        const QString body = u"Stalls open at dusk along the old rail line. Traders bring lamps, "
                             u"grills and music, and by nine the lane is full of families buying "
                             u"suya, fabric and phone cases. The market closes at midnight."_s;
        type(u"passageBody"_s, body);
        click(find(u"passageCorrect_0_1"_s));
        click(find(u"addPassageQuestion"_s));
        type(u"passageQuestion_1"_s, u"What closes the market?"_s);
        type(u"passageOption_1_0"_s, u"Rain"_s);
        type(u"passageOption_1_1"_s, u"The traders' choice"_s);
        click(find(u"addPassageOption_1"_s));
        type(u"passageOption_1_2"_s, u"Midnight"_s);
        click(find(u"passageCorrect_1_2"_s));
        // The first question's text and choice survived the second one's rows being drawn.
        QCOMPARE(find(u"passageQuestion_0"_s)->property("text").toString(),
                 u"When do the stalls open?"_s);
        QVERIFY(find(u"passageCorrect_0_1"_s)->property("checked").toBool());
        QVERIFY(!shownNow(u"passageBodyError"_s).isValid());
        click(find(u"savePassage"_s));

        QJsonObject passage;
        QTRY_VERIFY(!(passage
                      = findBy(passagesOf(u"comprehension"_s), u"title"_s, u"The night market"_s))
                             .isEmpty());
        QCOMPARE(passage.value(u"body"_s).toString(), body);
        QCOMPARE(passage.value(u"word_count"_s).toInt(), 35);
        const QJsonArray questions = passage.value(u"questions"_s).toArray();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(valuesOf(questions, u"type"_s), (QStringList { u"passage"_s, u"passage"_s }));
        QCOMPARE(questions.at(0).toObject().value(u"text"_s).toString(),
                 u"When do the stalls open?"_s);
        QCOMPARE(correctKeys(questions.at(0).toObject()), QStringList { u"b"_s });
        QCOMPARE(correctKeys(questions.at(1).toObject()), QStringList { u"c"_s });
        QCOMPARE(questions.at(1).toObject().value(u"options"_s).toArray().size(), 3);

        const qint64 id = passage.value(u"id"_s).toInteger();
        QTRY_COMPARE(shownNow(u"passagesTab"_s).toString(),
                     u"Reading passages (%1)"_s.arg(before + 1));
        reveal(u"passage_%1"_s.arg(id));
        QTRY_VERIFY(shownNow(u"passageSummary_%1"_s.arg(id))
                            .toString()
                            .startsWith(u"35 words · 2 questions"_s));
        snapshot(u"admin-reading-passages"_s);

        // Out of the pool: its questions are not drawn, so neither is the passage; and back.
        clickInView(u"togglePassage_%1"_s.arg(id));
        QTRY_VERIFY(!activeOf(findBy(passagesOf(u"comprehension"_s), u"id"_s, id)).contains(true));
        QTRY_VERIFY(shownNow(u"passageSummary_%1"_s.arg(id)).toString().contains(u"not drawn"_s));
        clickInView(u"togglePassage_%1"_s.arg(id));
        QTRY_VERIFY(!activeOf(findBy(passagesOf(u"comprehension"_s), u"id"_s, id)).contains(false));
    }

    void anAdminCorrectsAPassageUntilAnAttemptDrawsIt()
    {
        // A platform bank whose one passage has one question: every attempt draws it.
        const Reply created
                = m_server->post(u"/api/v1/assessments"_s,
                                 QJsonObject { { u"title"_s, u"Reading drill"_s } }, m_admin.token);
        QCOMPARE(created.status, 201);
        const qint64 bank = created.json().value(u"id"_s).toInteger();
        const QString body = u"The ferry leaves the jetty at seven and crosses the lagoon in forty "
                             u"minutes, stopping once at the fish market on the island."_s;
        const auto option = [](const QString &key, const QString &text, bool correct) {
            return QJsonObject { { u"key"_s, key }, { u"text"_s, text }, { u"correct"_s, correct } };
        };
        const Reply added = m_server->post(
                u"/api/v1/assessments/%1/passages"_s.arg(bank),
                QJsonObject { { u"title"_s, u"The ferry crosing"_s },
                              { u"body"_s, body },
                              { u"questions"_s,
                                QJsonArray { QJsonObject {
                                        { u"text"_s, u"Where does the ferry stop?"_s },
                                        { u"options"_s,
                                          QJsonArray { option(u"a"_s, u"At the fish market"_s, true),
                                                       option(u"b"_s, u"At the bridge"_s,
                                                              false) } } } } } },
                m_admin.token);
        QCOMPARE(added.status, 201);
        const qint64 id = added.json().value(u"id"_s).toInteger();

        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentBanksPage { anchors.fill: parent }"_s);
        click(find(u"bank_bank-%1"_s.arg(bank)));
        QTRY_COMPARE(shownNow(u"bankHeading"_s).toString(), u"Reading drill"_s);
        click(find(u"passagesTab"_s));
        clickInView(u"editPassage_%1"_s.arg(id));
        // Every field as the server keeps it, so nothing is lost by saving; the questions are
        // edited one by one in the list.
        QTRY_COMPARE(shownNow(u"passageTitle"_s).toString(), u"The ferry crosing"_s);
        QCOMPARE(shownNow(u"passageBody"_s).toString(), body);
        QVERIFY(find(u"passageEditNote"_s));
        QVERIFY(!shownNow(u"passageQuestion_0"_s).isValid());
        QCOMPARE(shownNow(u"savePassage"_s).toString(), u"Save passage"_s);

        // A blank title and too short a text: said beside each, nothing sent.
        type(u"passageTitle"_s, u""_s);
        type(u"passageBody"_s, u"The ferry leaves at seven."_s);
        click(find(u"savePassage"_s));
        QTRY_COMPARE(shownNow(u"passageTitleError"_s).toString(), u"Write the title"_s);
        QVERIFY(shownNow(u"passageBodyError"_s).toString().contains(u"50"_s));
        QCOMPARE(passageOf(bank, id).value(u"title"_s).toString(), u"The ferry crosing"_s);

        const QString corrected = body + u" It returns at six."_s;
        type(u"passageTitle"_s, u"The ferry crossing"_s);
        type(u"passageBody"_s, corrected);
        snapshot(u"admin-reading-passage-editor"_s);
        click(find(u"savePassage"_s));
        QTRY_COMPARE(passageOf(bank, id).value(u"title"_s).toString(), u"The ferry crossing"_s);
        QCOMPARE(passageOf(bank, id).value(u"body"_s).toString(), corrected);
        QCOMPARE(passageOf(bank, id).value(u"word_count"_s).toInt(), 27);
        QTRY_VERIFY(!shownNow(u"passageForm"_s, "visible").toBool());
        QTRY_VERIFY(shownNow(u"passageSummary_%1"_s.arg(id)).toString().startsWith(u"27 words"_s));

        // A talent draws it while the editor is open again: the server keeps the text they read,
        // the dialog says why above its buttons and keeps what was typed.
        clickInView(u"editPassage_%1"_s.arg(id));
        type(u"passageTitle"_s, u"The ferry crossing at dawn"_s);
        const Reply attempt = m_server->post(u"/api/v1/assessments/%1/attempts"_s.arg(bank),
                                             QJsonObject(), m_talent.token);
        QCOMPARE(attempt.status, 201);
        click(find(u"savePassage"_s));
        QTRY_VERIFY(shownNow(u"passageError"_s).toString().contains(u"1 attempt"_s));
        QCOMPARE(shownNow(u"passageTitle"_s).toString(), u"The ferry crossing at dawn"_s);
        QCOMPARE(passageOf(bank, id).value(u"title"_s).toString(), u"The ferry crossing"_s);
        click(find(u"cancelPassage"_s));

        // The list shown again, the drawn passage says why it stays and is corrected as a new
        // one, its questions and keys copied.
        QTRY_VERIFY(shownNow(u"passageLocked_%1"_s.arg(id))
                            .toString()
                            .startsWith(u"Read in 1 attempt"_s));
        QVERIFY(!shownNow(u"editPassage_%1"_s.arg(id)).isValid());
        reveal(u"passage_%1"_s.arg(id));
        snapshot(u"admin-reading-passage-drawn"_s);
        clickInView(u"copyPassage_%1"_s.arg(id));
        QTRY_COMPARE(shownNow(u"passageTitle"_s).toString(), u"The ferry crossing"_s);
        QCOMPARE(shownNow(u"passageBody"_s).toString(), corrected);
        QCOMPARE(shownNow(u"passageQuestion_0"_s).toString(), u"Where does the ferry stop?"_s);
        QCOMPARE(shownNow(u"passageOption_0_0"_s).toString(), u"At the fish market"_s);
        QVERIFY(shownNow(u"passageCorrect_0_0"_s, "checked").toBool());
        type(u"passageTitle"_s, u"The ferry crossing at dawn"_s);
        click(find(u"savePassage"_s));
        QJsonObject copy;
        QTRY_VERIFY(!(copy = findBy(passagesOf(QString::number(bank)), u"title"_s,
                                    u"The ferry crossing at dawn"_s))
                             .isEmpty());
        QCOMPARE(copy.value(u"body"_s).toString(), corrected);
        const QJsonArray questions = copy.value(u"questions"_s).toArray();
        QCOMPARE(questions.size(), 1);
        QCOMPARE(correctKeys(questions.at(0).toObject()), QStringList { u"a"_s });
        QCOMPARE(passageOf(bank, id).value(u"title"_s).toString(), u"The ferry crossing"_s);
    }

    void reportsCountTheSeededAttemptsForAdminsAndEachCompanyItsOwnApplicants()
    {
        // A platform bank of an agreement item in Poise and one in Focus. Three takers rate Poise
        // 5, 3 and 1 (100 %, 50 %, 0 %: a mean of 50 %, one taker in the first, middle and last
        // fifth) and Focus 4, 4 and 2 (75 %, 75 %, 25 %: 58.33 %); overall 87.5 %, 62.5 % and
        // 12.5 %: 54.17 %. The first two applied to one company, the third to another. Percentiles
        // lie between the nearest ranks at (n - 1) × p: Poise's 25th, 50th, 75th and 90th are 25,
        // 50, 75 and 90 %; Focus's 50, 75, 75 and 75 %; the overall score's 37.5, 62.5, 75 and
        // 82.5 %.
        const auto likertIn = [](const QString &code, const QString &text) {
            return QJsonObject { { u"type"_s, u"likert"_s },
                                 { u"category"_s, code },
                                 { u"text"_s, text } };
        };
        const Reply created = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject { { u"title"_s, u"Poise check"_s },
                              { u"retake_days"_s, 0 },
                              { u"categories"_s,
                                QJsonArray { QJsonObject { { u"code"_s, u"POISE"_s },
                                                           { u"name"_s, u"Poise"_s } },
                                             QJsonObject { { u"code"_s, u"FOCUS"_s },
                                                           { u"name"_s, u"Focus"_s } } } },
                              { u"questions"_s,
                                QJsonArray { likertIn(u"POISE"_s, u"I keep my poise."_s),
                                             likertIn(u"FOCUS"_s, u"I keep my focus."_s) } } },
                m_admin.token);
        QCOMPARE(created.status, 201);
        const QString bank = QString::number(created.json().value(u"id"_s).toInteger());
        const TestUser company = m_server->createUser(Role::Employer);
        const TestUser other = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, company, u"Cook"_s);
        const qint64 otherJob = publishJob(*m_server, other, u"Baker"_s);
        const QList<QPair<int, int>> ratings { { 5, 4 }, { 3, 4 }, { 1, 2 } };
        for (int i = 0; i < ratings.size(); ++i) {
            const TestUser taker = m_server->createUser(Role::Talent);
            QVERIFY(apply(taker, i < 2 ? job : otherJob));
            const QPair<int, int> rating = ratings.at(i);
            QVERIFY(takeTest(taker, bank,
                             [rating](const QJsonObject &question) {
                                 return question.value(u"text"_s).toString().contains(u"poise"_s)
                                         ? rating.first
                                         : rating.second;
                             })
                    > 0);
        }
        const QJsonObject platform
                = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(bank), m_admin.token).json();
        QCOMPARE(platform.value(u"takers"_s).toInt(), 3);
        const QJsonArray categories = platform.value(u"categories"_s).toArray();
        const QJsonObject poise = findBy(categories, u"code"_s, u"POISE"_s);
        QCOMPARE(poise.value(u"mean_percent"_s).toDouble(), 50.0);
        QCOMPARE(countsOf(poise), (QVariantList { 1, 0, 1, 0, 1 }));
        QCOMPARE(findBy(categories, u"code"_s, u"FOCUS"_s).value(u"mean_percent"_s).toDouble(),
                 58.33);

        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"assessmentReports\" }"_s);
        pick(u"reportInstrument"_s, u"Poise check"_s);
        QQuickItem *takers = find(u"reportTakers"_s);
        QVERIFY(takers);
        QTRY_VERIFY2(takers->property("text").toString().startsWith(u"3 takers on Poise check"_s),
                     qPrintable(takers->property("text").toString()));
        QCOMPARE(find(u"mean_POISE"_s)->property("text").toString(), u"50 % · 3 takers"_s);
        QCOMPARE(find(u"spreadChart"_s)->property("values").toList(),
                 (QVariantList { 1, 0, 1, 0, 1 }));
        QCOMPARE(find(u"monthTakers"_s)->property("values").toList(), QVariantList { 3 });
        QCOMPARE(find(u"mean_FOCUS"_s)->property("text").toString(), u"58.3 % · 3 takers"_s);
        QCOMPARE(find(u"monthMeans"_s)->property("values").toList(), QVariantList { 54.17 });
        QCOMPARE(percentilesShown(u"POISE"_s),
                 (QStringList { u"25 %"_s, u"50 %"_s, u"75 %"_s, u"90 %"_s }));
        QCOMPARE(percentilesShown(u"FOCUS"_s),
                 (QStringList { u"50 %"_s, u"75 %"_s, u"75 %"_s, u"75 %"_s }));
        QCOMPARE(percentilesShown(u"overall"_s),
                 (QStringList { u"37.5 %"_s, u"62.5 %"_s, u"75 %"_s, u"82.5 %"_s }));
        snapshot(u"admin-assessment-report"_s);
        reveal(u"reportPercentiles"_s);
        snapshot(u"admin-assessment-report-percentiles"_s);

        // A period: a day that is not one is refused beside its field; a later period is empty.
        type(u"reportFrom"_s, u"2026-13-01"_s);
        click(find(u"showReport"_s));
        QQuickItem *problem = find(u"reportFromError"_s);
        QVERIFY(problem);
        QVERIFY2(!problem->property("text").toString().isEmpty(),
                 qPrintable(problem->property("text").toString()));
        type(u"reportFrom"_s,
             QDate::currentDate().addDays(2).toString(Qt::ISODate)); // beyond any time zone
        click(find(u"showReport"_s));
        QTRY_VERIFY(shownNow(u"reportTakers"_s).toString().startsWith(u"0 takers"_s));
        QVERIFY(find(u"reportEmpty"_s));
        QVERIFY(!shownNow(u"reportFromError"_s).isValid());

        // The company counts its own two applicants only: 5 and 3, a mean of 75 %.
        m_window.reset();
        client::Session::instance()->logout();
        logInAs(company, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"assessmentReports\" }"_s);
        pick(u"reportInstrument"_s, u"Poise check"_s);
        takers = find(u"reportTakers"_s);
        QVERIFY(takers);
        QTRY_VERIFY2(
                takers->property("text").toString().startsWith(u"2 takers among your applicants"_s),
                qPrintable(takers->property("text").toString()));
        QCOMPARE(find(u"mean_POISE"_s)->property("text").toString(), u"75 % · 2 takers"_s);
        QCOMPARE(find(u"spreadChart"_s)->property("values").toList(),
                 (QVariantList { 0, 0, 1, 0, 1 }));
        // Its own two: Poise 50 and 100 %.
        QCOMPARE(percentilesShown(u"POISE"_s),
                 (QStringList { u"62.5 %"_s, u"75 %"_s, u"87.5 %"_s, u"95 %"_s }));
        QCOMPARE(m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(bank), company.token)
                         .json()
                         .value(u"takers"_s)
                         .toInt(),
                 2);
        snapshot(u"employer-assessment-report"_s);
    }

    void aFocusedListEntryShowsOneFrame()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentBanksPage { anchors.fill: parent }"_s);
        QQuickItem *list = listOf(find(u"bank_personality"_s));
        QVERIFY(list);
        // The keyboard on the list: its frame around the current entry, and no border of the
        // entry's own beside it.
        list->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QQuickItem *current = list->property("currentItem").value<QQuickItem *>();
        QVERIFY(current);
        QTRY_VERIFY(shownNow(u"focusFrame"_s, "visible").toBool());
        QCOMPARE(current->property("border").value<QObject *>()->property("width").toInt(), 1);
    }

    void listsStartUnderTheirFilters_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("entry");
        QTest::addRow("banks") << u"AssessmentBanksPage"_s << u"bank_personality"_s;
        QTest::addRow("results") << u"AssessmentResultsPage"_s << u"result_"_s;
    }
    void listsStartUnderTheirFilters()
    {
        QFETCH(QString, page);
        QFETCH(QString, entry);
        if (page == u"AssessmentResultsPage"_s) // a result to list, whatever ran before
            QVERIFY(takeTest(m_server->createUser(Role::Talent), u"soft-skills"_s,
                             [](const QJsonObject &) { return 3; })
                    > 0);
        logInAs(m_admin, u"admin"_s);
        show(u"%1 { anchors.fill: parent }"_s.arg(page));
        QQuickItem *list = nullptr;
        const QDeadlineTimer deadline(10000);
        while (!list && !deadline.hasExpired()) {
            QTest::qWait(50);
            list = listOf(itemNamedFrom(m_window->contentItem(), entry));
        }
        QVERIFY(list);
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
        QQuickItem *first = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first),
                                  Q_ARG(int, 0));
        QVERIFY(first);
        // The rows start where their list does: no room is left empty above them once they came.
        const qreal above
                = first->mapToScene({ 0, 0 }).y() - list->parentItem()->mapToScene({ 0, 0 }).y();
        QCOMPARE(above, 0.0);
    }

    void everyAssessmentIsOfferedPastTheFirstHundred()
    {
        // The choices were the first page of a hundred: a bank past it could not be chosen.
        // Last of the suite: the banks it adds would push others out of the lists above.
        const auto total = [this] {
            return m_server->get(u"/api/v1/assessments?limit=1"_s, m_admin.token)
                    .json()
                    .value(u"meta"_s)
                    .toObject()
                    .value(u"total"_s)
                    .toInt();
        };
        for (int made = total(); made <= 100; ++made)
            QCOMPARE(m_server->post(u"/api/v1/assessments"_s,
                                    QJsonObject { { u"title"_s, u"Filler bank %1"_s.arg(made) } },
                                    m_admin.token)
                             .status,
                     201);
        QVERIFY(total() > 100);
        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentResultsPage { anchors.fill: parent }"_s);
        QQuickItem *box = find(u"resultsInstrument"_s);
        QVERIFY(box);
        // Every assessment, after "Every assessment".
        QTRY_COMPARE(box->property("count").toInt(), total() + 1);
    }

private:
    /** The first visible item whose name starts with @p prefix. */
    static QQuickItem *itemNamedFrom(QQuickItem *root, const QString &prefix)
    {
        if (!root->isVisible())
            return nullptr;
        if (root->objectName().startsWith(prefix))
            return root;
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = itemNamedFrom(child, prefix))
                return found;
        }
        return nullptr;
    }

    /** The list view showing @p entry. */
    static QQuickItem *listOf(QQuickItem *entry)
    {
        QQuickItem *list = entry;
        while (list && !list->inherits("QQuickListView"))
            list = list->parentItem();
        return list;
    }

    /** Applies @p talent to @p job; whether the server took it. */
    bool apply(const TestUser &talent, qint64 job)
    {
        return m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject(),
                              talent.token)
                       .status
                == 201;
    }

    /** @p talent takes @p instrument, rating each agreement item as @p rate says; the result. */
    qint64 takeTest(const TestUser &talent, const QString &instrument,
                    const std::function<int(const QJsonObject &)> &rate)
    {
        const Reply attempt = m_server->post(u"/api/v1/assessments/%1/attempts"_s.arg(instrument),
                                             QJsonObject(), talent.token);
        if (attempt.status != 201)
            return 0;
        QJsonArray answers;
        for (const QJsonValue &value : attempt.json().value(u"questions"_s).toArray()) {
            const QJsonObject question = value.toObject();
            answers.append(QJsonObject { { u"question_id"_s, question.value(u"id"_s) },
                                         { u"rating"_s, rate(question) } });
        }
        const Reply submitted
                = m_server->post(u"/api/v1/assessments/%1/submissions"_s.arg(instrument),
                                 QJsonObject { { u"answers"_s, answers } }, talent.token);
        return submitted.status == 200 ? submitted.json().value(u"id"_s).toInteger() : 0;
    }

    /** The company's culture-fit target as the server keeps it: code → target (null: none). */
    QHash<QString, QVariant> targetOf(const TestUser &owner)
    {
        QHash<QString, QVariant> targets;
        const QJsonArray rows
                = m_server->get(u"/api/v1/assessments/culture-fit/target"_s, owner.token)
                          .json()
                          .value(u"targets"_s)
                          .toArray();
        for (const QJsonValue &value : rows) {
            const QJsonValue target = value.toObject().value(u"target"_s);
            targets.insert(value.toObject().value(u"category"_s).toString(),
                           target.isNull() ? QVariant() : QVariant(target.toDouble()));
        }
        return targets;
    }

    QJsonArray passagesOf(const QString &bank)
    {
        return m_server->get(u"/api/v1/assessments/%1/passages?limit=100"_s.arg(bank), m_admin.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    /** The passage @p id of @p bank as the server keeps it. */
    QJsonObject passageOf(qint64 bank, qint64 id)
    {
        return findBy(passagesOf(QString::number(bank)), u"id"_s, id);
    }

    /** Whether each question of @p passage is active. */
    static QList<bool> activeOf(const QJsonObject &passage)
    {
        QList<bool> active;
        for (const QJsonValue &value : passage.value(u"questions"_s).toArray())
            active.append(value.toObject().value(u"active"_s).toBool());
        return active;
    }

    /** The report's 25th, 50th, 75th and 90th percentiles of @p code ("overall") as shown. */
    QStringList percentilesShown(const QString &code)
    {
        QStringList shown;
        for (const QString &key : { u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s }) {
            QQuickItem *cell = find(key + u'_' + code);
            shown.append(cell ? cell->property("text").toString() : QString());
        }
        return shown;
    }

    /** A report category's distribution: the count in each fifth. */
    static QVariantList countsOf(const QJsonObject &category)
    {
        QVariantList counts;
        for (const QJsonValue &value : category.value(u"distribution"_s).toArray())
            counts.append(value.toObject().value(u"count"_s).toInt());
        return counts;
    }

    /** Opens the question editor of the bank shown, for a new question. */
    void openNewQuestion()
    {
        // The question saved before is on the server before its answer reaches the page, and
        // until then its editor stays open, its modal overlay over Add question: a person waits
        // for it to close before clicking, and so does this.
        QTRY_VERIFY(!visibleItem(m_window->contentItem(), u"saveQuestion"_s));
        click(find(u"addQuestion"_s));
        QVERIFY(find(u"saveQuestion"_s));
    }

    /** Chooses @p text in the combo box named @p name, as a person does: it says it was chosen. */
    void pick(const QString &name, const QString &text)
    {
        choose(name, text);
        QQuickItem *box = find(name);
        QVERIFY(box);
        QMetaObject::invokeMethod(box, "activated",
                                  Q_ARG(int, box->property("currentIndex").toInt()));
    }

    /** The platform bank titled @p title; its id, or 0. */
    qint64 platformBank(const QString &title)
    {
        const QJsonArray banks
                = m_server->get(u"/api/v1/assessments?owner=platform&q=%1"_s.arg(percent(title)),
                                m_admin.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        return findBy(banks, u"title"_s, title).value(u"id"_s).toInteger();
    }

    QJsonArray questionsOf(const QString &bank)
    {
        return m_server
                ->get(u"/api/v1/assessments/%1/questions?limit=100"_s.arg(bank), m_admin.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    /** The question of @p bank whose text holds @p words, with its key; empty if none. */
    QJsonObject questionOf(const QString &bank, const QString &words)
    {
        for (const QJsonValue &value : questionsOf(bank)) {
            if (value.toObject().value(u"text"_s).toString().contains(words))
                return value.toObject();
        }
        return {};
    }
    QJsonObject questionOf(qint64 bank, const QString &words)
    {
        return questionOf(QString::number(bank), words);
    }

    qint64 freeTextOf(qint64 bank)
    {
        return findBy(questionsOf(QString::number(bank)), u"type"_s, u"free_text"_s)
                .value(u"id"_s)
                .toInteger();
    }

    static QStringList correctKeys(const QJsonObject &question)
    {
        QStringList keys;
        for (const QJsonValue &value : question.value(u"options"_s).toArray()) {
            if (value.toObject().value(u"correct"_s).toBool())
                keys.append(value.toObject().value(u"key"_s).toString());
        }
        return keys;
    }

    TestUser m_admin;
    TestUser m_owner;
    TestUser m_talent;
};

QTEST_MAIN(TestAssessmentPages)
#include "tst_pages_assessments.moc"
