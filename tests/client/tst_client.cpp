// SPDX-License-Identifier: Apache-2.0
// The client's C++ side against the real server, and its pages as a person sees them.
#include "testserver.h"

#include "apilistmodel.h"
#include "backend.h"
#include "chatclient.h"
#include "codehighlighter.h"
#include "jobsmodel.h"
#include "messagesmodel.h"
#include "session.h"

#include <wn/common/operations.h>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextLayout>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeIsColouredByItsLanguage()
    {
        // The editor's colours: a keyword of the language, a string, a number, and comments,
        // a C block comment across lines included; a word that is a keyword elsewhere is not.
        const client::CodeColours colours { Qt::blue, Qt::darkGreen, Qt::gray, Qt::darkRed };
        const auto colourAt = [](const QTextDocument &document, int line, int column) {
            const QTextBlock block = document.findBlockByNumber(line);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (column >= range.start && column < range.start + range.length)
                    return range.format.foreground().color();
            }
            return QColor();
        };
        QTextDocument python(u"def total(xs):  # the sum\n    return \"n\" + 42\nfunc"_s);
        client::CodeSyntax pythonSyntax(&python, u"Python 3"_s, colours);
        pythonSyntax.rehighlight(); // as the event loop would, once the document is set
        QCOMPARE(colourAt(python, 0, 0), QColor(Qt::blue)); // def
        QCOMPARE(colourAt(python, 0, 4), QColor()); // total
        QCOMPARE(colourAt(python, 0, 16), QColor(Qt::gray)); // # the sum
        QCOMPARE(colourAt(python, 1, 4), QColor(Qt::blue)); // return
        QCOMPARE(colourAt(python, 1, 11), QColor(Qt::darkGreen)); // "n"
        QCOMPARE(colourAt(python, 1, 17), QColor(Qt::darkRed)); // 42
        QCOMPARE(colourAt(python, 2, 0), QColor()); // func: Go's, not Python's

        QTextDocument c(u"int main(void) { /* starts\n still a comment */ return 0; }"_s);
        client::CodeSyntax cSyntax(&c, u"C"_s, colours);
        cSyntax.rehighlight();
        QCOMPARE(colourAt(c, 0, 0), QColor(Qt::blue)); // int
        QCOMPARE(colourAt(c, 0, 20), QColor(Qt::gray)); // the comment opens
        QCOMPARE(colourAt(c, 1, 3), QColor(Qt::gray)); // and goes on
        QCOMPARE(colourAt(c, 1, 21), QColor(Qt::blue)); // return, after it closed
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        const TestUser &employer = m_employer;
        for (int i = 1; i <= 25; ++i) {
            m_server->post(
                    u"/api/v1/jobs"_s,
                    QJsonObject { { u"title"_s, u"Role number %1"_s.arg(i) },
                                  { u"description"_s, u"A role published for the client test."_s },
                                  { u"job_type"_s, u"full_time"_s },
                                  { u"work_mode"_s, u"remote"_s },
                                  { u"publish"_s, true } },
                    employer.token);
        }
        m_admin = m_server->createUser(Role::Admin);
        m_superAdmin = m_server->createUser(Role::SuperAdmin);
        client::Session::instance()->setServerUrl(m_server->baseUrl());
    }
    void cleanupTestCase() { m_server.reset(); }

    void everyOperationTheClientCallsIsARouteOfTheServer()
    {
        // Parameter names may differ between the two sides ({id}, {userId}): compare shapes.
        static const QRegularExpression parameter(u"\\{\\w+\\}"_s);
        auto shape = [](const QByteArray &method, QString path) {
            return QString::fromLatin1(method).toUpper() + u' ' + path.replace(parameter, u"{}"_s);
        };
        QSet<QString> routes;
        const QJsonObject paths
                = m_server->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QStringList methods = path.value().toObject().keys();
            for (const QString &method : methods)
                routes.insert(shape(method.toLatin1(), path.key()));
        }
        QVERIFY(routes.size() > 100);
        const auto &operations = clientOperations();
        QVERIFY(!operations.isEmpty());
        for (auto it = operations.begin(); it != operations.end(); ++it) {
            const QString route = shape(it->method, it->path);
            QVERIFY2(routes.contains(route),
                     qPrintable(u"%1 calls %2, which the server does not offer"_s.arg(it.key(),
                                                                                      route)));
        }
    }

    void aWrongPasswordIsExplained()
    {
        auto *session = client::Session::instance();
        session->login(m_talent.email, u"wrong password"_s);
        QTRY_VERIFY(!session->busy());
        QVERIFY(!session->loggedIn());
        QCOMPARE(session->error(), u"Invalid email or password"_s);
    }

    void loggingInAndOut()
    {
        auto *session = client::Session::instance();
        QSignalSpy changed(session, &client::Session::userChanged);
        session->login(m_talent.email, m_talent.password);
        QTRY_VERIFY(session->loggedIn());
        QCOMPARE(session->role(), Role::Talent);
        QVERIFY(session->error().isEmpty());
        QCOMPARE(session->displayName(), u"Test talent (Talent)"_s);
        session->logout();
        QVERIFY(!session->loggedIn());
        QCOMPARE(changed.size(), 2);
    }

    void aDeadServerIsExplained()
    {
        auto *session = client::Session::instance();
        const QString server = session->serverUrl();
        session->setServerUrl(u"http://127.0.0.1:1"_s);
        session->login(m_talent.email, m_talent.password);
        QTRY_VERIFY(!session->busy());
        QVERIFY(session->error().contains(u"cannot be reached"_s));
        session->setServerUrl(server);
    }

    void jobsArriveAPageAtATime()
    {
        client::JobsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.total(), 25);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex first = model.index(0);
        QVERIFY(model.data(first, client::JobsModel::TitleRole)
                        .toString()
                        .startsWith(u"Role number"_s));
        QCOMPARE(model.data(first, client::JobsModel::WorkModeRole).toString(), u"remote"_s);

        model.setQuery(u"number 7"_s);
        QTRY_COMPARE(model.total(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), client::JobsModel::TitleRole).toString(),
                 u"Role number 7"_s);
    }

    void operationsResolveToPathsAndQueries()
    {
        const auto apply = client::Backend::resolve(
                u"applyToJob"_s, { { u"id"_s, 7 }, { u"cover_letter"_s, u"Hello"_s } });
        QVERIFY(apply);
        QCOMPARE(apply->method, QByteArray("POST"));
        QCOMPARE(apply->path, u"/api/v1/jobs/7/applications"_s);
        QCOMPARE(apply->rest, QJsonObject({ { u"cover_letter"_s, u"Hello"_s } }));

        const auto search = client::Backend::resolve(u"publicJobs"_s,
                                                     { { u"q"_s, u"data & more"_s },
                                                       { u"remote"_s, true },
                                                       { u"state"_s, u""_s },
                                                       { u"page"_s, 2 } });
        QVERIFY(search);
        QCOMPARE(search->path, u"/api/v1/jobs/landing?page=2&q=data%20%26%20more&remote=true"_s);
        QVERIFY(search->rest.isEmpty());

        const auto contact = client::Backend::resolve(u"removeContactPerson"_s,
                                                      { { u"id"_s, 3 }, { u"contactId"_s, 9 } });
        QCOMPARE(contact->path, u"/api/v1/companies/3/contact-persons/9"_s);
        QVERIFY(!client::Backend::resolve(u"noSuchThing"_s, {}));
    }

    void anApplicationShowsInTheTalentsListAndTheEmployers()
    {
        auto *session = client::Session::instance();
        session->login(m_talent.email, m_talent.password, u"talent"_s);
        QTRY_VERIFY(session->loggedIn());
        const qint64 job = firstJobId();
        QVERIFY(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                               m_talent.token)
                        .status
                == 201);

        client::ApiListModel mine;
        QAbstractItemModelTester tester(&mine,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        mine.setOperation(u"myApplications"_s);
        QTRY_COMPARE(mine.count(), 1);
        QCOMPARE(mine.total(), 1);
        const QVariantMap row = mine.data(mine.index(0), client::ApiListModel::RowRole).toMap();
        QCOMPARE(row.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(row.value(u"job"_s).toMap().value(u"id"_s).toLongLong(), job);
        QCOMPARE(row.value(u"next_statuses"_s).toStringList(), QStringList { u"withdrawn"_s });
        session->logout();

        session->login(m_employer.email, m_employer.password, u"employer"_s);
        QTRY_VERIFY(session->loggedIn());
        client::ApiListModel applicants;
        QAbstractItemModelTester applicantsTester(
                &applicants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        applicants.setOperation(u"jobApplicants"_s);
        applicants.setArguments({ { u"id"_s, job } });
        QTRY_COMPARE(applicants.count(), 1);
        const QVariantMap applicant = applicants.get(0);
        QCOMPARE(applicant.value(u"talent"_s).toMap().value(u"id"_s).toLongLong(), m_talent.id);
        QCOMPARE(applicant.value(u"next_statuses"_s).toStringList(),
                 QStringList({ u"shortlisted"_s, u"rejected"_s }));

        // A filter the server refuses is shown as the list's error, not as an empty list.
        applicants.setArguments({ { u"id"_s, job }, { u"status"_s, u"dreaming"_s } });
        QTRY_VERIFY(!applicants.error().isEmpty());
        QCOMPARE(applicants.count(), 0);
        session->logout();
    }

    void aRememberedTokenIsCheckedWithTheServer()
    {
        auto *session = client::Session::instance();
        session->login(m_talent.email, m_talent.password, u"talent"_s);
        QTRY_VERIFY(session->loggedIn());
        QVERIFY(!session->hasRememberedToken());

        // The next start of the client: a token in the settings, nobody known yet.
        session->restore();
        QTRY_VERIFY(!session->busy());
        QVERIFY(session->loggedIn());
        QCOMPARE(session->userId(), m_talent.id);

        // The token is revoked elsewhere: restoring logs out and says why.
        const QString token = session->api()->token();
        QCOMPARE(m_server->post(u"/api/v1/auth/logout"_s, QJsonObject {}, token).status, 200);
        session->restore();
        QTRY_VERIFY(!session->loggedIn());
        QVERIFY(session->api()->token().isEmpty());
        QVERIFY(session->error().contains(u"log in again"_s));
    }

    void chatMessagesArriveLiveAndAfterARestart()
    {
        auto *session = client::Session::instance();
        auto *chat = client::ChatClient::instance();
        session->login(m_talent.email, m_talent.password, u"talent"_s);
        QTRY_VERIFY(chat->connected());

        const Reply opened = m_server->post(u"/api/v1/chat/chats"_s,
                                            QJsonObject { { u"receiver_id"_s, m_talent.id } },
                                            m_employer.token);
        QVERIFY2(opened.status == 201 || opened.status == 200, qPrintable(opened.message()));
        const qint64 chatId = opened.json().value(u"id"_s).toInteger();
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Earlier message"_s } }, m_employer.token);

        client::MessagesModel messages;
        QAbstractItemModelTester tester(&messages,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        messages.setChatId(chatId);
        QTRY_COMPARE(messages.rowCount(), 1);
        QCOMPARE(messages.data(messages.index(0), client::MessagesModel::MineRole).toBool(), false);

        QSignalSpy received(chat, &client::ChatClient::messageReceived);
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Are you free on Thursday?"_s } },
                       m_employer.token);
        QTRY_COMPARE(messages.rowCount(), 2);
        QCOMPARE(messages.data(messages.index(1), client::MessagesModel::TextRole).toString(),
                 u"Are you free on Thursday?"_s);
        QCOMPARE(received.size(), 1);

        // My own message comes back once, marked mine and not yet seen.
        chat->sendMessage(chatId, m_employer.id, u"Yes, at 11."_s);
        QTRY_COMPARE(messages.rowCount(), 3);
        QVERIFY(messages.data(messages.index(2), client::MessagesModel::MineRole).toBool());
        QVERIFY(!messages.data(messages.index(2), client::MessagesModel::SeenRole).toBool());

        // The employer, on a socket of their own, types and then reads: the client hears both.
        QWebSocket employer;
        QUrl socketUrl(m_server->baseUrl() + u"/ws"_s);
        socketUrl.setScheme(u"ws"_s);
        socketUrl.setQuery(u"userId=%1&token=%2"_s.arg(m_employer.id).arg(m_employer.token));
        employer.open(socketUrl);
        QTRY_COMPARE(employer.state(), QAbstractSocket::ConnectedState);
        QSignalSpy typing(chat, &client::ChatClient::typingChanged);
        employer.sendTextMessage(
                u"{\"event\":\"typing\",\"data\":{\"chat_id\":%1,\"is_typing\":true}}"_s.arg(
                        chatId));
        QTRY_COMPARE(typing.size(), 1);
        QCOMPARE(typing.at(0).at(0).toLongLong(), chatId);
        QCOMPARE(typing.at(0).at(1).toLongLong(), m_employer.id);
        QCOMPARE(typing.at(0).at(2).toBool(), true);
        employer.sendTextMessage(
                u"{\"event\":\"seen_message\",\"data\":{\"chat_id\":%1}}"_s.arg(chatId));
        QTRY_VERIFY(messages.data(messages.index(2), client::MessagesModel::SeenRole).toBool());
        employer.close();

        // The server restarts: the client reconnects by itself and live messages flow again.
        m_server->restartOnSamePort();
        QTRY_VERIFY_WITH_TIMEOUT(!chat->connected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(chat->connected(), 15000);
        const int before = messages.rowCount();
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Still there?"_s } }, m_employer.token);
        QTRY_COMPARE(messages.rowCount(), before + 1);

        session->logout();
        QTRY_VERIFY(!chat->connected());
    }

    void whatIsWrittenWhileTheSocketIsAwayIsSentWhenItIsBack()
    {
        // Enter while "Connecting…" once cleared the draft and sent nothing.
        auto *session = client::Session::instance();
        auto *chat = client::ChatClient::instance();
        session->login(m_talent.email, m_talent.password, u"talent"_s);
        QTRY_VERIFY(chat->connected());
        const qint64 chatId = m_server->post(u"/api/v1/chat/chats"_s,
                                             QJsonObject { { u"receiver_id"_s, m_talent.id } },
                                             m_employer.token)
                                      .json()
                                      .value(u"id"_s)
                                      .toInteger();
        auto stored = [&] {
            QStringList texts;
            const QJsonArray rows = m_server->get(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                                                  m_employer.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &row : rows)
                texts.append(row.toObject().value(u"message"_s).toString());
            return texts;
        };

        const quint16 port = m_server->port();
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!chat->connected(), 5000);
        chat->sendMessage(chatId, m_employer.id, u"Written while the server was away"_s);
        QCOMPARE(chat->outbox().size(), 1);
        // Kept on disk too: a client closed now would still have it.
        QVERIFY(QSettings().allKeys().join(u' ').contains(u"outbox"_s));

        m_server->startOn(port);
        QTRY_VERIFY_WITH_TIMEOUT(chat->connected(), 15000);
        QTRY_COMPARE(chat->outbox().size(), 0);
        QCOMPARE(stored().count(u"Written while the server was away"_s), 1);

        session->logout();
        QTRY_VERIFY(!chat->connected());
    }

    void olderMessagesLoadOnRequest()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        const qint64 chatId
                = m_server->post(u"/api/v1/chat/chats"_s,
                                 QJsonObject { { u"receiver_id"_s, talent.id } }, m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        for (int i = 1; i <= 35; ++i) {
            QCOMPARE(m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                                    QJsonObject { { u"message"_s, u"Message %1"_s.arg(i) } },
                                    m_employer.token)
                             .status,
                     201);
        }
        auto *session = client::Session::instance();
        session->login(talent.email, talent.password, u"talent"_s);
        QTRY_VERIFY(session->loggedIn());

        client::MessagesModel messages;
        QAbstractItemModelTester tester(&messages,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        messages.setChatId(int(chatId));
        QTRY_COMPARE(messages.rowCount(), 30);
        QVERIFY(messages.hasOlder());
        QCOMPARE(messages.data(messages.index(0), client::MessagesModel::TextRole).toString(),
                 u"Message 6"_s);
        messages.loadOlder();
        QTRY_COMPARE(messages.rowCount(), 35);
        QTRY_VERIFY(!messages.hasOlder());
        QCOMPARE(messages.data(messages.index(0), client::MessagesModel::TextRole).toString(),
                 u"Message 1"_s);
        QCOMPARE(messages.data(messages.index(34), client::MessagesModel::TextRole).toString(),
                 u"Message 35"_s);
        session->logout();
    }

    void pagesRenderAsAPersonSeesThem_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("door"); // how to log in first; empty: stay logged out
        QTest::addRow("login") << u"login"_s << QString();
        QTest::addRow("sign-up") << u"signup"_s << QString();
        QTest::addRow("talent jobs") << u"jobs"_s << u"talent"_s;
        QTest::addRow("talent applications") << u"applications"_s << u"talent"_s;
        QTest::addRow("talent messages") << u"chat"_s << u"talent"_s;
        QTest::addRow("talent trainings") << u"trainings"_s << u"talent"_s;
        QTest::addRow("talent profile") << u"profile"_s << u"talent"_s;
        QTest::addRow("talent assessments") << u"assessments"_s << u"talent"_s;
        QTest::addRow("talent notifications") << u"notifications"_s << u"talent"_s;
        QTest::addRow("employer dashboard") << u"dashboard"_s << u"employer"_s;
        QTest::addRow("employer jobs") << u"jobs"_s << u"employer"_s;
        QTest::addRow("employer trainings") << u"trainings"_s << u"employer"_s;
        QTest::addRow("employer company") << u"company"_s << u"employer"_s;
        QTest::addRow("employer messages") << u"chat"_s << u"employer"_s;
        QTest::addRow("admin dashboard") << u"dashboard"_s << u"admin"_s;
        QTest::addRow("admin testimonials") << u"testimonials"_s << u"admin"_s;
        QTest::addRow("admin talents") << u"talents"_s << u"admin"_s;
        QTest::addRow("admin employers") << u"employers"_s << u"admin"_s;
        QTest::addRow("admin invites") << u"invites"_s << u"admin"_s;
        QTest::addRow("super admin learning console") << u"learning"_s << u"super admin"_s;
    }
    void pagesRenderAsAPersonSeesThem()
    {
        QFETCH(QString, page);
        QFETCH(QString, door);
        QTemporaryDir dir;
        const QString file = dir.filePath(page + u".png"_s);
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        if (!door.isEmpty()) {
            const TestUser &user = door == u"talent"_s ? m_talent
                    : door == u"employer"_s            ? m_employer
                    : door == u"super admin"_s         ? m_superAdmin
                                                       : m_admin;
            // Super admins come in through the admins' door.
            env.insert(u"WN_CLIENT_LOGIN"_s, door == u"super admin"_s ? u"admin"_s : door);
            env.insert(u"WN_CLIENT_EMAIL"_s, user.email);
            env.insert(u"WN_CLIENT_PASSWORD"_s, user.password);
        }
        client.setProcessEnvironment(env);
        client.start(
                QString::fromUtf8(WN_CLIENT_BINARY),
                { u"--server"_s, m_server->baseUrl(), u"--screenshot"_s, file, u"--page"_s, page });
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 30000);
        const QByteArray errors = client.readAllStandardError();
        QVERIFY2(client.exitCode() == 0, errors.constData());
        // No QML warnings: a broken binding, a missing type or a component that cannot be
        // created shows up here.
        for (const char *sign : { "qrc:/", "QQmlComponent", "TypeError", "ReferenceError" })
            QVERIFY2(!errors.contains(sign), errors.constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 600);
        // Not blank: the page draws text and cards over its background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 5, qPrintable(u"%1 colours only"_s.arg(colours.size())));
    }

private:
    qint64 firstJobId()
    {
        return m_server->get(u"/api/v1/jobs/landing?limit=1"_s)
                .json()
                .value(u"data"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"id"_s)
                .toInteger();
    }

    std::unique_ptr<TestServer> m_server;
    TestUser m_talent;
    TestUser m_employer;
    TestUser m_admin;
    TestUser m_superAdmin;
};

QTEST_MAIN(TestClient)
#include "tst_client.moc"
