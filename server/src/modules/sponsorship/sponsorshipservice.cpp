// SPDX-License-Identifier: Apache-2.0
#include "sponsorshipservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/files/filesroutes.h"
#include "modules/notifications/notificationservice.h"
#include "sponsorshipapplicationparts.h"
#include "sponsorshipapplicationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

using Filter = SqlFilter;

// The columns termsJson() reads.
constexpr auto termsColumns = "title, description, amount, currency, benefits, slots, eligibility, "
                              "required_documents";
// The columns programmeRow() reads (sponsorships s, companies c).
constexpr auto programmeColumns
        = "s.id, s.company_id, c.name AS company_name, s.title, s.description, s.amount, "
          "s.currency, s.benefits, s.slots, s.slots_filled, s.eligibility, s.opening_date, "
          "s.closing_date, s.required_documents, s.status, s.created_at, s.updated_at";

/** What a programme offers, as the API shows it and as an update starts from (a Sql or SqlRow
 *  holding termsColumns). */
template<typename Row>
QJsonObject termsJson(const Row &row)
{
    QJsonObject terms = jsonOf(row,
                               { .ids = { u"slots"_s },
                                 .texts = { u"title"_s, u"description"_s, u"currency"_s },
                                 .optionalTexts = { u"benefits"_s, u"eligibility"_s },
                                 .optionalIntegers = { u"amount"_s } });
    terms.insert(u"required_documents"_s,
                 QJsonDocument::fromJson(row.text(u"required_documents"_s).toUtf8()).array());
    return terms;
}

/** A programme as the API shows it, from a Sql or SqlRow holding programmeColumns. */
template<typename Row>
QJsonObject programmeRow(const Row &row)
{
    const QString status = row.text(u"status"_s);
    const int slots = row.integer(u"slots"_s);
    const int filled = row.integer(u"slots_filled"_s);
    const QString opening = row.text(u"opening_date"_s);
    const QString closing = row.text(u"closing_date"_s);
    const QString today = SponsorshipService::today();
    const bool accepting
            = status == u"open"_s && opening <= today && today <= closing && filled < slots;
    QJsonObject programme = termsJson(row);
    programme.insert(u"id"_s, row.id(u"id"_s));
    programme.insert(u"company"_s,
                     QJsonObject { { u"id"_s, row.id(u"company_id"_s) },
                                   { u"name"_s, row.text(u"company_name"_s) } });
    programme.insert(u"slots_filled"_s, filled);
    programme.insert(u"slots_left"_s, std::max(0, slots - filled));
    programme.insert(u"opening_date"_s, opening);
    programme.insert(u"closing_date"_s, closing);
    programme.insert(u"status"_s, status);
    programme.insert(u"accepting_applications"_s, accepting);
    programme.insert(u"created_at"_s, row.text(u"created_at"_s));
    programme.insert(u"updated_at"_s, row.text(u"updated_at"_s));
    return programme;
}

/** 400 unless the closing date follows the opening date and (when it changes) lies ahead. */
void checkDates(const QString &opening, const QString &closing, bool closingChanged)
{
    if (closingChanged && closing < SponsorshipService::today())
        throw ApiError::badRequest(QStringList { u"closing_date must not be in the past"_s });
    if (closing < opening)
        throw ApiError::badRequest(
                QStringList { u"closing_date must not be before opening_date"_s });
}

QString documentsText(const QJsonValue &value)
{
    return QString::fromUtf8(json::compact(value.toArray()));
}

} // namespace

SponsorshipService::SponsorshipService(ServerContext &context,
                                       SponsorshipApplicationService &applications,
                                       NotificationService &notifications)
    : m_context(context)
    , m_applications(applications)
    , m_notifications(notifications)
{ }

QString SponsorshipService::today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

std::optional<SponsorshipProgramme> SponsorshipService::find(QSqlDatabase db, qint64 id)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT s.id, s.company_id, s.title, s.status, s.slots, s.slots_filled, "
                  "s.opening_date, s.closing_date, (SELECT COUNT(*) FROM sponsorship_levels l "
                  "WHERE l.sponsorship_id = s.id) AS levels "
                  "FROM sponsorships s JOIN companies c ON c.id = s.company_id "
                  "WHERE s.id = :id AND s.deleted_at IS NULL AND c.deleted_at IS NULL"_s)
                      .bind(u":id"_s, id)
                      .one();
    if (!row)
        return std::nullopt;
    SponsorshipProgramme p;
    p.id = row->id(u"id"_s);
    p.companyId = row->id(u"company_id"_s);
    p.title = row->text(u"title"_s);
    p.status = row->text(u"status"_s);
    p.slots = row->integer(u"slots"_s);
    p.slotsFilled = row->integer(u"slots_filled"_s);
    p.openingDate = row->text(u"opening_date"_s);
    p.closingDate = row->text(u"closing_date"_s);
    p.levels = row->integer(u"levels"_s);
    return p;
}

bool SponsorshipService::holds(QSqlDatabase db, const Principal &principal, qint64 companyId,
                               const QString &permission)
{
    // Checked here, not declared: it is the row's company that must be the caller's.
    return principal.companyId && *principal.companyId == companyId
            && companyRoleAllows(db, principal, permission);
}

bool SponsorshipService::reviews(QSqlDatabase db, const Principal &principal, qint64 companyId)
{
    return holds(db, principal, companyId, u"sponsorships.manage"_s)
            || holds(db, principal, companyId, u"sponsorships.approve"_s);
}

QJsonObject SponsorshipService::programmeJson(QSqlDatabase db, qint64 id, bool inside)
{
    const SqlRow programme
            = Sql(db,
                  u"SELECT %1 FROM sponsorships s JOIN companies c ON c.id = s.company_id "
                  "WHERE s.id = :id AND s.deleted_at IS NULL"_s.arg(
                          QLatin1StringView(programmeColumns)))
                      .bind(u":id"_s, id)
                      .found(u"Sponsorship not found"_s);
    QJsonObject out = programmeRow(programme);

    QJsonArray documents;
    {
        Sql files(db,
                  u"SELECT d.file_key, d.label, d.created_at, f.content_type, f.size_bytes "
                  "FROM sponsorship_documents d JOIN files f ON f.file_key = d.file_key "
                  "WHERE d.sponsorship_id = :id AND f.deleted_at IS NULL ORDER BY d.id"_s);
        files.bind(u":id"_s, id).exec();
        while (files.next())
            documents.append(sponsorshipapplication::documentJson(files, *m_context.storage,
                                                                  u"uploaded_at"_s));
    }
    out.insert(u"documents"_s, documents);

    QJsonArray workflow;
    for (const SponsorshipLevel &level : workflowOf(db, id)) {
        QJsonObject item { { u"level"_s, level.number },
                           { u"name"_s, level.name },
                           { u"mode"_s, level.mode },
                           { u"required_approvals"_s, level.required() } };
        if (inside)
            item.insert(u"approvers"_s, level.approvers);
        workflow.append(item);
    }
    out.insert(u"workflow"_s, workflow);

    if (inside) {
        QJsonObject counts;
        for (const QString &status : { u"pending"_s, u"in_review"_s, u"approved"_s, u"rejected"_s,
                                       u"withdrawn"_s, u"cancelled"_s })
            counts.insert(status, 0);
        qint64 total = 0;
        Sql c(db,
              u"SELECT status, COUNT(*) AS applications FROM sponsorship_applications "
              "WHERE sponsorship_id = :id GROUP BY status"_s);
        c.bind(u":id"_s, id).exec();
        while (c.next()) {
            counts.insert(c.text(u"status"_s), c.id(u"applications"_s));
            total += c.id(u"applications"_s);
        }
        counts.insert(u"total"_s, total);
        out.insert(u"applications"_s, counts);
    }
    return out;
}

QJsonObject SponsorshipService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    if (!by.companyId)
        throw ApiError::forbidden(u"Only a sponsor's people run sponsorship programmes"_s);
    const std::optional<SqlRow> company
            = Sql(db, u"SELECT is_sponsor FROM companies WHERE id = :id AND deleted_at IS NULL"_s)
                      .bind(u":id"_s, *by.companyId)
                      .one();
    if (!company || !company->flag(u"is_sponsor"_s))
        throw ApiError::forbidden(
                u"Your company is not a sponsor: become one before creating sponsorship programmes"_s);

    const QString opening = input.value(u"opening_date"_s).toString(today());
    const QString closing = input.value(u"closing_date"_s).toString();
    checkDates(opening, closing, true);
    const QList<SponsorshipLevel> levels
            = parseWorkflow(db, *by.companyId, input.value(u"workflow"_s).toArray());

    Transaction tx(db);
    const QString now = nowText();
    const qint64 id = insertRowReturningId(
            db, u"sponsorships"_s,
            { { u"company_id"_s, *by.companyId },
              { u"created_by"_s, by.userId },
              { u"title"_s, input.value(u"title"_s).toString() },
              { u"description"_s, input.value(u"description"_s).toString() },
              { u"amount"_s, nullIfNotNumber(input.value(u"amount"_s)) },
              { u"currency"_s, input.value(u"currency"_s).toString(u"NGN"_s) },
              { u"benefits"_s, nullIfEmpty(input.value(u"benefits"_s)) },
              { u"slots"_s, input.value(u"slots"_s).toInteger() },
              { u"eligibility"_s, nullIfEmpty(input.value(u"eligibility"_s)) },
              { u"opening_date"_s, opening },
              { u"closing_date"_s, closing },
              { u"required_documents"_s, documentsText(input.value(u"required_documents"_s)) },
              { u"status"_s, input.value(u"status"_s).toString(u"draft"_s) },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    saveWorkflow(db, id, levels);
    tx.commit();
    return programmeJson(db, id, true);
}

QJsonObject SponsorshipService::list(const Principal *by, const QJsonObject &query, int page,
                                     int limit)
{
    QSqlDatabase db = m_context.db();
    Filter filter;
    filter.add(u"s.deleted_at IS NULL"_s);
    if (!by || !by->isStaff()) {
        if (by && by->companyId)
            filter.add(u"(s.status = 'open' OR s.company_id = :mine)"_s, u":mine"_s, *by->companyId);
        else
            filter.add(u"s.status = 'open'"_s);
    }
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(s.title)"_s, u"LOWER(s.description)"_s, u"LOWER(c.name)"_s },
                           search);
    filter.addEqual(query, u"status"_s, u"s.status"_s);
    filter.addEqual(query, u"company_id"_s, u"s.company_id"_s);
    // A deleted sponsor's programmes are gone with it.
    filter.add(u"c.deleted_at IS NULL"_s);
    return selectPage(db, QLatin1StringView(programmeColumns),
                      u"sponsorships s JOIN companies c ON c.id = s.company_id"_s, filter,
                      u"s.created_at DESC, s.id DESC"_s, page, limit,
                      [](Sql &q) { return programmeRow(q); });
}

QJsonObject SponsorshipService::byId(const Principal *by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SponsorshipProgramme> programme = find(db, id);
    if (!programme)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    const bool staff = by && by->isStaff();
    const bool ownCompany = by && by->companyId && *by->companyId == programme->companyId;
    // A draft is the company's own business: to everyone else it does not exist.
    if (programme->status == u"draft"_s && !staff && !ownCompany)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    // A public endpoint: only the programme's own reviewers see inside it, so this stays here.
    const bool inside = staff || (by && reviews(db, *by, programme->companyId));
    return programmeJson(db, id, inside);
}

SponsorshipProgramme SponsorshipService::managed(QSqlDatabase db, const Principal &by, qint64 id)
{
    const std::optional<SponsorshipProgramme> programme = find(db, id);
    if (!programme || !by.companyId || *by.companyId != programme->companyId)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    return *programme;
}

QJsonObject SponsorshipService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const SponsorshipProgramme programme = managed(db, by, id);

    const QString terms
            = u"SELECT %1 FROM sponsorships WHERE id = :id"_s.arg(QLatin1StringView(termsColumns));
    const SqlRow current = Sql(db, terms).bind(u":id"_s, id).found(u"Sponsorship not found"_s);
    QJsonObject merged = termsJson(current);
    merged.insert(u"opening_date"_s, programme.openingDate);
    merged.insert(u"closing_date"_s, programme.closingDate);
    merged.insert(u"status"_s, programme.status);
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() != u"workflow"_s)
            merged.insert(it.key(), it.value());
    }

    const QString opening = merged.value(u"opening_date"_s).toString();
    const QString closing = merged.value(u"closing_date"_s).toString();
    if (input.contains(u"opening_date"_s) || input.contains(u"closing_date"_s))
        checkDates(opening, closing,
                   input.contains(u"closing_date"_s) && closing != programme.closingDate);
    const QString status = merged.value(u"status"_s).toString();
    if (status == u"draft"_s && programme.status != u"draft"_s)
        throw ApiError::unprocessable(
                u"A published programme cannot go back to draft; close it instead"_s);
    if (status == u"open"_s && programme.status != u"open"_s && closing < today())
        throw ApiError::unprocessable(
                u"The closing date has passed: set a new closing_date to open the programme"_s);
    std::optional<QList<SponsorshipLevel>> levels;
    if (input.contains(u"workflow"_s))
        levels = parseWorkflow(db, programme.companyId, input.value(u"workflow"_s).toArray());

    Transaction tx(db);
    if (levels) {
        Sql applied(db, u"SELECT 1 FROM sponsorship_applications WHERE sponsorship_id = :id"_s);
        if (applied.bind(u":id"_s, id).exists())
            throw ApiError::unprocessable(
                    u"The approval workflow cannot change once the programme has applications"_s);
        saveWorkflow(db, id, *levels);
    }
    // Guarded: slots never drop below the places already awarded, even while approvals run.
    Sql save(db,
             u"UPDATE sponsorships SET title = :title, description = :description, "
             "amount = :amount, currency = :currency, benefits = :benefits, slots = :slots, "
             "eligibility = :eligibility, opening_date = :opening, closing_date = :closing, "
             "required_documents = :documents, status = :status, updated_at = :now "
             "WHERE id = :id AND deleted_at IS NULL AND slots_filled <= :slots"_s);
    save.bind(u":title"_s, merged.value(u"title"_s).toString())
            .bind(u":description"_s, merged.value(u"description"_s).toString())
            .bind(u":amount"_s, nullIfNotNumber(merged.value(u"amount"_s)))
            .bind(u":currency"_s, merged.value(u"currency"_s).toString())
            .bind(u":benefits"_s, nullIfEmpty(merged.value(u"benefits"_s)))
            .bind(u":slots"_s, merged.value(u"slots"_s).toInteger())
            .bind(u":eligibility"_s, nullIfEmpty(merged.value(u"eligibility"_s)))
            .bind(u":opening"_s, opening)
            .bind(u":closing"_s, closing)
            .bind(u":documents"_s, documentsText(merged.value(u"required_documents"_s)))
            .bind(u":status"_s, status)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .execChanging(ApiError::unprocessable(
                    u"%1 place(s) are already awarded: slots cannot be fewer"_s.arg(
                            programme.slotsFilled)));
    tx.commit();
    return programmeJson(db, id, true);
}

void SponsorshipService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    managed(db, by, id);
    Transaction tx(db);
    const QString now = nowText();
    Sql removed(db,
                u"UPDATE sponsorships SET deleted_at = :now, updated_at = :now "
                "WHERE id = :id AND deleted_at IS NULL AND (status = 'closed' OR NOT EXISTS "
                "(SELECT 1 FROM sponsorship_applications a WHERE a.sponsorship_id = :id))"_s);
    removed.bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .execChanging(ApiError::conflict(
                    u"This programme has applications: close it before deleting it"_s));
    const auto notifications = m_applications.cancelUndecided(
            db, id, by.userId, u"The sponsor withdrew the programme"_s);
    tx.commit();
    sponsorshipapplication::publishAll(m_notifications, notifications);
}

QJsonObject SponsorshipService::addDocument(const Principal &by, qint64 id, const QString &label,
                                            const Upload &document)
{
    QSqlDatabase db = m_context.db();
    managed(db, by, id);
    // Written before the transaction, which only refers to it.
    const StoredFile file = m_context.storage->store(db, by.userId, FileKind::Document, document);
    Transaction tx(db);
    const QString now = nowText();
    insertRow(db, u"sponsorship_documents"_s,
              { { u"sponsorship_id"_s, id },
                { u"file_key"_s, file.key },
                { u"label"_s, nullIfEmpty(label) },
                { u"uploaded_by"_s, by.userId },
                { u"created_at"_s, now } });
    Sql(db, u"UPDATE sponsorships SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .exec();
    tx.commit();
    QJsonObject out = storedFileJson(*m_context.storage, file);
    out.insert(u"sponsorship_id"_s, id);
    out.insert(u"label"_s, label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(label));
    out.insert(u"uploaded_at"_s, now);
    return out;
}

} // namespace wn
