// SPDX-License-Identifier: Apache-2.0
// The server's connection limits: bodies too large refused before they are read (whatever the
// head says), incomplete upgrades and WebSockets giving their connection back, heads the HTTP
// server would misread, a trickled body's deadline, idle connections closed and the cap on them.
#include "areas/platform.h"

#include "core/metrics.h"
#include "core/servercontext.h"

#include <QFile>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

/** Sends raw bytes on a fresh connection and returns what comes back before the server closes or
 * goes quiet. */
QByteArray exchange(quint16 port, const QByteArray &request, int waitMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.contains("Connection: close"))
            break;
    }
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestPlatformConnections : public QObject, public PlatformFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    void hugeBodyIsRefusedBeforeItIsRead()
    {
        // Declares 1 GiB and streams 64 MiB of it: the answer is 413 and memory does not follow.
        const QByteArray answer
                = streamHugeBody("POST /api/v1/auth/login HTTP/1.1\r\nHost: test\r\nContent-Type: "
                                 "application/json\r\nContent-Length: 1073741824\r\n\r\n");
        QCOMPARE(statusOf(answer), 413);
        QVERIFY(answer.contains("larger than"));
    }

    void anUpgradeHeaderDoesNotSwitchOffTheBodyLimit()
    {
        // "Upgrade: websocket" without "Connection: Upgrade" once turned the guard off for the
        // connection: the POST behind it was then read whole, whatever its size.
        const QByteArray answer
                = streamHugeBody("GET /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n"
                                 "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                 "Content-Length: 1610612736\r\n\r\n");
        QCOMPARE(statusOf(answer), 400);
        QVERIFY(answer.contains("WebSocket upgrade"));
    }

    void anUnreadableHeaderLineDoesNotSwitchOffTheLimits()
    {
        // A line without a colon made Qt's HTTP server drop every header, so it answered this
        // head as an ordinary GET while the guard, reading the rest, let a WebSocket upgrade
        // through and stopped watching: the POST behind it was then read whole, whatever its size.
        const QByteArray answer = streamHugeBody(
                "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: "
                "websocket\r\nSec-WebSocket\r\n\r\n"
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
                "1610612736\r\n\r\n");
        QCOMPARE(statusOf(answer), 400);
        QVERIFY(answer.contains("Malformed header line"));
    }

    void incompleteUpgradesAreAnsweredAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addRow("upgrade without connection")
                << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n");
        QTest::addRow("upgrade with a body")
                << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                              "Upgrade: websocket\r\nContent-Length: 1610612736\r\n\r\n");
        QTest::addRow("upgrade by POST")
                << QByteArray("POST /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                              "Upgrade: websocket\r\nContent-Length: 0\r\n\r\n");
        QTest::addRow("two connection headers")
                << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n"
                              "Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
        // Such heads were switched to WebSocket, which then failed the handshake after the fact.
        QTest::addRow("a key that is not 16 bytes")
                << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                              "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                              "Sec-WebSocket-Key: c2hvcnQ=\r\n\r\n");
        QTest::addRow("a key that is not base64")
                << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                              "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                              "Sec-WebSocket-Key: not a key at all!!!!!!!\r\n\r\n");
        QTest::addRow("no key") << QByteArray(
                "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QTest::addRow("another version")
                << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                              "Upgrade: websocket\r\nSec-WebSocket-Version: 8\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    }

    void incompleteUpgradesAreAnsweredAndClosed()
    {
        QFETCH(QByteArray, request);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(request);
        QByteArray answer;
        // The server answers and then closes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(
                (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState),
                8000);
        answer += socket.readAll();
        QCOMPARE(statusOf(answer), 400);
        QVERIFY(answer.contains("\"statusCode\":400"));
    }

    void incompleteUpgradesDoNotHoldConnections()
    {
        // Such heads were never answered, so a few hundred of them filled the server for good.
        TestServer server(
                { { u"limits/max_connections"_s, u"4"_s }, { u"server/threads"_s, u"1"_s } });
        for (int i = 0; i < 12; ++i) {
            const QByteArray answer = exchange(
                    server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n",
                    8000);
            QCOMPARE(statusOf(answer), 400);
        }
        QTRY_COMPARE(server.context().metrics->openConnections.load(), 0);
        QCOMPARE(server.get(u"/healthz"_s).status, 200);
    }

    void webSocketsGiveTheirConnectionBackWhenTheyClose()
    {
        // Each upgraded socket used to stay in the open-connection count after it closed, until
        // the server refused everything, /healthz included.
        TestServer server(
                { { u"limits/max_connections"_s, u"8"_s }, { u"server/threads"_s, u"1"_s } });
        const QUrl url(u"ws://127.0.0.1:%1/ws"_s.arg(server.port()));
        for (int i = 0; i < 60; ++i) {
            QWebSocket socket;
            bool closed = false;
            QObject::connect(&socket, &QWebSocket::disconnected, [&closed] { closed = true; });
            socket.open(url); // no token: the server says why and closes
            QTRY_VERIFY2_WITH_TIMEOUT(closed, qPrintable(u"handshake %1"_s.arg(i)), 8000);
            QVERIFY2(socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated,
                     qPrintable(u"handshake %1 closed with %2"_s.arg(i).arg(socket.closeCode())));
        }
        QTRY_COMPARE(server.context().metrics->openConnections.load(), 0);
        const Reply metrics = server.get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.body.contains("\nwn_open_connections 1\n"), metrics.body.constData());
    }

    void oversizedRequestsGetTheirOwnStatus_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("long url") << ("GET /healthz?" + QByteArray(70000, 'a')
                                      + " HTTP/1.1\r\nHost: t\r\n\r\n")
                                  << 414;
        QTest::addRow("large header") << ("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: "
                                          + QByteArray(70000, 'b') + "\r\n\r\n")
                                      << 431;
        QTest::addRow("chunked body")
                << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: "
                              "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                << 411;
        QTest::addRow("json body over 1 MiB")
                << ("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n"
                    + QByteArray(1000, ' '))
                << 413;
        QTest::addRow("bad length") << QByteArray(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Length: -5\r\n\r\n")
                                    << 400;
    }

    void oversizedRequestsGetTheirOwnStatus()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const QByteArray answer = exchange(m_server->port(), request);
        QCOMPARE(statusOf(answer), status);
        QVERIFY(answer.contains("\"statusCode\":" + QByteArray::number(status)));
    }

    void headsTheHttpServerWouldMisreadAreRefused_data()
    {
        // Qt's HTTP server drops every header of a head it cannot read whole, Content-Length
        // with them, and reads the body as the next request: one the guard, which took it for
        // the body, never looked at, so none of its limits applied to it.
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::addRow("a line without a colon") << QByteArray("Host t\r\n") << 400;
        QTest::addRow("a space in a name") << QByteArray("X Trace: 1\r\n") << 400;
        QTest::addRow("a space before the colon") << QByteArray("X-Trace : 1\r\n") << 400;
        QTest::addRow("a name not in ASCII") << QByteArray("X-\xc3\xa9: 1\r\n") << 400;
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "X-Trace-" + QByteArray::number(i) + ": 1\r\n";
        QTest::addRow("101 header lines") << many << 431; // with Content-Length
    }

    void headsTheHttpServerWouldMisreadAreRefused()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        const QByteArray hidden = "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        // The head, then its body once the server has answered the head: a read of its own.
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\n" + headers
                     + "Content-Length: " + QByteArray::number(hidden.size()) + "\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(3000));
        QByteArray answer = socket.readAll();
        socket.write(hidden);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 1000 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        QCOMPARE(statusOf(answer), status);
        QVERIFY2(answer.count("HTTP/1.1 ") == 1, answer.constData()); // the hidden GET got none
    }

    void aTrickledBodyMeetsOneDeadline()
    {
        // Each chunk used to restart the timer, so a body trickled slowly enough never ended.
        TestServer server({ { u"limits/request_timeout_seconds"_s, u"2"_s },
                            { u"limits/min_body_bytes_per_second"_s, u"1000"_s } });
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(socket.waitForConnected(3000));
        // 2,000 bytes: 2 s for the request and 2 s for the body at 1,000 bytes a second.
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: "
                     "application/json\r\nContent-Length: 2000\r\n\r\n");
        QElapsedTimer sending;
        sending.start();
        QByteArray answer;
        for (int sent = 0; sent < 2000 && socket.state() == QAbstractSocket::ConnectedState;
             sent += 50) {
            socket.write(QByteArray(50, ' ')); // 50 bytes every 250 ms: 10 s in all
            socket.waitForBytesWritten(100);
            if (socket.waitForReadyRead(250))
                answer += socket.readAll();
            if (answer.contains("\r\n\r\n"))
                break;
        }
        QCOMPARE(statusOf(answer), 408);
        QVERIFY2(sending.elapsed() < 8000, "the deadline was moved by the chunks");
    }

    void idleConnectionsAreClosed()
    {
        TestServer server({ { u"limits/keep_alive_seconds"_s, u"1"_s } });
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 4000);
    }

    void connectionsBeyondTheCapAreRefused()
    {
        TestServer server(
                { { u"limits/max_connections"_s, u"3"_s }, { u"server/threads"_s, u"1"_s } });
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(u"127.0.0.1"_s, server.port());
            QVERIFY(socket->waitForConnected(3000));
            open.push_back(std::move(socket));
        }
        QTest::qWait(200);
        QTcpSocket extra;
        extra.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(extra.waitForConnected(3000)); // the kernel accepts; the server then closes it
        extra.write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(extra.state(), QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(!extra.readAll().startsWith("HTTP/1.1 200"));
        open.front()->write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        QTRY_VERIFY(open.front()->bytesAvailable() > 0);
        QVERIFY(open.front()->readAll().startsWith("HTTP/1.1 200"));
    }

private:
    /** Sends @p head, then streams 64 MiB of the body it declares, and returns the answer;
     * checks that memory did not follow and that the server still serves. */
    QByteArray streamHugeBody(const QByteArray &head)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        if (!socket.waitForConnected(3000))
            return {};
        const qint64 before = residentBytes();
        socket.write(head);
        const QByteArray chunk(1024 * 1024, 'x');
        QByteArray answer;
        for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            socket.waitForBytesWritten(1000);
            if (socket.waitForReadyRead(1))
                answer += socket.readAll();
        }
        QElapsedTimer waited;
        waited.start();
        while (!answer.contains("\r\n\r\n") && waited.elapsed() < 5000) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        const qint64 grown = residentBytes() - before;
        if (grown >= 48 * 1024 * 1024)
            qWarning("memory grew by %lld MiB", grown / (1024 * 1024));
        if (grown >= 48 * 1024 * 1024 || m_server->get(u"/healthz"_s).status != 200)
            return {};
        return answer;
    }
};

QTEST_MAIN(TestPlatformConnections)
#include "tst_platform_connections.moc"
