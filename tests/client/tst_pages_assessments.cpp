// SPDX-License-Identifier: Apache-2.0
// The staff's side of assessments driven as a person would (click, choose, type) against the real
// server: the bank editor of admins and of a company's staff, and the results they may read.
#include "fixtures.h"
#include "pagetest.h"

#include "session.h"

#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QtTest>

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

private:
    /** Opens the question editor of the bank shown, for a new question. */
    void openNewQuestion()
    {
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
