// SPDX-License-Identifier: Apache-2.0
#include "areas/companies.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace wn::test {

QString companyPath(qint64 id)
{
    return u"/api/v1/companies/%1"_s.arg(id);
}

QString contactsPath(qint64 companyId)
{
    return u"/api/v1/companies/%1/contact-persons"_s.arg(companyId);
}

QJsonObject contact(const QString &name, const QString &email)
{
    return { { u"name"_s, name },
             { u"email"_s, email },
             { u"phone_number"_s, u"+2348011112222"_s },
             { u"position"_s, u"HR lead"_s } };
}

void CompaniesFixture::setUp()
{
    startServer();
    m_admin = castUser(u"admin"_s, Role::Admin);
    m_support = castUser(u"support"_s, Role::Support);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_owner = castUser(u"owner"_s, Role::Employer);
    m_otherOwner = castUser(u"other owner"_s, Role::Employer);
    m_editor = staffMember(m_owner, { u"company.profile.edit"_s });
    QVERIFY(!m_editor.token.isEmpty());
    cast(u"editor"_s, m_editor);
    m_clerk = staffMember(m_owner, { u"chat.use"_s });
    QVERIFY(!m_clerk.token.isEmpty());
    cast(u"clerk"_s, m_clerk);
    const Reply added
            = m_server->post(contactsPath(*m_otherOwner.companyId),
                             contact(u"Other Contact"_s, newEmail(u"other"_s)), m_otherOwner.token);
    QCOMPARE(added.status, 201);
    m_otherContactId = added.json().value(u"id"_s).toInteger();
}

void CompaniesFixture::listTestIndustry()
{
    Sql(m_server->context().db(),
        u"INSERT INTO industries (code, name, active) VALUES ('tst-agritech', 'Test Agritech', "
        "TRUE) ON CONFLICT (code) DO UPDATE SET active = TRUE"_s)
            .exec();
}

TestUser CompaniesFixture::staffMember(const TestUser &owner, const QStringList &permissions)
{
    return Fixture::staffMember(owner, permissions, newEmail(u"staff"_s));
}

QString CompaniesFixture::newEmail(const QString &who)
{
    return u"%1.%2@companies.test"_s.arg(who).arg(++m_counter);
}

} // namespace wn::test
