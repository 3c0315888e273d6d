// SPDX-License-Identifier: Apache-2.0
#include "offerapplications.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/companies/companyrefs.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** How an application to an offer of @p offers reads: its own fields, the offer's (aliased o)
 *  id, slug, title, status and the @p terms' columns, the offer's company, and the talent. */
ApplicationFlow::View applicationView(ServerContext &context, const CompanyOffers &offers,
                                      const OfferApplications::Terms &terms)
{
    const QString noun = offers.noun();
    const QStringList texts = QStringList { u"slug"_s, u"title"_s, u"status"_s } + terms.offerTexts;
    const QStringList optionalTexts = terms.offerOptionalTexts;
    QString columns = u"a.id, a.status, a.motivation, a.decided_reason, a.completed_at, "
                      u"a.created_at, a.updated_at, o.id AS %1_id"_s.arg(noun);
    for (const QString &column : texts + optionalTexts)
        columns += u", o.%1 AS %2_%1"_s.arg(column, noun);
    columns += u", c.id AS company_id, c.name AS company_name, "_s
            + AccountService::summaryColumns(u"u"_s, u"talent_"_s);
    // Table names come from the offers, never from a request.
    const QString from = u"%1_applications a JOIN %2 o ON o.id = a.%1_id "
                         u"JOIN companies c ON c.id = o.company_id "
                         u"JOIN users u ON u.id = a.talent_id"_s.arg(noun, offers.table());
    auto read = [&context, noun, texts, optionalTexts](const Sql &q) {
        QJsonObject application = jsonOf(
                q,
                { .ids = { u"id"_s },
                  .texts = { u"status"_s, u"created_at"_s, u"updated_at"_s },
                  .optionalTexts = { u"motivation"_s, u"decided_reason"_s, u"completed_at"_s } });
        QJsonObject offer = jsonOf(q,
                                   { .ids = { u"id"_s },
                                     .texts = texts,
                                     .optionalTexts = optionalTexts,
                                     .prefix = noun + u'_' });
        offer.insert(u"company"_s, companyRef(q));
        application.insert(noun, offer);
        application.insert(u"talent"_s,
                           AccountService::readSummary(q, *context.storage, u"talent_"_s).toJson());
        return application;
    };
    return { columns, from, read };
}

} // namespace

OfferApplications::OfferApplications(ServerContext &context, const CompanyOffers &offers,
                                     NotificationService &notifications, const Workflow &workflow,
                                     Terms terms)
    : m_context(context)
    , m_offers(offers)
    , m_notifications(notifications)
    , m_terms(std::move(terms))
    , m_flow(workflow, offers.noun() + u"_applications"_s, offers.noun() + u"_application_events"_s,
             offers.noun() + u"_id"_s, applicationView(context, offers, m_terms))
{ }

qint64 OfferApplications::placesTaken(QSqlDatabase db, qint64 offerId) const
{
    return ApplicationFlow::placesTaken(db, m_flow.table(), m_flow.offerColumn(), m_terms.admitted,
                                        offerId);
}

QJsonObject OfferApplications::apply(const Principal &talent, qint64 offerId,
                                     const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    // Under the offer's lock, the checks and the insert see the same offer, and two talents
    // cannot take its last place.
    m_offers.lock(db, offerId);
    const OfferFacts offer = m_offers.visible(db, &talent, offerId);
    const QString duplicate = u"You have already applied for this %1"_s.arg(m_offers.noun());
    m_flow.checkAccepting(db, offerId, talent.userId, m_offers.noun(), offer.status,
                          offer.applicationDeadline, duplicate);
    if (m_terms.fullRefusesApplying && offer.places && placesTaken(db, offerId) >= *offer.places)
        throw ApiError::unprocessable(u"This %1 is full: all %2 %3 are taken"_s.arg(
                m_offers.noun(), QString::number(*offer.places), m_terms.placeWord));
    const qint64 id = m_flow.open(db, offerId, talent.userId,
                                  input.value(u"motivation"_s).toString(), duplicate);
    tx.commit();
    return m_flow.json(db, id);
}

QJsonObject OfferApplications::notify(QSqlDatabase db, qint64 id, qint64 talentId,
                                      const OfferFacts &offer, const QString &from,
                                      const QString &to, const QString &reason)
{
    const NotificationService::Note note = notification(id, talentId, offer, from, to, reason);
    return m_notifications.create(db, talentId, note.type, note.data);
}

NotificationService::Note OfferApplications::notification(qint64 id, qint64 talentId,
                                                          const OfferFacts &offer,
                                                          const QString &from, const QString &to,
                                                          const QString &reason) const
{
    const QString noun = m_offers.noun();
    return { .userId = talentId,
             .type = noun + u"_application"_s,
             .data = { { noun + u"_application_id"_s, id },
                       { noun + u"_id"_s, offer.id },
                       { noun + u"_title"_s, offer.title },
                       { u"from_status"_s, from },
                       { u"status"_s, to },
                       { u"reason"_s, reason } } };
}

QJsonObject OfferApplications::changeStatus(const Principal &by, qint64 id, const QString &to,
                                            const QString &reason)
{
    m_flow.requireReason(to, reason);
    QSqlDatabase db = m_context.db();
    const QString noun = m_offers.noun();
    return ApplicationFlow::retrying([&]() -> std::optional<QJsonObject> {
        Transaction tx(db);
        // Table and column names come from the constructor, never from a request.
        const SqlRow row
                = Sql(db,
                      u"SELECT talent_id, status, %1 AS offer_id FROM %2 WHERE id = :id"_s.arg(
                              m_flow.offerColumn(), m_flow.table()))
                          .bind(u":id"_s, id)
                          .found(u"Application not found"_s);
        const qint64 talentId = row.id(u"talent_id"_s);
        const QString from = row.text(u"status"_s);
        const std::optional<OfferFacts> offer = m_offers.load(db, row.id(u"offer_id"_s));
        // Someone else's application, or one to another company, is answered as missing.
        const bool byTalent = by.role == Role::Talent;
        const bool mine = byTalent && talentId == by.userId;
        const bool ours = !byTalent && offer && by.companyId && offer->companyId == *by.companyId;
        if (!offer || (!mine && !ours))
            throw ApiError::notFound(u"Application not found"_s);
        if (offer->status == u"archived"_s)
            throw ApiError::unprocessable(
                    u"The %1 is archived: its applications no longer change"_s.arg(noun));
        m_flow.check(from, to, byTalent, m_terms.companyMoves);
        if (to == m_terms.admitted && offer->places) {
            m_offers.lock(db, offer->id);
            if (placesTaken(db, offer->id) >= *offer->places)
                throw ApiError::unprocessable(u"The %1 is full: all %2 %3 are taken"_s.arg(
                        noun, QString::number(*offer->places), m_terms.placeWord));
        }
        if (!m_flow.move(db, id, from, to, by.userId, reason, nowText()))
            return std::nullopt; // moved meanwhile: the transaction rolls back and we look again
        const QJsonObject notification
                = byTalent ? QJsonObject() : notify(db, id, talentId, *offer, from, to, reason);
        tx.commit();
        if (!notification.isEmpty())
            m_notifications.publish(talentId, notification);
        return m_flow.json(db, id);
    });
}

QJsonObject OfferApplications::byId(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT a.talent_id, o.company_id FROM %1 a JOIN %2 o ON o.id = a.%3 "
                  u"WHERE a.id = :id"_s.arg(m_flow.table(), m_offers.table(), m_flow.offerColumn()))
                      .bind(u":id"_s, id)
                      .one();
    // Someone else's application, or one to another company, is answered as missing.
    const bool mine = row && by.role == Role::Talent && row->id(u"talent_id"_s) == by.userId;
    const bool ours = row && by.role != Role::Talent && by.companyId
            && row->id(u"company_id"_s) == *by.companyId;
    if (!mine && !ours)
        throw ApiError::notFound(u"Application not found"_s);
    return m_flow.json(db, id);
}

QJsonObject OfferApplications::statusFor(const Principal &talent, qint64 offerId)
{
    QSqlDatabase db = m_context.db();
    return m_flow.statusFor(db, offerId, talent.userId,
                            [&]() { m_offers.visible(db, &talent, offerId); });
}

QJsonObject OfferApplications::applied(const Principal &talent, const QJsonObject &query,
                                       int pageNumber, int limit)
{
    return m_flow.ofTalent(m_context.db(), talent.userId, query, pageNumber, limit);
}

QJsonObject OfferApplications::applicants(const Principal &by, qint64 offerId,
                                          const QJsonObject &query, int pageNumber, int limit)
{
    QSqlDatabase db = m_context.db();
    m_offers.own(db, by, offerId);
    return m_flow.ofOffer(db, offerId, query, pageNumber, limit);
}

} // namespace wn
