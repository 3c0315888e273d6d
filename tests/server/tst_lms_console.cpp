// SPDX-License-Identifier: Apache-2.0
// The super admins' LMS console: companies and academies, talents' learning records, reports
// with background CSV exports (one of 10,000 rows), the activity log archived rather than
// deleted, and the sensitive tools made safe: the configuration without its secrets, a read-only
// query that refuses writes, several statements and secret tables, each use audited.
#include "core/database.h"
#include "core/servercontext.h"
#include "fixtures.h"
#include "modules/admin/xlsxreader.h"

#include <QDeadlineTimer>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLmsConsole : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    // Companies
    void superAdminCreatesAnAcademy();
    void companyNamesTheInvalidField_data();
    void companyNamesTheInvalidField();

    // Talents
    void talentsListShowsTheirLearningRecords();
    void createdTalentIsInvitedAndLinked();
    void courseCreatorMayAddCourses();
    void bulkNyscReportsEveryRow();
    void usernameIsUnique();
    void resetPasswordMailsTheTalentACode();
    void existsLooksInBothPlaces();

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

    // Reports
    void reportsCountRequests();
    void exportOfTenThousandRows();
    void exportAsAWorkbook();
    void exportRefusesAnUnknownFormat();

    // Who may
    void consoleIsForSuperAdmins_data();
    void consoleIsForSuperAdmins();

private:
    QJsonArray auditActions();
    QJsonObject waitForExport(qint64 id);
    qint64 courseWithRequests(const QString &name, int requests);
};

void TestLmsConsole::initTestCase()
{
    startServer({ { u"lms/query_row_cap"_s, u"5"_s },
                  { u"mail/smtp_password"_s, u"smtp-secret-value"_s },
                  { u"lms/moodle_token"_s, u"moodle-secret-value"_s } });
    m_superAdmin = castUser(u"super_admin"_s, Role::SuperAdmin);
    m_admin = castUser(u"admin"_s, Role::Admin);
    m_support = castUser(u"support"_s, Role::Support);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_employer = castUser(u"employer"_s, Role::Employer);
}

QJsonArray TestLmsConsole::auditActions()
{
    const Reply audit = m_server->get(u"/api/v1/lms/audit?limit=100"_s, m_superAdmin.token);
    QJsonArray actions;
    for (const QJsonValue &entry : audit.json().value(u"data"_s).toArray())
        actions.append(entry.toObject().value(u"action"_s));
    return actions;
}

QJsonObject TestLmsConsole::waitForExport(qint64 id)
{
    QDeadlineTimer deadline(60000);
    QJsonObject status;
    while (!deadline.hasExpired()) {
        status = m_server->get(u"/api/v1/lms/exports/%1"_s.arg(id), m_superAdmin.token).json();
        const QString state = status.value(u"status"_s).toString();
        if (state == u"done"_s || state == u"failed"_s)
            break;
        QTest::qWait(50);
    }
    return status;
}

// ---- Companies ----

void TestLmsConsole::superAdminCreatesAnAcademy()
{
    const Reply made = m_server->post(
            u"/api/v1/lms/companies"_s,
            QJsonObject { { u"name"_s, u"Lagos Code Academy"_s }, { u"state"_s, u"Lagos"_s } },
            m_superAdmin.token);
    QCOMPARE(made.status, 201);
    const qint64 id = made.json().value(u"id"_s).toInteger();
    QCOMPARE(made.json().value(u"kind"_s).toString(), u"academy"_s);
    QCOMPARE(made.json().value(u"country_code"_s).toString(), u"NG"_s);

    const Reply academies = m_server->get(u"/api/v1/lms/academies"_s, m_superAdmin.token);
    QVERIFY(valuesOf(academies.json().value(u"data"_s), u"name"_s).contains(u"Lagos Code Academy"_s));
    const Reply all = m_server->get(u"/api/v1/lms/companies?limit=100"_s, m_superAdmin.token);
    QVERIFY(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInt() >= 2); // + employer's
    // A talent attached to it counts among its learners.
    const TestUser talent = m_server->createUser(Role::Talent);
    QCOMPARE(m_server->patch(u"/api/v1/lms/talents/%1"_s.arg(talent.id),
                             QJsonObject { { u"academy_id"_s, id } }, m_superAdmin.token)
                     .status,
             200);
    // A learner keeps their names: an edit may leave them out, never blank them.
    for (const QString &field : { u"first_name"_s, u"last_name"_s }) {
        const Reply blanked
                = m_server->patch(u"/api/v1/lms/talents/%1"_s.arg(talent.id),
                                  QJsonObject { { field, u"  "_s } }, m_superAdmin.token);
        QCOMPARE(blanked.status, 400);
        QCOMPARE(blanked.message(), field + u" should not be empty"_s);
    }
    const Reply one = m_server->get(u"/api/v1/lms/companies/%1"_s.arg(id), m_superAdmin.token);
    QCOMPARE(one.json().value(u"learners"_s).toInt(), 1);
    QCOMPARE(m_server->get(u"/api/v1/lms/companies/999999"_s, m_superAdmin.token).status, 404);
}

void TestLmsConsole::companyNamesTheInvalidField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QJsonObject { { u"state"_s, u"Lagos"_s } } << u"name"_s;
    QTest::newRow("bad kind") << QJsonObject { { u"name"_s, u"Acme"_s }, { u"kind"_s, u"club"_s } }
                              << u"kind"_s;
    QTest::newRow("unknown country")
            << QJsonObject { { u"name"_s, u"Acme"_s }, { u"country_code"_s, u"QQ"_s } }
            << u"country_code"_s;
}

void TestLmsConsole::companyNamesTheInvalidField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply reply = m_server->post(u"/api/v1/lms/companies"_s, body, m_superAdmin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(namesMessage(reply, field), qPrintable(reply.message()));
}

// ---- Talents ----

void TestLmsConsole::talentsListShowsTheirLearningRecords()
{
    const TestUser talent = m_server->createUser(Role::Talent, u"records@lms.test"_s);
    QCOMPARE(m_server->post(u"/api/v1/lms/users/talents"_s,
                            QJsonObject { { u"user_id"_s, talent.id } }, m_admin.token)
                     .status,
             200);
    const Reply found = m_server->get(u"/api/v1/lms/talents?q=records%40lms"_s, m_superAdmin.token);
    QCOMPARE(found.status, 200);
    const QJsonArray rows = found.json().value(u"data"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"lms_user_id"_s).toInteger(), talent.id);
    QCOMPARE(rows.first().toObject().value(u"provider"_s).toString(), u"builtin"_s);
    // Employers are not talents.
    const Reply employers = m_server->get(
            u"/api/v1/lms/talents?q=%1"_s.arg(percent(m_employer.email)), m_superAdmin.token);
    QCOMPARE(employers.json().value(u"data"_s).toArray().size(), 0);
}

void TestLmsConsole::createdTalentIsInvitedAndLinked()
{
    const QJsonObject body { { u"email"_s, u"New.Learner@lms.test"_s },
                             { u"first_name"_s, u"Chidi"_s },
                             { u"last_name"_s, u"Eze"_s },
                             { u"nysc"_s, true },
                             { u"nysc_state_code"_s, u"LA/24A/1234"_s } };
    const Reply made = m_server->post(u"/api/v1/lms/talents"_s, body, m_superAdmin.token);
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json().value(u"email"_s).toString(), u"new.learner@lms.test"_s);
    QCOMPARE(made.json().value(u"nysc"_s).toBool(), true);
    QVERIFY(made.json().value(u"lms_user_id"_s).toInteger() > 0);
    QVERIFY(m_server->waitForMail(u"new.learner@lms.test"_s).has_value());
    // An email with an account already is refused by name, for a form to show beside the field.
    const Reply again = m_server->post(u"/api/v1/lms/talents"_s, body, m_superAdmin.token);
    QCOMPARE(again.status, 409);
    QVERIFY2(namesMessage(again, u"email"_s), again.body.constData());

    // The NYSC batch and the academy are kept with the rest.
    const Reply academy = m_server->post(u"/api/v1/lms/companies"_s,
                                         QJsonObject { { u"name"_s, u"Ibadan Data Academy"_s } },
                                         m_superAdmin.token);
    QCOMPARE(academy.status, 201);
    const qint64 academyId = academy.json().value(u"id"_s).toInteger();
    const Reply full = m_server->post(u"/api/v1/lms/talents"_s,
                                      QJsonObject { { u"email"_s, u"full.learner@lms.test"_s },
                                                    { u"first_name"_s, u"Bola"_s },
                                                    { u"last_name"_s, u"Ade"_s },
                                                    { u"nysc"_s, true },
                                                    { u"nysc_state_code"_s, u"OY/24B/0007"_s },
                                                    { u"nysc_batch"_s, u"2024B"_s },
                                                    { u"academy_id"_s, academyId } },
                                      m_superAdmin.token);
    QCOMPARE(full.status, 201);
    QCOMPARE(full.json().value(u"nysc_batch"_s).toString(), u"2024B"_s);
    QCOMPARE(full.json().value(u"academy_id"_s).toInteger(), academyId);
    const Reply noAcademy = m_server->post(u"/api/v1/lms/talents"_s,
                                           QJsonObject { { u"email"_s, u"lost.learner@lms.test"_s },
                                                         { u"first_name"_s, u"Lost"_s },
                                                         { u"last_name"_s, u"Learner"_s },
                                                         { u"academy_id"_s, 999999 } },
                                           m_superAdmin.token);
    QCOMPARE(noAcademy.status, 400);
    QVERIFY2(namesMessage(noAcademy, u"academy_id"_s), noAcademy.body.constData());
    // Refused before anything was made: no account, no invitation.
    QVERIFY(m_server->mailsTo(u"lost.learner@lms.test"_s).isEmpty());
    QCOMPARE(m_server->get(u"/api/v1/lms/talents/exists?email=lost.learner%40lms.test"_s,
                           m_superAdmin.token)
                     .json()
                     .value(u"exists"_s)
                     .toBool(),
             false);
    const Reply bad = m_server->post(u"/api/v1/lms/talents"_s,
                                     QJsonObject { { u"email"_s, u"not-an-email"_s },
                                                   { u"first_name"_s, u"A"_s },
                                                   { u"last_name"_s, u"B"_s } },
                                     m_superAdmin.token);
    QCOMPARE(bad.status, 400);
    QVERIFY(namesMessage(bad, u"email"_s));
}

void TestLmsConsole::courseCreatorMayAddCourses()
{
    const TestUser creator = m_server->createUser(Role::Talent);
    const Reply category
            = m_server->post(u"/api/v1/lms/categories"_s,
                             QJsonObject { { u"name"_s, u"Creators' corner"_s } }, m_admin.token);
    QCOMPARE(category.status, 201);
    const QJsonObject course { { u"category_id"_s, category.json().value(u"id"_s) },
                               { u"shortname"_s, u"CRAFT1"_s },
                               { u"fullname"_s, u"Writing a good course"_s } };
    QCOMPARE(m_server->post(u"/api/v1/lms/courses"_s, course, creator.token).status, 403);
    const Reply made
            = m_server->put(u"/api/v1/lms/talents/%1/course-creator"_s.arg(creator.id),
                            QJsonObject { { u"course_creator"_s, true } }, m_superAdmin.token);
    QCOMPARE(made.status, 200);
    QCOMPARE(made.json().value(u"course_creator"_s).toBool(), true);
    QCOMPARE(m_server->post(u"/api/v1/lms/courses"_s, course, creator.token).status, 201);
    QCOMPARE(m_server->post(u"/api/v1/lms/courses"_s, course, creator.token).status, 409);
}

void TestLmsConsole::bulkNyscReportsEveryRow()
{
    const TestUser one = m_server->createUser(Role::Talent, u"corper.one@lms.test"_s);
    const Reply updated = m_server->post(
            u"/api/v1/lms/talents/nysc"_s,
            QJsonObject { { u"talents"_s,
                            QJsonArray { QJsonObject { { u"email"_s, u"corper.one@lms.test"_s },
                                                       { u"state_code"_s, u"LA/25B/0001"_s },
                                                       { u"batch"_s, u"2025 B"_s } },
                                         QJsonObject { { u"email"_s, u"nobody@lms.test"_s } } } } },
            m_superAdmin.token);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"updated"_s).toInt(), 1);
    QCOMPARE(updated.json().value(u"not_found"_s).toInt(), 1);
    const Reply nysc
            = m_server->get(u"/api/v1/lms/talents?nysc=true&limit=100"_s, m_superAdmin.token);
    const QJsonObject row = findBy(nysc.json().value(u"data"_s).toArray(), u"id"_s, one.id);
    QCOMPARE(row.value(u"nysc_state_code"_s).toString(), u"LA/25B/0001"_s);
    QCOMPARE(row.value(u"nysc_batch"_s).toString(), u"2025 B"_s);
    const Reply bad = m_server->post(
            u"/api/v1/lms/talents/nysc"_s,
            QJsonObject { { u"talents"_s, QJsonArray { QJsonObject { { u"email"_s, 5 } } } } },
            m_superAdmin.token);
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.message().contains(u"email"_s), qPrintable(bad.message()));
}

void TestLmsConsole::usernameIsUnique()
{
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    const Reply renamed
            = m_server->put(u"/api/v1/lms/talents/%1/username"_s.arg(first.id),
                            QJsonObject { { u"username"_s, u"ada.learns"_s } }, m_superAdmin.token);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"username"_s).toString(), u"ada.learns"_s);
    const Reply taken
            = m_server->put(u"/api/v1/lms/talents/%1/username"_s.arg(second.id),
                            QJsonObject { { u"username"_s, u"ada.learns"_s } }, m_superAdmin.token);
    QCOMPARE(taken.status, 409);
    QVERIFY2(namesMessage(taken, u"username"_s), taken.body.constData());
    const Reply bad
            = m_server->put(u"/api/v1/lms/talents/%1/username"_s.arg(second.id),
                            QJsonObject { { u"username"_s, u"has space"_s } }, m_superAdmin.token);
    QCOMPARE(bad.status, 400);
    QVERIFY(namesMessage(bad, u"username"_s));
    QCOMPARE(m_server->put(u"/api/v1/lms/talents/%1/username"_s.arg(m_employer.id),
                           QJsonObject { { u"username"_s, u"boss.learns"_s } }, m_superAdmin.token)
                     .status,
             404);
}

void TestLmsConsole::resetPasswordMailsTheTalentACode()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const qsizetype before = m_server->mailsTo(talent.email).size();
    const Reply reset = m_server->post(u"/api/v1/lms/talents/%1/password-reset"_s.arg(talent.id),
                                       QJsonObject(), m_superAdmin.token);
    QCOMPARE(reset.status, 200);
    const std::optional<Mail> mail = m_server->waitForMail(talent.email, int(before) + 1);
    QVERIFY(mail.has_value());
    QVERIFY(!mail->code().isEmpty());
    QVERIFY(!reset.body.contains(mail->code().toUtf8())); // only the talent sees it
}

void TestLmsConsole::existsLooksInBothPlaces()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply known
            = m_server->get(u"/api/v1/lms/talents/exists?email=%1"_s.arg(percent(talent.email)),
                            m_superAdmin.token);
    QCOMPARE(known.status, 200);
    QCOMPARE(known.json().value(u"exists"_s).toBool(), true);
    QCOMPARE(known.json().value(u"user_id"_s).toInteger(), talent.id);
    const Reply unknown = m_server->get(u"/api/v1/lms/talents/exists?email=ghost%40lms.test"_s,
                                        m_superAdmin.token);
    QCOMPARE(unknown.json().value(u"exists"_s).toBool(), false);
    QCOMPARE(unknown.json().value(u"exists_in_lms"_s).toBool(), false);
}

// ---- Sensitive tools ----

void TestLmsConsole::envShowsNoSecret()
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

void TestLmsConsole::valuesAreKeptAndAudited()
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

void TestLmsConsole::runQueryReadsAllowedTables()
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

void TestLmsConsole::runQueryRefuses_data()
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

void TestLmsConsole::runQueryRefusesAValueLargerThanAnAnswer()
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

void TestLmsConsole::runQueryRefuses()
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

void TestLmsConsole::runQueryCapsRows()
{
    const Reply answer = m_server->post(
            u"/api/v1/lms/query"_s, QJsonObject { { u"sql"_s, u"SELECT code FROM countries"_s } },
            m_superAdmin.token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"rows"_s).toArray().size(), 5);
    QCOMPARE(answer.json().value(u"truncated"_s).toBool(), true);
}

void TestLmsConsole::runQueryDatabaseRefusesWhatTheTextMisses_data()
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

void TestLmsConsole::runQueryDatabaseRefusesWhatTheTextMisses()
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

void TestLmsConsole::runQueryNeedsARoleOfItsOwnOnPostgres()
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

void TestLmsConsole::clearLogArchives()
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

void TestLmsConsole::fixContextAndClearCacheAreAudited()
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

// ---- Reports ----

void TestLmsConsole::reportsCountRequests()
{
    courseWithRequests(u"Counting things"_s, 3);
    const Reply stats = m_server->get(u"/api/v1/lms/reports/stats"_s, m_superAdmin.token);
    QCOMPARE(stats.status, 200);
    QVERIFY(stats.json().value(u"pending"_s).toInt() >= 3);
    const Reply trainings
            = m_server->get(u"/api/v1/lms/reports/trainings?limit=100"_s, m_superAdmin.token);
    const QJsonObject row = findBy(trainings.json().value(u"data"_s).toArray(), u"course_name"_s,
                                   u"Counting things"_s);
    QCOMPARE(row.value(u"pending"_s).toInt(), 3);
    QCOMPARE(row.value(u"approved"_s).toInt(), 0);

    const Reply started = m_server->post(u"/api/v1/lms/reports/trainings/exports"_s, QJsonObject(),
                                         m_superAdmin.token);
    QCOMPARE(started.status, 202);
    const QJsonObject done = waitForExport(started.json().value(u"id"_s).toInteger());
    QCOMPARE(done.value(u"status"_s).toString(), u"done"_s);
    const Reply file
            = m_server->get(pathOf(done.value(u"download"_s).toString()), m_superAdmin.token);
    QCOMPARE(file.status, 200);
    QVERIFY(file.body.startsWith("course_id,course_name,pending,approved,declined,completed\r\n"));
    QVERIFY(file.body.contains(",Counting things,3,0,0,0\r\n"));
}

qint64 TestLmsConsole::courseWithRequests(const QString &name, int requests)
{
    const Reply category = m_server->post(u"/api/v1/lms/categories"_s,
                                          QJsonObject { { u"name"_s, name } }, m_admin.token);
    const Reply course = m_server->post(
            u"/api/v1/lms/courses"_s,
            QJsonObject { { u"category_id"_s, category.json().value(u"id"_s) },
                          { u"shortname"_s, u"REPORT%1"_s.arg(qHash(name) % 100000) },
                          { u"fullname"_s, name } },
            m_admin.token);
    [&] { QVERIFY2(course.status == 201, course.body.constData()); }();
    const qint64 courseId = course.json().value(u"id"_s).toInteger();
    for (int i = 0; i < requests; ++i) {
        const TestUser talent = m_server->createUser(Role::Talent);
        const Reply asked
                = m_server->post(u"/api/v1/lms/me/enrolment-requests"_s,
                                 QJsonObject { { u"course_id"_s, courseId } }, talent.token);
        [&] { QCOMPARE(asked.status, 201); }();
    }
    return courseId;
}

void TestLmsConsole::exportAsAWorkbook()
{
    // A name a spreadsheet would run as a formula stays a text in a workbook.
    courseWithRequests(u"=Workbook course"_s, 2);
    QVERIFY(!QTest::currentTestFailed());
    const Reply started
            = m_server->post(u"/api/v1/lms/reports/trainings/exports"_s,
                             QJsonObject { { u"format"_s, u"xlsx"_s } }, m_superAdmin.token);
    QCOMPARE(started.status, 202);
    QCOMPARE(started.json().value(u"format"_s).toString(), u"xlsx"_s);
    const QJsonObject done = waitForExport(started.json().value(u"id"_s).toInteger());
    QCOMPARE(done.value(u"status"_s).toString(), u"done"_s);
    QVERIFY(done.value(u"file_name"_s).toString().endsWith(u".xlsx"_s));
    const Reply file
            = m_server->get(pathOf(done.value(u"download"_s).toString()), m_superAdmin.token);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"),
             QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QVERIFY(file.body.startsWith("PK")); // a ZIP container, as every workbook is
    const QStringList lines = XlsxReader::firstSheetAsCsv(file.body).split(u"\n"_s);
    QCOMPARE(lines.first().trimmed(),
             u"course_id,course_name,pending,approved,declined,completed"_s);
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString &line) {
                             return line.trimmed().endsWith(u",=Workbook course,2,0,0,0"_s);
                         }),
             qPrintable(lines.join(u'|')));
}

void TestLmsConsole::exportRefusesAnUnknownFormat()
{
    const Reply refused
            = m_server->post(u"/api/v1/lms/reports/nysc/exports"_s,
                             QJsonObject { { u"format"_s, u"pdf"_s } }, m_superAdmin.token);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("format"));
}

void TestLmsConsole::exportOfTenThousandRows()
{
    constexpr int rows = 10000;
    {
        QSqlDatabase db = m_server->context().db();
        Transaction tx(db);
        const QString now = nowText();
        for (int i = 0; i < rows; ++i) {
            const QString email = u"corper%1@export.test"_s.arg(i, 5, 10, QChar(u'0'));
            const qint64 id
                    = Sql(db,
                          u"INSERT INTO users (uuid, email, first_name, last_name, role, status, "
                          u"created_at, updated_at) VALUES (:uuid, :email, 'Corps', :last, "
                          u"'talent', 'active', :now, :now) RETURNING id"_s)
                              .bind(u":uuid"_s, u"export-%1"_s.arg(i))
                              .bind(u":email"_s, email)
                              .bind(u":last"_s, u"Member %1"_s.arg(i))
                              .bind(u":now"_s, now)
                              .scalar()
                              .toLongLong();
            Sql(db,
                u"INSERT INTO lms_learners (user_id, provider, username, nysc, nysc_state_code, "
                u"created_at, updated_at) VALUES (:id, 'builtin', :email, TRUE, 'LA/25A/0001', "
                u":now, :now)"_s)
                    .bind(u":id"_s, id)
                    .bind(u":email"_s, email)
                    .bind(u":now"_s, now)
                    .exec();
        }
        tx.commit();
    }
    const Reply page = m_server->get(u"/api/v1/lms/reports/nysc?limit=10"_s, m_superAdmin.token);
    const int total = page.json().value(u"meta"_s).toObject().value(u"total"_s).toInt();
    QVERIFY(total >= rows);

    const Reply started = m_server->post(u"/api/v1/lms/reports/nysc/exports"_s, QJsonObject(),
                                         m_superAdmin.token);
    QCOMPARE(started.status, 202);
    QCOMPARE(started.json().value(u"report"_s).toString(), u"nysc"_s);
    const QJsonObject done = waitForExport(started.json().value(u"id"_s).toInteger());
    QCOMPARE(done.value(u"status"_s).toString(), u"done"_s);
    QCOMPARE(done.value(u"rows_done"_s).toInt(), total);
    QCOMPARE(done.value(u"rows_total"_s).toInt(), total);
    QCOMPARE(done.value(u"percent"_s).toInt(), 100);
    const Reply file
            = m_server->get(pathOf(done.value(u"download"_s).toString()), m_superAdmin.token);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    const QList<QByteArray> lines = file.body.split('\n');
    QCOMPARE(lines.size(), total + 2); // the header, the rows, and nothing after the last CRLF
    QVERIFY(file.body.contains("corper09999@export.test,Corps,Member 9999,LA/25A/0001,,0,0\r\n"));
    QCOMPARE(m_server->get(pathOf(done.value(u"download"_s).toString()), m_admin.token).status, 403);
}

// ---- Who may ----

void TestLmsConsole::consoleIsForSuperAdmins_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    const QList<QPair<QByteArray, QString>> routes {
        { "GET", u"/api/v1/lms/env"_s },          { "POST", u"/api/v1/lms/query"_s },
        { "POST", u"/api/v1/lms/log/archive"_s }, { "POST", u"/api/v1/lms/cache/clear"_s },
        { "GET", u"/api/v1/lms/talents"_s },      { "GET", u"/api/v1/lms/reports/stats"_s },
        { "POST", u"/api/v1/lms/companies"_s },   { "GET", u"/api/v1/lms/audit"_s },
    };
    for (const auto &[method, path] : routes) {
        QTest::addRow("%s %s nobody", method.constData(), qPrintable(path))
                << method << path << u"nobody"_s << 401;
        QTest::addRow("%s %s admin", method.constData(), qPrintable(path))
                << method << path << u"admin"_s << 403;
        QTest::addRow("%s %s talent", method.constData(), qPrintable(path))
                << method << path << u"talent"_s << 403;
    }
}

void TestLmsConsole::consoleIsForSuperAdmins()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    const QJsonObject body { { u"sql"_s, u"SELECT 1"_s }, { u"name"_s, u"Acme"_s } };
    const Reply reply
            = m_server->call(method, path, method == "GET" ? QJsonValue() : body, tokenOf(who));
    QCOMPARE(reply.status, status);
}

QTEST_MAIN(TestLmsConsole)
#include "tst_lms_console.moc"
