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
#include "core/sqlchanges.h"
#include "core/storage/storage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QSqlQuery>
#include <QUrl>
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

/** Where an optional id is stored: NULL when there is none. */
QVariant storedId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

constexpr const char *summaryNames[]
        = { "id",         "uuid",         "wn_id",     "email",  "first_name",
            "last_name",  "phone_number", "role",      "status", "email_verified_at",
            "company_id", "avatar_key",   "created_at" };

template<typename Row>
UserSummary summaryOn(const Row &row, const QString &avatarUrl, const QString &prefix)
{
    const auto column = [&prefix](const char *name) { return prefix + QLatin1StringView(name); };
    UserSummary user;
    user.id = row.id(column("id"));
    user.uuid = row.text(column("uuid"));
    user.wnId = row.text(column("wn_id"));
    user.email = row.text(column("email"));
    user.firstName = row.text(column("first_name"));
    user.lastName = row.text(column("last_name"));
    user.phoneNumber = row.text(column("phone_number"));
    user.role = roleFromName(row.text(column("role"))).value_or(Role::Talent);
    user.status
            = accountStatusFromName(row.text(column("status"))).value_or(AccountStatus::Pending);
    user.emailVerified = !row.isNull(column("email_verified_at"));
    if (!row.isNull(column("company_id")))
        user.companyId = row.id(column("company_id"));
    user.avatarUrl = avatarUrl;
    user.createdAt = json::parseTimestamp(row.text(column("created_at")));
    return user;
}

} // namespace

AccountService::AccountService(ServerContext &context)
    : m_context(context)
{ }

QString AccountService::summaryColumns(const QString &alias, const QString &prefix)
{
    QStringList columns;
    for (const char *name : summaryNames) {
        columns.append(prefix.isEmpty()
                               ? u"%1.%2"_s.arg(alias, QLatin1StringView(name))
                               : u"%1.%2 AS %3%2"_s.arg(alias, QLatin1StringView(name), prefix));
    }
    return columns.join(u", "_s);
}

UserSummary AccountService::readSummary(const Sql &row, const QString &avatarUrl,
                                        const QString &prefix)
{
    return summaryOn(row, avatarUrl, prefix);
}

UserSummary AccountService::readSummary(const SqlRow &row, const QString &avatarUrl,
                                        const QString &prefix)
{
    return summaryOn(row, avatarUrl, prefix);
}

UserSummary AccountService::readSummary(const Sql &row, const Storage &storage,
                                        const QString &prefix)
{
    return summaryOn(row, storage.url(row.text(prefix + u"avatar_key"_s)), prefix);
}

UserSummary AccountService::readSummary(const SqlRow &row, const Storage &storage,
                                        const QString &prefix)
{
    return summaryOn(row, storage.url(row.text(prefix + u"avatar_key"_s)), prefix);
}

NewAccount NewAccount::person(const QJsonObject &input, Role role)
{
    NewAccount account;
    account.email = input.value(u"email"_s).toString();
    account.firstName = input.value(u"first_name"_s).toString();
    account.lastName = input.value(u"last_name"_s).toString();
    account.phoneNumber = input.value(u"phone_number"_s).toString();
    account.language = input.value(u"language"_s).toString();
    account.role = role;
    return account;
}

qint64 AccountService::create(QSqlDatabase db, const NewAccount &account)
{
    if (Sql(db, u"SELECT 1 FROM users WHERE email = :email"_s)
                .bind(u":email"_s, account.email.toLower())
                .exists())
        throw ApiError::conflict(u"An account with this email already exists"_s);
    const QString hash
            = account.password.isEmpty() ? QString() : m_context.passwords->hash(account.password);
    const QString now = nowText();
    return insertRowReturningId(
            db, u"users"_s,
            { { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { u"wn_id"_s, nullIfEmpty(account.role == Role::Talent ? newWnId() : QString()) },
              { u"email"_s, account.email.toLower() },
              { u"password_hash"_s, nullIfEmpty(hash) },
              { u"first_name"_s, account.firstName },
              { u"last_name"_s, account.lastName },
              { u"phone_number"_s, account.phoneNumber },
              { u"role"_s, roleName(account.role) },
              { u"status"_s, u"pending"_s },
              { u"country_code"_s, nullIfEmpty(account.countryCode) },
              { u"state"_s, nullIfEmpty(account.state) },
              { u"gender"_s, nullIfEmpty(account.gender) },
              { u"date_of_birth"_s, nullIfEmpty(account.dateOfBirth) },
              { u"company_id"_s, storedId(account.companyId) },
              { u"company_role_id"_s, storedId(account.companyRoleId) },
              { u"job_title"_s, nullIfEmpty(account.jobTitle) },
              { u"invited_by"_s, storedId(account.invitedBy) },
              { u"language"_s, nullIfEmpty(account.language) },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
}

qint64 AccountService::createOwner(QSqlDatabase db, NewAccount account, qint64 companyId)
{
    account.companyId = companyId;
    const qint64 userId = create(db, account);
    Sql(db, u"UPDATE companies SET owner_id = :owner WHERE id = :id"_s)
            .bind(u":owner"_s, userId)
            .bind(u":id"_s, companyId)
            .exec();
    return userId;
}

void AccountService::mail(QSqlDatabase db, const UserSummary &user, const MailWords &words,
                          const char *subject, const char *text, const QStringList &values,
                          const QString &subjectValue, bool bulk)
{
    m_context.mailer->send(db,
                           { user.email, words(subject, { subjectValue }),
                             words(text, QStringList { user.firstName } + values),
                             words.language() },
                           bulk);
}

void AccountService::sendVerificationCode(QSqlDatabase db, qint64 userId)
{
    const UserSummary user = summary(db, userId);
    const QString code = m_context.codes->issue(db, userId, OneTimeCodes::Purpose::VerifyEmail);
    if (code.isEmpty())
        return; // hourly limit reached: the earlier codes stand
    mail(db, user, m_context.mailer->wordsFor(db, user.email),
         QT_TRANSLATE_NOOP("Mail", "Your Worknation verification code"),
         QT_TRANSLATE_NOOP("Mail",
                           "Hello %1,\n\nYour verification code is %2. It expires in 10 minutes."
                           "\n\nIf you did not sign up for Worknation, ignore this message.\n"),
         { code });
}

void AccountService::sendInvitation(QSqlDatabase db, qint64 userId, const Invitation &invitation)
{
    const UserSummary user = summary(db, userId);
    const QString token = m_context.codes->issue(db, userId, OneTimeCodes::Purpose::Invite);
    const QString link = m_context.config.publicUrl() + u"/accept-invite?token="_s + token;
    const MailWords words = m_context.mailer->wordsFor(db, user.email);
    const QString invitedTo = words(invitation.to, { invitation.name });
    mail(db, user, words, QT_TRANSLATE_NOOP("Mail", "You are invited to %1 on Worknation"),
         QT_TRANSLATE_NOOP("Mail",
                           "Hello %1,\n\nYou have been invited to %2 on Worknation. Choose your "
                           "password to activate your account:\n\n%3\n\nInvitation code (for "
                           "the desktop client): %4\n\nThe invitation expires in 7 days.\n"),
         { invitedTo, link, token }, invitedTo, invitation.bulk);
}

namespace {

/** The account whose @p column ("id", "email" or "uuid") is @p value, unless deleted. */
std::optional<UserSummary> findUser(QSqlDatabase db, const Storage &storage, const QString &column,
                                    const QVariant &value)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT "_s + AccountService::summaryColumns()
                          + u" FROM users u WHERE u.%1 = :value AND u.deleted_at IS NULL"_s.arg(
                                  column))
                      .bind(u":value"_s, value)
                      .one();
    if (!row)
        return std::nullopt;
    return AccountService::readSummary(*row, storage);
}

} // namespace

UserSummary AccountService::summary(QSqlDatabase db, qint64 userId) const
{
    const std::optional<UserSummary> user = findUser(db, *m_context.storage, u"id"_s, userId);
    if (!user)
        throw ApiError::notFound(u"User not found"_s);
    return *user;
}

std::optional<UserSummary> AccountService::findByEmail(QSqlDatabase db, const QString &email) const
{
    return findUser(db, *m_context.storage, u"email"_s, email.trimmed().toLower());
}

std::optional<qint64> AccountService::idByEmail(QSqlDatabase db, const QString &email)
{
    const std::optional<SqlRow> row
            = Sql(db, u"SELECT id FROM users WHERE email = :email AND deleted_at IS NULL"_s)
                      .bind(u":email"_s, email.trimmed().toLower())
                      .one();
    if (!row)
        return std::nullopt;
    return row->id(u"id"_s);
}

std::optional<UserSummary> AccountService::findByUuid(QSqlDatabase db, const QString &uuid) const
{
    return findUser(db, *m_context.storage, u"uuid"_s, uuid);
}

void AccountService::setLanguage(QSqlDatabase db, qint64 userId, const QString &language)
{
    Sql(db, u"UPDATE users SET language = :language, updated_at = :now WHERE id = :id"_s)
            .bind(u":language"_s, nullIfEmpty(language))
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, userId)
            .exec();
}

QJsonObject AccountService::details(QSqlDatabase db, qint64 userId) const
{
    QJsonObject json = summary(db, userId).toJson();
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT u.country_code, u.state, u.gender, u.date_of_birth, u.company_role_id, "
                  u"u.job_title, u.bvn_verified_at, u.nin_verified_at, u.last_login_at, "
                  u"u.language, "
                  u"c.name AS company_name FROM users u "
                  "LEFT JOIN companies c ON c.id = u.company_id WHERE u.id = :id"_s)
                      .bind(u":id"_s, userId)
                      .one();
    if (row) {
        // Unlike textOrNull, empty text stays empty: only NULL is null.
        const auto textUnlessNull = [&row](const QString &column) {
            return row->isNull(column) ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(row->text(column));
        };
        json.insert(u"country_code"_s, textUnlessNull(u"country_code"_s));
        json.insert(u"state"_s, textUnlessNull(u"state"_s));
        json.insert(u"gender"_s, textUnlessNull(u"gender"_s));
        json.insert(u"date_of_birth"_s, textUnlessNull(u"date_of_birth"_s));
        json.insert(u"company_role_id"_s, row->integerOrNull(u"company_role_id"_s));
        json.insert(u"job_title"_s, textUnlessNull(u"job_title"_s));
        json.insert(u"bvn_verified"_s, !row->isNull(u"bvn_verified_at"_s));
        json.insert(u"nin_verified"_s, !row->isNull(u"nin_verified_at"_s));
        json.insert(u"last_login_at"_s, textUnlessNull(u"last_login_at"_s));
        json.insert(u"company_name"_s, textUnlessNull(u"company_name"_s));
        json.insert(u"language"_s, textUnlessNull(u"language"_s));
    }
    return json;
}

RateAdmission AccountService::checkRateLimits(const QString &email, const QString &address)
{
    const Config &config = m_context.config;
    const RateAdmission admission = m_context.rateLimiter->admit(
            m_context.db(),
            { { u"login-ip:"_s + address, config.integer(u"auth/login_failures_per_address"_s) },
              { u"login-account:"_s + email,
                config.integer(u"auth/login_failures_per_account"_s) } },
            config.integer(u"auth/login_window_seconds"_s));
    if (!admission.admitted())
        throw ApiError::tooManyRequests(
                u"Too many failed login attempts; try again in %1 seconds"_s.arg(
                        admission.retryAfter),
                admission.retryAfter);
    return admission;
}

LoginResult AccountService::login(const QString &rawEmail, const QString &password,
                                  const QList<Role> &roles, const ClientInfo &client)
{
    const QString email = rawEmail.trimmed().toLower();
    // The attempt counts before its password is checked, so guesses sent together cannot
    // check more passwords than the limit allows.
    const RateAdmission admission = checkRateLimits(email, client.address);
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> account
            = Sql(db,
                  u"SELECT id, password_hash, role, status, email_verified_at FROM users WHERE email = :email AND deleted_at IS NULL"_s)
                      .bind(u":email"_s, email)
                      .one();
    const bool found = account.has_value();
    const qint64 userId = found ? account->id(u"id"_s) : 0;
    const QString hash = found ? account->text(u"password_hash"_s) : QString();
    const Role role
            = found ? roleFromName(account->text(u"role"_s)).value_or(Role::Talent) : Role::Talent;
    const auto status = found ? accountStatusFromName(account->text(u"status"_s)) : std::nullopt;
    const bool verified = found && !account->isNull(u"email_verified_at"_s);

    const bool passwordOk = found && !hash.isEmpty()
            ? m_context.passwords->verify(hash, password)
            : (m_context.passwords->verifyNothing(password), false);
    if (!passwordOk) // the attempt keeps its places: they count as its failure
        throw ApiError::unauthorized(u"Invalid email or password"_s);
    m_context.rateLimiter->release(db, admission.places);
    m_context.rateLimiter->reset(db, u"login-account:"_s + email);

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

void AccountService::forgotPassword(const QString &email, const QList<Role> &roles)
{
    QSqlDatabase db = m_context.db();
    const auto user = findByEmail(db, email);
    if (!user || user->status == AccountStatus::Suspended
        || (!roles.isEmpty() && !roles.contains(user->role))) {
        m_context.passwords->verifyNothing(email); // same time whether or not the account exists
        return;
    }
    Transaction tx(db);
    const QString code = m_context.codes->issue(db, user->id, OneTimeCodes::Purpose::ResetPassword);
    if (!code.isEmpty()) {
        // The link opens the web portal's reset page with the address and the code filled in.
        const QString link = m_context.config.publicUrl() + u"/reset-password?email="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(user->email)) + u"&code="_s + code;
        mail(db, *user, m_context.mailer->wordsFor(db, user->email),
             QT_TRANSLATE_NOOP("Mail", "Reset your Worknation password"),
             QT_TRANSLATE_NOOP("Mail",
                               "Hello %1,\n\nYour password reset code is %2. It expires in 10 "
                               "minutes.\n\nOr choose a new password here:\n\n%3\n\nIf you did "
                               "not ask to reset your password, ignore this message: your "
                               "password stays as it is.\n"),
             { code, link });
    }
    tx.commit();
    m_context.passwords->verifyNothing(email);
}

void AccountService::resetPassword(const QString &email, const QString &code,
                                   const QString &password, const QList<Role> &roles)
{
    QSqlDatabase db = m_context.db();
    const auto user = findByEmail(db, email);
    if (!user || (!roles.isEmpty() && !roles.contains(user->role)))
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
    const std::optional<SqlRow> account
            = Sql(db, u"SELECT password_hash FROM users WHERE id = :id"_s)
                      .bind(u":id"_s, principal.userId)
                      .one();
    if (!account || !m_context.passwords->verify(account->text(u"password_hash"_s), current))
        throw ApiError::badRequest(QStringList { u"current_password is incorrect"_s });
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
                                             const QString &language, const ClientInfo &client)
{
    QSqlDatabase db = m_context.db();
    const qint64 userId = OneTimeCodes::inviteUser(token);
    if (userId <= 0)
        throw ApiError::badRequest(u"The invitation is invalid"_s);
    // Only a pending account is invited: suspending an invitee withdraws the invitation.
    if (!Sql(db,
             u"SELECT 1 FROM users WHERE id = :id AND status = 'pending' AND deleted_at IS NULL"_s)
                 .bind(u":id"_s, userId)
                 .exists())
        throw ApiError::badRequest(u"The invitation is invalid"_s);
    const auto result = m_context.codes->consume(db, userId, OneTimeCodes::Purpose::Invite, token);
    if (result != OneTimeCodes::Result::Accepted)
        throw ApiError::badRequest(result == OneTimeCodes::Result::Expired
                                           ? u"The invitation has expired"_s
                                           : u"The invitation is invalid"_s);
    const QString hash = m_context.passwords->hash(password);
    Sql(db,
        u"UPDATE users SET password_hash = :hash, email_verified_at = COALESCE(email_verified_at, "
        u":now), "
        "status = 'active', language = COALESCE(:language, language), updated_at = :now "
        "WHERE id = :id AND status = 'pending' AND deleted_at IS NULL"_s)
            .bind(u":hash"_s, hash)
            .bind(u":language"_s, nullIfEmpty(language))
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
                               "talent_job_preferences", "talent_disabilities", "talent_profiles",
                               "nysc_codes", "nysc_verifications", "image_fingerprints", "wallets" })
        Sql(db, u"DELETE FROM %1 WHERE user_id = :id"_s.arg(QLatin1StringView(table)))
                .bind(u":id"_s, userId)
                .exec();
    // No partner reads a closed account again.
    Sql(db, u"DELETE FROM partner_consents WHERE talent_id = :id"_s).bind(u":id"_s, userId).exec();
    m_context.tokens->revokeAll(db, userId);
    tx.commit();
}

} // namespace wn
