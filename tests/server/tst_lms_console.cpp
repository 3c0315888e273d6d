// SPDX-License-Identifier: Apache-2.0
// The super admins' LMS console: companies and academies, talents' learning records, reports
// with background CSV exports (one of 10,000 rows), and who may use the console.
#include "areas/lmsconsole.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "modules/admin/xlsxreader.h"

#include <QDeadlineTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLmsConsole : public QObject, public LmsConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
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

    // Reports
    void reportsCountRequests();
    void exportOfTenThousandRows();
    void exportAsAWorkbook();
    void exportRefusesAnUnknownFormat();

    // Who may
    void consoleIsForSuperAdmins_data();
    void consoleIsForSuperAdmins();

private:
    QJsonObject waitForExport(qint64 id);
    qint64 courseWithRequests(const QString &name, int requests);
};

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
