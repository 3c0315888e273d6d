// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;
struct UserSummary;
class AccountService;
class ApiKeyService;
class TalentProfileService;

/** @brief What a partner reads of a talent; each read is recorded under its name. */
enum class PartnerRead {
    Applicant,
    Files,
    Profile,
    ProfileImage,
    Cv,
    IntroVideo,
    ProfileResponses
};

/** @brief The headers of a Standard Webhooks message. */
struct WebhookHeaders
{
    QString id;
    QString timestamp;
    QString signature;
};

/**
 * @brief Partners: organisations that reach Worknation by API key. They add talents, and read
 * the talents who consented to them (each read recorded: partner, what, when); a talent sees
 * those reads and withdraws consent. Partners also send signed webhooks (Standard Webhooks),
 * checked for signature, timestamp and replay.
 */
class PartnerService
{
public:
    PartnerService(ServerContext &context, AccountService &accounts, ApiKeyService &keys,
                   TalentProfileService &profiles);

    /** Admin: a partner organisation and its first account, invited by mail. */
    QJsonObject create(const Principal &by, const QJsonObject &input);
    /** The partners a talent may consent to. */
    QJsonObject list(int page, int limit);

    /** Key: opens invited accounts for new emails (consenting to the partner that added them);
     *  an existing talent is asked by mail to consent. */
    QJsonObject addTalents(const Principal &key, const QJsonObject &input);
    /** One talent of addTalents(), in the caller's transaction: @p talent has email, first_name,
     *  last_name and perhaps phone_number; @p partner is the partner's name, for the mails. */
    QJsonObject addTalent(QSqlDatabase db, qint64 companyId, const QString &partner,
                          const QJsonObject &talent);
    static QString partnerName(QSqlDatabase db, qint64 companyId);

    /** Key: a consenting talent by reference (uuid) or WnId, read as @p what and recorded;
     *  @p column names another way to find them (their "id"). */
    QJsonObject read(const Principal &key, const QString &id, PartnerRead what,
                     const QString &column = {});

    /** Key: whether @p body was signed with the key's secret, recently (400 for missing
     *  headers, 401 for a wrong signature or an old one); checked before the body is read. */
    void verifyWebhook(const Principal &key, const WebhookHeaders &headers,
                       const QByteArray &body) const;
    /** Key: a verified webhook from the partner, checked against replays and stored. */
    QJsonObject receiveWebhook(const Principal &key, const WebhookHeaders &headers,
                               const QJsonObject &input);

    // The talent's side
    QJsonObject consents(const Principal &talent);
    QJsonObject grant(const Principal &talent, qint64 partnerId);
    QJsonObject withdraw(const Principal &talent, qint64 partnerId);
    QJsonObject reads(const Principal &talent, int page, int limit);

    /** The event types a partner's webhook may carry. */
    static QStringList webhookEvents();
    /** How far a webhook's timestamp may be from the server's clock, in seconds. */
    static constexpr int webhookToleranceSeconds = 5 * 60;

private:
    /** Mails @p talent that @p partner asks them to share, unless it asked in the last 30 days. */
    void askForConsent(QSqlDatabase db, qint64 companyId, const QString &partner,
                       const UserSummary &talent);
    /** The consenting talent behind @p id (uuid for a reference, wn_id otherwise); 404 for one
     *  that does not exist or has not consented, alike. */
    qint64 consentingTalent(QSqlDatabase db, qint64 companyId, const QString &column,
                            const QString &id) const;
    void record(QSqlDatabase db, const Principal &key, qint64 talentId, PartnerRead what);
    QJsonObject fileOf(QSqlDatabase db, const QString &key) const;
    /** The talent's CV: the one sent with their latest application, else their latest upload. */
    QString cvKey(QSqlDatabase db, qint64 talentId) const;

    ServerContext &m_context;
    AccountService &m_accounts;
    ApiKeyService &m_keys;
    TalentProfileService &m_profiles;
};

} // namespace wn
