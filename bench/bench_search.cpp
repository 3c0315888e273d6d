// SPDX-License-Identifier: Apache-2.0
// The public job search over a database of realistic size: seeds N published jobs (100,000 by
// default) into a fresh SQLite database, then times the landing search with each filter, in
// process (the service) and over HTTP (a keep-alive client against the real server).
//   bench_search [jobs]
#include "benchdata.h"
#include "core/config.h"
#include "core/database.h"
#include "core/server.h"
#include "core/servercontext.h"
#include "modules/jobs/jobindex.h"
#include "modules/jobs/recommendations.h"
#include "modules/modules.h"
#include "modules/services.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

using wn::percentile;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    wn::Server server(wn::benchServerConfig(dir.path()), wn::serverModules());
    server.migrate();
    wn::ServerContext &context = server.context();
    QSqlDatabase db = context.db();

    QElapsedTimer seeding;
    seeding.start();
    QTextStream log(stderr);
    const wn::BenchData data = wn::BenchSeeder(context, log)
                                       .seed({ .talents = 1,
                                               .companies = 200,
                                               .jobs = jobs,
                                               .applications = 0,
                                               .messages = 0 });
    const QList<qint64> &skills = data.skills;
    const QString now = wn::nowText();
    out << "search: seeded " << jobs << " published jobs in " << seeding.elapsed() << " ms\n";

    const QList<QPair<QString, QJsonObject>> cases {
        { u"no filter"_s, {} },
        { u"words"_s, { { u"q"_s, u"engineer"_s } } },
        { u"a common word"_s, { { u"q"_s, u"analyst"_s } } },
        { u"a misspelt word"_s, { { u"q"_s, u"anallyst"_s } } },
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
    {
        // Its own index, gone before the server's opens the same folder (one writer at a time).
        wn::Services services(context);
        const std::shared_ptr<wn::JobIndex> &index = services.jobIndex;
        QElapsedTimer building;
        building.start();
        index->index().catchUp(db);
        out << "search: index built from the database in " << building.elapsed() << " ms ("
            << index->index().documentCount() << " documents)\n";
        wn::JobsService &service = services.jobs;
        for (const auto &[name, query] : cases) {
            QList<double> ms;
            qint64 total = 0;
            for (int i = 0; i < 30; ++i) {
                QElapsedTimer timer;
                timer.start();
                const QByteArray answer = service.search(query, 1 + i % 3, 20).body;
                ms.append(double(timer.nsecsElapsed()) / 1e6);
                total = QJsonDocument::fromJson(answer)
                                .object()
                                .value(u"meta"_s)
                                .toObject()
                                .value(u"total"_s)
                                .toInteger();
            }
            out << "search: in process, " << name.leftJustified(34) << " p50 "
                << QString::number(percentile(ms, 0.5), 'f', 2) << " ms  p99 "
                << QString::number(percentile(ms, 0.99), 'f', 2) << " ms  (" << total
                << " matches)\n";
        }
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
