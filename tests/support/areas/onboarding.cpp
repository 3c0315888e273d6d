// SPDX-License-Identifier: Apache-2.0
#include "areas/onboarding.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace wn::test {

void OnboardingFixture::setUp()
{
    startWithStaff();
    m_otherEmployer = castUser(u"other employer"_s, Role::Employer);
    m_otherRoleId = firstRoleId(m_otherEmployer);
    QVERIFY(m_otherRoleId > 0);
}

QString OnboardingFixture::newEmail(const QString &who)
{
    return u"%1.%2@Signup.Test"_s.arg(who).arg(++m_counter);
}

QJsonObject OnboardingFixture::person(const QString &email)
{
    return { { u"first_name"_s, u"Ada"_s },
             { u"last_name"_s, u"Obi"_s },
             { u"email"_s, email },
             { u"password"_s, u"Passw0rd!"_s },
             { u"phone_number"_s, u"+2348012345678"_s } };
}

Reply OnboardingFixture::verifyEmail(const QString &email)
{
    const std::optional<Mail> mail = m_server->waitForMail(email);
    return m_server->post(
            u"/api/v1/auth/verify-email"_s,
            QJsonObject { { u"email"_s, email }, { u"token"_s, mail ? mail->code() : QString() } });
}

qint64 OnboardingFixture::firstRoleId(const TestUser &owner)
{
    const Reply roles = m_server->get(u"/api/v1/onboarding/employer-roles"_s, owner.token);
    return roles.json().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toInteger();
}

} // namespace wn::test
