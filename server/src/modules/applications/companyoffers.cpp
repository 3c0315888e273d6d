// SPDX-License-Identifier: Apache-2.0
#include "companyoffers.h"

#include "applicationflow.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/slug.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

CompanyOffers::CompanyOffers(Kind kind)
    : m_kind(std::move(kind))
{ }

QString CompanyOffers::notFound() const
{
    return m_kind.noun.left(1).toUpper() + m_kind.noun.mid(1) + u" not found"_s;
}

std::optional<OfferFacts> CompanyOffers::facts(QSqlDatabase db, const QString &column,
                                               const QVariant &value) const
{
    // The table and place columns come from the constructor, the column from the callers.
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT id, company_id, title, status, start_date, end_date, "
                  u"application_deadline, %1 AS places FROM %2 WHERE %3 = :value AND "
                  u"deleted_at IS NULL"_s.arg(m_kind.placesColumn, m_kind.table, column))
                      .bind(u":value"_s, value)
                      .one();
    if (!row)
        return std::nullopt;
    OfferFacts facts;
    facts.id = row->id(u"id"_s);
    facts.companyId = row->id(u"company_id"_s);
    facts.title = row->text(u"title"_s);
    facts.status = row->text(u"status"_s);
    facts.startDate = row->text(u"start_date"_s);
    facts.endDate = row->text(u"end_date"_s);
    facts.applicationDeadline = row->text(u"application_deadline"_s);
    if (!row->isNull(u"places"_s))
        facts.places = row->id(u"places"_s);
    return facts;
}

OfferFacts CompanyOffers::visible(QSqlDatabase db, const Principal *viewer, qint64 id) const
{
    const std::optional<OfferFacts> offer = load(db, id);
    const bool open = offer && (offer->status == u"published"_s || offer->status == u"closed"_s);
    if (!offer || (!open && !m_kind.seesEveryStatus(viewer, offer->companyId)))
        throw ApiError::notFound(notFound());
    return *offer;
}

OfferFacts CompanyOffers::own(QSqlDatabase db, const Principal &by, qint64 id) const
{
    const std::optional<OfferFacts> offer = load(db, id);
    // Another company's offer is answered as missing: its existence is not ours to reveal.
    if (!offer || !by.companyId || offer->companyId != *by.companyId)
        throw ApiError::notFound(notFound());
    return *offer;
}

void CompanyOffers::lock(QSqlDatabase db, qint64 id) const
{
    lockRow(db, m_kind.table, id);
}

void CompanyOffers::changeStatus(
        QSqlDatabase db, const Principal &by, qint64 id, const QString &status,
        const std::function<QString(const OfferFacts &, const QString &)> &extra) const
{
    // The UPDATE only applies to the status we checked: if another request moved the offer
    // meanwhile, we check again against what it is now.
    for (int attempt = 0; attempt < 5; ++attempt) {
        Transaction tx(db);
        const OfferFacts offer = own(db, by, id);
        if (!m_kind.workflow->canMove(offer.status, status))
            throw ApiError::unprocessable(
                    u"%1 cannot go from %2 to %3"_s.arg(m_kind.aNoun, offer.status, status));
        const QString now = nowText();
        const QString assignments = extra ? extra(offer, now) : QString();
        if (moveStatus(db, m_kind.table, id, offer.status, status, assignments, now)) {
            tx.commit();
            return;
        }
    }
    throw ApiError::conflict(u"The %1 keeps changing; try again"_s.arg(m_kind.noun));
}

qint64 CompanyOffers::insertWithFreeSlug(QSqlDatabase db, const QString &title,
                                         const std::function<QVariant(const QString &)> &insert) const
{
    const QString base = slugBase(title, m_kind.noun);
    // Another instance may take the same slug between our look and our insert: the insert then
    // does nothing and we look again.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QVariant id = insert(freeSlug(db, m_kind.table, base));
        if (!id.isNull())
            return id.toLongLong();
    }
    throw DatabaseError(u"no free slug for %1 titled %2"_s.arg(m_kind.aNoun.toLower(), base));
}

void CompanyOffers::checkDates(const QString &start, const QString &end, const QString &deadline)
{
    QStringList problems;
    if (!start.isEmpty() && !end.isEmpty() && end < start)
        problems.append(u"end_date must not be before start_date"_s);
    if (!start.isEmpty() && !deadline.isEmpty() && deadline.left(10) > start)
        problems.append(u"application_deadline must not be after start_date"_s);
    if (!problems.isEmpty())
        throw ApiError::badRequest(problems);
}

void addOfferFilters(SqlFilter &filter, const QJsonObject &query, const QString &alias,
                     const QStringList &searched)
{
    // The alias and the expressions come from the services, never from a request.
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty()) {
        QStringList lowered;
        for (const QString &expression : searched)
            lowered.append(u"LOWER(%1)"_s.arg(expression));
        filter.addContains(lowered, search);
    }
    if (query.contains(u"mode"_s))
        filter.add(u"%1.mode = :mode"_s.arg(alias), u":mode"_s, query.value(u"mode"_s).toString());
    if (query.contains(u"state"_s))
        filter.add(u"LOWER(%1.state) = :state"_s.arg(alias), u":state"_s,
                   query.value(u"state"_s).toString().toLower());
    if (query.contains(u"company_id"_s))
        filter.add(u"%1.company_id = :company_id"_s.arg(alias), u":company_id"_s,
                   query.value(u"company_id"_s).toInteger());
}

} // namespace wn
