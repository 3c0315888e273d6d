// SPDX-License-Identifier: Apache-2.0
// The job search's index: relevance and stemming, facet counts against the database's own counts,
// a misspelt word, the index following writes (on this and another instance), and built again
// when it is gone.
#include "fixtures.h"
#include "testserver.h"

#include "core/database.h"
#include "core/metrics.h"
#include "core/servercontext.h"

#include <QDir>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject landing(TestServer &server, const QString &query)
{
    const Reply reply = server.get(u"/api/v1/jobs/landing"_s + query);
    if (reply.status != 200)
        qWarning() << "search" << query << "answered" << reply.status << reply.body;
    return reply.json();
}

QStringList titles(const QJsonObject &page)
{
    QStringList out;
    for (const QJsonValue &job : page.value(u"data"_s).toArray())
        out.append(job.toObject().value(u"title"_s).toString());
    return out;
}

qint64 totalOf(const QJsonObject &page)
{
    return page.value(u"meta"_s).toObject().value(u"total"_s).toInteger();
}

/** A facet's counts as value → count. */
QMap<QString, qint64> facet(const QJsonObject &page, const QString &name)
{
    QMap<QString, qint64> counts;
    const QJsonArray values = page.value(u"facets"_s).toObject().value(name).toArray();
    for (const QJsonValue &value : values) {
        const QJsonObject entry = value.toObject();
        const QString key = entry.contains(u"value"_s) ? entry.value(u"value"_s).toString()
                : entry.contains(u"within"_s)          ? entry.value(u"within"_s).toString()
                                              : entry.value(u"salary_min"_s).toVariant().toString();
        counts.insert(key, entry.value(u"count"_s).toInteger());
    }
    return counts;
}

/** The database's count per value of @p column among published jobs matching @p where. */
QMap<QString, qint64> sqlCounts(TestServer &server, const QString &column, const QString &where)
{
    QMap<QString, qint64> counts;
    Sql q(server.context().db(),
          u"SELECT %1 AS v, COUNT(*) AS n FROM jobs WHERE status = 'published' AND "
          u"deleted_at IS NULL AND %1 IS NOT NULL %2 GROUP BY %1"_s.arg(column, where));
    q.exec();
    while (q.next())
        counts.insert(q.text(u"v"_s), q.id(u"n"_s));
    return counts;
}

/** A counter of @p server's /metrics (0 before its first count). */
qint64 counter(TestServer &server, const QByteArray &name)
{
    for (const QByteArray &line : server.context().metrics->prometheusText().split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return 0;
}

/** What a person sees of a search's answer: the jobs in order, the total and every count. */
QJsonObject seen(TestServer &server, const QString &query)
{
    const QJsonObject page = landing(server, query);
    return { { u"titles"_s, QJsonArray::fromStringList(titles(page)) },
             { u"total"_s, totalOf(page) },
             { u"facets"_s, page.value(u"facets"_s) },
             { u"suggestion"_s, page.value(u"suggestion"_s) } };
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAreRankedTitleFirstAndStemmed()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        QVERIFY(publishJob(server, employer, u"Office manager"_s,
                           { { u"description"_s,
                               u"Keeps the office running and works with our analyst team."_s } }));
        QVERIFY(publishJob(server, employer, u"Data Analyst"_s));
        QVERIFY(publishJob(server, employer, u"Driver"_s));
        // The title weighs more than the description; "analysts" finds "Analyst".
        const QJsonObject found = landing(server, u"?q=analysts"_s);
        QCOMPARE(titles(found), (QStringList { u"Data Analyst"_s, u"Office manager"_s }));
        QCOMPARE(totalOf(found), 2);
        // The last word may be unfinished, as it is while someone types.
        QCOMPARE(titles(landing(server, u"?q=analy"_s)).size(), 2);
        // Words must all be there.
        QCOMPARE(titles(landing(server, u"?q=data%20analyst"_s)), QStringList { u"Data Analyst"_s });
        // Another sort still keeps only what the words find.
        QCOMPARE(titles(landing(server, u"?q=analyst&sort=newest"_s)),
                 (QStringList { u"Data Analyst"_s, u"Office manager"_s }));
        // A misspelt word finds nothing, and the answer says what was probably meant.
        const QJsonObject misspelt = landing(server, u"?q=analist"_s);
        QCOMPARE(totalOf(misspelt), 0);
        QCOMPARE(misspelt.value(u"suggestion"_s).toString(), u"analyst"_s);
        QVERIFY(!landing(server, u"?q=analyst"_s).contains(u"suggestion"_s));
    }

    void facetsAgreeWithTheDatabase()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        const QStringList states { u"Lagos"_s, u"Kano"_s, u"Oyo"_s, u"Rivers"_s };
        const QStringList types { u"full_time"_s, u"contract"_s, u"internship"_s };
        const QStringList modes { u"remote"_s, u"hybrid"_s, u"on_site"_s };
        const QStringList levels { u"entry_level"_s, u"mid_level"_s, u"senior"_s };
        const QStringList industries { u"accounting"_s, u"automotive"_s };
        for (int i = 0; i < 30; ++i) {
            QJsonObject job { { u"state"_s, states.at(i % 4) },
                              { u"job_type"_s, types.at(i % 3) },
                              { u"work_mode"_s, modes.at((i / 3) % 3) },
                              { u"career_level"_s, levels.at((i / 2) % 3) },
                              { u"industry"_s, industries.at(i % 2) } };
            if (i % 5 != 0) { // some jobs say nothing of pay
                job.insert(u"salary_min"_s, 40000 * (i % 7 + 1));
                job.insert(u"salary_max"_s, 80000 * (i % 7 + 1) + 20000 * (i % 3));
            }
            QVERIFY(publishJob(server, employer, u"Role %1"_s.arg(i), job));
        }
        publishJob(server, employer, u"A draft"_s, { { u"publish"_s, false } }); // never counted

        struct Case
        {
            QString query;
            QString where;
        };
        const QList<Case> cases {
            { QString(), QString() },
            { u"?job_type=contract"_s, u"AND job_type = 'contract'"_s },
            { u"?state=lagos&work_mode=remote"_s,
              u"AND state_key = 'lagos' AND work_mode = 'remote'"_s },
            { u"?salary_min=200000"_s, u"AND salary_max >= 200000"_s },
        };
        for (const Case &test : cases) {
            const QJsonObject page = landing(
                    server, test.query + (test.query.isEmpty() ? u"?"_s : u"&"_s) + u"limit=5"_s);
            const qint64 total
                    = Sql(server.context().db(),
                          u"SELECT COUNT(*) FROM jobs WHERE status = 'published' AND deleted_at "
                          u"IS NULL "_s
                                  + test.where)
                              .scalar()
                              .toLongLong();
            QCOMPARE(totalOf(page), total);
            QVERIFY(total > 0);
            for (const QString &column :
                 { u"state"_s, u"job_type"_s, u"work_mode"_s, u"career_level"_s, u"industry"_s })
                QCOMPARE(facet(page, column), sqlCounts(server, column, test.where));
            const QMap<QString, qint64> pay = facet(page, u"salary"_s);
            QVERIFY(!pay.isEmpty());
            for (auto it = pay.begin(); it != pay.end(); ++it) {
                QCOMPARE(it.value(),
                         Sql(server.context().db(),
                             u"SELECT COUNT(*) FROM jobs WHERE status = 'published' AND deleted_at "
                             u"IS NULL AND salary_max >= %1 "_s.arg(it.key())
                                     + test.where)
                                 .scalar()
                                 .toLongLong());
            }
            // Everything here was posted just now.
            QCOMPARE(facet(page, u"posted"_s).value(u"day"_s), total);
            QCOMPARE(facet(page, u"posted"_s).value(u"month"_s), total);
            // The page: the newest first, and the second page goes on from the first.
            for (int pageNumber : { 1, 2 }) {
                const QJsonArray shown
                        = landing(server,
                                  test.query + (test.query.isEmpty() ? u"?"_s : u"&"_s)
                                          + u"limit=5&page=%1"_s.arg(pageNumber))
                                  .value(u"data"_s)
                                  .toArray();
                Sql newest(
                        server.context().db(),
                        u"SELECT id FROM jobs WHERE status = 'published' AND deleted_at IS NULL "_s
                                + test.where
                                + u" ORDER BY published_at DESC, id DESC LIMIT 5 OFFSET %1"_s.arg(
                                        (pageNumber - 1) * 5));
                const QList<qint64> ids = newest.exec().takeIds();
                QCOMPARE(shown.size(), ids.size());
                for (qsizetype i = 0; i < ids.size(); ++i)
                    QCOMPARE(shown.at(i).toObject().value(u"id"_s).toInteger(), ids.at(i));
            }
        }
    }

    void theIndexFollowsEveryWrite()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        const qint64 job = publishJob(server, employer, u"Warehouse supervisor"_s);
        QCOMPARE(totalOf(landing(server, u"?q=warehouse"_s)), 1);
        // An edit is found by its new words at once, and no longer by the old ones.
        QCOMPARE(server.patch(u"/api/v1/jobs/%1"_s.arg(job),
                              QJsonObject { { u"title"_s, u"Logistics supervisor"_s } },
                              employer.token)
                         .status,
                 200);
        QCOMPARE(totalOf(landing(server, u"?q=warehouse"_s)), 0);
        QCOMPARE(totalOf(landing(server, u"?q=logistics"_s)), 1);
        // The company's name is searched too, and follows a rename.
        QCOMPARE(server.patch(u"/api/v1/companies/%1"_s.arg(*employer.companyId),
                              QJsonObject { { u"name"_s, u"Zebracorn Freight"_s } }, employer.token)
                         .status,
                 200);
        QCOMPARE(totalOf(landing(server, u"?q=zebracorn"_s)), 1);
        // A closed job leaves the search.
        QCOMPARE(server.patch(u"/api/v1/jobs/%1/status"_s.arg(job),
                              QJsonObject { { u"status"_s, u"closed"_s } }, employer.token)
                         .status,
                 200);
        QCOMPARE(totalOf(landing(server, u"?q=logistics"_s)), 0);
        QCOMPARE(totalOf(landing(server, QString())), 0);
    }

    void aResultsCardIsTheJobsOwn()
    {
        // The search serves cards from its index: each must say what the job's own page says,
        // and follow a new company logo as it follows a new name.
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        const qint64 job = publishJob(server, employer, u"Solar installer"_s);
        const auto cardAndPage = [&] {
            const QJsonArray found = landing(server, u"?q=solar"_s).value(u"data"_s).toArray();
            return std::pair { found.isEmpty() ? QJsonObject() : found.first().toObject(),
                               server.get(u"/api/v1/jobs/%1"_s.arg(job)).json() };
        };
        auto [card, page] = cardAndPage();
        QVERIFY(!card.isEmpty());
        for (auto it = card.constBegin(); it != card.constEnd(); ++it)
            QVERIFY2(page.value(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY(card[u"company"_s][u"logo_url"_s].isNull());

        QCOMPARE(server.raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(), "image/png",
                            employer.token)
                         .status,
                 200);
        std::tie(card, page) = cardAndPage();
        QVERIFY(card[u"company"_s][u"logo_url"_s].toString().startsWith(u"http"_s));
        QCOMPARE(card.value(u"company"_s), page.value(u"company"_s));
    }

    void theIndexIsBuiltAgainWhenItIsGone()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        for (int i = 0; i < 3; ++i)
            QVERIFY(publishJob(server, employer, u"Nurse %1"_s.arg(i)));
        const QStringList before = titles(landing(server, u"?q=nurse"_s));
        QCOMPARE(before.size(), 3);
        server.stop();
        const QString folder = QDir(server.dataDir()).filePath(u"index/jobs"_s);
        QVERIFY(QDir(folder).exists());
        QVERIFY(QDir(folder).removeRecursively());
        server.start();
        // Built again as the server starts, before anyone searches; /metrics says when that is done.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(folder).exists(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(counter(server, "wn_startup_work_running"), 0, 20000);
        QCOMPARE(titles(landing(server, u"?q=nurse"_s)), before);
        // A damaged one too.
        server.stop();
        for (const QString &file : QDir(folder).entryList(QDir::Files)) {
            QFile damaged(QDir(folder).filePath(file));
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write("not an index");
        }
        server.start();
        QCOMPARE(titles(landing(server, u"?q=nurse"_s)), before);
    }

    void aFrequentWordsPreparedSearchIsTheSearchItself()
    {
        // The same jobs on two servers: one prepares the search of every word three jobs have,
        // the other prepares none and asks the index each time.
        TestServer prepared({ { u"search/prepared_word_min_jobs"_s, u"3"_s } });
        TestServer asked({ { u"search/prepared_word_min_jobs"_s, u"0"_s } });
        const QStringList states { u"Lagos"_s, u"Kano"_s, u"Oyo"_s };
        for (TestServer *server : { &prepared, &asked }) {
            const TestUser employer = server->createUser(Role::Employer);
            // "nurse" in more than the 200 best a prepared word keeps (so that later pages go
            // past them) and in fewer than half the jobs (more would not be prepared): in the
            // title, once or twice, or only in the description, in texts of different lengths,
            // so that relevance has something to order. Those with the word in the description
            // alone pay the most, so a filter on pay keeps more of them than the best hold.
            for (int i = 0; i < 510; ++i) {
                const bool inTitle = i % 3 == 0;
                const bool inDescription = i % 12 == 8;
                QString description = u"Clinic work, shift %1."_s.arg(i);
                for (int more = 0; more < i % 4; ++more)
                    description += u" Patients, wards and rounds with the team."_s;
                if (inDescription)
                    description += u" The nurse leads the ward."_s;
                QJsonObject job { { u"state"_s, states.at((i / 3) % 3) },
                                  { u"description"_s, description } };
                if (i % 4 != 1) {
                    const int pay = inDescription ? 900000 : 30000 * (i % 5 + 1);
                    job.insert(u"salary_min"_s, pay);
                    job.insert(u"salary_max"_s, pay * 2);
                }
                const QString title = !inTitle ? u"Ward clerk %1"_s.arg(i)
                        : i % 5 == 0           ? u"Nurse and senior nurse %1"_s.arg(i)
                                               : u"Nurse %1"_s.arg(i);
                QVERIFY(publishJob(*server, employer, title, job));
            }
        }
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QStringList queries {
            u"?q=nurse"_s,
            u"?q=Nurse"_s,
            u"?q=nurse&page=2"_s,
            u"?q=nurse&page=7&limit=30"_s, // past the 200 best
            u"?q=nurse&sort=newest&page=3&limit=10"_s,
            u"?q=nurse&sort=salary"_s,
            u"?q=nurse&sort=deadline"_s,
            u"?q=nurse&state=lagos"_s,
            u"?q=nurse&state=oyo&page=4&limit=10"_s,
            u"?q=nurse&salary_min=120000&limit=50"_s,
            u"?q=nurse&salary_min=1000000&limit=50"_s, // past the best that pass
            u"?q=nurse&posted_since="_s + today,
            u"?q=ward&limit=50"_s,
            u"?q=clinic&state=oyo&sort=newest"_s,
            u"?q=nurses"_s, // not a word of the index: asked
        };
        for (const QString &query : queries) {
            const QJsonObject expected = seen(asked, query);
            QVERIFY2(expected.value(u"total"_s).toInteger() > 0, qPrintable(query));
            const QJsonObject answered = seen(prepared, query);
            QVERIFY2(answered == expected,
                     qPrintable(query + u"\nprepared: "_s
                                + QString::fromUtf8(
                                        QJsonDocument(answered).toJson(QJsonDocument::Compact))
                                + u"\nasked: "_s
                                + QString::fromUtf8(
                                        QJsonDocument(expected).toJson(QJsonDocument::Compact))));
        }
        // The prepared searches were the ones answered; the other server prepared none.
        QVERIFY(counter(prepared, "wn_search_prepared_answers_total") >= 12);
        QCOMPARE(counter(asked, "wn_search_prepared_answers_total"), 0);
    }

    void aJobPublishedOnOneInstanceIsFoundOnAnother()
    {
        if (!TestServer::onPostgres())
            QSKIP("instances share a database on PostgreSQL");
        TestServer first;
        TestServer second(first.sharedInstanceSettings());
        const TestUser employer = first.createUser(Role::Employer);
        QCOMPARE(totalOf(landing(second, u"?q=welder"_s)), 0); // the second index is open
        QVERIFY(publishJob(first, employer, u"Certified welder"_s));
        // The next search on the other instance finds it: no waiting for a message between them.
        QCOMPARE(totalOf(landing(second, u"?q=welder"_s)), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
