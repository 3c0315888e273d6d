// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wn {

class NotificationService;
class SponsorshipApplicationService;
struct ServerContext;
struct Principal;
class Upload;

/** @brief A sponsorship programme as the rules read it. */
struct SponsorshipProgramme
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString title;
    QString status; ///< draft, open or closed
    int slots = 0;
    int slotsFilled = 0;
    QString openingDate; ///< YYYY-MM-DD
    QString closingDate; ///< YYYY-MM-DD, the last day applications are accepted
    int levels = 0; ///< the number of approval levels
};

/** @brief One level of a programme's approval workflow. */
struct SponsorshipLevel
{
    qint64 id = 0;
    int number = 0; ///< from 1, in the order the levels act
    QString name;
    QString mode; ///< any_of: one approval passes the level; all_of: every approver must approve
    QList<qint64> approverIds;
    QJsonArray approvers; ///< {id, first_name, last_name} of each approver

    /** How many approvals pass the level. */
    int required() const;
};

/**
 * @brief Sponsorship programmes: a sponsor company's offer (amount, slots, dates, eligibility,
 * documents) and the ordered approval workflow its applications go through.
 */
class SponsorshipService
{
public:
    SponsorshipService(ServerContext &context, SponsorshipApplicationService &applications,
                       NotificationService &notifications);

    QJsonObject create(const Principal &by, const QJsonObject &input);
    /** Open programmes for everyone; a company's own drafts and closed programmes for its people;
     *  everything for staff. @p by is null for anonymous callers. */
    QJsonObject list(const Principal *by, const QJsonObject &query, int page, int limit);
    QJsonObject byId(const Principal *by, qint64 id);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    void remove(const Principal &by, qint64 id);
    QJsonObject addDocument(const Principal &by, qint64 id, const QString &label,
                            const Upload &document);

    /** The programme unless it does not exist or was deleted. */
    static std::optional<SponsorshipProgramme> find(QSqlDatabase db, qint64 id);
    /** True if @p principal acts for @p companyId and holds @p permission there. */
    static bool holds(QSqlDatabase db, const Principal &principal, qint64 companyId,
                      const QString &permission);
    /** May review the company's applications: manages programmes or approves them. */
    static bool reviews(QSqlDatabase db, const Principal &principal, qint64 companyId);
    /** The programme's approval levels, in order. */
    static QList<SponsorshipLevel> workflowOf(QSqlDatabase db, qint64 sponsorshipId);
    /** Today's date in UTC, YYYY-MM-DD: the dates of a programme are compared with it. */
    static QString today();

private:
    /** The programme, if it is the caller's company's: 404 otherwise (the endpoints declare
     *  sponsorships.manage). */
    SponsorshipProgramme managed(QSqlDatabase db, const Principal &by, qint64 id);
    QJsonObject programmeJson(QSqlDatabase db, qint64 id, bool inside);
    /** The workflow sent for a programme of @p companyId (its levels numbered from 1), its
     *  approvers checked against the company; 400 naming each problem. */
    static QList<SponsorshipLevel> parseWorkflow(QSqlDatabase db, qint64 companyId,
                                                 const QJsonArray &items);
    /** Replaces the programme's workflow with @p levels, in the caller's transaction. */
    static void saveWorkflow(QSqlDatabase db, qint64 sponsorshipId,
                             const QList<SponsorshipLevel> &levels);

    ServerContext &m_context;
    SponsorshipApplicationService &m_applications;
    NotificationService &m_notifications;
};

} // namespace wn
