// SPDX-License-Identifier: Apache-2.0
// The LMS console's sensitive tools made safe: the configuration without its secrets, a read-only
// query that refuses writes, several statements and secret tables, the activity log archived
// rather than deleted, each use audited.
#include "areas/lmsconsole.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLmsConsoleTools : public QObject, public LmsConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Sensitive tools
    void envShowsNoSecret();
    void valuesAreKeptAndAudited();
    void runQueryReadsAllowedTables();
    void runQueryRefuses_data();
    void runQueryRefuses();
    void runQueryRefusesAValueLargerThanAnAnswer();
    void runQueryCapsRows();
    void runQueryDatabaseRefusesWhatTheTextMisses_data();
    void runQueryDatabaseRefusesWhatTheTextMisses();
    void runQueryNeedsARoleOfItsOwnOnPostgres();
    void clearLogArchives();
    void fixContextAndClearCacheAreAudited();

private:
    QJsonArray auditActions();
};

QJsonArray TestLmsConsoleTools::auditActions()
{
    const Reply audit = m_server->get(u"/api/v1/lms/audit?limit=100"_s, m_superAdmin.token);
    QJsonArray actions;
    for (const QJsonValue &entry : audit.json().value(u"data"_s).toArray())
        actions.append(entry.toObject().value(u"action"_s));
    return actions;
}

// ---- Sensitive tools ----

void TestLmsConsoleTools::envShowsNoSecret()
{
    const Reply env = m_server->get(u"/api/v1/lms/env"_s, m_superAdmin.token);
    QCOMPARE(env.status, 200);
    QVERIFY(!env.body.contains("smtp-secret-value"));
    QVERIFY(!env.body.contains("moodle-secret-value"));
    const QJsonArray settings = env.json().value(u"settings"_s).toArray();
    const QJsonObject token = findBy(settings, u"key"_s, u"lms/moodle_token"_s);
    QCOMPARE(token.value(u"secret"_s).toBool(), true);
    QCOMPARE(token.value(u"set"_s).toBool(), true);
    QVERIFY(!token.contains(u"value"_s));
    for (const QString &key : { u"database/url"_s, u"mail/smtp_password"_s, u"auth/key_file"_s,
                                u"identity/secret_key"_s })
        QVERIFY2(!findBy(settings, u"key"_s, key).contains(u"value"_s), qPrintable(key));
    QCOMPARE(findBy(settings, u"key"_s, u"lms/provider"_s).value(u"value"_s).toString(),
             u"builtin"_s);
    QVERIFY(auditActions().contains(u"get_env"_s));
}

void TestLmsConsoleTools::valuesAreKeptAndAudited()
{
    QCOMPARE(m_server->put(u"/api/v1/lms/settings/welcome_message"_s,
                           QJsonObject { { u"value"_s, u"Learn something new this week"_s } },
                           m_superAdmin.token)
                     .status,
             200);
    QCOMPARE(m_server->put(u"/api/v1/lms/settings/welcome_message"_s,
                           QJsonObject { { u"value"_s, u"Learn with us"_s } }, m_superAdmin.token)
                     .status,
             200);
    const Reply env = m_server->get(u"/api/v1/lms/env"_s, m_superAdmin.token);
    QCOMPARE(env.json().value(u"values"_s).toObject().value(u"welcome_message"_s).toString(),
             u"Learn with us"_s);
    const Reply bad = m_server->put(u"/api/v1/lms/settings/Bad%20Name"_s,
                                    QJsonObject { { u"value"_s, u"x"_s } }, m_superAdmin.token);
    QCOMPARE(bad.status, 400);
    QVERIFY(namesMessage(bad, u"name"_s));
    QVERIFY(auditActions().contains(u"set_value"_s));
}

void TestLmsConsoleTools::runQueryReadsAllowedTables()
{
    const Reply answer = m_server->post(
            u"/api/v1/lms/query"_s,
            QJsonObject { { u"sql"_s, u"SELECT code, name FROM countries WHERE code = 'NG';"_s } },
            m_superAdmin.token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"columns"_s).toArray(), (QJsonArray { u"code"_s, u"name"_s }));
    QCOMPARE(answer.json().value(u"rows"_s).toArray().first().toArray().first().toString(), u"NG"_s);
    // The accounts through lms_people, which has no password hash.
    const Reply people = m_server->post(
            u"/api/v1/lms/query"_s,
            QJsonObject {
                    { u"sql"_s,
                      u"SELECT email, role FROM lms_people WHERE id = %1"_s.arg(m_talent.id) } },
            m_superAdmin.token);
    QCOMPARE(people.status, 200);
    QCOMPARE(people.json().value(u"rows"_s).toArray().first().toArray().first().toString(),
             m_talent.email);
    // Recorded with its text.
    const Reply audit = m_server->get(u"/api/v1/lms/audit?action=run_query"_s, m_superAdmin.token);
    QVERIFY(audit.body.contains("lms_people"));
}

void TestLmsConsoleTools::runQueryRefuses_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("says");
    QTest::newRow("insert") << u"INSERT INTO countries (code, code3, name) VALUES ('QQ','QQQ','Q')"_s
                            << u"SELECT"_s;
    QTest::newRow("update") << u"UPDATE lms_log SET message = 'x'"_s << u"SELECT"_s;
    QTest::newRow("delete") << u"DELETE FROM lms_audit_log"_s << u"SELECT"_s;
    QTest::newRow("drop") << u"DROP TABLE lms_log"_s << u"SELECT"_s;
    QTest::newRow("two statements") << u"SELECT 1; DELETE FROM lms_log"_s << u"single"_s;
    QTest::newRow("two selects") << u"SELECT 1; SELECT 2"_s << u"single"_s;
    QTest::newRow("password hashes") << u"SELECT email, password_hash FROM users"_s << u"users"_s;
    QTest::newRow("hashes quoted") << u"SELECT * FROM \"users\""_s << u"users"_s;
    QTest::newRow("sessions") << u"SELECT jti FROM sessions"_s << u"sessions"_s;
    QTest::newRow("one-time codes")
            << u"SELECT code_hash FROM one_time_codes"_s << u"one_time_codes"_s;
    QTest::newRow("identity registry")
            << u"SELECT * FROM identity_registry"_s << u"identity_registry"_s;
    QTest::newRow("audit log itself") << u"SELECT * FROM lms_audit_log"_s << u"lms_audit_log"_s;
    QTest::newRow("subquery on users")
            << u"SELECT name FROM countries WHERE code IN (SELECT password_hash FROM users)"_s
            << u"users"_s;
    QTest::newRow("catalogue") << u"SELECT * FROM sqlite_master"_s << u"sqlite_master"_s;
    QTest::newRow("pg catalogue") << u"SELECT rolpassword FROM pg_authid"_s << u"pg_authid"_s;
    QTest::newRow("sql from text")
            << u"SELECT query_to_xml('select * from users', true, true, '')"_s << u"query_to_xml"_s;
    QTest::newRow("select into") << u"SELECT * INTO copy FROM countries"_s << u"into"_s;
    QTest::newRow("comment") << u"SELECT 1 -- hidden"_s << u"comments"_s;
    QTest::newRow("writable cte") << u"WITH x AS (DELETE FROM lms_log RETURNING *) SELECT * FROM x"_s
                                  << u"SELECT"_s;
    QTest::newRow("empty") << u";"_s << u"empty"_s;
}

void TestLmsConsoleTools::runQueryRefusesAValueLargerThanAnAnswer()
{
    // 20 MB in one value: SQLite refuses to build it; PostgreSQL builds it and drops it unsent.
    const bool sqlite = m_server->context().db().driverName() == u"QSQLITE"_s;
    const QString sql = sqlite ? u"SELECT zeroblob(20000000) AS big FROM countries"_s
                               : u"SELECT repeat('x', 20000000) AS big FROM countries"_s;
    const Reply answer = m_server->post(u"/api/v1/lms/query"_s, QJsonObject { { u"sql"_s, sql } },
                                        m_superAdmin.token);
    QCOMPARE(answer.status, 400);
    QVERIFY2(namesMessage(answer, u"sql"_s), qPrintable(answer.message()));
    QVERIFY(answer.body.size() < 100000);
    if (sqlite)
        return;
    // On PostgreSQL the cap is the row's: two values under it, together over it.
    const Reply row = m_server->post(
            u"/api/v1/lms/query"_s,
            QJsonObject { { u"sql"_s, u"SELECT repeat('x', 5000000), repeat('y', 5000000)"_s } },
            m_superAdmin.token);
    QCOMPARE(row.status, 400);
    QVERIFY2(row.message().contains(u"8388608"_s), qPrintable(row.message()));
    QVERIFY(row.body.size() < 100000);
}

void TestLmsConsoleTools::runQueryRefuses()
{
    QFETCH(QString, sql);
    QFETCH(QString, says);
    const qint64 logBefore = Sql(m_server->context().db(), u"SELECT COUNT(*) AS n FROM lms_log"_s)
                                     .single()
                                     .id(u"n"_s);
    const Reply answer = m_server->post(u"/api/v1/lms/query"_s, QJsonObject { { u"sql"_s, sql } },
                                        m_superAdmin.token);
    QCOMPARE(answer.status, 400);
    QVERIFY2(namesMessage(answer, u"sql"_s), qPrintable(answer.message()));
    QVERIFY2(answer.message().contains(says), qPrintable(answer.message()));
    QVERIFY(!answer.body.contains("$argon2"));
    QCOMPARE(
            Sql(m_server->context().db(), u"SELECT COUNT(*) AS n FROM lms_log"_s).single().id(u"n"_s),
            logBefore);
}

void TestLmsConsoleTools::runQueryCapsRows()
{
    const Reply answer = m_server->post(
            u"/api/v1/lms/query"_s, QJsonObject { { u"sql"_s, u"SELECT code FROM countries"_s } },
            m_superAdmin.token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"rows"_s).toArray().size(), 5);
    QCOMPARE(answer.json().value(u"truncated"_s).toBool(), true);
}

void TestLmsConsoleTools::runQueryDatabaseRefusesWhatTheTextMisses_data()
{
    // Texts that pass the reading of the text: the database itself must refuse them.
    QTest::addColumn<QString>("sql");
    QTest::newRow("name in unicode escapes")
            << u"SELECT email, password_hash FROM U&\"\\0075sers\""_s;
    QTest::newRow("query in a string")
            << u"SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', email) FROM users')"_s;
    QTest::newRow("escaped function, query in a string")
            << u"SELECT U&\"query_to_\\0078ml\"('SELECT email, password_hash FROM users', "
               u"true, true, '')"_s;
    QTest::newRow("role given back first")
            << u"SELECT x FROM (SELECT U&\"set_\\0063onfig\"('role', 'none', true) AS s) AS a, "
               u"LATERAL (SELECT U&\"query_to_\\0078ml\"('SELECT email, password_hash FROM "
               u"users', true, true, '') AS x) AS b"_s;
    QTest::newRow("sessions in a string")
            << u"SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', jti) FROM sessions')"_s;
}

void TestLmsConsoleTools::runQueryDatabaseRefusesWhatTheTextMisses()
{
    QFETCH(QString, sql);
    const Reply answer = m_server->post(u"/api/v1/lms/query"_s, QJsonObject { { u"sql"_s, sql } },
                                        m_superAdmin.token);
    QCOMPARE(answer.status, 400);
    QVERIFY2(namesMessage(answer, u"sql"_s), qPrintable(answer.message()));
    QVERIFY2(!answer.body.contains(m_talent.email.toUtf8()), answer.body.left(300).constData());
    QVERIFY(!answer.body.contains("argon2"));
    if (m_server->context().db().driverName() != u"QSQLITE"_s)
        QVERIFY2(answer.message().contains(u"permission denied"_s), qPrintable(answer.message()));
    // An allowed query still answers, after each refusal.
    const Reply allowed = m_server->post(
            u"/api/v1/lms/query"_s,
            QJsonObject { { u"sql"_s,
                            u"SELECT email FROM lms_people WHERE id = %1"_s.arg(m_talent.id) } },
            m_superAdmin.token);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.json().value(u"rows"_s).toArray().first().toArray().first().toString(),
             m_talent.email);
}

void TestLmsConsoleTools::runQueryNeedsARoleOfItsOwnOnPostgres()
{
    if (!TestServer::onPostgres())
        QSKIP("the query role is PostgreSQL's");
    // A server whose database user may not create roles: Run Query says what to do, and runs
    // nothing as the server's own user.
    const QString user = u"wn_plain_%1"_s.arg(QCoreApplication::applicationPid());
    TestServer::adminStatement(u"DROP DATABASE IF EXISTS %1"_s.arg(user));
    TestServer::adminStatement(u"DROP ROLE IF EXISTS %1"_s.arg(user));
    TestServer::adminStatement(
            u"CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEROLE PASSWORD 'plain'"_s.arg(user));
    TestServer::adminStatement(u"CREATE DATABASE %1 OWNER %1"_s.arg(user));
    {
        QUrl url(qEnvironmentVariable("WN_TEST_PG_URL"));
        url.setUserName(user);
        url.setPassword(u"plain"_s);
        url.setPath(u'/' + user);
        TestServer plain({ { u"database/url"_s, url.toString() } });
        const TestUser superAdmin = plain.createUser(Role::SuperAdmin);
        const Reply refused = plain.post(
                u"/api/v1/lms/query"_s,
                QJsonObject { { u"sql"_s, u"SELECT email FROM lms_people"_s } }, superAdmin.token);
        QCOMPARE(refused.status, 503);
        QVERIFY2(refused.message().contains(u"CREATEROLE"_s), qPrintable(refused.message()));
        QVERIFY(!refused.body.contains(superAdmin.email.toUtf8()));
    }
    TestServer::adminStatement(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(user));
    TestServer::adminStatement(u"DROP ROLE IF EXISTS %1"_s.arg(user));
}

void TestLmsConsoleTools::clearLogArchives()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    QCOMPARE(m_server->post(u"/api/v1/lms/users/talents"_s,
                            QJsonObject { { u"user_id"_s, talent.id } }, m_admin.token)
                     .status,
             200);
    const Reply current = m_server->get(u"/api/v1/lms/log?limit=100"_s, m_superAdmin.token);
    const int entries = current.json().value(u"meta"_s).toObject().value(u"total"_s).toInt();
    QVERIFY(entries >= 1);
    const Reply cleared
            = m_server->post(u"/api/v1/lms/log/archive"_s, QJsonObject(), m_superAdmin.token);
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json().value(u"archived"_s).toInt(), entries);
    QCOMPARE(m_server->get(u"/api/v1/lms/log"_s, m_superAdmin.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             0);
    const Reply archived
            = m_server->get(u"/api/v1/lms/log?archived=true&limit=100"_s, m_superAdmin.token);
    QVERIFY(archived.json().value(u"meta"_s).toObject().value(u"total"_s).toInt() >= entries);
    QVERIFY(auditActions().contains(u"clear_log"_s));
}

void TestLmsConsoleTools::fixContextAndClearCacheAreAudited()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply fixed = m_server->post(u"/api/v1/lms/talents/%1/fix-context"_s.arg(talent.id),
                                       QJsonObject(), m_superAdmin.token);
    QCOMPARE(fixed.status, 200);
    QCOMPARE(fixed.json().value(u"lms_user_id"_s).toInteger(), talent.id);
    QCOMPARE(m_server->post(u"/api/v1/lms/talents/999999/fix-context"_s, QJsonObject(),
                            m_superAdmin.token)
                     .status,
             404);
    // A course added straight into the table shows once the cache is cleared.
    const Reply before = m_server->get(u"/api/v1/lms/courses?limit=100"_s, m_talent.token);
    const qint64 category = Sql(m_server->context().db(),
                                u"INSERT INTO lms_categories (name, created_at) VALUES ('Direct', "
                                u"'2026-01-01T00:00:00.000Z') RETURNING id"_s)
                                    .scalar()
                                    .toLongLong();
    Sql(m_server->context().db(),
        u"INSERT INTO lms_courses (category_id, shortname, fullname, created_at, updated_at) "
        u"VALUES (:c, 'DIRECT1', 'Added behind the cache', '2026-01-01T00:00:00.000Z', "
        u"'2026-01-01T00:00:00.000Z')"_s)
            .bind(u":c"_s, category)
            .exec();
    const Reply cached = m_server->get(u"/api/v1/lms/courses?limit=100"_s, m_talent.token);
    QCOMPARE(cached.json().value(u"meta"_s), before.json().value(u"meta"_s));
    QCOMPARE(m_server->post(u"/api/v1/lms/cache/clear"_s, QJsonObject(), m_superAdmin.token).status,
             200);
    const Reply fresh = m_server->get(u"/api/v1/lms/courses?limit=100"_s, m_talent.token);
    QVERIFY(valuesOf(fresh.json().value(u"data"_s), u"shortname"_s).contains(u"DIRECT1"_s));
    const QJsonArray actions = auditActions();
    QVERIFY(actions.contains(u"fix_context"_s));
    QVERIFY(actions.contains(u"clear_cache"_s));
}

QTEST_MAIN(TestLmsConsoleTools)
#include "tst_lms_console_tools.moc"
