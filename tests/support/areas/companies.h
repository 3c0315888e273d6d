// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

QString companyPath(qint64 id);
QString contactsPath(qint64 companyId);
/** A contact person as a company adds one. */
QJsonObject contact(const QString &name, const QString &email);

/**
 * @brief The companies suites' owner with two staff members (an editor of the profile and a clerk
 * who may not edit it), another company with a contact person, an admin, support and a talent.
 */
class CompaniesFixture : public Fixture
{
protected:
    void setUp();

    /** Puts "tst-agritech" (Test Agritech) on the industries list. */
    void listTestIndustry();
    QString newEmail(const QString &who);
    /** A staff member of @p owner's company whose role grants @p permissions, logged in. */
    TestUser staffMember(const TestUser &owner, const QStringList &permissions);

    TestUser m_admin;
    TestUser m_support;
    TestUser m_talent;
    TestUser m_owner;
    TestUser m_otherOwner;
    TestUser m_editor; ///< staff of m_owner's company allowed company.profile.edit
    TestUser m_clerk; ///< staff of m_owner's company without it
    qint64 m_otherContactId = 0;
    int m_counter = 0;
};

} // namespace wn::test
