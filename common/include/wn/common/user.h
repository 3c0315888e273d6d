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
    Q_GADGET
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString uuid MEMBER uuid)
    Q_PROPERTY(QString wnId MEMBER wnId)
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString fullName READ fullName)
    Q_PROPERTY(QString phoneNumber MEMBER phoneNumber)
    Q_PROPERTY(wn::Role role MEMBER role)
    Q_PROPERTY(QString status READ statusName)
    Q_PROPERTY(bool emailVerified MEMBER emailVerified)
    /** The company the account acts for; 0 for none. */
    Q_PROPERTY(qint64 companyId READ companyIdOrZero)
    Q_PROPERTY(QString avatarUrl MEMBER avatarUrl)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)

public:
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
    QString statusName() const { return accountStatusName(status); }
    qint64 companyIdOrZero() const { return companyId.value_or(0); }
    bool operator==(const UserSummary &other) const = default;

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
