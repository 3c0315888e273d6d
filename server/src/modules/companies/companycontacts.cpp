// SPDX-License-Identifier: Apache-2.0
#include "companyservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString contactColumns = u"id, company_id, name, email, phone_number, position, is_primary, "
                               "created_at, updated_at"_s;

/** A contact person from a row of contactColumns. */
QJsonObject contactFromRow(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s, u"company_id"_s },
                    .texts = { u"name"_s, u"email"_s, u"created_at"_s, u"updated_at"_s },
                    .optionalTexts = { u"phone_number"_s, u"position"_s },
                    .flags = { u"is_primary"_s } });
}

} // namespace

QJsonObject CompanyService::contactJson(QSqlDatabase db, qint64 companyId, qint64 contactId) const
{
    SqlFilter filter = SqlFilter::of(u"id = :id"_s, u":id"_s, contactId);
    filter.add(u"company_id = :company"_s, u":company"_s, companyId);
    return selectOne(db, contactColumns, u"company_contacts"_s, filter, contactFromRow,
                     u"Contact person not found"_s);
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
    SqlFilter sameEmail = SqlFilter::of(u"company_id = :company"_s, u":company"_s, companyId);
    sameEmail.add(u"email = :email"_s, u":email"_s, email);
    if (holderOf(db, u"company_contacts"_s, sameEmail, exceptId))
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
    editable(db, by, companyId);
    const QString now = nowText();
    Transaction tx(db);
    lockRow(db, u"companies"_s, companyId);
    const QString email = input.value(u"email"_s).toString();
    checkContactEmailFree(db, companyId, email);
    Sql count(db, u"SELECT COUNT(*) FROM company_contacts WHERE company_id = :company"_s);
    // The first contact person is the primary one whatever the request says.
    const bool primary = count.bind(u":company"_s, companyId).scalar().toLongLong() == 0
            || input.value(u"is_primary"_s).toBool();
    if (primary)
        clearPrimary(db, companyId, now);
    const qint64 id = insertRowReturningId(
            db, u"company_contacts"_s,
            { { u"company_id"_s, companyId },
              { u"name"_s, input.value(u"name"_s).toString() },
              { u"email"_s, email },
              { u"phone_number"_s, nullIfEmpty(input.value(u"phone_number"_s)) },
              { u"position"_s, nullIfEmpty(input.value(u"position"_s)) },
              { u"is_primary"_s, primary },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    tx.commit();
    return contactJson(db, companyId, id);
}

QJsonObject CompanyService::updateContact(const Principal &by, qint64 companyId, qint64 contactId,
                                          const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    editable(db, by, companyId);
    requireText(input, u"name"_s);
    const QString now = nowText();
    Transaction tx(db);
    lockRow(db, u"companies"_s, companyId);
    const QJsonObject current = contactJson(db, companyId, contactId);
    if (input.contains(u"email"_s))
        checkContactEmailFree(db, companyId, input.value(u"email"_s).toString(), contactId);
    SqlChanges changes;
    if (input.contains(u"is_primary"_s)) {
        const bool primary = input.value(u"is_primary"_s).toBool();
        if (!primary && current.value(u"is_primary"_s).toBool())
            throw ApiError::unprocessable(u"A company keeps one primary contact person: make "
                                          "another one primary instead"_s);
        if (primary && !current.value(u"is_primary"_s).toBool()) {
            clearPrimary(db, companyId, now);
            changes.set(u"is_primary"_s, true);
        }
    }
    // Column names come from this list, never from the request.
    changes.setFrom(input, { u"name"_s, u"email"_s, u"phone_number"_s, u"position"_s },
                    [](const QString &, const QJsonValue &value) { return nullIfEmpty(value); });
    changes.set(u"updated_at"_s, now).write(db, u"company_contacts"_s, contactId, u"id"_s, false);
    tx.commit();
    return contactJson(db, companyId, contactId);
}

void CompanyService::deleteContact(const Principal &by, qint64 companyId, qint64 contactId)
{
    QSqlDatabase db = m_context.db();
    editable(db, by, companyId);
    Transaction tx(db);
    lockRow(db, u"companies"_s, companyId);
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
