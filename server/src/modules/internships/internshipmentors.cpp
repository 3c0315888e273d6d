// SPDX-License-Identifier: Apache-2.0
// A company's mentors, their programmes, and the company's interns.
#include "internshipservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "internshiprows.h"
#include "modules/accounts/accountservice.h"
#include "modules/companies/companyrefs.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiprows;

namespace {

QString mentorColumns()
{
    return u"m.id, m.expertise, m.created_at, c.id AS company_id, c.name AS company_name, "
           u"(SELECT COUNT(*) FROM internship_mentor_assignments ma WHERE ma.mentor_id = m.id) "
           u"AS programmes, "_s
            + AccountService::summaryColumns(u"u"_s, u"person_"_s);
}

QString mentorFrom()
{
    return u"internship_mentors m JOIN users u ON u.id = m.user_id "
           u"JOIN companies c ON c.id = m.company_id"_s;
}

QJsonObject readMentor(const Sql &q, const Storage &storage)
{
    QJsonObject mentor = jsonOf(q,
                                { .ids = { u"id"_s, u"programmes"_s },
                                  .texts = { u"created_at"_s },
                                  .optionalTexts = { u"expertise"_s } });
    mentor.insert(u"company"_s, companyRef(q));
    mentor.insert(u"person"_s, AccountService::readSummary(q, storage, u"person_"_s).toJson());
    return mentor;
}

} // namespace

// ---- Mentors ----

QJsonObject InternshipService::mentorJson(QSqlDatabase db, qint64 mentorId)
{
    return selectOne(
            db, mentorColumns(), mentorFrom(), SqlFilter::of(u"m.id = :id"_s, u":id"_s, mentorId),
            [this](Sql &q) { return readMentor(q, *m_context.storage); }, u"Mentor not found"_s);
}

QJsonObject InternshipService::addMentor(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 company = *by.companyId;
    Transaction tx(db);
    qint64 userId = 0;
    if (input.value(u"user_id"_s).isDouble()) {
        userId = input.value(u"user_id"_s).toInteger();
        // Only the company's own people: its owner, its staff or its mentor accounts.
        if (!Sql(db,
                 u"SELECT 1 FROM users WHERE id = :id AND company_id = :company "
                 u"AND role IN ('employer', 'employee', 'mentor') AND deleted_at IS NULL"_s)
                     .bind(u":id"_s, userId)
                     .bind(u":company"_s, company)
                     .exists())
            throw ApiError::badRequest(
                    QStringList { u"user_id must be a person of your company"_s });
    } else {
        QStringList missing;
        for (const QString &field : { u"email"_s, u"first_name"_s, u"last_name"_s }) {
            if (input.value(field).toString().isEmpty())
                missing.append(u"%1 should not be empty without user_id"_s.arg(field));
        }
        if (!missing.isEmpty())
            throw ApiError::badRequest(missing);
        NewAccount account = NewAccount::person(input, Role::Mentor);
        account.companyId = company;
        account.invitedBy = by.userId;
        userId = m_accounts.create(db, account);
        const std::optional<SqlRow> name = Sql(db, u"SELECT name FROM companies WHERE id = :id"_s)
                                                   .bind(u":id"_s, company)
                                                   .one();
        m_accounts.sendInvitation(db, userId,
                                  { QT_TRANSLATE_NOOP("Mail", "mentor interns at %1"),
                                    name ? name->text(u"name"_s) : QString() });
    }
    const std::optional<qint64> id = insertRowIfNew(
            db, u"internship_mentors"_s,
            { { u"company_id"_s, company },
              { u"user_id"_s, userId },
              { u"expertise"_s, nullIfEmpty(input.value(u"expertise"_s).toString()) },
              { u"created_at"_s, nowText() } },
            u"ON CONFLICT (company_id, user_id) DO NOTHING"_s);
    if (!id)
        throw ApiError::conflict(u"This person is already one of your mentors"_s);
    tx.commit();
    return mentorJson(db, *id);
}

QJsonObject InternshipService::companyMentors(const Principal &by, const QJsonObject &query,
                                              int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"m.company_id = :company"_s, u":company"_s, *by.companyId);
    if (query.contains(u"internship_id"_s))
        filter.add(u"EXISTS (SELECT 1 FROM internship_mentor_assignments fa "
                   u"WHERE fa.mentor_id = m.id AND fa.internship_id = :internship)"_s,
                   u":internship"_s, query.value(u"internship_id"_s).toInteger());
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), mentorColumns(), mentorFrom(), filter,
                      u"u.first_name, u.last_name, m.id"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readMentor(q, storage); });
}

QJsonObject InternshipService::allMentors(const QJsonObject &query, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.addEqual(query, u"company_id"_s, u"m.company_id"_s);
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), mentorColumns(), mentorFrom(), filter,
                      u"c.name, u.first_name, u.last_name, m.id"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readMentor(q, storage); });
}

void InternshipService::removeMentor(const Principal &by, qint64 mentorId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!companyHolds(db, u"internship_mentors"_s, *by.companyId, mentorId))
        throw ApiError::notFound(u"Mentor not found"_s);
    // The scores they gave stay, signed by them; they stop mentoring every programme.
    Sql(db, u"DELETE FROM internship_mentor_assignments WHERE mentor_id = :id"_s)
            .bind(u":id"_s, mentorId)
            .exec();
    Sql(db, u"DELETE FROM internship_mentors WHERE id = :id"_s).bind(u":id"_s, mentorId).exec();
    tx.commit();
}

QJsonObject InternshipService::assignMentor(const Principal &by, qint64 internshipId,
                                            qint64 mentorId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const InternshipFacts internship = own(db, by, internshipId);
    if (internship.status == u"archived"_s)
        throw ApiError::unprocessable(u"An archived internship takes no new mentors"_s);
    if (!companyHolds(db, u"internship_mentors"_s, *by.companyId, mentorId))
        throw ApiError::badRequest(QStringList { u"mentor_id must be one of your mentors"_s });
    Sql(db,
        u"INSERT INTO internship_mentor_assignments (internship_id, mentor_id, created_at) "
        u"VALUES (:internship, :mentor, :now) "
        u"ON CONFLICT (internship_id, mentor_id) DO NOTHING"_s)
            .bind(u":internship"_s, internshipId)
            .bind(u":mentor"_s, mentorId)
            .bind(u":now"_s, nowText())
            .execChanging(
                    ApiError::conflict(u"This mentor is already assigned to the internship"_s));
    tx.commit();
    QJsonObject answer = mentorJson(db, mentorId);
    answer.insert(u"internship_id"_s, internshipId);
    return answer;
}

QJsonObject InternshipService::mentorInternships(const Principal &mentor, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"i.deleted_at IS NULL"_s);
    filter.add(u"EXISTS (SELECT 1 FROM internship_mentor_assignments ma "
               u"JOIN internship_mentors m ON m.id = ma.mentor_id "
               u"WHERE ma.internship_id = i.id AND m.user_id = :me)"_s,
               u":me"_s, mentor.userId);
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(),
                      internshipColumns()
                              + u", (SELECT COUNT(*) FROM kpi_submissions s "
                                u"JOIN internship_kpis k ON k.id = s.kpi_id "
                                u"WHERE k.internship_id = i.id AND s.score IS NULL) "
                                u"AS pending_reviews"_s,
                      internshipFrom(), filter, u"i.created_at DESC, i.id DESC"_s, pageNumber,
                      limit, [&storage](Sql &q) {
                          QJsonObject internship = readInternship(q, storage);
                          internship.insert(u"pending_reviews"_s, q.id(u"pending_reviews"_s));
                          return internship;
                      });
}

// ---- Interns ----

QJsonObject InternshipService::companyInterns(qint64 companyId, const QJsonObject &query,
                                              int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"i.company_id = :company"_s, u":company"_s, companyId);
    filter.add(u"a.status IN ('approved', 'completed')"_s);
    filter.addEqual(query, u"internship_id"_s, u"a.internship_id"_s);
    const Storage &storage = *m_context.storage;
    return selectPage(
            m_context.db(),
            u"a.id AS application_id, a.status, a.created_at, i.id AS internship_id, "
            u"i.title AS internship_title, i.slug AS internship_slug, "_s
                    + AccountService::summaryColumns(u"u"_s, u"talent_"_s),
            u"internship_applications a JOIN internships i ON i.id = a.internship_id "
            u"JOIN users u ON u.id = a.talent_id"_s,
            filter, u"a.created_at DESC, a.id DESC"_s, pageNumber, limit, [&storage](Sql &q) {
                QJsonObject intern = jsonOf(q,
                                            { .ids = { u"application_id"_s },
                                              .texts = { u"status"_s, u"created_at"_s } });
                intern.insert(u"internship"_s,
                              jsonOf(q,
                                     { .ids = { u"id"_s },
                                       .texts = { u"title"_s, u"slug"_s },
                                       .prefix = u"internship_"_s }));
                intern.insert(u"talent"_s,
                              AccountService::readSummary(q, storage, u"talent_"_s).toJson());
                return intern;
            });
}

} // namespace wn
