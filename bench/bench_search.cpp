// SPDX-License-Identifier: Apache-2.0
// The public job search over a database of realistic size: seeds N published jobs (100,000 by
// default) into a fresh SQLite database, then times the landing search with each filter, in
// process (the service) and over HTTP (a keep-alive client against the real server).
//   bench_search [jobs]
#include "core/config.h"
#include "core/database.h"
#include "core/server.h"
#include "core/servercontext.h"
#include "modules/jobs/jobsservice.h"
#include "modules/jobs/recommendations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1,
                                                            qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    wn::Config config = wn::Config::load({}, QProcessEnvironment());
    config.set(u"server/data_dir"_s, dir.path());
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"log/access"_s, u"false"_s);
    wn::Server server(config);
    server.migrate();
    wn::ServerContext &context = server.context();
    QSqlDatabase db = context.db();

    QElapsedTimer seeding;
    seeding.start();
    const QString now = wn::nowText();
    const qint64 owner
            = wn::Sql(db,
                      u"INSERT INTO users (uuid, email, first_name, last_name, role, status, "
                      u"created_at, updated_at) "
                      "VALUES ('bench-owner', 'bench@example.test', 'Bench', 'Owner', 'employer', 'active', :now, :now) RETURNING id"_s)
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
    QList<qint64> companies;
    for (int i = 0; i < 200; ++i) {
        companies.append(wn::Sql(db,
                                 u"INSERT INTO companies (uuid, name, country_code, owner_id, "
                                 u"created_at, updated_at) "
                                 "VALUES (:uuid, :name, 'NG', :owner, :now, :now) RETURNING id"_s)
                                 .bind(u":uuid"_s, u"bench-company-%1"_s.arg(i))
                                 .bind(u":name"_s, u"Company %1"_s.arg(i))
                                 .bind(u":owner"_s, owner)
                                 .bind(u":now"_s, now)
                                 .scalar()
                                 .toLongLong());
    }
    QList<qint64> skills;
    for (int i = 0; i < 300; ++i) {
        skills.append(wn::Sql(db,
                              u"INSERT INTO skills (name, name_key, active, created_at, "
                              u"updated_at) VALUES (:n, :k, TRUE, :now, :now) "
                              "ON CONFLICT (name_key) DO UPDATE SET active = TRUE RETURNING id"_s)
                              .bind(u":n"_s, u"Bench skill %1"_s.arg(i))
                              .bind(u":k"_s, u"bench skill %1"_s.arg(i))
                              .bind(u":now"_s, now)
                              .scalar()
                              .toLongLong());
    }
    const QStringList states { u"Lagos"_s,
                               u"Kano"_s,
                               u"Oyo"_s,
                               u"Rivers"_s,
                               u"Kaduna"_s,
                               u"Enugu"_s,
                               u"Abuja Federal Capital Territory"_s,
                               u"Ogun"_s };
    const QStringList types { u"full_time"_s, u"part_time"_s, u"contract"_s, u"internship"_s };
    const QStringList modes { u"on_site"_s, u"remote"_s, u"hybrid"_s };
    const QStringList words { u"Engineer"_s,   u"Analyst"_s, u"Designer"_s, u"Manager"_s,
                              u"Accountant"_s, u"Nurse"_s,   u"Teacher"_s,  u"Driver"_s };
    auto *random = QRandomGenerator::global();
    {
        wn::Transaction tx(db);
        wn::Sql insert(
                db,
                u"INSERT INTO jobs (company_id, created_by, title, slug, summary, description, "
                u"job_type, work_mode, country_code, "
                "state, salary_min, salary_max, status, published_at, created_at, updated_at) "
                "VALUES (:c, :by, :title, :slug, "
                ":summary, 'A job seeded for the benchmark.', :type, :mode, 'NG', :state, :min, :max, 'published', :pub, :pub, :pub) RETURNING id"_s);
        wn::Sql skill(
                db,
                u"INSERT INTO job_skills (job_id, skill_id) VALUES (:j, :s) ON CONFLICT DO NOTHING"_s);
        for (int i = 0; i < jobs; ++i) {
            const int min = 50000 + int(random->bounded(20)) * 25000;
            const QString title
                    = words.at(int(random->bounded(words.size()))) + u' ' + QString::number(i);
            const QString published = wn::timeText(
                    QDateTime::currentDateTimeUtc().addSecs(-qint64(random->bounded(90 * 86400))));
            insert.bind(u":c"_s, companies.at(int(random->bounded(companies.size()))))
                    .bind(u":by"_s, owner)
                    .bind(u":title"_s, title)
                    .bind(u":slug"_s, u"bench-%1"_s.arg(i))
                    .bind(u":summary"_s, title + u" in a growing team"_s)
                    .bind(u":type"_s, types.at(int(random->bounded(types.size()))))
                    .bind(u":mode"_s, modes.at(int(random->bounded(modes.size()))))
                    .bind(u":state"_s, states.at(int(random->bounded(states.size()))))
                    .bind(u":min"_s, min)
                    .bind(u":max"_s, min + 100000)
                    .bind(u":pub"_s, published);
            const qint64 id = insert.scalar().toLongLong();
            for (int k = 0; k < 3; ++k)
                skill.bind(u":j"_s, id)
                        .bind(u":s"_s, skills.at(int(random->bounded(skills.size()))))
                        .exec();
        }
        tx.commit();
    }
    wn::Sql(db, u"ANALYZE"_s).exec();
    out << "search: seeded " << jobs << " published jobs in " << seeding.elapsed() << " ms\n";

    const QList<QPair<QString, QJsonObject>> cases {
        { u"no filter"_s, {} },
        { u"words"_s, { { u"q"_s, u"engineer"_s } } },
        { u"state"_s, { { u"state"_s, u"kano"_s } } },
        { u"remote + type"_s, { { u"remote"_s, true }, { u"job_type"_s, u"contract"_s } } },
        { u"salary at least"_s, { { u"salary_min"_s, 500000 } } },
        { u"skill"_s, { { u"skill"_s, skills.at(7) } } },
        { u"state + type + salary, by salary"_s,
          { { u"state"_s, u"lagos"_s },
            { u"job_type"_s, u"full_time"_s },
            { u"salary_min"_s, 300000 },
            { u"sort"_s, u"salary"_s } } },
    };
    wn::JobsService service(context);
    for (const auto &[name, query] : cases) {
        QList<double> ms;
        qint64 total = 0;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            total = service.search(query, 1 + i % 3, 20)
                            .value(u"meta"_s)
                            .toObject()
                            .value(u"total"_s)
                            .toInteger();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        out << "search: in process, " << name.leftJustified(34) << " p50 "
            << QString::number(percentile(ms, 0.5), 'f', 2) << " ms  p99 "
            << QString::number(percentile(ms, 0.99), 'f', 2) << " ms  (" << total << " matches)\n";
    }

    // Recommendations for a talent with five skills, ranked over every job sharing one of them.
    const qint64 talent = wn::Sql(db,
                                  u"INSERT INTO users (uuid, email, first_name, last_name, role, "
                                  u"status, state, country_code, "
                                  "created_at, updated_at) VALUES ('bench-talent', "
                                  "'talent@example.test', 'Bench', 'Talent', "
                                  "'talent', 'active', 'Lagos', 'NG', :now, :now) RETURNING id"_s)
                                  .bind(u":now"_s, now)
                                  .scalar()
                                  .toLongLong();
    for (int k = 0; k < 5; ++k) {
        wn::Sql(db,
                u"INSERT INTO talent_skills (user_id, skill_id, level, created_at) VALUES (:u, :s, 'advanced', :now)"_s)
                .bind(u":u"_s, talent)
                .bind(u":s"_s, skills.at(k * 11))
                .bind(u":now"_s, now)
                .exec();
    }
    {
        QList<double> ms;
        qint64 total = 0;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            total = wn::recommendJobs(context, talent, 1, 20)
                            .value(u"meta"_s)
                            .toObject()
                            .value(u"total"_s)
                            .toInteger();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        out << "search: recommendations for a talent with 5 skills   p50 "
            << QString::number(percentile(ms, 0.5), 'f', 2) << " ms  p99 "
            << QString::number(percentile(ms, 0.99), 'f', 2) << " ms  (" << total
            << " candidate jobs)\n";
    }

    QString error;
    if (!server.start(&error)) {
        out << "cannot start the server: " << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    for (const auto &[name, query] : cases) {
        QUrlQuery params;
        for (auto it = query.begin(); it != query.end(); ++it)
            params.addQueryItem(it.key(),
                                it.value().isString()
                                        ? it.value().toString()
                                        : QString::fromUtf8(QJsonDocument(QJsonArray { it.value() })
                                                                    .toJson(QJsonDocument::Compact))
                                                  .mid(1)
                                                  .chopped(1));
        QList<double> ms;
        for (int i = 0; i < 30; ++i) {
            QUrl url(server.baseUrl() + u"/api/v1/jobs/landing"_s);
            url.setQuery(params);
            QElapsedTimer timer;
            timer.start();
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                out << "search: HTTP "
                    << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << " for "
                    << name << '\n';
            reply->deleteLater();
        }
        out << "search: over HTTP,   " << name.leftJustified(34) << " p50 "
            << QString::number(percentile(ms, 0.5), 'f', 2) << " ms  p99 "
            << QString::number(percentile(ms, 0.99), 'f', 2) << " ms\n";
    }
    server.stop();
    return 0;
}
