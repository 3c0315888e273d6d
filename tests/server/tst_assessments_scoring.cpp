// SPDX-License-Identifier: Apache-2.0
// The scoring of every instrument against answer sheets worked out by hand: reverse keys, facets
// summed into domains, weights, partial credit, the inconsistency index, reading speed and
// accuracy, culture fit against a company's target, percentiles withheld below 30 takers, and the
// percentiles of a report's scores.
#include "areas/assessments.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject rating(int value)
{
    return { { u"rating"_s, value } };
}

QJsonObject choice(const QString &key)
{
    return { { u"choice"_s, key } };
}

QJsonObject choices(const QStringList &keys)
{
    return { { u"choices"_s, QJsonArray::fromStringList(keys) } };
}

/** The answer @p answers gives the question whose text contains its key; empty if none does. */
QJsonObject byWords(const QJsonObject &question, const QList<QPair<QString, QJsonObject>> &answers)
{
    const QString text = question.value(u"text"_s).toString();
    for (const auto &[words, answer] : answers) {
        if (text.contains(words))
            return answer;
    }
    return {};
}

} // namespace

class TestAssessmentsScoring : public QObject, public AssessmentsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    void personalityKeysFacetsAndDomains();
    void carelessAnsweringIsFlagged();
    void softSkillsInTheMiddleAreHalfway();
    void scenarioOptionsScoreTheirWeights();
    void integrityMixesRatingsAndWeightedChoices();
    void levelOneGivesPartialCreditAndKeepsWrittenAnswers();
    void comprehensionMeasuresSpeedAndAccuracy();
    void ownBankScoresEveryQuestionType();
    void cultureFitRanksApplicantsByDistanceToTarget();
    void percentilesWaitForThirtyTakers();
    void reportsGiveEachCategorysPercentiles();
};

void TestAssessmentsScoring::personalityKeysFacetsAndDomains()
{
    const QHash<QString, QJsonObject> bank = bankByText(u"personality"_s);
    QCOMPARE(bank.size(), 60);
    // Sheet: in Openness, Conscientiousness, Extraversion and Agreeableness a forward item is
    // rated 4 and a reverse one 2, so every item counts 4 (6 - 2 = 4). In Emotional reactivity
    // every item is rated 5: forward 5, reverse 6 - 5 = 1.
    const QJsonObject result = takeTest(m_talent, u"personality"_s, [&bank](const QJsonObject &q) {
        const QJsonObject key = bank.value(q.value(u"text"_s).toString());
        if (key.value(u"category"_s).toString().startsWith(u'N'))
            return rating(5);
        return rating(key.value(u"reverse_keyed"_s).toBool() ? 2 : 4);
    });
    QVERIFY(!result.isEmpty());

    // Openness: 6 facets × 2 items × 4 = 48 of 12..60; mean 4; (48 - 12) / 48 = 75 %: high.
    const QJsonObject openness = categoryOf(result, u"O"_s);
    QCOMPARE(scoreOf(openness, u"raw"_s), 48.0);
    QCOMPARE(scoreOf(openness, u"min"_s), 12.0);
    QCOMPARE(scoreOf(openness, u"max"_s), 60.0);
    QCOMPARE(scoreOf(openness, u"mean"_s), 4.0);
    QCOMPARE(scoreOf(openness, u"percent"_s), 75.0);
    QCOMPARE(openness.value(u"band"_s).toString(), u"high"_s);
    QVERIFY2(openness.value(u"description"_s).toString().startsWith(u"You seek out new ideas"_s),
             qPrintable(openness.value(u"description"_s).toString()));
    QCOMPARE(openness.value(u"facets"_s).toArray().size(), 6);
    // A facet: 4 + 4 = 8 of 2..10, 75 %.
    const QJsonObject imagination = categoryOf(result, u"O1"_s);
    QCOMPARE(scoreOf(imagination, u"raw"_s), 8.0);
    QCOMPARE(scoreOf(imagination, u"percent"_s), 75.0);
    QVERIFY(imagination.value(u"description"_s).toString().startsWith(u"High imagination"_s));

    // Emotional reactivity: each facet 5 + 1 = 6 (50 %); the domain 36 of 12..60, mean 3.
    const QJsonObject reactivity = categoryOf(result, u"N"_s);
    QCOMPARE(scoreOf(reactivity, u"raw"_s), 36.0);
    QCOMPARE(scoreOf(reactivity, u"mean"_s), 3.0);
    QCOMPARE(scoreOf(reactivity, u"percent"_s), 50.0);
    QCOMPARE(reactivity.value(u"band"_s).toString(), u"moderate"_s);
    QCOMPARE(scoreOf(categoryOf(result, u"N3"_s), u"raw"_s), 6.0);

    // Total: 48 × 4 + 36 = 228 of 60..300: (228 - 60) / 240 = 70 %.
    QCOMPARE(numbers(result.value(u"total"_s).toObject(), { u"raw"_s, u"percent"_s, u"answered"_s }),
             (QList<double> { 228, 70, 60 }));
    QCOMPARE(result.value(u"percent"_s).toDouble(), 70.0);

    // Six pairs: four agree (gap 0); in N1 and N6 the pair scores 5 and 1 (gap 4).
    // Index (4 + 4) / 6 = 1.33: below 2, not flagged.
    QCOMPARE(numbers(result.value(u"inconsistency"_s).toObject(), { u"pairs"_s, u"index"_s }),
             (QList<double> { 6, 1.33 }));
    QCOMPARE(result.value(u"inconsistency"_s).toObject().value(u"flagged"_s).toBool(), false);

    // One taker: percentiles are withheld, with the count.
    QCOMPARE(openness.value(u"takers"_s).toInt(), 1);
    QVERIFY(openness.value(u"percentile"_s).isNull());
    QCOMPARE(openness.value(u"percentile_withheld"_s).toBool(), true);

    // The same result is read back by the talent's score door.
    const Reply score
            = m_server->get(u"/api/v1/assessments/personality/scores/me"_s, m_talent.token);
    QCOMPARE(score.status, 200);
    QCOMPARE(score.json().value(u"id"_s), result.value(u"id"_s));
    QCOMPARE(scoreOf(categoryOf(score.json(), u"O"_s), u"percent"_s), 75.0);
}

void TestAssessmentsScoring::carelessAnsweringIsFlagged()
{
    // Every item rated 5: each facet 5 + (6 - 5) = 6, each domain 36 of 12..60 = 50 %, and every
    // one of the six pairs 4 apart: index 4, flagged.
    const TestUser talent = m_server->createUser(Role::Talent);
    const QJsonObject result
            = takeTest(talent, u"personality"_s, [](const QJsonObject &) { return rating(5); });
    for (const QString &domain : { u"O"_s, u"C"_s, u"E"_s, u"A"_s, u"N"_s })
        QCOMPARE(scoreOf(categoryOf(result, domain), u"percent"_s), 50.0);
    const QJsonObject inconsistency = result.value(u"inconsistency"_s).toObject();
    QCOMPARE(inconsistency.value(u"index"_s).toDouble(), 4.0);
    QCOMPARE(inconsistency.value(u"flagged"_s).toBool(), true);
}

void TestAssessmentsScoring::softSkillsInTheMiddleAreHalfway()
{
    // Rated 3 throughout, forward or reverse (6 - 3 = 3): each skill 6 of 2..10 and each heading
    // 12 of 4..20, all 50 %.
    const QJsonObject result
            = takeTest(m_talent, u"soft-skills"_s, [](const QJsonObject &) { return rating(3); });
    QCOMPARE(result.value(u"domains"_s).toArray().size(), 5);
    const QJsonObject communication = categoryOf(result, u"COMM"_s);
    QCOMPARE(scoreOf(communication, u"raw"_s), 12.0);
    QCOMPARE(scoreOf(communication, u"percent"_s), 50.0);
    QCOMPARE(scoreOf(categoryOf(result, u"COMM2"_s), u"raw"_s), 6.0);
    QCOMPARE(result.value(u"total"_s).toObject().value(u"raw"_s).toDouble(), 60.0);
    QVERIFY(result.value(u"inconsistency"_s).isNull()); // the bank has no pairs
}

void TestAssessmentsScoring::scenarioOptionsScoreTheirWeights()
{
    // Leadership: the best option twice (3 + 3 of 0..6 = 100 %); customer focus: the worst twice
    // (0 %); judgement: weight 1 of 0..3 and weight 2 of 0..3 (3 of 0..6 = 50 %).
    // Total 9 of 0..18 = 50 %.
    const QJsonObject result = takeTest(m_talent, u"scenario"_s, [](const QJsonObject &q) {
        return byWords(q,
                       { { u"off sick"_s, choice(u"c"_s) },
                         { u"same mistake"_s, choice(u"b"_s) },
                         { u"damaged"_s, choice(u"a"_s) },
                         { u"competitor"_s, choice(u"a"_s) },
                         { u"board"_s, choice(u"d"_s) },
                         { u"conflicting"_s, choice(u"d"_s) } });
    });
    QCOMPARE(scoreOf(categoryOf(result, u"LEAD"_s), u"percent"_s), 100.0);
    QCOMPARE(scoreOf(categoryOf(result, u"CUST"_s), u"percent"_s), 0.0);
    QCOMPARE(categoryOf(result, u"CUST"_s).value(u"band"_s).toString(), u"low"_s);
    QCOMPARE(scoreOf(categoryOf(result, u"JUDG"_s), u"raw"_s), 3.0);
    QCOMPARE(scoreOf(categoryOf(result, u"JUDG"_s), u"percent"_s), 50.0);
    QCOMPARE(result.value(u"total"_s).toObject().value(u"raw"_s).toDouble(), 9.0);
    QCOMPARE(result.value(u"percent"_s).toDouble(), 50.0);
}

void TestAssessmentsScoring::integrityMixesRatingsAndWeightedChoices()
{
    // Each category: two likert items (1..5) and one weighted choice (0..3): range 2..13.
    // Honesty: 5, reverse 1 → 5, best choice 3: 13 → 100 %.
    // Reliability: 5, reverse 5 → 1, choice 0: 6 → (6 - 2) / 11 = 36.36 %.
    // Rule following: 1, reverse 5 → 1, choice 3: 5 → 3 / 11 = 27.27 %.
    // Pairs: honesty 5/5 (0), reliability 5/1 (4), rules 1/1 (0): index 1.33 over 3 pairs.
    const QJsonObject result = takeTest(m_talent, u"integrity"_s, [](const QJsonObject &q) {
        return byWords(q,
                       { { u"tell the truth"_s, rating(5) },
                         { u"small lie"_s, rating(1) },
                         { u"too much change"_s, choice(u"c"_s) },
                         { u"agree to a deadline"_s, rating(5) },
                         { u"turn up late"_s, rating(5) },
                         { u"cannot finish"_s, choice(u"b"_s) },
                         { u"safety rules"_s, rating(1) },
                         { u"office supplies"_s, rating(5) },
                         { u"system login"_s, choice(u"b"_s) } });
    });
    QCOMPARE(scoreOf(categoryOf(result, u"HON"_s), u"raw"_s), 13.0);
    QCOMPARE(scoreOf(categoryOf(result, u"HON"_s), u"percent"_s), 100.0);
    QCOMPARE(scoreOf(categoryOf(result, u"REL"_s), u"raw"_s), 6.0);
    QCOMPARE(scoreOf(categoryOf(result, u"REL"_s), u"percent"_s), 36.36);
    QCOMPARE(scoreOf(categoryOf(result, u"RULE"_s), u"percent"_s), 27.27);
    QCOMPARE(numbers(result.value(u"inconsistency"_s).toObject(), { u"pairs"_s, u"index"_s }),
             (QList<double> { 3, 1.33 }));
    QCOMPARE(result.value(u"inconsistency"_s).toObject().value(u"flagged"_s).toBool(), false);
}

void TestAssessmentsScoring::levelOneGivesPartialCreditAndKeepsWrittenAnswers()
{
    // Right: 1. Email (a, b and d correct), chose a and b: (2 - 0) / 3. Late shift: wrong, 0.
    // Personal data (a and c correct), chose a, b, c: (2 - 1) / 2 = 0.5.
    // 1 + 0.667 + 0 + 0.5 = 2.17 of 0..4 = 54.17 %; one answer wholly right of four.
    const QJsonObject result = takeTest(m_talent, u"level-one"_s, [](const QJsonObject &q) {
        return byWords(
                q,
                { { u"not meant to see"_s, choice(u"b"_s) },
                  { u"professional email"_s, choices({ u"a"_s, u"b"_s }) },
                  { u"20 minutes late"_s, choice(u"b"_s) },
                  { u"personal data"_s, choices({ u"a"_s, u"b"_s, u"c"_s }) },
                  { u"proud"_s, QJsonObject { { u"text"_s, u"I rebuilt our stock sheet."_s } } } });
    });
    const QJsonObject basics = categoryOf(result, u"BASICS"_s);
    QCOMPARE(scoreOf(basics, u"raw"_s), 2.17);
    QCOMPARE(scoreOf(basics, u"max"_s), 4.0);
    QCOMPARE(scoreOf(basics, u"percent"_s), 54.17);
    QCOMPARE(result.value(u"correct"_s).toInt(), 1);
    QCOMPARE(result.value(u"gradable"_s).toInt(), 4);
    // Written answers are kept for the reader, and count in no score.
    const QJsonArray written = result.value(u"written"_s).toArray();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).toObject().value(u"text"_s).toString(), u"I rebuilt our stock sheet."_s);
    QCOMPARE(written.at(0).toObject().value(u"question"_s).toString(),
             u"Describe a task you are proud of completing, and what you did."_s);
    QCOMPARE(result.value(u"total"_s).toObject().value(u"percent"_s).toDouble(), 54.17);

    // The level-one questionnaire is taken once.
    const Reply again = start(m_talent, u"level-one"_s);
    QCOMPARE(again.status, 409);
    QVERIFY2(again.message().contains(u"already taken"_s), qPrintable(again.message()));
}

void TestAssessmentsScoring::comprehensionMeasuresSpeedAndAccuracy()
{
    const Reply started = start(m_talent, u"comprehension"_s);
    QCOMPARE(started.status, 201);
    const QJsonObject attempt = started.json();
    const QJsonObject passage = attempt.value(u"passage"_s).toObject();
    QVERIFY(passage.value(u"body"_s).toString().size() > 200);
    const int words = passage.value(u"word_count"_s).toInt();
    QVERIFY(words > 100);
    // While the passage is read its questions are not shown, and cannot be answered.
    QCOMPARE(attempt.value(u"questions"_s).toArray().size(), 0);
    const qint64 id = attempt.value(u"id"_s).toInteger();
    const Reply early = m_server->post(
            u"/api/v1/assessments/comprehension/submissions"_s,
            QJsonObject { { u"answers"_s,
                            QJsonArray { QJsonObject { { u"question_id"_s, 1 },
                                                       { u"choice"_s, u"a"_s } } } } },
            m_talent.token);
    QCOMPARE(early.status, 409);

    const Reply read = m_server->post(u"/api/v1/assessment-attempts/%1/reading-done"_s.arg(id),
                                      QJsonObject {}, m_talent.token);
    QCOMPARE(read.status, 200);
    QVERIFY(read.json().value(u"passage"_s).toObject().value(u"body"_s).isNull());
    const QJsonArray questions = read.json().value(u"questions"_s).toArray();
    QCOMPARE(questions.size(), 3);
    // Reading took two minutes.
    const QDateTime done = QDateTime::fromString(read.json().value(u"reading_done_at"_s).toString(),
                                                 Qt::ISODateWithMs);
    setAttemptTime(id, u"started_at"_s, timeText(done.addSecs(-120)));

    // The key, from the bank's editor view: two answers right, one wrong.
    QHash<qint64, QString> right;
    QHash<qint64, QString> wrong;
    const Reply passages
            = m_server->get(u"/api/v1/assessments/comprehension/passages"_s, m_admin.token);
    for (const QJsonValue &p : passages.json().value(u"data"_s).toArray()) {
        for (const QJsonValue &q : p.toObject().value(u"questions"_s).toArray()) {
            for (const QJsonValue &option : q.toObject().value(u"options"_s).toArray()) {
                const qint64 question = q.toObject().value(u"id"_s).toInteger();
                (option.toObject().value(u"correct"_s).toBool() ? right : wrong)
                        .insert(question, option.toObject().value(u"key"_s).toString());
            }
        }
    }
    QJsonArray answers;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const qint64 question = questions.at(i).toObject().value(u"id"_s).toInteger();
        answers.append(QJsonObject {
                { u"question_id"_s, question },
                { u"choice"_s, i < 2 ? right.value(question) : wrong.value(question) } });
    }
    const Reply submitted
            = m_server->post(u"/api/v1/assessments/comprehension/submissions"_s,
                             QJsonObject { { u"answers"_s, answers } }, m_talent.token);
    QCOMPARE(submitted.status, 200);
    const QJsonObject reading = submitted.json().value(u"reading"_s).toObject();
    QCOMPARE(reading.value(u"words"_s).toInt(), words);
    QCOMPARE(reading.value(u"seconds"_s).toDouble(), 120.0);
    // words / 2 minutes; 2 of 3 right.
    QCOMPARE(reading.value(u"words_per_minute"_s).toDouble(), std::round(words * 50.0) / 100.0);
    QCOMPARE(reading.value(u"accuracy"_s).toDouble(), 66.67);
    QCOMPARE(submitted.json().value(u"percent"_s).toDouble(), 66.67);
    QCOMPARE(submitted.json().value(u"correct"_s).toInt(), 2);
}

void TestAssessmentsScoring::ownBankScoresEveryQuestionType()
{
    const QJsonArray options3 {
        QJsonObject { { u"key"_s, u"a"_s }, { u"text"_s, u"A"_s }, { u"correct"_s, true } },
        QJsonObject { { u"key"_s, u"b"_s }, { u"text"_s, u"B"_s } },
        QJsonObject { { u"key"_s, u"c"_s }, { u"text"_s, u"C"_s } }
    };
    auto option = [](const QString &key, bool correct) {
        return QJsonObject { { u"key"_s, key },
                             { u"text"_s, key.toUpper() },
                             { u"correct"_s, correct } };
    };
    auto weighted = [](const QString &key, double weight) {
        return QJsonObject { { u"key"_s, key },
                             { u"text"_s, key.toUpper() },
                             { u"weight"_s, weight } };
    };
    const qint64 bank = createBank(QJsonObject {
            { u"title"_s, u"Every question type"_s },
            { u"retake_days"_s, 0 },
            { u"categories"_s,
              QJsonArray { QJsonObject { { u"code"_s, u"K"_s }, { u"name"_s, u"Knowledge"_s } },
                           QJsonObject { { u"code"_s, u"T"_s }, { u"name"_s, u"Traits"_s } },
                           QJsonObject { { u"code"_s, u"T1"_s },
                                         { u"name"_s, u"Calm"_s },
                                         { u"parent"_s, u"T"_s } } } },
            { u"questions"_s,
              QJsonArray {
                      QJsonObject { { u"type"_s, u"single_choice"_s },
                                    { u"text"_s, u"Q1"_s },
                                    { u"category"_s, u"K"_s },
                                    { u"options"_s, options3 } },
                      QJsonObject { { u"type"_s, u"multiple_choice"_s },
                                    { u"text"_s, u"Q2"_s },
                                    { u"category"_s, u"K"_s },
                                    { u"options"_s,
                                      QJsonArray { option(u"a"_s, true), option(u"b"_s, true),
                                                   option(u"c"_s, true), option(u"d"_s, false) } } },
                      QJsonObject { { u"type"_s, u"multiple_choice"_s },
                                    { u"text"_s, u"Q3"_s },
                                    { u"category"_s, u"K"_s },
                                    { u"options"_s,
                                      QJsonArray { option(u"a"_s, true), option(u"b"_s, true),
                                                   option(u"c"_s, false) } } },
                      QJsonObject { { u"type"_s, u"scenario"_s },
                                    { u"text"_s, u"Q4"_s },
                                    { u"options"_s,
                                      QJsonArray { weighted(u"x"_s, 0), weighted(u"y"_s, 2),
                                                   weighted(u"z"_s, 4) } } },
                      QJsonObject { { u"type"_s, u"likert"_s },
                                    { u"text"_s, u"Q5"_s },
                                    { u"category"_s, u"T1"_s },
                                    { u"pair_code"_s, u"p"_s } },
                      QJsonObject { { u"type"_s, u"likert"_s },
                                    { u"text"_s, u"Q6"_s },
                                    { u"category"_s, u"T1"_s },
                                    { u"pair_code"_s, u"p"_s },
                                    { u"reverse_keyed"_s, true } },
                      QJsonObject { { u"type"_s, u"free_text"_s }, { u"text"_s, u"Q7"_s } } } } });
    QVERIFY(bank > 0);
    const QJsonObject result = takeTest(m_talent, QString::number(bank), [](const QJsonObject &q) {
        const QString text = q.value(u"text"_s).toString();
        if (text == u"Q1"_s)
            return choice(u"b"_s); // wrong: 0 of 1
        if (text == u"Q2"_s)
            return choices({ u"a"_s, u"b"_s, u"d"_s }); // (2 - 1) / 3
        if (text == u"Q3"_s)
            return choices({ u"a"_s, u"b"_s, u"c"_s }); // (2 - 1) / 2
        if (text == u"Q4"_s)
            return choice(u"y"_s); // 2 of 0..4
        if (text == u"Q5"_s)
            return rating(4); // 4
        if (text == u"Q6"_s)
            return rating(4); // reverse: 2
        return QJsonObject { { u"text"_s, u"Because."_s } };
    });
    // Knowledge: 0 + 0.333 + 0.5 = 0.83 of 0..3 = 27.78 %; nothing wholly right.
    const QJsonObject knowledge = categoryOf(result, u"K"_s);
    QCOMPARE(scoreOf(knowledge, u"raw"_s), 0.83);
    QCOMPARE(scoreOf(knowledge, u"percent"_s), 27.78);
    QCOMPARE(result.value(u"correct"_s).toInt(), 0);
    QCOMPARE(result.value(u"gradable"_s).toInt(), 3);
    // Calm (and Traits, its domain): 4 + 2 = 6 of 2..10 = 50 %.
    QCOMPARE(scoreOf(categoryOf(result, u"T1"_s), u"raw"_s), 6.0);
    QCOMPARE(scoreOf(categoryOf(result, u"T"_s), u"percent"_s), 50.0);
    // Total, the scenario included: 0.83 + 2 + 6 = 8.83 of 2..17 = 45.56 %.
    QCOMPARE(numbers(result.value(u"total"_s).toObject(),
                     { u"raw"_s, u"min"_s, u"max"_s, u"percent"_s }),
             (QList<double> { 8.83, 2, 17, 45.56 }));
    // One pair 2 apart: index 2, but too few pairs to flag anyone.
    QCOMPARE(numbers(result.value(u"inconsistency"_s).toObject(), { u"pairs"_s, u"index"_s }),
             (QList<double> { 1, 2 }));
    QCOMPARE(result.value(u"inconsistency"_s).toObject().value(u"flagged"_s).toBool(), false);
    QCOMPARE(result.value(u"written"_s).toArray().size(), 1);
}

void TestAssessmentsScoring::cultureFitRanksApplicantsByDistanceToTarget()
{
    // The closest talent's category means are the target exactly: fit 100. The other answers 3
    // throughout: distance √(2² + 2² + 0² + 1² + 1²) = √10 = 3.162 of at most 4√5 = 8.944:
    // fit 100 × (1 - 0.3536) = 64.64.
    const QHash<QString, double> profile { { u"PACE"_s, 5 },
                                           { u"STRUCT"_s, 1 },
                                           { u"COLLAB"_s, 3 },
                                           { u"RISK"_s, 4 },
                                           { u"FEEDBACK"_s, 2 } };
    const QHash<QString, QJsonObject> bank = bankByText(u"culture-fit"_s);
    const TestUser close = m_server->createUser(Role::Talent);
    const TestUser middle = m_server->createUser(Role::Talent);
    const TestUser elsewhere = m_server->createUser(Role::Talent);
    applyTo(close, m_job);
    applyTo(middle, m_job);
    applyTo(elsewhere, m_otherJob);
    const QJsonObject closeResult = takeTest(close, u"culture-fit"_s, [&](const QJsonObject &q) {
        const QJsonObject key = bank.value(q.value(u"text"_s).toString());
        const int mean = int(profile.value(key.value(u"category"_s).toString()));
        return rating(key.value(u"reverse_keyed"_s).toBool() ? 6 - mean : mean);
    });
    QCOMPARE(scoreOf(categoryOf(closeResult, u"PACE"_s), u"mean"_s), 5.0);
    QCOMPARE(scoreOf(categoryOf(closeResult, u"STRUCT"_s), u"mean"_s), 1.0);
    takeTest(middle, u"culture-fit"_s, [](const QJsonObject &) { return rating(3); });
    takeTest(elsewhere, u"culture-fit"_s, [](const QJsonObject &) { return rating(3); });

    QJsonArray targets;
    for (auto it = profile.cbegin(); it != profile.cend(); ++it)
        targets.append(QJsonObject { { u"category"_s, it.key() }, { u"target"_s, it.value() } });
    const Reply set = m_server->put(u"/api/v1/assessments/culture-fit/target"_s,
                                    QJsonObject { { u"targets"_s, targets } }, m_owner.token);
    QCOMPARE(set.status, 200);
    QCOMPARE(findBy(set.json().value(u"targets"_s).toArray(), u"category"_s, u"RISK"_s)
                     .value(u"target"_s)
                     .toDouble(),
             4.0);

    const Reply ranked
            = m_server->get(u"/api/v1/assessments/culture-fit/applicants"_s, m_reader.token);
    QCOMPARE(ranked.status, 200);
    QVERIFY(ranked.json().value(u"target_set"_s).toBool());
    const QJsonArray rows = ranked.json().value(u"data"_s).toArray();
    QCOMPARE(valuesOf(rows, u"fit"_s), (QStringList { u"100"_s, u"64.64"_s }));
    QCOMPARE(rows.at(0).toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger(), close.id);
    QCOMPARE(rows.at(1).toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger(),
             middle.id);

    // The other company sees only its own applicant, unranked by a target it has not set.
    const Reply theirs
            = m_server->get(u"/api/v1/assessments/culture-fit/applicants"_s, m_otherOwner.token);
    QCOMPARE(theirs.status, 200);
    const QJsonArray theirRows = theirs.json().value(u"data"_s).toArray();
    QCOMPARE(theirRows.size(), 1);
    QCOMPARE(theirRows.at(0).toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger(),
             elsewhere.id);
    QVERIFY(theirRows.at(0).toObject().value(u"fit"_s).isNull());

    // A target on culture fit ranks nothing else: another assessment's ranking has no target.
    const Reply elsewhereRanked
            = m_server->get(u"/api/v1/assessments/soft-skills/applicants"_s, m_reader.token);
    QCOMPARE(elsewhereRanked.status, 200);
    QVERIFY(!elsewhereRanked.json().value(u"target_set"_s).toBool());
}

void TestAssessmentsScoring::percentilesWaitForThirtyTakers()
{
    const qint64 bank = createBank(QJsonObject {
            { u"title"_s, u"Steadiness check"_s },
            { u"categories"_s,
              QJsonArray { QJsonObject { { u"code"_s, u"X"_s }, { u"name"_s, u"Steadiness"_s } } } },
            { u"questions"_s,
              QJsonArray { QJsonObject { { u"type"_s, u"likert"_s },
                                         { u"text"_s, u"I stay steady."_s },
                                         { u"category"_s, u"X"_s } } } } });
    QVERIFY(bank > 0);
    const QString instrument = QString::number(bank);
    // Takers rate 1, 3, 5, 1, 3, 5, ...: ten of each by the thirtieth (0 %, 50 %, 100 %).
    QList<TestUser> takers;
    for (int i = 0; i < 30; ++i) {
        takers.append(m_server->createUser(Role::Talent));
        const int value = 1 + 2 * (i % 3);
        QVERIFY(!takeTest(takers.last(), instrument, [value](const QJsonObject &) {
                     return rating(value);
                 }).isEmpty());
        if (i == 28) {
            // 29 takers: withheld, with the count.
            const QJsonObject steadiness
                    = categoryOf(m_server->get(u"/api/v1/assessments/%1/scores/me"_s.arg(bank),
                                               takers.at(1).token)
                                         .json(),
                                 u"X"_s);
            QCOMPARE(steadiness.value(u"takers"_s).toInt(), 29);
            QVERIFY(steadiness.value(u"percentile"_s).isNull());
            QVERIFY(steadiness.value(u"percentile_withheld"_s).toBool());
        }
    }
    // 30 takers. A 3 (50 %): 10 below, 10 level: (10 + 10 / 2) / 30 = 50.
    // A 5 (100 %): 20 below, 10 level: (20 + 5) / 30 = 83.33.
    auto percentileOf = [&](const TestUser &talent) {
        const QJsonObject steadiness = categoryOf(
                m_server->get(u"/api/v1/assessments/%1/scores/me"_s.arg(bank), talent.token).json(),
                u"X"_s);
        [&] { QCOMPARE(steadiness.value(u"takers"_s).toInt(), 30); }();
        return steadiness.value(u"percentile"_s).toDouble(-1);
    };
    QCOMPARE(percentileOf(takers.at(1)), 50.0);
    QCOMPARE(percentileOf(takers.at(2)), 83.33);
    QCOMPARE(percentileOf(takers.at(0)), 16.67);

    // The admin's report counts the same takers per category, in fifths of the range.
    const Reply report
            = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(bank), m_admin.token);
    QCOMPARE(report.status, 200);
    QCOMPARE(report.json().value(u"takers"_s).toInt(), 30);
    const QJsonObject category = report.json().value(u"categories"_s).toArray().at(0).toObject();
    QCOMPARE(category.value(u"mean_percent"_s).toDouble(), 50.0);
    QCOMPARE(valuesOf(category.value(u"distribution"_s), u"count"_s),
             (QStringList { u"10"_s, u"0"_s, u"10"_s, u"0"_s, u"10"_s }));
    QCOMPARE(report.json().value(u"cohorts"_s).toArray().at(0).toObject().value(u"takers"_s).toInt(),
             30);
}

void TestAssessmentsScoring::reportsGiveEachCategorysPercentiles()
{
    const auto likert = [](const QString &code, const QString &text) {
        return QJsonObject { { u"type"_s, u"likert"_s },
                             { u"text"_s, text },
                             { u"category"_s, code } };
    };
    const qint64 bank = createBank(QJsonObject {
            { u"title"_s, u"Pace check"_s },
            { u"categories"_s,
              QJsonArray { QJsonObject { { u"code"_s, u"PACE"_s }, { u"name"_s, u"Pace"_s } },
                           QJsonObject { { u"code"_s, u"CARE"_s }, { u"name"_s, u"Care"_s } } } },
            { u"questions"_s,
              QJsonArray { likert(u"PACE"_s, u"I work at pace."_s),
                           likert(u"CARE"_s, u"I work with care."_s) } } });
    QVERIFY(bank > 0);
    // Four takers rate Pace 1, 2, 4 and 5 (0, 25, 75 and 100 %) and Care 3 each (50 %); overall
    // (rating + 3 - 2) / 8: 25, 37.5, 62.5 and 75 %.
    for (const int pace : { 4, 1, 5, 2 }) {
        const TestUser taker = m_server->createUser(Role::Talent);
        QVERIFY(!takeTest(taker, QString::number(bank), [pace](const QJsonObject &question) {
                     return rating(question.value(u"text"_s).toString().contains(u"pace"_s) ? pace
                                                                                            : 3);
                 }).isEmpty());
    }
    const Reply report
            = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(bank), m_admin.token);
    QCOMPARE(report.status, 200);
    const QStringList keys { u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s };
    const QJsonArray categories = report.json().value(u"categories"_s).toArray();
    // Between the nearest ranks, at (n - 1) × p: Pace's 25th at rank 0.75 is 0 + 0.75 × 25.
    QCOMPARE(numbers(findBy(categories, u"code"_s, u"PACE"_s).value(u"percentiles"_s).toObject(),
                     keys),
             (QList<double> { 18.75, 50, 81.25, 92.5 }));
    QCOMPARE(numbers(findBy(categories, u"code"_s, u"CARE"_s).value(u"percentiles"_s).toObject(),
                     keys),
             (QList<double> { 50, 50, 50, 50 }));
    QCOMPARE(numbers(report.json().value(u"percentiles"_s).toObject(), keys),
             (QList<double> { 34.38, 50, 65.63, 71.25 }));

    // A period without takers has none.
    const Reply empty
            = m_server->get(u"/api/v1/assessments/%1/reports?from=%2"_s.arg(bank).arg(
                                    QDate::currentDate().addDays(2).toString(Qt::ISODate)),
                            m_admin.token);
    QCOMPARE(empty.json().value(u"takers"_s).toInt(), 0);
    QVERIFY(empty.json().value(u"percentiles"_s).isNull());
    QVERIFY(empty.json()
                    .value(u"categories"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"percentiles"_s)
                    .isNull());
}

QTEST_GUILESS_MAIN(TestAssessmentsScoring)
#include "tst_assessments_scoring.moc"
