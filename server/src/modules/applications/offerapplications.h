// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "applicationflow.h"
#include "companyoffers.h"
#include "modules/notifications/notificationservice.h"

#include <QJsonObject>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace wn {

struct ServerContext;
struct Principal;

/**
 * @brief Talents applying for a company's offers (trainings, internships) and companies deciding
 * on them, on the state machine every application shares (ApplicationFlow): every move is kept
 * in the application's history with who made it, the places an offer has are counted under its
 * lock, and the talent is told of the company's decisions.
 */
class OfferApplications
{
public:
    /** What differs between the kinds of offer: the words, the place the applications take, and
     *  what an application shows of its offer. */
    struct Terms
    {
        /** Columns of the offer an application shows beside its id, slug, title and status. */
        QStringList offerTexts;
        QStringList offerOptionalTexts;
        QString admitted; ///< the status that takes a place: "accepted"
        QString placeWord; ///< "seats": how the refusal of a full offer counts them
        bool fullRefusesApplying = false; ///< a full offer takes no more applications
        QString companyMoves; ///< the 403 when the talent tries one of the company's moves
    };

    /** The applications to @p offers live in `<noun>_applications` (by `<noun>_id`), their
     *  history in `<noun>_application_events`, and follow @p workflow. */
    OfferApplications(ServerContext &context, const CompanyOffers &offers,
                      NotificationService &notifications, const Workflow &workflow, Terms terms);

    QJsonObject apply(const Principal &talent, qint64 offerId, const QJsonObject &input);
    /** Moves an application: the company admits, rejects (with a reason) or completes it; the
     *  talent withdraws it. */
    QJsonObject changeStatus(const Principal &by, qint64 id, const QString &to,
                             const QString &reason);
    /** One application with its history: the talent's own, or one to the caller's company. */
    QJsonObject byId(const Principal &by, qint64 id);
    /** Whether the talent applied for an offer, and the application's status. */
    QJsonObject statusFor(const Principal &talent, qint64 offerId);
    /** The talent's applications, newest first. */
    QJsonObject applied(const Principal &talent, const QJsonObject &query, int page, int limit);
    /** The applications to one of the caller's company's offers. */
    QJsonObject applicants(const Principal &by, qint64 offerId, const QJsonObject &query, int page,
                           int limit);

protected:
    /** How many of the offer's places its admitted and completed applications hold. */
    qint64 placesTaken(QSqlDatabase db, qint64 offerId) const;
    /** Stores the notification of the company's move of application @p id of the talent from
     *  @p from to @p to, in the caller's transaction; publish it after committing. */
    QJsonObject notify(QSqlDatabase db, qint64 id, qint64 talentId, const OfferFacts &offer,
                       const QString &from, const QString &to, const QString &reason);
    /** What notify() stores, for a batch stored after the commit (NotificationService::notifyAll). */
    NotificationService::Note notification(qint64 id, qint64 talentId, const OfferFacts &offer,
                                           const QString &from, const QString &to,
                                           const QString &reason) const;

    ServerContext &m_context;
    const CompanyOffers &m_offers;
    NotificationService &m_notifications;
    Terms m_terms;
    ApplicationFlow m_flow;
};

} // namespace wn
