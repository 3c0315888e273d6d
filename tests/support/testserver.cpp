// SPDX-License-Identifier: Apache-2.0
#include "testserver.h"

#include "core/config.h"
#include "core/database.h"
#include "core/server.h"
#include "core/servercontext.h"
#include "modules/modules.h"
#include "modules/services.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn::test {

namespace {

std::atomic<int> databaseCounter { 0 };

} // namespace

void TestServer::adminStatement(const QString &statement)
{
    const QUrl url(qEnvironmentVariable("WN_TEST_PG_URL"));
    const QString name = u"wn-test-admin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1).isEmpty() ? u"postgres"_s : url.path().mid(1));
        if (!db.open())
            throw std::runtime_error("cannot reach WN_TEST_PG_URL: "
                                     + db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw std::runtime_error(q.lastError().text().toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {

QString decodeMimeText(const QByteArray &mime, QString *to, QString *subject)
{
    const qsizetype split = mime.indexOf("\r\n\r\n");
    const QList<QByteArray> headers = mime.left(split).split('\n');
    for (const QByteArray &line : headers) {
        const QByteArray trimmed = line.trimmed();
        auto value = [&](const char *name) {
            return QString::fromUtf8(trimmed.mid(qsizetype(strlen(name)))).trimmed();
        };
        if (trimmed.startsWith("To:"))
            *to = value("To:");
        else if (trimmed.startsWith("Subject:")) {
            QString text = value("Subject:");
            if (text.startsWith(u"=?UTF-8?B?"_s))
                text = QString::fromUtf8(
                        QByteArray::fromBase64(text.mid(10, text.size() - 12).toLatin1()));
            *subject = text;
        }
    }
    return QString::fromUtf8(QByteArray::fromBase64(mime.mid(split + 4)));
}

} // namespace

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Reply::message() const
{
    const QJsonValue message = json().value(u"message"_s);
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : message.toArray())
            parts.append(part.toString());
        return parts.join(u"; "_s);
    }
    return message.toString();
}

QString Mail::code() const
{
    static const QRegularExpression sixDigits(u"\\b([0-9]{6})\\b"_s);
    return sixDigits.match(text).captured(1);
}

QString Mail::invitationToken() const
{
    static const QRegularExpression token(u"token=([0-9]+\\.[A-Za-z0-9_-]+)"_s);
    return token.match(text).captured(1);
}

bool TestServer::onPostgres()
{
    return !qEnvironmentVariableIsEmpty("WN_TEST_PG_URL");
}

TestServer::TestServer(const QHash<QString, QString> &settings)
{
    if (!m_dataDir.isValid())
        throw std::runtime_error("cannot create a temporary data directory");
    Config config = Config::load({}, QProcessEnvironment());
    config.set(u"server/data_dir"_s, m_dataDir.path());
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"server/threads"_s, u"2"_s);
    config.set(u"log/access"_s, u"false"_s);
    config.set(u"jobs/poll_ms"_s, u"50"_s);
    config.set(u"auth/hash_concurrency"_s, u"2"_s);
    // The suites are not beside the server's program, where it looks for its CV renderer.
    config.set(u"cvs/renderer"_s, QStringLiteral(WN_CV_RENDERER));
    if (onPostgres() && !settings.contains(u"database/url"_s)) {
        m_pgDatabase = u"wn_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                               .arg(databaseCounter.fetch_add(1));
        adminStatement(u"DROP DATABASE IF EXISTS %1"_s.arg(m_pgDatabase));
        adminStatement(u"CREATE DATABASE %1"_s.arg(m_pgDatabase));
        QUrl url(qEnvironmentVariable("WN_TEST_PG_URL"));
        url.setPath(u'/' + m_pgDatabase);
        config.set(u"database/url"_s, url.toString());
    }
    for (auto it = settings.begin(); it != settings.end(); ++it)
        config.set(it.key(), it.value());
    m_config = std::make_unique<Config>(config);
    start();
}

void TestServer::stop()
{
    m_server.reset();
}

void TestServer::start()
{
    m_server = std::make_unique<Server>(*m_config, serverModules());
    m_server->migrate();
    QString error;
    if (!m_server->start(&error))
        throw std::runtime_error(error.toStdString());
}

void TestServer::restartOnSamePort()
{
    const quint16 samePort = port();
    stop();
    startOn(samePort);
}

void TestServer::startOn(quint16 port)
{
    m_config->set(u"server/listen"_s, u"127.0.0.1:%1"_s.arg(port));
    start();
}

TestServer::~TestServer()
{
    m_server.reset();
    if (!m_pgDatabase.isEmpty()) {
        try {
            adminStatement(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase));
            // The role Run Query made for the database (roles outlive their database).
            adminStatement(u"DROP ROLE IF EXISTS %1_lms_query"_s.arg(m_pgDatabase));
        } catch (const std::exception &error) {
            qWarning("could not drop %s: %s", qPrintable(m_pgDatabase), error.what());
        }
    }
}

QString TestServer::databaseUrl() const
{
    return m_config->databaseUrl();
}

QHash<QString, QString> TestServer::sharedInstanceSettings() const
{
    return { { u"database/url"_s, databaseUrl() },
             { u"auth/key_file"_s, QDir(m_dataDir.path()).filePath(u"server.key"_s) } };
}

QString TestServer::baseUrl() const
{
    return m_server->baseUrl();
}

quint16 TestServer::port() const
{
    return m_server->port();
}

ServerContext &TestServer::context()
{
    return m_server->context();
}

Reply TestServer::call(const QByteArray &method, const QString &path, const QJsonValue &body,
                       const QString &token)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return raw(method, path, bytes, bytes.isEmpty() ? QByteArray() : QByteArray("application/json"),
               token);
}

Reply TestServer::raw(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QByteArray &contentType, const QString &token,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(baseUrl() + path));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString TestServer::login(const QString &email, const QString &password)
{
    const Reply reply = post(u"/api/v1/auth/login"_s,
                             QJsonObject { { u"email"_s, email }, { u"password"_s, password } });
    return reply.json().value(u"access_token"_s).toString();
}

TestUser TestServer::createUser(Role role, const QString &requestedEmail)
{
    TestUser user;
    user.role = role;
    user.email = requestedEmail.isEmpty()
            ? u"%1%2@test.worknation.test"_s.arg(roleName(role)).arg(++m_userCounter)
            : requestedEmail;
    user.password = u"Passw0rd!%1"_s.arg(m_userCounter);
    ServerContext &ctx = context();
    QSqlDatabase db = ctx.db();
    const QJsonObject person { { u"first_name"_s, u"Test"_s },
                               { u"last_name"_s, roleName(role) },
                               { u"email"_s, user.email },
                               { u"password"_s, user.password },
                               { u"phone_number"_s, u"+2348000000000"_s } };
    Services services(ctx);
    OnboardingService &onboarding = services.onboarding;
    AccountService &accounts = services.accounts;
    if (role == Role::Employer) {
        QJsonObject input = person;
        input.insert(u"company_name"_s, u"Company of "_s + user.email);
        input.insert(u"industry"_s, u"Technology"_s);
        input.insert(u"state"_s, u"Lagos"_s);
        user.id = onboarding.registerEmployer(input, true)
                          .value(u"user"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toInteger();
    } else if (role == Role::Sponsor) {
        QJsonObject input = person;
        input.insert(u"organisation_name"_s, u"Foundation of "_s + user.email);
        input.insert(u"country"_s, u"NG"_s);
        user.id = onboarding.registerSponsor(input)
                          .value(u"user"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toInteger();
    } else {
        NewAccount account;
        account.email = user.email;
        account.password = user.password;
        account.firstName = u"Test"_s;
        account.lastName = roleName(role);
        account.phoneNumber = u"+2348000000000"_s;
        account.role = role;
        account.countryCode = u"NG"_s;
        account.state = u"Lagos"_s;
        Transaction tx(db);
        if (role == Role::Partner) // a partner organisation of its own, as an admin registers one
            account.companyId
                    = Sql(db,
                          u"INSERT INTO companies (uuid, kind, name, country_code, created_at, "
                          u"updated_at) VALUES (:uuid, 'partner', :name, 'NG', :now, :now) "
                          u"RETURNING id"_s)
                              .bind(u":uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
                              .bind(u":name"_s, u"Partner of "_s + user.email)
                              .bind(u":now"_s, nowText())
                              .scalar()
                              .toLongLong();
        user.id = accounts.create(db, account);
        if (account.companyId)
            Sql(db, u"UPDATE companies SET owner_id = :owner WHERE id = :id"_s)
                    .bind(u":owner"_s, user.id)
                    .bind(u":id"_s, *account.companyId)
                    .exec();
        tx.commit();
    }
    Sql(db, u"UPDATE users SET status = 'active', email_verified_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, user.id)
            .exec();
    user.companyId = accounts.summary(db, user.id).companyId;
    // Partners log in through their own door only.
    user.token = role == Role::Partner
            ? post(u"/api/v1/auth/login/partner"_s,
                   QJsonObject { { u"email"_s, user.email }, { u"password"_s, user.password } })
                      .json()
                      .value(u"access_token"_s)
                      .toString()
            : login(user.email, user.password);
    if (user.token.isEmpty())
        throw std::runtime_error("test user could not log in");
    return user;
}

QList<Mail> TestServer::mailsTo(const QString &to) const
{
    QList<Mail> mails;
    QDir outbox(QDir(m_dataDir.path()).filePath(u"outbox"_s));
    const QStringList files = outbox.entryList({ u"*.eml"_s }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(outbox.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Mail mail;
        mail.text = decodeMimeText(file.readAll(), &mail.to, &mail.subject);
        if (mail.to.compare(to, Qt::CaseInsensitive) == 0)
            mails.append(mail);
    }
    return mails;
}

std::optional<Mail> TestServer::waitForMail(const QString &to, int count) const
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const QList<Mail> mails = mailsTo(to);
        if (mails.size() >= count)
            return mails.last();
        QTest::qWait(25);
    }
    return std::nullopt;
}

} // namespace wn::test
