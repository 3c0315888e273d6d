// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/roles.h>

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace wn {
class Config;
class Server;
struct ServerContext;
} // namespace wn

namespace wn::test {

/** @brief One HTTP answer as a test reads it. */
struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    /** The "message" of an error body, joined when it is a list. */
    QString message() const;
};

/** @brief A mail the server wrote to its outbox. */
struct Mail
{
    QString to;
    QString subject;
    QString text;
    /** The first run of 6 digits in the text (verification and reset codes). */
    QString code() const;
    /** The token of the invitation link in the text (the value after "token="); empty if none. */
    QString invitationToken() const;
};

/** @brief An account made for a test, logged in. */
struct TestUser
{
    qint64 id = 0;
    QString email;
    QString password;
    QString token;
    Role role = Role::Talent;
    std::optional<qint64> companyId;
};

/**
 * @brief The real server, in this process, on port 0 with a fresh data directory — and, when
 * WN_TEST_PG_URL is set, a fresh PostgreSQL database that is dropped afterwards.
 */
class TestServer
{
public:
    /**
     * @p settings override configuration keys ("section/key" -> value). With "database/url" set,
     * the server uses that database as it is (a second instance sharing another's database).
     */
    explicit TestServer(const QHash<QString, QString> &settings = {});
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    static bool onPostgres();
    /** Runs one statement on the PostgreSQL server named by WN_TEST_PG_URL, outside any test
     *  database (as its superuser); throws std::runtime_error on failure. */
    static void adminStatement(const QString &statement);

    /** Stops the server (as a shutdown would); its data dir and database stay. */
    void stop();
    /** Starts a new server on the same data dir and database (as a restart would). */
    void start();
    /** Stops and starts again on the same port, so clients find it at the same address. */
    void restartOnSamePort();
    /** Starts a stopped server again on @p port (the one it had, for clients to come back to). */
    void startOn(quint16 port);

    QString baseUrl() const;
    quint16 port() const;
    QString dataDir() const { return m_dataDir.path(); }
    /** The database this server uses. */
    QString databaseUrl() const;
    /** Settings for a second instance sharing this server's database and key. */
    QHash<QString, QString> sharedInstanceSettings() const;
    ServerContext &context();

    Reply call(const QByteArray &method, const QString &path, const QJsonValue &body = {},
               const QString &token = {});
    Reply raw(const QByteArray &method, const QString &path, const QByteArray &body,
              const QByteArray &contentType, const QString &token = {},
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &token = {})
    {
        return call("GET", path, {}, token);
    }
    Reply post(const QString &path, const QJsonValue &body, const QString &token = {})
    {
        return call("POST", path, body, token);
    }
    Reply patch(const QString &path, const QJsonValue &body, const QString &token = {})
    {
        return call("PATCH", path, body, token);
    }
    Reply put(const QString &path, const QJsonValue &body, const QString &token = {})
    {
        return call("PUT", path, body, token);
    }
    Reply del(const QString &path, const QString &token = {})
    {
        return call("DELETE", path, {}, token);
    }

    /** An active, verified account of @p role (employers, sponsors and partners with their
     *  company or organisation), logged in. */
    TestUser createUser(Role role, const QString &email = {});
    /** Logs in through the generic login; the token, or empty. */
    QString login(const QString &email, const QString &password);

    /** Every mail in the outbox to @p to, oldest first. */
    QList<Mail> mailsTo(const QString &to) const;
    /** Waits (up to 10 s) until at least @p count mails to @p to are in the outbox; the newest. */
    std::optional<Mail> waitForMail(const QString &to, int count = 1) const;

private:
    QTemporaryDir m_dataDir;
    QString m_pgDatabase;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Config> m_config;
    QNetworkAccessManager m_network;
    int m_userCounter = 0;
};

} // namespace wn::test
