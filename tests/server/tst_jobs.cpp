// SPDX-License-Identifier: Apache-2.0
// Job posts: creating, publishing and closing, the public search, company lists, questions, FAQ.
#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject aJob(const QString &title, const QJsonObject &extra = {})
{
    QJsonObject job { { u"title"_s, title },
                      { u"description"_s,
                        u"Build and run the services our customers rely on, with a small team."_s },
                      { u"job_type"_s, u"full_time"_s },
                      { u"work_mode"_s, u"hybrid"_s },
                      { u"state"_s, u"Lagos"_s },
                      { u"salary_min"_s, 300000 },
                      { u"salary_max"_s, 600000 } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        job.insert(it.key(), it.value());
    return job;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        m_other = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        m_admin = m_server->createUser(Role::Admin);
        QSqlDatabase db = m_server->context().db();
        for (const QString &name : { u"Qt"_s, u"PostgreSQL"_s, u"Figma"_s }) {
            m_skills.append(
                    Sql(db,
                        u"INSERT INTO skills (name, name_key, category, active, created_at, "
                        u"updated_at) VALUES (:n, :k, 'test', TRUE, :now, :now) "
                        "ON CONFLICT (name_key) DO UPDATE SET active = TRUE RETURNING id"_s)
                            .bind(u":n"_s, name)
                            .bind(u":k"_s, u"test-"_s + name.toLower())
                            .bind(u":now"_s, nowText())
                            .scalar()
                            .toLongLong());
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void createAsADraftWithAUniqueSlug()
    {
        const Reply first = m_server->post(
                u"/api/v1/jobs"_s,
                aJob(u"Backend Engineer (Qt/C++)"_s,
                     { { u"skills"_s, QJsonArray { m_skills.at(0), m_skills.at(1) } } }),
                m_employer.token);
        QCOMPARE(first.status, 201);
        const QJsonObject job = first.json();
        QCOMPARE(job.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(job.value(u"slug"_s).toString(), u"backend-engineer-qt-c"_s);
        QCOMPARE(job.value(u"skills"_s).toArray().size(), 2);
        QCOMPARE(job.value(u"company"_s).toObject().value(u"id"_s).toInteger(),
                 *m_employer.companyId);
        QCOMPARE(job.value(u"location"_s).toObject().value(u"state"_s).toString(), u"Lagos"_s);
        const Reply second = m_server->post(u"/api/v1/jobs"_s, aJob(u"Backend Engineer (Qt/C++)"_s),
                                            m_other.token);
        QCOMPARE(second.json().value(u"slug"_s).toString(), u"backend-engineer-qt-c-2"_s);
    }

    void createValidatesEveryField_data()
    {
        QTest::addColumn<QJsonObject>("job");
        QTest::addColumn<QString>("message");
        QTest::addRow("no title") << QJsonObject { { u"description"_s,
                                                     u"long enough description here"_s },
                                                   { u"job_type"_s, u"full_time"_s },
                                                   { u"work_mode"_s, u"remote"_s } }
                                  << u"title should not be empty"_s;
        QTest::addRow("unknown type") << aJob(u"Analyst"_s, { { u"job_type"_s, u"forever"_s } })
                                      << u"job_type must be one of"_s;
        QTest::addRow("salary upside down")
                << aJob(u"Analyst"_s, { { u"salary_min"_s, 900000 }, { u"salary_max"_s, 100 } })
                << u"salary_max must be greater"_s;
        QTest::addRow("unknown state") << aJob(u"Analyst"_s, { { u"state"_s, u"Atlantis"_s } })
                                       << u"state must be one of"_s;
        QTest::addRow("unknown skill")
                << aJob(u"Analyst"_s, { { u"skills"_s, QJsonArray { 999999 } } })
                << u"unknown skill ids: 999999"_s;
        QTest::addRow("bad deadline") << aJob(u"Analyst"_s, { { u"deadline"_s, u"next week"_s } })
                                      << u"deadline must be a date"_s;
        QTest::addRow("short description")
                << aJob(u"Analyst"_s, { { u"description"_s, u"short"_s } })
                << u"description must be longer"_s;
    }
    void createValidatesEveryField()
    {
        QFETCH(QJsonObject, job);
        QFETCH(QString, message);
        const Reply reply = m_server->post(u"/api/v1/jobs"_s, job, m_employer.token);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(message), qPrintable(reply.message()));
    }

    void onlyCompaniesCreateJobs_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addRow("anonymous") << QString() << 401;
        QTest::addRow("talent") << m_talent.token << 403;
        QTest::addRow("admin") << m_admin.token << 403;
    }
    void onlyCompaniesCreateJobs()
    {
        QFETCH(QString, token);
        QFETCH(int, status);
        QCOMPARE(m_server->post(u"/api/v1/jobs"_s, aJob(u"Nope"_s), token).status, status);
    }

    void theLifeOfAJob()
    {
        const qint64 id
                = m_server->post(u"/api/v1/jobs"_s, aJob(u"Product Designer"_s), m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        auto setStatus = [&](const QString &status, const QString &token) {
            return m_server->patch(u"/api/v1/jobs/%1/status"_s.arg(id),
                                   QJsonObject { { u"status"_s, status } }, token);
        };
        // A draft is the company's own business.
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(id)).status, 404);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(id), m_other.token).status, 404);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(id), m_employer.token).status, 200);
        QCOMPARE(setStatus(u"closed"_s, m_employer.token).status, 422); // draft cannot close
        QCOMPARE(setStatus(u"published"_s, m_other.token).status, 404);
        QCOMPARE(setStatus(u"published"_s, m_talent.token).status, 403);

        const Reply published = setStatus(u"published"_s, m_employer.token);
        QCOMPARE(published.status, 200);
        QVERIFY(!published.json().value(u"published_at"_s).isNull());
        const QString slug = published.json().value(u"slug"_s).toString();
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(id)).status, 200);
        QCOMPARE(m_server->get(u"/api/v1/jobs/slug/"_s + slug).json().value(u"id"_s).toInteger(),
                 id);

        QCOMPARE(setStatus(u"archived"_s, m_employer.token).status, 422); // close it first
        QCOMPARE(setStatus(u"closed"_s, m_employer.token).json().value(u"status"_s).toString(),
                 u"closed"_s);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(id)).status, 404);
        QCOMPARE(setStatus(u"published"_s, m_employer.token).status, 200); // reopened
        QCOMPARE(setStatus(u"closed"_s, m_employer.token).status, 200);
        QCOMPARE(setStatus(u"archived"_s, m_employer.token).status, 200);
        QCOMPARE(setStatus(u"published"_s, m_employer.token).status, 422);
        QCOMPARE(m_server->patch(u"/api/v1/jobs/%1"_s.arg(id),
                                 QJsonObject { { u"title"_s, u"Renamed"_s } }, m_employer.token)
                         .status,
                 422);
        QCOMPARE(setStatus(u"draft"_s, m_employer.token).status, 400);
    }

    void aPastDeadlineBlocksPublishing()
    {
        const qint64 id
                = m_server->post(u"/api/v1/jobs"_s,
                                 aJob(u"Late Role"_s, { { u"deadline"_s, u"2020-01-31"_s } }),
                                 m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        const Reply refused = m_server->patch(u"/api/v1/jobs/%1/status"_s.arg(id),
                                              QJsonObject { { u"status"_s, u"published"_s } },
                                              m_employer.token);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.message().contains(u"deadline"_s));
        QCOMPARE(m_server->patch(u"/api/v1/jobs/%1"_s.arg(id),
                                 QJsonObject { { u"deadline"_s,
                                                 QDate::currentDate().addDays(30).toString(
                                                         Qt::ISODate) } },
                                 m_employer.token)
                         .status,
                 200);
        QCOMPARE(m_server->patch(u"/api/v1/jobs/%1/status"_s.arg(id),
                                 QJsonObject { { u"status"_s, u"published"_s } }, m_employer.token)
                         .status,
                 200);
    }

    void updatesStayWithinTheCompany()
    {
        const qint64 id
                = m_server->post(u"/api/v1/jobs"_s, aJob(u"Data Analyst"_s), m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        const Reply changed
                = m_server->patch(u"/api/v1/jobs/%1"_s.arg(id),
                                  QJsonObject { { u"salary_max"_s, 800000 },
                                                { u"skills"_s, QJsonArray { m_skills.at(2) } },
                                                { u"work_mode"_s, u"remote"_s } },
                                  m_employer.token);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(u"salary"_s).toObject().value(u"max"_s).toInt(), 800000);
        QCOMPARE(changed.json()
                         .value(u"skills"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"name"_s)
                         .toString(),
                 u"Figma"_s);
        QCOMPARE(m_server->patch(u"/api/v1/jobs/%1"_s.arg(id),
                                 QJsonObject { { u"salary_max"_s, 1 } }, m_employer.token)
                         .status,
                 400);
        QCOMPARE(m_server->patch(u"/api/v1/jobs/%1"_s.arg(id),
                                 QJsonObject { { u"title"_s, u"Mine now"_s } }, m_other.token)
                         .status,
                 404);
        QCOMPARE(m_server->patch(u"/api/v1/jobs/%1"_s.arg(id),
                                 QJsonObject { { u"title"_s, u"Mine now"_s } }, m_talent.token)
                         .status,
                 403);
        QCOMPARE(m_server->patch(u"/api/v1/jobs/999999"_s,
                                 QJsonObject { { u"title"_s, u"Ghost"_s } }, m_employer.token)
                         .status,
                 404);
    }

    void editsNeverBlankWhatARecordNeeds_data()
    {
        QTest::addColumn<QString>("record"); // what is created, then edited
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("blank");
        QTest::addRow("job title emptied") << u"job"_s << u"title"_s << u""_s;
        QTest::addRow("job title of spaces") << u"job"_s << u"title"_s << u"   "_s;
        QTest::addRow("job description emptied") << u"job"_s << u"description"_s << u""_s;
        QTest::addRow("question emptied") << u"question"_s << u"question"_s << u""_s;
        QTest::addRow("faq question emptied") << u"faq"_s << u"question"_s << u""_s;
        QTest::addRow("faq answer of spaces") << u"faq"_s << u"answer"_s << u"   "_s;
        QTest::addRow("faq category emptied") << u"faq"_s << u"category"_s << u""_s;
    }

    void editsNeverBlankWhatARecordNeeds()
    {
        QFETCH(QString, record);
        QFETCH(QString, field);
        QFETCH(QString, blank);
        struct Record
        {
            QString collection;
            QJsonObject body;
            QString token;
        };
        const QHash<QString, Record> records {
            { u"job"_s, { u"/api/v1/jobs"_s, aJob(u"Kept Title"_s), m_employer.token } },
            { u"question"_s,
              { u"/api/v1/prequalification-questions"_s,
                QJsonObject { { u"question"_s, u"Do you hold a licence?"_s },
                              { u"kind"_s, u"yes_no"_s },
                              { u"expected_answer"_s, u"yes"_s } },
                m_employer.token } },
            { u"faq"_s,
              { u"/api/v1/faqs"_s,
                QJsonObject { { u"category"_s, u"general"_s },
                              { u"question"_s, u"Can I blank this?"_s },
                              { u"answer"_s, u"Not with an edit."_s } },
                m_admin.token } },
        };
        const Record made = records.value(record);
        const QString token = made.token;
        const Reply created = m_server->post(made.collection, made.body, token);
        QCOMPARE(created.status, 201);
        const QString one
                = u"%1/%2"_s.arg(made.collection).arg(created.json().value(u"id"_s).toInteger());
        const Reply refused = m_server->patch(one, QJsonObject { { field, blank } }, token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.message(), field + u" should not be empty"_s);
        if (record != u"faq"_s) // FAQ entries are read in the public list only
            QCOMPARE(m_server->get(one, token).json().value(field), created.json().value(field));
    }

    void theLandingSearchFilters()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        QSqlDatabase db = server.context().db();
        const qint64 qt
                = Sql(db,
                      u"INSERT INTO skills (name, name_key, active, created_at, updated_at) VALUES ('Qt', 'zz-qt', TRUE, :now, :now) RETURNING id"_s)
                          .bind(u":now"_s, nowText())
                          .scalar()
                          .toLongLong();
        auto publish = [&](const QJsonObject &job) -> qint64 {
            const qint64 id = server.post(u"/api/v1/jobs"_s, job, employer.token)
                                      .json()
                                      .value(u"id"_s)
                                      .toInteger();
            const int status
                    = server.patch(u"/api/v1/jobs/%1/status"_s.arg(id),
                                   QJsonObject { { u"status"_s, u"published"_s } }, employer.token)
                              .status;
            return status == 200 ? id : -status; // the unfiltered search below fails on a refusal
        };
        const qint64 lagosQt = publish(
                aJob(u"Qt Developer"_s,
                     { { u"skills"_s, QJsonArray { qt } }, { u"salary_max"_s, 900000 } }));
        const qint64 remote = publish(aJob(u"Remote Support Agent"_s,
                                           { { u"summary"_s, u"Help customers in Hausa"_s },
                                             { u"work_mode"_s, u"remote"_s },
                                             { u"state"_s, u"Kano"_s },
                                             { u"salary_min"_s, 50000 },
                                             { u"salary_max"_s, 120000 } }));
        const qint64 intern = publish(aJob(u"Marketing Intern"_s,
                                           { { u"job_type"_s, u"internship"_s },
                                             { u"state"_s, u"FCT"_s },
                                             { u"salary_min"_s, 40000 },
                                             { u"salary_max"_s, 60000 } }));
        server.post(u"/api/v1/jobs"_s, aJob(u"Hidden Draft Developer"_s),
                    employer.token); // never listed

        auto ids = [&](const QString &query) {
            QList<qint64> out;
            const QJsonObject page = server.get(u"/api/v1/jobs/landing"_s + query).json();
            for (const QJsonValue &job : page.value(u"data"_s).toArray())
                out.append(job.toObject().value(u"id"_s).toInteger());
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(ids(QString()), (QList<qint64> { lagosQt, remote, intern }));
        QCOMPARE(ids(u"?q=developer"_s), QList<qint64> { lagosQt });
        QCOMPARE(ids(u"?remote=true"_s), QList<qint64> { remote });
        QCOMPARE(ids(u"?state=kano"_s), QList<qint64> { remote });
        QCOMPARE(ids(u"?job_type=internship"_s), QList<qint64> { intern });
        QCOMPARE(ids(u"?salary_min=500000"_s), QList<qint64> { lagosQt });
        QCOMPARE(ids(u"?salary_max=45000"_s), QList<qint64> { intern });
        QCOMPARE(ids(u"?skill=%1"_s.arg(qt)), QList<qint64> { lagosQt });
        QCOMPARE(ids(u"?q=%25"_s), QList<qint64> {}); // a literal %, not a wildcard
        // Words are found anywhere in the title or the summary, in any case, however short.
        QCOMPARE(ids(u"?q=DEVELOP"_s), QList<qint64> { lagosQt });
        QCOMPARE(ids(u"?q=in%20hausa"_s), QList<qint64> { remote });
        QCOMPARE(ids(u"?q=in+hausa"_s), QList<qint64> { remote }); // as an HTML form sends it
        QCOMPARE(ids(u"?q=qt"_s), QList<qint64> { lagosQt });
        QCOMPARE(ids(u"?q=_"_s), QList<qint64> {}); // a literal _, not a wildcard
        QCOMPARE(ids(u"?q=%25_%25"_s), QList<qint64> {});
        // Operators are words too, not query syntax; a quote is punctuation, not part of a word.
        QCOMPARE(ids(u"?q=%22developer"_s), QList<qint64> { lagosQt });
        QCOMPARE(ids(u"?q=developer%22%20OR%20%22intern"_s), QList<qint64> {});
        QCOMPARE(ids(u"?q=qt%20OR%20intern"_s), QList<qint64> {});
        // The state matches in any case, and follows an edit of the job.
        QCOMPARE(ids(u"?state=LAGOS"_s), QList<qint64> { lagosQt });
        QCOMPARE(server.patch(u"/api/v1/jobs/%1"_s.arg(intern),
                              QJsonObject { { u"state"_s, u"lagos"_s } }, employer.token)
                         .status,
                 200);
        QCOMPARE(ids(u"?state=Lagos"_s), (QList<qint64> { lagosQt, intern }));
        QCOMPARE(ids(u"?state=fct"_s), QList<qint64> {});
        // So do the words.
        QCOMPARE(server.patch(u"/api/v1/jobs/%1"_s.arg(intern),
                              QJsonObject { { u"title"_s, u"Growth Developer Intern"_s } },
                              employer.token)
                         .status,
                 200);
        QCOMPARE(ids(u"?q=developer"_s), (QList<qint64> { lagosQt, intern }));
        QCOMPARE(ids(u"?q=marketing"_s), QList<qint64> {});
        const QJsonObject bySalary
                = server.get(u"/api/v1/jobs/landing?sort=salary&limit=2"_s).json();
        QCOMPARE(bySalary.value(u"data"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
                 lagosQt);
        QCOMPARE(bySalary.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 3);
        QCOMPARE(bySalary.value(u"meta"_s).toObject().value(u"pages"_s).toInt(), 2);
        QCOMPARE(server.get(u"/api/v1/jobs/landing?sort=random"_s).status, 400);
        QCOMPARE(server.get(u"/api/v1/jobs/landing?salary_min=lots"_s).status, 400);
        // The company's public page lists the same published jobs.
        QCOMPARE(server.get(u"/api/v1/companies/%1/jobs"_s.arg(*employer.companyId))
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 3);
        QCOMPARE(server.get(u"/api/v1/companies/999999/jobs"_s).status, 404);

        // Every change shows at once, even one made behind the service's back: the database itself
        // notes it for the search index.
        auto total = [&] {
            return server.get(u"/api/v1/jobs/landing?job_type=contract"_s)
                    .json()
                    .value(u"meta"_s)
                    .toObject()
                    .value(u"total"_s)
                    .toInt();
        };
        QCOMPARE(total(), 0);
        Sql(db,
            u"UPDATE jobs SET job_type = 'contract' WHERE id = :id"_s) // behind the service's back
                .bind(u":id"_s, remote)
                .exec();
        QCOMPARE(total(), 1);
        QCOMPARE(server.patch(u"/api/v1/jobs/%1"_s.arg(lagosQt),
                              QJsonObject { { u"job_type"_s, u"contract"_s } }, employer.token)
                         .status,
                 200);
        QCOMPARE(total(), 2);
        // Pages of the same search are distinct.
        auto pageIds = [&](const QString &paging) {
            QList<qint64> found;
            const QJsonArray data = server.get(u"/api/v1/jobs/landing?job_type=contract"_s + paging)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &job : data)
                found.append(job.toObject().value(u"id"_s).toInteger());
            return found;
        };
        QCOMPARE(pageIds({}).size(), 2);
        QVERIFY(pageIds({}).contains(lagosQt));
        QCOMPARE(pageIds(u"&limit=1"_s).size(), 1);
        QCOMPARE(pageIds(u"&limit=1&page=2"_s).size(), 1);
        QVERIFY(pageIds(u"&limit=1"_s) != pageIds(u"&limit=1&page=2"_s));

        // The pages show the company: renaming it shows at once too.
        QCOMPARE(server.patch(u"/api/v1/companies/%1"_s.arg(*employer.companyId),
                              QJsonObject { { u"name"_s, u"Renamed Ltd"_s } }, employer.token)
                         .status,
                 200);
        const QJsonArray renamed = server.get(u"/api/v1/jobs/landing?job_type=contract"_s)
                                           .json()
                                           .value(u"data"_s)
                                           .toArray();
        QCOMPARE(
                renamed.first().toObject().value(u"company"_s).toObject().value(u"name"_s).toString(),
                u"Renamed Ltd"_s);
    }

    void theSearchReadsJobsThroughIndexes()
    {
        TestServer server;
        if (server.context().db().driverName() != u"QSQLITE"_s)
            QSKIP("the plan audit reads SQLite's plans");
        const TestUser employer = server.createUser(Role::Employer);
        const qint64 job = server.post(u"/api/v1/jobs"_s, aJob(u"Qt Developer"_s), employer.token)
                                   .json()
                                   .value(u"id"_s)
                                   .toInteger();
        QCOMPARE(server.patch(u"/api/v1/jobs/%1/status"_s.arg(job),
                              QJsonObject { { u"status"_s, u"published"_s } }, employer.token)
                         .status,
                 200);
        // Every filter and order the landing search offers, each alone.
        const QStringList queries { QString(),
                                    u"?state=kano"_s,
                                    u"?country=ng"_s,
                                    u"?remote=true"_s,
                                    u"?work_mode=hybrid"_s,
                                    u"?job_type=internship"_s,
                                    u"?career_level=entry"_s,
                                    u"?industry=technology"_s,
                                    u"?salary_min=500000"_s,
                                    u"?salary_max=45000"_s,
                                    u"?posted_since=2026-01-01"_s,
                                    u"?company_id=%1"_s.arg(*employer.companyId),
                                    u"?skill=1"_s,
                                    u"?q=developer"_s,
                                    u"?q=qt"_s,
                                    u"?sort=salary"_s,
                                    u"?sort=deadline"_s };
        QueryPlanAudit::start(
                { u"jobs"_s, u"companies"_s, u"job_skills"_s, u"applications"_s, u"users"_s });
        for (const QString &query : queries) {
            const int status = server.get(u"/api/v1/jobs/landing"_s + query).status;
            if (status != 200)
                QueryPlanAudit::stop();
            QVERIFY2(status == 200, qPrintable(query));
        }
        QCOMPARE(server.get(u"/api/v1/jobs/%1"_s.arg(job)).status, 200);
        QCOMPARE(server.get(u"/api/v1/companies/%1/jobs"_s.arg(*employer.companyId)).status, 200);
        const QStringList scans = QueryPlanAudit::stop();
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(u'\n')));
        // The audit does see a scan when there is one.
        QueryPlanAudit::start({ u"jobs"_s });
        Sql(server.context().db(), u"SELECT COUNT(*) FROM jobs j WHERE LOWER(j.summary) = 'x'"_s)
                .scalar();
        QCOMPARE(QueryPlanAudit::stop().size(), 1);
    }

    void aCompanySeesItsJobsWithApplicantCounts()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        const TestUser other = server.createUser(Role::Employer);
        const TestUser a = server.createUser(Role::Talent);
        const TestUser b = server.createUser(Role::Talent);
        const qint64 id
                = server.post(u"/api/v1/jobs"_s, aJob(u"Accountant"_s, { { u"publish"_s, true } }),
                              employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        server.post(u"/api/v1/jobs"_s, aJob(u"Their Role"_s), other.token);
        QSqlDatabase db = server.context().db();
        for (const auto &[talent, status] :
             { qMakePair(a.id, u"applied"_s), qMakePair(b.id, u"shortlisted"_s) }) {
            Sql(db,
                u"INSERT INTO applications (job_id, talent_id, status, created_at, updated_at) VALUES (:j, :t, :s, :now, :now)"_s)
                    .bind(u":j"_s, id)
                    .bind(u":t"_s, talent)
                    .bind(u":s"_s, status)
                    .bind(u":now"_s, nowText())
                    .exec();
        }
        const QJsonObject mine = server.get(u"/api/v1/jobs/mine"_s, employer.token).json();
        QCOMPARE(mine.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 1);
        const QJsonObject applicants
                = mine.value(u"data"_s).toArray().first().toObject().value(u"applicants"_s).toObject();
        QCOMPARE(applicants.value(u"total"_s).toInt(), 2);
        QCOMPARE(applicants.value(u"by_status"_s).toObject().value(u"shortlisted"_s).toInt(), 1);
        // What the company may do with it next, as the status change allows.
        QCOMPARE(mine.value(u"data"_s).toArray().first().toObject().value(u"next_statuses"_s),
                 QJsonArray { u"closed"_s });
        QCOMPARE(server.get(u"/api/v1/jobs/mine?status=draft"_s, employer.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);
        QCOMPARE(server.get(u"/api/v1/jobs/mine"_s, a.token).status, 403);
        // Staff see every company's jobs.
        const TestUser admin = server.createUser(Role::Admin);
        QCOMPARE(server.get(u"/api/v1/jobs"_s, admin.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 2);
        QCOMPARE(server.get(u"/api/v1/jobs"_s, employer.token).status, 403);
    }

    void prequalificationQuestions()
    {
        const Reply platform = m_server->post(
                u"/api/v1/prequalification-questions"_s,
                QJsonObject { { u"question"_s, u"Are you legally allowed to work in Nigeria?"_s },
                              { u"kind"_s, u"yes_no"_s },
                              { u"expected_answer"_s, u"yes"_s } },
                m_admin.token);
        QCOMPARE(platform.status, 201);
        QCOMPARE(platform.json().value(u"scope"_s).toString(), u"platform"_s);
        const Reply own = m_server->post(
                u"/api/v1/prequalification-questions"_s,
                QJsonObject { { u"question"_s, u"Which framework do you use most?"_s },
                              { u"kind"_s, u"single_choice"_s },
                              { u"options"_s, QJsonArray { u"Qt"_s, u"GTK"_s } },
                              { u"expected_answer"_s, u"Qt"_s } },
                m_employer.token);
        QCOMPARE(own.status, 201);
        const qint64 platformId = platform.json().value(u"id"_s).toInteger();
        const qint64 ownId = own.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->post(u"/api/v1/prequalification-questions"_s,
                                QJsonObject { { u"question"_s, u"Pick one please"_s },
                                              { u"kind"_s, u"single_choice"_s },
                                              { u"options"_s, QJsonArray { u"A"_s } } },
                                m_employer.token)
                         .status,
                 400);
        QCOMPARE(m_server->post(u"/api/v1/prequalification-questions"_s,
                                QJsonObject { { u"question"_s, u"Do you drive?"_s },
                                              { u"kind"_s, u"yes_no"_s },
                                              { u"expected_answer"_s, u"maybe"_s } },
                                m_employer.token)
                         .status,
                 400);
        QCOMPARE(m_server->post(u"/api/v1/prequalification-questions"_s,
                                QJsonObject { { u"question"_s, u"Do you drive?"_s },
                                              { u"kind"_s, u"yes_no"_s } },
                                m_talent.token)
                         .status,
                 403);

        // Another company neither sees nor uses this company's question.
        QCOMPARE(m_server->get(u"/api/v1/prequalification-questions/%1"_s.arg(ownId), m_other.token)
                         .status,
                 404);
        QCOMPARE(m_server->get(u"/api/v1/prequalification-questions/%1"_s.arg(platformId),
                               m_other.token)
                         .status,
                 200);
        QCOMPARE(m_server->post(u"/api/v1/jobs"_s,
                                aJob(u"Borrowed Question"_s,
                                     { { u"questions"_s,
                                         QJsonArray {
                                                 QJsonObject { { u"question_id"_s, ownId } } } } }),
                                m_other.token)
                         .status,
                 400);
        QCOMPARE(m_server->patch(u"/api/v1/prequalification-questions/%1"_s.arg(platformId),
                                 QJsonObject { { u"question"_s, u"Changed by a company"_s } },
                                 m_employer.token)
                         .status,
                 403);

        const Reply job = m_server->post(
                u"/api/v1/jobs"_s,
                aJob(u"Qt Engineer"_s,
                     { { u"publish"_s, true },
                       { u"questions"_s,
                         QJsonArray { QJsonObject { { u"question_id"_s, platformId } },
                                      QJsonObject { { u"question_id"_s, ownId },
                                                    { u"required"_s, false } } } } }),
                m_employer.token);
        QCOMPARE(job.status, 201);
        QCOMPARE(job.json().value(u"question_count"_s).toInt(), 2);
        const QJsonArray asked = m_server->get(u"/api/v1/jobs/%1/questions"_s.arg(
                                                       job.json().value(u"id"_s).toInteger()))
                                         .json()
                                         .value(u"data"_s)
                                         .toArray();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).toObject().value(u"required"_s).toBool(), false);
        QVERIFY(!asked.at(0).toObject().contains(
                u"expected_answer"_s)); // applicants never see the expected answer

        const QJsonObject listed
                = m_server->get(u"/api/v1/prequalification-questions"_s, m_other.token).json();
        for (const QJsonValue &q : listed.value(u"data"_s).toArray())
            QVERIFY(q.toObject().value(u"id"_s).toInteger() != ownId);
        QCOMPARE(m_server->del(u"/api/v1/prequalification-questions/%1"_s.arg(ownId), m_other.token)
                         .status,
                 404);
        QCOMPARE(m_server->del(u"/api/v1/prequalification-questions/%1"_s.arg(ownId),
                               m_employer.token)
                         .status,
                 200);
        QCOMPARE(m_server->get(u"/api/v1/prequalification-questions/%1"_s.arg(ownId),
                               m_employer.token)
                         .status,
                 404);
    }

    void recommendationsRankBySkillsAndSayWhy()
    {
        TestServer server;
        const TestUser employer = server.createUser(Role::Employer);
        const TestUser talent = server.createUser(Role::Talent); // lives in Lagos
        QSqlDatabase db = server.context().db();
        QList<qint64> skills;
        for (const QString &name : { u"Go"_s, u"Rust"_s, u"Kotlin"_s, u"Swift"_s }) {
            skills.append(
                    Sql(db,
                        u"INSERT INTO skills (name, name_key, active, created_at, updated_at) VALUES (:n, :k, TRUE, :now, :now) RETURNING id"_s)
                            .bind(u":n"_s, name)
                            .bind(u":k"_s, u"rec-"_s + name.toLower())
                            .bind(u":now"_s, nowText())
                            .scalar()
                            .toLongLong());
        }
        for (qint64 skill : { skills.at(0), skills.at(1), skills.at(2) }) {
            Sql(db,
                u"INSERT INTO talent_skills (user_id, skill_id, level, created_at) VALUES (:u, :s, 'advanced', :now)"_s)
                    .bind(u":u"_s, talent.id)
                    .bind(u":s"_s, skill)
                    .bind(u":now"_s, nowText())
                    .exec();
        }
        Sql(db,
            u"INSERT INTO talent_job_preferences (user_id, preference_code) VALUES (:u, 'remote')"_s)
                .bind(u":u"_s, talent.id)
                .exec();
        auto publish = [&](const QString &title, const QJsonArray &jobSkills,
                           const QJsonObject &extra) -> qint64 {
            QJsonObject job = aJob(title, extra);
            job.insert(u"skills"_s, jobSkills);
            job.insert(u"publish"_s, true);
            return server.post(u"/api/v1/jobs"_s, job, employer.token)
                    .json()
                    .value(u"id"_s)
                    .toInteger();
        };
        const qint64 best = publish(u"Systems Engineer"_s,
                                    QJsonArray { skills.at(0), skills.at(1), skills.at(2) },
                                    { { u"work_mode"_s, u"remote"_s } });
        const qint64 half = publish(u"Mobile Engineer"_s, QJsonArray { skills.at(2), skills.at(3) },
                                    { { u"state"_s, u"Kano"_s } });
        publish(u"iOS Engineer"_s, QJsonArray { skills.at(3) },
                {}); // no skill in common: not recommended
        const qint64 applied = publish(u"Go Developer"_s, QJsonArray { skills.at(0) }, {});
        server.post(u"/api/v1/jobs/%1/applications"_s.arg(applied), QJsonObject {}, talent.token);

        const QJsonObject page = server.get(u"/api/v1/jobs/recommendations"_s, talent.token).json();
        const QJsonArray ranked = page.value(u"data"_s).toArray();
        QCOMPARE(page.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 2);
        QCOMPARE(ranked.at(0).toObject().value(u"job"_s).toObject().value(u"id"_s).toInteger(),
                 best);
        QCOMPARE(ranked.at(1).toObject().value(u"job"_s).toObject().value(u"id"_s).toInteger(),
                 half);
        const QJsonArray reasons = ranked.at(0).toObject().value(u"reasons"_s).toArray();
        QCOMPARE(reasons.first().toString(), u"matches 3 of 3 skills"_s);
        QVERIFY(reasons.contains(u"remote"_s));
        QVERIFY(reasons.contains(u"fits your job preferences"_s));
        QCOMPARE(ranked.at(1).toObject().value(u"reasons"_s).toArray().first().toString(),
                 u"matches 1 of 2 skills"_s);
        QVERIFY(ranked.at(0).toObject().value(u"score"_s).toInt()
                > ranked.at(1).toObject().value(u"score"_s).toInt());
        QCOMPARE(server.get(u"/api/v1/jobs/recommendations"_s, employer.token).status, 403);
        QCOMPARE(server.get(u"/api/v1/jobs/recommendations"_s).status, 401);
    }

    void theFaqIsSeededAndAdminsEditIt()
    {
        const QJsonArray faqs = m_server->get(u"/api/v1/faqs"_s).json().value(u"data"_s).toArray();
        QVERIFY(faqs.size() >= 5);
        const QJsonArray employers = m_server->get(u"/api/v1/faqs?category=employers"_s)
                                             .json()
                                             .value(u"data"_s)
                                             .toArray();
        QVERIFY(!employers.isEmpty());
        for (const QJsonValue &faq : employers)
            QCOMPARE(faq.toObject().value(u"category"_s).toString(), u"employers"_s);
        const Reply added
                = m_server->post(u"/api/v1/faqs"_s,
                                 QJsonObject { { u"category"_s, u"general"_s },
                                               { u"question"_s, u"Is Worknation free?"_s },
                                               { u"answer"_s, u"For talents, yes."_s } },
                                 m_admin.token);
        QCOMPARE(added.status, 201);
        QCOMPARE(m_server->post(u"/api/v1/faqs"_s,
                                QJsonObject { { u"category"_s, u"general"_s },
                                              { u"question"_s, u"Is Worknation free?"_s },
                                              { u"answer"_s, u"For talents, yes."_s } },
                                m_employer.token)
                         .status,
                 403);
        const qint64 id = added.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->patch(u"/api/v1/faqs/%1"_s.arg(id),
                                 QJsonObject { { u"active"_s, false } }, m_admin.token)
                         .json()
                         .value(u"active"_s)
                         .toBool(),
                 false);
        QCOMPARE(m_server->get(u"/api/v1/faqs"_s).json().value(u"data"_s).toArray().size(),
                 faqs.size());
        QCOMPARE(m_server->patch(u"/api/v1/faqs/999999"_s, QJsonObject { { u"active"_s, false } },
                                 m_admin.token)
                         .status,
                 404);
    }

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_employer;
    TestUser m_other;
    TestUser m_talent;
    TestUser m_admin;
    QList<qint64> m_skills;
};

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
