// SPDX-License-Identifier: Apache-2.0
// Messages driven against the real server: the open conversation agreeing with the list on who is
// online and what is unread, a draft kept per conversation, and a message written while the server
// restarts kept and sent once.
#include "accountspagetest.h"

#include "chatclient.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QWebSocket>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestChatPages : public AccountsPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void theOpenConversationAgreesWithTheList()
    {
        // The header's presence disagreed with the list's, and the open conversation kept an
        // unread badge as messages came in.
        const qint64 chatId = m_server->post(u"/api/v1/chat/chats"_s,
                                             QJsonObject { { u"receiver_id"_s, m_talent.id } },
                                             m_employer.token)
                                      .json()
                                      .value(u"id"_s)
                                      .toInteger();
        QVERIFY(chatId > 0);
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Hello from the employer"_s } },
                       m_employer.token);
        logInAs(m_talent, u"talent"_s);
        QTRY_VERIFY(client::ChatClient::instance()->connected());
        show(u"ChatPage { objectName: \"page\"; anchors.fill: parent }"_s);
        QQuickItem *header = find(u"partnerPresence"_s); // the first conversation is open
        QVERIFY(header);
        const QString dot = u"presence_%1"_s.arg(chatId);
        QVERIFY(find(dot));
        QCOMPARE(header->property("online").toBool(), false);
        QCOMPARE(find(dot)->property("online").toBool(), false);

        // The employer comes online: both say so.
        QWebSocket employer;
        QUrl url(m_server->baseUrl() + u"/ws"_s);
        url.setScheme(u"ws"_s);
        url.setQuery(u"userId=%1&token=%2"_s.arg(m_employer.id).arg(m_employer.token));
        employer.open(url);
        QTRY_COMPARE(employer.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY(header->property("online").toBool());
        QTRY_VERIFY(find(dot)->property("online").toBool());

        // A message to the open conversation leaves no unread badge on it.
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Are you there?"_s } }, m_employer.token);
        QTest::qWait(500); // the list reloads as the message arrives
        QQuickItem *badge = nullptr;
        std::function<QQuickItem *(QQuickItem *)> named = [&](QQuickItem *item) -> QQuickItem * {
            if (item->objectName() == u"unread_%1"_s.arg(chatId))
                return item;
            for (QQuickItem *child : item->childItems())
                if (QQuickItem *found = named(child))
                    return found;
            return nullptr;
        };
        QTRY_VERIFY((badge = named(m_window->contentItem())));
        QVERIFY(!badge->isVisible());
        snapshot(u"talent-chat-open"_s);
        employer.close();
    }

    void aDraftStaysWithItsConversation()
    {
        // Half a message to one person, then a look at another conversation: the box there is
        // empty (nothing typed for one goes to the other), and coming back finds the text.
        const TestUser talent = m_server->createUser(Role::Talent);
        QList<qint64> chatIds;
        for (int i = 0; i < 2; ++i) {
            const TestUser employer = m_server->createUser(Role::Employer);
            chatIds.append(m_server->post(u"/api/v1/chat/chats"_s,
                                          QJsonObject { { u"receiver_id"_s, talent.id } },
                                          employer.token)
                                   .json()
                                   .value(u"id"_s)
                                   .toInteger());
            QVERIFY(chatIds.last() > 0);
        }
        logInAs(talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"chat\" }"_s);
        QTRY_VERIFY(find(u"chat-%1"_s.arg(chatIds[0])));
        QTRY_VERIFY(find(u"chat-%1"_s.arg(chatIds[1])));
        click(find(u"chat-%1"_s.arg(chatIds[0])));
        type(u"draft"_s, u"Thank you for the interview on"_s);
        click(find(u"chat-%1"_s.arg(chatIds[1])));
        QCOMPARE(find(u"draft"_s)->property("text").toString(), QString());
        QVERIFY(!find(u"send"_s)->property("enabled").toBool());
        type(u"draft"_s, u"Yes, Tuesday suits me"_s);
        snapshot(u"talent-chat-draft-per-conversation"_s);
        click(find(u"chat-%1"_s.arg(chatIds[0])));
        QCOMPARE(find(u"draft"_s)->property("text").toString(), u"Thank you for the interview on"_s);
        click(find(u"chat-%1"_s.arg(chatIds[1])));
        QCOMPARE(find(u"draft"_s)->property("text").toString(), u"Yes, Tuesday suits me"_s);
    }

    void aMessageWrittenWhileTheServerRestartsIsKeptAndSent()
    {
        // Written in the page while the server restarts: what is typed stays in the box, what is
        // sent waits and goes once, when the server is back.
        const TestUser talent = m_server->createUser(Role::Talent);
        const qint64 chatId
                = m_server->post(u"/api/v1/chat/chats"_s,
                                 QJsonObject { { u"receiver_id"_s, talent.id } }, m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        QVERIFY(chatId > 0);
        auto *chat = client::ChatClient::instance();
        logInAs(talent, u"talent"_s);
        QTRY_VERIFY(chat->connected());
        show(u"TalentShell { anchors.fill: parent; startSection: \"chat\" }"_s);
        QVERIFY(find(u"partnerPresence"_s)); // the conversation is open
        const auto stored = [&] {
            QStringList texts;
            const QJsonArray rows = m_server->get(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                                                  m_employer.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &row : rows)
                texts.append(row[u"message"_s].toString());
            return texts;
        };

        const quint16 port = m_server->port();
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!chat->connected(), 5000);
        type(u"draft"_s, u"Sent while the server was away"_s);
        click(find(u"send"_s));
        QTRY_VERIFY(find(u"waitingMessage"_s));
        type(u"draft"_s, u"Still being written"_s);
        snapshot(u"talent-chat-waiting"_s);

        m_server->startOn(port);
        // The client tries again after a pause that doubles up to 30 s: on a busy machine the
        // server may be back just after a try, and the next one comes that much later.
        QTRY_VERIFY_WITH_TIMEOUT(chat->connected(), 35000);
        QTRY_COMPARE(stored().count(u"Sent while the server was away"_s), 1);
        QTRY_VERIFY(!shownNow(u"waitingMessage"_s, "visible").toBool());
        QCOMPARE(find(u"draft"_s)->property("text").toString(), u"Still being written"_s);
        click(find(u"send"_s));
        QTRY_COMPARE(stored().count(u"Still being written"_s), 1);
        QCOMPARE(stored().count(u"Sent while the server was away"_s), 1);
    }
};

QTEST_MAIN(TestChatPages)
#include "tst_pages_chat.moc"
