// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

/** @brief The onboarding suites' staff (one of each role), a talent and two employers. */
class OnboardingFixture : public StaffFixture
{
protected:
    void setUp();

    /** A fresh address in mixed case, as people type them. */
    QString newEmail(const QString &who);
    /** What every sign-up form asks of a person (password "Passw0rd!"). */
    static QJsonObject person(const QString &email);
    /** Posts the code of the newest mail to @p email to verify-email. */
    Reply verifyEmail(const QString &email);
    /** The id of the company's first staff role. */
    qint64 firstRoleId(const TestUser &owner);

    TestUser m_otherEmployer;
    qint64 m_otherRoleId = 0;
    int m_counter = 0;
};

} // namespace wn::test
