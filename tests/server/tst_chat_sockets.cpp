// SPDX-License-Identifier: Apache-2.0
// The chat sockets themselves, each on a server of its own: throttling a flood of events, the
// Engine.IO handshake with its pings and acknowledgements, dropping a silent client, the cap of
// sockets per user, and telling sockets to reconnect when the server stops.
#include "chatclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestChatSockets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodingIsThrottled()
    {
        TestServer server({ { u"chat/events_per_second"_s, u"2"_s } });
        const TestUser user = server.createUser(Role::Talent);
        ChatClient client(server.baseUrl(), user.id, user.token);
        QTRY_VERIFY(client.isOpen());
        for (int i = 0; i < 10; ++i)
            client.emitEvent(u"get_chats"_s, QJsonObject {});
        QVERIFY(client.next(u"exception"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(u"Too many events"_s));
        QVERIFY(client.isOpen());
    }

    void socketIoSpeaksEngineIoAndAcknowledges()
    {
        TestServer server({ { u"chat/ping_interval_ms"_s, u"300"_s } });
        const TestUser a = server.createUser(Role::Talent);
        const TestUser b = server.createUser(Role::Employer);
        ChatClient alice(server.baseUrl(), a.id, a.token, ChatClient::Protocol::SocketIo, false);
        QVERIFY(alice.waitForFrame(u"0{"_s));
        const QJsonObject open = QJsonDocument::fromJson(alice.lastFrame.mid(1).toUtf8()).object();
        QVERIFY(!open.value(u"sid"_s).toString().isEmpty());
        QCOMPARE(open.value(u"pingInterval"_s).toInt(), 300);
        alice.socket.sendTextMessage(u"40/admin,"_s);
        QVERIFY(alice.waitForFrame(u"44/admin,"_s));
        alice.socket.sendTextMessage(u"40"_s);
        QVERIFY(alice.waitForFrame(u"40{\"sid\""_s));

        ChatClient bob(server.baseUrl(), b.id, b.token, ChatClient::Protocol::SocketIo);
        QVERIFY(bob.waitForFrame(u"40{"_s));

        alice.socket.sendTextMessage(u"427[\"create_chat\",{\"receiver_id\":%1}]"_s.arg(b.id));
        QVERIFY(alice.waitForFrame(u"437["_s));
        const qint64 chatId = QJsonDocument::fromJson(alice.lastFrame.mid(3).toUtf8())
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(u"id"_s)
                                      .toInteger();
        QVERIFY(chatId > 0);
        QCOMPARE(alice.next(u"chat_created"_s).toObject().value(u"id"_s).toInteger(), chatId);

        alice.emitEvent(u"create_message"_s,
                        QJsonObject { { u"chat_id"_s, chatId },
                                      { u"receiver_id"_s, b.id },
                                      { u"message"_s, u"över Socket.IO ✓"_s } });
        QCOMPARE(bob.next(u"response_message"_s).toObject().value(u"message"_s).toString(),
                 u"över Socket.IO ✓"_s);

        // The server pings; a client that answers stays connected through several intervals.
        QVERIFY(alice.waitForFrame(u"2"_s, 2000));
        QTest::qWait(1000);
        QVERIFY(alice.isOpen());
        alice.socket.sendTextMessage(u"4garbage"_s);
        QVERIFY(!alice.next(u"exception"_s).isUndefined());
        alice.socket.sendTextMessage(u"41"_s);
        QTRY_VERIFY(!alice.isOpen());
    }

    void aSilentSocketIoClientIsDropped()
    {
        TestServer server({ { u"chat/ping_interval_ms"_s, u"200"_s } });
        const TestUser a = server.createUser(Role::Talent);
        QWebSocket raw;
        QString url = server.baseUrl();
        url.replace(u"http://"_s, u"ws://"_s);
        raw.open(QUrl(url
                      + u"/socket.io/?EIO=4&transport=websocket&userId=%1&token=%2"_s.arg(a.id).arg(
                              a.token)));
        QTRY_VERIFY(raw.state() == QAbstractSocket::ConnectedState);
        QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QAbstractSocket::UnconnectedState,
                                 5000); // never answers "2"
    }

    void socketsPerUserAreCapped()
    {
        TestServer server({ { u"chat/max_connections_per_user"_s, u"2"_s } });
        const TestUser user = server.createUser(Role::Talent);
        ChatClient first(server.baseUrl(), user.id, user.token);
        ChatClient second(server.baseUrl(), user.id, user.token);
        QTRY_VERIFY(first.isOpen() && second.isOpen());
        first.emitEvent(u"get_chats"_s, QJsonObject {});
        second.emitEvent(u"get_chats"_s, QJsonObject {});
        QVERIFY(!first.next(u"updated_chat_list"_s).isUndefined()
                && !second.next(u"updated_chat_list"_s).isUndefined());
        ChatClient third(server.baseUrl(), user.id, user.token);
        QVERIFY(third.next(u"exception"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(u"Too many open connections"_s));
        QTRY_VERIFY(!third.isOpen());
        QVERIFY(first.isOpen());
    }

    void socketsAreToldToReconnectWhenTheServerStops()
    {
        TestServer server;
        const TestUser user = server.createUser(Role::Talent);
        ChatClient json(server.baseUrl(), user.id, user.token);
        ChatClient io(server.baseUrl(), user.id, user.token, ChatClient::Protocol::SocketIo);
        QTRY_VERIFY(json.isOpen() && io.isOpen());
        QVERIFY(io.waitForFrame(u"40{"_s));
        server.stop();
        QTRY_VERIFY(!json.isOpen() && !io.isOpen());
        QCOMPARE(json.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QVERIFY(io.waitForFrame(u"1"_s)); // Engine.IO close: socket.io-client reconnects
    }
};

QTEST_MAIN(TestChatSockets)
#include "tst_chat_sockets.moc"
