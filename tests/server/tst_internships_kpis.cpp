// SPDX-License-Identifier: Apache-2.0
// A programme's KPIs and how interns stand against them: weights that sum to 100, evidence
// submitted per KPI, scores given only by the programme's mentors, the weighted standing worked
// out by hand, the mentor's dashboard, the calibration view and the employer's report.
#include "areas/internships.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject evidence(const QString &content)
{
    return { { u"content"_s, content },
             { u"links"_s, QJsonArray { u"https://example.com/pull/42"_s } } };
}

QJsonObject scoreBody(int score, const QString &comment = u"Clear and tested"_s)
{
    return { { u"score"_s, score }, { u"comment"_s, comment } };
}

} // namespace

class TestInternshipsKpis : public QObject, public InternshipsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    void weightsThatDoNotSumTo100AreRefused();
    void weightsAreSetTogetherAndDeletingWaitsForThem();
    void aCompleteSetTakesAnotherKpiWithNewWeights();
    void kpisAreTheCompanysToWrite_data();
    void kpisAreTheCompanysToWrite();
    void badKpisAreRefusedNamingTheField();
    void onlyInternsSubmitEvidence();
    void evidenceIsCheckedAndReplacedUntilScored();
    void onlyTheProgrammesMentorScores_data();
    void onlyTheProgrammesMentorScores();
    void scoresStayOnTheKpisScale();
    void weightedStandingWorkedOutByHand();
    void standingIsForTheInternMentorsAndCompany_data();
    void standingIsForTheInternMentorsAndCompany();
    void reviewersSeeTheirSubmissionsOnly();
    void mentorDashboardCountsTheWork();
    void calibrationShowsHarshAndLenientMentors();
    void employerReportInJsonAndCsv();

private:
    /** A published programme with @p mentor assigned, KPIs of @p weights and scales, and
     *  @p talent as its intern; the KPI ids, then the application id last. */
    QList<qint64> programmeWithIntern(const QList<int> &weights, const QList<int> &maxScores,
                                      const TestUser &talent, qint64 *internship = nullptr);
    qint64 submit(qint64 kpi, const TestUser &talent, const QString &content = u"Done"_s);
};

QList<qint64> TestInternshipsKpis::programmeWithIntern(const QList<int> &weights,
                                                       const QList<int> &maxScores,
                                                       const TestUser &talent, qint64 *internship)
{
    const qint64 id = internshipIn(u"published"_s, m_owner);
    if (internship)
        *internship = id;
    if (id == 0 || !assign(id, m_mentor, m_owner))
        return {};
    QList<qint64> ids = addKpis(id, m_owner, weights, maxScores);
    const qint64 application = internOf(id, talent);
    if (ids.size() != weights.size() || application == 0)
        return {};
    ids.append(application);
    return ids;
}

qint64 TestInternshipsKpis::submit(qint64 kpi, const TestUser &talent, const QString &content)
{
    const Reply submitted
            = m_server->post(kpiPath(kpi, u"/submissions"_s), evidence(content), talent.token);
    return submitted.status == 201 ? submitted.json().value(u"id"_s).toInteger() : 0;
}

void TestInternshipsKpis::weightsThatDoNotSumTo100AreRefused()
{
    const qint64 internship = internshipIn(u"draft"_s, m_owner);
    const QJsonArray short90 { QJsonObject { { u"title"_s, u"Ship"_s }, { u"weight"_s, 60 } },
                               QJsonObject { { u"title"_s, u"Docs"_s }, { u"weight"_s, 30 } } };
    const Reply refused = m_server->post(internshipPath(internship, u"/kpis"_s),
                                         QJsonObject { { u"kpis"_s, short90 } }, m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY(namesMessage(refused, u"kpis"_s));
    QVERIFY(refused.message().contains(u"would sum to 90"_s));
    const Reply none = m_server->get(internshipPath(internship, u"/kpis"_s), m_owner.token);
    QCOMPARE(none.json().value(u"data"_s).toArray().size(), 0); // nothing half-written

    const QList<qint64> kpis = addKpis(internship, m_owner, { 50, 30, 20 });
    QCOMPARE(kpis.size(), 3);
    const Reply listed = m_server->get(internshipPath(internship, u"/kpis"_s), m_owner.token);
    QCOMPARE(listed.json().value(u"total_weight"_s).toInt(), 100);
    QCOMPARE(listed.json().value(u"complete"_s).toBool(), true);

    const Reply over = m_server->post(
            internshipPath(internship, u"/kpis"_s),
            QJsonObject { { u"kpis"_s,
                            QJsonArray { QJsonObject { { u"title"_s, u"Extra goal"_s },
                                                       { u"weight"_s, 10 } } } } },
            m_owner.token);
    QCOMPARE(over.status, 400);
    QVERIFY(over.message().contains(u"would sum to 110"_s));
    const Reply heavier = m_server->patch(kpiPath(kpis.at(0)), QJsonObject { { u"weight"_s, 60 } },
                                          m_owner.token);
    QCOMPARE(heavier.status, 400);
    QVERIFY(namesMessage(heavier, u"weight"_s));
    const Reply renamed = m_server->patch(
            kpiPath(kpis.at(0)),
            QJsonObject { { u"title"_s, u"Ship the API"_s }, { u"weight"_s, 50 } }, m_owner.token);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"title"_s).toString(), u"Ship the API"_s);
}

void TestInternshipsKpis::weightsAreSetTogetherAndDeletingWaitsForThem()
{
    qint64 internship = 0;
    const QList<qint64> ids = programmeWithIntern({ 50, 30, 20 }, {}, m_talents.at(0), &internship);
    QCOMPARE(ids.size(), 4);
    auto weights = [&ids](int a, int b, int c) {
        return QJsonObject {
            { u"weights"_s,
              QJsonArray { QJsonObject { { u"kpi_id"_s, ids.at(0) }, { u"weight"_s, a } },
                           QJsonObject { { u"kpi_id"_s, ids.at(1) }, { u"weight"_s, b } },
                           QJsonObject { { u"kpi_id"_s, ids.at(2) }, { u"weight"_s, c } } } }
        };
    };
    const Reply ninety = m_server->put(internshipPath(internship, u"/kpi-weights"_s),
                                       weights(40, 30, 20), m_owner.token);
    QCOMPARE(ninety.status, 400);
    QVERIFY(namesMessage(ninety, u"weights"_s));
    const Reply rebalanced = m_server->put(internshipPath(internship, u"/kpi-weights"_s),
                                           weights(40, 40, 20), m_owner.token);
    QCOMPARE(rebalanced.status, 200);
    QCOMPARE(valuesOf(rebalanced.json().value(u"data"_s), u"weight"_s),
             (QStringList { u"40"_s, u"40"_s, u"20"_s }));
    QJsonObject missingOne = weights(40, 40, 20);
    QJsonArray two = missingOne.value(u"weights"_s).toArray();
    two.removeLast();
    missingOne.insert(u"weights"_s, two);
    QCOMPARE(m_server->put(internshipPath(internship, u"/kpi-weights"_s), missingOne, m_owner.token)
                     .status,
             400);
    QCOMPARE(m_server->put(internshipPath(internship, u"/kpi-weights"_s), weights(40, 40, 20),
                           m_otherOwner.token)
                     .status,
             404);

    // A KPI with evidence stays; one without goes, and submissions wait for 100 again.
    QVERIFY(submit(ids.at(0), m_talents.at(0)) > 0);
    QCOMPARE(m_server->del(kpiPath(ids.at(0)), m_owner.token).status, 422);
    QCOMPARE(m_server->del(kpiPath(ids.at(2)), m_otherOwner.token).status, 404);
    QCOMPARE(m_server->del(kpiPath(ids.at(2)), m_owner.token).status, 204);
    const Reply incomplete = m_server->get(internshipPath(internship, u"/kpis"_s), m_owner.token);
    QCOMPARE(incomplete.json().value(u"total_weight"_s).toInt(), 80);
    QCOMPARE(incomplete.json().value(u"complete"_s).toBool(), false);
    const Reply waiting = m_server->post(kpiPath(ids.at(1), u"/submissions"_s), evidence(u"x"_s),
                                         m_talents.at(0).token);
    QCOMPARE(waiting.status, 422);
    QCOMPARE(addKpis(internship, m_owner, { 20 }).size(), 1);
    QVERIFY(submit(ids.at(1), m_talents.at(0)) > 0);
}

void TestInternshipsKpis::aCompleteSetTakesAnotherKpiWithNewWeights()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    const QList<qint64> ids = addKpis(internship, m_owner, { 60, 40 });
    QCOMPARE(ids.size(), 2);
    const QJsonObject added { { u"title"_s, u"Write the runbook"_s }, { u"weight"_s, 20 } };
    const QString path = internshipPath(internship, u"/kpis"_s);

    // Alone, a new goal would take the set over 100.
    const Reply over = m_server->post(path, QJsonObject { { u"kpis"_s, QJsonArray { added } } },
                                      m_owner.token);
    QCOMPARE(over.status, 400);
    QVERIFY2(over.message().contains(u"sum to 120"_s), qPrintable(over.message()));

    // With the goals it has weighed again, in the same request, it fits.
    const auto weight = [](qint64 kpi, int value) {
        return QJsonObject { { u"kpi_id"_s, kpi }, { u"weight"_s, value } };
    };
    const Reply notOurs = m_server->post(
            path,
            QJsonObject {
                    { u"kpis"_s, QJsonArray { added } },
                    { u"weights"_s, QJsonArray { weight(ids.at(0), 40), weight(987654, 40) } } },
            m_owner.token);
    QCOMPARE(notOurs.status, 400);
    QVERIFY2(notOurs.message().contains(u"KPI 987654"_s), qPrintable(notOurs.message()));
    const Reply fits = m_server->post(
            path,
            QJsonObject {
                    { u"kpis"_s, QJsonArray { added } },
                    { u"weights"_s, QJsonArray { weight(ids.at(0), 40), weight(ids.at(1), 40) } } },
            m_owner.token);
    QCOMPARE(fits.status, 201);
    QCOMPARE(valuesOf(fits.json().value(u"data"_s), u"weight"_s),
             (QStringList { u"40"_s, u"40"_s, u"20"_s }));
    QCOMPARE(fits.json().value(u"complete"_s).toBool(), true);
}

void TestInternshipsKpis::kpisAreTheCompanysToWrite_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 201;
    QTest::addRow("staff with jobs.create") << u"recruiter"_s << 201;
    QTest::addRow("staff without it") << u"chat-only staff"_s << 403;
    QTest::addRow("its mentor") << u"mentor"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestInternshipsKpis::kpisAreTheCompanysToWrite()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 internship = internshipIn(u"draft"_s, m_owner);
    const QJsonArray whole { QJsonObject { { u"title"_s, u"Everything"_s }, { u"weight"_s, 100 } } };
    QCOMPARE(m_server->post(internshipPath(internship, u"/kpis"_s),
                            QJsonObject { { u"kpis"_s, whole } }, tokenOf(caller))
                     .status,
             expected);
}

void TestInternshipsKpis::badKpisAreRefusedNamingTheField()
{
    const qint64 internship = internshipIn(u"draft"_s, m_owner);
    const Reply heavy = m_server->post(
            internshipPath(internship, u"/kpis"_s),
            QJsonObject { { u"kpis"_s,
                            QJsonArray { QJsonObject { { u"title"_s, u"Too heavy"_s },
                                                       { u"weight"_s, 120 } } } } },
            m_owner.token);
    QCOMPARE(heavy.status, 400);
    QVERIFY(heavy.message().contains(u"weight"_s));
    const Reply untitled = m_server->post(
            internshipPath(internship, u"/kpis"_s),
            QJsonObject { { u"kpis"_s, QJsonArray { QJsonObject { { u"weight"_s, 100 } } } } },
            m_owner.token);
    QCOMPARE(untitled.status, 400);
    QVERIFY(untitled.message().contains(u"title"_s));
    const Reply empty
            = m_server->post(internshipPath(internship, u"/kpis"_s), QJsonObject(), m_owner.token);
    QCOMPARE(empty.status, 400);
    QVERIFY(namesMessage(empty, u"kpis"_s));
    QCOMPARE(m_server->get(kpiPath(99999999)).status, 404);
    const QList<qint64> kpis = addKpis(internship, m_owner, { 100 });
    QCOMPARE(kpis.size(), 1);
    const Reply blanked = m_server->patch(kpiPath(kpis.at(0)),
                                          QJsonObject { { u"title"_s, u""_s } }, m_owner.token);
    QCOMPARE(blanked.status, 400);
    QVERIFY(namesMessage(blanked, u"title"_s));
}

void TestInternshipsKpis::onlyInternsSubmitEvidence()
{
    const QList<qint64> ids = programmeWithIntern({ 100 }, {}, m_talents.at(1));
    QCOMPARE(ids.size(), 2);
    const Reply outsider = m_server->post(kpiPath(ids.at(0), u"/submissions"_s), evidence(u"Me"_s),
                                          m_otherTalent.token);
    QCOMPARE(outsider.status, 403);
    QCOMPARE(m_server->post(kpiPath(ids.at(0), u"/submissions"_s), evidence(u"Me"_s), m_owner.token)
                     .status,
             403);
    QCOMPARE(m_server->post(kpiPath(ids.at(0), u"/submissions"_s), evidence(u"Me"_s)).status, 401);
    const Reply submitted
            = m_server->post(kpiPath(ids.at(0), u"/submissions"_s),
                             evidence(u"The endpoint is live"_s), m_talents.at(1).token);
    QCOMPARE(submitted.status, 201);
    QCOMPARE(submitted.json().value(u"status"_s).toString(), u"submitted"_s);
    QVERIFY(submitted.json().value(u"score"_s).isNull());
    QCOMPARE(submitted.json().value(u"links"_s).toArray().size(), 1);
}

void TestInternshipsKpis::evidenceIsCheckedAndReplacedUntilScored()
{
    const QList<qint64> ids = programmeWithIntern({ 100 }, {}, m_talents.at(2));
    QCOMPARE(ids.size(), 2);
    const qint64 kpi = ids.at(0);
    const TestUser &intern = m_talents.at(2);
    const Reply badLink = m_server->post(
            kpiPath(kpi, u"/submissions"_s),
            QJsonObject { { u"content"_s, u"See link"_s },
                          { u"links"_s, QJsonArray { u"javascript:alert(1)"_s } } },
            intern.token);
    QCOMPARE(badLink.status, 400);
    QVERIFY(badLink.message().contains(u"links"_s));
    const Reply noContent
            = m_server->post(kpiPath(kpi, u"/submissions"_s), QJsonObject(), intern.token);
    QCOMPARE(noContent.status, 400);
    QVERIFY(namesMessage(noContent, u"content"_s));
    const Reply foreignFile = m_server->post(
            kpiPath(kpi, u"/submissions"_s),
            QJsonObject { { u"content"_s, u"Attached"_s }, { u"file_key"_s, u"no-such-file"_s } },
            intern.token);
    QCOMPARE(foreignFile.status, 400);
    QVERIFY(namesMessage(foreignFile, u"file_key"_s));

    // A document the intern uploaded goes with the evidence; the mentor may download it.
    const Reply presigned
            = m_server->post(u"/api/v1/storage/presign"_s,
                             QJsonObject { { u"kind"_s, u"document"_s } }, intern.token);
    QCOMPARE(presigned.status, 200);
    const Reply uploaded = m_server->raw("PUT", pathOf(presigned.json().value(u"url"_s).toString()),
                                         tinyPdf(), "application/pdf");
    QCOMPARE(uploaded.status, 201);
    const QString fileKey = uploaded.json().value(u"key"_s).toString();

    const qint64 first = submit(kpi, intern, u"First draft"_s);
    QVERIFY(first > 0);
    const Reply replaced = m_server->post(
            kpiPath(kpi, u"/submissions"_s),
            QJsonObject { { u"content"_s, u"Final version"_s }, { u"file_key"_s, fileKey } },
            intern.token);
    QCOMPARE(replaced.status, 201);
    QCOMPARE(replaced.json().value(u"id"_s).toInteger(), first);
    QCOMPARE(replaced.json().value(u"content"_s).toString(), u"Final version"_s);
    QCOMPARE(m_server->get(u"/api/v1/files/"_s + fileKey, m_mentor.user.token).status, 200);
    QCOMPARE(m_server->get(u"/api/v1/files/"_s + fileKey, m_otherMentor.user.token).status, 404);

    const Reply mine = m_server->get(kpiPath(kpi, u"/submissions/mine"_s), intern.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json().value(u"id"_s).toInteger(), first);
    QCOMPARE(m_server->get(kpiPath(kpi, u"/submissions/mine"_s), m_otherTalent.token).status, 404);

    QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(first), scoreBody(4),
                            m_mentor.user.token)
                     .status,
             200);
    const Reply late = m_server->post(kpiPath(kpi, u"/submissions"_s), evidence(u"Too late"_s),
                                      intern.token);
    QCOMPARE(late.status, 409);
    const Reply history = m_server->get(u"/api/v1/talents/me/kpi-submissions"_s, intern.token);
    QCOMPARE(history.status, 200);
    const QJsonObject scored = findBy(history.json().value(u"data"_s).toArray(), u"id"_s, first);
    QCOMPARE(scored.value(u"status"_s).toString(), u"scored"_s);
    QCOMPARE(scored.value(u"score"_s).toInt(), 4);
    QCOMPARE(scored.value(u"comment"_s).toString(), u"Clear and tested"_s);
}

void TestInternshipsKpis::onlyTheProgrammesMentorScores_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("the programme's mentor") << u"mentor"_s << 200;
    QTest::addRow("a mentor of the company, not of the programme") << u"second mentor"_s << 403;
    QTest::addRow("the company's owner") << u"owner"_s << 403;
    QTest::addRow("the company's recruiter") << u"recruiter"_s << 403;
    QTest::addRow("another company's mentor") << u"other company's mentor"_s << 403;
    QTest::addRow("the intern") << u"intern"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestInternshipsKpis::onlyTheProgrammesMentorScores()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const TestUser intern = m_server->createUser(Role::Talent);
    cast(u"intern"_s, intern);
    const QList<qint64> ids = programmeWithIntern({ 100 }, {}, intern);
    QCOMPARE(ids.size(), 2);
    const qint64 submission = submit(ids.at(0), intern);
    QVERIFY(submission > 0);
    const Reply scored = m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(submission),
                                        scoreBody(3), tokenOf(caller));
    QCOMPARE(scored.status, expected);
    const Reply after = m_server->get(kpiPath(ids.at(0), u"/submissions/mine"_s), intern.token);
    QCOMPARE(after.json().value(u"score"_s).isNull(), expected != 200);
    if (expected == 200)
        QCOMPARE(after.json().value(u"scored_by"_s).toObject().value(u"id"_s).toInteger(),
                 m_mentor.user.id);
}

void TestInternshipsKpis::scoresStayOnTheKpisScale()
{
    const QList<qint64> ids = programmeWithIntern({ 100 }, { 4 }, m_talents.at(3));
    const qint64 submission = submit(ids.at(0), m_talents.at(3));
    QVERIFY(submission > 0);
    const QString path = u"/api/v1/kpi-submissions/%1/score"_s.arg(submission);
    const Reply above = m_server->post(path, scoreBody(5), m_mentor.user.token);
    QCOMPARE(above.status, 400);
    QVERIFY(namesMessage(above, u"score"_s));
    const Reply negative = m_server->post(path, scoreBody(-1), m_mentor.user.token);
    QCOMPARE(negative.status, 400);
    QVERIFY(namesMessage(negative, u"score"_s));
    const Reply silent
            = m_server->post(path, QJsonObject { { u"score"_s, 3 } }, m_mentor.user.token);
    QCOMPARE(silent.status, 400);
    QVERIFY(namesMessage(silent, u"comment"_s));
    QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/99999999/score"_s, scoreBody(1),
                            m_mentor.user.token)
                     .status,
             404);
    // Once scored, the scale of the KPI no longer changes.
    QCOMPARE(m_server->post(path, scoreBody(4), m_mentor.user.token).status, 200);
    QCOMPARE(m_server->patch(kpiPath(ids.at(0)), QJsonObject { { u"max_score"_s, 10 } },
                             m_owner.token)
                     .status,
             422);
}

void TestInternshipsKpis::weightedStandingWorkedOutByHand()
{
    // Three KPIs: weight 50 on a scale of 5, 30 on 10, 20 on 4.
    const TestUser intern = m_server->createUser(Role::Talent);
    const TestUser peer = m_server->createUser(Role::Talent);
    qint64 internship = 0;
    const QList<qint64> ids
            = programmeWithIntern({ 50, 30, 20 }, { 5, 10, 4 }, intern, &internship);
    QCOMPARE(ids.size(), 4);
    const qint64 application = ids.at(3);
    const qint64 peerApplication = internOf(internship, peer);
    QVERIFY(peerApplication > 0);
    auto scoreKpi = [&](int kpi, const TestUser &who, int score) {
        const qint64 submission = submit(ids.at(kpi), who);
        return m_server
                ->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(submission), scoreBody(score),
                       m_mentor.user.token)
                .status;
    };
    // 4 of 5 on the first: 50 × 4/5 = 40; 5 of 10 on the second: 30 × 5/10 = 15; the third
    // waits: 40 + 15 = 55, with 80 of the weight scored.
    QCOMPARE(scoreKpi(0, intern, 4), 200);
    QCOMPARE(scoreKpi(1, intern, 5), 200);
    const Reply standing
            = m_server->get(internshipApplicationPath(application, u"/standing"_s), intern.token);
    QCOMPARE(standing.status, 200);
    QCOMPARE(standing.json().value(u"standing"_s).toDouble(), 55.0);
    QCOMPARE(standing.json().value(u"scored_weight"_s).toInt(), 80);
    const QJsonArray kpis = standing.json().value(u"kpis"_s).toArray();
    QCOMPARE(kpis.size(), 3);
    QCOMPARE(kpis.at(0).toObject().value(u"points"_s).toDouble(), 40.0);
    QCOMPARE(kpis.at(1).toObject().value(u"points"_s).toDouble(), 15.0);
    QVERIFY(kpis.at(2).toObject().value(u"points"_s).isNull());

    // 3 of 4 on the third: 20 × 3/4 = 15, so 70.
    QCOMPARE(scoreKpi(2, intern, 3), 200);
    QCOMPARE(m_server->get(internshipApplicationPath(application, u"/standing"_s), m_owner.token)
                     .json()
                     .value(u"standing"_s)
                     .toDouble(),
             70.0);
    // The peer: 5 of 5 on the first only, 50.
    QCOMPARE(scoreKpi(0, peer, 5), 200);
    const Reply enrolled = m_server->get(u"/api/v1/talents/me/internships"_s, intern.token);
    QCOMPARE(enrolled.status, 200);
    const QJsonObject mine
            = findBy(enrolled.json().value(u"data"_s).toArray(), u"application_id"_s, application);
    QCOMPARE(mine.value(u"standing"_s).toDouble(), 70.0);
    QCOMPARE(mine.value(u"internship"_s).toObject().value(u"id"_s).toInteger(), internship);
    const Reply ranking
            = m_server->get(internshipPath(internship, u"/standings"_s), m_mentor.user.token);
    QCOMPARE(ranking.status, 200);
    QCOMPARE(valuesOf(ranking.json().value(u"data"_s), u"application_id"_s),
             (QStringList { QString::number(application), QString::number(peerApplication) }));
    QCOMPARE(valuesOf(ranking.json().value(u"data"_s), u"standing"_s),
             (QStringList { u"70"_s, u"50"_s }));
}

void TestInternshipsKpis::standingIsForTheInternMentorsAndCompany_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("the intern") << u"standing intern"_s << 200;
    QTest::addRow("the programme's mentor") << u"mentor"_s << 200;
    QTest::addRow("the company's owner") << u"owner"_s << 200;
    QTest::addRow("its staff who read applications") << u"recruiter"_s << 200;
    QTest::addRow("its staff who only chat") << u"chat-only staff"_s << 404;
    QTest::addRow("a mentor not of the programme") << u"second mentor"_s << 404;
    QTest::addRow("another talent") << u"other talent"_s << 404;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestInternshipsKpis::standingIsForTheInternMentorsAndCompany()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const TestUser intern = m_server->createUser(Role::Talent);
    cast(u"standing intern"_s, intern);
    const QList<qint64> ids = programmeWithIntern({ 100 }, {}, intern);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_server->get(internshipApplicationPath(ids.at(1), u"/standing"_s), tokenOf(caller))
                     .status,
             expected);
}

void TestInternshipsKpis::reviewersSeeTheirSubmissionsOnly()
{
    const TestUser intern = m_server->createUser(Role::Talent);
    qint64 internship = 0;
    const QList<qint64> ids = programmeWithIntern({ 60, 40 }, {}, intern, &internship);
    const qint64 first = submit(ids.at(0), intern);
    const qint64 second = submit(ids.at(1), intern);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(first), scoreBody(2),
                            m_mentor.user.token)
                     .status,
             200);
    const QString query = u"/api/v1/kpi-submissions?internship_id=%1"_s.arg(internship);
    QCOMPARE(valueSet(m_server->get(query, m_mentor.user.token).json().value(u"data"_s), u"id"_s),
             (QSet<QString> { QString::number(first), QString::number(second) }));
    QCOMPARE(valueSet(m_server->get(query + u"&status=submitted"_s, m_owner.token)
                              .json()
                              .value(u"data"_s),
                      u"id"_s),
             QSet<QString> { QString::number(second) });
    QCOMPARE(m_server->get(query, m_otherMentor.user.token).json().value(u"data"_s).toArray().size(),
             0);
    QCOMPARE(m_server->get(query, m_otherOwner.token).json().value(u"data"_s).toArray().size(), 0);
    // The company's staff read its interns' evidence with applications.read, not without.
    QCOMPARE(m_server->get(query, m_recruiter.token).json().value(u"data"_s).toArray().size(), 2);
    QCOMPARE(m_server->get(query, m_chatOnly.token).json().value(u"data"_s).toArray().size(), 0);
    QCOMPARE(m_server->get(kpiPath(ids.at(1), u"/submissions"_s), m_chatOnly.token).status, 404);
    QCOMPARE(m_server->get(query, m_talent.token).status, 403);
    // The reviewer reads the KPI's rubric with the evidence, to score against it.
    QCOMPARE(m_server->patch(kpiPath(ids.at(1)),
                             QJsonObject { { u"rubric"_s, u"5: reconciled and explained"_s } },
                             m_owner.token)
                     .status,
             200);
    const Reply byKpi = m_server->get(kpiPath(ids.at(1), u"/submissions"_s), m_mentor.user.token);
    QCOMPARE(byKpi.status, 200);
    QCOMPARE(byKpi.json()[u"data"_s][0][u"kpi"_s][u"rubric"_s].toString(),
             u"5: reconciled and explained"_s);
    QCOMPARE(valuesOf(byKpi.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(second) });
    QCOMPARE(m_server->get(kpiPath(ids.at(1), u"/submissions"_s), m_otherMentor.user.token).status,
             404);
    const Reply badFilter = m_server->get(u"/api/v1/kpi-submissions?status=lost"_s, m_owner.token);
    QCOMPARE(badFilter.status, 400);
    QVERIFY(namesMessage(badFilter, u"status"_s));
    const Reply companyKpis = m_server->get(
            u"/api/v1/internship-kpis?internship_id=%1"_s.arg(internship), m_owner.token);
    QCOMPARE(companyKpis.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 2);
    QCOMPARE(m_server->get(u"/api/v1/internship-kpis?internship_id=%1"_s.arg(internship),
                           m_otherOwner.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             0);
    QCOMPARE(m_server->get(kpiPath(ids.at(0))).json().value(u"weight"_s).toInt(), 60);
}

void TestInternshipsKpis::mentorDashboardCountsTheWork()
{
    const Mentor fresh = newMentor(m_owner);
    const TestUser intern = m_server->createUser(Role::Talent);
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    QVERIFY(assign(internship, fresh, m_owner));
    const QList<qint64> kpis = addKpis(internship, m_owner, { 50, 50 }, { 5, 10 });
    QVERIFY(internOf(internship, intern) > 0);
    const qint64 first = submit(kpis.at(0), intern);
    const qint64 second = submit(kpis.at(1), intern);
    // 4 of 5 is 80 percent of the scale.
    QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(first), scoreBody(4),
                            fresh.user.token)
                     .status,
             200);
    const Reply dashboard = m_server->get(u"/api/v1/mentors/me/dashboard"_s, fresh.user.token);
    QCOMPARE(dashboard.status, 200);
    const QJsonObject stats = dashboard.json();
    QCOMPARE(stats.value(u"programmes"_s).toInt(), 1);
    QCOMPARE(stats.value(u"interns"_s).toInt(), 1);
    QCOMPARE(stats.value(u"pending_reviews"_s).toInt(), 1);
    QCOMPARE(stats.value(u"scored"_s).toInt(), 1);
    QCOMPARE(stats.value(u"average_score"_s).toDouble(), 80.0);
    QCOMPARE(valuesOf(stats.value(u"oldest_pending"_s), u"id"_s),
             QStringList { QString::number(second) });
    const Reply notAMentor = m_server->get(u"/api/v1/mentors/me/dashboard"_s, m_chatOnly.token);
    QCOMPARE(notAMentor.status, 403);
    QCOMPARE(m_server->get(u"/api/v1/mentors/me/dashboard"_s, m_talent.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/mentors/me/dashboard"_s).status, 401);
}

void TestInternshipsKpis::calibrationShowsHarshAndLenientMentors()
{
    const Mentor lenient = newMentor(m_owner);
    const Mentor harsh = newMentor(m_owner);
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    QVERIFY(assign(internship, lenient, m_owner) && assign(internship, harsh, m_owner));
    const QList<qint64> kpis = addKpis(internship, m_owner, { 100 }, { 10 });
    QList<qint64> submissions;
    for (int i = 0; i < 3; ++i) {
        const TestUser intern = m_server->createUser(Role::Talent);
        QVERIFY(internOf(internship, intern) > 0);
        submissions.append(submit(kpis.at(0), intern));
    }
    // The lenient mentor gives 10/10 and 8/10 (average 90 %), the harsh one 4/10 (40 %): the
    // programme's average is (100 + 80 + 40) / 3 = 73.33 %.
    auto give = [this](qint64 submission, const Mentor &mentor, int score) {
        return m_server
                ->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(submission), scoreBody(score),
                       mentor.user.token)
                .status;
    };
    QCOMPARE(give(submissions.at(0), lenient, 10), 200);
    QCOMPARE(give(submissions.at(1), lenient, 8), 200);
    QCOMPARE(give(submissions.at(2), harsh, 4), 200);
    const Reply calibration
            = m_server->get(internshipPath(internship, u"/calibration"_s), m_owner.token);
    QCOMPARE(calibration.status, 200);
    QCOMPARE(calibration.json().value(u"scored"_s).toInt(), 3);
    QCOMPARE(calibration.json().value(u"programme_average"_s).toDouble(), 73.33);
    const QJsonArray mentors = calibration.json().value(u"mentors"_s).toArray();
    const QJsonObject high = findBy(mentors, u"id"_s, lenient.user.id);
    const QJsonObject low = findBy(mentors, u"id"_s, harsh.user.id);
    QCOMPARE(high.value(u"average"_s).toDouble(), 90.0);
    QCOMPARE(high.value(u"difference"_s).toDouble(), 16.67);
    QCOMPARE(high.value(u"scored"_s).toInt(), 2);
    QCOMPARE(low.value(u"average"_s).toDouble(), 40.0);
    QCOMPARE(low.value(u"difference"_s).toDouble(), -33.33);
    QCOMPARE(m_server->get(internshipPath(internship, u"/calibration"_s), harsh.user.token).status,
             200);
    QCOMPARE(m_server->get(internshipPath(internship, u"/calibration"_s), m_otherOwner.token).status,
             404);
    QCOMPARE(m_server->get(internshipPath(internship, u"/calibration"_s), m_chatOnly.token).status,
             404);
    QCOMPARE(m_server->get(internshipPath(internship, u"/calibration"_s), m_talent.token).status,
             403);
}

void TestInternshipsKpis::employerReportInJsonAndCsv()
{
    const QString title = uniqueTitle(u"Reported internship"_s);
    const qint64 internship = internshipIn(u"published"_s, m_owner, { { u"title"_s, title } });
    QVERIFY(assign(internship, m_mentor, m_owner));
    const QList<qint64> kpis = addKpis(internship, m_owner, { 100 }, { 5 });
    const TestUser done = m_server->createUser(Role::Talent);
    const TestUser going = m_server->createUser(Role::Talent);
    const qint64 doneApplication = internOf(internship, done);
    QVERIFY(internOf(internship, going) > 0);
    QVERIFY(applyFor(internship, m_server->createUser(Role::Talent)) > 0);
    const qint64 submission = submit(kpis.at(0), done);
    QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(submission), scoreBody(3),
                            m_mentor.user.token)
                     .status,
             200);
    QCOMPARE(m_server->patch(internshipApplicationPath(doneApplication, u"/status"_s),
                             QJsonObject { { u"status"_s, u"completed"_s } }, m_owner.token)
                     .status,
             200);

    const Reply report = m_server->get(u"/api/v1/internship-reports"_s, m_owner.token);
    QCOMPARE(report.status, 200);
    const QJsonObject row = findBy(report.json().value(u"data"_s).toArray(), u"id"_s, internship);
    QCOMPARE(row.value(u"applications"_s).toInt(), 3);
    QCOMPARE(row.value(u"pending"_s).toInt(), 1);
    QCOMPARE(row.value(u"interns"_s).toInt(), 2);
    QCOMPARE(row.value(u"completed"_s).toInt(), 1);
    QCOMPARE(row.value(u"completion_rate"_s).toDouble(), 50.0);
    QCOMPARE(row.value(u"submissions"_s).toInt(), 1);
    QCOMPARE(row.value(u"scored"_s).toInt(), 1);
    // 3 of 5 on the only KPI is 60 for one intern, 0 for the other: 30 on average.
    QCOMPARE(row.value(u"average_standing"_s).toDouble(), 30.0);

    const Reply csv = m_server->get(u"/api/v1/internship-reports?format=csv"_s, m_owner.token);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    const QStringList lines = QString::fromUtf8(csv.body).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).startsWith(u"id,title,status,applications"_s));
    QVERIFY(lines.contains(u"%1,%2,published,3,1,1,0,1,2,50,1,1,1,30"_s.arg(internship).arg(title)));
    QVERIFY(!QString::fromUtf8(
                     m_server->get(u"/api/v1/internship-reports?format=csv"_s, m_otherOwner.token)
                             .body)
                     .contains(title));
    const Reply badFormat
            = m_server->get(u"/api/v1/internship-reports?format=xlsx"_s, m_owner.token);
    QCOMPARE(badFormat.status, 400);
    QVERIFY(namesMessage(badFormat, u"format"_s));
    QCOMPARE(m_server->get(u"/api/v1/internship-reports"_s, m_recruiter.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/internship-reports"_s, m_talent.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/internship-reports"_s).status, 401);
}

QTEST_MAIN(TestInternshipsKpis)
#include "tst_internships_kpis.moc"
