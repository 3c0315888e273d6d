// SPDX-License-Identifier: Apache-2.0
#include "companyservice.h"

#include "core/auth/principal.h"
#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/accounts/accountservice.h"
#include "modules/reference/referenceservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString compactJson(const QJsonValue &value)
{
    return value.isArray() ? QString::fromUtf8(json::compact(value.toArray()))
                           : QString::fromUtf8(json::compact(value.toObject()));
}

/** The socials object of @p input as stored: its compact JSON, or NULL when it is none. */
QVariant socialsToStore(const QJsonObject &input)
{
    const QJsonValue socials = input.value(u"socials"_s);
    return nullIfEmpty(socials.isObject() ? compactJson(socials) : QString());
}

QJsonValue storedJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

/**
 * A value from a reference list (industries, employer types), stored as the list's code. While
 * the list is empty any non-empty text is taken as it is.
 */
QVariant referenceCode(QSqlDatabase db, const QString &table, const QString &field,
                       const QJsonValue &value)
{
    if (value.isNull())
        return nullIfEmpty(value);
    const QString text = value.toString();
    if (text.isEmpty())
        throw ApiError::badRequest(QStringList { field + u" should not be empty"_s });
    // The table name comes from the two call sites below, never from the request.
    Sql count(db, u"SELECT COUNT(*) FROM %1 WHERE active = TRUE"_s.arg(table));
    if (count.scalar().toLongLong() == 0)
        return text;
    const std::optional<SqlRow> listed
            = Sql(db,
                  u"SELECT code FROM %1 WHERE active = TRUE AND (LOWER(code) = :v OR LOWER(name) = :v)"_s
                          .arg(table))
                      .bind(u":v"_s, text.toLower())
                      .one();
    if (!listed)
        throw ApiError::badRequest(
                QStringList { u"%1 must be one of the codes of the %2 list"_s.arg(field, table) });
    return listed->text(u"code"_s);
}

/** A Nigerian company's state is one of Nigeria's; elsewhere any text. */
QVariant stateFor(QSqlDatabase db, const ReferenceService &reference, const QString &countryCode,
                  const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return nullIfEmpty(text);
    if (countryCode != u"NG"_s)
        return text;
    return reference.nigerianState(db, u"state"_s, text);
}

QString companyColumns()
{
    return u"c.id, c.uuid, c.kind, c.name, c.country_code, c.state, c.industry, c.employer_type, "
           "c.company_size, c.address, c.website, c.description, c.socials, "
           "c.registration_number, c.is_sponsor, c.sponsor_focus_areas, c.sponsor_budget_range, "
           "c.sponsor_since, c.tin_verified_at, c.created_at, c.updated_at, c.deleted_at, "
           "o.id AS owner_id, o.first_name AS owner_first_name, o.last_name AS owner_last_name, "
           "o.email AS owner_email"_s;
}

QJsonObject companyRow(const Sql &q)
{
    const bool sponsor = q.flag(u"is_sponsor"_s);
    QJsonObject json = jsonOf(q,
                              { .ids = { u"id"_s },
                                .texts = { u"uuid"_s, u"kind"_s, u"name"_s, u"country_code"_s,
                                           u"created_at"_s, u"updated_at"_s },
                                .optionalTexts = { u"state"_s, u"industry"_s, u"employer_type"_s,
                                                   u"address"_s, u"website"_s, u"description"_s,
                                                   u"registration_number"_s, u"deleted_at"_s } });
    json.insert(u"size"_s, q.textOrNull(u"company_size"_s));
    json.insert(u"socials"_s,
                q.isNull(u"socials"_s) ? QJsonValue(QJsonObject())
                                       : storedJson(q.value(u"socials"_s)));
    json.insert(u"is_sponsor"_s, sponsor);
    json.insert(u"tin_verified"_s, !q.isNull(u"tin_verified_at"_s));
    json.insert(u"sponsorship"_s,
                sponsor ? QJsonValue(QJsonObject {
                        { u"focus_areas"_s,
                          q.isNull(u"sponsor_focus_areas"_s)
                                  ? QJsonValue(QJsonArray())
                                  : storedJson(q.value(u"sponsor_focus_areas"_s)) },
                        { u"budget_range"_s, q.textOrNull(u"sponsor_budget_range"_s) },
                        { u"since"_s, q.textOrNull(u"sponsor_since"_s) } })
                        : QJsonValue(QJsonValue::Null));
    json.insert(u"owner"_s,
                q.isNull(u"owner_id"_s) ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject {
                                                { u"id"_s, q.id(u"owner_id"_s) },
                                                { u"first_name"_s, q.text(u"owner_first_name"_s) },
                                                { u"last_name"_s, q.text(u"owner_last_name"_s) },
                                                { u"email"_s, q.text(u"owner_email"_s) } }));
    return json;
}

} // namespace

CompanyService::CompanyService(ServerContext &context, AccountService &accounts,
                               ReferenceService &reference)
    : m_context(context)
    , m_accounts(accounts)
    , m_reference(reference)
{ }

void CompanyService::requireText(const QJsonObject &input, const QString &field)
{
    if (input.contains(field) && input.value(field).toString().isEmpty())
        throw ApiError::badRequest(QStringList { field + u" should not be empty"_s });
}

CompanyService::CompanyRef CompanyService::readable(QSqlDatabase db, const Principal &by,
                                                    qint64 id) const
{
    const SqlRow company
            = Sql(db,
                  u"SELECT id, owner_id, country_code, deleted_at FROM companies WHERE id = :id"_s)
                      .bind(u":id"_s, id)
                      .found(u"Company not found"_s);
    CompanyRef ref { company.id(u"id"_s), company.id(u"owner_id"_s),
                     company.text(u"country_code"_s), !company.isNull(u"deleted_at"_s) };
    if (by.isStaff())
        return ref;
    if (!by.companyId || *by.companyId != id || ref.deleted)
        throw ApiError::notFound(u"Company not found"_s);
    return ref;
}

CompanyService::CompanyRef CompanyService::editable(QSqlDatabase db, const Principal &by,
                                                    qint64 id) const
{
    if (!by.companyId || *by.companyId != id)
        throw ApiError::notFound(u"Company not found"_s);
    const CompanyRef ref = readable(db, by, id);
    if (ref.deleted)
        throw ApiError::notFound(u"Company not found"_s);
    return ref;
}

CompanyService::CompanyRef CompanyService::owned(QSqlDatabase db, const Principal &by,
                                                 qint64 id) const
{
    const CompanyRef ref = editable(db, by, id);
    if (ref.ownerId != by.userId)
        throw ApiError::forbidden(u"Only the company's owner may do this"_s);
    return ref;
}

QJsonObject CompanyService::companyJson(QSqlDatabase db, qint64 id) const
{
    return selectOne(db, companyColumns(), u"companies c LEFT JOIN users o ON o.id = c.owner_id"_s,
                     SqlFilter::of(u"c.id = :id"_s, u":id"_s, id), companyRow,
                     u"Company not found"_s);
}

namespace {

bool hasLiveCompany(QSqlDatabase db, qint64 userId)
{
    return Sql(db,
               u"SELECT 1 FROM companies c WHERE c.deleted_at IS NULL AND (c.owner_id = :me "
               "OR c.id = (SELECT company_id FROM users WHERE id = :me))"_s)
            .bind(u":me"_s, userId)
            .exists();
}

} // namespace

QJsonObject CompanyService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    if (hasLiveCompany(db, by.userId))
        throw ApiError::conflict(u"You already have a company; update it instead"_s);
    const QString country = input.value(u"country"_s).toString().toUpper();
    if (!m_reference.isCountry(db, country))
        throw ApiError::badRequest(QStringList { u"country must be an ISO 3166 country code"_s });
    const QVariant state = stateFor(db, m_reference, country, input.value(u"state"_s));
    const QVariant industry
            = referenceCode(db, u"industries"_s, u"industry"_s, input.value(u"industry"_s));
    const QVariant employerType = input.contains(u"employer_type"_s)
            ? referenceCode(db, u"employer_types"_s, u"employer_type"_s,
                            input.value(u"employer_type"_s))
            : nullIfEmpty(QString());

    Transaction tx(db);
    // Taking the owner's row first makes two simultaneous creations queue, so one of them sees
    // the other's company.
    const QString now = nowText();
    Sql(db, u"UPDATE users SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, by.userId)
            .exec();
    if (hasLiveCompany(db, by.userId))
        throw ApiError::conflict(u"You already have a company; update it instead"_s);

    const bool sponsor = by.role == Role::Sponsor;
    const qint64 id = insertRowReturningId(
            db, u"companies"_s,
            { { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { u"kind"_s, sponsor ? u"sponsor"_s : u"employer"_s },
              { u"name"_s, input.value(u"name"_s).toString() },
              { u"country_code"_s, country },
              { u"state"_s, state },
              { u"industry"_s, industry },
              { u"employer_type"_s, employerType },
              { u"company_size"_s, nullIfEmpty(input.value(u"size"_s)) },
              { u"address"_s, nullIfEmpty(input.value(u"address"_s)) },
              { u"website"_s, nullIfEmpty(input.value(u"website"_s)) },
              { u"description"_s, nullIfEmpty(input.value(u"description"_s)) },
              { u"socials"_s, socialsToStore(input) },
              { u"registration_number"_s, nullIfEmpty(input.value(u"registration_number"_s)) },
              { u"owner_id"_s, by.userId },
              { u"is_sponsor"_s, sponsor },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    Sql(db, u"UPDATE users SET company_id = :company, updated_at = :now WHERE id = :id"_s)
            .bind(u":company"_s, id)
            .bind(u":now"_s, now)
            .bind(u":id"_s, by.userId)
            .exec();
    tx.commit();
    return companyJson(db, id);
}

QJsonObject CompanyService::list(const Principal &by, const QJsonObject &query, int pageNumber,
                                 int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    if (by.isStaff()) {
        filter.add(query.value(u"deleted"_s).toBool() ? u"c.deleted_at IS NOT NULL"_s
                                                      : u"c.deleted_at IS NULL"_s);
    } else {
        // A company account sees its own company, and only while it exists.
        filter.add(u"c.id = :own AND c.deleted_at IS NULL"_s, u":own"_s, by.companyId.value_or(0));
    }
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(c.name)"_s }, search);
    filter.addEqual(query, u"kind"_s, u"c.kind"_s);
    filter.addEqual(query, u"is_sponsor"_s, u"c.is_sponsor"_s);
    return selectPage(db, companyColumns(), u"companies c LEFT JOIN users o ON o.id = c.owner_id"_s,
                      filter, u"c.created_at DESC, c.id DESC"_s, pageNumber, limit,
                      [this](Sql &q) { return companyRow(q); });
}

QJsonObject CompanyService::get(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    readable(db, by, id);
    return companyJson(db, id);
}

QJsonObject CompanyService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const CompanyRef company = editable(db, by, id);
    requireText(input, u"name"_s);

    // Column names come from this list, never from the request.
    SqlChanges changes;
    if (input.contains(u"name"_s))
        changes.set(u"name"_s, input.value(u"name"_s).toString());
    if (input.contains(u"industry"_s))
        changes.set(u"industry"_s,
                    referenceCode(db, u"industries"_s, u"industry"_s, input.value(u"industry"_s)));
    if (input.contains(u"employer_type"_s))
        changes.set(u"employer_type"_s,
                    referenceCode(db, u"employer_types"_s, u"employer_type"_s,
                                  input.value(u"employer_type"_s)));
    if (input.contains(u"state"_s))
        changes.set(u"state"_s,
                    stateFor(db, m_reference, company.countryCode, input.value(u"state"_s)));
    const QList<QPair<QString, QString>> plain { { u"size"_s, u"company_size"_s },
                                                 { u"address"_s, u"address"_s },
                                                 { u"website"_s, u"website"_s },
                                                 { u"description"_s, u"description"_s } };
    for (const auto &[field, column] : plain) {
        if (input.contains(field))
            changes.set(column, nullIfEmpty(input.value(field)));
    }
    if (input.contains(u"socials"_s))
        changes.set(u"socials"_s, socialsToStore(input));
    changes.write(db, u"companies"_s, id);
    return companyJson(db, id);
}

QJsonObject CompanyService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    owned(db, by, id);
    const QString now = nowText();
    Transaction tx(db);
    Sql deleted(db,
                u"UPDATE companies SET deleted_at = :now, deleted_by = :by, updated_at = :now "
                "WHERE id = :id AND deleted_at IS NULL"_s);
    deleted.bind(u":now"_s, now)
            .bind(u":by"_s, by.userId)
            .bind(u":id"_s, id)
            .execChanging(ApiError::notFound(u"Company not found"_s));

    // Staff keep their accounts (for the audit trail) but can no longer sign in or act.
    Sql staff(db,
              u"SELECT id FROM users WHERE company_id = :id AND role = 'employee' AND deleted_at "
              "IS NULL"_s);
    staff.bind(u":id"_s, id).exec();
    const QList<qint64> staffIds = staff.takeIds();
    for (qint64 staffId : std::as_const(staffIds)) {
        Sql(db, u"UPDATE users SET status = 'suspended', updated_at = :now WHERE id = :id"_s)
                .bind(u":now"_s, now)
                .bind(u":id"_s, staffId)
                .exec();
        m_context.tokens->revokeAll(db, staffId);
    }
    // The owner stays, without a company: they may create another one.
    Sql(db, u"UPDATE users SET company_id = NULL, updated_at = :now WHERE id = :owner"_s)
            .bind(u":now"_s, now)
            .bind(u":owner"_s, by.userId)
            .exec();
    tx.commit();
    return { { u"message"_s, u"Company deleted"_s },
             { u"id"_s, id },
             { u"deleted_at"_s, now },
             { u"staff_suspended"_s, staffIds.size() } };
}

QJsonObject CompanyService::becomeSponsor(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    owned(db, by, id);
    QStringList areas;
    for (const QJsonValue &area : input.value(u"focus_areas"_s).toArray()) {
        if (!area.toString().isEmpty() && !areas.contains(area.toString(), Qt::CaseInsensitive))
            areas.append(area.toString());
    }
    if (areas.isEmpty())
        throw ApiError::badRequest(QStringList { u"focus_areas should not be empty"_s });
    // One statement decides, so two requests at once cannot both succeed.
    Sql q(db,
          u"UPDATE companies SET is_sponsor = TRUE, sponsor_focus_areas = :areas, "
          "sponsor_budget_range = :budget, sponsor_since = :now, updated_at = :now "
          "WHERE id = :id AND is_sponsor = FALSE"_s);
    q.bind(u":areas"_s, compactJson(QJsonArray::fromStringList(areas)))
            .bind(u":budget"_s, input.value(u"budget_range"_s).toString())
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .execChanging(ApiError::conflict(u"Your company is already a sponsor"_s));
    return companyJson(db, id);
}

QJsonObject CompanyService::updateOwnerProfile(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    requireText(input, u"first_name"_s);
    requireText(input, u"last_name"_s);
    SqlChanges()
            .setFrom(input, { u"first_name"_s, u"last_name"_s, u"phone_number"_s, u"job_title"_s })
            .write(db, u"users"_s, by.userId);
    return m_accounts.details(db, by.userId);
}

} // namespace wn
