// SPDX-License-Identifier: Apache-2.0
// The candidate search behind the pipelines: its relevance, filters and facets on a seeded pool of
// talents (facets against SQL counts), a hidden talent never found, the pipelines a found talent is
// in, the index kept in step across instances and built again when it is gone.
#include "areas/pipelines.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPipelinesSearch : public QObject, public PipelinesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Candidate search
    void wordsAreRankedByRelevance();
    void filtersNarrowTheResults_data();
    void filtersNarrowTheResults();
    void facetsCountAsTheDatabaseDoes();
    void hiddenTalentIsNeverFound();
    void searchSaysWhichOfTheCompanysPipelinesHoldATalent();
    void searchRefusesBadFiltersAndOtherRoles();
    void aProfileChangedOnOneInstanceIsFoundOnAnother();
    void theIndexIsBuiltAgainWhenItIsGone();

private:
    /** The names (first names) the search finds for @p query, in order. */
    QStringList found(const QString &query);
    /** Findable talents by SQL: the truth the index is held to. */
    QString findableSql() const;
};

QStringList TestPipelinesSearch::found(const QString &query)
{
    const Reply reply = m_server->get(u"/api/v1/candidates?limit=100&"_s + query, m_employer.token);
    if (reply.status != 200)
        return { u"status %1: %2"_s.arg(reply.status).arg(reply.message()) };
    return valuesOf(reply.json().value(u"data"_s), u"first_name"_s);
}

QString TestPipelinesSearch::findableSql() const
{
    return u"FROM users u LEFT JOIN talent_profiles tp ON tp.user_id = u.id WHERE u.role = "
           u"'talent' AND u.status = 'active' AND u.deleted_at IS NULL AND (tp.hidden IS NULL "
           u"OR NOT tp.hidden)"_s;
}

// ---- Candidate search ----

void TestPipelinesSearch::wordsAreRankedByRelevance()
{
    // The headline weighs most; experience and a bio find the others; the hidden talent never.
    const QStringList analysts = found(u"q=data%20analyst"_s);
    QCOMPARE(analysts.value(0), u"Adaeze"_s);
    QCOMPARE(QSet<QString>(analysts.begin(), analysts.end()),
             QSet<QString>({ u"Adaeze"_s, u"Bola"_s, u"Chidi"_s }));
    // Stemmed: "analysts" finds "analyst"; a skill's name finds its holders.
    QCOMPARE(found(u"q=analysts"_s).value(0), u"Adaeze"_s);
    const QStringList holders = found(u"q=zebraql"_s);
    QCOMPARE(QSet<QString>(holders.begin(), holders.end()),
             QSet<QString>({ u"Adaeze"_s, u"Chidi"_s }));
    QCOMPARE(found(u"q=harmattan"_s), QStringList { u"Chidi"_s });
    QCOMPARE(found(u"q=theatre%20nurse"_s), QStringList { u"Efe"_s });
    const Reply misspelt = m_server->get(u"/api/v1/candidates?q=zebrqla"_s, m_employer.token);
    QCOMPARE(misspelt.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
    QCOMPARE(misspelt.json().value(u"suggestion"_s).toString(), u"zebraql"_s);
}

void TestPipelinesSearch::filtersNarrowTheResults_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("skill") << u"skills=%1"_s.arg(m_zebraql)
                           << QStringList { u"Adaeze"_s, u"Chidi"_s };
    QTest::newRow("two skills") << u"skills=%1,%2"_s.arg(m_zebraql).arg(m_quokka)
                                << QStringList { u"Adaeze"_s };
    QTest::newRow("state") << u"state=lagos&q=Pooltalent"_s
                           << QStringList { u"Adaeze"_s, u"Bola"_s };
    QTest::newRow("level and state")
            << u"career_level=test_senior&state=Kano"_s << QStringList { u"Chidi"_s };
    QTest::newRow("availability") << u"availability=two_weeks"_s << QStringList { u"Bola"_s };
    QTest::newRow("verified") << u"verified=true"_s << QStringList { u"Efe"_s };
    QTest::newRow("words and skill")
            << u"q=data&skills=%1"_s.arg(m_marmot) << QStringList { u"Bola"_s };
    QTest::newRow("unknown state") << u"state=Atlantis"_s << QStringList {};
}

void TestPipelinesSearch::filtersNarrowTheResults()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    QStringList got = found(query);
    got.sort();
    QCOMPARE(got, names);
}

void TestPipelinesSearch::facetsCountAsTheDatabaseDoes()
{
    const Reply all = m_server->get(u"/api/v1/candidates?limit=5"_s, m_employer.token);
    QCOMPARE(all.status, 200);
    QSqlDatabase db = m_server->context().db();
    const qint64 total = Sql(db, u"SELECT COUNT(*) "_s + findableSql()).scalar().toLongLong();
    QCOMPARE(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), total);
    QCOMPARE(all.json().value(u"data"_s).toArray().size(), 5);
    const QJsonObject facets = all.json().value(u"facets"_s).toObject();

    QHash<QString, qint64> byState;
    Sql states(db,
               u"SELECT u.state, COUNT(*) AS n "_s + findableSql()
                       + u" AND u.state IS NOT NULL GROUP BY u.state"_s);
    states.exec();
    while (states.next())
        byState.insert(states.text(u"state"_s), states.id(u"n"_s));
    QHash<QString, qint64> shown;
    for (const QJsonValue &entry : facets.value(u"state"_s).toArray())
        shown.insert(entry.toObject().value(u"value"_s).toString(),
                     entry.toObject().value(u"count"_s).toInteger());
    QCOMPARE(shown, byState);

    const qint64 zebraql = Sql(db,
                               u"SELECT COUNT(*) "_s + findableSql()
                                       + u" AND EXISTS (SELECT 1 FROM talent_skills ts WHERE "
                                         u"ts.user_id = u.id AND ts.skill_id = :skill)"_s)
                                   .bind(u":skill"_s, m_zebraql)
                                   .scalar()
                                   .toLongLong();
    QCOMPARE(findBy(facets.value(u"skills"_s).toArray(), u"name"_s, u"Zebraql"_s)
                     .value(u"count"_s)
                     .toInteger(),
             zebraql);
    QCOMPARE(facets.value(u"verified"_s).toInteger(),
             Sql(db,
                 u"SELECT COUNT(*) "_s + findableSql()
                         + u" AND (u.bvn_verified_at IS NOT NULL OR u.nin_verified_at IS NOT "
                           u"NULL)"_s)
                     .scalar()
                     .toLongLong());

    // Within the results: Lagos's pool talents are a senior and a junior, both available.
    const QJsonObject lagos
            = m_server->get(u"/api/v1/candidates?state=Lagos&q=Pooltalent"_s, m_employer.token)
                      .json()
                      .value(u"facets"_s)
                      .toObject();
    QCOMPARE(lagos.value(u"career_level"_s).toArray().size(), 2);
    QCOMPARE(findBy(lagos.value(u"availability"_s).toArray(), u"value"_s, u"two_weeks"_s)
                     .value(u"count"_s)
                     .toInteger(),
             1);
    QCOMPARE(lagos.value(u"state"_s).toArray(),
             QJsonArray({ QJsonObject { { u"value"_s, u"Lagos"_s }, { u"count"_s, 2 } } }));

    // Pages hold the rest, each once.
    QSet<qint64> seen;
    for (int page = 1; page <= (total + 4) / 5; ++page) {
        const Reply paged = m_server->get(u"/api/v1/candidates?limit=5&page=%1"_s.arg(page),
                                          m_employer.token);
        for (qint64 id : idList(paged.json().value(u"data"_s)))
            seen.insert(id);
    }
    QCOMPARE(qint64(seen.size()), total);
}

void TestPipelinesSearch::hiddenTalentIsNeverFound()
{
    QCOMPARE(found(u"q=extraordinaire"_s), QStringList());
    QVERIFY(!found(u"skills=%1"_s.arg(m_zebraql)).contains(u"Dami"_s));
    QVERIFY(!found(u"state=Lagos"_s).contains(u"Dami"_s));
    QVERIFY(!found(u"limit=100"_s).contains(u"Dami"_s));
    // Nor added from search.
    const qint64 id = createPipeline(m_employer, u"Hidden"_s);
    QCOMPARE(addTalent(id, m_dami, m_employer), 0);

    // Shown again when they say so, and hidden again at once.
    auto setHidden = [&](bool hidden) {
        return m_server->patch(u"/api/v1/talents/me/profile"_s,
                               QJsonObject { { u"hidden"_s, hidden } }, m_dami.token);
    };
    const Reply shown = setHidden(false);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json().value(u"hidden"_s).toBool(), false);
    QCOMPARE(found(u"q=extraordinaire"_s), QStringList { u"Dami"_s });
    QCOMPARE(setHidden(true).status, 200);
    QCOMPARE(found(u"q=extraordinaire"_s), QStringList());
    const Reply bad
            = m_server->patch(u"/api/v1/talents/me/profile"_s,
                              QJsonObject { { u"availability"_s, u"someday"_s } }, m_dami.token);
    QCOMPARE(bad.status, 400);
    QVERIFY2(namesMessage(bad, u"availability"_s), qPrintable(bad.message()));
}

void TestPipelinesSearch::searchSaysWhichOfTheCompanysPipelinesHoldATalent()
{
    const qint64 mine = createPipeline(m_employer, u"Where they are"_s);
    const qint64 candidate = addTalent(mine, m_chidi, m_employer);
    QVERIFY(candidate);
    const qint64 theirs = createPipeline(m_otherEmployer, u"Where they are, elsewhere"_s);
    QVERIFY(addTalent(theirs, m_chidi, m_otherEmployer));

    const Reply reply = m_server->get(u"/api/v1/candidates?q=harmattan"_s, m_reader.token);
    const QJsonObject chidi = reply.json().value(u"data"_s).toArray().first().toObject();
    const QJsonArray pipelines = chidi.value(u"pipelines"_s).toArray();
    const QJsonObject here = findBy(pipelines, u"id"_s, mine);
    QCOMPARE(here.value(u"candidate_id"_s).toInteger(), candidate);
    QCOMPARE(here.value(u"stage"_s).toObject().value(u"name"_s).toString(), u"Sourced"_s);
    QVERIFY(!idList(pipelines).contains(theirs));
    const Reply theirView
            = m_server->get(u"/api/v1/candidates?q=harmattan"_s, m_otherEmployer.token);
    const QList<qint64> theirIds = idList(
            theirView.json().value(u"data"_s).toArray().first().toObject().value(u"pipelines"_s));
    QCOMPARE(theirIds, QList<qint64> { theirs });
}

void TestPipelinesSearch::searchRefusesBadFiltersAndOtherRoles()
{
    for (const auto &[query, field] : { std::pair { u"availability=soon"_s, u"availability"_s },
                                        std::pair { u"skills=one,two"_s, u"skills"_s },
                                        std::pair { u"verified=perhaps"_s, u"verified"_s } }) {
        const Reply refused = m_server->get(u"/api/v1/candidates?"_s + query, m_employer.token);
        QCOMPARE(refused.status, 400);
        QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    }
    QCOMPARE(m_server->get(u"/api/v1/candidates"_s).status, 401);
    QCOMPARE(m_server->get(u"/api/v1/candidates"_s, m_talent.token).status, 403);
}

void TestPipelinesSearch::aProfileChangedOnOneInstanceIsFoundOnAnother()
{
    if (!TestServer::onPostgres())
        QSKIP("instances share a database on PostgreSQL");
    TestServer second(m_server->sharedInstanceSettings());
    auto search = [&](const QString &words) {
        return valuesOf(second.get(u"/api/v1/candidates?q="_s + words, m_employer.token)
                                .json()
                                .value(u"data"_s),
                        u"first_name"_s);
    };
    QCOMPARE(search(u"nurse"_s), QStringList { u"Efe"_s }); // the second index is open
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"headline"_s, u"Theatre nurse and midwife"_s } },
                             m_efe.token)
                     .status,
             200);
    QCOMPARE(search(u"midwife"_s), QStringList { u"Efe"_s });
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s, QJsonObject { { u"hidden"_s, true } },
                             m_efe.token)
                     .status,
             200);
    QCOMPARE(search(u"midwife"_s), QStringList());
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"hidden"_s, false } }, m_efe.token)
                     .status,
             200);
}

void TestPipelinesSearch::theIndexIsBuiltAgainWhenItIsGone()
{
    const QStringList before = found(u"q=data%20analyst"_s);
    QCOMPARE(before.size(), 3);
    m_server->stop();
    const QString folder = QDir(m_server->dataDir()).filePath(u"index/candidates"_s);
    QVERIFY(QDir(folder).exists());
    QVERIFY(QDir(folder).removeRecursively());
    m_server->start();
    QCOMPARE(found(u"q=data%20analyst"_s), before);
    QVERIFY(!found(u"limit=100"_s).contains(u"Dami"_s));
}

QTEST_GUILESS_MAIN(TestPipelinesSearch)
#include "tst_pipelines_search.moc"
