// SPDX-License-Identifier: Apache-2.0
// Bytes a client sends on a fresh connection, read the way the server reads them: the real
// Listener puts the real ConnectionGuard on the socket (request heads, Content-Length and
// chunked framing, upgrade classification, uploads spooled to a file), and behind it Qt's HTTP
// server parses what the guard lets through and a handler like HttpServer's answers it (taking
// spooled bodies, leaving complete WebSocket upgrades to the WebSocket side). The input may hold
// several pipelined requests, sent a head at a time; the client then closes its sending side,
// which ends the connection for Qt (so the limits' timers are not what closes it here, and the
// answers are not read: tst_platform_connections covers both).
// The guard and Qt's parser must read the same requests from the same bytes: every request Qt
// hands to the handler is the next one the guard let through, with a body within the limit the
// guard applied to it. After each input: the connection is gone, the open-connection count is
// back to zero and no upload's file is left behind.
#include "core/http/connectionguard.h"
#include "core/http/listener.h"
#include "core/metrics.h"
#include "core/storage/upload.h"
#include "fuzzing.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>

#include <cstdint>
#include <deque>
#include <memory>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

/** HttpServer's way with requests, without an API behind it: every request gets 200 and the
 *  size of its body, wherever the body was. */
class Server : public QAbstractHttpServer
{
public:
    /** The body limit of each head the guard let through to the server, oldest first. */
    std::deque<qint64> admitted;

    Server()
    {
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections()) {
                std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
                QWebSocket *open = socket.release();
                // Qt may hand over a socket it has closed already (a refused frame right
                // after the handshake): its "disconnected" will not come again.
                if (open->state() != QAbstractSocket::ConnectedState) {
                    open->deleteLater();
                    continue;
                }
                connect(open, &QWebSocket::disconnected, open, &QObject::deleteLater);
                open->sendTextMessage(u"0{}"_s);
            }
        });
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const wn::Upgrade upgrade = wn::classifyUpgrade(
                request.method() == QHttpServerRequest::Method::Get ? "GET" : "",
                request.value("Connection"), request.value("Upgrade"), request.body().size(),
                { request.value("Sec-WebSocket-Key"), request.value("Sec-WebSocket-Version") });
        if (upgrade == wn::Upgrade::WebSocket)
            return true;
        // A request the guard did not see got past its limits (request smuggling).
        wn::fuzz::check(!admitted.empty(), "the HTTP server read a request the guard did not");
        const qint64 limit = admitted.front();
        admitted.pop_front();
        auto *guard
                = socket->findChild<wn::ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
        const auto spooled = guard ? guard->takeSpooledBody() : nullptr;
        const qint64 size = spooled ? spooled->size() : request.body().size();
        wn::fuzz::check(size <= limit, "a body over the guard's limit reached the handler");
        auto responder = makeResponder(request, socket);
        responder.write(QByteArray::number(size), "text/plain");
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }
};

struct World
{
    World()
    {
        limits.keepAliveMs = 1000;
        limits.requestTimeoutMs = 2000;
        // Heads and targets keep the server's default limits (64 KiB): Qt's parser has limits of
        // its own inside them (100 header lines), which the guard must keep in step with.
        limits.spoolDir = spool.filePath(u"spool"_s);
        // Uploads to /upload (a PUT, written to a file), refused uploads to /refused, small
        // bodies elsewhere.
        limits.bodyRule = [this](const QByteArray &method, const QByteArray &target,
                                 const QByteArray &authorization) {
            wn::BodyRule rule;
            rule.limit = 4096;
            if (target.startsWith("/upload") && method == "PUT") {
                rule.limit = 64 * 1024;
                rule.spool = true;
            } else if (target.startsWith("/refused")) {
                rule.spool = true;
                rule.refusal = authorization.isEmpty() ? 401 : 403;
                rule.message = u"refused"_s;
            }
            server.admitted.push_back(rule.limit);
            return rule;
        };
        listener = std::make_unique<wn::Listener>(limits, metrics, 64);
        wn::fuzz::check(listener->listen(QHostAddress::LocalHost),
                        "cannot listen on the loopback address");
        server.bind(listener.get());
    }

    int argc = 1;
    char name[16] = "fuzz_http_head";
    char *argv[2] = { name, nullptr };
    QCoreApplication app { argc, argv };
    QTemporaryDir spool;
    wn::Metrics metrics;
    wn::ConnectionLimits limits;
    std::unique_ptr<wn::Listener> listener;
    Server server;
};

/** Where the head starting at @p from ends (after its empty line), or the end of @p bytes. */
qsizetype endOfHead(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype at = bytes.indexOf('\n', from); at >= 0; at = bytes.indexOf('\n', at + 1)) {
        if (bytes.mid(at + 1, 1) == "\n")
            return at + 2;
        if (bytes.mid(at + 1, 2) == "\r\n")
            return at + 3;
    }
    return bytes.size();
}

World &world()
{
    static World *instance = new World; // lives as long as the process, like the server's
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    w.server.admitted.clear();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, w.listener->serverPort());
    wn::fuzz::check(client.waitForConnected(5000), "cannot connect");
    // Each head goes out on its own, and what follows it (its body, the next request) after the
    // server has read it, as a client sends them: a body then comes in a read of its own.
    const QByteArray bytes = wn::fuzz::bytesOf(data, size);
    for (qsizetype from = 0; from < bytes.size();) {
        const qsizetype end = endOfHead(bytes, from);
        client.write(bytes.constData() + from, end - from);
        while (client.bytesToWrite() > 0 && client.waitForBytesWritten(5000)) { }
        QCoreApplication::processEvents(); // the server reads it, then any request it queued
        QCoreApplication::processEvents();
        from = end;
    }
    ::shutdown(int(client.socketDescriptor()), SHUT_WR);

    // Every limit is at most a few seconds: a connection still open after this is one the
    // limits do not end.
    QDeadlineTimer deadline(8000);
    while (!deadline.hasExpired()
           && (client.state() != QAbstractSocket::UnconnectedState
               || w.metrics.openConnections.load() != 0)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        client.readAll();
    }
    wn::fuzz::check(client.state() == QAbstractSocket::UnconnectedState,
                    "the server kept the connection open past every limit");
    wn::fuzz::check(w.metrics.openConnections.load() == 0,
                    "the open-connection count did not fall back to zero");
    wn::fuzz::check(QDir(w.limits.spoolDir).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                    "an upload's file was left behind");
    return 0;
}
