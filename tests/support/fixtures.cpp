// SPDX-License-Identifier: Apache-2.0
#include "fixtures.h"

#include <QJsonArray>
#include <QUrl>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn::test {

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString pathOf(const QString &url)
{
    return QUrl(url).path(QUrl::FullyEncoded);
}

QStringList valuesOf(const QJsonValue &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items.toArray())
        values.append(item.toObject().value(key).toVariant().toString());
    return values;
}

QSet<QString> valueSet(const QJsonValue &items, const QString &key)
{
    const QStringList values = valuesOf(items, key);
    return QSet<QString>(values.begin(), values.end());
}

QJsonObject findBy(const QJsonArray &items, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(key) == value)
            return item.toObject();
    }
    return {};
}

bool namesMessage(const Reply &reply, const QString &field)
{
    const QJsonArray messages = reply.json().value(u"message"_s).toArray();
    return std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &message) {
        return message.toString().startsWith(field + u' ');
    });
}

QStringList seedsServed(TestServer &server)
{
    const QJsonObject paths = server.get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
    QStringList named;
    for (const QJsonValue &item : paths) {
        for (const QJsonValue &operation : item.toObject()) {
            for (const QJsonValue &seed : operation.toObject().value(u"x-seed"_s).toArray())
                named.append(seed.toString());
        }
    }
    return named;
}

QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000a49444154789c63000100000500010d0a2db400000000"
                               "49454e44ae426082");
}

QByteArray tinyPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                             "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}

QByteArray tinyMp4()
{
    return QByteArray::fromHex("000000186674797069736f6d0000020069736f6d69736f32")
            + QByteArray::fromHex("0000000866726565") + QByteArray::fromHex("000000106d646174")
            + QByteArray(8, '\x11');
}

QByteArray tinyWebm()
{
    return QByteArray::fromHex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d"
                               "42878102428581021853806701000000000000")
            + QByteArray(16, '\0');
}

QByteArray tinyMov()
{
    return QByteArray::fromHex("00000014667479707174202020050300717420200000000877696465")
            + QByteArray(16, '\0');
}

QJsonObject talentSignUp(const QString &email, const QString &firstName, const QString &lastName)
{
    return { { u"first_name"_s, firstName },
             { u"last_name"_s, lastName },
             { u"email"_s, email },
             { u"password"_s, signUpPassword },
             { u"phone_number"_s, u"+2348012345678"_s },
             { u"state"_s, u"Lagos"_s } };
}

qint64 addCompanyRole(TestServer &server, const TestUser &owner, const QString &name,
                      const QStringList &permissions)
{
    const Reply role = server.post(
            u"/api/v1/onboarding/employer-roles"_s,
            QJsonObject { { u"name"_s, name },
                          { u"permissions"_s, QJsonArray::fromStringList(permissions) } },
            owner.token);
    return role.status == 201 ? role.json().value(u"id"_s).toInteger() : 0;
}

TestUser invitedEmployee(TestServer &server, const TestUser &owner, qint64 roleId,
                         const QString &email)
{
    TestUser employee;
    employee.role = Role::Employee;
    employee.email = email;
    employee.password = u"Empl0yee!pass"_s;
    employee.companyId = owner.companyId;
    const Reply invited = server.post(u"/api/v1/onboarding/employees"_s,
                                      QJsonObject { { u"first_name"_s, u"Emeka"_s },
                                                    { u"last_name"_s, u"Eze"_s },
                                                    { u"email"_s, email },
                                                    { u"role_id"_s, roleId } },
                                      owner.token);
    if (invited.status != 201)
        return employee;
    employee.id = invited.json().value(u"id"_s).toInteger();
    const std::optional<Mail> mail = server.waitForMail(email);
    if (!mail)
        return employee;
    const Reply accepted = server.post(u"/api/v1/auth/accept-invite"_s,
                                       QJsonObject { { u"token"_s, mail->invitationToken() },
                                                     { u"password"_s, employee.password } });
    employee.token = accepted.json().value(u"access_token"_s).toString();
    return employee;
}

qint64 addYesNoQuestion(TestServer &server, const TestUser &employer, const QString &question)
{
    return server
            .post(u"/api/v1/prequalification-questions"_s,
                  QJsonObject { { u"question"_s, question }, { u"kind"_s, u"yes_no"_s } },
                  employer.token)
            .json()
            .value(u"id"_s)
            .toInteger();
}

QJsonArray requiring(qint64 questionId)
{
    return { QJsonObject { { u"question_id"_s, questionId }, { u"required"_s, true } } };
}

qint64 publishJob(TestServer &server, const TestUser &employer, const QString &title,
                  const QJsonObject &extra)
{
    QJsonObject job { { u"title"_s, title },
                      { u"description"_s,
                        u"A role with real responsibilities and a friendly team."_s },
                      { u"job_type"_s, u"full_time"_s },
                      { u"work_mode"_s, u"remote"_s },
                      { u"publish"_s, true } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        job.insert(it.key(), it.value());
    return server.post(u"/api/v1/jobs"_s, job, employer.token).json().value(u"id"_s).toInteger();
}

Fixture::Fixture() = default;

Fixture::~Fixture() = default;

void Fixture::startServer(const QHash<QString, QString> &settings)
{
    m_server = std::make_unique<TestServer>(settings);
}

TestUser Fixture::castUser(const QString &name, Role role)
{
    const TestUser user = m_server->createUser(role);
    cast(name, user);
    return user;
}

void Fixture::cast(const QString &name, const TestUser &user)
{
    m_cast.insert(name, user);
}

QString Fixture::tokenOf(const QString &name) const
{
    return m_cast.value(name).token;
}

TestUser Fixture::userOf(const QString &name) const
{
    return m_cast.value(name);
}

TestUser Fixture::staffMember(const TestUser &owner, const QStringList &permissions,
                              const QString &email)
{
    const qint64 role
            = addCompanyRole(*m_server, owner, u"Staff role %1"_s.arg(++m_roles), permissions);
    return invitedEmployee(*m_server, owner, role, email);
}

void StaffFixture::startWithStaff(const QString &superAdminName)
{
    startServer();
    m_superAdmin = castUser(superAdminName, Role::SuperAdmin);
    m_admin = castUser(u"admin"_s, Role::Admin);
    m_support = castUser(u"support"_s, Role::Support);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_employer = castUser(u"employer"_s, Role::Employer);
}

} // namespace wn::test
