// SPDX-License-Identifier: Apache-2.0
// The engine's rules around scoring: browsing and seeding the banks, editing them, the server's
// clock, one attempt at a time, one result per attempt, retakes, bad input, and who sees what.
#include "areas/assessments.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject likert(const QString &text, const QString &category = u"X"_s)
{
    return { { u"type"_s, u"likert"_s }, { u"text"_s, text }, { u"category"_s, category } };
}

QJsonObject option(const QString &key, bool correct)
{
    return { { u"key"_s, key }, { u"text"_s, key.toUpper() }, { u"correct"_s, correct } };
}

} // namespace

class TestAssessmentsAccess : public QObject, public AssessmentsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void banksAreBrowsedAndSeededOnce();
    void adminsEditThePlatformBank();
    void questionInputNamesTheField_data();
    void questionInputNamesTheField();
    void bankEditingIsForItsOwners_data();
    void bankEditingIsForItsOwners();
    void aBankWithoutPassagesListsNone();
    void aPassageIsCorrectedByItsBanksEditors_data();
    void aPassageIsCorrectedByItsBanksEditors();
    void aPassageEditNamesTheFieldItRefuses_data();
    void aPassageEditNamesTheFieldItRefuses();
    void aDrawnPassageKeepsTheTextItsTakersRead();
    void inactiveQuestionsAreNotDrawn();
    void answersAfterTheDeadlineAreRefused();
    void oneAttemptAtATimeAndItResumes();
    void simultaneousSubmissionsGiveOneResult();
    void retakesWaitForTheCoolOff();
    void answerInputIsChecked();
    void resultsAreSeenByTheTalentStaffAndApplicantsCompanies_data();
    void resultsAreSeenByTheTalentStaffAndApplicantsCompanies();
    void listsAndReportsKeepToTheCompanysApplicants();
    void anotherCompanysBankAndADraftRevealNothing();
    void rolesAndSkills();
    void anonymousCallsAreRefused_data();
    void anonymousCallsAreRefused();
    void wrongRolesAreRefused_data();
    void wrongRolesAreRefused();

private:
    /** A one-category bank with @p questions likert items and @p extra settings; its id. */
    qint64 smallBank(const QString &title, int questions, const QJsonObject &extra = {},
                     const TestUser *by = nullptr);

    /** A bank of @p by's with one reading passage of one question; the passage's id. */
    qint64 readingBank(const QString &title, const TestUser &by, qint64 *bank = nullptr);
    /** m_readingBank and m_passage, made the first time. */
    void ownReadingBank();

    qint64 m_ownBank = 0; // the owner's company's bank
    qint64 m_readingBank = 0; // the owner's company's bank with one passage, m_passage
    qint64 m_passage = 0;
    qint64 m_applicantResult = 0; // m_talent's result; m_talent applied to the owner's job
};

qint64 TestAssessmentsAccess::smallBank(const QString &title, int questions,
                                        const QJsonObject &extra, const TestUser *by)
{
    QJsonObject body {
        { u"title"_s, title },
        { u"categories"_s,
          QJsonArray { QJsonObject { { u"code"_s, u"X"_s }, { u"name"_s, u"Drive"_s } } } }
    };
    QJsonArray items;
    for (int i = 1; i <= questions; ++i)
        items.append(likert(u"%1 statement %2"_s.arg(title).arg(i)));
    body.insert(u"questions"_s, items);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return createBank(body, by);
}

void TestAssessmentsAccess::aBankWithoutPassagesListsNone()
{
    const qint64 bank = createBank(QJsonObject { { u"title"_s, u"No reading yet"_s } }, &m_owner);
    QVERIFY(bank > 0);
    const Reply passages
            = m_server->get(u"/api/v1/assessments/%1/passages"_s.arg(bank), m_owner.token);
    QCOMPARE(passages.status, 200);
    QCOMPARE(passages.json().value(u"data"_s).toArray().size(), 0);
}

void TestAssessmentsAccess::ownReadingBank()
{
    // Made when first needed rather than at the start, so the banks the company lists before
    // are one.
    if (!m_passage)
        m_passage = readingBank(u"Owner reading"_s, m_owner, &m_readingBank);
    QVERIFY(m_passage > 0);
}

qint64 TestAssessmentsAccess::readingBank(const QString &title, const TestUser &by, qint64 *bank)
{
    const qint64 id = createBank(QJsonObject { { u"title"_s, title } }, &by);
    if (bank)
        *bank = id;
    const QJsonObject question { { u"text"_s, u"Where do the stalls stand?"_s },
                                 { u"options"_s,
                                   QJsonArray { option(u"a"_s, false), option(u"b"_s, true) } } };
    const Reply passage = m_server->post(
            u"/api/v1/assessments/%1/passages"_s.arg(id),
            QJsonObject { { u"title"_s, u"The night market"_s },
                          { u"body"_s,
                            u"Stalls open at dusk along the old rail line, and by nine the lane "
                            u"is full of families."_s },
                          { u"questions"_s, QJsonArray { question } } },
            by.token);
    return passage.status == 201 ? passage.json().value(u"id"_s).toInteger() : 0;
}

void TestAssessmentsAccess::initTestCase()
{
    setUp();
    m_ownBank = smallBank(u"Owner screening"_s, 2, { { u"retake_days"_s, 0 } }, &m_owner);
    QVERIFY(m_ownBank > 0);
    applyTo(m_talent, m_job);
    const QJsonObject result
            = takeTest(m_talent, QString::number(m_ownBank), [](const QJsonObject &) {
                  return QJsonObject { { u"rating"_s, 4 } };
              });
    m_applicantResult = result.value(u"id"_s).toInteger();
    QVERIFY(m_applicantResult > 0);
}

void TestAssessmentsAccess::banksAreBrowsedAndSeededOnce()
{
    const Reply list = m_server->get(u"/api/v1/assessments?limit=50"_s, m_otherTalent.token);
    QCOMPARE(list.status, 200);
    const QSet<QString> slugs = valueSet(list.json().value(u"data"_s), u"slug"_s);
    for (const QString &slug : { u"personality"_s, u"soft-skills"_s, u"culture-fit"_s,
                                 u"scenario"_s, u"integrity"_s, u"level-one"_s, u"comprehension"_s })
        QVERIFY2(slugs.contains(slug), qPrintable(slug));
    // A company sees the platform's banks and its own, never another company's.
    const QSet<QString> theirs
            = valueSet(m_server->get(u"/api/v1/assessments?limit=50"_s, m_otherOwner.token)
                               .json()
                               .value(u"data"_s),
                       u"id"_s);
    QVERIFY(!theirs.contains(QString::number(m_ownBank)));
    QVERIFY(valueSet(m_server->get(u"/api/v1/assessments?limit=50"_s, m_owner.token)
                             .json()
                             .value(u"data"_s),
                     u"id"_s)
                    .contains(QString::number(m_ownBank)));
    // The bank editor lists one owner's banks: the company its own, admins the platform's.
    QCOMPARE(valuesOf(m_server->get(u"/api/v1/assessments?owner=company&limit=50"_s, m_owner.token)
                              .json()
                              .value(u"data"_s),
                      u"id"_s),
             QStringList { QString::number(m_ownBank) });
    const QSet<QString> platform = valueSet(
            m_server->get(u"/api/v1/assessments?owner=platform&limit=50"_s, m_admin.token)
                    .json()
                    .value(u"data"_s),
            u"slug"_s);
    QVERIFY(platform.contains(u"personality"_s));
    QVERIFY(!platform.contains(u"bank-%1"_s.arg(m_ownBank)));

    const Reply categories
            = m_server->get(u"/api/v1/assessments/personality/categories"_s, m_talent.token);
    QCOMPARE(categories.status, 200);
    const QJsonArray domains = categories.json().value(u"data"_s).toArray().isEmpty()
            ? QJsonDocument::fromJson(categories.body).array()
            : QJsonArray();
    QCOMPARE(valuesOf(domains, u"code"_s), (QStringList { u"O"_s, u"C"_s, u"E"_s, u"A"_s, u"N"_s }));
    for (const QJsonValue &domain : domains)
        QCOMPARE(domain.toObject().value(u"facets"_s).toArray().size(), 6);
    const Reply headings
            = m_server->get(u"/api/v1/assessments/soft-skills/headings"_s, m_talent.token);
    QCOMPARE(QJsonDocument::fromJson(headings.body).array().size(), 5);
    QVERIFY(!QJsonDocument::fromJson(headings.body).array().at(0).toObject().contains(u"facets"_s));

    const qint64 openness = domains.at(0).toObject().value(u"id"_s).toInteger();
    const Reply detail = m_server->get(
            u"/api/v1/assessments/personality/categories/%1"_s.arg(openness), m_talent.token);
    QCOMPARE(detail.status, 200);
    QCOMPARE(detail.json().value(u"questions"_s).toInt(), 12);
    QVERIFY(!detail.json().value(u"bands"_s).toObject().value(u"low"_s).toString().isEmpty());

    const Reply byTitle = m_server->get(
            u"/api/v1/assessments/by-title?title=PERSONALITY%20(big%20five)"_s, m_talent.token);
    QCOMPARE(byTitle.status, 200);
    QCOMPARE(byTitle.json().value(u"slug"_s).toString(), u"personality"_s);
    QCOMPARE(m_server->get(u"/api/v1/assessments/by-title?title=Owner%20screening"_s,
                           m_otherOwner.token)
                     .status,
             404);

    // The banks were loaded at start: seeding again adds nothing, and changes nothing.
    for (const QString &door :
         { u"/api/v1/assessments/personality/seed"_s, u"/api/v1/assessments/culture-fit/seed"_s }) {
        const Reply seeded = m_server->post(door, QJsonObject {}, m_admin.token);
        QCOMPARE(seeded.status, 200);
        const QJsonObject bank = seeded.json().value(u"banks"_s).toArray().at(0).toObject();
        QCOMPARE(bank.value(u"questions_added"_s).toInt(), 0);
        QCOMPARE(bank.value(u"categories_added"_s).toInt(), 0);
    }
    QCOMPARE(bankByText(u"personality"_s).size(), 60);
    QCOMPARE(m_server->post(u"/api/v1/assessments/bank-%1/seed"_s.arg(m_ownBank), QJsonObject {},
                            m_admin.token)
                     .status,
             404);
    const Reply roles
            = m_server->post(u"/api/v1/assessment-roles/seed"_s, QJsonObject {}, m_admin.token);
    QCOMPARE(roles.json().value(u"roles_added"_s).toInt(), 0);
    QVERIFY(totalOf(m_server->get(u"/api/v1/assessment-roles"_s, m_talent.token)) >= 8);
    const Reply types = m_server->get(u"/api/v1/assessment-question-types"_s, m_talent.token);
    QCOMPARE(valuesOf(QJsonDocument::fromJson(types.body).array(), u"code"_s),
             (QStringList { u"likert"_s, u"single_choice"_s, u"multiple_choice"_s, u"free_text"_s,
                            u"scenario"_s, u"passage"_s }));
    QCOMPARE(m_server->post(u"/api/v1/assessment-question-types/seed"_s, QJsonObject {},
                            m_admin.token)
                     .json()
                     .value(u"types_added"_s)
                     .toInt(),
             0);
}

void TestAssessmentsAccess::adminsEditThePlatformBank()
{
    const QString base = u"/api/v1/assessments/integrity/questions"_s;
    const Reply created = m_server->post(
            base,
            QJsonObject {
                    { u"type"_s, u"single_choice"_s },
                    { u"text"_s, u"Which of these is a conflict of interest?"_s },
                    { u"category"_s, u"RULE"_s },
                    { u"options"_s, QJsonArray { option(u"a"_s, false), option(u"b"_s, true) } } },
            m_admin.token);
    QCOMPARE(created.status, 201);
    const QJsonObject question = created.json();
    QCOMPARE(question.value(u"category"_s).toString(), u"RULE"_s);
    QCOMPARE(question.value(u"active"_s).toBool(), true);
    QCOMPARE(findBy(question.value(u"options"_s).toArray(), u"key"_s, u"b"_s)
                     .value(u"correct"_s)
                     .toBool(),
             true);
    const QString path = base + u"/%1"_s.arg(question.value(u"id"_s).toInteger());

    // Editing the key is checked as a whole: the options must still have one correct answer.
    const Reply noCorrect = m_server->patch(
            path,
            QJsonObject {
                    { u"options"_s, QJsonArray { option(u"a"_s, false), option(u"b"_s, false) } } },
            m_admin.token);
    QCOMPARE(noCorrect.status, 400);
    QVERIFY(namesMessage(noCorrect, u"options"_s));
    const Reply edited = m_server->patch(
            path, QJsonObject { { u"text"_s, u"Which is a conflict of interest?"_s } },
            m_admin.token);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"text"_s).toString(), u"Which is a conflict of interest?"_s);
    QCOMPARE(m_server->get(path, m_admin.token).json(), edited.json());

    const Reply inactive = m_server->patch(
            base + u"/status"_s,
            QJsonObject { { u"question_ids"_s, QJsonArray { question.value(u"id"_s) } },
                          { u"active"_s, false } },
            m_admin.token);
    QCOMPARE(inactive.status, 200);
    QCOMPARE(m_server->get(path, m_admin.token).json().value(u"active"_s).toBool(), false);
    const QJsonArray listed = m_server->get(base + u"?active=false"_s, m_admin.token)
                                      .json()
                                      .value(u"data"_s)
                                      .toArray();
    QVERIFY(valueSet(listed, u"id"_s).contains(QString::number(question.value(u"id"_s).toInteger())));

    QCOMPARE(m_server->del(path, m_admin.token).status, 204);
    QCOMPARE(m_server->get(path, m_admin.token).status, 404);
    // A question of another instrument is not reached through this one.
    const qint64 personalityQuestion
            = bankByText(u"personality"_s).begin()->value(u"id"_s).toInteger();
    QCOMPARE(m_server->get(base + u"/%1"_s.arg(personalityQuestion), m_admin.token).status, 404);
}

void TestAssessmentsAccess::questionInputNamesTheField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    // A question of @p type with text and these options, and @p extra fields.
    auto question
            = [](const QString &type, const QJsonArray &options, const QJsonObject &extra = {}) {
                  QJsonObject body { { u"type"_s, type }, { u"text"_s, u"T"_s } };
                  if (!options.isEmpty())
                      body.insert(u"options"_s, options);
                  for (auto it = extra.begin(); it != extra.end(); ++it)
                      body.insert(it.key(), it.value());
                  return body;
              };
    const QJsonArray oneRight { option(u"a"_s, true), option(u"b"_s, false) };
    QTest::addRow("no type") << QJsonObject { { u"text"_s, u"T"_s } } << u"type"_s;
    QTest::addRow("unknown type") << question(u"essay"_s, {}) << u"type"_s;
    QTest::addRow("no text") << QJsonObject { { u"type"_s, u"likert"_s } } << u"text"_s;
    QTest::addRow("likert with options") << question(u"likert"_s, oneRight) << u"options"_s;
    QTest::addRow("two correct in a single choice")
            << question(u"single_choice"_s, { option(u"a"_s, true), option(u"b"_s, true) })
            << u"options"_s;
    QTest::addRow("one option") << question(u"multiple_choice"_s, { option(u"a"_s, true) })
                                << u"options"_s;
    QTest::addRow("repeated key") << question(u"multiple_choice"_s,
                                              { option(u"a"_s, true), option(u"a"_s, false) })
                                  << u"options"_s;
    QTest::addRow("scenario without weights") << question(u"scenario"_s, oneRight) << u"options"_s;
    QTest::addRow("reverse keyed choice")
            << question(u"single_choice"_s, oneRight, { { u"reverse_keyed"_s, true } })
            << u"reverse_keyed"_s;
    QTest::addRow("unknown category")
            << question(u"likert"_s, {}, { { u"category"_s, u"ZZ"_s } }) << u"category"_s;
    QTest::addRow("passage question without its passage")
            << question(u"passage"_s, oneRight) << u"passage_id"_s;
    QTest::addRow("option without text") << question(
            u"single_choice"_s, { QJsonObject { { u"key"_s, u"a"_s } }, option(u"b"_s, true) })
                                         << u"options[0].text"_s;
}

void TestAssessmentsAccess::questionInputNamesTheField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply reply
            = m_server->post(u"/api/v1/assessments/scenario/questions"_s, body, m_admin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(namesMessage(reply, field), qPrintable(reply.message()));
}

void TestAssessmentsAccess::bankEditingIsForItsOwners_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<int>("expected");
    const QString own = u"bank-%1"_s.arg(m_ownBank);
    QTest::addRow("admin, platform bank") << u"admin"_s << u"personality"_s << 200;
    QTest::addRow("admin, a company's bank") << u"admin"_s << own << 200;
    QTest::addRow("owner, own bank") << u"owner"_s << own << 200;
    QTest::addRow("owner, platform bank") << u"owner"_s << u"personality"_s << 403;
    QTest::addRow("another company") << u"other company"_s << own << 404;
    QTest::addRow("staff without assessments.manage") << u"reader"_s << own << 403;
    QTest::addRow("support") << u"support"_s << u"personality"_s << 403;
    QTest::addRow("talent") << u"talent"_s << u"personality"_s << 403;
    QTest::addRow("anonymous") << QString() << u"personality"_s << 401;
    QTest::addRow("no such bank") << u"admin"_s << u"no-such-bank"_s << 404;
}

void TestAssessmentsAccess::bankEditingIsForItsOwners()
{
    QFETCH(QString, caller);
    QFETCH(QString, instrument);
    QFETCH(int, expected);
    QCOMPARE(m_server->get(u"/api/v1/assessments/%1/questions"_s.arg(instrument), tokenOf(caller))
                     .status,
             expected);
    const Reply added
            = m_server->post(u"/api/v1/assessments/%1/questions"_s.arg(instrument),
                             likert(u"Added by %1"_s.arg(caller), u"O1"_s), tokenOf(caller));
    // The own bank has no category O1: a 400 naming it shows the caller got through.
    const int addedExpected = expected != 200 ? expected
            : instrument == u"personality"_s  ? 201
                                              : 400;
    QCOMPARE(added.status, addedExpected);
}

void TestAssessmentsAccess::aPassageIsCorrectedByItsBanksEditors_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<int>("expected");
    ownReadingBank();
    const QString own = QString::number(m_readingBank);
    QTest::addRow("owner, own bank") << u"owner"_s << own << 200;
    QTest::addRow("admin, a company's bank") << u"admin"_s << own << 200;
    QTest::addRow("another company") << u"other company"_s << own << 404;
    QTest::addRow("staff without assessments.manage") << u"reader"_s << own << 403;
    QTest::addRow("talent") << u"talent"_s << own << 403;
    QTest::addRow("anonymous") << QString() << own << 401;
    // The passage is not the named bank's: as missing as another company's.
    QTest::addRow("through another bank") << u"owner"_s << QString::number(m_ownBank) << 404;
    QTest::addRow("through the platform's bank") << u"admin"_s << u"comprehension"_s << 404;
}

void TestAssessmentsAccess::aPassageIsCorrectedByItsBanksEditors()
{
    QFETCH(QString, caller);
    QFETCH(QString, instrument);
    QFETCH(int, expected);
    const QString row = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    const QString title = u"The night market, corrected by %1"_s.arg(row);
    const QString body = u"Stalls open at dusk along the old rail line; by nine the lane is full "
                         u"of families buying suya. Corrected by %1."_s.arg(row);
    const Reply edited = m_server->patch(
            u"/api/v1/assessments/%1/passages/%2"_s.arg(instrument).arg(m_passage),
            QJsonObject { { u"title"_s, title }, { u"body"_s, body } }, tokenOf(caller));
    QCOMPARE(edited.status, expected);
    const QJsonObject kept = findBy(
            m_server->get(u"/api/v1/assessments/%1/passages"_s.arg(m_readingBank), m_owner.token)
                    .json()
                    .value(u"data"_s)
                    .toArray(),
            u"id"_s, m_passage);
    if (expected != 200) {
        QVERIFY(kept.value(u"title"_s).toString() != title);
        return;
    }
    QCOMPARE(edited.json().value(u"title"_s).toString(), title);
    QCOMPARE(kept.value(u"title"_s).toString(), title);
    QCOMPARE(kept.value(u"body"_s).toString(), body);
    QCOMPARE(kept.value(u"word_count"_s).toInt(), 22);
    // Its question is untouched: the text and the key are edited one by one, elsewhere.
    const QJsonArray questions = kept.value(u"questions"_s).toArray();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.at(0).toObject().value(u"text"_s).toString(),
             u"Where do the stalls stand?"_s);
    QCOMPARE(kept.value(u"attempts"_s).toInt(), 0);
}

void TestAssessmentsAccess::aPassageEditNamesTheFieldItRefuses_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    ownReadingBank();
    QTest::addRow("blank title") << QJsonObject { { u"title"_s, u"  "_s } } << u"title"_s;
    QTest::addRow("title too long")
            << QJsonObject { { u"title"_s, QString(201, u'x') } } << u"title"_s;
    QTest::addRow("text too short")
            << QJsonObject { { u"body"_s, u"Stalls open at dusk."_s } } << u"body"_s;
    QTest::addRow("blank text") << QJsonObject { { u"body"_s, u""_s } } << u"body"_s;
    QTest::addRow("text not text") << QJsonObject { { u"body"_s, 42 } } << u"body"_s;
}

void TestAssessmentsAccess::aPassageEditNamesTheFieldItRefuses()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const auto passage = [this] {
        return findBy(m_server->get(u"/api/v1/assessments/%1/passages"_s.arg(m_readingBank),
                                    m_owner.token)
                              .json()
                              .value(u"data"_s)
                              .toArray(),
                      u"id"_s, m_passage);
    };
    const QJsonObject before = passage();
    const Reply refused = m_server->patch(
            u"/api/v1/assessments/%1/passages/%2"_s.arg(m_readingBank).arg(m_passage), body,
            m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), refused.body.constData());
    QCOMPARE(passage(), before);
}

void TestAssessmentsAccess::aDrawnPassageKeepsTheTextItsTakersRead()
{
    qint64 bank = 0;
    const qint64 passage = readingBank(u"Drawn reading"_s, m_owner, &bank);
    QVERIFY(passage > 0);
    const QString url = u"/api/v1/assessments/%1/passages/%2"_s.arg(bank).arg(passage);
    const Reply attempt = start(m_otherTalent, QString::number(bank));
    QVERIFY2(attempt.status == 201 || attempt.status == 200, attempt.body.constData());
    const QJsonObject read = attempt.json().value(u"passage"_s).toObject();
    QCOMPARE(read.value(u"id"_s).toInteger(), passage);

    // Its text is what the talent is reading: no correction rewrites it under their answers.
    const Reply refused = m_server->patch(url, QJsonObject { { u"title"_s, u"Another market"_s } },
                                          m_owner.token);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.json().value(u"message"_s).toString().contains(u"1 attempt"_s),
             refused.body.constData());
    const Reply rewritten = m_server->patch(
            url,
            QJsonObject { { u"body"_s,
                            u"An entirely different text about an entirely different market, "
                            u"long enough to pass."_s } },
            m_admin.token);
    QCOMPARE(rewritten.status, 409);
    const QJsonObject kept
            = findBy(m_server->get(u"/api/v1/assessments/%1/passages"_s.arg(bank), m_owner.token)
                             .json()
                             .value(u"data"_s)
                             .toArray(),
                     u"id"_s, passage);
    QCOMPARE(kept.value(u"title"_s).toString(), u"The night market"_s);
    QCOMPARE(kept.value(u"body"_s).toString(), read.value(u"body"_s).toString());
    QCOMPARE(kept.value(u"word_count"_s).toInt(), read.value(u"word_count"_s).toInt());
    QCOMPARE(kept.value(u"attempts"_s).toInt(), 1);
    // Saving it as it is changes nothing, so nothing is refused.
    QCOMPARE(m_server->patch(url, QJsonObject { { u"title"_s, u"The night market"_s } },
                             m_owner.token)
                     .status,
             200);
}

void TestAssessmentsAccess::inactiveQuestionsAreNotDrawn()
{
    const qint64 bank
            = smallBank(u"Pool"_s, 4, { { u"question_count"_s, 3 }, { u"retake_days"_s, 0 } });
    const QHash<QString, QJsonObject> questions = bankByText(QString::number(bank));
    const qint64 dropped = questions.value(u"Pool statement 4"_s).value(u"id"_s).toInteger();
    QCOMPARE(m_server->patch(u"/api/v1/assessments/%1/questions/status"_s.arg(bank),
                             QJsonObject { { u"question_ids"_s, QJsonArray { dropped } },
                                           { u"active"_s, false } },
                             m_admin.token)
                     .status,
             200);
    // Three drawn from the three active ones, whatever their order.
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const QJsonArray drawn = started.json().value(u"questions"_s).toArray();
    QCOMPARE(drawn.size(), 3);
    QVERIFY(!valueSet(drawn, u"id"_s).contains(QString::number(dropped)));
    // A taker sees no key.
    QVERIFY(!drawn.at(0).toObject().contains(u"reverse_keyed"_s));
    QVERIFY(!drawn.at(0).toObject().contains(u"category"_s));
}

void TestAssessmentsAccess::answersAfterTheDeadlineAreRefused()
{
    const qint64 bank = smallBank(u"Timed"_s, 2,
                                  { { u"time_limit_seconds"_s, 600 }, { u"retake_days"_s, 0 } });
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const QJsonObject attempt = started.json();
    const qint64 id = attempt.value(u"id"_s).toInteger();
    QVERIFY(!attempt.value(u"deadline_at"_s).toString().isEmpty());
    QVERIFY(attempt.value(u"seconds_left"_s).toInt() > 500);
    const QJsonArray questions = attempt.value(u"questions"_s).toArray();
    auto answerPath = [id](const QJsonValue &question) {
        return u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(
                question.toObject().value(u"id"_s).toInteger());
    };
    QCOMPARE(m_server->put(answerPath(questions.at(0)), QJsonObject { { u"rating"_s, 5 } },
                           m_otherTalent.token)
                     .status,
             200);

    // The deadline passes.
    setAttemptTime(id, u"deadline_at"_s, u"2001-01-01T00:00:00.000Z"_s);
    const Reply late = m_server->put(answerPath(questions.at(1)),
                                     QJsonObject { { u"rating"_s, 5 } }, m_otherTalent.token);
    QCOMPARE(late.status, 409);
    QVERIFY2(late.message().contains(u"ran out"_s), qPrintable(late.message()));
    const Reply changed = m_server->put(answerPath(questions.at(0)),
                                        QJsonObject { { u"rating"_s, 1 } }, m_otherTalent.token);
    QCOMPARE(changed.status, 409);
    const QJsonObject after
            = m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(id), m_otherTalent.token).json();
    QCOMPARE(after.value(u"time_up"_s).toBool(), true);
    QVERIFY(after.value(u"seconds_left"_s).isNull() || after.value(u"seconds_left"_s).toInt() == 0);

    // What was answered in time is the result: one item rated 5 (100 %).
    const Reply submitted = submit(m_otherTalent, id);
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.json().value(u"total"_s).toObject().value(u"answered"_s).toInt(), 1);
    QCOMPARE(submitted.json().value(u"percent"_s).toDouble(), 100.0);

    // An attempt left open past its deadline is submitted when its talent starts again.
    const Reply second = start(m_otherTalent, QString::number(bank));
    QCOMPARE(second.status, 201);
    const qint64 secondId = second.json().value(u"id"_s).toInteger();
    setAttemptTime(secondId, u"deadline_at"_s, u"2001-01-01T00:00:00.000Z"_s);
    const Reply third = start(m_otherTalent, QString::number(bank));
    QCOMPARE(third.status, 201);
    QVERIFY(third.json().value(u"id"_s).toInteger() != secondId);
    QCOMPARE(m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(secondId), m_otherTalent.token)
                     .json()
                     .value(u"status"_s)
                     .toString(),
             u"submitted"_s);

    // On a bank taken once, starting again is refused, and the expired attempt still scores.
    const qint64 once = smallBank(u"Once only"_s, 2, { { u"retake_days"_s, QJsonValue() } });
    QVERIFY(once > 0);
    const Reply only = start(m_otherTalent, QString::number(once));
    QCOMPARE(only.status, 201);
    const qint64 onlyId = only.json().value(u"id"_s).toInteger();
    setAttemptTime(onlyId, u"deadline_at"_s, u"2001-01-01T00:00:00.000Z"_s);
    const Reply again = start(m_otherTalent, QString::number(once));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.message(), u"You have already taken this assessment"_s);
    QCOMPARE(m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(onlyId), m_otherTalent.token)
                     .json()
                     .value(u"status"_s)
                     .toString(),
             u"submitted"_s);
}

void TestAssessmentsAccess::oneAttemptAtATimeAndItResumes()
{
    const qint64 bank = smallBank(u"Resume"_s, 3, { { u"retake_days"_s, 0 } });
    const Reply first = start(m_otherTalent, QString::number(bank));
    QCOMPARE(first.status, 201);
    const qint64 id = first.json().value(u"id"_s).toInteger();
    const QJsonObject question = first.json().value(u"questions"_s).toArray().at(1).toObject();
    QCOMPARE(m_server->put(u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(
                                   question.value(u"id"_s).toInteger()),
                           QJsonObject { { u"rating"_s, 2 } }, m_otherTalent.token)
                     .status,
             200);

    // Starting again resumes the same attempt, in the same order, with the saved answer.
    const Reply again = start(m_otherTalent, QString::number(bank));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"id"_s).toInteger(), id);
    QCOMPARE(valuesOf(again.json().value(u"questions"_s), u"id"_s),
             valuesOf(first.json().value(u"questions"_s), u"id"_s));
    QCOMPARE(again.json().value(u"answered"_s).toInt(), 1);
    const QJsonObject resumed
            = m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(id), m_otherTalent.token).json();
    QCOMPARE(resumed.value(u"questions"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"answer"_s)
                     .toObject()
                     .value(u"rating"_s)
                     .toInt(),
             2);
    const Reply taken
            = m_server->get(u"/api/v1/assessments/%1/taken"_s.arg(bank), m_otherTalent.token);
    QCOMPARE(taken.json().value(u"taken"_s).toBool(), false);
    QCOMPARE(taken.json().value(u"open_attempt_id"_s).toInteger(), id);
    // Nobody else reaches it.
    QCOMPARE(m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(id), m_talent.token).status, 404);
    QCOMPARE(submit(m_talent, id).status, 404);
    QCOMPARE(submit(m_otherTalent, id).status, 200);
}

void TestAssessmentsAccess::simultaneousSubmissionsGiveOneResult()
{
    const qint64 bank = smallBank(u"Race"_s, 2, { { u"retake_days"_s, 0 } });
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const qint64 id = started.json().value(u"id"_s).toInteger();
    answerEach(m_otherTalent, started.json(), [](const QJsonObject &) {
        return QJsonObject { { u"rating"_s, 3 } };
    });

    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(
                QUrl(m_server->baseUrl() + u"/api/v1/assessment-attempts/%1/submit"_s.arg(id)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_otherTalent.token.toLatin1());
        replies.append(network.post(request, QByteArray("{}")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 30000);
    QList<qint64> results;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        results.append(
                QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toInteger());
        reply->deleteLater();
    }
    QCOMPARE(results.at(0), results.at(1));
    QCOMPARE(Sql(m_server->context().db(),
                 u"SELECT COUNT(*) FROM assessment_results WHERE attempt_id = :id"_s)
                     .bind(u":id"_s, id)
                     .scalar()
                     .toInt(),
             1);
    // A later submission answers the same result; the seed door finds no open attempt.
    QCOMPARE(submit(m_otherTalent, id).json().value(u"id"_s).toInteger(), results.at(0));
    QCOMPARE(m_server->post(u"/api/v1/assessments/%1/submissions"_s.arg(bank), QJsonObject {},
                            m_otherTalent.token)
                     .status,
             409);
}

void TestAssessmentsAccess::retakesWaitForTheCoolOff()
{
    const qint64 bank = smallBank(u"Cool-off"_s, 1, { { u"retake_days"_s, 30 } });
    const QString instrument = QString::number(bank);
    const QJsonObject result = takeTest(m_otherTalent, instrument, [](const QJsonObject &) {
        return QJsonObject { { u"rating"_s, 4 } };
    });
    QVERIFY(!result.isEmpty());
    const Reply refused = start(m_otherTalent, instrument);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.message().contains(u"again from"_s), qPrintable(refused.message()));
    const QJsonObject taken
            = m_server->get(u"/api/v1/assessments/%1/taken"_s.arg(bank), m_otherTalent.token).json();
    QCOMPARE(taken.value(u"taken"_s).toBool(), true);
    QCOMPARE(taken.value(u"can_start"_s).toBool(), false);
    QVERIFY(!taken.value(u"retake_from"_s).toString().isEmpty());
    QCOMPARE(taken.value(u"last_result_id"_s).toInteger(), result.value(u"id"_s).toInteger());

    // Thirty-one days later.
    setAttemptTime(result.value(u"attempt_id"_s).toInteger(), u"submitted_at"_s,
                   u"2001-01-01T00:00:00.000Z"_s);
    QCOMPARE(start(m_otherTalent, instrument).status, 201);
}

void TestAssessmentsAccess::answerInputIsChecked()
{
    const qint64 bank = createBank(QJsonObject {
            { u"title"_s, u"Input checks"_s },
            { u"retake_days"_s, 0 },
            { u"questions"_s,
              QJsonArray { QJsonObject { { u"type"_s, u"likert"_s }, { u"text"_s, u"L"_s } },
                           QJsonObject {
                                   { u"type"_s, u"single_choice"_s },
                                   { u"text"_s, u"S"_s },
                                   { u"options"_s,
                                     QJsonArray { option(u"a"_s, true), option(u"b"_s, false) } } },
                           QJsonObject { { u"type"_s, u"multiple_choice"_s },
                                         { u"text"_s, u"M"_s },
                                         { u"options"_s,
                                           QJsonArray { option(u"a"_s, true),
                                                        option(u"b"_s, false) } } } } } });
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const qint64 id = started.json().value(u"id"_s).toInteger();
    QHash<QString, qint64> byText;
    for (const QJsonValue &q : started.json().value(u"questions"_s).toArray())
        byText.insert(q.toObject().value(u"text"_s).toString(),
                      q.toObject().value(u"id"_s).toInteger());
    auto answer = [&](const QString &text, const QJsonObject &body) {
        return m_server->put(
                u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(byText.value(text)),
                body, m_otherTalent.token);
    };
    struct Case
    {
        QString question;
        QJsonObject body;
        QString field;
    };
    const QList<Case> cases {
        { u"L"_s, { { u"rating"_s, 7 } }, u"rating"_s },
        { u"L"_s, { { u"rating"_s, u"five"_s } }, u"rating"_s },
        { u"L"_s, { { u"choice"_s, u"a"_s } }, u"rating"_s },
        { u"S"_s, { { u"choice"_s, u"z"_s } }, u"choice"_s },
        { u"M"_s, { { u"choices"_s, QJsonArray { u"a"_s, u"a"_s } } }, u"choices"_s },
        { u"M"_s, { { u"choices"_s, u"a"_s } }, u"choices"_s },
    };
    for (const Case &c : cases) {
        const Reply reply = answer(c.question, c.body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(namesMessage(reply, c.field), qPrintable(reply.message()));
    }
    QCOMPARE(m_server->put(u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(999999),
                           QJsonObject { { u"rating"_s, 3 } }, m_otherTalent.token)
                     .status,
             404);
    QCOMPARE(m_server->put(u"/api/v1/assessment-attempts/abc/answers/1"_s,
                           QJsonObject { { u"rating"_s, 3 } }, m_otherTalent.token)
                     .status,
             400);
    const Reply foreign = m_server->post(
            u"/api/v1/assessments/%1/submissions"_s.arg(bank),
            QJsonObject { { u"answers"_s,
                            QJsonArray { QJsonObject { { u"question_id"_s, 999999 },
                                                       { u"rating"_s, 3 } } } } },
            m_otherTalent.token);
    QCOMPARE(foreign.status, 400);
    QVERIFY2(namesMessage(foreign, u"answers[0].question_id"_s), qPrintable(foreign.message()));
    // Nothing refused was saved; good answers go through the seed door and are scored.
    const Reply done = m_server->post(
            u"/api/v1/assessments/%1/submissions"_s.arg(bank),
            QJsonObject {
                    { u"answers"_s,
                      QJsonArray { QJsonObject { { u"question_id"_s, byText.value(u"S"_s) },
                                                 { u"choice"_s, u"a"_s } },
                                   QJsonObject { { u"question_id"_s, byText.value(u"M"_s) },
                                                 { u"choices"_s, QJsonArray { u"a"_s } } } } } },
            m_otherTalent.token);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(u"correct"_s).toInt(), 2);
    QCOMPARE(done.json().value(u"total"_s).toObject().value(u"answered"_s).toInt(), 2);
}

void TestAssessmentsAccess::resultsAreSeenByTheTalentStaffAndApplicantsCompanies_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("the talent") << u"talent"_s << 200;
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("the company applied to") << u"owner"_s << 200;
    QTest::addRow("its staff with applications.read") << u"reader"_s << 200;
    QTest::addRow("its staff without it") << u"staff without applications.read"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("another talent") << u"other talent"_s << 404;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestAssessmentsAccess::resultsAreSeenByTheTalentStaffAndApplicantsCompanies()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const QString token = tokenOf(caller);
    const Reply result
            = m_server->get(u"/api/v1/assessment-results/%1"_s.arg(m_applicantResult), token);
    QCOMPARE(result.status, expected);
    if (expected == 200)
        QCOMPARE(scoreOf(categoryOf(result.json(), u"X"_s), u"percent"_s), 75.0);
    QCOMPARE(m_server->get(u"/api/v1/assessments/%1/results/%2"_s.arg(m_ownBank).arg(
                                   m_applicantResult),
                           token)
                     .status,
             expected);
    // The result is not found through another instrument's door.
    if (expected == 200)
        QCOMPARE(m_server->get(u"/api/v1/assessments/personality/results/%1"_s.arg(
                                       m_applicantResult),
                               token)
                         .status,
                 404);
    const Reply scores
            = m_server->get(u"/api/v1/talents/%1/assessment-scores"_s.arg(m_talent.id), token);
    QCOMPARE(scores.status, expected);
    if (expected == 200)
        QVERIFY(valueSet(scores.json().value(u"data"_s), u"id"_s)
                        .contains(QString::number(m_applicantResult)));
    const Reply byUser = m_server->get(
            u"/api/v1/assessments/%1/users/%2/results"_s.arg(m_ownBank).arg(m_talent.id), token);
    // Another company's bank is hidden from the other company before the talent is considered.
    QCOMPARE(byUser.status, expected);
}

void TestAssessmentsAccess::listsAndReportsKeepToTheCompanysApplicants()
{
    // m_otherTalent took banks too, but applied to no job of the owner's.
    const Reply admins = m_server->get(u"/api/v1/assessment-results?limit=100"_s, m_admin.token);
    QCOMPARE(admins.status, 200);
    const QSet<QString> everyone
            = valueSet(admins.json().value(u"data"_s).toArray(), u"attempt_id"_s);
    QVERIFY(everyone.size() > 1);
    const Reply readers = m_server->get(u"/api/v1/assessment-results?limit=100"_s, m_reader.token);
    QCOMPARE(readers.status, 200);
    QSet<QString> users;
    for (const QJsonValue &row : readers.json().value(u"data"_s).toArray())
        users.insert(QString::number(
                row.toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger()));
    QCOMPARE(users, QSet<QString> { QString::number(m_talent.id) });
    const Reply others = m_server->get(u"/api/v1/assessment-results?instrument=personality"_s,
                                       m_otherOwner.token);
    QCOMPARE(others.status, 200);
    QCOMPARE(totalOf(others), 0);

    QCOMPARE(totalOf(m_server->get(u"/api/v1/assessments/%1/results"_s.arg(m_ownBank),
                                   m_reader.token)),
             1);
    QCOMPARE(m_server->get(u"/api/v1/assessments/level-one/results"_s, m_talent.token).status, 403);

    const Reply report
            = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(m_ownBank), m_reader.token);
    QCOMPARE(report.status, 200);
    QCOMPARE(report.json().value(u"scope"_s).toString(), u"applicants"_s);
    QCOMPARE(report.json().value(u"takers"_s).toInt(), 1);
    const Reply outside
            = m_server->get(u"/api/v1/assessments/personality/reports"_s, m_otherOwner.token);
    QCOMPARE(outside.status, 200);
    QCOMPARE(outside.json().value(u"takers"_s).toInt(), 0);
    const Reply badDate = m_server->get(
            u"/api/v1/assessments/personality/reports?from=2026-13-01"_s, m_admin.token);
    QCOMPARE(badDate.status, 400);
    QVERIFY(namesMessage(badDate, u"from"_s));
    QCOMPARE(m_server->get(u"/api/v1/assessments/personality/reports"_s, m_noReader.token).status,
             403);
}

void TestAssessmentsAccess::anotherCompanysBankAndADraftRevealNothing()
{
    // m_talent applied to the owner, and also takes a rival company's own screening.
    const qint64 rivalBank
            = smallBank(u"Rival screening"_s, 2, { { u"retake_days"_s, 0 } }, &m_otherOwner);
    QVERIFY(rivalBank > 0);
    const qint64 rival = takeTest(m_talent, QString::number(rivalBank),
                                  [](const QJsonObject &) {
                                      return QJsonObject { { u"rating"_s, 2 } };
                                  })
                                 .value(u"id"_s)
                                 .toInteger();
    QVERIFY(rival > 0);
    QCOMPARE(m_server->get(u"/api/v1/assessment-results/%1"_s.arg(rival), m_otherOwner.token).status,
             200);
    // The company applied to sees its own bank's result, never the rival's.
    QCOMPARE(m_server->get(u"/api/v1/assessment-results/%1"_s.arg(rival), m_reader.token).status,
             404);
    const Reply list = m_server->get(u"/api/v1/assessment-results?limit=100"_s, m_reader.token);
    QVERIFY(!valueSet(list.json().value(u"data"_s).toArray(), u"id"_s)
                     .contains(QString::number(rival)));
    const Reply scores = m_server->get(u"/api/v1/talents/%1/assessment-scores"_s.arg(m_talent.id),
                                       m_reader.token);
    QCOMPARE(scores.status, 200);
    const QSet<QString> shown = valueSet(scores.json().value(u"data"_s), u"id"_s);
    QVERIFY(shown.contains(QString::number(m_applicantResult)));
    QVERIFY(!shown.contains(QString::number(rival)));

    // A talent who only saved a draft to the owner's job has not applied: nothing shows.
    const TestUser drafter = m_server->createUser(Role::Talent);
    const qint64 platformBank = smallBank(u"Platform check"_s, 2, { { u"retake_days"_s, 0 } });
    const qint64 personality = takeTest(drafter, QString::number(platformBank),
                                        [](const QJsonObject &) {
                                            return QJsonObject { { u"rating"_s, 3 } };
                                        })
                                       .value(u"id"_s)
                                       .toInteger();
    QVERIFY(personality > 0);
    QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications/draft"_s.arg(m_job), QJsonObject(),
                            drafter.token)
                     .status,
             201);
    QCOMPARE(m_server->get(u"/api/v1/assessment-results/%1"_s.arg(personality), m_reader.token)
                     .status,
             404);
    QCOMPARE(m_server->get(u"/api/v1/talents/%1/assessment-scores"_s.arg(drafter.id), m_reader.token)
                     .status,
             404);
}

void TestAssessmentsAccess::rolesAndSkills()
{
    const Reply role
            = m_server->post(u"/api/v1/assessment-roles"_s,
                             QJsonObject { { u"name"_s, u"Quality inspector"_s } }, m_admin.token);
    QCOMPARE(role.status, 201);
    const qint64 roleId = role.json().value(u"id"_s).toInteger();
    QCOMPARE(m_server->post(u"/api/v1/assessment-roles"_s,
                            QJsonObject { { u"name"_s, u"quality INSPECTOR"_s } }, m_admin.token)
                     .status,
             409);
    const Reply noName
            = m_server->post(u"/api/v1/assessment-roles"_s, QJsonObject {}, m_admin.token);
    QCOMPARE(noName.status, 400);
    QVERIFY(namesMessage(noName, u"name"_s));
    QCOMPARE(m_server->get(u"/api/v1/assessment-roles/%1"_s.arg(roleId), m_talent.token)
                     .json()
                     .value(u"name"_s)
                     .toString(),
             u"Quality inspector"_s);

    const Reply skill = m_server->post(
            u"/api/v1/assessment-skills"_s,
            QJsonObject { { u"name"_s, u"Measuring"_s }, { u"role_id"_s, roleId } }, m_admin.token);
    QCOMPARE(skill.status, 201);
    QCOMPARE(skill.json().value(u"role"_s).toString(), u"Quality inspector"_s);
    const qint64 skillId = skill.json().value(u"id"_s).toInteger();
    const Reply badRole = m_server->patch(u"/api/v1/assessment-skills/%1"_s.arg(skillId),
                                          QJsonObject { { u"role_id"_s, 999999 } }, m_admin.token);
    QCOMPARE(badRole.status, 400);
    QVERIFY(namesMessage(badRole, u"role_id"_s));
    const Reply renamed
            = m_server->patch(u"/api/v1/assessment-skills/%1"_s.arg(skillId),
                              QJsonObject { { u"name"_s, u"Precise measuring"_s } }, m_admin.token);
    QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Precise measuring"_s);
    QCOMPARE(totalOf(m_server->get(u"/api/v1/assessment-skills?role_id=%1"_s.arg(roleId),
                                   m_talent.token)),
             1);

    // A bank filed under the role and skill is found by them.
    const qint64 bank = smallBank(u"Inspection"_s, 1,
                                  { { u"role_id"_s, roleId }, { u"skill_id"_s, skillId } });
    const Reply filed
            = m_server->get(u"/api/v1/assessments?role_id=%1"_s.arg(roleId), m_talent.token);
    QCOMPARE(valuesOf(filed.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(bank) });
    const Reply unknownRole = m_server->post(
            u"/api/v1/assessments"_s,
            QJsonObject { { u"title"_s, u"Nowhere"_s }, { u"role_id"_s, 999999 } }, m_admin.token);
    QCOMPARE(unknownRole.status, 400);
    QVERIFY(namesMessage(unknownRole, u"role_id"_s));

    QCOMPARE(m_server->del(u"/api/v1/assessment-skills/%1"_s.arg(skillId), m_talent.token).status,
             403);
    QCOMPARE(m_server->del(u"/api/v1/assessment-skills/%1"_s.arg(skillId), m_admin.token).status,
             204);
    QCOMPARE(m_server->get(u"/api/v1/assessment-skills/%1"_s.arg(skillId), m_admin.token).status,
             404);
}

void TestAssessmentsAccess::anonymousCallsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("bank") << QByteArray("GET") << u"/api/v1/assessments"_s;
    QTest::addRow("categories") << QByteArray("GET")
                                << u"/api/v1/assessments/personality/categories"_s;
    QTest::addRow("start") << QByteArray("POST") << u"/api/v1/assessments/personality/attempts"_s;
    QTest::addRow("submit answers")
            << QByteArray("POST") << u"/api/v1/assessments/personality/submissions"_s;
    QTest::addRow("answer") << QByteArray("PUT") << u"/api/v1/assessment-attempts/1/answers/1"_s;
    QTest::addRow("taken") << QByteArray("GET") << u"/api/v1/assessments/personality/taken"_s;
    QTest::addRow("my score") << QByteArray("GET")
                              << u"/api/v1/assessments/personality/scores/me"_s;
    QTest::addRow("results") << QByteArray("GET") << u"/api/v1/assessment-results"_s;
    QTest::addRow("seed") << QByteArray("POST") << u"/api/v1/assessments/personality/seed"_s;
    QTest::addRow("roles") << QByteArray("GET") << u"/api/v1/assessment-roles"_s;
    QTest::addRow("skills") << QByteArray("GET") << u"/api/v1/assessment-skills"_s;
    QTest::addRow("question types") << QByteArray("GET") << u"/api/v1/assessment-question-types"_s;
    QTest::addRow("target") << QByteArray("PUT") << u"/api/v1/assessments/culture-fit/target"_s;
}

void TestAssessmentsAccess::anonymousCallsAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(m_server->call(method, path, QJsonObject {}).status, 401);
}

void TestAssessmentsAccess::wrongRolesAreRefused_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("admin starting a test")
            << u"admin"_s << QByteArray("POST") << u"/api/v1/assessments/personality/attempts"_s;
    QTest::addRow("employer starting a test")
            << u"owner"_s << QByteArray("POST") << u"/api/v1/assessments/personality/attempts"_s;
    QTest::addRow("talent seeding")
            << u"talent"_s << QByteArray("POST") << u"/api/v1/assessments/personality/seed"_s;
    QTest::addRow("employer seeding")
            << u"owner"_s << QByteArray("POST") << u"/api/v1/assessment-roles/seed"_s;
    QTest::addRow("support creating a role")
            << u"support"_s << QByteArray("POST") << u"/api/v1/assessment-roles"_s;
    QTest::addRow("talent creating a bank")
            << u"talent"_s << QByteArray("POST") << u"/api/v1/assessments"_s;
    QTest::addRow("staff without assessments.manage creating a bank")
            << u"reader"_s << QByteArray("POST") << u"/api/v1/assessments"_s;
    QTest::addRow("talent listing all results")
            << u"talent"_s << QByteArray("GET") << u"/api/v1/assessment-results"_s;
    QTest::addRow("talent reading reports")
            << u"talent"_s << QByteArray("GET") << u"/api/v1/assessments/personality/reports"_s;
    QTest::addRow("talent setting a target")
            << u"talent"_s << QByteArray("PUT") << u"/api/v1/assessments/culture-fit/target"_s;
    QTest::addRow("reader setting a target")
            << u"reader"_s << QByteArray("PUT") << u"/api/v1/assessments/culture-fit/target"_s;
    QTest::addRow("admin ranking applicants")
            << u"admin"_s << QByteArray("GET") << u"/api/v1/assessments/culture-fit/applicants"_s;
    QTest::addRow("staff without applications.read ranking")
            << u"staff without applications.read"_s << QByteArray("GET")
            << u"/api/v1/assessments/culture-fit/applicants"_s;
}

void TestAssessmentsAccess::wrongRolesAreRefused()
{
    QFETCH(QString, caller);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(m_server->call(method, path, QJsonObject {}, tokenOf(caller)).status, 403);
}

QTEST_GUILESS_MAIN(TestAssessmentsAccess)
#include "tst_assessments_access.moc"
