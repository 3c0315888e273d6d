// SPDX-License-Identifier: Apache-2.0
#include "profileservice.h"

#include "modules/accounts/accountservice.h"
#include "modules/reference/referenceservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/storage/storage.h"
#include "modules/files/filelifecycle.h"
#include "modules/files/filesroutes.h"

#include <wn/common/apierror.h>
#include <wn/common/forms.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

int levelRank(const QString &level)
{
    return int(TalentProfileService::proficiencyLevels().indexOf(level));
}

/** The talent's entries of a reference list, from @p statement (columns code, name and, with
 *  @p withCategory, category), each {code, name[, category]}: a code the list lost has no name. */
QJsonArray referenceEntries(QSqlDatabase db, const QString &statement, qint64 userId,
                            bool withCategory)
{
    Sql q(db, statement);
    q.bind(u":id"_s, userId).exec();
    QJsonArray entries;
    while (q.next()) {
        QJsonObject entry { { u"code"_s, q.text(u"code"_s) },
                            { u"name"_s, q.textOrNull(u"name"_s) } };
        if (withCategory)
            entry.insert(u"category"_s, q.textOrNull(u"category"_s));
        entries.append(entry);
    }
    return entries;
}

} // namespace

TalentProfileService::TalentProfileService(ServerContext &context, AccountService &accounts,
                                           ReferenceService &reference)
    : m_context(context)
    , m_accounts(accounts)
    , m_reference(reference)
{ }

QStringList TalentProfileService::proficiencyLevels()
{
    return forms::proficiencyLevels();
}

TalentProfileFacts TalentProfileService::facts(QSqlDatabase db, qint64 userId)
{
    const std::optional<SqlRow> counts
            = Sql(db,
                  u"SELECT (SELECT COUNT(*) FROM talent_skills WHERE user_id = :id) AS skills, "
                  u"(SELECT COUNT(*) FROM talent_education WHERE user_id = :id) AS education, "
                  u"(SELECT COUNT(*) FROM talent_experience WHERE user_id = :id) AS experience, "
                  u"(SELECT COUNT(*) FROM talent_job_preferences WHERE user_id = :id) "
                  u"AS job_preferences, (SELECT intro_video_key FROM talent_profiles "
                  u"WHERE user_id = :id) AS intro_video_key"_s)
                      .bind(u":id"_s, userId)
                      .one();
    TalentProfileFacts facts;
    if (counts) {
        facts.skills = counts->integer(u"skills"_s);
        facts.education = counts->integer(u"education"_s) > 0;
        facts.experience = counts->integer(u"experience"_s) > 0;
        facts.jobPreferences = counts->integer(u"job_preferences"_s) > 0;
        facts.introVideo = !counts->text(u"intro_video_key"_s).isEmpty();
    }
    return facts;
}

QJsonArray TalentProfileService::skillsOf(QSqlDatabase db, qint64 userId)
{
    Sql q(db,
          u"SELECT s.id, s.name, s.category, s.active, ts.level, ts.years FROM talent_skills ts "
          u"JOIN skills s ON s.id = ts.skill_id WHERE ts.user_id = :id ORDER BY s.name_key"_s);
    q.bind(u":id"_s, userId).exec();
    QList<QJsonObject> skills;
    while (q.next()) {
        skills.append({ { u"skill_id"_s, q.id(u"id"_s) },
                        { u"name"_s, q.text(u"name"_s) },
                        { u"category"_s, q.textOrNull(u"category"_s) },
                        { u"active"_s, q.flag(u"active"_s) },
                        { u"level"_s, q.text(u"level"_s) },
                        { u"years"_s, q.integerOrNull(u"years"_s) } });
    }
    // Strongest first; names in order within a level.
    std::stable_sort(skills.begin(), skills.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return levelRank(a.value(u"level"_s).toString())
                > levelRank(b.value(u"level"_s).toString());
    });
    QJsonArray data;
    for (const QJsonObject &skill : std::as_const(skills))
        data.append(skill);
    return data;
}

QJsonArray TalentProfileService::educationOf(QSqlDatabase db, qint64 userId)
{
    Sql e(db,
          u"SELECT e.school_id, e.school_name, e.education_level, l.name AS level_name, e.course, "
          u"e.start_year, e.end_year FROM talent_education e LEFT JOIN education_levels l ON "
          u"l.code = e.education_level WHERE e.user_id = :id ORDER BY e.sort_order"_s);
    e.bind(u":id"_s, userId).exec();
    QJsonArray education;
    while (e.next()) {
        education.append(
                QJsonObject { { u"school_id"_s, e.integerOrNull(u"school_id"_s) },
                              { u"school_name"_s, e.text(u"school_name"_s) },
                              { u"education_level"_s,
                                e.isNull(u"education_level"_s)
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject {
                                                { u"code"_s, e.text(u"education_level"_s) },
                                                { u"name"_s, e.textOrNull(u"level_name"_s) } }) },
                              { u"course"_s, e.textOrNull(u"course"_s) },
                              { u"start_year"_s, e.integerOrNull(u"start_year"_s) },
                              { u"end_year"_s, e.integerOrNull(u"end_year"_s) } });
    }
    return education;
}

QJsonArray TalentProfileService::experienceOf(QSqlDatabase db, qint64 userId)
{
    Sql x(db,
          u"SELECT company, title, start_month, end_month, is_current, description FROM "
          u"talent_experience WHERE user_id = :id ORDER BY sort_order"_s);
    x.bind(u":id"_s, userId).exec();
    QJsonArray experience;
    while (x.next()) {
        experience.append(QJsonObject { { u"company"_s, x.text(u"company"_s) },
                                        { u"title"_s, x.text(u"title"_s) },
                                        { u"start_month"_s, x.text(u"start_month"_s) },
                                        { u"end_month"_s, x.textOrNull(u"end_month"_s) },
                                        { u"current"_s, x.flag(u"is_current"_s) },
                                        { u"description"_s, x.textOrNull(u"description"_s) } });
    }
    return experience;
}

QJsonObject TalentProfileService::skills(qint64 talentId)
{
    return { { u"data"_s, skillsOf(m_context.db(), talentId) } };
}

QJsonObject TalentProfileService::profile(const Principal &viewer, qint64 talentId)
{
    if (viewer.userId != talentId && !viewer.isStaff())
        throw ApiError::notFound(u"Talent not found"_s);
    QSqlDatabase db = m_context.db();
    Sql talent(db,
               u"SELECT 1 FROM users WHERE id = :id AND role = 'talent' AND deleted_at IS NULL"_s);
    if (!talent.bind(u":id"_s, talentId).exists())
        throw ApiError::notFound(u"Talent not found"_s);
    // Accommodations are for the talent and staff only; both are the only readers here, and
    // the flag keeps it explicit for any reader added later.
    return profileJson(db, talentId, viewer.userId == talentId || viewer.isStaff());
}

QJsonObject TalentProfileService::sharedProfile(QSqlDatabase db, qint64 talentId)
{
    return profileJson(db, talentId, false);
}

QJsonObject TalentProfileService::profileJson(QSqlDatabase db, qint64 userId, bool withPrivateData)
{
    QJsonObject json = m_accounts.details(db, userId);
    for (const QString &companyField :
         { u"company_id"_s, u"company_role_id"_s, u"job_title"_s, u"company_name"_s })
        json.remove(companyField);

    const std::optional<SqlRow> profile
            = Sql(db,
                  u"SELECT tp.headline, tp.bio, tp.linkedin_url, tp.portfolio_url, "
                  u"tp.desired_career_level, cl.name AS career_level_name, tp.salary_min, "
                  u"tp.salary_max, tp.salary_period, tp.willing_to_relocate, "
                  u"tp.accommodation_needs, tp.intro_video_key, tp.hidden, tp.availability, "
                  u"tp.assessment_visibility, tp.updated_at FROM talent_profiles tp LEFT JOIN "
                  u"career_levels cl ON cl.code = "
                  u"tp.desired_career_level WHERE tp.user_id = :id"_s)
                      .bind(u":id"_s, userId)
                      .one();
    // A talent who never saved their profile has none: every column reads as NULL.
    auto column = [&](const QString &name) { return profile ? profile->value(name) : QVariant(); };
    json.insert(u"headline"_s, textOrNull(column(u"headline"_s)));
    json.insert(u"bio"_s, textOrNull(column(u"bio"_s)));
    json.insert(u"linkedin_url"_s, textOrNull(column(u"linkedin_url"_s)));
    json.insert(u"portfolio_url"_s, textOrNull(column(u"portfolio_url"_s)));
    const QVariant careerLevel = column(u"desired_career_level"_s);
    json.insert(u"desired_career_level"_s,
                careerLevel.isNull()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QJsonObject {
                                { u"code"_s, careerLevel.toString() },
                                { u"name"_s, textOrNull(column(u"career_level_name"_s)) } }));
    const QVariant salaryMin = column(u"salary_min"_s);
    json.insert(u"salary_expectation"_s,
                salaryMin.isNull() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonObject {
                                           { u"min"_s, salaryMin.toLongLong() },
                                           { u"max"_s, column(u"salary_max"_s).toLongLong() },
                                           { u"period"_s, column(u"salary_period"_s).toString() },
                                           { u"currency"_s, u"NGN"_s } }));
    const QVariant relocate = column(u"willing_to_relocate"_s);
    json.insert(u"willing_to_relocate"_s,
                relocate.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(relocate.toBool()));
    // Hidden from the employers' candidate search; a profile never saved is not hidden.
    json.insert(u"hidden"_s, column(u"hidden"_s).toBool());
    json.insert(u"availability"_s, textOrNull(column(u"availability"_s)));
    // Who sees the platform's assessment results; a profile never saved has the default.
    json.insert(u"assessment_visibility"_s,
                profile ? column(u"assessment_visibility"_s).toString() : u"applications"_s);
    const QString needs = column(u"accommodation_needs"_s).toString();
    const QString videoKey = column(u"intro_video_key"_s).toString();
    json.insert(u"profile_updated_at"_s, textOrNull(column(u"updated_at"_s)));

    QJsonValue video(QJsonValue::Null);
    if (!videoKey.isEmpty()) {
        if (const auto file = m_context.storage->find(db, videoKey))
            video = storedFileJson(*m_context.storage, *file);
    }
    json.insert(u"intro_video"_s, video);
    json.insert(u"skills"_s, skillsOf(db, userId));

    json.insert(u"education"_s, educationOf(db, userId));
    json.insert(u"experience"_s, experienceOf(db, userId));

    json.insert(u"job_preferences"_s,
                referenceEntries(db,
                                 u"SELECT p.preference_code AS code, r.name, r.category FROM "
                                 u"talent_job_preferences p LEFT JOIN job_preferences r ON "
                                 u"r.code = p.preference_code WHERE p.user_id = :id ORDER BY "
                                 u"p.preference_code"_s,
                                 userId, true));

    if (withPrivateData) {
        const QJsonArray disabilities = referenceEntries(
                db,
                u"SELECT t.disability_code AS code, r.name FROM talent_disabilities t LEFT JOIN "
                u"disabilities r ON r.code = t.disability_code WHERE t.user_id = :id ORDER BY "
                u"t.disability_code"_s,
                userId, false);
        json.insert(u"accommodations"_s,
                    QJsonObject { { u"disabilities"_s, disabilities },
                                  { u"needs"_s,
                                    needs.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(needs) } });
    }
    return json;
}

QString TalentProfileService::setIntroVideo(QSqlDatabase db, qint64 userId, const QString &key)
{
    const std::optional<SqlRow> before
            = Sql(db, u"SELECT intro_video_key FROM talent_profiles WHERE user_id = :id"_s)
                      .bind(u":id"_s, userId)
                      .one();
    const QString now = nowText();
    insertRow(db, u"talent_profiles"_s,
              { { u"user_id"_s, userId },
                { u"intro_video_key"_s, key },
                { u"created_at"_s, now },
                { u"updated_at"_s, now } },
              onConflictUpdate(u"user_id"_s, { u"intro_video_key"_s, u"updated_at"_s }));
    const QString replaced = before ? before->text(u"intro_video_key"_s) : QString();
    return replaced == key ? QString() : replaced;
}

QJsonObject TalentProfileService::uploadIntroVideo(const Principal &talent, const Upload &video)
{
    QSqlDatabase db = m_context.db();
    // Written before the transaction, which only refers to it: a video's bytes take a while.
    const StoredFile file = m_context.storage->store(db, talent.userId, FileKind::Video, video);
    Transaction tx(db);
    const QString replaced = setIntroVideo(db, talent.userId, file.key);
    tx.commit();
    releaseFiles(*m_context.storage, db, { replaced });
    return { { u"intro_video"_s, storedFileJson(*m_context.storage, file) } };
}

QJsonObject TalentProfileService::attachIntroVideo(const Principal &talent, const QString &fileKey)
{
    QSqlDatabase db = m_context.db();
    const auto file = m_context.storage->find(db, fileKey);
    if (!file || file->ownerId != talent.userId)
        throw ApiError::notFound(u"File not found"_s);
    if (file->kind != FileKind::Video)
        throw ApiError::unprocessable(u"This file was uploaded as a %1, not a video"_s.arg(
                Storage::kindName(file->kind)));
    Transaction tx(db);
    const QString replaced = setIntroVideo(db, talent.userId, file->key);
    tx.commit();
    releaseFiles(*m_context.storage, db, { replaced });
    return { { u"intro_video"_s, storedFileJson(*m_context.storage, *file) } };
}

} // namespace wn
