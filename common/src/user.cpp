// SPDX-License-Identifier: Apache-2.0
#include <wn/common/json.h>
#include <wn/common/user.h>

using namespace Qt::StringLiterals;

namespace wn {

QString UserSummary::fullName() const
{
    return (firstName + u' ' + lastName).trimmed();
}

QJsonObject UserSummary::toJson() const
{
    QJsonObject json {
        { u"id"_s, id },
        { u"uuid"_s, uuid },
        { u"email"_s, email },
        { u"first_name"_s, firstName },
        { u"last_name"_s, lastName },
        { u"phone_number"_s, phoneNumber },
        { u"role"_s, roleName(role) },
        { u"status"_s, accountStatusName(status) },
        { u"email_verified"_s, emailVerified },
        { u"company_id"_s, companyId ? QJsonValue(*companyId) : QJsonValue(QJsonValue::Null) },
        { u"avatar_url"_s,
          avatarUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(avatarUrl) },
        { u"created_at"_s, json::timestamp(createdAt) },
    };
    if (!wnId.isEmpty())
        json.insert(u"wn_id"_s, wnId);
    return json;
}

std::optional<UserSummary> UserSummary::fromJson(const QJsonObject &json)
{
    const auto role = roleFromName(json.value(u"role"_s).toString());
    if (!json.value(u"id"_s).isDouble() || !role)
        return std::nullopt;
    UserSummary user;
    user.id = json.value(u"id"_s).toInteger();
    user.uuid = json.value(u"uuid"_s).toString();
    user.wnId = json.value(u"wn_id"_s).toString();
    user.email = json.value(u"email"_s).toString();
    user.firstName = json.value(u"first_name"_s).toString();
    user.lastName = json.value(u"last_name"_s).toString();
    user.phoneNumber = json.value(u"phone_number"_s).toString();
    user.role = *role;
    user.status = accountStatusFromName(json.value(u"status"_s).toString())
                          .value_or(AccountStatus::Pending);
    user.emailVerified = json.value(u"email_verified"_s).toBool();
    if (json.value(u"company_id"_s).isDouble())
        user.companyId = json.value(u"company_id"_s).toInteger();
    user.avatarUrl = json.value(u"avatar_url"_s).toString();
    user.createdAt = json::parseTimestamp(json.value(u"created_at"_s).toString());
    return user;
}

QJsonObject LoginResult::toJson() const
{
    return { { u"access_token"_s, accessToken },
             { u"token_type"_s, u"Bearer"_s },
             { u"expires_in"_s, expiresIn },
             { u"user"_s, user.toJson() } };
}

std::optional<LoginResult> LoginResult::fromJson(const QJsonObject &json)
{
    auto user = UserSummary::fromJson(json.value(u"user"_s).toObject());
    if (!user || json.value(u"access_token"_s).toString().isEmpty())
        return std::nullopt;
    return LoginResult { json.value(u"access_token"_s).toString(),
                         json.value(u"expires_in"_s).toInteger(), *user };
}

} // namespace wn
