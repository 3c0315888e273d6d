// SPDX-License-Identifier: Apache-2.0
// The chat under load: opens N sockets (one user each) to a running server, sends M messages a
// second between random pairs of them, and measures delivery from send to the receiver's
// response_message, the messages delivered per second, and the server's memory per socket.
//   bench_chat --url http://127.0.0.1:PORT --data-dir DIR --sockets N --rate M --seconds S
//              [--database URL] [--url2 http://127.0.0.1:PORT2]
// With --url2 (a second instance on the same PostgreSQL) every pair has one side on each
// instance, so every message is relayed between them.
// With --rate 0 it holds the sockets open and idle for S seconds (for the idle-socket figure).
// The data dir is the server's (seeded by bench_seed): tokens are issued with its key, and a
// chat is opened between each pair, directly in its database.
#include "core/auth/tokenservice.h"
#include "core/config.h"
#include "core/database.h"
#include "core/epolldispatcher.h"
#include "core/server.h"
#include "core/servercontext.h"
#include "modules/modules.h"
#include "modules/services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Peer
{
    qint64 userId = 0;
    QString token;
    std::unique_ptr<QWebSocket> socket;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

/** Runs the event loop for @p ms, asleep while nothing happens (processEvents() with a time
 *  spins: it returns at once when idle, and the caller's loop calls it again). */
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/** A value from the server's /metrics. */
double metric(const QUrl &base, const QByteArray &name)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(u"/metrics"_s);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The generator holds thousands of sockets too: with Qt's poll() it spent most of its time in
    // the kernel, handing it every socket on every pass, and took that core from the server.
    QCoreApplication::setEventDispatcher(new wn::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(u"url"_s, u"The server."_s, u"url"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"The server's data dir."_s, u"dir"_s);
    const QCommandLineOption socketsOption(u"sockets"_s, u"Sockets to open."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Messages a second."_s, u"m"_s, u"1000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"How long to send."_s, u"s"_s, u"10"_s);
    const QCommandLineOption databaseOption(u"database"_s, u"The server's database URL."_s,
                                            u"url"_s);
    const QCommandLineOption secondUrlOption(u"url2"_s, u"A second instance."_s, u"url"_s);
    parser.addOptions({ urlOption, dataOption, socketsOption, rateOption, secondsOption,
                        databaseOption, secondUrlOption });
    parser.process(app);
    const QUrl base(parser.value(urlOption));
    const int sockets = parser.value(socketsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    // Users, tokens and chats, straight from the server's data dir.
    wn::Config config = wn::Config::load({}, QProcessEnvironment());
    config.set(u"server/data_dir"_s, parser.value(dataOption));
    config.set(u"log/access"_s, u"false"_s);
    if (parser.isSet(databaseOption))
        config.set(u"database/url"_s, parser.value(databaseOption));
    wn::Server server(
            config,
            wn::serverModules()); // not started: its context reaches the database and the key
    wn::ServerContext &context = server.context();
    QSqlDatabase db = context.db();
    std::vector<Peer> peers;
    {
        wn::Sql users(db, u"SELECT id FROM users WHERE role = 'talent' ORDER BY id LIMIT :n"_s);
        users.bind(u":n"_s, sockets).exec();
        for (const qint64 id : users.takeIds())
            peers.push_back({ id, {}, nullptr });
    }
    if (int(peers.size()) < sockets) {
        out << "chat: only " << peers.size() << " talents in the database\n";
        return 1;
    }
    wn::Services services(context);
    wn::ChatService &chats = services.chats;
    // Pairs (i, i + n/2): each has a chat; a message goes one way or the other.
    const int pairs = sockets / 2;
    std::vector<qint64> chatIds(size_t(pairs), 0);
    for (int i = 0; i < pairs; ++i) { // each in its own transaction, as the service does it
        const Peer &a = peers.at(size_t(i));
        const Peer &b = peers.at(size_t(i + pairs));
        chatIds[size_t(i)] = chats.openChat(a.userId, b.userId).value(u"id"_s).toInteger();
    }
    {
        wn::Transaction tx(db);
        for (Peer &peer : peers)
            peer.token
                    = context.tokens->issue(db, peer.userId, wn::Role::Talent, u"bench"_s, {}).token;
        tx.commit();
    }

    const double rssBefore = metric(base, "process_resident_memory_bytes");
    const double batchesBefore = metric(base, "wn_chat_message_batches_total");
    const double batchedBefore = metric(base, "wn_chat_messages_batched_total");
    QElapsedTimer clock;
    clock.start();
    std::vector<double> latencies;
    qint64 delivered = 0;
    int open = 0;
    auto socketUrlOf = [](QUrl url) {
        url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
        url.setPath(u"/ws"_s);
        return url;
    };
    const QUrl firstSocketUrl = socketUrlOf(base);
    const QUrl secondSocketUrl = socketUrlOf(
            parser.isSet(secondUrlOption) ? QUrl(parser.value(secondUrlOption)) : base);
    for (Peer &peer : peers) {
        peer.socket = std::make_unique<QWebSocket>();
        QObject::connect(peer.socket.get(), &QWebSocket::connected, [&open] { ++open; });
        // Read without a JSON parser: the generator shares the machine with the server, and
        // what it spends per frame is taken from the server's figures. The receiver's copy names
        // it as receiver_id; the message text is the send time in ns.
        const QString mine = u"\"receiver_id\":%1"_s.arg(peer.userId);
        QObject::connect(peer.socket.get(), &QWebSocket::textMessageReceived,
                         [&, mine](const QString &frame) {
                             if (!frame.contains(u"\"response_message\""_s))
                                 return;
                             const qsizetype named = frame.indexOf(mine);
                             const qsizetype after = named + mine.size();
                             if (named < 0 || (after < frame.size() && frame.at(after).isDigit()))
                                 return; // the sender's own copy
                             static const QString key = u"\"message\":\""_s;
                             const qsizetype at = frame.indexOf(key);
                             if (at < 0)
                                 return;
                             const qsizetype from = at + key.size();
                             const qint64 sentNs
                                     = QStringView(frame)
                                               .mid(from, frame.indexOf(u'"', from) - from)
                                               .toLongLong();
                             latencies.push_back(double(clock.nsecsElapsed() - sentNs) / 1e6);
                             ++delivered;
                         });
    }
    // Open in batches, as clients arriving would, not all in one instant.
    QElapsedTimer opening;
    opening.start();
    for (size_t i = 0; i < peers.size(); ++i) {
        // Pairs are (i, i + n/2): with a second instance, the second half is on it.
        QUrl url = int(i) < pairs ? firstSocketUrl : secondSocketUrl;
        url.setQuery(u"userId=%1&token=%2"_s.arg(peers[i].userId).arg(peers[i].token));
        peers[i].socket->open(url);
        if (i % 200 == 199) {
            while (open < int(i) - 100 && opening.elapsed() < 120000)
                runFor(50);
        }
    }
    while (open < sockets && opening.elapsed() < 120000)
        runFor(50);
    out << "chat: " << open << " of " << sockets << " sockets open in " << opening.elapsed()
        << " ms\n";
    QElapsedTimer settle; // let the presence announcements pass
    settle.start();
    while (settle.elapsed() < 1000)
        runFor(50);
    const double rssOpen = metric(base, "process_resident_memory_bytes");
    if (rate == 0) {
        // Idle sockets for another benchmark to run beside: hold them open, send nothing.
        out << "chat: holding " << open << " idle sockets for " << seconds << " s\n";
        out.flush();
        QElapsedTimer holding;
        holding.start();
        while (holding.elapsed() < qint64(seconds) * 1000)
            runFor(100);
        out << "chat idle_sockets=" << open
            << " rss_per_socket_kb=" << qint64((rssOpen - rssBefore) / 1024.0 / std::max(open, 1))
            << "\n";
        return 0;
    }

    // Send at the rate, in ticks of 2 ms.
    auto *random = QRandomGenerator::global();
    qint64 sent = 0;
    QElapsedTimer sending;
    sending.start();
    while (sending.elapsed() < qint64(seconds) * 1000) {
        const qint64 due = sending.elapsed() * rate / 1000;
        for (; sent < due; ++sent) {
            const int pair = int(random->bounded(quint32(pairs)));
            const bool forward = random->bounded(2) == 0;
            Peer &from = peers.at(size_t(forward ? pair : pair + pairs));
            const Peer &to = peers.at(size_t(forward ? pair + pairs : pair));
            from.socket->sendTextMessage(
                    u"{\"event\":\"create_message\",\"data\":{\"chat_id\":%1,\"receiver_id\":%2,"
                    "\"message\":\"%3\"}}"_s.arg(chatIds.at(size_t(pair)))
                            .arg(to.userId)
                            .arg(clock.nsecsElapsed()));
        }
        runFor(2);
    }
    const double sendSeconds = double(sending.elapsed()) / 1000.0;
    QElapsedTimer drain;
    drain.start();
    while (delivered < sent && drain.elapsed() < 10000)
        runFor(20);
    const double rssLoad = metric(base, "process_resident_memory_bytes");
    // How many messages shared each durable commit (on this instance).
    const double batches = metric(base, "wn_chat_message_batches_total") - batchesBefore;
    const double batched = metric(base, "wn_chat_messages_batched_total") - batchedBefore;

    out << "chat sockets=" << sockets << " open=" << open << " rate=" << rate << " sent=" << sent
        << " delivered=" << delivered << " delivered_per_s="
        << qint64(double(delivered) / (sendSeconds + double(drain.elapsed()) / 1000.0))
        << " p50_ms=" << QString::number(percentile(latencies, 0.5), 'f', 2)
        << " p99_ms=" << QString::number(percentile(latencies, 0.99), 'f', 2)
        << " messages_per_commit=" << QString::number(batched / std::max(batches, 1.0), 'f', 1)
        << " rss_per_socket_kb=" << qint64((rssOpen - rssBefore) / 1024.0 / std::max(open, 1))
        << " rss_open_mb=" << qint64(rssOpen / 1048576)
        << " rss_load_mb=" << qint64(rssLoad / 1048576) << "\n";
    for (Peer &peer : peers)
        peer.socket->close();
    runFor(200);
    return 0;
}
