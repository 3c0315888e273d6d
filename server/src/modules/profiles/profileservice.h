// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

class ReferenceService;
class AccountService;
struct ServerContext;
struct Principal;
class Upload;

/** @brief What a talent's profile holds beyond the account, as profile completion counts it. */
struct TalentProfileFacts
{
    int skills = 0;
    bool education = false;
    bool experience = false;
    bool jobPreferences = false;
    bool introVideo = false;
};

/**
 * @brief A talent's profile: personal data, skills with proficiency, education, experience, job
 * preferences, accommodations (private to the talent and staff) and the intro video.
 */
class TalentProfileService
{
public:
    TalentProfileService(ServerContext &context, AccountService &accounts,
                         ReferenceService &reference);

    /** The whole profile; the talent's own, or any talent's for staff (404 otherwise). */
    QJsonObject profile(const Principal &viewer, qint64 talentId);
    /** The profile without its private parts, for a partner the talent consented to (the
     *  caller checked the consent). */
    QJsonObject sharedProfile(QSqlDatabase db, qint64 talentId);
    /** PATCH: only the fields sent change; a list sent replaces the stored one. */
    QJsonObject update(const Principal &talent, const QJsonObject &input);

    QJsonObject skills(qint64 talentId);
    /** Replaces the talent's skills with the ones sent. */
    QJsonObject setSkills(const Principal &talent, const QJsonObject &input);

    QJsonObject uploadIntroVideo(const Principal &talent, const Upload &video);
    /** Makes a video the talent already uploaded (presigned flow) their intro video. */
    QJsonObject attachIntroVideo(const Principal &talent, const QString &fileKey);

    static TalentProfileFacts facts(QSqlDatabase db, qint64 userId);

    static QStringList proficiencyLevels();
    /** The talent's education, as their profile shows it, in their order. */
    static QJsonArray educationOf(QSqlDatabase db, qint64 userId);
    /** The talent's experience, as their profile shows it, in their order. */
    static QJsonArray experienceOf(QSqlDatabase db, qint64 userId);

private:
    QJsonObject profileJson(QSqlDatabase db, qint64 userId, bool withPrivateData);
    QJsonArray skillsOf(QSqlDatabase db, qint64 userId);
    /** Sets the talent's intro video; the key it replaced, if another. */
    QString setIntroVideo(QSqlDatabase db, qint64 userId, const QString &key);

    ServerContext &m_context;
    AccountService &m_accounts;
    ReferenceService &m_reference;
};

} // namespace wn
