// SPDX-License-Identifier: Apache-2.0
// The assessment banks: browsing them and the platform's seeded once, editing them (admins the
// platform's, a company its own), the fields a question refuses, and reading passages corrected by
// their banks' editors until a taker has read them.
#include "areas/assessments.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAssessmentsBanks : public QObject, public AssessmentsAccessFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpWithApplicantResult(); }
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

private:
    /** A bank of @p by's with one reading passage of one question; the passage's id. */
    qint64 readingBank(const QString &title, const TestUser &by, qint64 *bank = nullptr);
    /** m_readingBank and m_passage, made the first time. */
    void ownReadingBank();

    qint64 m_readingBank = 0; // the owner's company's bank with one passage, m_passage
    qint64 m_passage = 0;
};

void TestAssessmentsBanks::ownReadingBank()
{
    // Made when first needed rather than at the start, so the banks the company lists before
    // are one.
    if (!m_passage)
        m_passage = readingBank(u"Owner reading"_s, m_owner, &m_readingBank);
    QVERIFY(m_passage > 0);
}

qint64 TestAssessmentsBanks::readingBank(const QString &title, const TestUser &by, qint64 *bank)
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

void TestAssessmentsBanks::aBankWithoutPassagesListsNone()
{
    const qint64 bank = createBank(QJsonObject { { u"title"_s, u"No reading yet"_s } }, &m_owner);
    QVERIFY(bank > 0);
    const Reply passages
            = m_server->get(u"/api/v1/assessments/%1/passages"_s.arg(bank), m_owner.token);
    QCOMPARE(passages.status, 200);
    QCOMPARE(passages.json().value(u"data"_s).toArray().size(), 0);
}

void TestAssessmentsBanks::banksAreBrowsedAndSeededOnce()
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

void TestAssessmentsBanks::adminsEditThePlatformBank()
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

void TestAssessmentsBanks::questionInputNamesTheField_data()
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

void TestAssessmentsBanks::questionInputNamesTheField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply reply
            = m_server->post(u"/api/v1/assessments/scenario/questions"_s, body, m_admin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(namesMessage(reply, field), qPrintable(reply.message()));
}

void TestAssessmentsBanks::bankEditingIsForItsOwners_data()
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

void TestAssessmentsBanks::bankEditingIsForItsOwners()
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

void TestAssessmentsBanks::aPassageIsCorrectedByItsBanksEditors_data()
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

void TestAssessmentsBanks::aPassageIsCorrectedByItsBanksEditors()
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

void TestAssessmentsBanks::aPassageEditNamesTheFieldItRefuses_data()
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

void TestAssessmentsBanks::aPassageEditNamesTheFieldItRefuses()
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

void TestAssessmentsBanks::aDrawnPassageKeepsTheTextItsTakersRead()
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

QTEST_GUILESS_MAIN(TestAssessmentsBanks)
#include "tst_assessments_banks.moc"
