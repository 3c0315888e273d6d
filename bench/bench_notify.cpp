// SPDX-License-Identifier: Apache-2.0
// The floor under the chat's relay between instances: a raw PostgreSQL LISTEN/NOTIFY round
// trip. One connection listens, another sends pg_notify() with the send time as payload, one at
// a time; the time until the listener's driver reports it is the round trip.
//   bench_notify --database postgres://... [--count N]
#include "core/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty()
            ? 0
            : values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"PostgreSQL URL."_s, u"url"_s);
    const QCommandLineOption countOption(u"count"_s, u"Round trips."_s, u"n"_s, u"2000"_s);
    parser.addOptions({ databaseOption, countOption });
    parser.process(app);
    const int count = parser.value(countOption).toInt();

    // Two connections on this thread, opened as the server opens its own.
    wn::Database database(parser.value(databaseOption));
    QSqlDatabase sender = database.connection();
    QSqlDatabase listener = database.openExtraConnection(u"listen"_s);
    QElapsedTimer clock;
    clock.start();
    std::vector<double> latencies;
    QObject::connect(listener.driver(), &QSqlDriver::notification,
                     [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                         latencies.push_back(double(clock.nsecsElapsed() - payload.toLongLong())
                                             / 1e6);
                     });
    if (!listener.driver()->subscribeToNotification(u"bench_notify"_s))
        qFatal("cannot LISTEN: %s", qPrintable(listener.driver()->lastError().text()));

    QSqlQuery notify(sender);
    notify.prepare(u"SELECT pg_notify('bench_notify', :sent)"_s);
    for (int i = 0; i < count; ++i) {
        const size_t before = latencies.size();
        notify.bindValue(u":sent"_s, QString::number(clock.nsecsElapsed()));
        if (!notify.exec())
            qFatal("NOTIFY failed: %s", qPrintable(notify.lastError().text()));
        notify.finish();
        QElapsedTimer waiting;
        waiting.start();
        while (latencies.size() == before && waiting.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    QTextStream(stdout) << "notify raw_round_trips=" << latencies.size()
                        << " p50_ms=" << QString::number(percentile(latencies, 0.5), 'f', 3)
                        << " p99_ms=" << QString::number(percentile(latencies, 0.99), 'f', 3)
                        << "\n";
    return latencies.size() == size_t(count) ? 0 : 1;
}
