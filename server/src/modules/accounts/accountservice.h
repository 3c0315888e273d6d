// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/roles.h>
#include <wn/common/user.h>

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wn {

class MailWords;
struct ServerContext;
struct Principal;
struct RateAdmission;
class Sql;
class SqlRow;
class Storage;

/** @brief What is needed to open an account. */
struct NewAccount
{
    QString email;
    QString password; ///< empty for invited accounts, who choose theirs when accepting
    QString firstName;
    QString lastName;
    QString phoneNumber;
    Role role = Role::Talent;
    QString countryCode;
    QString state;
    QString gender;
    QString dateOfBirth;
    std::optional<qint64> companyId;
    std::optional<qint64> companyRoleId;
    QString jobTitle;
    std::optional<qint64> invitedBy;
    QString language; ///< forms::languages(), or empty: mail goes in the server's mail/language

    /** The person @p input names (email, first_name, last_name, phone_number, language; an
     *  absent one left empty), to be opened as an account of @p role. */
    static NewAccount person(const QJsonObject &input, Role role);
};

/** @brief What an invitation asks its reader to do: a "Mail" text in the infinitive ("teach",
 *  "join %1"), %1 standing for @c name; @c bulk mail waits behind everything else. */
struct Invitation
{
    const char *to;
    QString name = {};
    bool bulk = false;
};

/** @brief Where the client of a login came from. */
struct ClientInfo
{
    QString address;
    QString userAgent;
};

/**
 * @brief Accounts: creation, email verification, login, passwords and invitations. Every area
 * that opens or reads an account goes through here.
 */
class AccountService
{
public:
    explicit AccountService(ServerContext &context);

    /** Inserts the account (in the caller's transaction); 409 if the email is taken. */
    qint64 create(QSqlDatabase db, const NewAccount &account);
    /** create()s @p account as the owner of the company @p companyId (its member, and the
     *  company's owner_id); answers its id. */
    qint64 createOwner(QSqlDatabase db, NewAccount account, qint64 companyId);
    /** Mails a new 6-digit verification code (in the caller's transaction). */
    void sendVerificationCode(QSqlDatabase db, qint64 userId);
    /** Mails an invitation link to set a password (in the caller's transaction). */
    void sendInvitation(QSqlDatabase db, qint64 userId, const Invitation &invitation);

    UserSummary summary(QSqlDatabase db, qint64 userId) const;
    std::optional<UserSummary> findByEmail(QSqlDatabase db, const QString &email) const;
    /** The id of the account findByEmail() finds, for a caller that needs no more of it. */
    static std::optional<qint64> idByEmail(QSqlDatabase db, const QString &email);
    std::optional<UserSummary> findByUuid(QSqlDatabase db, const QString &uuid) const;
    /** The full account as the API shows it: the summary plus profile fields. */
    QJsonObject details(QSqlDatabase db, qint64 userId) const;
    /** Sets the language @p userId reads mail in (forms::languages()); empty for the server's. */
    void setLanguage(QSqlDatabase db, qint64 userId, const QString &language);

    /** Checks the password; only accounts whose role is in @p roles may use this door. */
    LoginResult login(const QString &email, const QString &password, const QList<Role> &roles,
                      const ClientInfo &client);
    void logout(const Principal &principal);

    void verifyEmail(const QString &email, const QString &code);
    /** Sends a new verification code if the account exists and is unverified; silent otherwise. */
    void resendVerification(const QString &email);
    /** Sends a reset code if the account exists; answers the same either way. A door for some
     *  kinds of account names them in @p roles: any other account is treated as missing. */
    void forgotPassword(const QString &email, const QList<Role> &roles = {});
    void resetPassword(const QString &email, const QString &code, const QString &password,
                       const QList<Role> &roles = {});
    void changePassword(const Principal &principal, const QString &current,
                        const QString &replacement);
    /** Sets the password of an invited account and activates it; a @p language given becomes
     *  the one it reads mail in. */
    LoginResult acceptInvitation(const QString &token, const QString &password,
                                 const QString &language, const ClientInfo &client);

    /** Marks the email verified and the account active (admin action). */
    UserSummary activate(QSqlDatabase db, const QString &email);
    /** Closes the account: personal data scrubbed, sessions revoked, email freed. */
    void destroy(QSqlDatabase db, qint64 userId);

    /** The columns of a UserSummary from the users table as @p alias; each is named after its
     *  column, behind @p prefix when there is one (for a row that selects other ids or statuses
     *  beside them: "talent_" names them talent_id, talent_status, ...). */
    static QString summaryColumns(const QString &alias = QStringLiteral("u"),
                                  const QString &prefix = {});
    /** The summary on a row selecting summaryColumns() with the same @p prefix. */
    static UserSummary readSummary(const Sql &row, const QString &avatarUrl,
                                   const QString &prefix = {});
    static UserSummary readSummary(const SqlRow &row, const QString &avatarUrl,
                                   const QString &prefix = {});
    /** The same, with the address @p storage gives the avatar key the row selected. */
    static UserSummary readSummary(const Sql &row, const Storage &storage,
                                   const QString &prefix = {});
    static UserSummary readSummary(const SqlRow &row, const Storage &storage,
                                   const QString &prefix = {});

private:
    /** Takes the login's places in the account's and the address's counts; 429 when full. */
    RateAdmission checkRateLimits(const QString &email, const QString &address);
    /** Mails @p user a message of a "Mail" @p subject and @p text in @p words (the user's, from
     *  Mailer::wordsFor()): the reader's first name is the text's %1, @p values its %2, %3, ...;
     *  the subject's %1 is @p subjectValue. */
    void mail(QSqlDatabase db, const UserSummary &user, const MailWords &words, const char *subject,
              const char *text, const QStringList &values, const QString &subjectValue = {},
              bool bulk = false);

    ServerContext &m_context;
};

} // namespace wn
