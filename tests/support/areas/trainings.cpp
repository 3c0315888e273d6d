// SPDX-License-Identifier: Apache-2.0
#include "areas/trainings.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn::test {

QString trainingPath(qint64 id, const QString &tail)
{
    return u"/api/v1/trainings/%1%2"_s.arg(id).arg(tail);
}

QString applicationPath(qint64 id, const QString &tail)
{
    return u"/api/v1/training-applications/%1%2"_s.arg(id).arg(tail);
}

QJsonObject status(const QString &to, const QString &reason)
{
    QJsonObject body { { u"status"_s, to } };
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return body;
}

void TrainingsFixture::setUp()
{
    startServer();
    m_owner = castUser(u"owner"_s, Role::Employer);
    m_otherOwner = castUser(u"other company"_s, Role::Employer);
    m_recruiter = employee(m_owner,
                           { u"jobs.create"_s, u"applications.read"_s, u"applications.decide"_s });
    cast(u"recruiter"_s, m_recruiter);
    m_publisher = employee(m_owner, { u"jobs.publish"_s, u"reports.read"_s });
    cast(u"publisher"_s, m_publisher);
    m_chatOnly = employee(m_owner, { u"chat.use"_s });
    cast(u"chat-only staff"_s, m_chatOnly);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_otherTalent = castUser(u"other talent"_s, Role::Talent);
    for (int i = 0; i < 5; ++i)
        m_talents.append(m_server->createUser(Role::Talent));
    m_admin = castUser(u"admin"_s, Role::Admin);

    QSqlDatabase db = m_server->context().db();
    auto addSkill = [&db](const QString &name) {
        return Sql(db,
                   u"INSERT INTO skills (name, name_key, category, active, created_at, updated_at) "
                   u"VALUES (:name, :key, 'Training tests', :active, :now, :now) RETURNING id"_s)
                .bind(u":name"_s, name)
                .bind(u":key"_s, name.toLower())
                .bind(u":active"_s, true)
                .bind(u":now"_s, nowText())
                .scalar()
                .toLongLong();
    };
    m_skillA = addSkill(u"Zeta spreadsheets for trainings"_s);
    m_skillB = addSkill(u"Alpha statistics for trainings"_s);
    QVERIFY(m_skillA > 0 && m_skillB > 0);
}

TestUser TrainingsFixture::employee(const TestUser &owner, const QStringList &permissions)
{
    const qint64 role = addCompanyRole(*m_server, owner, u"Trainings role %1"_s.arg(++m_counter),
                                       permissions);
    if (role == 0)
        throw std::runtime_error("could not add a company role");
    TestUser staff = m_server->createUser(Role::Employee);
    Sql(m_server->context().db(),
        u"UPDATE users SET company_id = :company, company_role_id = :role WHERE id = :id"_s)
            .bind(u":company"_s, *owner.companyId)
            .bind(u":role"_s, role)
            .bind(u":id"_s, staff.id)
            .exec();
    staff.companyId = owner.companyId;
    return staff;
}

QJsonObject TrainingsFixture::createTraining(const TestUser &owner, const QJsonObject &extra)
{
    QJsonObject body { { u"title"_s, uniqueTitle(u"Data analysis"_s) },
                       { u"description"_s, u"Four weeks of hands-on analysis."_s },
                       { u"mode"_s, u"online"_s } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply created = m_server->post(u"/api/v1/trainings"_s, body, owner.token);
    return created.status == 201 ? created.json() : QJsonObject();
}

qint64 TrainingsFixture::trainingIn(const QString &target, const TestUser &owner,
                                    const QJsonObject &extra)
{
    const qint64 id = createTraining(owner, extra).value(u"id"_s).toInteger();
    if (id == 0)
        return 0;
    static const QHash<QString, QStringList> paths {
        { u"draft"_s, {} },
        { u"published"_s, { u"published"_s } },
        { u"closed"_s, { u"published"_s, u"closed"_s } },
        { u"archived"_s, { u"published"_s, u"closed"_s, u"archived"_s } },
    };
    for (const QString &step : paths.value(target)) {
        if (m_server->patch(trainingPath(id, u"/status"_s), status(step), owner.token).status != 200)
            return 0;
    }
    return id;
}

qint64 TrainingsFixture::applyFor(qint64 trainingId, const TestUser &talent)
{
    const Reply applied = m_server->post(trainingPath(trainingId, u"/applications"_s),
                                         QJsonObject { { u"motivation"_s, u"I want to learn"_s } },
                                         talent.token);
    return applied.status == 201 ? applied.json().value(u"id"_s).toInteger() : 0;
}

qint64 TrainingsFixture::applicationIn(const QString &target, const TestUser &talent)
{
    const qint64 id = applyFor(trainingIn(u"published"_s, m_owner), talent);
    if (id == 0)
        return 0;
    static const QHash<QString, QStringList> paths {
        { u"applied"_s, {} },
        { u"accepted"_s, { u"accepted"_s } },
        { u"rejected"_s, { u"rejected"_s } },
        { u"withdrawn"_s, { u"withdrawn"_s } },
        { u"completed"_s, { u"accepted"_s, u"completed"_s } },
    };
    for (const QString &step : paths.value(target)) {
        const QString token = step == u"withdrawn"_s ? talent.token : m_owner.token;
        if (m_server->patch(applicationPath(id, u"/status"_s), status(step, u"Not a fit"_s), token)
                    .status
            != 200)
            return 0;
    }
    return id;
}

QString TrainingsFixture::uniqueTitle(const QString &what)
{
    return u"%1 %2"_s.arg(what).arg(++m_counter);
}

} // namespace wn::test
