// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/roles.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wn {

/** @brief The account fields every client shows: what login, "me" and user lookups answer. */
struct UserSummary
{
    qint64 id = 0;
    QString uuid;
    QString wnId; ///< talents' public id, empty for others
    QString email;
    QString firstName;
    QString lastName;
    QString phoneNumber;
    Role role = Role::Talent;
    AccountStatus status = AccountStatus::Pending;
    bool emailVerified = false;
    std::optional<qint64> companyId;
    QString avatarUrl;
    QDateTime createdAt;

    QString fullName() const;
    QJsonObject toJson() const;
    static std::optional<UserSummary> fromJson(const QJsonObject &json);
};

/** @brief What every login answers. */
struct LoginResult
{
    QString accessToken;
    qint64 expiresIn = 0;
    UserSummary user;

    QJsonObject toJson() const;
    static std::optional<LoginResult> fromJson(const QJsonObject &json);
};

} // namespace wn
