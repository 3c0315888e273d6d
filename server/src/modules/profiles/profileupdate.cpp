// SPDX-License-Identifier: Apache-2.0
// What a talent changes in their profile: the profile itself (PATCH) and their skills.
#include "profileservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "modules/reference/referenceservice.h"

#include <wn/common/apierror.h>
#include <wn/common/schema.h>

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr int minimumAge = 16;

/**
 * The reference list's own spelling of each of @p codes (matched ignoring case), keyed by the
 * lower-case code. A code that is unknown, or inactive and not already in @p held, is left out.
 * @p table comes from the fixed names below, never from a request.
 */
QHash<QString, QString> knownCodes(QSqlDatabase db, const QString &table, QStringList codes,
                                   const QSet<QString> &held)
{
    QHash<QString, QString> known;
    for (QString &code : codes)
        code = code.toLower();
    codes.removeDuplicates();
    if (codes.isEmpty())
        return known;
    Sql q(db,
          u"SELECT code, active FROM %1 WHERE LOWER(code) IN (%2)"_s.arg(
                  table, Sql::placeholders(u"p"_s, codes.size())));
    q.bindEach(u"p"_s, codes);
    q.exec();
    while (q.next()) {
        const QString code = q.text(u"code"_s);
        if (q.flag(u"active"_s) || held.contains(code))
            known.insert(code.toLower(), code);
    }
    return known;
}

/** The codes the talent holds, from @p statement, which names them code. */
QSet<QString> heldCodes(QSqlDatabase db, const QString &statement, qint64 userId)
{
    QSet<QString> held;
    Sql q(db, statement);
    q.bind(u":id"_s, userId).exec();
    while (q.next()) {
        if (!q.isNull(u"code"_s))
            held.insert(q.text(u"code"_s));
    }
    return held;
}

QString currentMonth()
{
    return QDate::currentDate().toString(u"yyyy-MM"_s);
}

} // namespace

QJsonObject TalentProfileService::setSkills(const Principal &talent, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QJsonArray entries = input.value(u"skills"_s).toArray();
    QList<qint64> ids;
    FieldErrors errors;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qint64 id = entries.at(i).toObject().value(u"skill_id"_s).toInteger();
        if (ids.contains(id))
            errors.add(u"skills[%1].skill_id %2 is listed more than once"_s.arg(i).arg(id));
        ids.append(id);
    }
    QHash<qint64, QPair<QString, bool>> known; // id -> name, may be chosen
    if (!ids.isEmpty()) {
        Sql q(db,
              u"SELECT s.id, s.name, s.active, (SELECT COUNT(*) FROM talent_skills ts WHERE "
              u"ts.skill_id = s.id AND ts.user_id = :user) AS held FROM skills s "
              u"WHERE s.id IN (%1)"_s.arg(Sql::placeholders(u"p"_s, ids.size())));
        q.bind(u":user"_s, talent.userId);
        q.bindEach(u"p"_s, ids);
        q.exec();
        while (q.next()) {
            // A deactivated skill stays selectable for a talent who already has it.
            known.insert(q.id(u"id"_s),
                         { q.text(u"name"_s), q.flag(u"active"_s) || q.integer(u"held"_s) > 0 });
        }
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto found = known.constFind(ids.at(i));
        if (found == known.constEnd())
            errors.add(u"skills[%1].skill_id %2 is not a known skill"_s.arg(i).arg(ids.at(i)));
        else if (!found->second)
            errors.add(
                    u"skills[%1].skill_id %2 (%3) is no longer offered"_s.arg(i).arg(ids.at(i)).arg(
                            found->first));
    }
    errors.throwIfAny();

    Transaction tx(db);
    Sql(db, u"DELETE FROM talent_skills WHERE user_id = :id"_s).bind(u":id"_s, talent.userId).exec();
    const QString now = nowText();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        insertRow(db, u"talent_skills"_s,
                  { { u"user_id"_s, talent.userId },
                    { u"skill_id"_s, entry.value(u"skill_id"_s).toInteger() },
                    { u"level"_s, entry.value(u"level"_s).toString() },
                    { u"years"_s, nullIfNotNumber(entry.value(u"years"_s)) },
                    { u"created_at"_s, now } });
    }
    tx.commit();
    return skills(talent.userId);
}

QJsonObject TalentProfileService::update(const Principal &talent, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 id = talent.userId;
    FieldErrors errors;

    for (const QString &name : { u"first_name"_s, u"last_name"_s }) {
        if (input.contains(name) && input.value(name).toString().isEmpty())
            errors.add(u"%1 should not be empty"_s.arg(name));
    }
    const QJsonValue dob = input.value(u"date_of_birth"_s);
    if (dob.isString()
        && QDate::fromString(dob.toString(), Qt::ISODate)
                > QDate::currentDate().addYears(-minimumAge))
        errors.add(u"date_of_birth must be at least %1 years ago"_s.arg(minimumAge));

    // Where the talent lives: a Nigerian state must be one of the 36 and the FCT.
    QString country;
    QString state;
    const bool placeChanges = input.contains(u"country"_s) || input.contains(u"state"_s);
    if (placeChanges) {
        if (const std::optional<SqlRow> current
            = Sql(db, u"SELECT country_code, state FROM users WHERE id = :id"_s)
                      .bind(u":id"_s, id)
                      .one()) {
            country = current->text(u"country_code"_s);
            state = current->text(u"state"_s);
        }
        if (input.contains(u"country"_s)) {
            const QString before = country;
            country = input.value(u"country"_s).toString().toUpper();
            if (!m_reference.isCountry(db, country))
                errors.add(u"country must be an ISO 3166 country code"_s);
            // A state of the old country makes no sense in the new one.
            else if (country != before && !input.contains(u"state"_s) && country != u"NG"_s)
                errors.add(u"state should not be empty when the country changes"_s);
        }
        if (input.contains(u"state"_s))
            state = input.value(u"state"_s).toString();
        if (country == u"NG"_s) {
            const QString canonical = m_reference.stateName(db, u"NG"_s, state);
            if (canonical.isEmpty())
                errors.add(u"state must be one of Nigeria's 36 states or the FCT"_s);
            state = canonical;
        }
    }

    if (input.value(u"salary_expectation"_s).isObject()) {
        const QJsonObject salary = input.value(u"salary_expectation"_s).toObject();
        if (salary.value(u"max"_s).toInteger() < salary.value(u"min"_s).toInteger())
            errors.add(u"salary_expectation.max must not be less than salary_expectation.min"_s);
    }

    QHash<QString, QString> careerLevel;
    const QString careerCode = input.value(u"desired_career_level"_s).toString();
    if (!careerCode.isEmpty()) {
        careerLevel = knownCodes(
                db, u"career_levels"_s, { careerCode },
                heldCodes(
                        db,
                        u"SELECT desired_career_level AS code FROM talent_profiles WHERE user_id = :id"_s,
                        id));
        if (!careerLevel.contains(careerCode.toLower()))
            errors.add(u"desired_career_level %1 is not a known career level"_s.arg(careerCode));
    }

    auto checkCodeList = [&](const QString &field, const QString &table, const QString &what,
                             const QString &heldStatement) {
        const QStringList codes = stringsIn(input.value(field).toArray());
        const QHash<QString, QString> known
                = knownCodes(db, table, codes, heldCodes(db, heldStatement, id));
        QStringList seen;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!known.contains(codes.at(i).toLower()))
                errors.add(
                        u"%1[%2] %3 is not a known %4"_s.arg(field).arg(i).arg(codes.at(i), what));
            else if (seen.contains(codes.at(i).toLower()))
                errors.add(
                        u"%1[%2] %3 is listed more than once"_s.arg(field).arg(i).arg(codes.at(i)));
            seen.append(codes.at(i).toLower());
        }
        return known;
    };
    const QHash<QString, QString> preferenceCodes = checkCodeList(
            u"job_preferences"_s, u"job_preferences"_s, u"job preference"_s,
            u"SELECT preference_code AS code FROM talent_job_preferences WHERE user_id = :id"_s);
    const QHash<QString, QString> disabilityCodes = checkCodeList(
            u"disabilities"_s, u"disabilities"_s, u"disability"_s,
            u"SELECT disability_code AS code FROM talent_disabilities WHERE user_id = :id"_s);

    const QJsonArray education = input.value(u"education"_s).toArray();
    QStringList levelCodes;
    QList<qint64> schoolIds;
    for (const QJsonValue &value : education) {
        const QJsonObject entry = value.toObject();
        if (entry.contains(u"education_level"_s))
            levelCodes.append(entry.value(u"education_level"_s).toString());
        if (entry.contains(u"school_id"_s))
            schoolIds.append(entry.value(u"school_id"_s).toInteger());
    }
    const QHash<QString, QString> levels = knownCodes(
            db, u"education_levels"_s, levelCodes,
            heldCodes(db,
                      u"SELECT education_level AS code FROM talent_education WHERE user_id = :id"_s,
                      id));
    QHash<qint64, QString> schools;
    if (!schoolIds.isEmpty()) {
        Sql q(db,
              u"SELECT id, name FROM schools WHERE id IN (%1)"_s.arg(
                      Sql::placeholders(u"p"_s, schoolIds.size())));
        q.bindEach(u"p"_s, schoolIds);
        q.exec();
        while (q.next())
            schools.insert(q.id(u"id"_s), q.text(u"name"_s));
    }
    for (qsizetype i = 0; i < education.size(); ++i) {
        const QJsonObject entry = education.at(i).toObject();
        const QString at = u"education[%1]"_s.arg(i);
        if (entry.contains(u"school_id"_s)) {
            if (!schools.contains(entry.value(u"school_id"_s).toInteger()))
                errors.add(u"%1.school_id %2 is not a known school"_s.arg(at).arg(
                        entry.value(u"school_id"_s).toInteger()));
        } else if (entry.value(u"school_name"_s).toString().isEmpty()) {
            errors.add(u"%1.school_name should not be empty (or give school_id)"_s.arg(at));
        }
        const QString level = entry.value(u"education_level"_s).toString();
        if (!level.isEmpty() && !levels.contains(level.toLower()))
            errors.add(u"%1.education_level %2 is not a known education level"_s.arg(at, level));
        if (entry.contains(u"start_year"_s) && entry.contains(u"end_year"_s)
            && entry.value(u"end_year"_s).toInteger() < entry.value(u"start_year"_s).toInteger())
            errors.add(u"%1.end_year must not be before start_year"_s.arg(at));
    }

    const QJsonArray experience = input.value(u"experience"_s).toArray();
    for (qsizetype i = 0; i < experience.size(); ++i) {
        const QJsonObject entry = experience.at(i).toObject();
        const QString at = u"experience[%1]"_s.arg(i);
        const QString start = entry.value(u"start_month"_s).toString();
        const QString end = entry.value(u"end_month"_s).toString();
        if (start > currentMonth())
            errors.add(u"%1.start_month must not be in the future"_s.arg(at));
        if (entry.value(u"current"_s).toBool() && !end.isEmpty())
            errors.add(u"%1.end_month must be empty for a current position"_s.arg(at));
        else if (!end.isEmpty() && end < start)
            errors.add(u"%1.end_month must not be before start_month"_s.arg(at));
    }
    errors.throwIfAny();

    Transaction tx(db);
    const QString now = nowText();
    // Column names come from these lists, never from the request; a blank text is stored as NULL.
    const auto textOrNull
            = [](const QString &, const QJsonValue &value) { return nullIfEmpty(value); };
    SqlChanges user;
    user.setFrom(
            input,
            { u"first_name"_s, u"last_name"_s, u"phone_number"_s, u"gender"_s, u"date_of_birth"_s },
            textOrNull);
    if (placeChanges)
        user.set(u"country_code"_s, nullIfEmpty(country)).set(u"state"_s, nullIfEmpty(state));
    user.write(db, u"users"_s, id);

    insertRow(db, u"talent_profiles"_s,
              { { u"user_id"_s, id }, { u"created_at"_s, now }, { u"updated_at"_s, now } },
              onConflictUpdate(u"user_id"_s, { u"updated_at"_s }));
    SqlChanges profile;
    profile.setFrom(input,
                    { u"headline"_s, u"bio"_s, u"linkedin_url"_s, u"portfolio_url"_s,
                      u"accommodation_needs"_s, u"availability"_s },
                    textOrNull);
    if (input.contains(u"hidden"_s))
        profile.set(u"hidden"_s, input.value(u"hidden"_s).toBool());
    if (input.contains(u"assessment_visibility"_s))
        profile.set(u"assessment_visibility"_s, input.value(u"assessment_visibility"_s).toString());
    if (input.contains(u"desired_career_level"_s))
        profile.set(u"desired_career_level"_s, nullIfEmpty(careerLevel.value(careerCode.toLower())));
    if (input.contains(u"willing_to_relocate"_s)) {
        const QJsonValue relocate = input.value(u"willing_to_relocate"_s);
        profile.set(u"willing_to_relocate"_s,
                    relocate.isBool() ? QVariant(relocate.toBool())
                                      : QVariant(QMetaType::fromType<bool>()));
    }
    if (input.contains(u"salary_expectation"_s)) {
        const QJsonObject salary = input.value(u"salary_expectation"_s).toObject();
        const bool set = input.value(u"salary_expectation"_s).isObject();
        // Not an object (null): no expectation, so all three are NULL.
        profile.set(u"salary_min"_s, nullIfNotNumber(salary.value(u"min"_s)));
        profile.set(u"salary_max"_s, nullIfNotNumber(salary.value(u"max"_s)));
        profile.set(u"salary_period"_s,
                    nullIfEmpty(set ? salary.value(u"period"_s).toString(u"monthly"_s) : QString()));
    }
    // The upsert above has stamped the profile already.
    profile.write(db, u"talent_profiles"_s, id, u"user_id"_s, false);

    if (input.contains(u"education"_s)) {
        Sql(db, u"DELETE FROM talent_education WHERE user_id = :id"_s).bind(u":id"_s, id).exec();
        for (qsizetype i = 0; i < education.size(); ++i) {
            const QJsonObject entry = education.at(i).toObject();
            const bool listed = entry.contains(u"school_id"_s);
            const qint64 schoolId = entry.value(u"school_id"_s).toInteger();
            const QString level = entry.value(u"education_level"_s).toString();
            insertRow(db, u"talent_education"_s,
                      { { u"user_id"_s, id },
                        { u"sort_order"_s, int(i) },
                        { u"school_id"_s,
                          listed ? QVariant(schoolId) : QVariant(QMetaType::fromType<qint64>()) },
                        { u"school_name"_s,
                          listed ? schools.value(schoolId)
                                 : entry.value(u"school_name"_s).toString() },
                        { u"education_level"_s, nullIfEmpty(levels.value(level.toLower())) },
                        { u"course"_s, nullIfEmpty(entry.value(u"course"_s)) },
                        { u"start_year"_s, nullIfNotNumber(entry.value(u"start_year"_s)) },
                        { u"end_year"_s, nullIfNotNumber(entry.value(u"end_year"_s)) } });
        }
    }
    if (input.contains(u"experience"_s)) {
        Sql(db, u"DELETE FROM talent_experience WHERE user_id = :id"_s).bind(u":id"_s, id).exec();
        for (qsizetype i = 0; i < experience.size(); ++i) {
            const QJsonObject entry = experience.at(i).toObject();
            insertRow(db, u"talent_experience"_s,
                      { { u"user_id"_s, id },
                        { u"sort_order"_s, int(i) },
                        { u"company"_s, entry.value(u"company"_s).toString() },
                        { u"title"_s, entry.value(u"title"_s).toString() },
                        { u"start_month"_s, entry.value(u"start_month"_s).toString() },
                        { u"end_month"_s, nullIfEmpty(entry.value(u"end_month"_s)) },
                        { u"is_current"_s, entry.value(u"current"_s).toBool() },
                        { u"description"_s, nullIfEmpty(entry.value(u"description"_s)) } });
        }
    }
    auto replaceCodes = [&](const QString &field, const QString &table, const QString &column,
                            const QHash<QString, QString> &known) {
        if (!input.contains(field))
            return;
        Sql(db, u"DELETE FROM %1 WHERE user_id = :id"_s.arg(table)).bind(u":id"_s, id).exec();
        QStringList codes;
        for (const QString &code : stringsIn(input.value(field).toArray()))
            codes.append(known.value(code.toLower()));
        codes.removeDuplicates();
        for (const QString &code : std::as_const(codes)) {
            Sql(db, u"INSERT INTO %1 (user_id, %2) VALUES (:id, :code)"_s.arg(table, column))
                    .bind(u":id"_s, id)
                    .bind(u":code"_s, code)
                    .exec();
        }
    };
    replaceCodes(u"job_preferences"_s, u"talent_job_preferences"_s, u"preference_code"_s,
                 preferenceCodes);
    replaceCodes(u"disabilities"_s, u"talent_disabilities"_s, u"disability_code"_s, disabilityCodes);
    tx.commit();
    return profileJson(db, id, true);
}

} // namespace wn
