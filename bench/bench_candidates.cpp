// SPDX-License-Identifier: Apache-2.0
// The employers' candidate search over a pool of realistic size: seeds N talents (10,000 by
// default) with profiles, skills and a job each into a fresh SQLite database (one in twenty hides
// their profile), builds the candidate index, then times a word query, two filters and the facets
// of the whole pool: in process (the service), and over HTTP with several requests in flight
// (requests per second and p99), as an employer.
//   bench_candidates [talents]
#include "benchdata.h"
#include "core/auth/principal.h"
#include "core/auth/tokenservice.h"
#include "core/config.h"
#include "core/database.h"
#include "core/server.h"
#include "core/servercontext.h"
#include "modules/modules.h"
#include "modules/services.h"

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
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

using wn::percentile;

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

/** Profiles, a job each and (for some) a hidden flag for the seeded talents. */
void addProfiles(QSqlDatabase db, const wn::BenchData &data, QStringList *levels)
{
    static const QStringList roles { u"data analyst"_s,     u"backend engineer"_s,
                                     u"accountant"_s,       u"nurse"_s,
                                     u"product designer"_s, u"sales manager"_s,
                                     u"teacher"_s,          u"electrician"_s,
                                     u"project manager"_s,  u"marketing officer"_s,
                                     u"civil engineer"_s,   u"customer support agent"_s };
    static const QStringList grades { u"Junior"_s, u""_s, u"Senior"_s, u"Lead"_s };
    static const QStringList employers { u"Harmattan Foods"_s, u"Lagoon Logistics"_s,
                                         u"Savannah Bank"_s,   u"Niger Delta Power"_s,
                                         u"Kano Textiles"_s,   u"Plateau Health"_s };
    static const QStringList availabilities { u"immediately"_s, u"two_weeks"_s, u"one_month"_s,
                                              u"three_months"_s, u"not_looking"_s };
    wn::Sql codes(db, u"SELECT code FROM career_levels WHERE active ORDER BY rank"_s);
    codes.exec();
    while (codes.next())
        levels->append(codes.text(u"code"_s));
    if (levels->isEmpty())
        *levels = { u"entry"_s, u"mid"_s, u"senior"_s };
    QRandomGenerator random(16);
    auto pick = [&](const QStringList &from) { return from.at(random.bounded(int(from.size()))); };
    const QString now = wn::nowText();
    wn::Transaction tx(db);
    wn::Sql profile(db,
                    u"INSERT INTO talent_profiles (user_id, headline, bio, desired_career_level, "
                    u"availability, hidden, created_at, updated_at) VALUES (:id, :headline, :bio, "
                    u":level, :availability, :hidden, :now, :now)"_s);
    wn::Sql job(db,
                u"INSERT INTO talent_experience (user_id, sort_order, company, title, start_month, "
                u"end_month, is_current, description) VALUES (:id, 0, :company, :title, "
                u"'2019-03', NULL, TRUE, :description)"_s);
    for (qint64 id : data.talents) {
        const QString role = pick(roles);
        const QString other = pick(roles);
        profile.bind(u":id"_s, id)
                .bind(u":headline"_s, (pick(grades) + u' ' + role).trimmed())
                .bind(u":bio"_s,
                      u"Years of work as a %1; lately some %2 work too, and keen to grow."_s.arg(
                              role, other))
                .bind(u":level"_s, pick(*levels))
                .bind(u":availability"_s, pick(availabilities))
                .bind(u":hidden"_s, random.bounded(20) == 0)
                .bind(u":now"_s, now)
                .exec();
        job.bind(u":id"_s, id)
                .bind(u":company"_s, pick(employers))
                .bind(u":title"_s, other)
                .bind(u":description"_s, u"Day to day %1 work for a growing team"_s.arg(other))
                .exec();
    }
    tx.commit();
}

struct Case
{
    QString name;
    QJsonObject query;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int talents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    wn::Server server(wn::benchServerConfig(dir.path()), wn::serverModules());
    server.migrate();
    wn::ServerContext &context = server.context();
    QSqlDatabase db = context.db();

    QElapsedTimer seeding;
    seeding.start();
    QTextStream log(stderr);
    const wn::BenchData data = wn::BenchSeeder(context, log)
                                       .seed({ .talents = talents,
                                               .companies = 1,
                                               .jobs = 0,
                                               .applications = 0,
                                               .messages = 0 });
    QStringList levels;
    addProfiles(db, data, &levels);
    out << "candidates: seeded " << talents << " talents with profiles in " << seeding.elapsed()
        << " ms\n";

    const QList<Case> cases {
        { u"a word"_s, { { u"q"_s, u"analyst"_s } } },
        { u"two words"_s, { { u"q"_s, u"senior engineer"_s } } },
        { u"a filter (state)"_s, { { u"state"_s, u"lagos"_s } } },
        { u"filters (skill, level, availability)"_s,
          { { u"skills"_s, QString::number(data.skills.at(3)) },
            { u"career_level"_s, levels.last() },
            { u"availability"_s, u"immediately"_s } } },
        { u"facets of the whole pool"_s, {} },
    };
    const qint64 owner = data.owners.first();
    {
        // Its own index, gone before the server's opens the same folder (one writer at a time).
        wn::Services services(context);
        QElapsedTimer building;
        building.start();
        services.candidateIndex->index().catchUp(db);
        out << "candidates: index built from the database in " << building.elapsed() << " ms ("
            << services.candidateIndex->index().documentCount() << " findable talents)\n";
        wn::Principal employer;
        employer.userId = owner;
        employer.role = wn::Role::Employer;
        employer.companyId = data.companies.first();
        for (const Case &c : cases) {
            QList<double> times;
            qint64 total = 0;
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer timer;
                timer.start();
                total = services.pipelines.search(employer, c.query, 1 + i % 3, 20)
                                .value(u"meta"_s)
                                .toObject()
                                .value(u"total"_s)
                                .toInteger();
                times.append(double(timer.nsecsElapsed()) / 1e6);
            }
            out << "candidates: in process, " << c.name.leftJustified(38) << " p50 "
                << ms(percentile(times, 0.5)) << " ms  p99 " << ms(percentile(times, 0.99))
                << " ms  (" << total << " matches)\n";
        }
    }

    QString error;
    if (!server.start(&error)) {
        out << "cannot start the server: " << error << '\n';
        return 1;
    }
    const QByteArray bearer = "Bearer "
            + context.tokens->issue(db, owner, wn::Role::Employer, u"bench"_s, {}).token.toUtf8();
    QNetworkAccessManager network;
    {
        // The server's own index reads its table at its first search: not a figure of a search.
        QNetworkRequest request(QUrl(server.baseUrl() + u"/api/v1/candidates"_s));
        request.setRawHeader("Authorization", bearer);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    constexpr int requests = 600;
    constexpr int inFlight = 6; // Qt's connections per host
    for (const Case &c : cases) {
        QUrlQuery params;
        for (auto it = c.query.begin(); it != c.query.end(); ++it)
            params.addQueryItem(it.key(), it.value().toString());
        QList<double> times;
        int sent = 0;
        int failed = 0;
        QEventLoop loop;
        std::function<void()> send = [&] {
            QUrl url(server.baseUrl() + u"/api/v1/candidates"_s);
            QUrlQuery query = params;
            query.addQueryItem(u"page"_s, QString::number(1 + sent % 3));
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", bearer);
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            ++sent;
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
                times.append(double(timer->nsecsElapsed()) / 1e6);
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++failed;
                reply->deleteLater();
                if (sent < requests)
                    send();
                else if (times.size() == requests)
                    loop.quit();
            });
        };
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < inFlight; ++i)
            send();
        loop.exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        out << "candidates: over HTTP,   " << c.name.leftJustified(38) << " "
            << QString::number(double(requests) / seconds, 'f', 0) << " req/s  p50 "
            << ms(percentile(times, 0.5)) << " ms  p99 " << ms(percentile(times, 0.99)) << " ms ("
            << inFlight << " in flight";
        if (failed > 0)
            out << ", " << failed << " failed";
        out << ")\n";
    }
    server.stop();
    return 0;
}
