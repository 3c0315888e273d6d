// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/applications/companyoffers.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace wn {

struct ServerContext;
struct Principal;

/** @brief The statuses of a training (trainingWorkflow() moves between them). */
namespace TrainingStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Published = QStringLiteral("published");
inline const QString Closed = QStringLiteral("closed");
inline const QString Archived = QStringLiteral("archived");
} // namespace TrainingStatus

/** @brief What the application rules need to know about one training; its places are its seats. */
using TrainingFacts = OfferFacts;

/**
 * @brief Trainings a company offers: drafting and editing them, publishing, closing, reopening
 * and archiving them, the public search, the company's own list and its reports. A company only
 * reaches its own trainings; the public sees published and closed ones.
 */
class TrainingService
{
public:
    explicit TrainingService(ServerContext &context);

    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    QJsonObject changeStatus(const Principal &by, qint64 id, const QString &status);

    /** One training: published and closed ones for anyone, every status for its company and
     * staff; 404 otherwise. @p viewer may be null (anonymous). */
    QJsonObject byId(const Principal *viewer, qint64 id);
    QJsonObject bySlug(const Principal *viewer, const QString &slug);

    /** Published trainings, searched and filtered. */
    QJsonObject search(const QJsonObject &query, int page, int limit);
    /** Published trainings the talent has not applied to, with the same filters. */
    QJsonObject notAppliedBy(const Principal &talent, const QJsonObject &query, int page, int limit);
    /** The caller's company's trainings, every status, with applicant counts per status. */
    QJsonObject companyOffers(const Principal &by, const QJsonObject &query, int page, int limit);

    /** Per training of the caller's company: applicants by status and the completion rate. */
    QJsonObject reports(const Principal &by, const QJsonObject &query, int page, int limit);
    /** One training's report with its applications per day. */
    QJsonObject report(const Principal &by, qint64 id);

    /** What the applications need: the training by id, if the viewer may see it, if it is the
     *  caller's company's, and its lock. */
    const CompanyOffers &offers() const { return m_offers; }
    /** Applications holding a seat: accepted or completed. */
    static qint64 seatsTaken(QSqlDatabase db, qint64 id);

private:
    QJsonObject trainingJson(QSqlDatabase db, qint64 id);
    qint64 insertWithUniqueSlug(QSqlDatabase db, const Principal &by, const QJsonObject &input);

    ServerContext &m_context;
    CompanyOffers m_offers;
};

} // namespace wn
