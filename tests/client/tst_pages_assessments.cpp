// SPDX-License-Identifier: Apache-2.0
// The staff's side of assessments driven as a person would (click, choose, type) against the real
// server: the bank editor of admins and of a company's staff, reading passages, and the lists
// under their filters.
#include "assessmentpagetest.h"

#include "session.h"

#include <QQmlEngineExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAssessmentPages : public AssessmentPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
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

    static QStringList correctKeys(const QJsonObject &question)
    {
        QStringList keys;
        for (const QJsonValue &value : question.value(u"options"_s).toArray()) {
            if (value.toObject().value(u"correct"_s).toBool())
                keys.append(value.toObject().value(u"key"_s).toString());
        }
        return keys;
    }
};

QTEST_MAIN(TestAssessmentPages)
#include "tst_pages_assessments.moc"
