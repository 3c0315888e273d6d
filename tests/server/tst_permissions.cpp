// SPDX-License-Identifier: Apache-2.0
// Company permissions declared on endpoints: a company's staff get past an endpoint only if their
// role grants the permission it declares, the owner always does, platform staff are not held to
// it, and the OpenAPI document lists it. Where a rule depends on the row, the service decides.
#include "testserver.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** One call to an endpoint, on a target made for it. */
struct Request
{
    QByteArray method;
    QString path;
    QJsonObject body;
};

/** An endpoint a company's people use, the permission it declares and what success answers. */
struct Case
{
    QString name;
    QString permission;
    int success;
};

/** Representative endpoints of each area; request() makes each one's target. */
const QList<Case> &cases()
{
    static const QList<Case> list {
        { u"create a job"_s, u"jobs.create"_s, 201 },
        { u"publish a job"_s, u"jobs.publish"_s, 200 },
        { u"write a job question"_s, u"jobs.create"_s, 201 },
        { u"list a job's applicants"_s, u"applications.read"_s, 200 },
        { u"shortlist an applicant"_s, u"applications.decide"_s, 200 },
        { u"reject an applicant"_s, u"applications.decide"_s, 200 },
        { u"edit the company profile"_s, u"company.profile.edit"_s, 200 },
        { u"add a contact person"_s, u"company.profile.edit"_s, 201 },
        { u"invite a staff member"_s, u"company.staff.manage"_s, 201 },
        { u"add a staff role"_s, u"company.roles.manage"_s, 201 },
        { u"list webhooks"_s, u"webhooks.manage"_s, 200 },
        { u"create a training"_s, u"jobs.create"_s, 201 },
        { u"read training reports"_s, u"reports.read"_s, 200 },
        { u"read the employer dashboard"_s, u"reports.read"_s, 200 },
        { u"create a sponsorship"_s, u"sponsorships.manage"_s, 201 },
        { u"approve a sponsorship application"_s, u"sponsorships.approve"_s, 200 },
    };
    return list;
}

QString day(int fromToday)
{
    return QDateTime::currentDateTimeUtc().date().addDays(fromToday).toString(Qt::ISODate);
}

QJsonObject jobBody(const QString &title, bool publish)
{
    return { { u"title"_s, title },
             { u"description"_s, u"A role with real responsibilities and a friendly team."_s },
             { u"job_type"_s, u"full_time"_s },
             { u"work_mode"_s, u"remote"_s },
             { u"publish"_s, publish } };
}

/** The token of the invitation link in a mail's text. */
QString invitationToken(const Mail &mail)
{
    static const QRegularExpression token(u"token=([0-9]+\\.[A-Za-z0-9_-]+)"_s);
    return token.match(mail.text).captured(1);
}

QString deniedMessage(const QString &permission)
{
    return u"Your company role does not allow this: it needs the %1 permission"_s.arg(permission);
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    /** A role of the owner's company granting exactly @p permissions; its id. */
    qint64 addRole(const QStringList &permissions)
    {
        const Reply role = m_server->post(
                u"/api/v1/onboarding/employer-roles"_s,
                QJsonObject { { u"name"_s, u"Role %1"_s.arg(++m_counter) },
                              { u"permissions"_s, QJsonArray::fromStringList(permissions) } },
                m_owner.token);
        return role.status == 201 ? role.json().value(u"id"_s).toInteger() : 0;
    }

    /** A staff member of the owner's company in the role @p roleId, invited and logged in. */
    TestUser employee(qint64 roleId)
    {
        TestUser user;
        user.role = Role::Employee;
        user.email = u"staff%1@permissions.test"_s.arg(++m_counter);
        user.password = u"Empl0yee!pass"_s;
        user.companyId = m_owner.companyId;
        const Reply invited = m_server->post(u"/api/v1/onboarding/employees"_s,
                                             QJsonObject { { u"first_name"_s, u"Chidi"_s },
                                                           { u"last_name"_s, u"Okafor"_s },
                                                           { u"email"_s, user.email },
                                                           { u"role_id"_s, roleId } },
                                             m_owner.token);
        if (invited.status != 201)
            return user;
        user.id = invited.json().value(u"id"_s).toInteger();
        const std::optional<Mail> mail = m_server->waitForMail(user.email);
        if (!mail)
            return user;
        const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                              QJsonObject { { u"token"_s, invitationToken(*mail) },
                                                            { u"password"_s, user.password } });
        user.token = accepted.json().value(u"access_token"_s).toString();
        return user;
    }

    /** The staff member whose role grants only @p permission (made the first time). */
    TestUser holderOf(const QString &permission)
    {
        if (!m_holders.contains(permission))
            m_holders.insert(permission, employee(addRole({ permission })));
        return m_holders.value(permission);
    }

    TestUser caller(const QString &who, const QString &permission)
    {
        if (who == u"owner"_s)
            return m_owner;
        if (who == u"holder"_s)
            return holderOf(permission);
        return m_lacking;
    }

    qint64 idOf(const Reply &reply) const
    {
        return reply.status / 100 == 2 ? reply.json().value(u"id"_s).toInteger() : 0;
    }

    /** A job of the owner's company (published or a draft); its id. */
    qint64 ownersJob(bool published)
    {
        return idOf(m_server->post(u"/api/v1/jobs"_s,
                                   jobBody(u"Support Engineer %1"_s.arg(++m_counter), published),
                                   m_owner.token));
    }

    /** A fresh application to a fresh job of the owner's company; its id. */
    qint64 freshApplication()
    {
        return idOf(m_server->post(
                u"/api/v1/jobs/%1/applications"_s.arg(ownersJob(true)),
                QJsonObject { { u"cover_letter"_s, u"I would love to help."_s } }, m_talent.token));
    }

    /** A programme of the owner's company whose one level @p approvers decide. */
    QJsonObject programme(const QList<qint64> &approvers)
    {
        QJsonArray ids;
        for (qint64 id : approvers)
            ids.append(id);
        return { { u"title"_s, u"Bursary %1"_s.arg(++m_counter) },
                 { u"description"_s, u"Tuition and a laptop for promising developers"_s },
                 { u"amount"_s, 500000 },
                 { u"slots"_s, 5 },
                 { u"closing_date"_s, day(30) },
                 { u"status"_s, u"open"_s },
                 { u"workflow"_s,
                   QJsonArray { QJsonObject { { u"name"_s, u"Decision"_s },
                                              { u"mode"_s, u"any_of"_s },
                                              { u"approvers"_s, ids } } } } };
    }

    /** The call @p name makes, on a target of its own. */
    Request request(const QString &name)
    {
        const qint64 company = *m_owner.companyId;
        if (name == u"create a job"_s)
            return { "POST", u"/api/v1/jobs"_s, jobBody(u"Analyst %1"_s.arg(++m_counter), false) };
        if (name == u"publish a job"_s)
            return { "PATCH",
                     u"/api/v1/jobs/%1/status"_s.arg(ownersJob(false)),
                     { { u"status"_s, u"published"_s } } };
        if (name == u"write a job question"_s)
            return { "POST",
                     u"/api/v1/prequalification-questions"_s,
                     { { u"question"_s, u"Do you hold a driving licence?"_s },
                       { u"kind"_s, u"yes_no"_s } } };
        if (name == u"list a job's applicants"_s)
            return { "GET", u"/api/v1/jobs/%1/applicants"_s.arg(m_publishedJob), {} };
        if (name == u"shortlist an applicant"_s)
            return { "POST", u"/api/v1/applications/%1/shortlist"_s.arg(freshApplication()), {} };
        if (name == u"reject an applicant"_s)
            return { "PATCH",
                     u"/api/v1/applications/%1/status"_s.arg(freshApplication()),
                     { { u"status"_s, u"rejected"_s }, { u"reason"_s, u"position_filled"_s } } };
        if (name == u"edit the company profile"_s)
            return { "PATCH",
                     u"/api/v1/companies/%1"_s.arg(company),
                     { { u"description"_s, u"We build software, take %1"_s.arg(++m_counter) } } };
        if (name == u"add a contact person"_s)
            return { "POST",
                     u"/api/v1/companies/%1/contact-persons"_s.arg(company),
                     { { u"name"_s, u"Amaka Nwosu"_s },
                       { u"email"_s, u"contact%1@permissions.test"_s.arg(++m_counter) } } };
        if (name == u"invite a staff member"_s)
            return { "POST",
                     u"/api/v1/onboarding/employees"_s,
                     { { u"first_name"_s, u"Bola"_s },
                       { u"last_name"_s, u"Ade"_s },
                       { u"email"_s, u"invitee%1@permissions.test"_s.arg(++m_counter) },
                       { u"role_id"_s, m_clerkRole } } };
        if (name == u"add a staff role"_s)
            return { "POST",
                     u"/api/v1/onboarding/employer-roles"_s,
                     { { u"name"_s, u"Made by staff %1"_s.arg(++m_counter) },
                       { u"permissions"_s, QJsonArray { u"chat.use"_s } } } };
        if (name == u"list webhooks"_s)
            return { "GET", u"/api/v1/webhooks"_s, {} };
        if (name == u"create a training"_s)
            return { "POST",
                     u"/api/v1/trainings"_s,
                     { { u"title"_s, u"Data analysis %1"_s.arg(++m_counter) },
                       { u"description"_s, u"Six weeks of Python and SQL"_s },
                       { u"mode"_s, u"online"_s } } };
        if (name == u"read training reports"_s)
            return { "GET", u"/api/v1/training-reports"_s, {} };
        if (name == u"read the employer dashboard"_s)
            return { "GET", u"/api/v1/employers/me/dashboard"_s, {} };
        if (name == u"create a sponsorship"_s)
            return { "POST", u"/api/v1/sponsorships"_s, programme({ m_owner.id }) };
        if (name == u"approve a sponsorship application"_s) {
            // The approver with the permission and the owner both decide the one level.
            const qint64 programmeId = idOf(m_server->post(
                    u"/api/v1/sponsorships"_s,
                    programme({ holderOf(u"sponsorships.approve"_s).id, m_owner.id }),
                    m_owner.token));
            const qint64 application = idOf(m_server->post(
                    u"/api/v1/sponsorships/%1/applications"_s.arg(programmeId),
                    QJsonObject { { u"motivation"_s, u"I build things and want to learn more"_s } },
                    m_talent.token));
            return { "POST",
                     u"/api/v1/sponsorship-applications/%1/approvals"_s.arg(application),
                     { { u"action"_s, u"approve"_s } } };
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_owner = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        m_admin = m_server->createUser(Role::Admin);
        // The owner's company sponsors talents too, so its sponsorship endpoints apply to it.
        QCOMPARE(m_server->post(u"/api/v1/companies/%1/sponsorship"_s.arg(*m_owner.companyId),
                                QJsonObject { { u"focus_areas"_s, QJsonArray { u"Software"_s } },
                                              { u"budget_range"_s, u"NGN 5,000,000 a year"_s } },
                                m_owner.token)
                         .status,
                 201);
        m_clerkRole = addRole({ u"chat.use"_s });
        QVERIFY(m_clerkRole > 0);
        m_lacking = employee(m_clerkRole);
        QVERIFY(!m_lacking.token.isEmpty());
        m_publishedJob = ownersJob(true);
        QVERIFY(m_publishedJob > 0);
        // The talent has applied, so there are applicants to list.
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_publishedJob),
                                QJsonObject {}, m_talent.token)
                         .status,
                 201);
    }
    void cleanupTestCase() { m_server.reset(); }

    void companyStaffNeedTheDeclaredPermission_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("expected");
        for (const Case &c : cases()) {
            QTest::addRow("%s: staff without %s", qPrintable(c.name), qPrintable(c.permission))
                    << c.name << c.permission << u"lacking"_s << 403;
            QTest::addRow("%s: staff with %s", qPrintable(c.name), qPrintable(c.permission))
                    << c.name << c.permission << u"holder"_s << c.success;
            QTest::addRow("%s: owner", qPrintable(c.name))
                    << c.name << c.permission << u"owner"_s << c.success;
        }
    }
    void companyStaffNeedTheDeclaredPermission()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, permission);
        QFETCH(QString, caller);
        QFETCH(int, expected);
        const TestUser who = this->caller(caller, permission);
        QVERIFY2(!who.token.isEmpty(), "the caller could not log in");
        const Request call = request(endpoint);
        QVERIFY2(!call.path.contains(u"/0/"_s) && !call.path.endsWith(u"/0"_s),
                 qPrintable(u"no target for "_s + call.path));
        const Reply reply = call.method == "GET"
                ? m_server->get(call.path, who.token)
                : m_server->call(call.method, call.path, call.body, who.token);
        QVERIFY2(reply.status == expected,
                 qPrintable(u"%1 %2: %3 %4"_s.arg(QString::fromLatin1(call.method), call.path)
                                    .arg(reply.status)
                                    .arg(reply.message())));
        if (expected == 403)
            QCOMPARE(reply.message(), deniedMessage(permission));
    }

    void publishingAtOnceAlsoNeedsThePublishPermission()
    {
        // jobs.create is declared; publishing in the same call depends on the body.
        const TestUser creator = holderOf(u"jobs.create"_s);
        const QString title = u"Published by a creator %1"_s.arg(++m_counter);
        const Reply refused
                = m_server->post(u"/api/v1/jobs"_s, jobBody(title, true), creator.token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.message(), deniedMessage(u"jobs.publish"_s));
        // Refused before anything was written: no draft is left behind.
        const Reply mine = m_server->get(u"/api/v1/jobs/mine?limit=100"_s, m_owner.token);
        QCOMPARE(mine.status, 200);
        for (const QJsonValue &job : mine.json().value(u"data"_s).toArray())
            QVERIFY(job.toObject().value(u"title"_s).toString() != title);

        const Reply published
                = m_server->post(u"/api/v1/jobs"_s, jobBody(title, true), m_owner.token);
        QCOMPARE(published.status, 201);
        QCOMPARE(published.json().value(u"status"_s).toString(), u"published"_s);
    }

    void platformStaffAreNotHeldToIt()
    {
        // Admins write the platform's questions on an endpoint declaring jobs.create.
        const Reply written = m_server->post(
                u"/api/v1/prequalification-questions"_s,
                QJsonObject { { u"question"_s, u"Are you legally allowed to work in Nigeria?"_s },
                              { u"kind"_s, u"yes_no"_s } },
                m_admin.token);
        QCOMPARE(written.status, 201);
        QCOMPARE(written.json().value(u"scope"_s).toString(), u"platform"_s);
    }

    void oneApplicationIsReadByItsCompanysReaders_data()
    {
        // Not declared: the endpoint serves applicants and staff too, and the permission matters
        // only for an application to the caller's company; without it, the answer is 404.
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("expected");
        QTest::addRow("staff without applications.read") << u"lacking"_s << 404;
        QTest::addRow("staff with applications.read") << u"holder"_s << 200;
        QTest::addRow("owner") << u"owner"_s << 200;
    }
    void oneApplicationIsReadByItsCompanysReaders()
    {
        QFETCH(QString, caller);
        QFETCH(int, expected);
        const qint64 application = freshApplication();
        QVERIFY(application > 0);
        QCOMPARE(m_server->get(u"/api/v1/applications/%1"_s.arg(application),
                               this->caller(caller, u"applications.read"_s).token)
                         .status,
                 expected);
    }

    void openApiListsThePermission_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("permission");
        const QList<std::tuple<const char *, QString, QString>> rows {
            { "post", u"/api/v1/jobs"_s, u"jobs.create"_s },
            { "patch", u"/api/v1/jobs/{id}"_s, u"jobs.create"_s },
            { "patch", u"/api/v1/jobs/{id}/status"_s, u"jobs.publish"_s },
            { "post", u"/api/v1/prequalification-questions"_s, u"jobs.create"_s },
            { "get", u"/api/v1/jobs/{id}/applicants"_s, u"applications.read"_s },
            { "patch", u"/api/v1/applications/{id}/status"_s, u"applications.decide"_s },
            { "post", u"/api/v1/applications/{id}/shortlist"_s, u"applications.decide"_s },
            { "get", u"/api/v1/employers/me/dashboard"_s, u"reports.read"_s },
            { "patch", u"/api/v1/companies/{id}"_s, u"company.profile.edit"_s },
            { "post", u"/api/v1/companies/{id}/contact-persons"_s, u"company.profile.edit"_s },
            { "post", u"/api/v1/onboarding/employees"_s, u"company.staff.manage"_s },
            { "patch", u"/api/v1/onboarding/employees/{id}"_s, u"company.staff.manage"_s },
            { "post", u"/api/v1/onboarding/employer-roles"_s, u"company.roles.manage"_s },
            { "delete", u"/api/v1/onboarding/employer-roles/{id}"_s, u"company.roles.manage"_s },
            { "get", u"/api/v1/webhooks"_s, u"webhooks.manage"_s },
            { "post", u"/api/v1/webhooks"_s, u"webhooks.manage"_s },
            { "post", u"/api/v1/trainings"_s, u"jobs.create"_s },
            { "patch", u"/api/v1/trainings/{id}/status"_s, u"jobs.publish"_s },
            { "get", u"/api/v1/training-reports"_s, u"reports.read"_s },
            { "patch", u"/api/v1/training-applications/{id}/status"_s, u"applications.decide"_s },
            { "post", u"/api/v1/sponsorships"_s, u"sponsorships.manage"_s },
            { "patch", u"/api/v1/sponsorships/{id}"_s, u"sponsorships.manage"_s },
            { "post", u"/api/v1/sponsorship-applications/{id}/approvals"_s,
              u"sponsorships.approve"_s },
            // Open to every company caller, or decided per row by the service: none declared.
            { "get", u"/api/v1/jobs/mine"_s, QString() },
            { "get", u"/api/v1/applications/{id}"_s, QString() },
            { "get", u"/api/v1/sponsorships/{id}/applications"_s, QString() },
            { "patch", u"/api/v1/sponsorship-applications/{id}"_s, QString() },
        };
        for (const auto &[method, path, permission] : rows)
            QTest::addRow("%s %s", method, qPrintable(path))
                    << QString::fromLatin1(method) << path << permission;
    }
    void openApiListsThePermission()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, permission);
        if (m_paths.isEmpty())
            m_paths = m_server->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
        const QJsonObject operation = m_paths.value(path).toObject().value(method).toObject();
        QVERIFY2(!operation.isEmpty(), "no such operation");
        QCOMPARE(operation.value(u"x-permission"_s).toString(), permission);
        QCOMPARE(operation.contains(u"x-permission"_s), !permission.isEmpty());
    }

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_owner;
    TestUser m_talent;
    TestUser m_admin;
    TestUser m_lacking;
    QHash<QString, TestUser> m_holders;
    qint64 m_clerkRole = 0;
    qint64 m_publishedJob = 0;
    QJsonObject m_paths;
    int m_counter = 0;
};

QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
