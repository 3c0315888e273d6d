// SPDX-License-Identifier: Apache-2.0
#include "areas/cohorts.h"

using namespace Qt::StringLiterals;

namespace wn::test {

QString cohortPath(qint64 id, const QString &tail)
{
    return u"/api/v1/cohorts/%1%2"_s.arg(id).arg(tail);
}

TestUser CohortsFixture::newInstructor()
{
    TestUser instructor;
    instructor.role = Role::Instructor;
    instructor.email = u"instructor%1@test.worknation.test"_s.arg(++m_counter);
    instructor.password = u"Instruct0r!pass"_s;
    const Reply created = m_server->post(u"/api/v1/instructors"_s,
                                         QJsonObject { { u"email"_s, instructor.email },
                                                       { u"first_name"_s, u"Tunde"_s },
                                                       { u"last_name"_s, u"Bello"_s },
                                                       { u"expertise"_s, u"Spreadsheets"_s } },
                                         m_admin.token);
    if (created.status != 201)
        return instructor;
    instructor.id = created.json().value(u"id"_s).toInteger();
    const std::optional<Mail> mail = m_server->waitForMail(instructor.email);
    if (!mail)
        return instructor;
    const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                          QJsonObject { { u"token"_s, mail->invitationToken() },
                                                        { u"password"_s, instructor.password } });
    instructor.token = accepted.json().value(u"access_token"_s).toString();
    return instructor;
}

qint64 CohortsFixture::newCohort(const QString &name)
{
    const Reply created = m_server->post(
            u"/api/v1/cohorts"_s,
            QJsonObject { { u"name"_s, name.isEmpty() ? u"Cohort %1"_s.arg(++m_counter) : name } },
            m_admin.token);
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

bool CohortsFixture::addTalent(qint64 cohort, const TestUser &talent)
{
    return m_server->post(cohortPath(cohort, u"/talents"_s),
                          QJsonObject { { u"talent_id"_s, talent.id } }, m_admin.token)
                   .status
            == 201;
}

bool CohortsFixture::addInstructor(qint64 cohort, const TestUser &instructor)
{
    return m_server->post(cohortPath(cohort, u"/instructors"_s),
                          QJsonObject { { u"instructor_id"_s, instructor.id } }, m_admin.token)
                   .status
            == 201;
}

} // namespace wn::test
