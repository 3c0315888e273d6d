// SPDX-License-Identifier: Apache-2.0
// Where results go beyond the talent: the talent's setting for who sees them, an employer's
// applicants and candidates filtered and ordered by a score, and the talent's dashboard.
#include "areas/assessments.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** Rates every statement @p rating (1 to 5): on a forward-keyed bank, (rating − 1) × 25 %. */
AnswerSheet rateAll(int rating)
{
    return [rating](const QJsonObject &) { return QJsonObject { { u"rating"_s, rating } }; };
}

/** The talents' ids of a list of applications, in its order. */
QList<qint64> applicantsOf(const QJsonArray &rows)
{
    QList<qint64> ids;
    for (const QJsonValue &row : rows)
        ids.append(row[u"talent"_s][u"id"_s].toInteger());
    return ids;
}

/** The ids of a list's rows, in its order. */
QList<qint64> idsOf(const QJsonArray &rows)
{
    QList<qint64> ids;
    for (const QJsonValue &row : rows)
        ids.append(row[u"id"_s].toInteger());
    return ids;
}

} // namespace

class TestAssessmentsSharing : public QObject, public AssessmentsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void aTalentChoosesWhoSeesTheirResults();
    void theSettingTakesOnlyItsValues();
    void applicantsAreFilteredAndOrderedByScore();
    void aScoreFilterNamesWhatItRefuses_data();
    void aScoreFilterNamesWhatItRefuses();
    void candidatesAreFoundOnlyByScoresShownToEveryEmployer();
    void aCompanysOwnAssessmentFindsEveryoneWhoTookIt();
    void theDashboardCountsEachAssessmentOnce();

private:
    /** Sets @p talent's assessment_visibility; the reply's status. */
    int show(const TestUser &talent, const QString &visibility);
    /** A company's GET @p path; its rows, or nothing if it was refused. */
    QJsonArray rowsOf(const QString &path, const TestUser &by);

    QString m_slug; // the platform's bank every talent here takes
    QString m_ownSlug; // the owner's own bank
    qint64 m_ownBank = 0;
    TestUser m_third; // a talent who applied to the owner and scored lower than m_talent
    qint64 m_talentResult = 0;
};

void TestAssessmentsSharing::initTestCase()
{
    setUp();
    const QJsonArray statements { QJsonObject { { u"type"_s, u"likert"_s },
                                                { u"text"_s, u"I finish what I start"_s },
                                                { u"category"_s, u"X"_s } },
                                  QJsonObject { { u"type"_s, u"likert"_s },
                                                { u"text"_s, u"I keep my promises"_s },
                                                { u"category"_s, u"X"_s } } };
    QJsonObject bank {
        { u"title"_s, u"Reliability"_s },
        { u"retake_days"_s, 0 },
        { u"categories"_s,
          QJsonArray { QJsonObject { { u"code"_s, u"X"_s }, { u"name"_s, u"Reliability"_s } } } },
        { u"questions"_s, statements }
    };
    const qint64 platformBank = createBank(bank);
    QVERIFY(platformBank > 0);
    bank.insert(u"title"_s, u"Owner's screening"_s);
    m_ownBank = createBank(bank, &m_owner);
    QVERIFY(m_ownBank > 0);
    m_slug = m_server->get(u"/api/v1/assessments/%1"_s.arg(platformBank), m_admin.token)
                     .json()
                     .value(u"slug"_s)
                     .toString();
    m_ownSlug = m_server->get(u"/api/v1/assessments/%1"_s.arg(m_ownBank), m_owner.token)
                        .json()
                        .value(u"slug"_s)
                        .toString();
    QVERIFY(!m_slug.isEmpty() && !m_ownSlug.isEmpty());

    m_third = castUser(u"third talent"_s, Role::Talent);
    applyTo(m_talent, m_job);
    applyTo(m_third, m_job);
    m_talentResult = takeTest(m_talent, m_slug, rateAll(4)).value(u"id"_s).toInteger();
    QVERIFY(m_talentResult > 0);
    QVERIFY(!takeTest(m_third, m_slug, rateAll(2)).isEmpty());
    // m_otherTalent applied nowhere the owner sees, and scored highest.
    QVERIFY(!takeTest(m_otherTalent, m_slug, rateAll(5)).isEmpty());
}

int TestAssessmentsSharing::show(const TestUser &talent, const QString &visibility)
{
    return m_server
            ->patch(u"/api/v1/talents/me/profile"_s,
                    QJsonObject { { u"assessment_visibility"_s, visibility } }, talent.token)
            .status;
}

QJsonArray TestAssessmentsSharing::rowsOf(const QString &path, const TestUser &by)
{
    const Reply reply = m_server->get(path, by.token);
    if (reply.status != 200)
        qWarning("%s refused: %d %s", qPrintable(path), reply.status, reply.body.constData());
    return reply.json().value(u"data"_s).toArray();
}

void TestAssessmentsSharing::aTalentChoosesWhoSeesTheirResults()
{
    const QString result = u"/api/v1/assessment-results/%1"_s.arg(m_talentResult);
    const QString scores = u"/api/v1/talents/%1/assessment-scores"_s.arg(m_talent.id);
    // By default: the talent, staff, and the companies applied to.
    QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                     .json()
                     .value(u"assessment_visibility"_s)
                     .toString(),
             u"applications"_s);
    QCOMPARE(m_server->get(result, m_owner.token).status, 200);
    QCOMPARE(m_server->get(result, m_otherOwner.token).status, 404);
    QCOMPARE(m_server->get(scores, m_otherOwner.token).status, 404);

    // Private: the company applied to no longer sees it, though it still knows its applicant.
    QCOMPARE(show(m_talent, u"private"_s), 200);
    QCOMPARE(m_server->get(result, m_owner.token).status, 404);
    QCOMPARE(m_server->get(result, m_talent.token).status, 200);
    QCOMPARE(m_server->get(result, m_admin.token).status, 200);
    const Reply hidden = m_server->get(scores, m_owner.token);
    QCOMPARE(hidden.status, 200);
    QCOMPARE(hidden.json().value(u"data"_s).toArray().size(), 0);
    QVERIFY(!idsOf(rowsOf(u"/api/v1/assessment-results?limit=100"_s, m_reader))
                     .contains(m_talentResult));
    const Reply report
            = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(m_slug), m_reader.token);
    QCOMPARE(report.json().value(u"takers"_s).toInt(), 1); // m_third alone

    // Every employer, applied to or not.
    QCOMPARE(show(m_talent, u"employers"_s), 200);
    QCOMPARE(m_server->get(result, m_otherOwner.token).status, 200);
    const Reply shown = m_server->get(scores, m_otherOwner.token);
    QCOMPARE(shown.status, 200);
    QCOMPARE(idsOf(shown.json().value(u"data"_s).toArray()), QList<qint64> { m_talentResult });
    // A company's report stays over its own applicants: the other company applied to nothing.
    QCOMPARE(m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(m_slug), m_otherOwner.token)
                     .json()
                     .value(u"takers"_s)
                     .toInt(),
             0);
    // A company's staff without applications.read still see nothing.
    QCOMPARE(m_server->get(result, m_noReader.token).status, 403);

    QCOMPARE(show(m_talent, u"applications"_s), 200);
    QCOMPARE(m_server->get(result, m_otherOwner.token).status, 404);
    QCOMPARE(m_server->get(result, m_owner.token).status, 200);
}

void TestAssessmentsSharing::theSettingTakesOnlyItsValues()
{
    const Reply refused = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"assessment_visibility"_s, u"everyone"_s } }, m_talent.token);
    QCOMPARE(refused.status, 400);
    QVERIFY(namesMessage(refused, u"assessment_visibility"_s));
    QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                     .json()
                     .value(u"assessment_visibility"_s)
                     .toString(),
             u"applications"_s);
    // A talent's setting is the talent's own.
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"assessment_visibility"_s, u"private"_s } },
                             m_owner.token)
                     .status,
             403);
}

void TestAssessmentsSharing::applicantsAreFilteredAndOrderedByScore()
{
    const QString applicants = u"/api/v1/jobs/%1/applicants?assessment=%2"_s.arg(m_job).arg(m_slug);
    // Both applicants took it: 75 % and 25 %, the highest first, each with the score.
    QJsonArray rows = rowsOf(applicants, m_reader);
    QCOMPARE(applicantsOf(rows), (QList<qint64> { m_talent.id, m_third.id }));
    QCOMPARE(rows[0][u"assessment_percent"_s].toDouble(), 75.0);
    QCOMPARE(rows[1][u"assessment_percent"_s].toDouble(), 25.0);
    QCOMPARE(applicantsOf(rowsOf(applicants + u"&min_percent=50"_s, m_reader)),
             QList<qint64> { m_talent.id });
    QCOMPARE(applicantsOf(rowsOf(applicants + u"&min_percent=75"_s, m_reader)),
             QList<qint64> { m_talent.id });
    QCOMPARE(rowsOf(applicants + u"&min_percent=76"_s, m_reader).size(), 0);
    // Without the filter the rows carry no score, and everyone is listed.
    rows = rowsOf(u"/api/v1/jobs/%1/applicants"_s.arg(m_job), m_reader);
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows[0].toObject().contains(u"assessment_percent"_s));

    // A talent who keeps results private is not found by them, nor is their score shown.
    QCOMPARE(show(m_talent, u"private"_s), 200);
    QCOMPARE(applicantsOf(rowsOf(applicants, m_reader)), QList<qint64> { m_third.id });
    QCOMPARE(show(m_talent, u"applications"_s), 200);

    // The company's own bank: nobody here took it yet.
    QCOMPARE(rowsOf(u"/api/v1/jobs/%1/applicants?assessment=%2"_s.arg(m_job).arg(m_ownSlug),
                    m_reader)
                     .size(),
             0);
}

void TestAssessmentsSharing::aScoreFilterNamesWhatItRefuses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("a minimum alone") << u"min_percent=50"_s << u"min_percent"_s;
    QTest::addRow("an unknown assessment") << u"assessment=no-such-bank"_s << u"assessment"_s;
    QTest::addRow("above 100") << u"assessment=%1&min_percent=101"_s << u"min_percent"_s;
    QTest::addRow("not a number") << u"assessment=%1&min_percent=many"_s << u"min_percent"_s;
}

void TestAssessmentsSharing::aScoreFilterNamesWhatItRefuses()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const QString filled = query.contains(u"%1"_s) ? query.arg(m_slug) : query;
    for (const QString &path :
         { u"/api/v1/jobs/%1/applicants?"_s.arg(m_job), u"/api/v1/candidates?"_s }) {
        const Reply refused = m_server->get(path + filled, m_reader.token);
        QCOMPARE(refused.status, 400);
        QVERIFY2(namesMessage(refused, field), refused.body.constData());
    }
    // Another company's own bank is one the owner cannot name.
    const qint64 rivalBank = createBank(
            QJsonObject {
                    { u"title"_s,
                      u"Rival screening %1"_s.arg(QLatin1StringView(QTest::currentDataTag())) } },
            &m_otherOwner);
    const QString rivalSlug
            = m_server->get(u"/api/v1/assessments/%1"_s.arg(rivalBank), m_otherOwner.token)
                      .json()
                      .value(u"slug"_s)
                      .toString();
    const Reply rival
            = m_server->get(u"/api/v1/candidates?assessment="_s + rivalSlug, m_reader.token);
    QCOMPARE(rival.status, 400);
    QVERIFY(namesMessage(rival, u"assessment"_s));
}

void TestAssessmentsSharing::candidatesAreFoundOnlyByScoresShownToEveryEmployer()
{
    const QString candidates = u"/api/v1/candidates?limit=100&assessment="_s + m_slug;
    // Nobody shows their results to every employer yet: applying to the owner is not enough.
    QCOMPARE(rowsOf(candidates, m_reader).size(), 0);
    QCOMPARE(show(m_talent, u"employers"_s), 200);
    QCOMPARE(show(m_otherTalent, u"employers"_s), 200);
    QJsonArray rows = rowsOf(candidates, m_otherOwner);
    // The highest score first, each with it.
    QCOMPARE(idsOf(rows), (QList<qint64> { m_otherTalent.id, m_talent.id }));
    QCOMPARE(rows[0][u"assessment_percent"_s].toDouble(), 100.0);
    QCOMPARE(rows[1][u"assessment_percent"_s].toDouble(), 75.0);
    QCOMPARE(idsOf(rowsOf(candidates + u"&min_percent=80"_s, m_otherOwner)),
             QList<qint64> { m_otherTalent.id });
    // Words still find; the filter still keeps.
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"headline"_s, u"Warehouse planner"_s } },
                             m_talent.token)
                     .status,
             200);
    QCOMPARE(idsOf(rowsOf(candidates + u"&q=warehouse"_s, m_otherOwner)),
             QList<qint64> { m_talent.id });

    // A new, lower result replaces the old one in the filter.
    QVERIFY(!takeTest(m_otherTalent, m_slug, rateAll(1)).isEmpty());
    rows = rowsOf(candidates, m_otherOwner);
    QCOMPARE(idsOf(rows), (QList<qint64> { m_talent.id, m_otherTalent.id }));
    QCOMPARE(rows[1][u"assessment_percent"_s].toDouble(), 0.0);

    // Taking the results back takes the talent out of the filter.
    QCOMPARE(show(m_talent, u"applications"_s), 200);
    QCOMPARE(show(m_otherTalent, u"private"_s), 200);
    QCOMPARE(rowsOf(candidates, m_otherOwner).size(), 0);
    QCOMPARE(show(m_otherTalent, u"applications"_s), 200);
}

void TestAssessmentsSharing::aCompanysOwnAssessmentFindsEveryoneWhoTookIt()
{
    // The talent took the owner's own screening at the owner's invitation: the owner finds them
    // by it whatever the talent's setting for the platform's results, and nobody else can name it.
    QVERIFY(!takeTest(m_third, m_ownSlug, rateAll(3)).isEmpty());
    QCOMPARE(show(m_third, u"private"_s), 200);
    const QJsonArray rows
            = rowsOf(u"/api/v1/candidates?assessment=%1&min_percent=50"_s.arg(m_ownSlug), m_reader);
    QCOMPARE(idsOf(rows), QList<qint64> { m_third.id });
    QCOMPARE(rows[0][u"assessment_percent"_s].toDouble(), 50.0);
    QCOMPARE(applicantsOf(
                     rowsOf(u"/api/v1/jobs/%1/applicants?assessment=%2"_s.arg(m_job).arg(m_ownSlug),
                            m_reader)),
             QList<qint64> { m_third.id });
    QCOMPARE(m_server->get(u"/api/v1/candidates?assessment="_s + m_ownSlug, m_otherOwner.token)
                     .status,
             400);
    QCOMPARE(show(m_third, u"applications"_s), 200);
}

void TestAssessmentsSharing::theDashboardCountsEachAssessmentOnce()
{
    // m_third took the platform's bank and the owner's; one more attempt changes nothing.
    const auto taken = [this] {
        return m_server->get(u"/api/v1/talents/me/dashboard"_s, m_third.token)
                .json()
                .value(u"assessments_taken"_s)
                .toInt(-1);
    };
    const int before = taken();
    QCOMPARE(before, 2);
    QVERIFY(!takeTest(m_third, m_slug, rateAll(3)).isEmpty());
    QCOMPARE(taken(), 2);
    const TestUser newcomer = castUser(u"newcomer"_s, Role::Talent);
    QCOMPARE(m_server->get(u"/api/v1/talents/me/dashboard"_s, newcomer.token)
                     .json()
                     .value(u"assessments_taken"_s)
                     .toInt(-1),
             0);
}

QTEST_GUILESS_MAIN(TestAssessmentsSharing)
#include "tst_assessments_sharing.moc"
