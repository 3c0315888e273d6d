// SPDX-License-Identifier: Apache-2.0
#include "companyservice.h"

#include "core/auth/principal.h"
#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/searchcache.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "modules/accounts/accountservice.h"
#include "modules/onboarding/onboardingservice.h"
#include "modules/reference/referenceroutes.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString profilePermission = u"company.profile.edit"_s;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString compactJson(const QJsonValue &value)
{
    return value.isArray() ? QString::fromUtf8(json::compact(value.toArray()))
                           : QString::fromUtf8(json::compact(value.toObject()));
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
        return nullText();
    const QString text = value.toString();
    if (text.isEmpty())
        throw ApiError::badRequest(QStringList { field + u" should not be empty"_s });
    // The table name comes from the two call sites below, never from the request.
    Sql listed(db, u"SELECT COUNT(*) FROM %1 WHERE active = TRUE"_s.arg(table));
    if (listed.scalar().toLongLong() == 0)
        return text;
    Sql q(db,
          u"SELECT code FROM %1 WHERE active = TRUE AND (LOWER(code) = :v OR LOWER(name) = :v)"_s
                  .arg(table));
    q.bind(u":v"_s, text.toLower()).exec();
    if (!q.next())
        throw ApiError::badRequest(
                QStringList { u"%1 must be one of the codes of the %2 list"_s.arg(field, table) });
    return q.value(0).toString();
}

/** A Nigerian company's state is one of Nigeria's; elsewhere any text. */
QVariant stateFor(QSqlDatabase db, const QString &countryCode, const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return nullText();
    if (countryCode != u"NG"_s)
        return text;
    const QString state = stateName(db, u"NG"_s, text);
    if (state.isEmpty())
        throw ApiError::badRequest(
                QStringList { u"state must be one of Nigeria's 36 states or the FCT"_s });
    return state;
}

void requireText(const QJsonObject &input, const QString &field)
{
    if (input.contains(field) && input.value(field).toString().isEmpty())
        throw ApiError::badRequest(QStringList { field + u" should not be empty"_s });
}

QString companyColumns()
{
    return u"c.id, c.uuid, c.kind, c.name, c.country_code, c.state, c.industry, c.employer_type, "
           "c.company_size, c.address, c.website, c.description, c.socials, "
           "c.registration_number, c.is_sponsor, c.sponsor_focus_areas, c.sponsor_budget_range, "
           "c.sponsor_since, c.tin_verified_at, c.created_at, c.updated_at, c.deleted_at, "
           "o.id, o.first_name, o.last_name, o.email"_s;
}

QJsonObject companyRow(Sql &q)
{
    const bool sponsor = q.value(14).toBool();
    QJsonObject json { { u"id"_s, q.value(0).toLongLong() },
                       { u"uuid"_s, q.value(1).toString() },
                       { u"kind"_s, q.value(2).toString() },
                       { u"name"_s, q.value(3).toString() },
                       { u"country_code"_s, q.value(4).toString() },
                       { u"state"_s, textOrNull(q.value(5)) },
                       { u"industry"_s, textOrNull(q.value(6)) },
                       { u"employer_type"_s, textOrNull(q.value(7)) },
                       { u"size"_s, textOrNull(q.value(8)) },
                       { u"address"_s, textOrNull(q.value(9)) },
                       { u"website"_s, textOrNull(q.value(10)) },
                       { u"description"_s, textOrNull(q.value(11)) },
                       { u"socials"_s,
                         q.value(12).isNull() ? QJsonValue(QJsonObject())
                                              : storedJson(q.value(12)) },
                       { u"registration_number"_s, textOrNull(q.value(13)) },
                       { u"is_sponsor"_s, sponsor },
                       { u"tin_verified"_s, !q.value(18).isNull() },
                       { u"created_at"_s, q.value(19).toString() },
                       { u"updated_at"_s, q.value(20).toString() },
                       { u"deleted_at"_s, textOrNull(q.value(21)) } };
    json.insert(
            u"sponsorship"_s,
            sponsor ? QJsonValue(QJsonObject {
                    { u"focus_areas"_s,
                      q.value(15).isNull() ? QJsonValue(QJsonArray()) : storedJson(q.value(15)) },
                    { u"budget_range"_s, textOrNull(q.value(16)) },
                    { u"since"_s, textOrNull(q.value(17)) } })
                    : QJsonValue(QJsonValue::Null));
    json.insert(u"owner"_s,
                q.value(22).isNull()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QJsonObject { { u"id"_s, q.value(22).toLongLong() },
                                                   { u"first_name"_s, q.value(23).toString() },
                                                   { u"last_name"_s, q.value(24).toString() },
                                                   { u"email"_s, q.value(25).toString() } }));
    return json;
}

/** Serialises writers to one company's rows on PostgreSQL (a row lock); SQLite's write
 * transactions are serial already. */
void lockCompany(QSqlDatabase db, qint64 companyId)
{
    Sql(db, u"UPDATE companies SET updated_at = updated_at WHERE id = :id"_s)
            .bind(u":id"_s, companyId)
            .exec();
}

} // namespace

CompanyService::CompanyService(ServerContext &context)
    : m_context(context)
{ }

CompanyService::CompanyRef CompanyService::readable(QSqlDatabase db, const Principal &by,
                                                    qint64 id) const
{
    Sql q(db, u"SELECT id, owner_id, country_code, deleted_at FROM companies WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Company not found"_s);
    CompanyRef ref { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     !q.value(3).isNull() };
    q.query().finish();
    if (by.isStaff())
        return ref;
    if (!by.companyId || *by.companyId != id || ref.deleted)
        throw ApiError::notFound(u"Company not found"_s);
    return ref;
}

CompanyService::CompanyRef CompanyService::editable(QSqlDatabase db, const Principal &by, qint64 id,
                                                    const QString &permission) const
{
    if (!by.companyId || *by.companyId != id)
        throw ApiError::notFound(u"Company not found"_s);
    const CompanyRef ref = readable(db, by, id);
    if (ref.deleted)
        throw ApiError::notFound(u"Company not found"_s);
    if (!OnboardingService::hasCompanyPermission(db, by, permission))
        throw ApiError::forbidden(u"Your company role does not allow this (%1)"_s.arg(permission));
    return ref;
}

CompanyService::CompanyRef CompanyService::owned(QSqlDatabase db, const Principal &by,
                                                 qint64 id) const
{
    if (!by.companyId || *by.companyId != id)
        throw ApiError::notFound(u"Company not found"_s);
    const CompanyRef ref = readable(db, by, id);
    if (ref.deleted)
        throw ApiError::notFound(u"Company not found"_s);
    if (ref.ownerId != by.userId)
        throw ApiError::forbidden(u"Only the company's owner may do this"_s);
    return ref;
}

QJsonObject CompanyService::companyJson(QSqlDatabase db, qint64 id) const
{
    Sql q(db,
          u"SELECT "_s + companyColumns()
                  + u" FROM companies c LEFT JOIN users o ON o.id = c.owner_id WHERE c.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Company not found"_s);
    return companyRow(q);
}

namespace {

bool hasLiveCompany(QSqlDatabase db, qint64 userId)
{
    Sql existing(db,
                 u"SELECT 1 FROM companies c WHERE c.deleted_at IS NULL AND (c.owner_id = :me "
                 "OR c.id = (SELECT company_id FROM users WHERE id = :me))"_s);
    return existing.bind(u":me"_s, userId).exec().next();
}

} // namespace

QJsonObject CompanyService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    if (hasLiveCompany(db, by.userId))
        throw ApiError::conflict(u"You already have a company; update it instead"_s);
    const QString country = input.value(u"country"_s).toString().toUpper();
    if (!isCountry(db, country))
        throw ApiError::badRequest(QStringList { u"country must be an ISO 3166 country code"_s });
    const QVariant state = stateFor(db, country, input.value(u"state"_s));
    const QVariant industry
            = referenceCode(db, u"industries"_s, u"industry"_s, input.value(u"industry"_s));
    const QVariant employerType = input.contains(u"employer_type"_s)
            ? referenceCode(db, u"employer_types"_s, u"employer_type"_s,
                            input.value(u"employer_type"_s))
            : nullText();

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
    const qint64 id
            = Sql(db,
                  u"INSERT INTO companies (uuid, kind, name, country_code, state, industry, "
                  "employer_type, company_size, address, website, description, socials, "
                  "registration_number, owner_id, is_sponsor, created_at, updated_at) VALUES "
                  "(:uuid, :kind, :name, :country, :state, :industry, :type, :size, :address, "
                  ":website, :description, :socials, :rc, :owner, :sponsor, :now, :now) "
                  "RETURNING id"_s)
                      .bind(u":uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
                      .bind(u":kind"_s, sponsor ? u"sponsor"_s : u"employer"_s)
                      .bind(u":name"_s, input.value(u"name"_s).toString())
                      .bind(u":country"_s, country)
                      .bind(u":state"_s, state)
                      .bind(u":industry"_s, industry)
                      .bind(u":type"_s, employerType)
                      .bind(u":size"_s, nullIfEmpty(input.value(u"size"_s)))
                      .bind(u":address"_s, nullIfEmpty(input.value(u"address"_s)))
                      .bind(u":website"_s, nullIfEmpty(input.value(u"website"_s)))
                      .bind(u":description"_s, nullIfEmpty(input.value(u"description"_s)))
                      .bind(u":socials"_s,
                            input.value(u"socials"_s).isObject()
                                    ? QVariant(compactJson(input.value(u"socials"_s)))
                                    : nullText())
                      .bind(u":rc"_s, nullIfEmpty(input.value(u"registration_number"_s)))
                      .bind(u":owner"_s, by.userId)
                      .bind(u":sponsor"_s, sponsor)
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
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
    QStringList where;
    QList<QPair<QString, QVariant>> values;
    if (by.isStaff()) {
        where.append(query.value(u"deleted"_s).toBool() ? u"c.deleted_at IS NOT NULL"_s
                                                        : u"c.deleted_at IS NULL"_s);
    } else {
        // A company account sees its own company, and only while it exists.
        where.append(u"c.id = :own AND c.deleted_at IS NULL"_s);
        values.append({ u":own"_s, by.companyId.value_or(0) });
    }
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty()) {
        where.append(u"LOWER(c.name) LIKE :q ESCAPE '\\'"_s);
        values.append({ u":q"_s, likePattern(search.toLower()) });
    }
    if (query.contains(u"kind"_s)) {
        where.append(u"c.kind = :kind"_s);
        values.append({ u":kind"_s, query.value(u"kind"_s).toString() });
    }
    if (query.contains(u"is_sponsor"_s)) {
        where.append(u"c.is_sponsor = :sponsor"_s);
        values.append({ u":sponsor"_s, query.value(u"is_sponsor"_s).toBool() });
    }
    const QString from = u" FROM companies c LEFT JOIN users o ON o.id = c.owner_id WHERE "_s
            + where.join(u" AND "_s);
    Sql count(db, u"SELECT COUNT(*)"_s + from);
    for (const auto &[name, value] : std::as_const(values))
        count.bind(name, value);
    const qint64 total = count.scalar().toLongLong();
    Sql q(db,
          u"SELECT "_s + companyColumns() + from
                  + u" ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : std::as_const(values))
        q.bind(name, value);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(pageNumber - 1) * limit).exec();
    QJsonArray data;
    while (q.next())
        data.append(companyRow(q));
    return pageOf(data, pageNumber, limit, total);
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
    const CompanyRef company = editable(db, by, id, profilePermission);
    requireText(input, u"name"_s);

    // Column names come from this list, never from the request.
    QList<QPair<QString, QVariant>> changes;
    if (input.contains(u"name"_s))
        changes.append({ u"name"_s, input.value(u"name"_s).toString() });
    if (input.contains(u"industry"_s))
        changes.append(
                { u"industry"_s,
                  referenceCode(db, u"industries"_s, u"industry"_s, input.value(u"industry"_s)) });
    if (input.contains(u"employer_type"_s))
        changes.append({ u"employer_type"_s,
                         referenceCode(db, u"employer_types"_s, u"employer_type"_s,
                                       input.value(u"employer_type"_s)) });
    if (input.contains(u"state"_s))
        changes.append({ u"state"_s, stateFor(db, company.countryCode, input.value(u"state"_s)) });
    const QList<QPair<QString, QString>> plain { { u"size"_s, u"company_size"_s },
                                                 { u"address"_s, u"address"_s },
                                                 { u"website"_s, u"website"_s },
                                                 { u"description"_s, u"description"_s } };
    for (const auto &[field, column] : plain) {
        if (input.contains(field))
            changes.append({ column, nullIfEmpty(input.value(field)) });
    }
    if (input.contains(u"socials"_s))
        changes.append({ u"socials"_s,
                         input.value(u"socials"_s).isObject()
                                 ? QVariant(compactJson(input.value(u"socials"_s)))
                                 : nullText() });
    if (!changes.isEmpty()) {
        QStringList sets;
        for (qsizetype i = 0; i < changes.size(); ++i)
            sets.append(u"%1 = :v%2"_s.arg(changes.at(i).first).arg(i));
        Sql q(db,
              u"UPDATE companies SET "_s + sets.join(u", "_s)
                      + u", updated_at = :now WHERE id = :id"_s);
        for (qsizetype i = 0; i < changes.size(); ++i)
            q.bind(u":v%1"_s.arg(i), changes.at(i).second);
        q.bind(u":now"_s, nowText()).bind(u":id"_s, id).exec();
        m_context.searchCache->clear(); // the search's pages show the company's name
    }
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
    deleted.bind(u":now"_s, now).bind(u":by"_s, by.userId).bind(u":id"_s, id).exec();
    if (deleted.rowsAffected() != 1)
        throw ApiError::notFound(u"Company not found"_s);

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
    m_context.searchCache->clear(); // its jobs leave the public search
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
            .exec();
    if (q.rowsAffected() != 1)
        throw ApiError::conflict(u"Your company is already a sponsor"_s);
    return companyJson(db, id);
}

QJsonObject CompanyService::updateOwnerProfile(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    requireText(input, u"first_name"_s);
    requireText(input, u"last_name"_s);
    const QList<QString> columns { u"first_name"_s, u"last_name"_s, u"phone_number"_s,
                                   u"job_title"_s };
    QStringList sets;
    QList<QVariant> values;
    for (const QString &column : columns) {
        if (!input.contains(column))
            continue;
        sets.append(u"%1 = :v%2"_s.arg(column).arg(values.size()));
        values.append(nullIfEmpty(input.value(column)));
    }
    if (!sets.isEmpty()) {
        // Column names come from the list above, never from the request.
        Sql q(db,
              u"UPDATE users SET "_s + sets.join(u", "_s) + u", updated_at = :now WHERE id = :id"_s);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bind(u":v%1"_s.arg(i), values.at(i));
        q.bind(u":now"_s, nowText()).bind(u":id"_s, by.userId).exec();
    }
    return AccountService(m_context).details(db, by.userId);
}

// ---- Contact persons ----

namespace {

const QString contactColumns = u"id, company_id, name, email, phone_number, position, is_primary, "
                               "created_at, updated_at"_s;

/** A contact person from a row of contactColumns. */
QJsonObject contactFromRow(const Sql &q)
{
    return {
        { u"id"_s, q.value(0).toLongLong() },          { u"company_id"_s, q.value(1).toLongLong() },
        { u"name"_s, q.value(2).toString() },          { u"email"_s, q.value(3).toString() },
        { u"phone_number"_s, textOrNull(q.value(4)) }, { u"position"_s, textOrNull(q.value(5)) },
        { u"is_primary"_s, q.value(6).toBool() },      { u"created_at"_s, q.value(7).toString() },
        { u"updated_at"_s, q.value(8).toString() }
    };
}

} // namespace

QJsonObject CompanyService::contactJson(QSqlDatabase db, qint64 companyId, qint64 contactId) const
{
    Sql q(db,
          u"SELECT "_s + contactColumns
                  + u" FROM company_contacts WHERE id = :id AND company_id = :company"_s);
    q.bind(u":id"_s, contactId).bind(u":company"_s, companyId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Contact person not found"_s);
    return contactFromRow(q);
}

QJsonObject CompanyService::listContacts(const Principal &by, qint64 companyId, int pageNumber,
                                         int limit)
{
    QSqlDatabase db = m_context.db();
    readable(db, by, companyId);
    SqlFilter filter;
    filter.add(u"company_id = :company"_s, u":company"_s, companyId);
    return selectPage(db, contactColumns, u"company_contacts"_s, filter,
                      u"is_primary DESC, created_at, id"_s, pageNumber, limit, contactFromRow);
}

namespace {

void checkContactEmailFree(QSqlDatabase db, qint64 companyId, const QString &email,
                           qint64 exceptId = 0)
{
    Sql taken(db,
              u"SELECT 1 FROM company_contacts WHERE company_id = :company AND email = :email "
              "AND id <> :id"_s);
    if (taken.bind(u":company"_s, companyId)
                .bind(u":email"_s, email)
                .bind(u":id"_s, exceptId)
                .exec()
                .next())
        throw ApiError::conflict(u"Your company already has a contact person with this email"_s);
}

void clearPrimary(QSqlDatabase db, qint64 companyId, const QString &now)
{
    Sql(db,
        u"UPDATE company_contacts SET is_primary = FALSE, updated_at = :now "
        "WHERE company_id = :company AND is_primary = TRUE"_s)
            .bind(u":now"_s, now)
            .bind(u":company"_s, companyId)
            .exec();
}

} // namespace

QJsonObject CompanyService::addContact(const Principal &by, qint64 companyId,
                                       const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    editable(db, by, companyId, profilePermission);
    const QString now = nowText();
    Transaction tx(db);
    lockCompany(db, companyId);
    const QString email = input.value(u"email"_s).toString();
    checkContactEmailFree(db, companyId, email);
    Sql count(db, u"SELECT COUNT(*) FROM company_contacts WHERE company_id = :company"_s);
    // The first contact person is the primary one whatever the request says.
    const bool primary = count.bind(u":company"_s, companyId).scalar().toLongLong() == 0
            || input.value(u"is_primary"_s).toBool();
    if (primary)
        clearPrimary(db, companyId, now);
    const qint64 id = Sql(db,
                          u"INSERT INTO company_contacts (company_id, name, email, phone_number, "
                          "position, is_primary, created_at, updated_at) VALUES (:company, :name, "
                          ":email, :phone, :position, :primary, :now, :now) RETURNING id"_s)
                              .bind(u":company"_s, companyId)
                              .bind(u":name"_s, input.value(u"name"_s).toString())
                              .bind(u":email"_s, email)
                              .bind(u":phone"_s, nullIfEmpty(input.value(u"phone_number"_s)))
                              .bind(u":position"_s, nullIfEmpty(input.value(u"position"_s)))
                              .bind(u":primary"_s, primary)
                              .bind(u":now"_s, now)
                              .scalar()
                              .toLongLong();
    tx.commit();
    return contactJson(db, companyId, id);
}

QJsonObject CompanyService::updateContact(const Principal &by, qint64 companyId, qint64 contactId,
                                          const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    editable(db, by, companyId, profilePermission);
    requireText(input, u"name"_s);
    const QString now = nowText();
    Transaction tx(db);
    lockCompany(db, companyId);
    const QJsonObject current = contactJson(db, companyId, contactId);
    if (input.contains(u"email"_s))
        checkContactEmailFree(db, companyId, input.value(u"email"_s).toString(), contactId);
    if (input.contains(u"is_primary"_s)) {
        const bool primary = input.value(u"is_primary"_s).toBool();
        if (!primary && current.value(u"is_primary"_s).toBool())
            throw ApiError::unprocessable(u"A company keeps one primary contact person: make "
                                          "another one primary instead"_s);
        if (primary && !current.value(u"is_primary"_s).toBool()) {
            clearPrimary(db, companyId, now);
            Sql(db, u"UPDATE company_contacts SET is_primary = TRUE WHERE id = :id"_s)
                    .bind(u":id"_s, contactId)
                    .exec();
        }
    }
    // Column names come from this list, never from the request.
    const QList<QString> columns { u"name"_s, u"email"_s, u"phone_number"_s, u"position"_s };
    for (const QString &column : columns) {
        if (!input.contains(column))
            continue;
        Sql(db,
            u"UPDATE company_contacts SET %1 = :value, updated_at = :now WHERE id = :id"_s.arg(
                    column))
                .bind(u":value"_s, nullIfEmpty(input.value(column)))
                .bind(u":now"_s, now)
                .bind(u":id"_s, contactId)
                .exec();
    }
    Sql(db, u"UPDATE company_contacts SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, contactId)
            .exec();
    tx.commit();
    return contactJson(db, companyId, contactId);
}

void CompanyService::deleteContact(const Principal &by, qint64 companyId, qint64 contactId)
{
    QSqlDatabase db = m_context.db();
    editable(db, by, companyId, profilePermission);
    Transaction tx(db);
    lockCompany(db, companyId);
    const bool wasPrimary = contactJson(db, companyId, contactId).value(u"is_primary"_s).toBool();
    Sql(db, u"DELETE FROM company_contacts WHERE id = :id AND company_id = :company"_s)
            .bind(u":id"_s, contactId)
            .bind(u":company"_s, companyId)
            .exec();
    if (wasPrimary) {
        // The longest-standing remaining contact person takes over.
        Sql(db,
            u"UPDATE company_contacts SET is_primary = TRUE, updated_at = :now WHERE id = "
            "(SELECT id FROM company_contacts WHERE company_id = :company "
            "ORDER BY created_at, id LIMIT 1)"_s)
                .bind(u":now"_s, nowText())
                .bind(u":company"_s, companyId)
                .exec();
    }
    tx.commit();
}

} // namespace wn
