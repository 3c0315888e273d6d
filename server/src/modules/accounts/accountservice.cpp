// SPDX-License-Identifier: Apache-2.0
#include "accountservice.h"

#include "core/auth/keys.h"
#include "core/auth/onetimecodes.h"
#include "core/auth/passwordhasher.h"
#include "core/auth/principal.h"
#include "core/auth/ratelimiter.h"
#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/mail/mailer.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString newWnId()
{
    // Public talent ids: "WN" and eight characters from an alphabet without look-alikes.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray bytes = Keys::random(8);
    QString id = u"WN"_s;
    for (char byte : bytes)
        id.append(QChar::fromLatin1(alphabet[static_cast<unsigned char>(byte) % 32]));
    return id;
}

} // namespace

AccountService::AccountService(ServerContext &context)
    : m_context(context)
{ }

QString AccountService::summaryColumns(const QString &alias)
{
    return u"%1.id, %1.uuid, %1.wn_id, %1.email, %1.first_name, %1.last_name, %1.phone_number, "
           u"%1.role, %1.status, "
           "%1.email_verified_at, %1.company_id, %1.avatar_key, %1.created_at"_s.arg(alias);
}

UserSummary AccountService::readSummary(const QSqlQuery &q, int o, const QString &avatarUrl)
{
    UserSummary user;
    user.id = q.value(o).toLongLong();
    user.uuid = q.value(o + 1).toString();
    user.wnId = q.value(o + 2).toString();
    user.email = q.value(o + 3).toString();
    user.firstName = q.value(o + 4).toString();
    user.lastName = q.value(o + 5).toString();
    user.phoneNumber = q.value(o + 6).toString();
    user.role = roleFromName(q.value(o + 7).toString()).value_or(Role::Talent);
    user.status = accountStatusFromName(q.value(o + 8).toString()).value_or(AccountStatus::Pending);
    user.emailVerified = !q.value(o + 9).isNull();
    if (!q.value(o + 10).isNull())
        user.companyId = q.value(o + 10).toLongLong();
    user.avatarUrl = avatarUrl;
    user.createdAt = json::parseTimestamp(q.value(o + 12).toString());
    return user;
}

qint64 AccountService::create(QSqlDatabase db, const NewAccount &account)
{
    Sql taken(db, u"SELECT 1 FROM users WHERE email = :email"_s);
    if (taken.bind(u":email"_s, account.email.toLower()).exec().next())
        throw ApiError::conflict(u"An account with this email already exists"_s);
    const QString hash
            = account.password.isEmpty() ? QString() : m_context.passwords->hash(account.password);
    const QString now = nowText();
    return Sql(db,
               u"INSERT INTO users (uuid, wn_id, email, password_hash, first_name, last_name, "
               u"phone_number, role, "
               "status, country_code, state, gender, date_of_birth, company_id, company_role_id, "
               "job_title, "
               "invited_by, created_at, updated_at) VALUES (:uuid, :wn, :email, :hash, :first, "
               ":last, :phone, "
               ":role, 'pending', :country, :state, :gender, :dob, :company, :crole, :title, "
               ":inviter, :now, :now) "
               "RETURNING id"_s)
            .bind(u":uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(u":wn"_s,
                  account.role == Role::Talent ? QVariant(newWnId())
                                               : QVariant(QMetaType::fromType<QString>()))
            .bind(u":email"_s, account.email.toLower())
            .bind(u":hash"_s,
                  hash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hash))
            .bind(u":first"_s, account.firstName)
            .bind(u":last"_s, account.lastName)
            .bind(u":phone"_s, account.phoneNumber)
            .bind(u":role"_s, roleName(account.role))
            .bind(u":country"_s,
                  account.countryCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(account.countryCode))
            .bind(u":state"_s,
                  account.state.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(account.state))
            .bind(u":gender"_s,
                  account.gender.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(account.gender))
            .bind(u":dob"_s,
                  account.dateOfBirth.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(account.dateOfBirth))
            .bind(u":company"_s,
                  account.companyId ? QVariant(*account.companyId)
                                    : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":crole"_s,
                  account.companyRoleId ? QVariant(*account.companyRoleId)
                                        : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":title"_s,
                  account.jobTitle.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(account.jobTitle))
            .bind(u":inviter"_s,
                  account.invitedBy ? QVariant(*account.invitedBy)
                                    : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":now"_s, now)
            .scalar()
            .toLongLong();
}

void AccountService::mail(QSqlDatabase db, const QString &to, const QString &subject,
                          const QString &text, bool bulk)
{
    m_context.mailer->send(db, { to, subject, text }, bulk);
}

void AccountService::sendVerificationCode(QSqlDatabase db, qint64 userId)
{
    const UserSummary user = summary(db, userId);
    const QString code = m_context.codes->issue(db, userId, OneTimeCodes::Purpose::VerifyEmail);
    if (code.isEmpty())
        return; // hourly limit reached: the earlier codes stand
    mail(db, user.email, u"Your Worknation verification code"_s,
         u"Hello %1,\n\nYour verification code is %2. It expires in 10 minutes.\n\nIf you did not "
         u"sign up for "
         "Worknation, ignore this message.\n"_s.arg(user.firstName, code));
}

void AccountService::sendInvitation(QSqlDatabase db, qint64 userId, const QString &invitedTo,
                                    bool bulk)
{
    const UserSummary user = summary(db, userId);
    const QString token = m_context.codes->issue(db, userId, OneTimeCodes::Purpose::Invite);
    const QString link = m_context.config.publicUrl() + u"/accept-invite?token="_s + token;
    mail(db, user.email, u"You are invited to %1 on Worknation"_s.arg(invitedTo),
         u"Hello %1,\n\nYou have been invited to %2 on Worknation. Choose your password to "
         u"activate your account:\n\n"
         "%3\n\nInvitation code (for the desktop client): %4\n\nThe invitation expires in 7 days.\n"_s
                 .arg(user.firstName, invitedTo, link, token),
         bulk);
}

UserSummary AccountService::summary(QSqlDatabase db, qint64 userId) const
{
    Sql q(db,
          u"SELECT "_s + summaryColumns()
                  + u" FROM users u WHERE u.id = :id AND u.deleted_at IS NULL"_s);
    q.bind(u":id"_s, userId).exec();
    if (!q.next())
        throw ApiError::notFound(u"User not found"_s);
    return readSummary(q.query(), 0, m_context.storage->url(q.value(11).toString()));
}

std::optional<UserSummary> AccountService::findByEmail(QSqlDatabase db, const QString &email) const
{
    Sql q(db,
          u"SELECT "_s + summaryColumns()
                  + u" FROM users u WHERE u.email = :email AND u.deleted_at IS NULL"_s);
    q.bind(u":email"_s, email.trimmed().toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return readSummary(q.query(), 0, m_context.storage->url(q.value(11).toString()));
}

std::optional<UserSummary> AccountService::findByUuid(QSqlDatabase db, const QString &uuid) const
{
    Sql q(db,
          u"SELECT "_s + summaryColumns()
                  + u" FROM users u WHERE u.uuid = :uuid AND u.deleted_at IS NULL"_s);
    q.bind(u":uuid"_s, uuid).exec();
    if (!q.next())
        return std::nullopt;
    return readSummary(q.query(), 0, m_context.storage->url(q.value(11).toString()));
}

QJsonObject AccountService::details(QSqlDatabase db, qint64 userId) const
{
    QJsonObject json = summary(db, userId).toJson();
    Sql q(db,
          u"SELECT u.country_code, u.state, u.gender, u.date_of_birth, u.company_role_id, "
          u"u.job_title, "
          "u.bvn_verified_at, u.nin_verified_at, u.last_login_at, c.name FROM users u "
          "LEFT JOIN companies c ON c.id = u.company_id WHERE u.id = :id"_s);
    q.bind(u":id"_s, userId).exec();
    if (q.next()) {
        auto text = [&](int i) {
            return q.value(i).isNull() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(q.value(i).toString());
        };
        json.insert(u"country_code"_s, text(0));
        json.insert(u"state"_s, text(1));
        json.insert(u"gender"_s, text(2));
        json.insert(u"date_of_birth"_s, text(3));
        json.insert(u"company_role_id"_s,
                    q.value(4).isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(q.value(4).toLongLong()));
        json.insert(u"job_title"_s, text(5));
        json.insert(u"bvn_verified"_s, !q.value(6).isNull());
        json.insert(u"nin_verified"_s, !q.value(7).isNull());
        json.insert(u"last_login_at"_s, text(8));
        json.insert(u"company_name"_s, text(9));
    }
    return json;
}

void AccountService::checkRateLimits(const QString &email, const QString &address)
{
    const Config &config = m_context.config;
    const int window = config.integer(u"auth/login_window_seconds"_s);
    const int byAddress = m_context.rateLimiter->retryAfter(
            u"login-ip:"_s + address, config.integer(u"auth/login_failures_per_address"_s), window);
    const int byAccount = m_context.rateLimiter->retryAfter(
            u"login-account:"_s + email, config.integer(u"auth/login_failures_per_account"_s),
            window);
    const int wait = std::max(byAddress, byAccount);
    if (wait > 0)
        throw ApiError::tooManyRequests(
                u"Too many failed login attempts; try again in %1 seconds"_s.arg(wait), wait);
}

LoginResult AccountService::login(const QString &rawEmail, const QString &password,
                                  const QList<Role> &roles, const ClientInfo &client)
{
    const QString email = rawEmail.trimmed().toLower();
    checkRateLimits(email, client.address);
    QSqlDatabase db = m_context.db();
    Sql q(db,
          u"SELECT id, password_hash, role, status, email_verified_at FROM users WHERE email = :email AND deleted_at IS NULL"_s);
    q.bind(u":email"_s, email).exec();
    const bool found = q.next();
    const qint64 userId = found ? q.value(0).toLongLong() : 0;
    const QString hash = found ? q.value(1).toString() : QString();
    const Role role
            = found ? roleFromName(q.value(2).toString()).value_or(Role::Talent) : Role::Talent;
    const auto status = found ? accountStatusFromName(q.value(3).toString()) : std::nullopt;
    const bool verified = found && !q.value(4).isNull();
    q.query().finish();

    const bool passwordOk = found && !hash.isEmpty()
            ? m_context.passwords->verify(hash, password)
            : (m_context.passwords->verifyNothing(password), false);
    if (!passwordOk) {
        m_context.rateLimiter->recordFailure(u"login-ip:"_s + client.address);
        m_context.rateLimiter->recordFailure(u"login-account:"_s + email);
        throw ApiError::unauthorized(u"Invalid email or password"_s);
    }
    m_context.rateLimiter->reset(u"login-account:"_s + email);

    const bool allowed
            = roles.contains(role) || (role == Role::SuperAdmin && roles.contains(Role::Admin));
    if (!allowed) {
        QStringList names;
        for (Role r : roles)
            names.append(roleName(r));
        throw ApiError::forbidden(
                u"This login is for %1 accounts; this account is registered as %2"_s.arg(
                        names.join(u" or "_s), roleName(role)));
    }
    if (!verified)
        throw ApiError::forbidden(
                u"Verify your email address before logging in: enter the code we sent to %1"_s.arg(
                        email));
    if (status == AccountStatus::Suspended)
        throw ApiError::forbidden(u"This account is suspended; contact support"_s);
    if (status != AccountStatus::Active)
        throw ApiError::forbidden(u"This account is not active"_s);

    const IssuedToken token
            = m_context.tokens->issue(db, userId, role, client.userAgent, client.address);
    Sql(db, u"UPDATE users SET last_login_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, userId)
            .exec();
    return { token.token, token.expiresIn, summary(db, userId) };
}

void AccountService::logout(const Principal &principal)
{
    m_context.tokens->revoke(m_context.db(), principal.tokenId);
}

namespace {

void throwForCode(OneTimeCodes::Result result)
{
    switch (result) {
    case OneTimeCodes::Result::Accepted:
        return;
    case OneTimeCodes::Result::Expired:
        throw ApiError::badRequest(u"The code has expired; request a new one"_s);
    case OneTimeCodes::Result::TooManyAttempts:
        throw ApiError::tooManyRequests(
                u"Too many wrong attempts for this code; request a new one"_s, 60);
    case OneTimeCodes::Result::Wrong:
    case OneTimeCodes::Result::None:
        throw ApiError::badRequest(u"The code is invalid"_s);
    }
}

} // namespace

void AccountService::verifyEmail(const QString &email, const QString &code)
{
    QSqlDatabase db = m_context.db();
    const auto user = findByEmail(db, email);
    if (!user)
        throw ApiError::badRequest(u"The code is invalid"_s);
    if (user->emailVerified)
        throw ApiError::conflict(u"This email address is already verified"_s);
    throwForCode(m_context.codes->consume(db, user->id, OneTimeCodes::Purpose::VerifyEmail, code));
    Sql(db,
        u"UPDATE users SET email_verified_at = :now, status = CASE WHEN status = 'pending' THEN "
        u"'active' ELSE status END, "
        "updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, user->id)
            .exec();
}

void AccountService::resendVerification(const QString &email)
{
    QSqlDatabase db = m_context.db();
    const auto user = findByEmail(db, email);
    if (!user || user->emailVerified || user->status == AccountStatus::Suspended)
        return;
    Transaction tx(db);
    sendVerificationCode(db, user->id);
    tx.commit();
}

void AccountService::forgotPassword(const QString &email)
{
    QSqlDatabase db = m_context.db();
    const auto user = findByEmail(db, email);
    if (!user || user->status == AccountStatus::Suspended) {
        m_context.passwords->verifyNothing(email); // same time whether or not the account exists
        return;
    }
    Transaction tx(db);
    const QString code = m_context.codes->issue(db, user->id, OneTimeCodes::Purpose::ResetPassword);
    if (!code.isEmpty()) {
        mail(db, user->email, u"Reset your Worknation password"_s,
             u"Hello %1,\n\nYour password reset code is %2. It expires in 10 minutes.\n\nIf you "
             u"did not ask to reset "
             "your password, ignore this message: your password stays as it is.\n"_s.arg(
                     user->firstName, code));
    }
    tx.commit();
    m_context.passwords->verifyNothing(email);
}

void AccountService::resetPassword(const QString &email, const QString &code,
                                   const QString &password)
{
    QSqlDatabase db = m_context.db();
    const auto user = findByEmail(db, email);
    if (!user)
        throw ApiError::badRequest(u"The code is invalid"_s);
    throwForCode(m_context.codes->consume(db, user->id, OneTimeCodes::Purpose::ResetPassword, code));
    const QString hash = m_context.passwords->hash(password);
    Transaction tx(db);
    // Whoever proves control of the mailbox also proves the address.
    Sql(db,
        u"UPDATE users SET password_hash = :hash, email_verified_at = COALESCE(email_verified_at, "
        u":now), "
        "status = CASE WHEN status = 'pending' THEN 'active' ELSE status END, updated_at = :now WHERE id = :id"_s)
            .bind(u":hash"_s, hash)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, user->id)
            .exec();
    m_context.tokens->revokeAll(db, user->id);
    tx.commit();
}

void AccountService::changePassword(const Principal &principal, const QString &current,
                                    const QString &replacement)
{
    QSqlDatabase db = m_context.db();
    Sql q(db, u"SELECT password_hash FROM users WHERE id = :id"_s);
    q.bind(u":id"_s, principal.userId).exec();
    if (!q.next() || !m_context.passwords->verify(q.value(0).toString(), current))
        throw ApiError::badRequest(QStringList { u"current_password is incorrect"_s });
    q.query().finish();
    if (current == replacement)
        throw ApiError::badRequest(
                QStringList { u"new_password must differ from current_password"_s });
    const QString hash = m_context.passwords->hash(replacement);
    Transaction tx(db);
    Sql(db, u"UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id"_s)
            .bind(u":hash"_s, hash)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, principal.userId)
            .exec();
    m_context.tokens->revokeAll(db, principal.userId, principal.tokenId);
    tx.commit();
}

LoginResult AccountService::acceptInvitation(const QString &token, const QString &password,
                                             const ClientInfo &client)
{
    QSqlDatabase db = m_context.db();
    const qint64 userId = OneTimeCodes::inviteUser(token);
    if (userId <= 0)
        throw ApiError::badRequest(u"The invitation is invalid"_s);
    // Only a pending account is invited: suspending an invitee withdraws the invitation.
    Sql pending(
            db,
            u"SELECT 1 FROM users WHERE id = :id AND status = 'pending' AND deleted_at IS NULL"_s);
    if (!pending.bind(u":id"_s, userId).exec().next())
        throw ApiError::badRequest(u"The invitation is invalid"_s);
    pending.query().finish();
    const auto result = m_context.codes->consume(db, userId, OneTimeCodes::Purpose::Invite, token);
    if (result != OneTimeCodes::Result::Accepted)
        throw ApiError::badRequest(result == OneTimeCodes::Result::Expired
                                           ? u"The invitation has expired"_s
                                           : u"The invitation is invalid"_s);
    const QString hash = m_context.passwords->hash(password);
    Sql(db,
        u"UPDATE users SET password_hash = :hash, email_verified_at = COALESCE(email_verified_at, "
        u":now), "
        "status = 'active', updated_at = :now WHERE id = :id AND status = 'pending' AND deleted_at IS NULL"_s)
            .bind(u":hash"_s, hash)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, userId)
            .exec();
    const UserSummary user = summary(db, userId);
    return login(user.email, password, { user.role }, client);
}

UserSummary AccountService::activate(QSqlDatabase db, const QString &email)
{
    const auto user = findByEmail(db, email);
    if (!user)
        throw ApiError::notFound(u"No account with this email"_s);
    Sql(db,
        u"UPDATE users SET status = 'active', email_verified_at = COALESCE(email_verified_at, :now), updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, user->id)
            .exec();
    return summary(db, user->id);
}

void AccountService::destroy(QSqlDatabase db, qint64 userId)
{
    Transaction tx(db);
    const UserSummary user = summary(db, userId);
    const QString now = nowText();
    // The row stays (other records refer to it) but nothing personal does, and the email is free again.
    Sql(db,
        u"UPDATE users SET status = 'deleted', deleted_at = :now, updated_at = :now, email = "
        u":email, "
        "password_hash = NULL, first_name = 'Deleted', last_name = 'user', phone_number = NULL, "
        "date_of_birth = NULL, gender = NULL, avatar_key = NULL WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":email"_s,
                  u"deleted-%1-%2@invalid"_s.arg(user.id).arg(
                          QUuid::createUuid().toString(QUuid::Id128).left(8)))
            .bind(u":id"_s, userId)
            .exec();
    // A talent's profile goes with the account: nothing personal, least of all disability
    // and accommodation details, outlives it.
    for (const char *table : { "talent_skills", "talent_education", "talent_experience",
                               "talent_job_preferences", "talent_disabilities", "talent_profiles" })
        Sql(db, u"DELETE FROM %1 WHERE user_id = :id"_s.arg(QLatin1StringView(table)))
                .bind(u":id"_s, userId)
                .exec();
    m_context.tokens->revokeAll(db, userId);
    tx.commit();
}

} // namespace wn
