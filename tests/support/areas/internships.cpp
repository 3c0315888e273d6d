// SPDX-License-Identifier: Apache-2.0
#include "areas/internships.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn::test {

QString internshipPath(qint64 id, const QString &tail)
{
    return u"/api/v1/internships/%1%2"_s.arg(id).arg(tail);
}

QString internshipApplicationPath(qint64 id, const QString &tail)
{
    return u"/api/v1/internship-applications/%1%2"_s.arg(id).arg(tail);
}

QString kpiPath(qint64 id, const QString &tail)
{
    return u"/api/v1/internship-kpis/%1%2"_s.arg(id).arg(tail);
}

void InternshipsFixture::setUp()
{
    startServer();
    m_owner = castUser(u"owner"_s, Role::Employer);
    m_otherOwner = castUser(u"other company"_s, Role::Employer);
    m_recruiter = employee(m_owner,
                           { u"jobs.create"_s, u"jobs.publish"_s, u"applications.read"_s,
                             u"applications.decide"_s });
    cast(u"recruiter"_s, m_recruiter);
    m_chatOnly = employee(m_owner, { u"chat.use"_s });
    cast(u"chat-only staff"_s, m_chatOnly);
    m_mentor = newMentor(m_owner);
    cast(u"mentor"_s, m_mentor.user);
    m_secondMentor = newMentor(m_owner);
    cast(u"second mentor"_s, m_secondMentor.user);
    m_otherMentor = newMentor(m_otherOwner);
    cast(u"other company's mentor"_s, m_otherMentor.user);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_otherTalent = castUser(u"other talent"_s, Role::Talent);
    for (int i = 0; i < 4; ++i)
        m_talents.append(m_server->createUser(Role::Talent));
    m_admin = castUser(u"admin"_s, Role::Admin);
    QVERIFY(m_mentor.id > 0 && m_secondMentor.id > 0 && m_otherMentor.id > 0);
    QVERIFY(!m_mentor.user.token.isEmpty());
}

TestUser InternshipsFixture::employee(const TestUser &owner, const QStringList &permissions)
{
    const qint64 role = addCompanyRole(*m_server, owner, u"Internships role %1"_s.arg(++m_counter),
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

Mentor InternshipsFixture::newMentor(const TestUser &owner)
{
    Mentor mentor;
    mentor.user.role = Role::Mentor;
    mentor.user.email = u"mentor%1@test.worknation.test"_s.arg(++m_counter);
    mentor.user.password = u"Ment0r!pass"_s;
    mentor.user.companyId = owner.companyId;
    const Reply created = m_server->post(u"/api/v1/internship-mentors"_s,
                                         QJsonObject { { u"email"_s, mentor.user.email },
                                                       { u"first_name"_s, u"Ngozi"_s },
                                                       { u"last_name"_s, u"Okafor"_s },
                                                       { u"expertise"_s, u"Backend services"_s } },
                                         owner.token);
    if (created.status != 201)
        return mentor;
    const std::optional<Mail> mail = m_server->waitForMail(mentor.user.email);
    if (!mail)
        return mentor;
    const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                          QJsonObject { { u"token"_s, mail->invitationToken() },
                                                        { u"password"_s, mentor.user.password } });
    mentor.user.token = accepted.json().value(u"access_token"_s).toString();
    mentor.user.id = created.json().value(u"person"_s).toObject().value(u"id"_s).toInteger();
    mentor.id = created.json().value(u"id"_s).toInteger();
    return mentor;
}

QJsonObject InternshipsFixture::createInternship(const TestUser &owner, const QJsonObject &extra)
{
    QJsonObject body { { u"title"_s, uniqueTitle(u"Backend internship"_s) },
                       { u"description"_s, u"Twelve weeks building services with a team."_s },
                       { u"mode"_s, u"hybrid"_s } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply created = m_server->post(u"/api/v1/internships"_s, body, owner.token);
    return created.status == 201 ? created.json() : QJsonObject();
}

qint64 InternshipsFixture::internshipIn(const QString &target, const TestUser &owner,
                                        const QJsonObject &extra)
{
    const qint64 id = createInternship(owner, extra).value(u"id"_s).toInteger();
    if (id == 0)
        return 0;
    static const QHash<QString, QStringList> paths {
        { u"draft"_s, {} },
        { u"published"_s, { u"published"_s } },
        { u"closed"_s, { u"published"_s, u"closed"_s } },
        { u"archived"_s, { u"published"_s, u"closed"_s, u"archived"_s } },
    };
    for (const QString &step : paths.value(target)) {
        if (m_server->patch(internshipPath(id, u"/status"_s), QJsonObject { { u"status"_s, step } },
                            owner.token)
                    .status
            != 200)
            return 0;
    }
    return id;
}

qint64 InternshipsFixture::applyFor(qint64 internshipId, const TestUser &talent)
{
    const Reply applied = m_server->post(internshipPath(internshipId, u"/applications"_s),
                                         QJsonObject { { u"motivation"_s, u"I want to build"_s } },
                                         talent.token);
    return applied.status == 201 ? applied.json().value(u"id"_s).toInteger() : 0;
}

qint64 InternshipsFixture::internOf(qint64 internshipId, const TestUser &talent)
{
    const qint64 id = applyFor(internshipId, talent);
    if (id == 0)
        return 0;
    const Reply approved = m_server->post(internshipApplicationPath(id, u"/approve"_s),
                                          QJsonObject(), m_owner.token);
    return approved.status == 200 ? id : 0;
}

QList<qint64> InternshipsFixture::addKpis(qint64 internshipId, const TestUser &owner,
                                          const QList<int> &weights, const QList<int> &maxScores)
{
    QJsonArray kpis;
    for (int i = 0; i < weights.size(); ++i)
        kpis.append(QJsonObject { { u"title"_s, u"Goal %1"_s.arg(i + 1) },
                                  { u"weight"_s, weights.at(i) },
                                  { u"max_score"_s, i < maxScores.size() ? maxScores.at(i) : 5 },
                                  { u"rubric"_s, u"Top score: done, tested and explained"_s } });
    const Reply created = m_server->post(internshipPath(internshipId, u"/kpis"_s),
                                         QJsonObject { { u"kpis"_s, kpis } }, owner.token);
    if (created.status != 201)
        return {};
    QList<qint64> ids;
    const QJsonArray data = created.json().value(u"data"_s).toArray();
    for (int i = data.size() - weights.size(); i < data.size(); ++i)
        ids.append(data.at(i).toObject().value(u"id"_s).toInteger());
    return ids;
}

bool InternshipsFixture::assign(qint64 internshipId, const Mentor &mentor, const TestUser &owner)
{
    return m_server->post(internshipPath(internshipId, u"/mentors"_s),
                          QJsonObject { { u"mentor_id"_s, mentor.id } }, owner.token)
                   .status
            == 201;
}

QString InternshipsFixture::uniqueTitle(const QString &what)
{
    return u"%1 %2"_s.arg(what).arg(++m_counter);
}

} // namespace wn::test
