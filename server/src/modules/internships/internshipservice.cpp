// SPDX-License-Identifier: Apache-2.0
#include "internshipservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/slug.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "internshiprows.h"
#include "modules/accounts/accountservice.h"
#include "modules/applications/applicationflow.h"
#include "modules/companies/companyrefs.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiprows;

namespace {

struct DefaultCategory
{
    const char16_t *name;
    const char16_t *description;
};

constexpr DefaultCategory defaultCategories[] = {
    { u"Software engineering", u"Building, testing and running software" },
    { u"Data and analytics", u"Collecting, cleaning and reading data to answer questions" },
    { u"Product and design", u"Shaping what is built and how people use it" },
    { u"Marketing and communications", u"Telling customers about the company and its offer" },
    { u"Sales and customer success", u"Finding customers and keeping them well served" },
    { u"Finance and accounting", u"Budgets, books, payments and reporting" },
    { u"Operations and logistics", u"Making the day-to-day run: supply, delivery, facilities" },
    { u"Human resources", u"Hiring, onboarding and looking after people" },
    { u"Engineering and manufacturing", u"Mechanical, electrical and civil work, plants" },
    { u"Health and life sciences", u"Clinics, laboratories and public health" },
    { u"Law and policy", u"Contracts, compliance and public affairs" },
    { u"Agriculture and food", u"Farming, processing and the food chain" },
};

/** The editable columns, each set from the input field of its name; names never come from a
 *  request. */
const QStringList &editableColumns()
{
    static const QStringList columns { u"title"_s,      u"description"_s,
                                       u"mode"_s,       u"location"_s,
                                       u"state"_s,      u"places"_s,
                                       u"stipend"_s,    u"start_date"_s,
                                       u"end_date"_s,   u"application_deadline"_s,
                                       u"category_id"_s };
    return columns;
}

bool ofCompany(const Principal *viewer, qint64 companyId)
{
    return viewer && viewer->companyId && *viewer->companyId == companyId;
}

void addSearch(SqlFilter &filter, const QJsonObject &query)
{
    addOfferFilters(filter, query, u"i"_s, { u"i.title"_s, u"c.name"_s });
    filter.addEqual(query, u"category_id"_s, u"i.category_id"_s);
}

} // namespace

InternshipService::InternshipService(ServerContext &context, AccountService &accounts)
    : m_context(context)
    , m_accounts(accounts)
    , m_offers({ .table = u"internships"_s,
                 .noun = u"internship"_s,
                 .aNoun = u"An internship"_s,
                 .placesColumn = u"places"_s,
                 .workflow = &internshipWorkflow(),
                 .seesEveryStatus = [](const Principal *viewer, qint64 companyId) {
                     // Its mentors too: they are people of the company.
                     return viewer && (viewer->isStaff() || ofCompany(viewer, companyId));
                 } })
{ }

// ---- Categories ----

int InternshipService::seedCategories()
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    int added = 0;
    for (const DefaultCategory &category : defaultCategories) {
        const QString name = QString::fromUtf16(category.name);
        const std::optional<qint64> inserted
                = insertRowIfNew(db, u"internship_categories"_s,
                                 { { u"name"_s, name },
                                   { u"slug"_s, slugBase(name, u"category"_s) },
                                   { u"description"_s, QString::fromUtf16(category.description) },
                                   { u"created_at"_s, nowText() } },
                                 u"ON CONFLICT (name) DO NOTHING"_s);
        added += inserted ? 1 : 0;
    }
    tx.commit();
    return added;
}

QJsonObject InternshipService::categories()
{
    Sql q(m_context.db(),
          u"SELECT k.id, k.name, k.slug, k.description, "
          u"(SELECT COUNT(*) FROM internships i WHERE i.category_id = k.id "
          u"AND i.status = 'published' AND i.deleted_at IS NULL) AS open_internships "
          u"FROM internship_categories k ORDER BY k.name"_s);
    q.exec();
    QJsonArray data;
    while (q.next())
        data.append(jsonOf(q,
                           { .ids = { u"id"_s, u"open_internships"_s },
                             .texts = { u"name"_s, u"slug"_s },
                             .optionalTexts = { u"description"_s } }));
    return { { u"data"_s, data } };
}

void InternshipService::checkCategory(QSqlDatabase db, const QJsonObject &input)
{
    if (!input.value(u"category_id"_s).isDouble())
        return;
    if (!Sql(db, u"SELECT 1 FROM internship_categories WHERE id = :id"_s)
                 .bind(u":id"_s, input.value(u"category_id"_s).toInteger())
                 .exists())
        throw ApiError::badRequest(QStringList { u"category_id is not a known category"_s });
}

// ---- Programmes ----

bool InternshipService::mentors(QSqlDatabase db, qint64 userId, qint64 internshipId)
{
    return Sql(db,
               u"SELECT 1 FROM internship_mentor_assignments ma "
               u"JOIN internship_mentors m ON m.id = ma.mentor_id "
               u"WHERE ma.internship_id = :internship AND m.user_id = :user"_s)
            .bind(u":internship"_s, internshipId)
            .bind(u":user"_s, userId)
            .exists();
}

QJsonObject InternshipService::internshipJson(QSqlDatabase db, qint64 id)
{
    return selectOne(
            db, internshipColumns(), internshipFrom(), SqlFilter::of(u"i.id = :id"_s, u":id"_s, id),
            [this](Sql &q) { return readInternship(q, *m_context.storage); },
            u"Internship not found"_s);
}

QJsonObject InternshipService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    CompanyOffers::checkDates(input.value(u"start_date"_s).toString(),
                              input.value(u"end_date"_s).toString(),
                              input.value(u"application_deadline"_s).toString());
    checkCategory(db, input);
    Transaction tx(db);
    const qint64 id = m_offers.insertWithFreeSlug(
            db, input.value(u"title"_s).toString(), [&](const QString &slug) {
                Sql insert(db,
                           u"INSERT INTO internships (company_id, created_by, category_id, title, "
                           u"slug, description, mode, location, state, places, stipend, "
                           u"start_date, end_date, application_deadline, status, created_at, "
                           u"updated_at) VALUES (:company, :by, :category_id, :title, :slug, "
                           u":description, :mode, :location, :state, :places, :stipend, "
                           u":start_date, :end_date, :application_deadline, 'draft', :now, :now) "
                           u"ON CONFLICT (slug) DO NOTHING RETURNING id"_s);
                insert.bind(u":company"_s, *by.companyId)
                        .bind(u":by"_s, by.userId)
                        .bind(u":slug"_s, slug)
                        .bind(u":now"_s, nowText());
                for (const QString &column : editableColumns())
                    insert.bind(u':' + column, storedValue(input.value(column)));
                return insert.scalar();
            });
    tx.commit();
    return internshipJson(db, id);
}

qint64 InternshipService::placesTaken(QSqlDatabase db, qint64 id)
{
    return ApplicationFlow::placesTaken(db, u"internship_applications"_s, u"internship_id"_s,
                                        u"approved"_s, id);
}

QJsonObject InternshipService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s, u"description"_s, u"mode"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    lock(db, id);
    const InternshipFacts internship = own(db, by, id);
    if (internship.status == u"archived"_s)
        throw ApiError::unprocessable(u"An archived internship cannot be edited"_s);
    const SqlRow current = Sql(db,
                               u"SELECT start_date, end_date, application_deadline "
                               u"FROM internships WHERE id = :id"_s)
                                   .bind(u":id"_s, id)
                                   .single();
    auto after = [&input, &current](const QString &field) {
        return input.contains(field) ? input.value(field).toString() : current.text(field);
    };
    CompanyOffers::checkDates(after(u"start_date"_s), after(u"end_date"_s),
                              after(u"application_deadline"_s));
    checkCategory(db, input);
    if (input.value(u"places"_s).isDouble()) {
        const qint64 taken = placesTaken(db, id);
        if (input.value(u"places"_s).toInteger() < taken)
            throw ApiError::unprocessable(
                    u"places cannot be below the %1 intern(s) already admitted"_s.arg(taken));
    }
    SqlChanges().setFrom(input, editableColumns()).write(db, u"internships"_s, id);
    tx.commit();
    return internshipJson(db, id);
}

QJsonObject InternshipService::changeStatus(const Principal &by, qint64 id, const QString &status)
{
    QSqlDatabase db = m_context.db();
    m_offers.changeStatus(db, by, id, status);
    return internshipJson(db, id);
}

InternshipFacts InternshipService::removeWithin(QSqlDatabase db, const Principal &by, qint64 id)
{
    lock(db, id);
    const InternshipFacts internship = own(db, by, id);
    if (Sql(db,
            u"SELECT 1 FROM internship_applications WHERE internship_id = :id "
            u"AND status IN ('approved', 'completed')"_s)
                .bind(u":id"_s, id)
                .exists())
        throw ApiError::unprocessable(
                u"Interns were admitted to this internship: archive it instead of deleting it"_s);
    Sql(db, u"DELETE FROM internship_mentor_assignments WHERE internship_id = :id"_s)
            .bind(u":id"_s, id)
            .exec();
    Sql(db, u"UPDATE internships SET deleted_at = :now, updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    return internship;
}

QJsonObject InternshipService::byId(const Principal *viewer, qint64 id)
{
    QSqlDatabase db = m_context.db();
    visible(db, viewer, id);
    return internshipJson(db, id);
}

QJsonObject InternshipService::bySlug(const Principal *viewer, const QString &slug)
{
    QSqlDatabase db = m_context.db();
    const std::optional<InternshipFacts> internship = m_offers.facts(db, u"slug"_s, slug);
    if (!internship)
        throw ApiError::notFound(u"Internship not found"_s);
    visible(db, viewer, internship->id);
    return internshipJson(db, internship->id);
}

QJsonObject InternshipService::search(const QJsonObject &query, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"i.deleted_at IS NULL"_s);
    filter.add(u"i.status = 'published'"_s);
    addSearch(filter, query);
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), internshipColumns(), internshipFrom(), filter,
                      u"i.created_at DESC, i.id DESC"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readInternship(q, storage); });
}

QJsonObject InternshipService::companyOffers(const Principal &by, const QJsonObject &query,
                                             int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"i.deleted_at IS NULL"_s);
    filter.add(u"i.company_id = :company"_s, u":company"_s, *by.companyId);
    filter.addEqual(query, u"status"_s, u"i.status"_s);
    addSearch(filter, query);
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), internshipColumns(), internshipFrom(), filter,
                      u"i.created_at DESC, i.id DESC"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readInternship(q, storage); });
}

} // namespace wn
