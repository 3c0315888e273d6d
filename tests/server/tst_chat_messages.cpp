// SPDX-License-Identifier: Apache-2.0
// Chat between users over both wire formats (plain WebSocket frames and Socket.IO): messages and
// their history, presence, refusals, the chat and notification REST endpoints, offline delivery
// with its notifications and digest mail, and two instances sharing PostgreSQL.
#include "chatclient.h"
#include "testserver.h"

#include "core/auth/tokenservice.h"
#include "core/metrics.h"
#include "core/servercontext.h"
#include "modules/chat/chatservice.h"
#include "modules/notifications/notificationservice.h"
#include "modules/services.h"
#include "wn/common/apierror.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestChatMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
                QHash<QString, QString> { { u"chat/digest_delay_seconds"_s, u"1"_s } });
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        m_outsider = m_server->createUser(Role::Talent);
    }
    void cleanupTestCase() { m_server.reset(); }

    void messagesReachBothSidesOnEveryConnection()
    {
        ChatClient talent(m_server->baseUrl(), m_talent.id, m_talent.token);
        ChatClient employer(m_server->baseUrl(), m_employer.id, m_employer.token);
        ChatClient employerPhone(m_server->baseUrl(), m_employer.id, m_employer.token);
        QTRY_VERIFY(talent.isOpen() && employer.isOpen() && employerPhone.isOpen());

        talent.emitEvent(u"create_chat"_s, QJsonObject { { u"receiver_id"_s, m_employer.id } });
        const QJsonObject chat = talent.next(u"chat_created"_s).toObject();
        QVERIFY(chat.value(u"id"_s).toInteger() > 0);
        QCOMPARE(chat.value(u"members"_s).toArray().size(), 2);
        m_chatId = chat.value(u"id"_s).toInteger();

        talent.emitEvent(u"create_message"_s,
                         QJsonObject { { u"chat_id"_s, m_chatId },
                                       { u"receiver_id"_s, m_employer.id },
                                       { u"message"_s, u"Hello, is the role still open?"_s } });
        const QJsonObject atEmployer = employer.next(u"response_message"_s).toObject();
        QCOMPARE(atEmployer.value(u"message"_s).toString(), u"Hello, is the role still open?"_s);
        QCOMPARE(atEmployer.value(u"sender_id"_s).toInteger(), m_talent.id);
        QCOMPARE(employerPhone.next(u"response_message"_s).toObject().value(u"id"_s),
                 atEmployer.value(u"id"_s));
        QCOMPARE(talent.next(u"response_message"_s).toObject().value(u"id"_s),
                 atEmployer.value(u"id"_s));

        // Told only after it was committed: the history already holds it.
        const Reply history = m_server->get(u"/api/v1/chat/chats/%1/messages"_s.arg(m_chatId),
                                            m_employer.token);
        QCOMPARE(history.json().value(u"data"_s).toArray().last().toObject().value(u"id"_s),
                 atEmployer.value(u"id"_s));

        employer.emitEvent(u"get_chats"_s, QJsonObject {});
        const QJsonObject listed
                = employer.next(u"updated_chat_list"_s).toArray().first().toObject();
        QCOMPARE(listed.value(u"unread_count"_s).toInt(), 1);
        QCOMPARE(listed.value(u"last_message"_s).toObject().value(u"message"_s).toString(),
                 u"Hello, is the role still open?"_s);

        employer.emitEvent(u"typing"_s,
                           QJsonObject { { u"chat_id"_s, m_chatId }, { u"is_typing"_s, true } });
        const QJsonObject typing = talent.next(u"typing"_s).toObject();
        QCOMPARE(typing.value(u"user_id"_s).toInteger(), m_employer.id);
        QCOMPARE(typing.value(u"is_typing"_s).toBool(), true);

        employer.emitEvent(u"seen_message"_s, QJsonObject { { u"chat_id"_s, m_chatId } });
        const QJsonObject seen = talent.next(u"messages_seen"_s).toObject();
        QCOMPARE(seen.value(u"seen_by"_s).toInteger(), m_employer.id);
        QCOMPARE(seen.value(u"count"_s).toInt(), 1);
        employer.emitEvent(u"get_chats"_s, QJsonObject {});
        QCOMPARE(employer.next(u"updated_chat_list"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"unread_count"_s)
                         .toInt(),
                 0);

        talent.emitEvent(u"chat_messages"_s, QJsonObject { { u"chat_id"_s, m_chatId } });
        const QJsonArray all = talent.next(u"get_all_chat_messages"_s).toArray();
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().toObject().value(u"seen_at"_s).isNull());
    }

    void messagesSentTogetherAreStoredTogetherInOrder()
    {
        // Frames that arrive together are stored in one transaction. Each message is still
        // acknowledged on its own, in the order sent, and an event after them sees them stored.
        ChatClient talent(m_server->baseUrl(), m_talent.id, m_talent.token,
                          ChatClient::Protocol::SocketIo);
        ChatClient employer(m_server->baseUrl(), m_employer.id, m_employer.token);
        QTRY_VERIFY(employer.isOpen());
        QVERIFY(talent.waitForFrame(u"40{"_s));
        const qint64 storedBefore = metric(u"wn_chat_messages_batched_total"_s);
        const qint64 batchesBefore = metric(u"wn_chat_message_batches_total"_s);
        constexpr int count = 20;
        for (int i = 0; i < count; ++i) {
            const QJsonArray event { u"create_message"_s,
                                     QJsonObject { { u"chat_id"_s, m_chatId },
                                                   { u"receiver_id"_s, m_employer.id },
                                                   { u"message"_s, u"burst %1"_s.arg(i) } } };
            talent.socket.sendTextMessage(
                    u"42%1"_s.arg(100 + i)
                    + QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
        }
        talent.emitEvent(u"chat_messages"_s, QJsonObject { { u"chat_id"_s, m_chatId } });

        qint64 lastId = 0;
        for (int i = 0; i < count; ++i) {
            QVERIFY2(talent.waitForFrame(u"43%1["_s.arg(100 + i)), qPrintable(QString::number(i)));
            const QJsonObject acked = QJsonDocument::fromJson(talent.lastFrame.mid(5).toUtf8())
                                              .array()
                                              .first()
                                              .toObject();
            QCOMPARE(acked.value(u"message"_s).toString(), u"burst %1"_s.arg(i));
            QVERIFY(acked.value(u"id"_s).toInteger() > lastId);
            lastId = acked.value(u"id"_s).toInteger();
            QCOMPARE(employer.next(u"response_message"_s).toObject().value(u"message"_s),
                     acked.value(u"message"_s));
        }
        const QJsonArray history = talent.next(u"get_all_chat_messages"_s).toArray();
        QCOMPARE(history.last().toObject().value(u"id"_s).toInteger(), lastId);
        QCOMPARE(history.at(history.size() - count).toObject().value(u"message"_s).toString(),
                 u"burst 0"_s);
        // The chat's last message is the last one sent, however the burst was batched.
        talent.emitEvent(u"get_chats"_s, QJsonObject {});
        const QJsonArray chats = talent.next(u"updated_chat_list"_s).toArray();
        const auto listed = std::find_if(chats.begin(), chats.end(), [this](const QJsonValue &c) {
            return c.toObject().value(u"id"_s).toInteger() == m_chatId;
        });
        QVERIFY(listed != chats.end());
        QCOMPARE(listed->toObject().value(u"last_message"_s).toObject().value(u"id"_s).toInteger(),
                 lastId);

        QCOMPARE(metric(u"wn_chat_messages_batched_total"_s) - storedBefore, count);
        const qint64 batches = metric(u"wn_chat_message_batches_total"_s) - batchesBefore;
        QVERIFY(batches >= 1 && batches <= count);

        // A refusal does not overtake the acknowledgement of a message sent before it.
        const QString send = u"42%1[\"create_message\",{\"chat_id\":%2,\"receiver_id\":%3%4}]"_s;
        talent.socket.sendTextMessage(send.arg(200)
                                              .arg(m_chatId)
                                              .arg(m_employer.id)
                                              .arg(u",\"message\":\"before a refusal\""_s));
        talent.socket.sendTextMessage(send.arg(201).arg(m_chatId).arg(m_employer.id).arg(QString()));
        QVERIFY(talent.waitForFrame(u"43201["_s));
        QVERIFY(talent.lastFrame.contains(u"message"_s)); // the refusal names the missing field
        const qsizetype refused = talent.frames.lastIndexOf(talent.lastFrame);
        const auto acked = std::find_if(talent.frames.cbegin(), talent.frames.cend(),
                                        [](const QString &f) { return f.startsWith(u"43200["_s); });
        QVERIFY(acked != talent.frames.cend());
        QVERIFY(acked - talent.frames.cbegin() < refused);
    }

    void aMessageThatCannotBeStoredFailsAlone()
    {
        Services services(m_server->context());
        ChatService &chats = services.chats;
        const auto message = [this](qint64 chatId, const QString &text) {
            return ChatService::Outgoing { m_talent.id, chatId, m_employer.id, text, true };
        };
        // The middle one names a chat that is gone (deleted after it was checked, say).
        const QList<ChatService::Stored> stored = chats.storeMessages(
                { message(m_chatId, u"first of three"_s), message(987654321, u"lost"_s),
                  message(m_chatId, u"third of three"_s) });
        QCOMPARE(stored.size(), 3);
        QVERIFY(!stored.at(0).error && !stored.at(2).error);
        QVERIFY(stored.at(1).error);
        QVERIFY(stored.at(1).message.isEmpty());
        const QJsonArray history = chats.messages(m_talent.id, m_chatId, std::nullopt, 2);
        QCOMPARE(history.at(0).toObject().value(u"id"_s), stored.at(0).message.value(u"id"_s));
        QCOMPARE(history.at(0).toObject().value(u"message"_s).toString(), u"first of three"_s);
        QCOMPARE(history.at(1).toObject().value(u"id"_s), stored.at(2).message.value(u"id"_s));
    }

    void aConflictWithAnotherTransactionIsTriedAgain()
    {
        if (!TestServer::onPostgres())
            QSKIP("SQLite writers take turns in the server: a batch never meets a conflict there");
        // The first two attempts to store a message meet a serialization failure, as when another
        // instance's transaction crossed this one; a sequence counts them outside the transaction.
        QSqlDatabase db = m_server->context().db();
        for (const QString &statement :
             { u"CREATE SEQUENCE crossed_attempts"_s,
               u"CREATE FUNCTION cross_attempts() RETURNS trigger AS $$ BEGIN "
               "IF nextval('crossed_attempts') <= 2 THEN RAISE EXCEPTION 'crossed' USING ERRCODE "
               "= '40001'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s,
               u"CREATE TRIGGER crossing BEFORE INSERT ON chat_messages FOR EACH ROW EXECUTE "
               "FUNCTION cross_attempts()"_s })
            QVERIFY2(QSqlQuery(db).exec(statement), qPrintable(statement));

        Services services(m_server->context());
        const QList<ChatService::Stored> stored = services.chats.storeMessages(
                { { m_talent.id, m_chatId, m_employer.id, u"sent through a conflict"_s, true },
                  { m_talent.id, m_chatId, m_employer.id, u"and its neighbour"_s, true } });
        for (const QString &statement :
             { u"DROP TRIGGER crossing ON chat_messages"_s, u"DROP FUNCTION cross_attempts()"_s,
               u"DROP SEQUENCE crossed_attempts"_s })
            QVERIFY2(QSqlQuery(db).exec(statement), qPrintable(statement));
        QCOMPARE(stored.size(), 2);
        QVERIFY(!stored.at(0).error && !stored.at(1).error);
        const QJsonArray history = services.chats.messages(m_talent.id, m_chatId, std::nullopt, 2);
        QCOMPARE(history.at(0).toObject().value(u"message"_s).toString(),
                 u"sent through a conflict"_s);
        QCOMPARE(history.at(1).toObject().value(u"message"_s).toString(), u"and its neighbour"_s);
    }

    void historyPagesBackwards()
    {
        ChatClient talent(m_server->baseUrl(), m_talent.id, m_talent.token);
        QTRY_VERIFY(talent.isOpen());
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(m_chatId),
                                    QJsonObject { { u"message"_s, u"page %1"_s.arg(i) } },
                                    m_talent.token)
                             .status,
                     201);
        talent.emitEvent(u"chat_messages"_s,
                         QJsonObject { { u"chat_id"_s, m_chatId }, { u"limit"_s, 2 } });
        const QJsonArray latest = talent.next(u"get_all_chat_messages"_s).toArray();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).toObject().value(u"message"_s).toString(), u"page 4"_s);
        QCOMPARE(latest.at(1).toObject().value(u"message"_s).toString(), u"page 5"_s);
        talent.emitEvent(u"chat_messages"_s,
                         QJsonObject { { u"chat_id"_s, m_chatId },
                                       { u"limit"_s, 2 },
                                       { u"before"_s, latest.at(0).toObject().value(u"id"_s) } });
        const QJsonArray older = talent.next(u"get_all_chat_messages"_s).toArray();
        QCOMPARE(older.at(1).toObject().value(u"message"_s).toString(), u"page 3"_s);
    }

    void presenceIsToldToChatPartners()
    {
        ChatClient talent(m_server->baseUrl(), m_talent.id, m_talent.token);
        QTRY_VERIFY(talent.isOpen());
        QTest::qWait(100);
        {
            ChatClient employer(m_server->baseUrl(), m_employer.id, m_employer.token);
            QCOMPARE(talent.next(u"user_online"_s).toObject().value(u"user_id"_s).toInteger(),
                     m_employer.id);
            const Reply members = m_server->get(u"/api/v1/chat/chats/%1/members"_s.arg(m_chatId),
                                                m_talent.token);
            bool employerOnline = false;
            for (const QJsonValue &member : members.json().value(u"data"_s).toArray()) {
                if (member.toObject().value(u"id"_s).toInteger() == m_employer.id)
                    employerOnline = member.toObject().value(u"online"_s).toBool();
            }
            QVERIFY(employerOnline);
        }
        const QJsonObject offline = talent.next(u"user_offline"_s).toObject();
        QCOMPARE(offline.value(u"user_id"_s).toInteger(), m_employer.id);
        QVERIFY(!offline.value(u"last_seen_at"_s).toString().isEmpty());
        for (const QJsonValue &member :
             m_server->get(u"/api/v1/chat/chats/%1/members"_s.arg(m_chatId), m_talent.token)
                     .json()
                     .value(u"data"_s)
                     .toArray()) {
            const QJsonObject person = member.toObject();
            // The talent's own socket is still open; the employer's is gone.
            QCOMPARE(person.value(u"online"_s).toBool(),
                     person.value(u"id"_s).toInteger() == m_talent.id);
        }
    }

    void strangersAndForgedTokensAreRefused_data()
    {
        QTest::addColumn<qint64>("userId");
        QTest::addColumn<QString>("token");
        QTest::addRow("no token") << m_talent.id << QString();
        QTest::addRow("garbage token") << m_talent.id << u"not.a.jwt"_s;
        QTest::addRow("impostor: someone else's id") << m_employer.id << m_talent.token;
        QTest::addRow("no user id") << qint64(0) << m_talent.token;
    }
    void strangersAndForgedTokensAreRefused()
    {
        QFETCH(qint64, userId);
        QFETCH(QString, token);
        ChatClient json(m_server->baseUrl(), userId, token);
        QVERIFY(json.next(u"exception"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .startsWith(u"Unauthorized"_s));
        QTRY_VERIFY(!json.isOpen());
        QCOMPARE(json.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);

        ChatClient io(m_server->baseUrl(), userId, token, ChatClient::Protocol::SocketIo);
        QVERIFY2(io.waitForFrame(u"44"_s), qPrintable(io.frames.join(u" | "_s)));
        QVERIFY(io.lastFrame.contains(u"Unauthorized"_s));
    }

    void aLoggedOutTokenStopsWorkingOnAnOpenSocket()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        ChatClient client(m_server->baseUrl(), user.id, user.token);
        QTRY_VERIFY(client.isOpen());
        client.emitEvent(u"get_chats"_s, QJsonObject {});
        QVERIFY(!client.next(u"updated_chat_list"_s).isUndefined());
        QCOMPARE(m_server->post(u"/api/v1/auth/logout"_s, QJsonObject {}, user.token).status, 200);
        client.emitEvent(u"get_chats"_s, QJsonObject {});
        QVERIFY(client.next(u"exception"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(u"Unauthorized"_s));
        QTRY_VERIFY(!client.isOpen());
    }

    void anOpenSocketsSessionIsCheckedAgainWithoutItsSignature()
    {
        // What each event of an open socket checks: the session as it is now, and the expiry.
        const TestUser user = m_server->createUser(Role::Talent);
        const TokenService &tokens = *m_server->context().tokens;
        const Principal principal = tokens.authenticate(user.token);
        QVERIFY(principal.expiresAt > QDateTime::currentSecsSinceEpoch());
        QCOMPARE(tokens.recheck(principal).userId, user.id);
        Principal expired = principal;
        expired.expiresAt = QDateTime::currentSecsSinceEpoch();
        QVERIFY_THROWS_EXCEPTION(ApiError, tokens.recheck(expired));
        Principal otherSession = principal;
        otherSession.tokenId = u"not-a-session"_s;
        QVERIFY_THROWS_EXCEPTION(ApiError, tokens.recheck(otherSession));
    }

    void badPayloadsGetAnExceptionAndTheSocketStays_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<QString>("expected");
        QTest::addRow("create_chat without receiver")
                << u"create_chat"_s << QJsonValue(QJsonObject {})
                << u"receiver_id should not be empty"_s;
        QTest::addRow("create_chat with text id")
                << u"create_chat"_s << QJsonValue(QJsonObject { { u"receiver_id"_s, u"x"_s } })
                << u"receiver_id must be an integer"_s;
        QTest::addRow("create_chat with myself")
                << u"create_chat"_s << QJsonValue(QJsonObject { { u"receiver_id"_s, m_talent.id } })
                << u"yourself"_s;
        QTest::addRow("create_chat with nobody")
                << u"create_chat"_s << QJsonValue(QJsonObject { { u"receiver_id"_s, 999999 } })
                << u"User not found"_s;
        QTest::addRow("message without text")
                << u"create_message"_s
                << QJsonValue(QJsonObject { { u"chat_id"_s, m_chatId },
                                            { u"receiver_id"_s, m_employer.id } })
                << u"message should not be empty"_s;
        QTest::addRow("message to the wrong receiver")
                << u"create_message"_s
                << QJsonValue(QJsonObject { { u"chat_id"_s, m_chatId },
                                            { u"receiver_id"_s, m_outsider.id },
                                            { u"message"_s, u"hi"_s } })
                << u"receiver_id"_s;
        QTest::addRow("message too long")
                << u"create_message"_s
                << QJsonValue(QJsonObject { { u"chat_id"_s, m_chatId },
                                            { u"receiver_id"_s, m_employer.id },
                                            { u"message"_s, QString(2500, u'x') } })
                << u"at most 2000"_s;
        QTest::addRow("data not an object")
                << u"seen_message"_s << QJsonValue(QJsonArray { 1, 2 }) << u"must be an object"_s;
        QTest::addRow("unknown event")
                << u"drop_tables"_s << QJsonValue(QJsonObject {}) << u"Unknown event"_s;
        QTest::addRow("history with huge limit")
                << u"chat_messages"_s
                << QJsonValue(QJsonObject { { u"chat_id"_s, m_chatId }, { u"limit"_s, 100000 } })
                << u"limit must be not greater than 200"_s;
    }
    void badPayloadsGetAnExceptionAndTheSocketStays()
    {
        QFETCH(QString, event);
        QFETCH(QJsonValue, data);
        QFETCH(QString, expected);
        ChatClient client(m_server->baseUrl(), m_talent.id, m_talent.token);
        QTRY_VERIFY(client.isOpen());
        client.emitEvent(event, data);
        const QJsonObject error = client.next(u"exception"_s).toObject();
        QCOMPARE(error.value(u"status"_s).toString(), u"error"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(expected),
                 qPrintable(error.value(u"message"_s).toString()));
        client.emitEvent(u"get_chats"_s, QJsonObject {});
        QVERIFY(!client.next(u"updated_chat_list"_s).isUndefined());
    }

    void anotherUsersChatIsNotThere_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addRow("send") << u"create_message"_s;
        QTest::addRow("seen") << u"seen_message"_s;
        QTest::addRow("history") << u"chat_messages"_s;
        QTest::addRow("typing") << u"typing"_s;
    }
    void anotherUsersChatIsNotThere()
    {
        QFETCH(QString, event);
        ChatClient outsider(m_server->baseUrl(), m_outsider.id, m_outsider.token);
        QTRY_VERIFY(outsider.isOpen());
        outsider.emitEvent(event,
                           QJsonObject { { u"chat_id"_s, m_chatId },
                                         { u"receiver_id"_s, m_talent.id },
                                         { u"message"_s, u"let me in"_s } });
        QVERIFY(outsider.next(u"exception"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(u"Chat not found"_s));
        QCOMPARE(m_server->get(u"/api/v1/chat/chats/%1"_s.arg(m_chatId), m_outsider.token).status,
                 404);
        QCOMPARE(m_server->get(u"/api/v1/chat/chats/%1/members"_s.arg(m_chatId), m_outsider.token)
                         .status,
                 404);
        QCOMPARE(m_server->get(u"/api/v1/chat/chats/%1/messages"_s.arg(m_chatId), m_outsider.token)
                         .status,
                 404);
    }

    void malformedFramesAndOversizedFrames()
    {
        ChatClient client(m_server->baseUrl(), m_talent.id, m_talent.token);
        QTRY_VERIFY(client.isOpen());
        client.socket.sendTextMessage(u"this is not json"_s);
        QVERIFY(client.next(u"exception"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(u"JSON"_s));
        QVERIFY(client.isOpen());
        client.socket.sendTextMessage(QString(70000, u'x')); // beyond chat/max_frame_bytes
        QTRY_VERIFY_WITH_TIMEOUT(!client.isOpen(), 5000);
        QCOMPARE(m_server->get(u"/healthz"_s).status, 200);
    }

    void offlineReceiversGetANotificationAndOneDigestMail()
    {
        const TestUser away = m_server->createUser(Role::Employer);
        // The sign-up's verification code is mailed in the background: count from after it, or
        // it could pass for the digest.
        QVERIFY(m_server->waitForMail(away.email, 1));
        const qsizetype mailsBefore = m_server->mailsTo(away.email).size();
        const Reply chat
                = m_server->post(u"/api/v1/chat/chats"_s,
                                 QJsonObject { { u"receiver_id"_s, away.id } }, m_talent.token);
        QCOMPARE(chat.status, 201);
        QCOMPARE(m_server->post(u"/api/v1/chat/chats"_s,
                                QJsonObject { { u"receiver_id"_s, away.id } }, m_talent.token)
                         .status,
                 200);
        const qint64 chatId = chat.json().value(u"id"_s).toInteger();
        for (int i = 0; i < 3; ++i)
            m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                           QJsonObject { { u"message"_s, u"Are you there? %1"_s.arg(i) } },
                           m_talent.token);

        const QJsonObject list
                = m_server->get(u"/api/v1/notifications?type=chat_message&read=false"_s, away.token)
                          .json();
        QCOMPARE(list.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 3);
        QVERIFY(list.value(u"data"_s)
                        .toArray()
                        .first()
                        .toObject()
                        .value(u"title"_s)
                        .toString()
                        .startsWith(u"New message from"_s));

        const auto digest = m_server->waitForMail(away.email, int(mailsBefore) + 1);
        QVERIFY(digest);
        QVERIFY2(digest->subject.contains(u"3 unread messages"_s), qPrintable(digest->subject));
        QTest::qWait(1500);
        QCOMPARE(m_server->mailsTo(away.email).size(),
                 mailsBefore + 1); // one digest, not one per message
    }

    void notificationsCanBeReadCountedAndArriveLive()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        ChatClient client(m_server->baseUrl(), user.id, user.token);
        QTRY_VERIFY(client.isOpen());
        const Reply opened
                = m_server->post(u"/api/v1/chat/chats"_s,
                                 QJsonObject { { u"receiver_id"_s, m_outsider.id } }, user.token);
        const qint64 chatId = opened.json().value(u"id"_s).toInteger();
        // m_outsider is offline: each message becomes a notification for them.
        for (int i = 0; i < 2; ++i)
            m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                           QJsonObject { { u"message"_s, u"ping %1"_s.arg(i) } }, user.token);

        ChatClient outsider(m_server->baseUrl(), m_outsider.id, m_outsider.token);
        QTRY_VERIFY(outsider.isOpen());
        QTest::qWait(100);
        // Now online, the next message arrives as a message; no notification is needed.
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"live"_s } }, user.token);
        QCOMPARE(outsider.next(u"response_message"_s).toObject().value(u"message"_s).toString(),
                 u"live"_s);
        QVERIFY(!outsider.receives(u"notification"_s, 300));

        QJsonObject stats
                = m_server->get(u"/api/v1/notifications/stats"_s, m_outsider.token).json();
        const int unread = stats.value(u"unread"_s).toInt();
        QVERIFY(unread >= 2);
        QCOMPARE(stats.value(u"by_type"_s)
                         .toObject()
                         .value(u"chat_message"_s)
                         .toObject()
                         .value(u"unread"_s)
                         .toInt(),
                 unread);

        const QJsonArray page = m_server->get(u"/api/v1/notifications?limit=1"_s, m_outsider.token)
                                        .json()
                                        .value(u"data"_s)
                                        .toArray();
        const qint64 newest = page.first().toObject().value(u"id"_s).toInteger();
        QCOMPARE(m_server->post(u"/api/v1/notifications/mark-read"_s,
                                QJsonObject { { u"ids"_s, QJsonArray { newest } } },
                                m_outsider.token)
                         .json()
                         .value(u"updated"_s)
                         .toInt(),
                 1);
        // Someone else's notification is not theirs to mark.
        QCOMPARE(m_server->post(u"/api/v1/notifications/mark-read"_s,
                                QJsonObject { { u"ids"_s, QJsonArray { newest } } }, user.token)
                         .json()
                         .value(u"updated"_s)
                         .toInt(),
                 0);
        stats = m_server->get(u"/api/v1/notifications/stats"_s, m_outsider.token).json();
        QCOMPARE(stats.value(u"unread"_s).toInt(), unread - 1);
        QVERIFY(m_server->post(u"/api/v1/notifications/mark-all-read"_s, QJsonObject {},
                               m_outsider.token)
                        .json()
                        .value(u"updated"_s)
                        .toInt()
                >= 1);
        QCOMPARE(m_server->get(u"/api/v1/notifications/stats"_s, m_outsider.token)
                         .json()
                         .value(u"unread"_s)
                         .toInt(),
                 0);
        QCOMPARE(m_server->get(u"/api/v1/notifications?read=true&limit=100"_s, m_outsider.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 stats.value(u"total"_s).toInt());

        QCOMPARE(m_server->get(u"/api/v1/notifications"_s).status, 401);
        QCOMPARE(m_server->post(u"/api/v1/notifications/mark-read"_s,
                                QJsonObject { { u"ids"_s, u"all"_s } }, user.token)
                         .status,
                 400);
        QCOMPARE(m_server->get(u"/api/v1/notifications?limit=500"_s, user.token).status, 400);
    }

    void notificationsArriveLiveOnEverySocket()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        ChatClient laptop(m_server->baseUrl(), user.id, user.token);
        ChatClient phone(m_server->baseUrl(), user.id, user.token, ChatClient::Protocol::SocketIo);
        QTRY_VERIFY(laptop.isOpen() && phone.isOpen());
        QVERIFY(phone.waitForFrame(u"40{"_s));
        // Any area that notifies a user goes through the same service.
        NotificationService(m_server->context())
                .notify(user.id, u"application_status"_s,
                        { { u"application_id"_s, 9 },
                          { u"status"_s, u"shortlisted"_s },
                          { u"job_title"_s, u"Backend Engineer"_s } });
        const QJsonObject onLaptop = laptop.next(u"notification"_s).toObject();
        QCOMPARE(onLaptop.value(u"title"_s).toString(),
                 u"Your application for Backend Engineer was shortlisted"_s);
        QCOMPARE(onLaptop.value(u"data"_s).toObject().value(u"application_id"_s).toInt(), 9);
        QCOMPARE(phone.next(u"notification"_s).toObject().value(u"id"_s), onLaptop.value(u"id"_s));
        QCOMPARE(m_server->get(u"/api/v1/notifications?type=application_status"_s, user.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 1);
    }

    void chatRestEndpoints()
    {
        QCOMPARE(m_server->post(u"/api/v1/chat/chats"_s,
                                QJsonObject { { u"receiver_id"_s, m_employer.id } })
                         .status,
                 401);
        QCOMPARE(m_server->post(u"/api/v1/chat/chats"_s, QJsonObject {}, m_talent.token).status,
                 400);
        QCOMPARE(m_server->post(u"/api/v1/chat/chats"_s,
                                QJsonObject { { u"receiver_id"_s, m_talent.id } }, m_talent.token)
                         .status,
                 400);

        const QJsonObject chat
                = m_server->get(u"/api/v1/chat/chats/%1"_s.arg(m_chatId), m_talent.token).json();
        QCOMPARE(chat.value(u"id"_s).toInteger(), m_chatId);
        QCOMPARE(m_server->get(u"/api/v1/chat/chats/abc"_s, m_talent.token).status, 400);

        const Reply mine
                = m_server->get(u"/api/v1/chat/users/%1/chats"_s.arg(m_talent.id), m_talent.token);
        QCOMPARE(mine.status, 200);
        QVERIFY(!mine.json().value(u"data"_s).toArray().isEmpty());
        QCOMPARE(m_server->get(u"/api/v1/chat/users/%1/chats"_s.arg(m_talent.id), m_outsider.token)
                         .status,
                 404);

        const Reply onboard
                = m_server->post(u"/api/v1/chat/onboarding"_s,
                                 QJsonObject { { u"display_name"_s, u"Ada the Engineer"_s },
                                               { u"about"_s, u"Qt developer"_s } },
                                 m_talent.token);
        QCOMPARE(onboard.status, 200);
        QCOMPARE(onboard.json().value(u"display_name"_s).toString(), u"Ada the Engineer"_s);
        QCOMPARE(m_server->post(u"/api/v1/chat/onboarding"_s,
                                QJsonObject { { u"display_name"_s, QString(500, u'a') } },
                                m_talent.token)
                         .status,
                 400);
        QCOMPARE(m_server->post(u"/api/v1/chat/users/initialize"_s, QJsonObject {}, m_outsider.token)
                         .status,
                 200);

        // The employer sees the talent (they chat), by their chat name; the outsider does not.
        const QJsonArray seenByEmployer
                = m_server->get(u"/api/v1/chat/users?q=engineer"_s, m_employer.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        QCOMPARE(seenByEmployer.size(), 1);
        QCOMPARE(seenByEmployer.first().toObject().value(u"id"_s).toInteger(), m_talent.id);
        QCOMPARE(m_server->get(u"/api/v1/chat/users?q=engineer"_s, m_outsider.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);

        const Reply found
                = m_server->post(u"/api/v1/chat/users/find-or-create"_s,
                                 QJsonObject { { u"user_id"_s, m_employer.id } }, m_talent.token);
        QCOMPARE(found.json().value(u"id"_s).toInteger(), m_employer.id);
        QCOMPARE(m_server->post(u"/api/v1/chat/users/find-or-create"_s,
                                QJsonObject { { u"user_id"_s, 987654 } }, m_talent.token)
                         .status,
                 404);

        const Reply plainGet = m_server->get(u"/ws"_s);
        QCOMPARE(plainGet.status, 426);
    }

    void twoInstancesDeliverToEachOthersUsers()
    {
        if (!TestServer::onPostgres())
            QSKIP("several instances share a PostgreSQL database; set WN_TEST_PG_URL");
        TestServer second(m_server->sharedInstanceSettings());
        ChatClient onFirst(m_server->baseUrl(), m_talent.id, m_talent.token);
        ChatClient onSecond(second.baseUrl(), m_employer.id, m_employer.token);
        QTRY_VERIFY(onFirst.isOpen() && onSecond.isOpen());
        QTest::qWait(300); // both LISTENs are in place

        onFirst.emitEvent(u"create_message"_s,
                          QJsonObject { { u"chat_id"_s, m_chatId },
                                        { u"receiver_id"_s, m_employer.id },
                                        { u"message"_s, u"across instances"_s } });
        QCOMPARE(onSecond.next(u"response_message"_s).toObject().value(u"message"_s).toString(),
                 u"across instances"_s);
        QCOMPARE(onFirst.next(u"response_message"_s).toObject().value(u"message"_s).toString(),
                 u"across instances"_s); // the sender's copy
        onSecond.emitEvent(u"create_message"_s,
                           QJsonObject { { u"chat_id"_s, m_chatId },
                                         { u"receiver_id"_s, m_talent.id },
                                         { u"message"_s, u"and back"_s } });
        QCOMPARE(onFirst.next(u"response_message"_s).toObject().value(u"message"_s).toString(),
                 u"and back"_s);
        // Presence is shared too: the first instance knows the employer is online on the second.
        const QJsonArray members
                = m_server->get(u"/api/v1/chat/chats/%1/members"_s.arg(m_chatId), m_talent.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        for (const QJsonValue &member : members)
            QVERIFY(member.toObject().value(u"online"_s).toBool());
    }

private:
    /** A counter of the server's /metrics (0 before its first count). */
    qint64 metric(const QString &name)
    {
        for (const QByteArray &line : m_server->context().metrics->prometheusText().split('\n')) {
            if (line.startsWith(name.toUtf8() + ' '))
                return line.mid(name.size() + 1).toLongLong();
        }
        return 0;
    }

    std::unique_ptr<TestServer> m_server;
    TestUser m_talent;
    TestUser m_employer;
    TestUser m_outsider;
    qint64 m_chatId = 0;
};

QTEST_MAIN(TestChatMessages)
#include "tst_chat_messages.moc"
