// SPDX-License-Identifier: Apache-2.0
#include "cohortservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/skills/skilltags.h"

#include <wn/common/apierror.h>

#include <QHash>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString cohortColumns()
{
    return u"h.id, h.name, h.description, h.start_date, h.end_date, h.created_at, h.updated_at, "
           u"(SELECT COUNT(*) FROM cohort_talents ct WHERE ct.cohort_id = h.id) AS talents, "
           u"(SELECT COUNT(*) FROM cohort_instructors ci WHERE ci.cohort_id = h.id) "
           u"AS instructors"_s;
}

QJsonObject readCohort(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s, u"talents"_s, u"instructors"_s },
                    .texts = { u"name"_s, u"created_at"_s, u"updated_at"_s },
                    .optionalTexts = { u"description"_s, u"start_date"_s, u"end_date"_s } });
}

/** An instructor's columns: the account's summary, the profile and the ratings. */
QString instructorColumns()
{
    return AccountService::summaryColumns(u"u"_s)
            + u", p.bio, p.expertise, "
              u"(SELECT COUNT(*) FROM instructor_ratings r WHERE r.instructor_id = u.id) "
              u"AS ratings, "
              u"(SELECT AVG(CAST(r.rating AS DOUBLE PRECISION)) FROM instructor_ratings r "
              u"WHERE r.instructor_id = u.id) AS rating, "
              u"(SELECT COUNT(*) FROM cohort_instructors ci JOIN cohorts ch ON ch.id = "
              u"ci.cohort_id "
              u"WHERE ci.instructor_id = u.id AND ch.deleted_at IS NULL) AS cohorts"_s;
}

QString instructorFrom()
{
    return u"users u LEFT JOIN instructor_profiles p ON p.user_id = u.id"_s;
}

QJsonObject readInstructor(const Sql &q, const Storage &storage)
{
    QJsonObject instructor = AccountService::readSummary(q, storage).toJson();
    instructor.insert(u"bio"_s, q.textOrNull(u"bio"_s));
    instructor.insert(u"expertise"_s, q.textOrNull(u"expertise"_s));
    instructor.insert(u"cohorts"_s, q.id(u"cohorts"_s));
    // The rating is shown with how many rated, so that one rating is not read as a verdict.
    instructor.insert(
            u"rating"_s,
            QJsonObject { { u"average"_s,
                            q.isNull(u"rating"_s)
                                    ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(std::round(q.number(u"rating"_s) * 10.0) / 10.0) },
                          { u"count"_s, q.id(u"ratings"_s) } });
    return instructor;
}

void checkDates(const QString &start, const QString &end)
{
    if (!start.isEmpty() && !end.isEmpty() && end < start)
        throw ApiError::badRequest(QStringList { u"end_date must not be before the start date"_s });
}

} // namespace

CohortService::CohortService(ServerContext &context, AccountService &accounts)
    : m_context(context)
    , m_accounts(accounts)
{ }

bool CohortService::exists(QSqlDatabase db, qint64 cohortId)
{
    return Sql(db, u"SELECT 1 FROM cohorts WHERE id = :id AND deleted_at IS NULL"_s)
            .bind(u":id"_s, cohortId)
            .exists();
}

bool CohortService::teaches(QSqlDatabase db, qint64 userId, qint64 cohortId)
{
    return Sql(db,
               u"SELECT 1 FROM cohort_instructors WHERE cohort_id = :cohort "
               u"AND instructor_id = :user"_s)
            .bind(u":cohort"_s, cohortId)
            .bind(u":user"_s, userId)
            .exists();
}

bool CohortService::belongs(QSqlDatabase db, qint64 userId, qint64 cohortId)
{
    return Sql(db, u"SELECT 1 FROM cohort_talents WHERE cohort_id = :cohort AND talent_id = :user"_s)
            .bind(u":cohort"_s, cohortId)
            .bind(u":user"_s, userId)
            .exists();
}

void CohortService::checkRuns(QSqlDatabase db, const Principal &by, qint64 cohortId)
{
    const bool admin = by.role == Role::Admin || by.role == Role::SuperAdmin;
    if (!exists(db, cohortId) || (!admin && !teaches(db, by.userId, cohortId)))
        throw ApiError::notFound(u"Cohort not found"_s);
}

// ---- Cohorts ----

QJsonObject CohortService::cohortJson(QSqlDatabase db, qint64 id)
{
    QJsonObject cohort
            = selectOne(db, cohortColumns(), u"cohorts h"_s,
                        SqlFilter::of(u"h.id = :id AND h.deleted_at IS NULL"_s, u":id"_s, id),
                        readCohort, u"Cohort not found"_s);
    QJsonArray instructors;
    {
        Sql q(db,
              u"SELECT "_s + instructorColumns() + u" FROM "_s + instructorFrom()
                      + u" JOIN cohort_instructors x ON x.instructor_id = u.id "
                        u"WHERE x.cohort_id = :id ORDER BY u.first_name, u.last_name, u.id"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next())
            instructors.append(readInstructor(q, *m_context.storage));
    }
    QJsonArray skills;
    {
        Sql q(db,
              u"SELECT s.id, s.name FROM cohort_skills cs JOIN skills s ON s.id = cs.skill_id "
              u"WHERE cs.cohort_id = :id ORDER BY s.name"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next())
            skills.append(jsonOf(q, { .ids = { u"id"_s }, .texts = { u"name"_s } }));
    }
    cohort.insert(u"instructor_list"_s, instructors);
    cohort.insert(u"skills"_s, skills);
    return cohort;
}

QJsonObject CohortService::create(const Principal &by, const QJsonObject &input)
{
    checkDates(input.value(u"start_date"_s).toString(), input.value(u"end_date"_s).toString());
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QString now = nowText();
    const qint64 id = insertRowReturningId(
            db, u"cohorts"_s,
            { { u"name"_s, input.value(u"name"_s).toString() },
              { u"description"_s, storedValue(input.value(u"description"_s)) },
              { u"start_date"_s, storedValue(input.value(u"start_date"_s)) },
              { u"end_date"_s, storedValue(input.value(u"end_date"_s)) },
              { u"created_by"_s, by.userId },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    skilltags::writeSkillIds(db, u"cohort_skills"_s, u"cohort_id"_s, id, input);
    tx.commit();
    return cohortJson(db, id);
}

QJsonObject CohortService::update(qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"name"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const SqlRow current = Sql(db,
                               u"SELECT start_date, end_date FROM cohorts "
                               u"WHERE id = :id AND deleted_at IS NULL"_s)
                                   .bind(u":id"_s, id)
                                   .found(u"Cohort not found"_s);
    auto after = [&input, &current](const QString &field) {
        return input.contains(field) ? input.value(field).toString() : current.text(field);
    };
    checkDates(after(u"start_date"_s), after(u"end_date"_s));
    SqlChanges()
            .setFrom(input, { u"name"_s, u"description"_s, u"start_date"_s, u"end_date"_s })
            .write(db, u"cohorts"_s, id);
    skilltags::writeSkillIds(db, u"cohort_skills"_s, u"cohort_id"_s, id, input);
    tx.commit();
    return cohortJson(db, id);
}

void CohortService::remove(qint64 id)
{
    QSqlDatabase db = m_context.db();
    Sql remove(db,
               u"UPDATE cohorts SET deleted_at = :now, updated_at = :now "
               u"WHERE id = :id AND deleted_at IS NULL"_s);
    remove.bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .execChanging(ApiError::notFound(u"Cohort not found"_s));
}

QJsonObject CohortService::list(const Principal &viewer, const QJsonObject &query, int pageNumber,
                                int limit)
{
    SqlFilter filter;
    filter.add(u"h.deleted_at IS NULL"_s);
    if (viewer.role == Role::Instructor)
        filter.add(u"EXISTS (SELECT 1 FROM cohort_instructors fi WHERE fi.cohort_id = h.id "
                   u"AND fi.instructor_id = :me)"_s,
                   u":me"_s, viewer.userId);
    else if (viewer.role == Role::Talent)
        filter.add(u"EXISTS (SELECT 1 FROM cohort_talents ft WHERE ft.cohort_id = h.id "
                   u"AND ft.talent_id = :me)"_s,
                   u":me"_s, viewer.userId);
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.add(u"LOWER(h.name) LIKE :q ESCAPE '\\'"_s, u":q"_s, likePattern(search.toLower()));
    return selectPage(m_context.db(), cohortColumns(), u"cohorts h"_s, filter,
                      u"h.created_at DESC, h.id DESC"_s, pageNumber, limit,
                      [](Sql &q) { return readCohort(q); });
}

QJsonObject CohortService::byId(const Principal &viewer, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const bool admin = viewer.role == Role::Admin || viewer.role == Role::SuperAdmin;
    // Another cohort than one's own is answered as missing.
    if (!admin && !teaches(db, viewer.userId, id) && !belongs(db, viewer.userId, id))
        throw ApiError::notFound(u"Cohort not found"_s);
    QJsonObject cohort = cohortJson(db, id);
    if (viewer.role == Role::Talent)
        addOwnRatings(db, viewer.userId, cohort);
    return cohort;
}

void CohortService::addOwnRatings(QSqlDatabase db, qint64 talentId, QJsonObject &cohort)
{
    // A talent rates each instructor once per cohort: what they gave shows, so they are not
    // asked again.
    QHash<qint64, qint64> given;
    {
        Sql q(db,
              u"SELECT instructor_id, rating FROM instructor_ratings "
              u"WHERE cohort_id = :cohort AND talent_id = :me"_s);
        q.bind(u":cohort"_s, cohort.value(u"id"_s).toInteger()).bind(u":me"_s, talentId).exec();
        while (q.next())
            given.insert(q.id(u"instructor_id"_s), q.id(u"rating"_s));
    }
    QJsonArray instructors;
    for (const QJsonValue &value : cohort.value(u"instructor_list"_s).toArray()) {
        QJsonObject instructor = value.toObject();
        const auto rated = given.constFind(instructor.value(u"id"_s).toInteger());
        instructor.insert(u"your_rating"_s,
                          rated == given.constEnd() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(*rated));
        instructors.append(instructor);
    }
    cohort.insert(u"instructor_list"_s, instructors);
}

namespace {

/** One kind of a cohort's members: where they are listed, and what a person reads about them. */
struct CohortMembers
{
    QString table;
    QString column;
    Role role;
    QString notOfRole;
    QString alreadyIn;
};

/** Adds an account of the members' role to the cohort, once. */
void addMember(QSqlDatabase db, qint64 cohortId, qint64 userId, const CohortMembers &members)
{
    if (!CohortService::exists(db, cohortId))
        throw ApiError::notFound(u"Cohort not found"_s);
    if (!Sql(db, u"SELECT 1 FROM users WHERE id = :id AND role = :role AND deleted_at IS NULL"_s)
                 .bind(u":id"_s, userId)
                 .bind(u":role"_s, roleName(members.role))
                 .exists())
        throw ApiError::badRequest(QStringList { members.notOfRole });
    Sql(db,
        u"INSERT INTO %1 (cohort_id, %2, added_at) VALUES (:cohort, :member, :now) "
        u"ON CONFLICT (cohort_id, %2) DO NOTHING"_s.arg(members.table, members.column))
            .bind(u":cohort"_s, cohortId)
            .bind(u":member"_s, userId)
            .bind(u":now"_s, nowText())
            .execChanging(ApiError::conflict(members.alreadyIn));
}

} // namespace

QJsonObject CohortService::addTalent(qint64 cohortId, qint64 talentId)
{
    QSqlDatabase db = m_context.db();
    addMember(db, cohortId, talentId,
              { .table = u"cohort_talents"_s,
                .column = u"talent_id"_s,
                .role = Role::Talent,
                .notOfRole = u"talent_id must be a talent's account"_s,
                .alreadyIn = u"The talent is already in this cohort"_s });
    return cohortJson(db, cohortId);
}

QJsonObject CohortService::addInstructor(qint64 cohortId, qint64 instructorId)
{
    QSqlDatabase db = m_context.db();
    addMember(db, cohortId, instructorId,
              { .table = u"cohort_instructors"_s,
                .column = u"instructor_id"_s,
                .role = Role::Instructor,
                .notOfRole = u"instructor_id must be an instructor's account"_s,
                .alreadyIn = u"The instructor already teaches this cohort"_s });
    return cohortJson(db, cohortId);
}

QJsonObject CohortService::skills(int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"EXISTS (SELECT 1 FROM cohort_skills fs JOIN cohorts fh ON fh.id = fs.cohort_id "
               u"WHERE fs.skill_id = s.id AND fh.deleted_at IS NULL)"_s);
    return selectPage(m_context.db(),
                      u"s.id, s.name, s.category, (SELECT COUNT(*) FROM cohort_skills cs "
                      u"JOIN cohorts ch ON ch.id = cs.cohort_id WHERE cs.skill_id = s.id "
                      u"AND ch.deleted_at IS NULL) AS cohorts"_s,
                      u"skills s"_s, filter, u"s.name, s.id"_s, pageNumber, limit, [](Sql &q) {
                          return jsonOf(q,
                                        { .ids = { u"id"_s, u"cohorts"_s },
                                          .texts = { u"name"_s },
                                          .optionalTexts = { u"category"_s } });
                      });
}

// ---- Instructors ----

void CohortService::findInstructor(QSqlDatabase db, qint64 id)
{
    if (!Sql(db,
             u"SELECT 1 FROM users WHERE id = :id AND role = 'instructor' "
             u"AND deleted_at IS NULL"_s)
                 .bind(u":id"_s, id)
                 .exists())
        throw ApiError::notFound(u"Instructor not found"_s);
}

QJsonObject CohortService::createInstructor(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    NewAccount account = NewAccount::person(input, Role::Instructor);
    account.invitedBy = by.userId;
    Transaction tx(db);
    const qint64 id = m_accounts.create(db, account);
    insertRow(db, u"instructor_profiles"_s,
              { { u"user_id"_s, id },
                { u"bio"_s, storedValue(input.value(u"bio"_s)) },
                { u"expertise"_s, storedValue(input.value(u"expertise"_s)) } });
    m_accounts.sendInvitation(db, id, { QT_TRANSLATE_NOOP("Mail", "teach") });
    tx.commit();
    return instructor(id);
}

QJsonObject CohortService::instructors(const QJsonObject &query, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"u.role = 'instructor'"_s);
    filter.add(u"u.deleted_at IS NULL"_s);
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.add(u"(LOWER(u.first_name || ' ' || u.last_name) LIKE :q ESCAPE '\\' "
                   u"OR u.email LIKE :q ESCAPE '\\')"_s,
                   u":q"_s, likePattern(search.toLower()));
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), instructorColumns(), instructorFrom(), filter,
                      u"u.first_name, u.last_name, u.id"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readInstructor(q, storage); });
}

QJsonObject CohortService::instructor(qint64 id)
{
    QSqlDatabase db = m_context.db();
    return selectOne(
            db, instructorColumns(), instructorFrom(),
            SqlFilter::of(u"u.id = :id AND u.role = 'instructor' AND u.deleted_at IS NULL"_s,
                          u":id"_s, id),
            [this](Sql &q) { return readInstructor(q, *m_context.storage); },
            u"Instructor not found"_s);
}

QJsonObject CohortService::updateInstructor(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const bool admin = by.role == Role::Admin || by.role == Role::SuperAdmin;
    if (!admin && by.userId != id)
        throw ApiError::forbidden(u"An instructor edits only their own profile"_s);
    refuseBlank(input, { u"first_name"_s, u"last_name"_s });
    Transaction tx(db);
    findInstructor(db, id);
    SqlChanges()
            .setFrom(input, { u"first_name"_s, u"last_name"_s, u"phone_number"_s },
                     [](const QString &, const QJsonValue &value) { return value.toString(); })
            .write(db, u"users"_s, id);
    insertRow(db, u"instructor_profiles"_s, { { u"user_id"_s, id } },
              u"ON CONFLICT (user_id) DO NOTHING"_s);
    SqlChanges()
            .setFrom(input, { u"bio"_s, u"expertise"_s })
            .write(db, u"instructor_profiles"_s, id, u"user_id"_s, false);
    tx.commit();
    return instructor(id);
}

void CohortService::removeInstructor(qint64 id)
{
    QSqlDatabase db = m_context.db();
    findInstructor(db, id);
    {
        Transaction tx(db);
        Sql(db, u"DELETE FROM cohort_instructors WHERE instructor_id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
        tx.commit();
    }
    m_accounts.destroy(db, id);
}

QJsonObject CohortService::rate(const Principal &talent, qint64 cohortId, qint64 instructorId,
                                const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    if (!exists(db, cohortId) || !belongs(db, talent.userId, cohortId))
        throw ApiError::notFound(u"Cohort not found"_s);
    if (!teaches(db, instructorId, cohortId))
        throw ApiError::notFound(u"This instructor does not teach the cohort"_s);
    const std::optional<qint64> id
            = insertRowIfNew(db, u"instructor_ratings"_s,
                             { { u"cohort_id"_s, cohortId },
                               { u"instructor_id"_s, instructorId },
                               { u"talent_id"_s, talent.userId },
                               { u"rating"_s, input.value(u"rating"_s).toInteger() },
                               { u"comment"_s, storedValue(input.value(u"comment"_s)) },
                               { u"created_at"_s, nowText() } },
                             u"ON CONFLICT (cohort_id, instructor_id, talent_id) DO NOTHING"_s);
    if (!id)
        throw ApiError::conflict(u"You have already rated this instructor for this cohort"_s);
    return { { u"id"_s, *id },
             { u"cohort_id"_s, cohortId },
             { u"rating"_s, input.value(u"rating"_s).toInteger() },
             { u"comment"_s, input.value(u"comment"_s).toString() },
             { u"instructor"_s, instructor(instructorId) } };
}

} // namespace wn
