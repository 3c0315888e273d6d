// SPDX-License-Identifier: Apache-2.0
// Hardening: login limits that hold under parallel guesses and across instances.
#include "testserver.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject credentials(const QString &email, const QString &password)
{
    return { { u"email"_s, email }, { u"password"_s, password } };
}

/**
 * Sends @p total logins with @p body, @p parallel at a time, each from its own connection, as
 * soon as the previous one on that connection is answered; the statuses, in the order answered.
 */
QList<int> loginTogether(TestServer &server, const QJsonObject &body, int total, int parallel)
{
    QNetworkRequest request(QUrl(server.baseUrl() + u"/api/v1/auth/login"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QList<int> statuses;
    int sent = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *client) {
        if (sent == total)
            return;
        ++sent;
        QNetworkReply *reply = client->post(request, bytes);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client] {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            reply->deleteLater();
            if (statuses.size() == total)
                loop.quit();
            else
                sendNext(client);
        });
    };
    for (int i = 0; i < parallel; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        sendNext(clients.back().get());
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return statuses;
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Login limits ----

    void parallelWrongPasswordsNeverCheckMoreThanTheLimit()
    {
        // Enough threads and hash slots that many guesses are checked at the same moment.
        TestServer server({ { u"auth/login_failures_per_account"_s, u"5"_s },
                            { u"auth/login_failures_per_address"_s, u"100000"_s },
                            { u"server/threads"_s, u"8"_s },
                            { u"auth/hash_concurrency"_s, u"8"_s } });
        const TestUser user = server.createUser(Role::Talent);

        const QList<int> statuses
                = loginTogether(server, credentials(user.email, u"Wrong-Passw0rd"_s), 60, 16);
        QCOMPARE(statuses.size(), 60);
        QCOMPARE(statuses.count(401), 5);
        QCOMPARE(statuses.count(429), 55);

        // The account stays locked for the right password too.
        const Reply locked
                = server.post(u"/api/v1/auth/login"_s, credentials(user.email, user.password));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.header("Retry-After").toInt() >= 1);
    }

    void loginLimitsAreSharedByEveryInstance()
    {
        const QHash<QString, QString> limits { { u"auth/login_failures_per_account"_s, u"3"_s },
                                               { u"auth/login_window_seconds"_s, u"600"_s } };
        TestServer first(limits);
        QHash<QString, QString> shared = first.sharedInstanceSettings();
        shared.insert(limits);
        TestServer second(shared);
        const TestUser user = first.createUser(Role::Talent);
        const QJsonObject wrong = credentials(user.email, u"Wrong-Passw0rd"_s);

        QCOMPARE(first.post(u"/api/v1/auth/login"_s, wrong).status, 401);
        QCOMPARE(first.post(u"/api/v1/auth/login"_s, wrong).status, 401);
        QCOMPARE(second.post(u"/api/v1/auth/login"_s, wrong).status, 401);

        for (TestServer *instance : { &first, &second }) {
            const Reply locked = instance->post(u"/api/v1/auth/login"_s,
                                                credentials(user.email, user.password));
            QCOMPARE(locked.status, 429);
            const int retryAfter = locked.header("Retry-After").toInt();
            QVERIFY2(retryAfter >= 1 && retryAfter <= 600, locked.header("Retry-After").constData());
        }
    }

    void aSuccessfulLoginClearsTheAccountsFailures()
    {
        TestServer server({ { u"auth/login_failures_per_account"_s, u"3"_s } });
        const TestUser user = server.createUser(Role::Talent);
        const QJsonObject wrong = credentials(user.email, u"Wrong-Passw0rd"_s);
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(server.post(u"/api/v1/auth/login"_s, wrong).status, 401);
            QCOMPARE(server.post(u"/api/v1/auth/login"_s, wrong).status, 401);
            QVERIFY(!server.login(user.email, user.password).isEmpty());
        }
    }

    void successfulLoginsDoNotCountAgainstTheAddress()
    {
        TestServer server({ { u"auth/login_failures_per_address"_s, u"2"_s } });
        const TestUser user = server.createUser(Role::Talent);
        for (int attempt = 0; attempt < 4; ++attempt)
            QVERIFY(!server.login(user.email, user.password).isEmpty());
        QCOMPARE(server.post(u"/api/v1/auth/login"_s, credentials(user.email, u"Wrong-Passw0rd"_s))
                         .status,
                 401);
        QVERIFY(!server.login(user.email, user.password).isEmpty());
    }
};

QTEST_MAIN(TestHardening)
#include "tst_hardening.moc"
