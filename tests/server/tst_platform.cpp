// SPDX-License-Identifier: Apache-2.0
// The server's own machinery: kept statements and rows read by name, the event loop's timers,
// operations endpoints, the router, the malformed-input walk over every operation, mail delivery
// and background retries.
#include "areas/platform.h"

#include "core/database.h"
#include "core/epolldispatcher.h"
#include "core/http/routegroup.h"
#include "core/http/router.h"
#include "core/jobs/jobqueue.h"
#include "core/mail/mailer.h"
#include "core/metrics.h"
#include "core/servercontext.h"

#include <QJsonDocument>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** A minimal SMTP server: refuses the first @p refusals MAIL commands with 451, then accepts. */
class FakeSmtp : public QTcpServer
{
public:
    int refusals = 0;
    QList<QByteArray> messages;
    QStringList recipients;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->write("220 fake.smtp ESMTP\r\n");
        auto data = std::make_shared<bool>(false);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, data, buffer] {
            *buffer += socket->readAll();
            while (true) {
                if (*data) {
                    const qsizetype end = buffer->indexOf("\r\n.\r\n");
                    if (end < 0)
                        return;
                    messages.append(buffer->left(end));
                    buffer->remove(0, end + 5);
                    *data = false;
                    socket->write("250 queued\r\n");
                    continue;
                }
                const qsizetype eol = buffer->indexOf("\r\n");
                if (eol < 0)
                    return;
                const QByteArray line = buffer->left(eol);
                buffer->remove(0, eol + 2);
                const QByteArray verb = line.left(4).toUpper();
                if (verb == "EHLO")
                    socket->write("250-fake.smtp\r\n250 8BITMIME\r\n");
                else if (verb == "HELO" || verb == "RSET" || verb == "NOOP")
                    socket->write("250 ok\r\n");
                else if (verb == "MAIL")
                    socket->write(refusals-- > 0 ? "451 try again later\r\n" : "250 ok\r\n");
                else if (verb == "RCPT") {
                    recipients.append(QString::fromLatin1(line.mid(8)));
                    socket->write("250 ok\r\n");
                } else if (verb == "DATA") {
                    *data = true;
                    socket->write("354 go ahead\r\n");
                } else if (verb == "QUIT") {
                    socket->write("221 bye\r\n");
                    socket->disconnectFromHost();
                } else
                    socket->write("502 unknown\r\n");
            }
        });
    }
};

/** Records the timer events it receives, from the thread it lives on. */
class TimerProbe : public QObject
{
public:
    QList<int> fired() const
    {
        QMutexLocker lock(&m_mutex);
        return m_fired;
    }
    /** After this many events of @p id, its timer is stopped from its own handler. */
    void stopAfter(int id, int count) { m_stops.insert(id, count); }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        QMutexLocker lock(&m_mutex);
        m_fired.append(event->timerId());
        if (m_stops.contains(event->timerId())
            && m_fired.count(event->timerId()) == m_stops.value(event->timerId()))
            killTimer(event->timerId());
    }

private:
    mutable QMutex m_mutex;
    QList<int> m_fired;
    QHash<int, int> m_stops;
};

/** Runs @p work on @p thread's event loop and waits for it. */
template<typename Work>
void onThread(QThread &thread, QObject *context, Work work)
{
    Q_ASSERT(context->thread() == &thread);
    QMetaObject::invokeMethod(context, work, Qt::BlockingQueuedConnection);
}

} // namespace

class TestPlatform : public QObject, public PlatformFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    void keptStatementsGiveEachUseItsOwnResult()
    {
        QSqlDatabase db = m_server->context().db();
        const QString everyone = u"SELECT id FROM users ORDER BY id"_s;
        const QList<qint64> ids = Sql(db, everyone).exec().takeIds();
        QVERIFY(ids.size() >= 2);

        // Values bound for one use do not leak into the next.
        const QString emailOf = u"SELECT email FROM users WHERE id = :id"_s;
        QCOMPARE(Sql(db, emailOf).bind(u":id"_s, m_talent.id).scalar().toString(), m_talent.email);
        QCOMPARE(Sql(db, emailOf).bind(u":id"_s, m_employer.id).scalar().toString(),
                 m_employer.email);
        // The same text while an earlier use is still held gets a statement of its own.
        Sql held(db, emailOf);
        QCOMPARE(held.bind(u":id"_s, m_talent.id).scalar().toString(), m_talent.email);
        QCOMPARE(Sql(db, emailOf).bind(u":id"_s, m_employer.id).scalar().toString(),
                 m_employer.email);
        QCOMPARE(held.scalar().toString(), m_talent.email);

        // A statement that failed runs again with new values.
        const QString record
                = u"INSERT INTO schema_migrations (version, applied_at) VALUES (:v, :t)"_s;
        Sql(db, record).bind(u":v"_s, u"kept-a"_s).bind(u":t"_s, nowText()).exec();
        const qsizetype keptBeforeFailure = Sql::keptCount(db);
        QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                Sql(db, record).bind(u":v"_s, u"kept-a"_s).bind(u":t"_s, nowText()).exec());
        // Not kept past its failure (a statement that no longer fits the schema is prepared anew).
        QCOMPARE(Sql::keptCount(db), keptBeforeFailure - 1);
        Sql(db, record).bind(u":v"_s, u"kept-b"_s).bind(u":t"_s, nowText()).exec();
        QCOMPARE(Sql::keptCount(db), keptBeforeFailure);
        QCOMPARE(Sql(db, u"DELETE FROM schema_migrations WHERE version LIKE 'kept-%'"_s)
                         .exec()
                         .rowsAffected(),
                 2);

        // Many different texts (search filters, IN lists) keep at most a bounded number.
        const qsizetype before = Sql::keptCount(db);
        Sql(db, everyone).exec();
        QCOMPARE(Sql::keptCount(db), before); // reused, not kept twice
        for (int i = 0; i < 300; ++i) {
            const QString text = u"SELECT :n + %1 AS n%1"_s.arg(i);
            QCOMPARE(Sql(db, text).bind(u":n"_s, 1).scalar().toInt(), i + 1);
        }
        QCOMPARE(Sql::keptCount(db), 256);
        QCOMPARE(Sql(db, everyone).exec().takeIds(), ids);
    }

    void rowsAreReadByTheNamesTheirStatementGives()
    {
        QSqlDatabase db = m_server->context().db();
        Sql q(db,
              u"SELECT u.id, u.email, NULL AS missing, '' AS blank, 7 AS seven, 1 = 1 AS yes "
              "FROM users u WHERE u.id = :id"_s);
        QVERIFY(q.bind(u":id"_s, m_talent.id).exec().next());
        QCOMPARE(q.id(u"id"_s), m_talent.id);
        QCOMPARE(q.text(u"email"_s), m_talent.email);
        QCOMPARE(q.integer(u"seven"_s), 7);
        QVERIFY(q.flag(u"yes"_s));
        QVERIFY(q.isNull(u"missing"_s));
        QCOMPARE(q.textOrNull(u"missing"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(q.textOrNull(u"blank"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(q.textOrNull(u"email"_s), QJsonValue(m_talent.email));
        QCOMPARE(q.integerOrNull(u"missing"_s), QJsonValue(QJsonValue::Null));
        // A name the result lacks is a programming error that names the statement.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, q.value(u"first_name"_s));

        // Two columns of one name cannot be told apart: it must be aliased.
        Sql twice(db, u"SELECT u.id, c.id FROM users u JOIN users c ON c.id = u.id"_s);
        QVERIFY(twice.exec().next());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, twice.value(u"id"_s));

        // one() keeps the row after its statement is done; nothing when there is no row.
        const QString byId = u"SELECT email, role FROM users WHERE id = :id"_s;
        const std::optional<SqlRow> row = Sql(db, byId).bind(u":id"_s, m_employer.id).one();
        QVERIFY(row);
        QCOMPARE(row->text(u"email"_s), m_employer.email);
        QCOMPARE(row->text(u"role"_s), u"employer"_s);
        QVERIFY(!Sql(db, byId).bind(u":id"_s, -1).one());
        QVERIFY(Sql(db, byId).bind(u":id"_s, m_talent.id).exists());
        QVERIFY(!Sql(db, byId).bind(u":id"_s, -1).exists());
    }

    void epollTimersFireInOrderAmongThousands()
    {
        // The worker threads' dispatcher keeps timers ordered by when they are due: among
        // 5,000 long ones, short timers fire in their order, a timer stopped by its own
        // handler fires no more, and an object's timers end with it.
        QThread thread;
        thread.setEventDispatcher(new EpollEventDispatcher);
        thread.start();
        auto *probe = new TimerProbe;
        probe->moveToThread(&thread);
        auto *doomed = new TimerProbe;
        doomed->moveToThread(&thread);
        const auto cleanup = qScopeGuard([&] { // also when a check fails
            onThread(thread, probe, [probe] { delete probe; }); // its timers end with it
            thread.quit();
            thread.wait();
        });
        QList<int> idle, ordered;
        int repeating = 0;
        int remaining = -1;
        onThread(thread, probe, [&] {
            for (int i = 0; i < 5000; ++i)
                idle.append(probe->startTimer(3600 * 1000));
            for (const int ms : { 90, 30, 60 })
                ordered.append(probe->startTimer(ms));
            repeating = probe->startTimer(5);
            probe->stopAfter(repeating, 3);
            doomed->startTimer(20);
            doomed->startTimer(40);
            remaining = QAbstractEventDispatcher::instance()->remainingTime(idle.first());
        });
        QVERIFY(remaining > 3500 * 1000 && remaining <= 3600 * 1000);
        onThread(thread, doomed, [doomed] { delete doomed; }); // before either fires
        QTRY_VERIFY(probe->fired().contains(ordered.at(0)));
        onThread(thread, probe, [&] {
            for (const int id : std::as_const(ordered))
                probe->killTimer(id); // they repeat: only their first firing counts
        });
        const QList<int> fired = probe->fired();
        QCOMPARE(fired.count(repeating), 3);
        QList<int> firstFirings;
        for (const int id : fired) {
            if (ordered.contains(id) && !firstFirings.contains(id))
                firstFirings.append(id);
            QVERIFY(!idle.contains(id));
        }
        QCOMPARE(firstFirings, (QList<int> { ordered.at(1), ordered.at(2), ordered.at(0) }));
        int registered = -1;
        onThread(thread, probe, [&] {
            for (const int id : std::as_const(idle))
                probe->killTimer(id);
            registered = int(QAbstractEventDispatcher::instance()->registeredTimers(probe).size());
        });
        QCOMPARE(registered, 0);
    }

    void healthAndReadiness()
    {
        QCOMPARE(m_server->get(u"/healthz"_s).json().value(u"status"_s).toString(), u"ok"_s);
        const Reply ready = m_server->get(u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QVERIFY(ready.json().value(u"migrations"_s).toInt() >= 1);
    }

    void metricsCountRequests()
    {
        m_server->get(u"/healthz"_s);
        const Reply metrics = m_server->get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain"));
        QVERIFY(metrics.body.contains(
                "wn_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"));
        QVERIFY(metrics.body.contains("process_resident_memory_bytes"));
    }

    void openApiNamesSeedsAndDocsRenderIt()
    {
        const QJsonObject doc = m_server->get(u"/openapi.json"_s).json();
        QCOMPARE(doc.value(u"openapi"_s).toString(), u"3.0.3"_s);
        const QJsonObject login = doc.value(u"paths"_s)
                                          .toObject()
                                          .value(u"/api/v1/auth/login/talent"_s)
                                          .toObject()
                                          .value(u"post"_s)
                                          .toObject();
        QCOMPARE(login.value(u"x-seed"_s).toArray(), QJsonArray { u"Auth > login as talent"_s });
        QVERIFY(login.value(u"requestBody"_s).toObject().contains(u"content"_s));
        const Reply docs = m_server->get(u"/docs"_s);
        QCOMPARE(docs.status, 200);
        QVERIFY(docs.header("Content-Type").startsWith("text/html"));
        QVERIFY(docs.body.contains("/api/v1/auth/login/talent"));
        QVERIFY(!docs.body.contains("<script"));
    }

    void unknownRoutesAndMethods()
    {
        const Reply missing = m_server->get(u"/api/v1/no-such-thing"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(u"error"_s).toString(), u"Not Found"_s);
        QCOMPARE(m_server->call("PUT", u"/healthz"_s).status, 405);
        const Reply options = m_server->call("OPTIONS", u"/api/v1/auth/me"_s);
        QCOMPARE(options.status, 204);
        QVERIFY(options.header("Access-Control-Allow-Methods").contains("GET"));
    }

    void routeGroupStatesSharedFieldsOnceAndEndpointsOverrideThem()
    {
        Api api(m_server->context());
        RouteGroup group(api,
                         { .prefix = u"/t"_s,
                           .access = Access::roles(Role::Admin),
                           .permission = u"things.manage"_s,
                           .tag = u"Things"_s,
                           .seedPrefix = u"Seeds > "_s });
        const Api::Handler none = [](Call &) { return Response::noContent(); };
        group.get(u"/shared"_s, { .seed = { u"Shared"_s } }, none);
        group.get(u"/own"_s,
                  { .access = Access::Public, .permission = u"things.read"_s, .tag = u"Own"_s },
                  none);
        RouteGroup inner = group.group({ .prefix = u"/inner"_s, .access = Access::Authenticated });
        inner.post(u""_s, { .seed = { u"Inner"_s } }, none);
        api.get(u"/outside"_s, {}, none);

        const QJsonObject paths = api.openApi().value(u"paths"_s).toObject();
        auto operation = [&paths](const QString &path, const QString &method) {
            return paths.value(path).toObject().value(method).toObject();
        };
        const QJsonObject shared = operation(u"/t/shared"_s, u"get"_s);
        QCOMPARE(shared.value(u"x-seed"_s).toArray(), QJsonArray { u"Seeds > Shared"_s });
        QCOMPARE(shared.value(u"x-permission"_s).toString(), u"things.manage"_s);
        QCOMPARE(shared.value(u"tags"_s).toArray(), QJsonArray { u"Things"_s });
        QCOMPARE(shared.value(u"x-roles"_s).toArray(), QJsonArray { roleName(Role::Admin) });

        // What an endpoint states wins, Access::Public included.
        const QJsonObject own = operation(u"/t/own"_s, u"get"_s);
        QVERIFY(!own.contains(u"security"_s));
        QVERIFY(!own.contains(u"x-roles"_s));
        QCOMPARE(own.value(u"x-permission"_s).toString(), u"things.read"_s);
        QCOMPARE(own.value(u"tags"_s).toArray(), QJsonArray { u"Own"_s });

        // A group in a group: prefixes join, its own access over its parent's, the rest kept.
        const QJsonObject inside = operation(u"/t/inner"_s, u"post"_s);
        QCOMPARE(inside.value(u"x-roles"_s).toArray(), QJsonArray { u"any authenticated user"_s });
        QCOMPARE(inside.value(u"x-permission"_s).toString(), u"things.manage"_s);
        QCOMPARE(inside.value(u"x-seed"_s).toArray(), QJsonArray { u"Seeds > Inner"_s });

        // Outside a group, an endpoint that says nothing of its callers is public.
        QVERIFY(!operation(u"/outside"_s, u"get"_s).contains(u"security"_s));
    }

    void routerPrefersLiteralsAndFindsAnyEndpoint()
    {
        Router router;
        QVERIFY(router.add(Method::Get, u"/users/{id}"_s, 0));
        QVERIFY(router.add(Method::Get, u"/users/by-email"_s, 1));
        QVERIFY(router.add(Method::Get, u"/users/{id}/posts/{post}"_s, 2));
        QVERIFY(!router.add(Method::Get, u"/users/{other}"_s, 3)); // same shape twice
        for (int i = 0; i < 500; ++i)
            QVERIFY(router.add(Method::Post, u"/area%1/items/{id}"_s.arg(i), 10 + i));
        QCOMPARE(router.find(Method::Get, u"/users/by-email"_s).endpoint, 1);
        const Router::Match byId = router.find(Method::Get, u"/users/42"_s);
        QCOMPARE(byId.endpoint, 0);
        QCOMPARE(byId.params.value(0).toString(), u"42"_s);
        const Router::Match nested = router.find(Method::Get, u"/users/7/posts/9"_s);
        QCOMPARE(nested.endpoint, 2);
        QCOMPARE(nested.params.size(), 2);
        QCOMPARE(router.find(Method::Post, u"/area0/items/1"_s).endpoint, 10);
        QCOMPARE(router.find(Method::Post, u"/area499/items/1"_s).endpoint, 509);
        const Router::Match wrongMethod = router.find(Method::Delete, u"/users/42"_s);
        QCOMPARE(wrongMethod.endpoint, -1);
        QVERIFY(wrongMethod.pathExists);
        QVERIFY(!router.find(Method::Get, u"/users"_s).pathExists);
    }

    void pathIdsAreDigitsAlone_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("leading space") << u"%201"_s;
        QTest::addRow("trailing space") << u"1%20"_s;
        QTest::addRow("plus sign") << u"%2B1"_s;
    }

    void pathIdsAreDigitsAlone()
    {
        // An id that only looks like one names no row: refused, never read as another id.
        QFETCH(QString, id);
        const Reply reply = m_server->get(u"/api/v1/users/"_s + id, m_talent.token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.message(), u"id must be a positive integer"_s);
    }

    void everyOperationSurvivesMalformedInput()
    {
        // Walks /openapi.json: every operation, as anonymous, talent and employer, with odd path
        // parameters and broken or mistyped bodies. Any 5xx is a bug.
        const QJsonObject paths
                = m_server->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
        QVERIFY(paths.size() > 40);
        const QStringList oddParams {
            u"0"_s,   u"-1"_s,       u"abc"_s,          u"99999999999999999999999"_s,
            u"%00"_s, u"%27%3B--"_s, QString(300, u'z')
        };
        const QList<QByteArray> brokenBodies { "{",        "[]",      "null",
                                               "\"text\"", "{\"a\":", QByteArray(3000, '{') };
        QStringList failures;
        int requests = 0;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            if (path.key().contains(u"logout"_s) || path.key().contains(u"change-password"_s))
                continue; // these would end the walker's own sessions
            const QJsonObject item = path.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                const QByteArray method = op.key().toUpper().toLatin1();
                const QJsonObject properties = op.value()
                                                       .toObject()
                                                       .value(u"requestBody"_s)
                                                       .toObject()
                                                       .value(u"content"_s)
                                                       .toObject()
                                                       .value(u"application/json"_s)
                                                       .toObject()
                                                       .value(u"schema"_s)
                                                       .toObject()
                                                       .value(u"properties"_s)
                                                       .toObject();
                QList<QByteArray> bodies = brokenBodies;
                bodies.append("{}");
                QJsonObject wrongTypes;
                QJsonObject hostile;
                for (auto field = properties.begin(); field != properties.end(); ++field) {
                    const QString type = field.value().toObject().value(u"type"_s).toString();
                    wrongTypes.insert(field.key(),
                                      type == u"string"_s ? QJsonValue(12345)
                                                          : QJsonValue(u"not-a-number"_s));
                    hostile.insert(
                            field.key(),
                            type == u"array"_s
                                    ? QJsonValue(QJsonArray { QJsonObject { { u"x"_s, 1 } }, 5,
                                                              u"\u0000"_s })
                                    : QJsonValue(u"'; DROP TABLE users; -- \u202e\U0001F600 "_s
                                                 + QString(5000, u'A')));
                }
                bodies.append(QJsonDocument(wrongTypes).toJson(QJsonDocument::Compact));
                bodies.append(QJsonDocument(hostile).toJson(QJsonDocument::Compact));
                for (const QString &token : { QString(), m_talent.token, m_employer.token }) {
                    for (const QString &param : oddParams) {
                        QString target = path.key();
                        static const QRegularExpression placeholder(u"\\{[^}]+\\}"_s);
                        target.replace(placeholder, param);
                        const QList<QByteArray> sent = method == "GET" || method == "DELETE"
                                ? QList<QByteArray> { QByteArray() }
                                : bodies;
                        for (const QByteArray &body : sent) {
                            const Reply reply = m_server->raw(
                                    method, target + u"?page=-1&limit=abc&q=%25%27"_s, body,
                                    "application/json", token);
                            ++requests;
                            if (reply.status >= 500 || reply.status == 0)
                                failures.append(
                                        u"%1 %2 -> %3 %4"_s
                                                .arg(QString::fromLatin1(method), target.left(80))
                                                .arg(reply.status)
                                                .arg(QString::fromUtf8(reply.body.left(200))));
                        }
                        if (!path.key().contains(u'{'))
                            break; // one pass is enough without path parameters
                    }
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
        QVERIFY(requests > 500);
        // The walker's accounts still work: nothing it sent broke stored data.
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, m_talent.token).status, 200);
    }

    void mailIsDeliveredOverSmtpAndRetried()
    {
        FakeSmtp smtp;
        smtp.refusals = 1;
        QVERIFY(smtp.listen(QHostAddress::LocalHost));
        TestServer server({ { u"mail/transport"_s, u"smtp"_s },
                            { u"mail/smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(smtp.serverPort()) },
                            { u"mail/smtp_starttls"_s, u"false"_s },
                            { u"jobs/retry_base_seconds"_s, u"1"_s } });
        const TestUser user = server.createUser(Role::Talent);
        QCOMPARE(server.post(u"/api/v1/auth/forgot-password"_s,
                             QJsonObject { { u"email"_s, user.email } })
                         .status,
                 200);
        // The first attempt is refused with 451; the job runner tries again a second later.
        QTRY_COMPARE_WITH_TIMEOUT(smtp.messages.size(), 1, 10000);
        // The delivery finishes (QUIT answered, job done) before the test's end stops the fake.
        auto jobStatus = [&server] {
            Sql q(server.context().db(),
                  u"SELECT status, attempts FROM background_jobs WHERE kind = 'mail'"_s);
            q.exec();
            return q.next() ? q.text(u"status"_s) + u'/' + q.text(u"attempts"_s) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(jobStatus(), u"done/2"_s, 10000);
        QCOMPARE(smtp.recipients.value(0), u"<%1>"_s.arg(user.email));
        const QByteArray message = smtp.messages.first();
        QVERIFY(message.contains("Subject: Reset your Worknation password"));
        const qsizetype bodyStart = message.indexOf("\r\n\r\n");
        const QString text = QString::fromUtf8(QByteArray::fromBase64(message.mid(bodyStart + 4)));
        static const QRegularExpression code(u"\\b[0-9]{6}\\b"_s);
        QVERIFY(code.match(text).hasMatch());
    }

    void bulkMailWaitsBehindOtherMail()
    {
        // The runner is only told of work by enqueue(); rows written here wait for runOne().
        TestServer server({ { u"jobs/poll_ms"_s, u"600000"_s } });
        QSqlDatabase db = server.context().db();
        auto queue = [&](const QString &to, int priority) {
            Sql(db,
                u"INSERT INTO background_jobs (kind, payload, status, attempts, max_attempts, "
                u"run_at, created_at, updated_at, priority) "
                "VALUES ('mail', :payload, 'pending', 0, 8, :now, :now, :now, :priority)"_s)
                    .bind(u":payload"_s,
                          QString::fromUtf8(QJsonDocument(QJsonObject { { u"to"_s, to },
                                                                        { u"subject"_s, u"Hello"_s },
                                                                        { u"text"_s, u"Body"_s } })
                                                    .toJson(QJsonDocument::Compact)))
                    .bind(u":now"_s, nowText())
                    .bind(u":priority"_s, priority)
                    .exec();
        };
        for (int i = 0; i < 3; ++i)
            queue(u"invitee%1@example.test"_s.arg(i), -10); // as a bulk import queues them
        queue(u"reset@example.test"_s, 0); // a reset code, queued last
        QVERIFY(server.context().jobs->runOne());
        QCOMPARE(server.mailsTo(u"reset@example.test"_s).size(), 1);
        QCOMPARE(server.mailsTo(u"invitee0@example.test"_s).size(), 0);
    }

    void mailHeadersCannotBeInjected()
    {
        const MailMessage message { u"a@b.co\r\nBcc: evil@x.co"_s, u"Hi\r\nBcc: evil@x.co"_s,
                                    u"Body"_s };
        const QByteArray mime = message.toMime(u"Worknation <no-reply@w.test>"_s, u"id@w.test"_s);
        QVERIFY(!mime.contains("\r\nBcc:"));
        QVERIFY(mime.contains("Content-Type: text/plain; charset=utf-8"));
    }
};

QTEST_MAIN(TestPlatform)
#include "tst_platform.moc"
