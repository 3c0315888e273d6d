// SPDX-License-Identifier: Apache-2.0
// A company's employees (invited, accepting, updated, suspended, acting within their role) and the
// company's staff roles with their permissions, under /api/v1/onboarding.
#include "areas/onboarding.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestOnboardingEmployees : public QObject, public OnboardingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // A company's employees
    void companyStartsWithTwoStaffRoles();
    void invitedEmployeeAcceptsAndLogsInAsEmployee();
    void addEmployeeNeedsOneOfTheCompanysRoles_data();
    void addEmployeeNeedsOneOfTheCompanysRoles();
    void onlyTheOwnCompanyUpdatesAnEmployee_data();
    void onlyTheOwnCompanyUpdatesAnEmployee();
    void invitedEmployeeIsActivatedOnlyByAccepting();
    void suspendingAnEmployeeRevokesTheirSessions();
    void suspendedInviteeCannotAcceptTheInvitation();
    void employeeActsWithinTheirRolesPermissions();

    // A company's staff roles
    void employerRolesAreForCompanies_data();
    void employerRolesAreForCompanies();
    void roleIsAddedReadAndUpdated();
    void rolePermissionsMustBeCompanyPermissions_data();
    void rolePermissionsMustBeCompanyPermissions();
    void roleNamesAreUniqueInACompanyIgnoringCase();
    void aRoleKeepsItsName();
    void anotherCompanysRoleIsNotFound_data();
    void anotherCompanysRoleIsNotFound();
    void roleHeldByAnEmployeeIsNotDeleted();

private:
    /** Invites an employee of @p owner's company; their id and invitation token. */
    void inviteEmployee(const TestUser &owner, qint64 roleId, const QString &email, qint64 *id,
                        QString *token);
    /** An employee who accepted their invitation, logged in. */
    void acceptedEmployee(const TestUser &owner, TestUser *employee);
};

void TestOnboardingEmployees::inviteEmployee(const TestUser &owner, qint64 roleId,
                                             const QString &email, qint64 *id, QString *token)
{
    const Reply added = m_server->post(u"/api/v1/onboarding/employees"_s,
                                       QJsonObject { { u"first_name"_s, u"Emeka"_s },
                                                     { u"last_name"_s, u"Eze"_s },
                                                     { u"email"_s, email },
                                                     { u"role_id"_s, roleId } },
                                       owner.token);
    QCOMPARE(added.status, 201);
    *id = added.json().value(u"id"_s).toInteger();
    const std::optional<Mail> mail = m_server->waitForMail(email);
    QVERIFY2(mail, "no invitation mail");
    *token = mail->invitationToken();
    QVERIFY2(!token->isEmpty(), qPrintable(mail->text));
}

void TestOnboardingEmployees::acceptedEmployee(const TestUser &owner, TestUser *employee)
{
    employee->email = newEmail(u"staff"_s);
    employee->password = u"Empl0yee!pass"_s;
    employee->role = Role::Employee;
    QString invitation;
    inviteEmployee(owner, firstRoleId(owner), employee->email, &employee->id, &invitation);
    if (QTest::currentTestFailed())
        return;
    const Reply accepted = m_server->post(
            u"/api/v1/auth/accept-invite"_s,
            QJsonObject { { u"token"_s, invitation }, { u"password"_s, employee->password } });
    QCOMPARE(accepted.status, 200);
    employee->token = accepted.json().value(u"access_token"_s).toString();
    QVERIFY(!employee->token.isEmpty());
}

// ---- A company's employees ----

void TestOnboardingEmployees::companyStartsWithTwoStaffRoles()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const Reply roles = m_server->get(u"/api/v1/onboarding/employer-roles"_s, owner.token);
    QCOMPARE(roles.status, 200);
    const QJsonArray data = roles.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QStringList names = valuesOf(data, u"name"_s);
    names.sort();
    QCOMPARE(names, QStringList({ u"Hiring manager"_s, u"Recruiter"_s }));
    for (const QJsonValue &role : data) {
        QVERIFY(!role.toObject().value(u"permissions"_s).toArray().isEmpty());
        QCOMPARE(role.toObject().value(u"members"_s).toInteger(), 0);
    }
}

void TestOnboardingEmployees::invitedEmployeeAcceptsAndLogsInAsEmployee()
{
    const qint64 roleId = firstRoleId(m_employer);
    QVERIFY(roleId > 0);
    const QString email = newEmail(u"Employee"_s);
    const Reply added = m_server->post(u"/api/v1/onboarding/employees"_s,
                                       QJsonObject { { u"first_name"_s, u"Emeka"_s },
                                                     { u"last_name"_s, u"Eze"_s },
                                                     { u"email"_s, email },
                                                     { u"role_id"_s, roleId },
                                                     { u"job_title"_s, u"Recruiter"_s } },
                                       m_employer.token);
    QCOMPARE(added.status, 201);
    const QJsonObject employee = added.json();
    QCOMPARE(employee.value(u"role"_s).toString(), u"employee"_s);
    QCOMPARE(employee.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(employee.value(u"company_id"_s).toInteger(), *m_employer.companyId);
    QCOMPARE(employee.value(u"company_role_id"_s).toInteger(), roleId);
    QCOMPARE(employee.value(u"job_title"_s).toString(), u"Recruiter"_s);

    const std::optional<Mail> mail = m_server->waitForMail(email);
    QVERIFY2(mail, "no invitation mail");
    const QString token = mail->invitationToken();
    QVERIFY2(!token.isEmpty(), qPrintable(mail->text));

    const QJsonObject credentials { { u"email"_s, email }, { u"password"_s, u"Empl0yee!pass"_s } };
    QCOMPARE(m_server->post(u"/api/v1/auth/login/employee"_s, credentials).status, 401);
    const Reply accepted = m_server->post(
            u"/api/v1/auth/accept-invite"_s,
            QJsonObject { { u"token"_s, token }, { u"password"_s, u"Empl0yee!pass"_s } });
    QCOMPARE(accepted.status, 200);
    const Reply login = m_server->post(u"/api/v1/auth/login/employee"_s, credentials);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(u"user"_s).toObject().value(u"company_id"_s).toInteger(),
             *m_employer.companyId);
    QCOMPARE(m_server->post(u"/api/v1/auth/login/employer"_s, credentials).status, 403);

    const Reply staff = m_server->get(u"/api/v1/onboarding/employees?q="_s + percent(email),
                                      m_employer.token);
    QCOMPARE(staff.status, 200);
    const QJsonArray rows = staff.json().value(u"data"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(rows.first().toObject().value(u"company_role"_s).toObject().value(u"id"_s).toInteger(),
             roleId);
    // The other company does not see them.
    const Reply elsewhere = m_server->get(u"/api/v1/onboarding/employees?q="_s + percent(email),
                                          m_otherEmployer.token);
    QCOMPARE(elsewhere.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
}

void TestOnboardingEmployees::addEmployeeNeedsOneOfTheCompanysRoles_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QJsonValue>("roleId");
    QTest::addColumn<int>("expected");
    QTest::addRow("role of another company") << u"employer"_s << QJsonValue(m_otherRoleId) << 400;
    QTest::addRow("role that does not exist") << u"employer"_s << QJsonValue(987654) << 400;
    QTest::addRow("role_id missing") << u"employer"_s << QJsonValue(QJsonValue::Undefined) << 400;
    QTest::addRow("role_id not a number") << u"employer"_s << QJsonValue(u"first"_s) << 400;
    QTest::addRow("talent") << u"talent"_s << QJsonValue(m_otherRoleId) << 403;
    QTest::addRow("admin") << u"admin"_s << QJsonValue(m_otherRoleId) << 403;
    QTest::addRow("anonymous") << QString() << QJsonValue(m_otherRoleId) << 401;
}

void TestOnboardingEmployees::addEmployeeNeedsOneOfTheCompanysRoles()
{
    QFETCH(QString, caller);
    QFETCH(QJsonValue, roleId);
    QFETCH(int, expected);
    const QString email = newEmail(u"refused"_s);
    QJsonObject body { { u"first_name"_s, u"Emeka"_s },
                       { u"last_name"_s, u"Eze"_s },
                       { u"email"_s, email } };
    if (!roleId.isUndefined())
        body.insert(u"role_id"_s, roleId);
    const Reply reply = m_server->post(u"/api/v1/onboarding/employees"_s, body, tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected == 400)
        QVERIFY2(reply.message().contains(u"role_id"_s), qPrintable(reply.message()));
    QVERIFY(m_server->mailsTo(email).isEmpty());
}

void TestOnboardingEmployees::onlyTheOwnCompanyUpdatesAnEmployee_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("own company") << u"employer"_s << 200;
    QTest::addRow("another company") << u"other employer"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestOnboardingEmployees::onlyTheOwnCompanyUpdatesAnEmployee()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    qint64 id = 0;
    QString invitation;
    inviteEmployee(m_employer, firstRoleId(m_employer), newEmail(u"patched"_s), &id, &invitation);
    if (QTest::currentTestFailed())
        return;
    const Reply reply = m_server->patch(u"/api/v1/onboarding/employees/%1"_s.arg(id),
                                        QJsonObject { { u"job_title"_s, u"Head of people"_s } },
                                        tokenOf(caller));
    QCOMPARE(reply.status, expected);
    const Reply staff
            = m_server->get(u"/api/v1/onboarding/employees?limit=100"_s, m_employer.token);
    const QJsonArray rows = staff.json().value(u"data"_s).toArray();
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const QJsonValue &r) {
        return r.toObject().value(u"id"_s).toInteger() == id;
    });
    QVERIFY(row != rows.end());
    QCOMPARE(row->toObject().value(u"job_title"_s).toString() == u"Head of people"_s,
             expected == 200);
}

void TestOnboardingEmployees::invitedEmployeeIsActivatedOnlyByAccepting()
{
    qint64 id = 0;
    QString invitation;
    inviteEmployee(m_employer, firstRoleId(m_employer), newEmail(u"pending"_s), &id, &invitation);
    if (QTest::currentTestFailed())
        return;
    const Reply reply
            = m_server->patch(u"/api/v1/onboarding/employees/%1"_s.arg(id),
                              QJsonObject { { u"status"_s, u"active"_s } }, m_employer.token);
    QCOMPARE(reply.status, 422);
    // Nor may a company move its staff to a role of another company.
    const Reply foreignRole
            = m_server->patch(u"/api/v1/onboarding/employees/%1"_s.arg(id),
                              QJsonObject { { u"role_id"_s, m_otherRoleId } }, m_employer.token);
    QCOMPARE(foreignRole.status, 400);
    QVERIFY(foreignRole.message().contains(u"role_id"_s));
}

void TestOnboardingEmployees::suspendingAnEmployeeRevokesTheirSessions()
{
    TestUser employee;
    acceptedEmployee(m_employer, &employee);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, employee.token).status, 200);

    const QString path = u"/api/v1/onboarding/employees/%1"_s.arg(employee.id);
    const Reply suspended = m_server->patch(path, QJsonObject { { u"status"_s, u"suspended"_s } },
                                            m_employer.token);
    QCOMPARE(suspended.status, 200);
    QCOMPARE(suspended.json().value(u"status"_s).toString(), u"suspended"_s);
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, employee.token).status, 401);
    const QJsonObject credentials { { u"email"_s, employee.email },
                                    { u"password"_s, employee.password } };
    QCOMPARE(m_server->post(u"/api/v1/auth/login/employee"_s, credentials).status, 403);

    // Reinstated, they log in again; the token they held before stays revoked.
    const Reply reinstated
            = m_server->patch(path, QJsonObject { { u"status"_s, u"active"_s } }, m_employer.token);
    QCOMPARE(reinstated.status, 200);
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, employee.token).status, 401);
    const Reply login = m_server->post(u"/api/v1/auth/login/employee"_s, credentials);
    QCOMPARE(login.status, 200);
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, login.json().value(u"access_token"_s).toString())
                     .status,
             200);
}

void TestOnboardingEmployees::suspendedInviteeCannotAcceptTheInvitation()
{
    const QString email = newEmail(u"withdrawn"_s);
    qint64 id = 0;
    QString invitation;
    inviteEmployee(m_employer, firstRoleId(m_employer), email, &id, &invitation);
    if (QTest::currentTestFailed())
        return;
    // Suspending someone who has not accepted yet withdraws the invitation.
    const Reply suspended
            = m_server->patch(u"/api/v1/onboarding/employees/%1"_s.arg(id),
                              QJsonObject { { u"status"_s, u"suspended"_s } }, m_employer.token);
    QCOMPARE(suspended.status, 200);
    const Reply accepted = m_server->post(
            u"/api/v1/auth/accept-invite"_s,
            QJsonObject { { u"token"_s, invitation }, { u"password"_s, u"Empl0yee!pass"_s } });
    QCOMPARE(accepted.status, 400);
    QVERIFY(accepted.json().value(u"access_token"_s).toString().isEmpty());
    const Reply staff = m_server->get(u"/api/v1/onboarding/employees?q="_s + percent(email),
                                      m_employer.token);
    QCOMPARE(
            staff.json().value(u"data"_s).toArray().first().toObject().value(u"status"_s).toString(),
            u"suspended"_s);
    QCOMPARE(m_server->post(u"/api/v1/auth/login/employee"_s,
                            QJsonObject { { u"email"_s, email },
                                          { u"password"_s, u"Empl0yee!pass"_s } })
                     .status,
             401);
}

void TestOnboardingEmployees::employeeActsWithinTheirRolesPermissions()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    TestUser employee;
    acceptedEmployee(owner, &employee); // the first starter role: no staff or role management
    if (QTest::currentTestFailed())
        return;
    const QJsonObject newcomer { { u"first_name"_s, u"Ngozi"_s },
                                 { u"last_name"_s, u"Uche"_s },
                                 { u"email"_s, newEmail(u"newcomer"_s) },
                                 { u"role_id"_s, firstRoleId(owner) } };
    const QJsonObject role { { u"name"_s, u"Made by staff"_s },
                             { u"permissions"_s, QJsonArray { u"chat.use"_s } } };
    QCOMPARE(m_server->get(u"/api/v1/onboarding/employees"_s, employee.token).status, 200);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/employees"_s, newcomer, employee.token).status,
             403);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/employer-roles"_s, role, employee.token).status,
             403);

    // Given staff management, they may add staff; still not roles.
    const QString rolePath = u"/api/v1/onboarding/employer-roles/%1"_s.arg(firstRoleId(owner));
    QJsonArray permissions
            = m_server->get(rolePath, owner.token).json().value(u"permissions"_s).toArray();
    permissions.append(u"company.staff.manage"_s);
    QCOMPARE(m_server->patch(rolePath, QJsonObject { { u"permissions"_s, permissions } },
                             owner.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/employees"_s, newcomer, employee.token).status,
             201);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/employer-roles"_s, role, employee.token).status,
             403);
    // Nor may they suspend themselves.
    QCOMPARE(m_server->patch(u"/api/v1/onboarding/employees/%1"_s.arg(employee.id),
                             QJsonObject { { u"status"_s, u"suspended"_s } }, employee.token)
                     .status,
             422);
}

// ---- A company's staff roles ----

void TestOnboardingEmployees::employerRolesAreForCompanies_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("employer") << u"employer"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestOnboardingEmployees::employerRolesAreForCompanies()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QCOMPARE(m_server->get(u"/api/v1/onboarding/employer-roles"_s, tokenOf(caller)).status,
             expected);
    const Reply added
            = m_server->post(u"/api/v1/onboarding/employer-roles"_s,
                             QJsonObject { { u"name"_s, u"Access check %1"_s.arg(++m_counter) },
                                           { u"permissions"_s, QJsonArray { u"chat.use"_s } } },
                             tokenOf(caller));
    QCOMPARE(added.status, expected == 200 ? 201 : expected);
}

void TestOnboardingEmployees::roleIsAddedReadAndUpdated()
{
    const QString base = u"/api/v1/onboarding/employer-roles"_s;
    const Reply added = m_server->post(
            base,
            QJsonObject {
                    { u"name"_s, u"Interviewer"_s },
                    { u"description"_s, u"Runs interviews"_s },
                    { u"permissions"_s, QJsonArray { u"applications.read"_s, u"chat.use"_s } } },
            m_employer.token);
    QCOMPARE(added.status, 201);
    const qint64 id = added.json().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(added.json().value(u"name"_s).toString(), u"Interviewer"_s);
    QCOMPARE(added.json().value(u"permissions"_s).toArray(),
             QJsonArray({ u"applications.read"_s, u"chat.use"_s }));

    const Reply fetched = m_server->get(base + u"/%1"_s.arg(id), m_employer.token);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(u"description"_s).toString(), u"Runs interviews"_s);
    QVERIFY(valuesOf(m_server->get(base, m_employer.token).json().value(u"data"_s).toArray(),
                     u"name"_s)
                    .contains(u"Interviewer"_s));

    const Reply updated = m_server->patch(
            base + u"/%1"_s.arg(id),
            QJsonObject { { u"name"_s, u"Lead interviewer"_s },
                          { u"permissions"_s,
                            QJsonArray { u"applications.read"_s, u"applications.decide"_s } } },
            m_employer.token);
    QCOMPARE(updated.status, 200);
    const Reply again = m_server->get(base + u"/%1"_s.arg(id), m_employer.token);
    QCOMPARE(again.json().value(u"name"_s).toString(), u"Lead interviewer"_s);
    QCOMPARE(again.json().value(u"permissions"_s).toArray(),
             QJsonArray({ u"applications.read"_s, u"applications.decide"_s }));
    QCOMPARE(again.json().value(u"description"_s).toString(), u"Runs interviews"_s);

    const Reply deleted = m_server->del(base + u"/%1"_s.arg(id), m_employer.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(m_server->get(base + u"/%1"_s.arg(id), m_employer.token).status, 404);
}

void TestOnboardingEmployees::rolePermissionsMustBeCompanyPermissions_data()
{
    QTest::addColumn<QJsonArray>("permissions");
    QTest::addColumn<QString>("named");
    QTest::addRow("unknown permission")
            << QJsonArray { u"chat.use"_s, u"jobs.teleport"_s } << u"jobs.teleport"_s;
    QTest::addRow("system-only users.manage")
            << QJsonArray { u"users.manage"_s } << u"users.manage"_s;
    QTest::addRow("system-only staff.manage")
            << QJsonArray { u"staff.manage"_s } << u"staff.manage"_s;
    QTest::addRow("not a list of names") << QJsonArray { 7 } << u"permissions"_s;
}

void TestOnboardingEmployees::rolePermissionsMustBeCompanyPermissions()
{
    QFETCH(QJsonArray, permissions);
    QFETCH(QString, named);
    const QString name = u"Refused role %1"_s.arg(++m_counter);
    const QString base = u"/api/v1/onboarding/employer-roles"_s;
    const Reply added = m_server->post(
            base, QJsonObject { { u"name"_s, name }, { u"permissions"_s, permissions } },
            m_employer.token);
    QCOMPARE(added.status, 400);
    QVERIFY2(added.message().contains(u"permissions"_s), qPrintable(added.message()));
    QVERIFY2(added.message().contains(named), qPrintable(added.message()));
    QVERIFY(!valuesOf(m_server->get(base, m_employer.token).json().value(u"data"_s).toArray(),
                      u"name"_s)
                     .contains(name));

    const qint64 id = firstRoleId(m_employer);
    const QJsonArray before = m_server->get(base + u"/%1"_s.arg(id), m_employer.token)
                                      .json()
                                      .value(u"permissions"_s)
                                      .toArray();
    const Reply updated
            = m_server->patch(base + u"/%1"_s.arg(id),
                              QJsonObject { { u"permissions"_s, permissions } }, m_employer.token);
    QCOMPARE(updated.status, 400);
    QCOMPARE(m_server->get(base + u"/%1"_s.arg(id), m_employer.token)
                     .json()
                     .value(u"permissions"_s)
                     .toArray(),
             before);
}

void TestOnboardingEmployees::roleNamesAreUniqueInACompanyIgnoringCase()
{
    const QString base = u"/api/v1/onboarding/employer-roles"_s;
    const QJsonArray chat { u"chat.use"_s };
    const TestUser owner = m_server->createUser(Role::Employer);
    const Reply starter = m_server->post(
            base, QJsonObject { { u"name"_s, u"rEcRuItEr"_s }, { u"permissions"_s, chat } },
            owner.token);
    QCOMPARE(starter.status, 409);

    const Reply scout = m_server->post(
            base, QJsonObject { { u"name"_s, u"Talent scout"_s }, { u"permissions"_s, chat } },
            owner.token);
    QCOMPARE(scout.status, 201);
    const Reply renamed
            = m_server->patch(base + u"/%1"_s.arg(scout.json().value(u"id"_s).toInteger()),
                              QJsonObject { { u"name"_s, u"HIRING manager"_s } }, owner.token);
    QCOMPARE(renamed.status, 409);
    // Renaming a role to itself in another case is fine.
    const Reply recased
            = m_server->patch(base + u"/%1"_s.arg(scout.json().value(u"id"_s).toInteger()),
                              QJsonObject { { u"name"_s, u"Talent Scout"_s } }, owner.token);
    QCOMPARE(recased.status, 200);

    // Another company may use the same name.
    const TestUser other = m_server->createUser(Role::Employer);
    const Reply elsewhere = m_server->post(
            base, QJsonObject { { u"name"_s, u"TALENT SCOUT"_s }, { u"permissions"_s, chat } },
            other.token);
    QCOMPARE(elsewhere.status, 201);
}

void TestOnboardingEmployees::aRoleKeepsItsName()
{
    const QString path = u"/api/v1/onboarding/employer-roles/%1"_s.arg(firstRoleId(m_employer));
    const QString name = m_server->get(path, m_employer.token).json().value(u"name"_s).toString();
    QVERIFY(!name.isEmpty());
    for (const QString &blank : { u""_s, u"   "_s }) {
        const Reply refused
                = m_server->patch(path, QJsonObject { { u"name"_s, blank } }, m_employer.token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.message(), u"name should not be empty"_s);
    }
    QCOMPARE(m_server->get(path, m_employer.token).json().value(u"name"_s).toString(), name);
}

void TestOnboardingEmployees::anotherCompanysRoleIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addRow("get") << QByteArray("GET");
    QTest::addRow("patch") << QByteArray("PATCH");
    QTest::addRow("delete") << QByteArray("DELETE");
}

void TestOnboardingEmployees::anotherCompanysRoleIsNotFound()
{
    QFETCH(QByteArray, method);
    const QString path = u"/api/v1/onboarding/employer-roles/%1"_s.arg(m_otherRoleId);
    const QJsonObject before = m_server->get(path, m_otherEmployer.token).json();
    QVERIFY(!before.isEmpty());
    const Reply reply = m_server->call(
            method, path,
            method == "PATCH" ? QJsonValue(QJsonObject { { u"name"_s, u"Taken over"_s } })
                              : QJsonValue(),
            m_employer.token);
    QCOMPARE(reply.status, 404);
    const Reply after = m_server->get(path, m_otherEmployer.token);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json(), before);
}

void TestOnboardingEmployees::roleHeldByAnEmployeeIsNotDeleted()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const qint64 roleId = firstRoleId(owner);
    qint64 employeeId = 0;
    QString invitation;
    inviteEmployee(owner, roleId, newEmail(u"holder"_s), &employeeId, &invitation);
    if (QTest::currentTestFailed())
        return;
    const QString path = u"/api/v1/onboarding/employer-roles/%1"_s.arg(roleId);
    QCOMPARE(m_server->get(path, owner.token).json().value(u"members"_s).toInteger(), 1);
    QCOMPARE(m_server->del(path, owner.token).status, 409);
    QCOMPARE(m_server->get(path, owner.token).status, 200);

    // Once the employee holds another role, the first can go.
    const QJsonArray roles = m_server->get(u"/api/v1/onboarding/employer-roles"_s, owner.token)
                                     .json()
                                     .value(u"data"_s)
                                     .toArray();
    const qint64 otherRole = roles.last().toObject().value(u"id"_s).toInteger();
    QVERIFY(otherRole != roleId);
    QCOMPARE(m_server->patch(u"/api/v1/onboarding/employees/%1"_s.arg(employeeId),
                             QJsonObject { { u"role_id"_s, otherRole } }, owner.token)
                     .status,
             200);
    QCOMPARE(m_server->del(path, owner.token).status, 200);
    QCOMPARE(m_server->get(path, owner.token).status, 404);
}

QTEST_MAIN(TestOnboardingEmployees)
#include "tst_onboarding_employees.moc"
